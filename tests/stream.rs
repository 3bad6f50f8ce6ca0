//! The stream API: chunks put back together give the input, invalid UTF-8 is reported at the
//! same byte and line wherever the reads and chunks are cut, lossy decoding equals
//! `String::from_utf8_lossy` of the whole input, and streamed normalization equals normalizing
//! the whole input.

mod common;

use arabic_text::stream::{normalize_stream, ChunkReader, Cut, RawChunk, StreamError};
use arabic_text::{Normalizer, NormalizerOptions};
use std::io::{self, Read, Write};

/// A reader that hands out its bytes in pieces of the given sizes (cycled), answering
/// `Interrupted` before every third piece, as signals do.
struct Pieces<'a> {
    data: &'a [u8],
    sizes: Vec<usize>,
    calls: usize,
}

impl<'a> Pieces<'a> {
    fn new(data: &'a [u8], sizes: &[usize]) -> Self {
        Pieces {
            data,
            sizes: sizes.iter().map(|&s| s.max(1)).collect(),
            calls: 0,
        }
    }
}

impl Read for Pieces<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.calls += 1;
        if self.calls % 3 == 0 {
            return Err(io::ErrorKind::Interrupted.into());
        }
        let want = self.sizes[self.calls % self.sizes.len()];
        let n = want.min(buf.len()).min(self.data.len());
        buf[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        Ok(n)
    }
}

/// Reads `data` through a ChunkReader and checks every chunk invariant: chunks tile the input,
/// offsets and line numbers are right, each chunk ends where its `cut` says. Returns the raw
/// chunks.
fn raw_chunks(
    data: &[u8],
    sizes: &[usize],
    chunk: usize,
    max_line: Option<usize>,
) -> Vec<RawChunk> {
    let mut r = ChunkReader::new(Pieces::new(data, sizes))
        .chunk_size(chunk)
        .max_line(max_line);
    let mut out = Vec::new();
    let (mut offset, mut line) = (0u64, 1u64);
    while let Some(c) = r.next_raw().unwrap() {
        assert!(!c.bytes.is_empty());
        assert_eq!((c.offset, c.line), (offset, line));
        let end = offset as usize + c.bytes.len();
        assert_eq!(&data[offset as usize..end], &c.bytes[..]);
        match c.cut {
            Cut::LineEnd => assert_eq!(c.bytes.last(), Some(&b'\n')),
            Cut::End => assert_eq!(end, data.len()),
            Cut::Space => assert!(matches!(data[end], b' ' | b'\t')),
            // Never inside a UTF-8 sequence: the next byte starts one (or is stray).
            Cut::Forced => assert!(
                end == data.len() || data[end] & 0xC0 != 0x80 || {
                    // ... unless the chunk's only lead byte is its first (see forced_cut).
                    c.bytes[1..].iter().all(|&b| b & 0xC0 == 0x80)
                }
            ),
            _ => unreachable!("no other cut"),
        }
        if matches!(c.cut, Cut::Space | Cut::Forced) {
            // Only lines longer than the limit are cut, and no chunk passes the limit by more
            // than the last read.
            let max = max_line.unwrap().max(chunk) + sizes.iter().max().unwrap();
            assert!(c.bytes.len() < max, "{} >= {max}", c.bytes.len());
            assert!(!c.bytes.contains(&b'\n'));
        }
        offset += c.bytes.len() as u64;
        line += c.bytes.iter().filter(|&&b| b == b'\n').count() as u64;
        out.push(c);
    }
    assert_eq!(offset as usize, data.len());
    assert_eq!(r.offset(), offset);
    out
}

/// Where the whole input's first invalid byte is, as (byte, line).
fn first_error(data: &[u8]) -> Option<(u64, u64)> {
    std::str::from_utf8(data).err().map(|e| {
        let at = e.valid_up_to();
        let line = 1 + data[..at].iter().filter(|&&b| b == b'\n').count();
        (at as u64, line as u64)
    })
}

/// Decodes `data` through a ChunkReader strictly and lossily, and checks both against the
/// whole-input answers.
fn check_decoding(data: &[u8], sizes: &[usize], chunk: usize, max_line: Option<usize>) {
    let raws = raw_chunks(data, sizes, chunk, max_line);
    // Strict: the text of the good chunks, then the error where the whole input has it.
    let mut text = String::new();
    let mut error = None;
    for raw in raws.iter().cloned() {
        match raw.decode(false) {
            Ok(c) => text.push_str(&c.text),
            Err(StreamError::InvalidUtf8 { byte, line }) => {
                error = Some((byte, line));
                break;
            }
            Err(e) => panic!("{e}"),
        }
    }
    assert_eq!(error, first_error(data), "sizes {sizes:?} chunk {chunk}");
    assert!(data.starts_with(text.as_bytes()));
    // The iterator stops at the same place and yields nothing after the error.
    let mut it = ChunkReader::new(Pieces::new(data, sizes))
        .chunk_size(chunk)
        .max_line(max_line);
    let mut joined = String::new();
    for c in it.by_ref() {
        match c {
            Ok(c) => joined.push_str(&c.text),
            Err(StreamError::InvalidUtf8 { byte, line }) => {
                assert_eq!(Some((byte, line)), first_error(data));
                break;
            }
            Err(e) => panic!("{e}"),
        }
    }
    assert!(it.next().is_none());
    assert_eq!(joined, text);
    // Lossy: exactly what from_utf8_lossy makes of the whole input.
    let lossy: String = raws
        .into_iter()
        .map(|r| r.decode(true).unwrap().text)
        .collect();
    assert_eq!(lossy, String::from_utf8_lossy(data));
}

/// Invalid sequences of every kind, between Arabic letters and line breaks.
const BAD: [&[u8]; 8] = [
    b"\xff",             // never valid
    b"\x80",             // stray continuation byte
    b"\xd8",             // truncated two-byte sequence (Arabic lead byte)
    b"\xe2\x82",         // truncated three-byte sequence
    b"\xf0\x9f\x98",     // truncated four-byte sequence
    b"\xc0\x80",         // overlong NUL
    b"\xed\xa0\x80",     // surrogate U+D800
    b"\xf4\x90\x80\x80", // above U+10FFFF
];

#[test]
fn invalid_utf8_split_at_every_read_and_chunk_boundary() {
    for bad in BAD {
        let mut data = "سلام عليكم\nأهلاً ".as_bytes().to_vec();
        data.extend_from_slice(bad);
        data.extend_from_slice(" وسهلاً\n😀 ok".as_bytes());
        // Every split of the reads: one read of `first` bytes, then the rest in sizes of 1–7.
        for first in 1..=data.len() {
            for (chunk, max_line) in [(4, Some(4)), (5, Some(9)), (16, Some(6)), (64, None)] {
                check_decoding(&data, &[first, 3, 1, 7], chunk, max_line);
            }
        }
    }
}

#[test]
fn valid_text_split_everywhere_comes_back_whole() {
    let text = "أَحْمَد\r\nقال: «إلى المستشفى» ١٢٣٫٥\rﷺ 👨‍👩‍👧 end\n\n";
    let data = text.as_bytes();
    for first in 1..=data.len() {
        for chunk in [4, 5, 7, 13, 100] {
            for max_line in [Some(4), Some(6), Some(11), None] {
                let raws = raw_chunks(data, &[first, 1, 2, 5], chunk, max_line);
                let joined: String = raws
                    .into_iter()
                    .map(|r| r.decode(false).unwrap().text)
                    .collect();
                assert_eq!(joined, text);
            }
        }
    }
}

#[test]
fn chunks_end_at_the_last_line_break_within_chunk_size() {
    let text = "aa\nbb\ncc\ndddddddd\ne";
    let chunks: Vec<_> = ChunkReader::new(text.as_bytes())
        .chunk_size(7)
        .map(|c| c.unwrap())
        .collect();
    let texts: Vec<&str> = chunks.iter().map(|c| c.text.as_str()).collect();
    // The first 7 bytes "aa\nbb\nc" end a chunk after "bb\n"; "cc\ndddd" after "cc\n"; then
    // "dddddddd\n" has no break in its first 7 bytes, so it runs to the first one after.
    assert_eq!(texts, ["aa\nbb\n", "cc\n", "dddddddd\n", "e"]);
    let lines: Vec<u64> = chunks.iter().map(|c| c.line).collect();
    assert_eq!(lines, [1, 3, 4, 5]);
    assert_eq!(chunks[3].cut, Cut::End);
}

#[test]
fn long_lines_are_cut_before_a_space_after_a_letter() {
    // 20 words of 4 Arabic letters (8 bytes) and a space: the cut goes before a space that
    // follows a letter, never after a run of spaces' first space.
    let line = "كتاب ".repeat(20);
    let raws = raw_chunks(line.as_bytes(), &[3], 4, Some(30));
    assert!(raws.len() > 3);
    for r in &raws[..raws.len() - 1] {
        assert_eq!(r.cut, Cut::Space);
    }
    // Double spaces and a space after a mark are not cut points: collapsing spaces (N14) and
    // composing hamza (N0) look across them.
    let text = "ا\u{654} ب  ج".repeat(10);
    for r in raw_chunks(text.as_bytes(), &[1], 4, Some(9)) {
        if r.cut == Cut::Space {
            let before = &text[..r.offset as usize + r.bytes.len()];
            assert!(before.ends_with('ب') || before.ends_with('ج'), "{before:?}");
        }
    }
}

#[test]
fn a_line_of_marks_longer_than_the_limit_is_cut_between_characters() {
    let marks = "\u{064E}\u{0651}".repeat(50);
    let raws = raw_chunks(marks.as_bytes(), &[5], 8, Some(8));
    assert!(raws.iter().any(|r| r.cut == Cut::Forced));
    for r in raws {
        assert!(std::str::from_utf8(&r.bytes).is_ok(), "a mark was split");
    }
}

/// Streamed normalization equals normalizing the whole input, for every preset, on the seeds
/// (with small chunks and line limits, so that lines are cut before spaces).
#[test]
fn streamed_normalization_equals_whole_normalization() {
    let Some(corpus) = common::seed_corpus() else {
        return;
    };
    let corpus = &corpus[..corpus.len().min(200_000)];
    for o in common::PRESETS {
        let n = Normalizer::new(o);
        if o.is_line_keyed() {
            // Every line is a key (N17, N18): streams go line by line and never cut a line.
            let mut whole = String::new();
            for line in corpus.split_inclusive('\n') {
                let body = line.strip_suffix('\n');
                whole.push_str(&n.normalize(body.unwrap_or(line)));
                if body.is_some() {
                    whole.push('\n');
                }
            }
            let mut out = Vec::new();
            let stats = normalize_stream(&n, corpus.as_bytes(), &mut out).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), whole);
            assert_eq!(stats.bytes_written, whole.len() as u64);
            assert_eq!(whole.lines().count(), corpus.lines().count());
            continue;
        }
        let whole = n.normalize(corpus);
        let mut streamed = String::new();
        let mut spaces = 0;
        for c in ChunkReader::new(Pieces::new(corpus.as_bytes(), &[1000, 17]))
            .chunk_size(90)
            .max_line(Some(300))
        {
            let c = c.unwrap();
            assert_ne!(c.cut, Cut::Forced);
            spaces += usize::from(c.cut == Cut::Space);
            n.normalize_to(&c.text, &mut streamed);
        }
        assert!(spaces > 10, "the test should cut lines");
        assert_eq!(streamed, whole);
        // And through normalize_stream, with the default sizes.
        let mut out = Vec::new();
        let stats = normalize_stream(&n, corpus.as_bytes(), &mut out).unwrap();
        assert_eq!(out, whole.as_bytes());
        assert_eq!(stats.bytes_read, corpus.len() as u64);
        assert_eq!(stats.bytes_written, whole.len() as u64);
        assert_eq!(stats.forced_cuts, 0);
    }
}

#[test]
fn normalize_stream_writes_the_lines_before_an_invalid_byte() {
    let n = Normalizer::new(NormalizerOptions::search());
    let mut out = Vec::new();
    let input = "أَحْمَد\nإلى\nبي \u{FFFD}".replace('\u{FFFD}', "\u{1}");
    let mut bytes = input.into_bytes();
    *bytes.last_mut().unwrap() = 0xFF;
    let err = normalize_stream(&n, &bytes[..], &mut out).unwrap_err();
    assert_eq!(err.to_string(), "invalid UTF-8 at line 3, byte 27");
    // Lines 1 and 2 are written, normalized; line 3 is not, since it is not whole.
    assert_eq!(String::from_utf8(out).unwrap(), "احمد\nالي\n");
}

struct FailingReader {
    good: usize,
}

impl Read for FailingReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.good == 0 {
            return Err(io::Error::other("disk on fire"));
        }
        let n = self.good.min(buf.len());
        buf[..n].fill(b'a');
        self.good -= n;
        Ok(n)
    }
}

struct FailingWriter;

impl Write for FailingWriter {
    fn write(&mut self, _: &[u8]) -> io::Result<usize> {
        Err(io::ErrorKind::BrokenPipe.into())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn read_and_write_errors_say_where() {
    let n = Normalizer::default();
    let err = normalize_stream(&n, FailingReader { good: 10 }, io::sink()).unwrap_err();
    assert_eq!(err.to_string(), "read failed after byte 10: disk on fire");
    assert!(std::error::Error::source(&err).is_some());
    let err = normalize_stream(&n, &b"abc\n"[..], FailingWriter).unwrap_err();
    assert!(matches!(err, StreamError::Write(_)), "{err}");
    // The iterator yields the read error once, then nothing.
    let mut it = ChunkReader::new(FailingReader { good: 3 });
    assert!(matches!(
        it.next(),
        Some(Err(StreamError::Read { byte: 3, .. }))
    ));
    assert!(it.next().is_none());
}
