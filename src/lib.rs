//! # arabic-text
//!
//! Arabic text for search and NLP: normalization with one switch per rule, exact and fast.
//!
//! ```
//! // The common case: a search key. Diacritics, alef variants, ى/ة, hamza seats,
//! // presentation forms, Arabic-Indic digits and invisible controls are folded.
//! assert_eq!(arabic_text::normalize("أَحْمَد"), "احمد");
//! assert_eq!(arabic_text::normalize("إلى المستشفى ٢٠٢٥"), "الي المستشفي 2025");
//! ```
//!
//! ## Configuring the rules
//!
//! Every rule has a stable ID (N0–N15, listed in `RULES.md`) and one setter on
//! [`NormalizerOptions`]. Start from a preset and change what you need:
//!
//! ```
//! use arabic_text::{Normalizer, NormalizerOptions, HamzaSeats};
//!
//! let n = Normalizer::new(
//!     NormalizerOptions::search()
//!         .fold_teh_marbuta(false)            // N7 off: keep ة
//!         .fold_hamza_seats(HamzaSeats::Keep), // N8 off: keep ؤ ئ
//! );
//! assert_eq!(n.normalize("مَسْؤُولَة"), "مسؤولة");
//! ```
//!
//! ## Presets
//!
//! | preset | rules | for |
//! |---|---|---|
//! | [`NormalizerOptions::search`] | N0–N14 (N8 to seat letters, N11 to ASCII, ZWNJ/ZWJ dropped) | index and query keys |
//! | [`NormalizerOptions::canonical`] | N0, N4, N9, N13 (ZWNJ/ZWJ kept), N14 | lossless cleanup: every letter and mark kept |
//! | [`NormalizerOptions::nlp`] | N0, N1, N2, N3, N4, N5, N6, N9, N10, N11, N13 (ZWNJ/ZWJ kept), N14 | model input |
//! | [`NormalizerOptions::lucene`] | byte-for-byte Lucene `ArabicNormalizer` | drop-in parity with Lucene, Elasticsearch, Solr |
//! | [`NormalizerOptions::camel`] | byte-for-byte CAMeL Tools dediac + alef/maksura/teh folds | parity with CAMeL Tools pipelines |
//! | [`NormalizerOptions::none`] | nothing | a base for custom sets |
//!
//! N15 (elongation) is off in every preset.
//!
//! ## Performance
//!
//! Options compile into lookup tables when a [`Normalizer`] is built (at compile time for
//! `static`s). Normalizing walks UTF-8 bytes: ASCII runs are skipped eight bytes at a time,
//! two-byte Arabic sequences are looked up directly, text that needs no change comes back as
//! [`Cow::Borrowed`](std::borrow::Cow::Borrowed) with no allocation, and other text costs one
//! allocation. See the README for measured throughput.
//!
//! ## Guarantees
//!
//! * No input panics; every function is total over `&str`.
//! * Normalizing twice gives the same result as normalizing once, for every option set.
//! * Output is deterministic: no language detection, no hashing.
//!
//! ## MSRV
//!
//! Rust 1.85 (the library); the test and benchmark dependencies need a newer toolchain.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod chars;
mod normalize;

pub use normalize::{
    normalize, AlefMaksura, AlefVariants, DaggerAlef, Digits, Elongation, HamzaSeats, Joiners,
    Normalizer, NormalizerOptions,
};

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
