//! Tokenizes stdin (or the files given as arguments), one token per line:
//!
//! ```text
//! start<TAB>end<TAB>kind<TAB>text
//! ```
//!
//! `start` and `end` are byte offsets from the start of the input (of each file, with files);
//! `kind` is word, number, punctuation, symbol, emoji, url, email, mention or hashtag.
//!
//! ```text
//! echo 'قال أحمد: «زوروا www.example.com» 😀' | cargo run -p arabic-text --example tokenize
//! cargo run -p arabic-text --example tokenize -- [--whitespace] [--no-entities] [--sentences] [FILE]...
//! ```
//!
//! `--split-clitics` prints UD Arabic's syntactic words instead of word tokens (و + ل + لسلطة,
//! نشرت + ها; the article stays on its word), each with its own offsets.
//! `--whitespace` prints whitespace tokens too (their text with `\n`, `\r`, `\t` escaped);
//! `--no-entities` turns off URLs, e-mails, mentions and hashtags; `--sentences` prints
//! `start<TAB>end<TAB>sentence<TAB>text` for each sentence instead. Invalid UTF-8 is reported
//! with its byte offset and line; what was already written stays written.

use arabic_text::{segment, SentenceSplitter, TokenKind, Tokenizer};
use std::io::{Read, Write};
use std::process::ExitCode;

fn usage() -> &'static str {
    "usage: tokenize [--whitespace] [--no-entities] [--sentences] [--split-clitics] [FILE]..."
}

fn decode(name: &str, bytes: Vec<u8>) -> Result<String, String> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = 1 + e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count();
        format!("{name}: invalid UTF-8 at byte {at} (line {line})")
    })
}

/// Token text on one line: the characters that would break the TSV format escaped.
fn escape(text: &str, out: &mut String) {
    out.clear();
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
}

struct Options {
    tokenizer: Tokenizer,
    sentences: bool,
    split_clitics: bool,
}

fn write_tokens(o: &Options, text: &str, out: &mut impl Write) -> std::io::Result<()> {
    let mut buf = String::new();
    if o.sentences {
        for s in SentenceSplitter::new().split(text) {
            escape(&text[s.range()], &mut buf);
            writeln!(out, "{}\t{}\tsentence\t{buf}", s.start, s.end)?;
        }
        return Ok(());
    }
    for t in o.tokenizer.tokenize(text) {
        if o.split_clitics && t.kind == TokenKind::Word {
            for w in segment(t.text).ud_words() {
                let (start, end) = (t.span.start + w.start, t.span.start + w.end);
                writeln!(out, "{start}\t{end}\t{}\t{}", t.kind, &text[start..end])?;
            }
            continue;
        }
        escape(t.text, &mut buf);
        writeln!(out, "{}\t{}\t{}\t{buf}", t.span.start, t.span.end, t.kind)?;
    }
    Ok(())
}

fn run() -> Result<(), String> {
    let mut o = Options {
        tokenizer: Tokenizer::new(),
        sentences: false,
        split_clitics: false,
    };
    let mut files = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--whitespace" => o.tokenizer = o.tokenizer.whitespace(true),
            "--no-entities" => o.tokenizer = o.tokenizer.entities(false),
            "--sentences" => o.sentences = true,
            "--split-clitics" => o.split_clitics = true,
            "-h" | "--help" => {
                println!("{}", usage());
                return Ok(());
            }
            s if s.starts_with('-') && s != "-" => {
                return Err(format!("unknown option {s:?}\n{}", usage()))
            }
            _ => files.push(arg),
        }
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let stdout_err = |e: std::io::Error| format!("stdout: {e}");
    if files.is_empty() {
        files.push("-".to_string());
    }
    for name in files {
        let bytes = if name == "-" {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("stdin: {e}"))?;
            bytes
        } else {
            std::fs::read(&name).map_err(|e| format!("{name}: {e}"))?
        };
        let text = decode(if name == "-" { "stdin" } else { &name }, bytes)?;
        write_tokens(&o, &text, &mut out).map_err(stdout_err)?;
        out.flush().map_err(stdout_err)?;
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.starts_with("stdout: ") && e.contains("Broken pipe") => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tokenize: {e}");
            ExitCode::FAILURE
        }
    }
}
