//! Segmentation against outside gold data (EVAL.md's metrics): the QAC stem-segment exact and
//! UD Arabic-PUD's syntactic words. The asserted levels are the ones reached, so nothing can
//! regress them; issue 4's floors are 0.70 and 0.85.

mod common;

use arabic_text::{segment, tokenize, TokenKind};
use common::eval::{code_point_spans, data_dir, Gold};

/// UD syntactic words of `text` as byte spans: each word token split by `segment`'s UD
/// convention, every other token whole.
fn ud_words(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    for t in tokenize(text) {
        if t.kind == TokenKind::Word {
            let s = segment(t.text);
            spans.extend(
                s.ud_words()
                    .map(|w| (t.span.start + w.start, t.span.start + w.end)),
            );
        } else {
            spans.push((t.span.start, t.span.end));
        }
    }
    spans
}

#[test]
fn segmentation_gold_levels() {
    if common::shared("data").is_none() {
        return;
    }
    let gold = Gold::load(&data_dir().expect("data"));
    let qac = gold.qac_stem_segment_exact(|w| w[segment(w).stem().range()].to_string());
    let pud = gold.pud_f1(true, |text| code_point_spans(text, ud_words(text)));
    println!("QAC stem-segment exact {qac:.4}; PUD syntactic-word F1 {pud:.4}");
    assert!(
        qac >= 0.914,
        "QAC stem-segment exact {qac:.4} (best peer: Snowball 0.652)"
    );
    assert!(
        pud >= 0.929,
        "PUD syntactic-word F1 {pud:.4} (best baseline 0.805)"
    );
}

/// Segments tile the word, in order, on char boundaries, for every word of the seed texts.
#[test]
fn segments_tile_every_seed_word() {
    let Some(corpus) = common::seed_corpus() else {
        return;
    };
    for t in tokenize(&corpus) {
        let s = segment(t.text);
        let mut at = 0;
        let spans = s
            .proclitics()
            .iter()
            .map(|c| c.span)
            .chain(std::iter::once(s.stem()))
            .chain(s.enclitics().iter().map(|c| c.span));
        for span in spans {
            assert_eq!(span.start, at, "{}", t.text);
            assert!(t.text.is_char_boundary(span.end));
            at = span.end;
        }
        assert_eq!(at, t.text.len(), "{}", t.text);
        assert!(!s.stem().is_empty() || t.text.is_empty(), "{}", t.text);
    }
}
