//! Times `Analyzer::lucene()` and `Analyzer::search()` on a file, the way
//! `peers/lucene/LuceneTerms.java --time` times Lucene's ArabicAnalyzer: one warm-up pass,
//! then N timed passes, each summing the terms' lengths (so no work is optimized away);
//! prints one line per timed pass: "ANALYZER MODE ms terms".
//!
//!     cargo run --release -p arabic-text-peers --bin analyze_speed -- FILE [N]

use arabic_text::Analyzer;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: analyze_speed FILE [N]");
        std::process::exit(2);
    };
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(5);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let lines: Vec<&str> = text.split('\n').collect();
    for (name, analyzer) in [
        ("lucene", Analyzer::lucene()),
        ("search", Analyzer::search()),
    ] {
        for (mode, inputs) in [("stream", vec![text.as_str()]), ("lines", lines.clone())] {
            for pass in 0..=n {
                let t = Instant::now();
                let mut chars = 0usize;
                for s in &inputs {
                    for term in analyzer.analyze(s) {
                        chars += term.text.chars().count();
                    }
                }
                let ms = t.elapsed().as_secs_f64() * 1e3;
                if pass > 0 {
                    println!("{name} {mode} {ms:.1} {chars}");
                }
            }
        }
    }
}
