//! What each subcommand does to a piece of text: to plain output bytes, or to the JSON value
//! that replaces a JSON Lines field.

use crate::{AnalyzeStemmer, Format, StemmerArg};
use arabic_text::stem::{root, Light10, LightStemmer};
use arabic_text::{
    segment, tokenize, Analyzer, Normalizer, NormalizerOptions, SentenceSplitter, TokenKind,
};
use serde_json::{json, Value};
use std::io::Write;

/// A subcommand, ready to run on any thread.
pub enum Op {
    Normalize(Box<Normalizer>),
    Tokenize { format: Format, split_clitics: bool },
    Sentences,
    Segment,
    Stem(Stem),
    Root,
    Analyze(Analyzer),
}

pub enum Stem {
    Light(LightStemmer),
    Light10,
}

impl Op {
    pub fn normalize(o: NormalizerOptions) -> Op {
        Op::Normalize(Box::new(Normalizer::new(o)))
    }

    pub fn stem(s: StemmerArg) -> Op {
        Op::Stem(match s {
            StemmerArg::Light => Stem::Light(LightStemmer::new()),
            StemmerArg::Classical => Stem::Light(LightStemmer::classical()),
            StemmerArg::Light10 => Stem::Light10,
        })
    }

    pub fn analyze(s: AnalyzeStemmer) -> Op {
        Op::Analyze(match s {
            AnalyzeStemmer::Light => Analyzer::search(),
            AnalyzeStemmer::Classical => Analyzer::builder()
                .stemmer(arabic_text::Stemmer::Classical)
                .build(),
            AnalyzeStemmer::Light10 => Analyzer::lucene(),
            AnalyzeStemmer::None => Analyzer::builder()
                .stemmer(arabic_text::Stemmer::None)
                .build(),
        })
    }

    /// Whether lines must reach the operation whole (never cut at the line-length limit):
    /// normalizing with keys, where each line is one key.
    pub fn whole_lines(&self) -> bool {
        matches!(self, Op::Normalize(n) if n.options().is_line_keyed())
    }

    /// Whether the operation works line by line (one output line per input line).
    fn per_line(&self) -> bool {
        matches!(self, Op::Segment | Op::Stem(_) | Op::Root | Op::Analyze(_))
    }

    /// Appends the output for `text`, which starts at byte `base` of the input, to `out`.
    pub fn plain(&self, text: &str, base: u64, out: &mut Vec<u8>) {
        if out.capacity() == 0 {
            out.reserve(text.len() + text.len() / 2);
        }
        match self {
            Op::Normalize(n) => {
                // Written straight into the output buffer when it is still empty.
                let mut s = String::from_utf8(std::mem::take(out)).unwrap_or_default();
                s.reserve(text.len());
                // Line by line when each line is a key (N17, N18).
                n.normalize_lines_to(text, &mut s);
                *out = s.into_bytes();
            }
            Op::Tokenize {
                format,
                split_clitics,
            } => {
                for (start, end, kind) in token_spans(text, *split_clitics) {
                    let t = &text[start..end];
                    let (s, e) = (base + start as u64, base + end as u64);
                    match format {
                        Format::Tsv => {
                            push_u64(out, s);
                            out.push(b'\t');
                            push_u64(out, e);
                            out.push(b'\t');
                            out.extend_from_slice(kind.as_str().as_bytes());
                            out.push(b'\t');
                            out.extend_from_slice(escape(t).as_bytes());
                            out.push(b'\n');
                        }
                        Format::Jsonl => {
                            let v = json!({"start": s, "end": e, "kind": kind.as_str(), "text": t});
                            let _ = writeln!(out, "{v}");
                        }
                    }
                }
            }
            Op::Sentences => {
                for s in SentenceSplitter::new().split(text) {
                    let (a, b) = (base + s.start as u64, base + s.end as u64);
                    let _ = writeln!(out, "{a}\t{b}\t{}", escape(&text[s.range()]));
                }
            }
            _ if self.per_line() => {
                for line in text.split_inclusive('\n') {
                    let (body, ending) = match line.strip_suffix('\n') {
                        Some(b) => (b.strip_suffix('\r').unwrap_or(b), true),
                        None => (line, false),
                    };
                    self.line_into(body, out);
                    if ending {
                        out.push(b'\n');
                    }
                }
            }
            _ => {}
        }
    }

    /// The per-line operations on one line, appended to `out`.
    fn line_into(&self, line: &str, out: &mut Vec<u8>) {
        if let Op::Analyze(a) = self {
            // The hot case, without a String per term.
            for (i, term) in a.analyze(line).enumerate() {
                if i > 0 {
                    out.push(b' ');
                }
                out.extend_from_slice(term.text.as_bytes());
            }
            return;
        }
        out.extend_from_slice(self.line(line).as_bytes());
    }

    /// The per-line operations on one line (no line break in it).
    fn line(&self, line: &str) -> String {
        let mut parts: Vec<String> = Vec::new();
        match self {
            Op::Segment => {
                for t in tokenize(line) {
                    if t.kind == TokenKind::Word {
                        let s = segment(t.text);
                        let pieces: Vec<&str> = s
                            .proclitics()
                            .iter()
                            .map(|c| c.span)
                            .chain(std::iter::once(s.stem()))
                            .chain(s.enclitics().iter().map(|c| c.span))
                            .filter(|sp| !sp.is_empty())
                            .map(|sp| &t.text[sp.range()])
                            .collect();
                        parts.push(pieces.join("+"));
                    } else {
                        parts.push(t.text.to_string());
                    }
                }
            }
            Op::Stem(stemmer) => {
                for t in tokenize(line).filter(|t| t.kind.is_word_like()) {
                    parts.push(match (stemmer, t.kind) {
                        (Stem::Light(s), TokenKind::Word) => s.stem(t.text).into_owned(),
                        (Stem::Light10, TokenKind::Word) => Light10.stem(t.text).to_string(),
                        _ => t.text.to_string(),
                    });
                }
            }
            Op::Root => {
                for t in tokenize(line).filter(|t| t.kind == TokenKind::Word) {
                    if let Some(r) = root(t.text) {
                        parts.push(r);
                    }
                }
            }
            Op::Analyze(a) => {
                for term in a.analyze(line) {
                    parts.push(term.text.into_owned());
                }
            }
            _ => {}
        }
        parts.join(" ")
    }

    /// The JSON value that replaces a JSON Lines field holding `text`.
    pub fn field(&self, text: &str) -> Value {
        match self {
            Op::Normalize(n) => Value::String(n.normalize(text).into_owned()),
            Op::Tokenize { split_clitics, .. } => Value::Array(
                token_spans(text, *split_clitics)
                    .map(|(s, e, kind)| {
                        json!({"start": s, "end": e, "kind": kind.as_str(), "text": &text[s..e]})
                    })
                    .collect(),
            ),
            Op::Sentences => Value::Array(
                SentenceSplitter::new()
                    .split(text)
                    .map(|s| Value::String(text[s.range()].to_string()))
                    .collect(),
            ),
            _ => {
                let lines: Vec<String> = text.split('\n').map(|l| self.line(l)).collect();
                Value::String(lines.join("\n"))
            }
        }
    }
}

/// Byte spans and kinds of the tokens of `text`, word tokens split into UD syntactic words when
/// asked.
fn token_spans(
    text: &str,
    split_clitics: bool,
) -> impl Iterator<Item = (usize, usize, TokenKind)> + '_ {
    tokenize(text).flat_map(move |t| {
        let spans: Vec<(usize, usize, TokenKind)> = if split_clitics && t.kind == TokenKind::Word {
            segment(t.text)
                .ud_words()
                .filter(|w| !w.is_empty())
                .map(|w| (t.span.start + w.start, t.span.start + w.end, t.kind))
                .collect()
        } else {
            vec![(t.span.start, t.span.end, t.kind)]
        };
        spans
    })
}

/// Appends the decimal digits of `n`.
fn push_u64(out: &mut Vec<u8>, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        if let Some(d) = buf.get_mut(i) {
            *d = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || i == 0 {
            break;
        }
    }
    out.extend_from_slice(buf.get(i..).unwrap_or_default());
}

/// Text on one TSV field: tabs, line breaks and backslashes escaped.
fn escape(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(['\t', '\n', '\r', '\\']) {
        return text.into();
    }
    let mut s = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\t' => s.push_str("\\t"),
            '\n' => s.push_str("\\n"),
            '\r' => s.push_str("\\r"),
            '\\' => s.push_str("\\\\"),
            c => s.push(c),
        }
    }
    s.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal() {
        for n in [0u64, 7, 10, 99, 1234567890, u64::MAX] {
            let mut v = Vec::new();
            push_u64(&mut v, n);
            assert_eq!(String::from_utf8(v).unwrap(), n.to_string());
        }
    }
}
