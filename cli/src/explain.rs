//! `arabic-text explain`: every change normalization makes, for people (a table, coloured on a
//! terminal) or for programs (JSON Lines).

use crate::ExplainFormat;
use arabic_text::{Normalizer, NormalizerOptions};
use serde_json::json;
use std::io::{self, IsTerminal, Read, Write};
use std::path::Path;

/// Reads the text (the arguments joined with spaces, or all of stdin), explains it and writes
/// the changes to stdout or `output`.
pub fn run(
    options: NormalizerOptions,
    format: ExplainFormat,
    args: &[String],
    output: Option<&Path>,
) -> io::Result<()> {
    let text = if args.is_empty() {
        let mut bytes = Vec::new();
        io::stdin().read_to_end(&mut bytes)?;
        String::from_utf8(bytes).map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let line = 1 + bytes
                .get(..at)
                .map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count());
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("stdin: invalid UTF-8 at line {line}, byte {at}"),
            )
        })?
    } else {
        args.join(" ")
    };
    let n = Normalizer::new(options);
    let changes = n.explain(&text);
    let mut out: Vec<u8> = Vec::new();
    match format {
        ExplainFormat::Jsonl => {
            for c in &changes {
                let rules: Vec<String> = c.rules.iter().map(|r| r.to_string()).collect();
                // Keys in the documented order: start, end, from, to, rules.
                writeln!(
                    out,
                    "{{\"start\":{},\"end\":{},\"from\":{},\"to\":{},\"rules\":{}}}",
                    c.span.start,
                    c.span.end,
                    json!(c.from),
                    json!(c.to),
                    json!(rules)
                )?;
            }
        }
        ExplainFormat::Table => {
            let color = output.is_none()
                && io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none();
            table(&mut out, &text, &changes, &n.normalize(&text), color)?;
        }
    }
    match output {
        None => {
            let mut stdout = io::stdout().lock();
            stdout.write_all(&out)?;
            stdout.flush()
        }
        Some(path) => std::fs::write(path, &out)
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display()))),
    }
}

/// One line per changed character: the byte span, the rules, the character with its code
/// point and name, and what it became.
fn table(
    out: &mut Vec<u8>,
    text: &str,
    changes: &[arabic_text::Change<'_>],
    result: &str,
    color: bool,
) -> io::Result<()> {
    let paint = |code: &str, s: &str| {
        if color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    };
    if changes.is_empty() {
        writeln!(out, "no change")?;
    } else {
        writeln!(out, "{:<12} {:<8} {:<44} result", "bytes", "rules", "input")?;
    }
    for c in changes {
        let rules: Vec<String> = c.rules.iter().map(|r| r.to_string()).collect();
        let to = if c.to.is_empty() {
            "(deleted)".to_string()
        } else {
            describe(&c.to)
        };
        let pos = format!("{}..{}", c.span.start, c.span.end);
        let from = describe(c.from);
        writeln!(
            out,
            "{:<12} {} {:<44} {}",
            pos,
            paint("1;33", &format!("{:<8}", rules.join(","))),
            from,
            paint("32", &format!("→ {to}")),
        )?;
    }
    writeln!(
        out,
        "{} {}",
        paint("1", "input: "),
        text.trim_end_matches('\n')
    )?;
    writeln!(
        out,
        "{} {}",
        paint("1", "output:"),
        result.trim_end_matches('\n')
    )
}

/// `"أ" U+0623 ARABIC LETTER ALEF WITH HAMZA ABOVE`, one character after another.
fn describe(s: &str) -> String {
    let names: Vec<String> = s
        .chars()
        .map(|c| {
            let name =
                unicode_names2::name(c).map_or_else(|| "(no name)".to_string(), |n| n.to_string());
            // Marks and controls are shown on a dotted circle, so they can be seen.
            let shown = if c.is_control() || unicode_names2::name(c).is_none() {
                String::new()
            } else if is_mark(c) {
                format!("\u{25CC}{c} ")
            } else {
                format!("{c} ")
            };
            format!("{shown}U+{:04X} {name}", c as u32)
        })
        .collect();
    names.join(" + ")
}

/// Whether `c` combines with the character before it (shown on a dotted circle).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}'
        | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{08D3}'..='\u{08FF}')
}
