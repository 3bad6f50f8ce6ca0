//! Times `Analyzer::lucene()` and `Analyzer::search()` on a file, the way
//! `peers/lucene/LuceneTerms.java --time` times Lucene's ArabicAnalyzer: one warm-up pass,
//! then N timed passes, each summing the terms' lengths (so no work is optimized away);
//! prints one line per timed pass: "ANALYZER MODE ms terms".
//!
//!     cargo run --release -p arabic-text-peers --bin analyze_speed -- FILE [N]

use arabic_text::{Analyzer, Stemmer, Tokenizer};
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
    if std::env::var("STAGES").is_ok() {
        return stages(&text, n);
    }
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

/// Per-stage costs on the whole text as one stream: tokenizers alone, the Lucene chain without
/// its stemmer, and both analyzers; ns per token of the standard tokenizer.
fn stages(text: &str, n: usize) {
    let tokens = Tokenizer::standard().tokenize(text).count();
    let lucene_no_stem = Analyzer::lucene_builder().stemmer(Stemmer::None).build();
    let time = |f: &dyn Fn() -> usize| -> f64 {
        let mut best = Vec::new();
        for _ in 0..=n {
            let t = Instant::now();
            std::hint::black_box(f());
            best.push(t.elapsed().as_secs_f64());
        }
        best.remove(0);
        best.sort_by(f64::total_cmp);
        best[best.len() / 2]
    };
    let rows: [(&str, &dyn Fn() -> usize); 5] = [
        ("Tokenizer::standard()", &|| {
            Tokenizer::standard().tokenize(text).count()
        }),
        ("Tokenizer::new()", &|| {
            Tokenizer::new().tokenize(text).count()
        }),
        ("lucene() without its stemmer", &|| {
            lucene_no_stem.analyze(text).map(|t| t.text.len()).sum()
        }),
        ("Analyzer::lucene()", &|| {
            Analyzer::lucene().analyze(text).map(|t| t.text.len()).sum()
        }),
        ("Analyzer::search()", &|| {
            Analyzer::search().analyze(text).map(|t| t.text.len()).sum()
        }),
    ];
    println!("{tokens} standard tokens");
    for (name, f) in rows {
        let s = time(f);
        println!(
            "{name}: {:.0} ms, {:.1} ns/token, {:.1} MB/s",
            s * 1e3,
            s * 1e9 / tokens as f64,
            text.len() as f64 / s / 1e6
        );
    }
}
