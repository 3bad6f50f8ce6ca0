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
    let light = |w: &str| arabic_text::stem(w).into_owned();
    for (name, f) in [
        ("identity", &identity as &dyn Fn(&str) -> String),
        ("**LightStemmer (ours, default)**", &light),
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
    let seg_stem = |w: &str| w[arabic_text::segment(w).stem().range()].to_string();
    println!();
    println!("| segment | QAC stem-segment exact | PUD syntactic-word F1 | PUD surface F1 |");
    println!("|---|---:|---:|---:|");
    let words = |text: &str| -> Vec<(usize, usize)> {
        let mut spans = Vec::new();
        for t in arabic_text::tokenize(text) {
            if t.kind == arabic_text::TokenKind::Word {
                let s = arabic_text::segment(t.text);
                spans.extend(
                    s.ud_words()
                        .map(|w| (t.span.start + w.start, t.span.start + w.end)),
                );
            } else {
                spans.push((t.span.start, t.span.end));
            }
        }
        eval::code_point_spans(text, spans)
    };
    let surface = |text: &str| {
        eval::code_point_spans(
            text,
            arabic_text::tokenize(text).map(|t| (t.span.start, t.span.end)),
        )
    };
    println!(
        "| ours | {:.3} | {:.3} | {:.3} |",
        gold.qac_stem_segment_exact(seg_stem),
        gold.pud_f1(true, words),
        gold.pud_f1(false, surface)
    );
    ExitCode::SUCCESS
}
