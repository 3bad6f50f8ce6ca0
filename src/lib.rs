//! # arabic-text
//!
//! Arabic text for search and NLP: normalization with one switch per rule, tokenization with
//! exact byte offsets, sentence splitting, and offsets through normalization; exact and fast.
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
//! ## Tokens, sentences and offsets
//!
//! ```
//! use arabic_text::{tokenize, sentences, Normalizer, TokenKind};
//!
//! let text = "قرأتُ «الكِتَابَ» أمسِ. هل قرأتَه؟ #كتب_عربية";
//! // Tokens borrow from the text and carry byte spans into it.
//! let words: Vec<&str> = tokenize(text)
//!     .filter(|t| t.kind == TokenKind::Word)
//!     .map(|t| t.text)
//!     .collect();
//! assert_eq!(words, ["قرأتُ", "الكِتَابَ", "أمسِ", "هل", "قرأتَه"]);
//!
//! // Sentences are byte spans too.
//! let s: Vec<&str> = sentences(text).map(|s| &text[s.range()]).collect();
//! assert_eq!(s, ["قرأتُ «الكِتَابَ» أمسِ.", "هل قرأتَه؟", "#كتب_عربية"]);
//!
//! // Normalize, tokenize the normalized text, and map each token back to the original.
//! let (normalized, map) = Normalizer::default().normalize_with_offsets(text);
//! let book = tokenize(&normalized).find(|t| t.text == "الكتاب").unwrap();
//! assert_eq!(&text[map.to_original(book.span).range()], "الكِتَابَ");
//! ```
//!
//! The tokenization rules (Arabic marks, tatweel and joiners stay in words, numbers keep their
//! separators, emoji sequences, URLs, e-mails, mentions, hashtags, UAX #29 for other scripts)
//! are listed on [`Tokenizer`]; the sentence rules on [`SentenceSplitter`].
//!
//! ## Streams
//!
//! [`stream::ChunkReader`] reads any [`Read`](std::io::Read) in chunks of whole lines in
//! bounded memory (lines too long to hold are cut before a space, where no rule looks across),
//! with UTF-8 errors that give the byte and line; [`stream::normalize_stream`] normalizes a
//! `Read` into a `Write`:
//!
//! ```
//! let mut out = Vec::new();
//! arabic_text::stream::normalize_stream(
//!     &arabic_text::Normalizer::default(),
//!     "إِلَى اللِّقَاء\n".as_bytes(),
//!     &mut out,
//! )?;
//! assert_eq!(out, "الي اللقاء\n".as_bytes());
//! # Ok::<(), arabic_text::stream::StreamError>(())
//! ```
//!
//! ## Presets
//!
//! | preset | rules | for |
//! |---|---|---|
//! | [`NormalizerOptions::search`] | N0–N14 (N8 to seat letters, N11 to ASCII, ZWNJ/ZWJ dropped) | index and query keys |
//! | [`NormalizerOptions::quran`] | search, N19 (Uthmani dagger alef, small waw and yeh, ءا) | Quranic text that meets its simple spelling |
//! | [`NormalizerOptions::key`] | search, N16 (lowercase), N17 (whitespace runs to one space), N18 (trim) | one exact-match key per name, title or query (per line in streams) |
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
//! * Normalized output is at most 18 code points per input code point and 11 bytes per input
//!   byte (ﷺ U+FDFA, three bytes, expands to the 33 bytes of "صلى الله عليه وسلم"); every
//!   other rule keeps, shrinks or deletes, but for a few lowercase mappings of N16 that grow
//!   a little (İ to two code points, Ⱥ from two bytes to three).
//!
//! ## MSRV
//!
//! Rust 1.85 (the library); the test and benchmark dependencies need a newer toolchain.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

mod analyzer;
pub mod chars;
mod hash;
mod normalize;
mod segment;
mod sentences;
pub mod stem;
pub mod stopwords;
pub mod stream;
#[cfg(feature = "tantivy")]
#[cfg_attr(docsrs, doc(cfg(feature = "tantivy")))]
pub mod tantivy;
mod tokenize;

pub use analyzer::{Analyzer, AnalyzerBuilder, Stemmer, StopWords, Term, Terms};
pub use normalize::{
    apply_changes, normalize, AlefMaksura, AlefVariants, Change, DaggerAlef, Digits, Elongation,
    HamzaSeats, Joiners, Normalizer, NormalizerOptions, OffsetMap, Rule, UnknownRule,
};
pub use segment::{segment, Clitic, CliticKind, Segmentation};
pub use sentences::{sentences, SentenceSplitter, Sentences, ABBREVIATIONS};
pub use stem::stem;
pub use tokenize::{tokenize, Span, Token, TokenKind, Tokenizer, Tokens};

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
