//! Property tests for segmentation, stemming and roots: total over any input, and the shape
//! of what they return.

mod common;

use arabic_text::stem::{root, LightStemmer};
use arabic_text::{segment, stem, Normalizer};
use common::gen::{any_text, token_text};
use proptest::prelude::*;

fn word() -> impl Strategy<Value = String> {
    prop_oneof![any_text(), token_text(), any::<String>()]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: common::gen::cases(), ..ProptestConfig::default() })]

    #[test]
    fn segments_tile_the_word(w in word()) {
        let s = segment(&w);
        let mut at = 0;
        let spans = s.proclitics().iter().map(|c| c.span)
            .chain(std::iter::once(s.stem()))
            .chain(s.enclitics().iter().map(|c| c.span));
        for span in spans {
            prop_assert_eq!(span.start, at);
            prop_assert!(span.end >= span.start && w.is_char_boundary(span.end));
            at = span.end;
        }
        prop_assert_eq!(at, w.len());
        // UD words tile it too.
        let mut at = 0;
        for span in s.ud_words() {
            prop_assert_eq!(span.start, at);
            at = span.end;
        }
        prop_assert_eq!(at, w.len());
    }

    #[test]
    fn stem_is_never_empty(w in word(), min in 1usize..5) {
        let normalized = Normalizer::default().normalize(&w).into_owned();
        let s = LightStemmer::new().min_stem_len(min).stem(&w).into_owned();
        prop_assert_eq!(s.is_empty(), stem(&w).is_empty());
        if !normalized.is_empty() {
            prop_assert!(!s.is_empty(), "{:?} stems to nothing", w);
        }
    }

    #[test]
    fn roots_have_three_or_four_letters(w in word()) {
        if let Some(r) = root(&w) {
            let n = r.chars().count();
            prop_assert!(n == 3 || n == 4, "{:?} -> {:?}", w, r);
            prop_assert!(r.chars().all(arabic_text::chars::is_arabic_letter));
        }
    }
}
