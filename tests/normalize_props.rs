//! Property tests for every preset and for random option sets: idempotence, fast path == oracle,
//! borrowed exactly when unchanged, no forbidden code point left, never a panic.

mod common;

use arabic_text::{chars, Elongation, Normalizer, NormalizerOptions};
use common::gen::{any_options, any_text, presets};
use common::oracle;
use proptest::prelude::*;
use std::borrow::Cow;

/// N15 decides a run when it reaches its first letter, so a presentation form, a combining
/// hamza or one of N19's letters inside a run (which the oracle's after-the-fact pass would
/// merge) can end it early.
/// Oracle equality is checked for N15 only on text without those two; everything else
/// (idempotence, borrowing, no panic) is checked on all text.
fn oracle_applies(o: &NormalizerOptions, text: &str) -> bool {
    o.get_collapse_elongation() == Elongation::Keep
        || !text.chars().any(|c| {
            chars::is_presentation_form(c)
                || chars::is_composing_hamza_mark(c)
                // N19's letters (a dagger alef written ا, small waw and yeh written و ي, a
                // hamza deleted before ا) are decided where they stand, so a run they join
                // or break is decided there too.
                || (o.get_quran_spelling()
                    && matches!(c, '\u{0670}' | '\u{06E5}' | '\u{06E6}' | '\u{0621}' | '\u{0624}' | '\u{0626}'))
        })
}

fn check(o: NormalizerOptions, text: &str) -> Result<(), TestCaseError> {
    let n = Normalizer::new(o);
    let out = n.normalize(text);
    if oracle_applies(&o, text) {
        prop_assert_eq!(
            &*out,
            oracle::normalize(&o, text),
            "fast path != oracle for {:?}",
            o
        );
    }
    let twice = n.normalize(&out);
    prop_assert_eq!(&*twice, &*out, "not idempotent for {:?}", o);
    prop_assert_eq!(
        matches!(out, Cow::Borrowed(_)),
        &*out == text,
        "borrowed iff unchanged"
    );
    prop_assert_eq!(n.is_normalized(text), &*out == text);
    prop_assert!(n.is_normalized(&out));
    let mut buf = String::from("prefix ");
    n.normalize_to(text, &mut buf);
    prop_assert_eq!(&buf["prefix ".len()..], &*out);
    // A tatweel may stay as the seat of a hamza mark that survives (N4 and N0 on, N3 off).
    let seats = o.get_strip_tatweel() && o.get_compose_hamza() && !o.get_strip_quranic_marks();
    for c in out.chars() {
        // Every character left is a fixed point of the per-character rules, and no
        // presentation form with a compatibility mapping survives N9.
        if seats && c == '\u{0640}' {
            continue;
        }
        prop_assert_eq!(oracle::map(&o, c), Some(c), "{:?} left in output", c);
        if o.get_fold_presentation_forms() && chars::is_presentation_form(c) {
            let nfkc: String =
                unicode_normalization::UnicodeNormalization::nfkc(c.to_string().as_str()).collect();
            prop_assert_eq!(nfkc, c.to_string(), "{:?} left in output", c);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: common::gen::cases(), ..ProptestConfig::default() })]

    #[test]
    fn presets_hold_every_property(o in presets(), text in any_text()) {
        check(o, &text)?;
    }

    #[test]
    fn random_option_sets_hold_every_property(o in any_options(), text in any_text()) {
        check(o, &text)?;
    }

    #[test]
    fn arbitrary_unicode_never_panics(o in any_options(), text in any::<String>()) {
        check(o, &text)?;
    }
}

/// The seed articles (real news text) through every preset: fast path == oracle, idempotent.
#[test]
fn seed_corpus_matches_oracle_for_every_preset() {
    let Some(corpus) = common::seed_corpus() else {
        return;
    };
    for o in [
        NormalizerOptions::search(),
        NormalizerOptions::canonical(),
        NormalizerOptions::nlp(),
        NormalizerOptions::lucene(),
        NormalizerOptions::camel(),
    ] {
        let n = Normalizer::new(o);
        let out = n.normalize(&corpus);
        assert_eq!(out, oracle::normalize(&o, &corpus), "{o:?}");
        assert_eq!(n.normalize(&out), out, "{o:?}");
    }
}

/// `explain`'s changes, applied left to right, give `normalize`'s output; they are in order,
/// disjoint, on char boundaries, each `from` is the input at its span, each names a rule.
fn explain_reproduces(o: NormalizerOptions, text: &str) -> Result<(), TestCaseError> {
    let n = Normalizer::new(o);
    let changes = n.explain(text);
    prop_assert_eq!(
        arabic_text::apply_changes(text, &changes),
        n.normalize(text).into_owned(),
        "{:?}",
        o
    );
    let mut end = 0;
    for c in &changes {
        prop_assert!(c.span.start >= end, "overlap at {:?}", c.span);
        prop_assert_eq!(text.get(c.span.range()), Some(c.from));
        prop_assert!(!c.rules.is_empty(), "no rule for {:?}", c);
        prop_assert!(c.from != c.to);
        end = c.span.end;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: common::gen::cases(), ..ProptestConfig::default() })]

    #[test]
    fn explain_reproduces_normalize_for_presets(o in presets(), text in any_text()) {
        explain_reproduces(o, &text)?;
    }

    #[test]
    fn explain_reproduces_normalize_for_random_options(o in any_options(), text in any_text()) {
        explain_reproduces(o, &text)?;
    }
}

/// The same on the seed articles, for every preset.
#[test]
fn explain_reproduces_normalize_on_the_seeds() {
    let Some(corpus) = common::seed_corpus() else {
        return;
    };
    for o in common::PRESETS {
        let n = Normalizer::new(o);
        let changes = n.explain(&corpus);
        assert_eq!(
            arabic_text::apply_changes(&corpus, &changes),
            n.normalize(&corpus),
            "{o:?}"
        );
    }
}
