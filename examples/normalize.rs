//! Normalizes text from stdin, or from the files (or folders of files) given as arguments, to
//! stdout.
//!
//! ```text
//! cargo run -p arabic-text --example normalize -- [--preset search|canonical|nlp|lucene|camel|none] [FILE|DIR]...
//! ```
//!
//! With no argument and a terminal on stdin, it normalizes the repo's own sample text
//! (`examples/data/sample.txt`). Errors name the file and, for invalid UTF-8, the line and byte
//! offset; what was already written stays written.

use arabic_text::stream::{normalize_stream, StreamError};
use arabic_text::{Normalizer, NormalizerOptions};
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const SAMPLE: &str = include_str!("data/sample.txt");

fn preset(name: &str) -> Option<NormalizerOptions> {
    Some(match name {
        "search" => NormalizerOptions::search(),
        "canonical" => NormalizerOptions::canonical(),
        "nlp" => NormalizerOptions::nlp(),
        "lucene" => NormalizerOptions::lucene(),
        "camel" => NormalizerOptions::camel(),
        "none" => NormalizerOptions::none(),
        _ => return None,
    })
}

fn usage() -> &'static str {
    "usage: normalize [--preset search|canonical|nlp|lucene|camel|none] [FILE|DIR]..."
}

/// Files to read: each argument, or the sorted files of a folder.
fn expand(args: &[String]) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    for a in args {
        let p = Path::new(a);
        if p.is_dir() {
            let mut inner: Vec<PathBuf> = std::fs::read_dir(p)
                .map_err(|e| format!("{a}: {e}"))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file())
                .collect();
            inner.sort();
            files.extend(inner);
        } else {
            files.push(p.to_path_buf());
        }
    }
    Ok(files)
}

fn run() -> Result<(), String> {
    let mut options = NormalizerOptions::search();
    let mut inputs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--preset" => {
                let name = args
                    .next()
                    .ok_or_else(|| format!("--preset needs a value\n{}", usage()))?;
                options =
                    preset(&name).ok_or_else(|| format!("unknown preset {name:?}\n{}", usage()))?;
            }
            "-h" | "--help" => {
                println!("{}", usage());
                return Ok(());
            }
            s if s.starts_with('-') && s != "-" => {
                return Err(format!("unknown option {s:?}\n{}", usage()))
            }
            _ => inputs.push(arg),
        }
    }
    let normalizer = Normalizer::new(options);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    // Each input is streamed (in chunks of whole lines, in bounded memory) by the library.
    let mut stream = |name: &str, input: &mut dyn Read| -> Result<(), String> {
        normalize_stream(&normalizer, input, &mut out)
            .map(|_| ())
            .map_err(|e| match e {
                StreamError::Write(e) => format!("stdout: {e}"),
                e => format!("{name}: {e}"),
            })
    };
    if inputs.is_empty() {
        if std::io::stdin().is_terminal() {
            eprintln!("(no input given: normalizing the built-in sample text)");
            return stream("sample", &mut SAMPLE.as_bytes());
        }
        return stream("stdin", &mut std::io::stdin().lock());
    }
    for path in expand(&inputs)? {
        let name = path.display().to_string();
        if name == "-" {
            stream("stdin", &mut std::io::stdin().lock())?;
        } else {
            let mut file = std::fs::File::open(&path).map_err(|e| format!("{name}: {e}"))?;
            stream(&name, &mut file)?;
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.starts_with("stdout: ") && e.contains("Broken pipe") => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("normalize: {e}");
            ExitCode::FAILURE
        }
    }
}
