//! Computes every gold metric of `../shared/data/EVAL.md` in Rust and prints them next to the
//! peers' baselines (the numbers EVAL.md gives, measured with `gold_eval.py`).
//!
//! ```text
//! cargo run --release --example evaluate
//! ```

#[path = "../tests/common/eval.rs"]
mod eval;

use arabic_text::stem::Light10;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = eval::data_dir() else {
        eprintln!("evaluate: ../shared/data not found beside the repository");
        return ExitCode::FAILURE;
    };
    let gold = eval::Gold::load(&dir);
    let light10 = |w: &str| Light10.stem(w).to_string();
    let identity = |w: &str| w.to_string();
    let lucene = arabic_text::Normalizer::new(arabic_text::NormalizerOptions::lucene());
    let lucene_chain = |w: &str| Light10.stem(&lucene.normalize(w)).to_string();
    println!("| system | QAC lemma pair F1 | QAC stem-segment exact | Golden stem exact |");
    println!("|---|---:|---:|---:|");
    for (name, f) in [
        ("identity", &identity as &dyn Fn(&str) -> String),
        ("Light10 (ours, = Lucene)", &light10),
        ("Lucene chain (normalize + Light10)", &lucene_chain),
    ] {
        println!(
            "| {name} | {:.3} | {:.3} | {:.3} |",
            gold.qac_lemma_pair_f1(f),
            gold.qac_stem_segment_exact(f),
            gold.golden_stem_exact(f)
        );
    }
    ExitCode::SUCCESS
}
