//! Property tests for the analyzer: term spans on char boundaries of the original and in order,
//! positions in order, every term's span slicing a word-like token; never a panic.

mod common;

use arabic_text::{Analyzer, Normalizer, NormalizerOptions, Stemmer};
use common::gen::{any_text, token_text};
use proptest::prelude::*;

/// The analyzers, each with whether it is Lucene's (which keeps a token that normalizes to
/// nothing, a run of tatweel, as an empty term, as Lucene does).
fn analyzers() -> impl Strategy<Value = (bool, Analyzer)> {
    prop_oneof![
        Just((false, Analyzer::search())),
        Just((true, Analyzer::lucene())),
        Just((false, Analyzer::builder().emit_both(true).build())),
        Just((false, Analyzer::builder().stemmer(Stemmer::None).build())),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: common::gen::cases(), ..ProptestConfig::default() })]

    #[test]
    fn terms_are_in_order_on_char_boundaries(
        (lucene, a) in analyzers(),
        text in prop_oneof![token_text(), any_text(), any::<String>()],
    ) {
        let lucene_normalizer = Normalizer::new(NormalizerOptions::lucene());
        let mut last_start = 0;
        let mut last_position = 0;
        for t in a.analyze(&text) {
            prop_assert!(t.span.start < t.span.end && t.span.end <= text.len());
            prop_assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
            prop_assert!(t.span.start >= last_start, "{:?} after {}", t.span, last_start);
            prop_assert!(t.position >= last_position);
            // Empty only for Lucene's analyzer, and only when Lucene's normalizer deletes the
            // whole token.
            prop_assert!(
                !t.text.is_empty()
                    || (lucene && lucene_normalizer.normalize(&text[t.span.range()]).is_empty()),
                "empty term for {:?}",
                &text[t.span.range()]
            );
            last_start = t.span.start;
            last_position = t.position;
        }
    }
}
