//! Stems, segments or roots one word per line from stdin, one result per line to stdout (the
//! interface `../shared/tools/gold_eval.py` drives).
//!
//! ```text
//! printf 'والكتابات\nيعلمون\n' | cargo run -p arabic-text --example stem                  # light (default)
//! cargo run -p arabic-text --example stem -- --mode classical|light10|segment|root < words.txt
//! python3 ../shared/tools/gold_eval.py stem -- target/release/examples/stem
//! ```
//!
//! `segment` prints the stem part with every clitic (article included) split off; `root`
//! prints an empty line when no root can be told. Invalid UTF-8 is reported with its line.

use arabic_text::stem::{root, Light10, LightStemmer};
use arabic_text::{segment, stem};
use std::io::{BufRead, BufWriter, Write};
use std::process::ExitCode;

#[derive(Clone, Copy)]
enum Mode {
    Light,
    Classical,
    Light10,
    Segment,
    Root,
}

fn usage() -> &'static str {
    "usage: stem [--mode light|classical|light10|segment|root] < words"
}

fn run() -> Result<(), String> {
    let mut mode = Mode::Light;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--mode" => {
                mode = match args.next().as_deref() {
                    Some("light") => Mode::Light,
                    Some("classical") => Mode::Classical,
                    Some("light10") => Mode::Light10,
                    Some("segment") => Mode::Segment,
                    Some("root") => Mode::Root,
                    other => return Err(format!("unknown mode {other:?}\n{}", usage())),
                }
            }
            "-h" | "--help" => {
                println!("{}", usage());
                return Ok(());
            }
            other => return Err(format!("unknown option {other:?}\n{}", usage())),
        }
    }
    let classical = LightStemmer::classical();
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut line = Vec::new();
    let mut number = 0usize;
    let mut input = stdin.lock();
    loop {
        line.clear();
        let n = input
            .read_until(b'\n', &mut line)
            .map_err(|e| format!("stdin: {e}"))?;
        if n == 0 {
            break;
        }
        number += 1;
        let text = std::str::from_utf8(&line).map_err(|e| {
            format!(
                "stdin: invalid UTF-8 on line {number} at byte {} of the line",
                e.valid_up_to()
            )
        })?;
        let word = text.trim_end_matches(['\n', '\r']).trim();
        let result = match mode {
            Mode::Light => stem(word).into_owned(),
            Mode::Classical => classical.stem(word).into_owned(),
            Mode::Light10 => Light10.stem(word).to_string(),
            Mode::Segment => word[segment(word).stem().range()].to_string(),
            Mode::Root => root(word).unwrap_or_default(),
        };
        writeln!(out, "{result}").map_err(|e| format!("stdout: {e}"))?;
    }
    out.flush().map_err(|e| format!("stdout: {e}"))
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.starts_with("stdout: ") && e.contains("Broken pipe") => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("stem: {e}");
            ExitCode::FAILURE
        }
    }
}
