//! Streaming: text from any [`Read`] in chunks of whole lines, in bounded memory, with UTF-8
//! errors that say where (byte offset and line).
//!
//! [`ChunkReader`] cuts a byte stream into [`Chunk`]s of about
//! [`chunk_size`](ChunkReader::chunk_size) bytes that end at line breaks, so that each chunk
//! can be normalized, tokenized or analyzed on its own (on any thread) and the results joined
//! in order. [`normalize_stream`] is the one-call form for normalization, from a `Read` to a
//! `Write`.
//!
//! ```
//! use arabic_text::stream::{normalize_stream, ChunkReader};
//! use arabic_text::Normalizer;
//!
//! let input = "أَحْمَد\nإلى المستشفى\n".as_bytes();
//! let mut out = Vec::new();
//! let stats = normalize_stream(&Normalizer::default(), input, &mut out)?;
//! assert_eq!(out, "احمد\nالي المستشفي\n".as_bytes());
//! assert_eq!(stats.bytes_read, input.len() as u64);
//!
//! // Invalid UTF-8 is an error that says where; `lossy(true)` replaces it with U+FFFD.
//! let bad: &[u8] = b"ok\nbad \xff byte\n";
//! let err = ChunkReader::new(bad).map(|c| c.map(|c| c.text)).collect::<Result<String, _>>();
//! assert_eq!(err.unwrap_err().to_string(), "invalid UTF-8 at line 2, byte 7");
//! let text: String = ChunkReader::new(bad).lossy(true).map(|c| c.unwrap().text).collect();
//! assert_eq!(text, "ok\nbad \u{FFFD} byte\n");
//! # Ok::<(), arabic_text::stream::StreamError>(())
//! ```
//!
//! ## Where chunks end
//!
//! A chunk ends after a line break (`\n`), at the end of the input, or, for a line longer than
//! [`max_line`](ChunkReader::max_line), inside the line:
//!
//! * [`Cut::Space`]: before an ASCII space or tab that follows a letter or digit (ASCII, or an
//!   Arabic letter U+0621–U+063A, U+0641–U+064A), searched for in the line's last
//!   [`CUT_WINDOW`] bytes. No normalization rule looks across such a point (the letter is never
//!   deleted or turned into a space, and the space stops every run), so normalizing the chunks
//!   one by one gives exactly what normalizing the whole input gives; no token is split either.
//! * [`Cut::Forced`]: when that window holds no such point (a megabyte of marks, emoji or
//!   unbroken letters), before the last character, so that no UTF-8 sequence is split. Rules
//!   with context (N0, N11, N14's collapse, N15) and the tokenizer may then see the two sides
//!   apart. [`Chunk::cut`] and [`StreamStats::forced_cuts`] report it.
//!
//! Memory stays below `max(chunk_size, max_line)` plus one read, whatever the input. With
//! `max_line(None)` lines are never cut (JSON Lines, say), and a chunk holds a whole line
//! however long.

use crate::Normalizer;
use std::borrow::Cow;
use std::fmt;
use std::io::{self, Read, Write};

/// The default [`ChunkReader::chunk_size`]: 1 MiB.
pub const DEFAULT_CHUNK_SIZE: usize = 1 << 20;
/// The default [`ChunkReader::max_line`]: 16 MiB.
pub const DEFAULT_MAX_LINE: usize = 16 << 20;
/// How far back from the end of an over-long line a [`Cut::Space`] is looked for: 1 MiB.
pub const CUT_WINDOW: usize = 1 << 20;
/// The smallest `chunk_size` and `max_line` allowed; smaller settings are raised to it, so
/// that a cut can always keep a whole UTF-8 sequence together.
pub const MIN_CHUNK: usize = 4;
/// Bytes asked of the reader per read.
const READ_SIZE: usize = 64 << 10;
/// The most a chunk's buffer is sized for up front (a larger `chunk_size` grows it as read).
const MAX_RESERVE: usize = 64 << 20;
/// How many buffers [`ChunkReader::recycle`] keeps.
const MAX_SPARE: usize = 16;

/// Why a chunk ended where it did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Cut {
    /// After a `\n`.
    LineEnd,
    /// At the end of the input (the last line may have no `\n`).
    End,
    /// Inside an over-long line, before a space or tab that follows a letter or digit. Safe for
    /// normalization and tokenization.
    Space,
    /// Inside an over-long line with no such space near its end, between two characters.
    Forced,
}

/// A piece of the input as bytes, not yet checked for UTF-8: what
/// [`ChunkReader::next_raw`] returns, so that checking and decoding can happen on another
/// thread.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawChunk {
    /// The bytes, exactly as read.
    pub bytes: Vec<u8>,
    /// Byte offset of the first byte in the input.
    pub offset: u64,
    /// Line number (from 1) of the first byte in the input.
    pub line: u64,
    /// Why the chunk ends where it does.
    pub cut: Cut,
}

impl RawChunk {
    /// Checks the bytes for UTF-8 and borrows them as text, like [`decode`](Self::decode)
    /// but without taking the chunk: lossy decoding allocates only when it replaces something.
    pub fn text(&self, lossy: bool) -> Result<Cow<'_, str>, StreamError> {
        match std::str::from_utf8(&self.bytes) {
            Ok(text) => Ok(Cow::Borrowed(text)),
            Err(_) if lossy => Ok(String::from_utf8_lossy(&self.bytes)),
            Err(e) => Err(self.error_at(e.valid_up_to())),
        }
    }

    /// The error for an invalid byte at `at` in the chunk.
    fn error_at(&self, at: usize) -> StreamError {
        let before = self.bytes.get(..at).unwrap_or_default();
        StreamError::InvalidUtf8 {
            byte: self.offset + at as u64,
            line: self.line + count_newlines(before),
        }
    }

    /// Checks the bytes for UTF-8 and turns them into a [`Chunk`]. With `lossy`, each invalid
    /// sequence becomes U+FFFD (as [`String::from_utf8_lossy`] does, and the same as it would
    /// on the whole input: chunks never split a sequence); without, the first one is an
    /// error with its byte offset and line in the input.
    pub fn decode(self, lossy: bool) -> Result<Chunk, StreamError> {
        let text = match String::from_utf8(self.bytes) {
            Ok(text) => text,
            Err(e) if lossy => String::from_utf8_lossy(e.as_bytes()).into_owned(),
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let raw = RawChunk {
                    bytes: e.into_bytes(),
                    ..self
                };
                return Err(raw.error_at(at));
            }
        };
        Ok(Chunk {
            text,
            offset: self.offset,
            line: self.line,
            cut: self.cut,
        })
    }
}

/// A piece of the input, checked UTF-8: whole lines unless [`cut`](Self::cut) says otherwise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chunk {
    /// The text (with U+FFFD for invalid bytes in lossy mode).
    pub text: String,
    /// Byte offset of its first byte in the input.
    pub offset: u64,
    /// Line number (from 1) of its first byte in the input.
    pub line: u64,
    /// Why the chunk ends where it does.
    pub cut: Cut,
}

/// What went wrong while streaming.
#[derive(Debug)]
#[non_exhaustive]
pub enum StreamError {
    /// The input holds invalid UTF-8 (and the reader is not lossy).
    InvalidUtf8 {
        /// Byte offset of the first invalid byte in the input.
        byte: u64,
        /// Line number (from 1) it is on.
        line: u64,
    },
    /// Reading failed after `byte` bytes had been read.
    Read {
        /// How many bytes had been read.
        byte: u64,
        /// The reader's error.
        source: io::Error,
    },
    /// Writing the output failed ([`normalize_stream`]).
    Write(io::Error),
}

impl fmt::Display for StreamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StreamError::InvalidUtf8 { byte, line } => {
                write!(f, "invalid UTF-8 at line {line}, byte {byte}")
            }
            StreamError::Read { byte, source } => {
                write!(f, "read failed after byte {byte}: {source}")
            }
            StreamError::Write(e) => write!(f, "write failed: {e}"),
        }
    }
}

impl std::error::Error for StreamError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StreamError::Read { source, .. } | StreamError::Write(source) => Some(source),
            StreamError::InvalidUtf8 { .. } => None,
        }
    }
}

/// Reads a byte stream in [`Chunk`]s that end at line breaks (see the [module docs](self)).
///
/// As an [`Iterator`] it yields checked text; [`next_raw`](Self::next_raw) yields bytes for
/// callers that check them elsewhere. After an error it yields nothing more.
///
/// ```
/// use arabic_text::stream::{ChunkReader, Cut};
///
/// let input = "سطر أول\nسطر ثان\nسطر ثالث".as_bytes();
/// let chunks: Vec<_> = ChunkReader::new(input).chunk_size(16).collect::<Result<_, _>>()?;
/// assert_eq!(chunks.len(), 3);
/// assert_eq!(chunks[1].text, "سطر ثان\n");
/// assert_eq!((chunks[1].offset, chunks[1].line, chunks[1].cut), (14, 2, Cut::LineEnd));
/// assert_eq!(chunks[2].cut, Cut::End);
/// # Ok::<(), arabic_text::stream::StreamError>(())
/// ```
pub struct ChunkReader<R> {
    reader: R,
    chunk_size: usize,
    max_line: Option<usize>,
    lossy: bool,
    /// Bytes read and not yet handed out.
    pending: Vec<u8>,
    /// What each read call fills ([`READ_SIZE`] bytes, allocated at the first read).
    scratch: Vec<u8>,
    /// Buffers given back with [`recycle`](Self::recycle).
    spare: Vec<Vec<u8>>,
    /// Offset and line of `pending`'s first byte.
    offset: u64,
    line: u64,
    eof: bool,
    failed: bool,
}

impl<R> fmt::Debug for ChunkReader<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ChunkReader")
            .field("chunk_size", &self.chunk_size)
            .field("max_line", &self.max_line)
            .field("lossy", &self.lossy)
            .field("offset", &self.offset)
            .field("line", &self.line)
            .field("pending", &self.pending.len())
            .field("spare", &self.spare.len())
            .finish_non_exhaustive()
    }
}

impl<R: Read> ChunkReader<R> {
    /// A reader with the default sizes ([`DEFAULT_CHUNK_SIZE`], [`DEFAULT_MAX_LINE`]), not
    /// lossy. `reader` needs no buffering of its own.
    pub fn new(reader: R) -> Self {
        ChunkReader {
            reader,
            chunk_size: DEFAULT_CHUNK_SIZE,
            max_line: Some(DEFAULT_MAX_LINE),
            lossy: false,
            pending: Vec::new(),
            scratch: Vec::new(),
            spare: Vec::new(),
            offset: 0,
            line: 1,
            eof: false,
            failed: false,
        }
    }

    /// How many bytes a chunk holds, about: a chunk ends at the last line break in its first
    /// `bytes` bytes, or if there is none there, at the first one after them (at least
    /// [`MIN_CHUNK`]).
    pub fn chunk_size(mut self, bytes: usize) -> Self {
        self.chunk_size = bytes.max(MIN_CHUNK);
        self
    }

    /// The longest line kept whole (at least [`MIN_CHUNK`]); longer lines are cut as the
    /// [module docs](self) say. `None` never cuts a line.
    pub fn max_line(mut self, bytes: Option<usize>) -> Self {
        self.max_line = bytes.map(|b| b.max(MIN_CHUNK));
        self
    }

    /// Replace invalid UTF-8 with U+FFFD instead of stopping at it (the iterator only;
    /// [`next_raw`](Self::next_raw) never checks).
    pub fn lossy(mut self, lossy: bool) -> Self {
        self.lossy = lossy;
        self
    }

    /// Gives a chunk's buffer back (say, [`RawChunk::bytes`] once the chunk is processed), to
    /// hold a later chunk: a reader fed back its buffers allocates none in the steady state.
    /// Up to 16 are kept; the rest are dropped.
    ///
    /// ```
    /// use arabic_text::stream::ChunkReader;
    /// let mut r = ChunkReader::new("a\nb\n".as_bytes()).chunk_size(4);
    /// while let Some(chunk) = r.next_raw()? {
    ///     // ... use chunk.bytes, then:
    ///     r.recycle(chunk.bytes);
    /// }
    /// # Ok::<(), arabic_text::stream::StreamError>(())
    /// ```
    pub fn recycle(&mut self, buffer: Vec<u8>) {
        if self.spare.len() < MAX_SPARE {
            self.spare.push(buffer);
        }
    }

    /// The capacity a chunk's buffer is given: a chunk and one read.
    fn room(&self) -> usize {
        self.chunk_size.min(MAX_RESERVE) + READ_SIZE
    }

    /// How many bytes have been handed out in chunks so far.
    pub fn offset(&self) -> u64 {
        self.offset
    }

    /// The next chunk as unchecked bytes, or `None` at the end of the input.
    pub fn next_raw(&mut self) -> Result<Option<RawChunk>, StreamError> {
        if self.failed {
            return Ok(None);
        }
        let next = self.cut_next();
        if next.is_err() {
            self.failed = true;
        }
        next
    }

    fn cut_next(&mut self) -> Result<Option<RawChunk>, StreamError> {
        // Room for a chunk and one read, so that reading never reallocates on the way (the
        // chunk handed out keeps this allocation).
        let room = self.room();
        if !self.eof && self.pending.capacity() < room {
            self.pending
                .reserve_exact(room - self.pending.len().min(room));
        }
        while !self.eof && self.pending.len() < self.chunk_size {
            self.fill(self.chunk_size - self.pending.len())?;
        }
        // The last line break in the first `chunk_size` bytes ends the chunk.
        let head = self.chunk_size.min(self.pending.len());
        let in_head = self.pending.get(..head).unwrap_or_default();
        if let Some(i) = in_head.iter().rposition(|&b| b == b'\n') {
            return Ok(Some(self.take(i + 1, Cut::LineEnd)));
        }
        // Else the first one after them, reading on as needed (each byte is looked at once).
        let mut scanned = head;
        loop {
            let fresh = self.pending.get(scanned..).unwrap_or_default();
            if let Some(i) = fresh.iter().position(|&b| b == b'\n') {
                return Ok(Some(self.take(scanned + i + 1, Cut::LineEnd)));
            }
            scanned = self.pending.len();
            if self.eof {
                if self.pending.is_empty() {
                    return Ok(None);
                }
                return Ok(Some(self.take(self.pending.len(), Cut::End)));
            }
            // Read on, but never past the line limit.
            let mut limit = READ_SIZE;
            if let Some(max) = self.max_line {
                if self.pending.len() >= max {
                    let (end, cut) = cut_line(&self.pending);
                    return Ok(Some(self.take(end, cut)));
                }
                limit = max - self.pending.len();
            }
            self.fill(limit)?;
        }
    }

    /// Reads once, up to `limit` bytes (at most [`READ_SIZE`], at least 1), into `pending`,
    /// retrying interrupted reads; reading nothing means the end of the input. One read call
    /// into a scratch buffer and one copy: `read_to_end` would split a read into several
    /// smaller calls.
    fn fill(&mut self, limit: usize) -> Result<(), StreamError> {
        if self.scratch.is_empty() {
            self.scratch = vec![0; READ_SIZE];
        }
        let len = limit.clamp(1, READ_SIZE);
        loop {
            let buf = self.scratch.get_mut(..len).unwrap_or_default();
            match self.reader.read(buf) {
                Ok(n) => {
                    let got = self.scratch.get(..n.min(len)).unwrap_or_default();
                    self.pending.extend_from_slice(got);
                    self.eof = n == 0;
                    return Ok(());
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(source) => {
                    return Err(StreamError::Read {
                        byte: self.offset + self.pending.len() as u64,
                        source,
                    })
                }
            }
        }
    }

    /// Hands out `pending[..end]`.
    fn take(&mut self, end: usize, cut: Cut) -> RawChunk {
        // What follows the cut moves to a recycled buffer, or a new one (`cut_next` sizes it).
        let end = end.min(self.pending.len());
        let mut next = self.spare.pop().unwrap_or_default();
        next.clear();
        next.extend_from_slice(self.pending.get(end..).unwrap_or_default());
        self.pending.truncate(end);
        let bytes = std::mem::replace(&mut self.pending, next);
        let chunk = RawChunk {
            offset: self.offset,
            line: self.line,
            cut,
            bytes,
        };
        self.offset += chunk.bytes.len() as u64;
        self.line += count_newlines(&chunk.bytes);
        chunk
    }
}

impl<R: Read> Iterator for ChunkReader<R> {
    type Item = Result<Chunk, StreamError>;

    fn next(&mut self) -> Option<Self::Item> {
        let lossy = self.lossy;
        match self.next_raw() {
            Ok(Some(raw)) => {
                let chunk = raw.decode(lossy);
                if chunk.is_err() {
                    self.failed = true;
                }
                Some(chunk)
            }
            Ok(None) => None,
            Err(e) => Some(Err(e)),
        }
    }
}

impl<R: Read> std::iter::FusedIterator for ChunkReader<R> {}

/// Where to cut a line that reached the limit: before the last space or tab that follows a
/// letter or digit in the last [`CUT_WINDOW`] bytes, else before the last character.
fn cut_line(bytes: &[u8]) -> (usize, Cut) {
    let from = bytes.len().saturating_sub(CUT_WINDOW).max(1);
    for i in (from..bytes.len()).rev() {
        if matches!(bytes.get(i), Some(b' ' | b'\t')) && ends_with_letter_or_digit(bytes, i) {
            return (i, Cut::Space);
        }
    }
    (forced_cut(bytes), Cut::Forced)
}

/// Whether `bytes[..end]` ends with an ASCII letter or digit, or an Arabic letter
/// U+0621–U+063A or U+0641–U+064A: characters that no rule deletes or turns into a space.
fn ends_with_letter_or_digit(bytes: &[u8], end: usize) -> bool {
    let last = end.checked_sub(1).and_then(|i| bytes.get(i));
    let lead = end.checked_sub(2).and_then(|i| bytes.get(i));
    match (lead, last) {
        (_, Some(b)) if b.is_ascii_alphanumeric() => true,
        (Some(0xD8), Some(0xA1..=0xBA)) | (Some(0xD9), Some(0x81..=0x8A)) => true,
        _ => false,
    }
}

/// Before the last byte that starts a UTF-8 sequence (any byte but a continuation byte), so
/// that no sequence is split. If the only one is the first byte, at least three continuation
/// bytes follow it (`bytes` holds at least [`MIN_CHUNK`]), so its sequence is over (valid or
/// not) and the cut goes at the end.
fn forced_cut(bytes: &[u8]) -> usize {
    match bytes.iter().rposition(|&b| b & 0xC0 != 0x80) {
        Some(i) if i > 0 => i,
        _ => bytes.len(),
    }
}

fn count_newlines(bytes: &[u8]) -> u64 {
    // Branch-free sums over blocks short enough for a u16 lane, which compilers vectorize
    // (`filter().count()` does not: it ran at about 5 instructions per byte).
    bytes
        .chunks(1 << 15)
        .map(|block| {
            block
                .iter()
                .fold(0u16, |n, &b| n.wrapping_add(u16::from(b == b'\n')))
        })
        .map(u64::from)
        .sum()
}

/// What [`normalize_stream`] did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct StreamStats {
    /// Bytes read from the input.
    pub bytes_read: u64,
    /// Bytes written to the output.
    pub bytes_written: u64,
    /// Lines cut with [`Cut::Forced`], where the output may differ from normalizing the whole
    /// input at once (0 unless a line is longer than [`DEFAULT_MAX_LINE`] and has no space
    /// near its end).
    pub forced_cuts: u64,
}

/// Normalizes everything `reader` holds into `writer`, a chunk at a time (see the
/// [module docs](self)), with the default chunk sizes; invalid UTF-8 is an error. The output
/// equals [`Normalizer::normalize`] of the whole input unless
/// [`forced_cuts`](StreamStats::forced_cuts) is above zero.
///
/// With options that make each line a key ([`NormalizerOptions::is_line_keyed`]: N17 or N18,
/// as in [`NormalizerOptions::key`]), every line is normalized on its own and keeps its line
/// break ([`Normalizer::normalize_lines_to`]), and lines are never cut: memory is then
/// bounded by the longest line.
///
/// [`NormalizerOptions::is_line_keyed`]: crate::NormalizerOptions::is_line_keyed
/// [`NormalizerOptions::key`]: crate::NormalizerOptions::key
///
/// On an error, everything before it is written, up to the last line break before an invalid
/// byte, and `writer` is flushed. `writer` needs no buffering of its own: it is written a
/// chunk at a time. Use [`ChunkReader`] directly to choose the sizes or decode lossily.
///
/// ```
/// use arabic_text::stream::{normalize_stream, StreamError};
/// use arabic_text::Normalizer;
///
/// let mut out = Vec::new();
/// let err = normalize_stream(&Normalizer::default(), &b"\xd8\xa3\n\xd8"[..], &mut out);
/// assert!(matches!(err, Err(StreamError::InvalidUtf8 { byte: 3, line: 2 })));
/// assert_eq!(out, "\u{627}\n".as_bytes()); // the line before the error, normalized
/// ```
pub fn normalize_stream<R: Read, W: Write>(
    normalizer: &Normalizer,
    reader: R,
    mut writer: W,
) -> Result<StreamStats, StreamError> {
    let mut stats = StreamStats::default();
    let mut out = String::new();
    let mut write = |text: &str, stats: &mut StreamStats| {
        out.clear();
        normalizer.normalize_lines_to(text, &mut out);
        stats.bytes_written += out.len() as u64;
        writer.write_all(out.as_bytes())
    };
    let mut chunks = ChunkReader::new(reader);
    if normalizer.options().is_line_keyed() {
        // Each line is a key (N17, N18): never cut one, whatever its length.
        chunks = chunks.max_line(None);
    }
    let result = loop {
        let raw = match chunks.next_raw() {
            Ok(Some(raw)) => raw,
            Ok(None) => break Ok(()),
            Err(e) => break Err(e),
        };
        stats.bytes_read += raw.bytes.len() as u64;
        stats.forced_cuts += u64::from(raw.cut == Cut::Forced);
        match std::str::from_utf8(&raw.bytes) {
            Ok(text) => {
                if let Err(e) = write(text, &mut stats) {
                    break Err(StreamError::Write(e));
                }
            }
            Err(e) => {
                // The whole lines before the invalid byte are good: write them, then stop.
                let good = raw.bytes.get(..e.valid_up_to()).unwrap_or_default();
                let lines = good
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .and_then(|i| good.get(..=i))
                    .unwrap_or_default();
                let text = std::str::from_utf8(lines).unwrap_or_default();
                if let Err(e) = write(text, &mut stats) {
                    break Err(StreamError::Write(e));
                }
                break Err(raw.error_at(e.valid_up_to()));
            }
        }
    };
    let flushed = writer.flush().map_err(StreamError::Write);
    result.and(flushed).map(|()| stats)
}
