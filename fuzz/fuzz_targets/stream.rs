//! The stream API fed arbitrary bytes, read in arbitrary pieces, with arbitrary chunk sizes and
//! line limits: chunks tile the input with the right offsets and line numbers, strict decoding
//! stops at the whole input's first invalid byte and line, lossy decoding equals
//! `String::from_utf8_lossy` of the whole, and (unless a line had to be forced apart)
//! normalizing or tokenizing chunk by chunk equals doing it on the whole text.
#![no_main]

use arabic_text::stream::{ChunkReader, Cut, StreamError};
use arabic_text::{tokenize, Normalizer};
use libfuzzer_sys::fuzz_target;
use std::io::{self, Read};

/// Hands out `data` in pieces whose sizes come from `sizes` (cycled, 1–16 bytes), with an
/// `Interrupted` error now and then (never twice in a row: a reader that is always interrupted
/// never ends, here as with `std::io::Read::read_to_end`).
struct Pieces<'a> {
    data: &'a [u8],
    sizes: &'a [u8],
    calls: usize,
    interrupted: bool,
}

impl Read for Pieces<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.calls += 1;
        let s = self
            .sizes
            .get(self.calls % self.sizes.len().max(1))
            .copied()
            .unwrap_or(7);
        if s == 0xFF && !self.interrupted {
            self.interrupted = true;
            return Err(io::ErrorKind::Interrupted.into());
        }
        self.interrupted = false;
        let n = (usize::from(s % 16) + 1)
            .min(buf.len())
            .min(self.data.len());
        buf[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        Ok(n)
    }
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 8 {
        return;
    }
    let (head, input) = data.split_at(8);
    let chunk = usize::from(head[0] % 40);
    let max_line = match head[1] % 50 {
        0 => None,
        m => Some(usize::from(m)),
    };
    let lossy = head[2] & 1 == 1;
    let sizes = &head[3..];
    let reader = || {
        ChunkReader::new(Pieces {
            data: input,
            sizes,
            calls: 0,
            interrupted: false,
        })
        .chunk_size(chunk)
        .max_line(max_line)
        .lossy(lossy)
    };

    // Raw chunks tile the input.
    let mut raw = reader();
    let (mut offset, mut line) = (0u64, 1u64);
    let mut forced = false;
    while let Some(c) = raw.next_raw().expect("no read errors here") {
        assert!(!c.bytes.is_empty());
        assert_eq!((c.offset, c.line), (offset, line));
        let end = offset as usize + c.bytes.len();
        assert_eq!(&input[offset as usize..end], &c.bytes[..]);
        match c.cut {
            Cut::LineEnd => assert_eq!(c.bytes.last(), Some(&b'\n')),
            Cut::End => assert_eq!(end, input.len()),
            Cut::Space => assert!(matches!(input[end], b' ' | b'\t')),
            _ => forced = true,
        }
        offset = end as u64;
        line += c.bytes.iter().filter(|&&b| b == b'\n').count() as u64;
    }
    assert_eq!(offset as usize, input.len());

    // Decoded chunks: the whole input back, or the first error where the whole input has it.
    let whole = std::str::from_utf8(input);
    let mut text = String::new();
    let mut pieces = Vec::new();
    let mut error = None;
    for c in reader() {
        match c {
            Ok(c) => {
                text.push_str(&c.text);
                pieces.push((c.offset, c.text));
            }
            Err(StreamError::InvalidUtf8 { byte, line }) => error = Some((byte, line)),
            Err(e) => panic!("{e}"),
        }
    }
    if lossy {
        assert_eq!(error, None);
        assert_eq!(text, String::from_utf8_lossy(input));
    } else {
        match whole {
            Ok(w) => assert_eq!((text.as_str(), error), (w, None)),
            Err(e) => {
                let at = e.valid_up_to();
                let line = 1 + input[..at].iter().filter(|&&b| b == b'\n').count() as u64;
                assert_eq!(error, Some((at as u64, line)));
                assert!(input.starts_with(text.as_bytes()));
            }
        }
    }

    // Chunk by chunk equals whole, for valid input and no forced cuts.
    let Ok(w) = whole else { return };
    if forced {
        return;
    }
    let n = Normalizer::default();
    let mut streamed = String::new();
    for (_, t) in &pieces {
        n.normalize_to(t, &mut streamed);
    }
    assert_eq!(streamed, n.normalize(w));
    let chunked: Vec<(usize, &str)> = pieces
        .iter()
        .flat_map(|(o, t)| tokenize(t).map(move |k| (*o as usize + k.span.start, k.text)))
        .collect();
    let whole_tokens: Vec<(usize, &str)> = tokenize(w).map(|k| (k.span.start, k.text)).collect();
    assert_eq!(chunked, whole_tokens);
});
