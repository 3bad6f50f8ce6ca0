//! Computes every gold metric of `../shared/data/EVAL.md` in Rust and prints one table, with
//! the peers' baselines as EVAL.md gives them (measured there with `gold_eval.py`, which
//! computes the same numbers for any command: `examples/stem.rs` is such a command).
//!
//! ```text
//! cargo run --release -p arabic-text --example evaluate
//! ```

#[path = "../tests/common/eval.rs"]
mod eval;

use arabic_text::stem::{root, Light10, LightStemmer};
use arabic_text::{segment, stem};
use std::process::ExitCode;

/// EVAL.md's baselines: lemma F1, stem-segment exact, Golden stem exact, QAC root, Golden
/// root, validation root, PUD surface F1, PUD word F1 (None: not measured there).
const PEERS: &[(&str, [Option<f64>; 8])] = &[
    (
        "identity",
        [
            Some(0.002),
            Some(0.493),
            Some(0.049),
            None,
            None,
            None,
            None,
            None,
        ],
    ),
    (
        "Lucene Light10",
        [
            Some(0.115),
            Some(0.543),
            Some(0.198),
            None,
            None,
            None,
            None,
            None,
        ],
    ),
    (
        "Snowball Arabic 3.1.1",
        [
            Some(0.330),
            Some(0.652),
            Some(0.730),
            None,
            None,
            None,
            None,
            None,
        ],
    ),
    (
        "NLTK ISRI",
        [
            Some(0.392),
            Some(0.449),
            Some(0.112),
            Some(0.559),
            Some(0.591),
            Some(0.626),
            None,
            None,
        ],
    ),
    (
        "tashaphyne 0.3.6",
        [
            Some(0.550),
            Some(0.604),
            Some(0.526),
            Some(0.600),
            Some(0.699),
            Some(0.582),
            None,
            None,
        ],
    ),
    (
        "whitespace, then peel punctuation",
        [None, None, None, None, None, None, Some(0.993), Some(0.805)],
    ),
    (
        "spaCy 3.8 blank(\"ar\")",
        [None, None, None, None, None, None, Some(0.979), Some(0.790)],
    ),
    (
        "pyarabic tokenize",
        [None, None, None, None, None, None, Some(0.956), Some(0.773)],
    ),
];

/// EVAL.md's baselines for search conflation: PUD lemma-pair P, R, F1, proper-name purity,
/// Golden stem exact, QAC lemma pair F1.
const CONFLATION_PEERS: &[(&str, [f64; 6])] = &[
    ("identity", [0.633, 0.037, 0.070, 0.991, 0.049, 0.002]),
    ("Lucene Light10", [0.502, 0.375, 0.430, 0.881, 0.198, 0.115]),
    (
        "Snowball Arabic 3.1.1",
        [0.492, 0.433, 0.461, 0.850, 0.730, 0.330],
    ),
    ("NLTK ISRI", [0.173, 0.737, 0.280, 0.614, 0.112, 0.392]),
    (
        "tashaphyne 0.3.6",
        [0.363, 0.453, 0.403, 0.758, 0.526, 0.550],
    ),
];

fn cell(v: Option<f64>) -> String {
    v.map_or("–".to_string(), |v| format!("{v:.3}"))
}

fn main() -> ExitCode {
    let Some(dir) = eval::data_dir() else {
        eprintln!("evaluate: ../shared/data not found beside the repository");
        return ExitCode::FAILURE;
    };
    let gold = eval::Gold::load(&dir);
    let light = |w: &str| stem(w).into_owned();
    let light10 = |w: &str| Light10.stem(w).to_string();
    let seg_stem = |w: &str| w[segment(w).stem().range()].to_string();
    let (q, g, v) = gold.root_scores(|w| root(w).unwrap_or_default());
    let ours = [
        Some(gold.qac_lemma_pair_f1(light)),
        Some(gold.qac_stem_segment_exact(seg_stem)),
        Some(gold.golden_stem_exact(light)),
        Some(q),
        Some(g),
        Some(v),
        Some(gold.pud_f1(false, eval::token_spans)),
        Some(gold.pud_f1(true, eval::ud_word_spans)),
    ];
    let ours_light10 = [
        Some(gold.qac_lemma_pair_f1(light10)),
        Some(gold.qac_stem_segment_exact(light10)),
        Some(gold.golden_stem_exact(light10)),
        None,
        None,
        None,
        None,
        None,
    ];
    println!(
        "| system | QAC lemma pair F1 | QAC stem-segment exact | Golden stem exact | QAC root acc \
         | Golden root exact | validation root acc | PUD surface-token F1 | PUD syntactic-word F1 |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (name, row) in PEERS {
        println!("| {name} | {} |", row.map(cell).join(" | "));
    }
    println!(
        "| arabic-text `stem::Light10` | {} |",
        ours_light10.map(cell).join(" | ")
    );
    println!(
        "| **arabic-text** (`stem` modern, `segment`, `stem::root`, `tokenize`) | {} |",
        ours.map(|v| format!("**{}**", cell(v))).join(" | ")
    );
    println!();
    println!(
        "| stemmer | PUD lemma pair P | PUD R | PUD F1 | PUD proper-name purity \
         | Golden stem exact | QAC lemma pair F1 |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for (name, row) in CONFLATION_PEERS {
        println!("| {name} | {} |", row.map(|v| cell(Some(v))).join(" | "));
    }
    let classical = LightStemmer::classical();
    type StemFn<'a> = &'a dyn Fn(&str) -> String;
    let stemmers: [(&str, StemFn, bool); 3] = [
        ("arabic-text `stem::Light10`", &light10, false),
        (
            "arabic-text `LightStemmer::classical()`",
            &|w: &str| classical.stem(w).into_owned(),
            false,
        ),
        ("**arabic-text `stem` (modern, the default)**", &light, true),
    ];
    for (name, f, bold) in stemmers {
        let pud = gold.pud_conflation(f);
        let row = [
            pud.p,
            pud.r,
            pud.f1,
            pud.names,
            gold.golden_stem_exact(f),
            gold.qac_lemma_pair_f1(f),
        ];
        let cells = row.map(|v| {
            if bold {
                format!("**{}**", cell(Some(v)))
            } else {
                cell(Some(v))
            }
        });
        println!("| {name} | {} |", cells.join(" | "));
    }
    ExitCode::SUCCESS
}
