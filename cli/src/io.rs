//! Streaming: inputs are read in chunks of whole lines by a reader thread, processed by worker
//! threads, and written in input order by the main thread, all three at once; memory stays
//! bounded by the chunks in flight whatever the input size.

use crate::ops::Op;
use crate::Common;
use arabic_text::stream::{ChunkReader, RawChunk, StreamError};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::value::RawValue;
use std::collections::BTreeMap;
use std::fmt;
use std::fs::File;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, sync_channel};
use std::sync::{Arc, Mutex};

/// Why a run stopped.
#[derive(Debug)]
pub enum Failure {
    /// stdout was closed by the reader (`| head`): not an error.
    BrokenPipe,
    /// An I/O error on a file, stdin or stdout.
    Io { what: String, err: io::Error },
    /// Invalid UTF-8 in an input.
    Utf8 { name: String, line: u64, byte: u64 },
    /// A JSON Lines line that is not a JSON object.
    Json {
        name: String,
        line: u64,
        msg: String,
    },
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::BrokenPipe => write!(f, "stdout closed"),
            Failure::Io { what, err } => write!(f, "{what}: {err}"),
            Failure::Utf8 { name, line, byte } => write!(
                f,
                "{name}: invalid UTF-8 at line {line}, byte {byte} (--lossy replaces it with U+FFFD)"
            ),
            Failure::Json { name, line, msg } => {
                write!(f, "{name}: line {line} is not a JSON object: {msg}")
            }
        }
    }
}

fn io_failure(what: impl Into<String>) -> impl FnOnce(io::Error) -> Failure {
    let what = what.into();
    move |err| {
        if err.kind() == io::ErrorKind::BrokenPipe {
            Failure::BrokenPipe
        } else {
            Failure::Io { what, err }
        }
    }
}

/// One input: its name for messages, where it comes from and, for files, its size.
struct Input {
    name: String,
    source: Source,
    size: Option<u64>,
}

enum Source {
    Stdin,
    File(PathBuf),
}

impl Input {
    /// Opens the input (files are opened one at a time, when their turn comes, so a folder of
    /// any number of files holds one descriptor).
    fn open(&self) -> Result<Box<dyn Read + Send>, Failure> {
        match &self.source {
            Source::Stdin => Ok(Box::new(io::stdin())),
            Source::File(p) => Ok(Box::new(
                File::open(p).map_err(io_failure(self.name.clone()))?,
            )),
        }
    }
}

/// The inputs the arguments name, in order: `-` (or no argument) is stdin, a file is itself,
/// a folder is every file below it, recursively, in sorted name order. Each is checked now, so
/// a missing or unreadable argument stops the run before anything is written.
fn inputs(files: &[PathBuf]) -> Result<Vec<Input>, Failure> {
    if files.is_empty() {
        return Ok(vec![stdin_input()]);
    }
    let mut out = Vec::new();
    for p in files {
        if p.as_os_str() == "-" {
            out.push(stdin_input());
            continue;
        }
        let name = p.display().to_string();
        let meta = std::fs::metadata(p).map_err(io_failure(name.clone()))?;
        if meta.is_dir() {
            let mut seen = std::collections::HashSet::new();
            walk(p, &mut out, &mut seen)?;
        } else {
            // Opened and closed now only to check it can be read.
            File::open(p).map_err(io_failure(name.clone()))?;
            out.push(Input {
                name,
                source: Source::File(p.clone()),
                size: Some(meta.len()),
            });
        }
    }
    Ok(out)
}

/// Adds the files below `dir` to `out`, sorted by name at each level, descending into
/// sub-folders where they sort; a folder reached twice through links is read once.
fn walk(
    dir: &Path,
    out: &mut Vec<Input>,
    seen: &mut std::collections::HashSet<PathBuf>,
) -> Result<(), Failure> {
    let name = dir.display().to_string();
    let real = std::fs::canonicalize(dir).map_err(io_failure(name.clone()))?;
    if !seen.insert(real) {
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io_failure(name.clone()))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(io_failure(name))?;
    entries.sort();
    for p in entries {
        let name = p.display().to_string();
        let meta = std::fs::metadata(&p).map_err(io_failure(name.clone()))?;
        if meta.is_dir() {
            walk(&p, out, seen)?;
        } else if meta.is_file() {
            out.push(Input {
                name,
                source: Source::File(p),
                size: Some(meta.len()),
            });
        }
    }
    Ok(())
}

fn stdin_input() -> Input {
    Input {
        name: "stdin".into(),
        source: Source::Stdin,
        size: None,
    }
}

/// Reads an input in chunks of whole lines (the library's [`ChunkReader`]: 1 MiB chunks, lines
/// over 16 MiB cut before a space; JSON Lines never cut).
fn chunks(input: Box<dyn Read + Send>, whole_lines: bool) -> ChunkReader<Box<dyn Read + Send>> {
    let reader = ChunkReader::new(input);
    if whole_lines {
        reader.max_line(None)
    } else {
        reader
    }
}

/// Where the output goes: stdout, or a temporary file renamed to its name at the end.
enum Sink {
    Stdout(io::BufWriter<io::Stdout>),
    File {
        out: io::BufWriter<File>,
        tmp: PathBuf,
        dest: PathBuf,
    },
}

impl Sink {
    fn new(output: Option<&Path>) -> Result<Sink, Failure> {
        let Some(dest) = output else {
            return Ok(Sink::Stdout(io::BufWriter::with_capacity(
                1 << 20,
                io::stdout(),
            )));
        };
        let dir = match dest.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let file_name = dest
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "output".into());
        let tmp = dir.join(format!(
            ".{file_name}.arabic-text-{}.tmp",
            std::process::id()
        ));
        let file = File::create(&tmp).map_err(io_failure(tmp.display().to_string()))?;
        Ok(Sink::File {
            out: io::BufWriter::with_capacity(1 << 20, file),
            tmp,
            dest: dest.to_path_buf(),
        })
    }

    fn write(&mut self, bytes: &[u8]) -> Result<(), Failure> {
        match self {
            Sink::Stdout(w) => w.write_all(bytes).map_err(io_failure("stdout")),
            Sink::File { out, tmp, .. } => out
                .write_all(bytes)
                .map_err(io_failure(tmp.display().to_string())),
        }
    }

    fn finish(self) -> Result<(), Failure> {
        match self {
            Sink::Stdout(mut w) => w.flush().map_err(io_failure("stdout")),
            Sink::File { out, tmp, dest } => {
                let file = out
                    .into_inner()
                    .map_err(|e| io_failure(tmp.display().to_string())(e.into_error()))?;
                file.sync_all()
                    .map_err(io_failure(tmp.display().to_string()))?;
                drop(file);
                std::fs::rename(&tmp, &dest).map_err(|e| {
                    let _ = std::fs::remove_file(&tmp);
                    io_failure(dest.display().to_string())(e)
                })
            }
        }
    }

    /// After a failure: what went to stdout stays there; a temporary file is removed.
    fn abort(self) {
        match self {
            Sink::Stdout(mut w) => {
                let _ = w.flush();
            }
            Sink::File { out, tmp, .. } => {
                drop(out);
                let _ = std::fs::remove_file(&tmp);
            }
        }
    }
}

/// Runs `op` over `files` (stdin when empty) as `common` says.
pub fn run(common: &Common, op: &Op, files: &[PathBuf]) -> Result<(), Failure> {
    let jobs = common
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let inputs = inputs(files)?;
    let total: Option<u64> = inputs.iter().map(|i| i.size).sum();
    let progress = match total {
        Some(total) if !common.quiet && io::stderr().is_terminal() => {
            let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
            if let Ok(style) = ProgressStyle::with_template(
                "{bar:30} {bytes}/{total_bytes} {bytes_per_sec} ETA {eta}",
            ) {
                bar.set_style(style);
            }
            Some(bar)
        }
        _ => None,
    };
    let mut sink = Sink::new(common.output.as_deref())?;
    let result = (|| {
        for input in inputs {
            process(common, op, input, jobs, &mut sink, progress.as_ref())?;
        }
        Ok(())
    })();
    if let Some(bar) = &progress {
        bar.finish_and_clear();
    }
    match result {
        Ok(()) => sink.finish(),
        Err(e) => {
            sink.abort();
            Err(e)
        }
    }
}

fn process(
    common: &Common,
    op: &Op,
    input: Input,
    jobs: usize,
    sink: &mut Sink,
    progress: Option<&ProgressBar>,
) -> Result<(), Failure> {
    let field = common.jsonl_field.as_deref();
    let name = input.name.clone();
    let mut chunker = chunks(input.open()?, field.is_some() || op.whole_lines());
    // An ordered pipeline: a reader thread cuts chunks, `jobs` workers process them, this
    // thread writes them in input order as they come. A chunk is read only against a ticket
    // the writer hands back when it has written one, so at most `window` chunks (about
    // `window` MiB of input and their output) are in flight whatever the input size; the
    // tickets carry the written chunks' buffers back to the reader, and output buffers go back
    // to the workers, so the steady state allocates nothing.
    let window = 2 * jobs + 2;
    let failure = |e: StreamError| match e {
        StreamError::InvalidUtf8 { byte, line } => Failure::Utf8 {
            name: name.clone(),
            line,
            byte,
        },
        StreamError::Read { source, .. } => io_failure(name.clone())(source),
        other => Failure::Io {
            what: name.clone(),
            err: io::Error::other(other.to_string()),
        },
    };
    std::thread::scope(|scope| {
        let (ticket_tx, ticket_rx) = sync_channel::<Vec<u8>>(window);
        for _ in 0..window {
            let _ = ticket_tx.send(Vec::new());
        }
        let (work_tx, work_rx) = sync_channel::<(u64, Result<RawChunk, StreamError>)>(window);
        let (done_tx, done_rx) = sync_channel::<Done>(window);
        let (spare_tx, spare_rx) = channel::<Vec<u8>>();
        scope.spawn(move || {
            let mut seq = 0u64;
            // Each ticket is a written chunk's buffer (empty at first).
            while let Ok(buffer) = ticket_rx.recv() {
                if buffer.capacity() > 0 {
                    chunker.recycle(buffer);
                }
                let item = match chunker.next_raw() {
                    Ok(Some(c)) => Ok(c),
                    Ok(None) => break,
                    Err(e) => Err(e),
                };
                let stop = item.is_err();
                if work_tx.send((seq, item)).is_err() || stop {
                    break;
                }
                seq += 1;
            }
        });
        let work_rx = Arc::new(Mutex::new(work_rx));
        let spare_rx = Arc::new(Mutex::new(spare_rx));
        for _ in 0..jobs {
            let (work_rx, spare_rx, done_tx) =
                (Arc::clone(&work_rx), Arc::clone(&spare_rx), done_tx.clone());
            scope.spawn(move || loop {
                let next = match work_rx.lock() {
                    Ok(rx) => rx.recv(),
                    Err(_) => break,
                };
                let Ok((seq, item)) = next else { break };
                let done = match item {
                    Ok(chunk) => {
                        let mut out = spare_rx
                            .lock()
                            .ok()
                            .and_then(|rx| rx.try_recv().ok())
                            .unwrap_or_default();
                        out.clear();
                        let result = run_chunk(op, &chunk, common.lossy, field, &mut out);
                        Done {
                            seq,
                            result,
                            out,
                            input: chunk.bytes,
                        }
                    }
                    Err(e) => Done {
                        seq,
                        result: Err(Failed::Stream(e)),
                        out: Vec::new(),
                        input: Vec::new(),
                    },
                };
                if done_tx.send(done).is_err() {
                    break;
                }
            });
        }
        drop(done_tx);
        // The writer: results in input order, whatever order the workers finish in.
        let mut waiting: BTreeMap<u64, Done> = BTreeMap::new();
        let mut next = 0u64;
        for done in done_rx.iter() {
            waiting.insert(done.seq, done);
            while let Some(done) = waiting.remove(&next) {
                next += 1;
                match done.result {
                    Ok(()) => sink.write(&done.out)?,
                    Err(Failed::Stream(e)) => return Err(failure(e)),
                    Err(Failed::Json { line, msg }) => {
                        return Err(Failure::Json {
                            name: name.clone(),
                            line,
                            msg,
                        })
                    }
                }
                if let Some(bar) = progress {
                    bar.inc(done.input.len() as u64);
                }
                let _ = spare_tx.send(done.out);
                let _ = ticket_tx.send(done.input);
            }
        }
        Ok(())
    })
}

/// A processed chunk, on its way to the writer.
struct Done {
    /// Its place in the input.
    seq: u64,
    result: Result<(), Failed>,
    /// Its output.
    out: Vec<u8>,
    /// Its input buffer, to be refilled.
    input: Vec<u8>,
}

/// What went wrong in a chunk.
enum Failed {
    Stream(StreamError),
    Json { line: u64, msg: String },
}

/// Runs `op` on one chunk, writing its output to `out`.
fn run_chunk(
    op: &Op,
    raw: &RawChunk,
    lossy: bool,
    field: Option<&str>,
    out: &mut Vec<u8>,
) -> Result<(), Failed> {
    // Valid text is checked with SIMD; only invalid text takes the library's path, which
    // replaces it (lossy) or says where it is.
    let text = match simdutf8::basic::from_utf8(&raw.bytes) {
        Ok(text) => std::borrow::Cow::Borrowed(text),
        Err(_) => raw.text(lossy).map_err(Failed::Stream)?,
    };
    match field {
        None => op.plain(&text, raw.offset, out),
        Some(field) => {
            out.reserve(text.len() + text.len() / 2);
            for (k, line) in text.split_inclusive('\n').enumerate() {
                jsonl_line(op, line, field, out).map_err(|msg| Failed::Json {
                    line: raw.line + k as u64,
                    msg,
                })?;
            }
        }
    }
    Ok(())
}

/// One JSON Lines line: the field replaced by the operation's result, every other value kept
/// byte for byte (keys and the separators between them are written compactly).
fn jsonl_line(op: &Op, line: &str, field: &str, out: &mut Vec<u8>) -> Result<(), String> {
    let (body, ending) = match line.strip_suffix('\n') {
        Some(b) => (b, "\n"),
        None => (line, ""),
    };
    if body.trim().is_empty() {
        out.extend_from_slice(line.as_bytes());
        return Ok(());
    }
    let raw: Vec<(String, Box<RawValue>)> = serde_json::from_str::<ordered::Object>(body)
        .map_err(|e| e.to_string())?
        .0;
    out.push(b'{');
    for (i, (key, value)) in raw.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        let k = serde_json::to_string(key).map_err(|e| e.to_string())?;
        out.extend_from_slice(k.as_bytes());
        out.push(b':');
        match serde_json::from_str::<String>(value.get()) {
            Ok(text) if key == field => {
                let v = op.field(&text);
                let s = serde_json::to_string(&v).map_err(|e| e.to_string())?;
                out.extend_from_slice(s.as_bytes());
            }
            _ => out.extend_from_slice(value.get().as_bytes()),
        }
    }
    out.push(b'}');
    out.extend_from_slice(ending.as_bytes());
    Ok(())
}

/// A JSON object read as its members in order, each value kept raw.
mod ordered {
    use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
    use serde_json::value::RawValue;
    use std::fmt;

    pub struct Object(pub Vec<(String, Box<RawValue>)>);

    impl<'de> Deserialize<'de> for Object {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V;
            impl<'de> Visitor<'de> for V {
                type Value = Object;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("a JSON object")
                }
                fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Object, A::Error> {
                    let mut v = Vec::new();
                    while let Some((k, val)) = m.next_entry::<String, Box<RawValue>>()? {
                        v.push((k, val));
                    }
                    Ok(Object(v))
                }
            }
            d.deserialize_map(V)
        }
    }
}
