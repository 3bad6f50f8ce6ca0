//! Adversarial inputs through every public function: nothing panics, loops or blows up. The
//! sizes are large enough that quadratic behaviour would take minutes; the tests are not timed.

mod common;

use arabic_text::stem::{root, Light10, LightStemmer};
use arabic_text::stopwords::{is_lucene_stop_word, is_normalized_stop_word, is_stop_word};
use arabic_text::stream::{normalize_stream, ChunkReader};
use arabic_text::{
    normalize, segment, sentences, stem, tokenize, Analyzer, Digits, Normalizer, NormalizerOptions,
    SentenceSplitter, Span, Stemmer, StopWords, Tokenizer,
};

/// The most bytes normalization writes per input byte (see
/// `worst_case_output_growth_is_eighteen_code_points`).
const MAX_GROWTH: usize = 11;

/// Every public function on `text`, checking the invariants that must hold for any input.
fn everything(text: &str) {
    for o in common::PRESETS {
        let n = Normalizer::new(o);
        let once = n.normalize(text);
        assert_eq!(n.normalize(&once), once, "idempotent");
        let (out, map) = n.normalize_with_offsets(text);
        assert_eq!(out, once);
        let whole = map.to_original(Span::new(0, out.len()));
        assert!(whole.end <= text.len());
        assert!(once.len() <= MAX_GROWTH * text.len());
    }
    // The stream API: small chunks put back together give the text, and streamed
    // normalization gives what normalizing it whole gives (when no line had to be forced).
    let joined: Result<String, _> = ChunkReader::new(text.as_bytes())
        .chunk_size(4096)
        .max_line(Some(1 << 16))
        .map(|c| c.map(|c| c.text))
        .collect();
    assert_eq!(joined.unwrap(), text);
    let mut out = Vec::new();
    let stats = normalize_stream(&Normalizer::default(), text.as_bytes(), &mut out).unwrap();
    assert_eq!(stats.bytes_read, text.len() as u64);
    if stats.forced_cuts == 0 {
        assert_eq!(out, normalize(text).as_bytes());
    }
    let mut at = 0;
    for t in Tokenizer::new().whitespace(true).tokenize(text) {
        assert_eq!(t.span.start, at);
        at = t.span.end;
    }
    assert_eq!(at, text.len());
    for s in sentences(text) {
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
    for s in SentenceSplitter::new()
        .split_on_line_breaks(false)
        .split(text)
    {
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
    let mut last = 0;
    for t in Tokenizer::new().entities(false).tokenize(text) {
        assert!(t.span.start >= last);
        last = t.span.end;
    }
    let both = Analyzer::builder()
        .stemmer(Stemmer::Light10)
        .stop_words(StopWords::Lucene)
        .emit_both(true)
        .build();
    for a in [Analyzer::search(), Analyzer::lucene(), both] {
        let mut last = 0;
        for term in a.analyze(text) {
            assert!(term.span.start >= last && text.is_char_boundary(term.span.end));
            last = term.span.start;
        }
    }
    let n = Normalizer::default();
    let mut buf = String::new();
    n.normalize_to(text, &mut buf);
    assert_eq!(buf, normalize(text));
    assert!(n.is_normalized(&buf));
}

/// The word-level functions on each token of `text` (and on `text` itself when short).
fn words(text: &str) {
    let light = LightStemmer::new();
    for t in tokenize(text) {
        let _ = is_stop_word(t.text) || is_lucene_stop_word(t.text);
        let _ = is_normalized_stop_word(t.text);
        let s = segment(t.text);
        assert!(s.ud_words().all(|w| w.end <= t.text.len()));
        assert!(s.stem_with_article().end <= t.text.len());
        let _ = stem(t.text);
        let _ = light.stem_search_normalized(t.text);
        let _ = Light10.stem(t.text);
        let _ = root(t.text);
    }
}

#[test]
fn ten_megabytes_of_marks_with_no_letter() {
    let text = "\u{064E}\u{0651}\u{0654}\u{06D6}".repeat(10 * 1024 * 1024 / 8);
    everything(&text);
    assert_eq!(normalize(&text), "");
    words(&text);
}

#[test]
fn one_megabyte_single_token() {
    let word = "ب".repeat(512 * 1024);
    let toks: Vec<_> = tokenize(&word).collect();
    assert_eq!(toks.len(), 1);
    everything(&word);
    words(&word);
    let latin = "a".repeat(1 << 20);
    assert_eq!(tokenize(&latin).count(), 1);
    everything(&latin);
}

#[test]
fn every_scalar_value_through_every_function() {
    // All of U+0000–U+10FFFF in one text, and each one alone.
    let all: String = (0..=0x10FFFFu32).filter_map(char::from_u32).collect();
    everything(&all);
    words(&all);
    let mut buf = [0u8; 4];
    let search = Analyzer::search();
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        let s = c.encode_utf8(&mut buf);
        let _ = normalize(s);
        let _ = tokenize(s).count();
        let _ = segment(s);
        let _ = stem(s);
        let _ = root(s);
        let _ = is_stop_word(s);
        let _ = sentences(s).count();
        let _ = search.analyze(s).count();
    }
}

#[test]
fn presentation_forms_only() {
    let text: String = ('\u{FB50}'..='\u{FDFF}')
        .chain('\u{FE70}'..='\u{FEFF}')
        .cycle()
        .take(200_000)
        .collect();
    everything(&text);
    words(&text);
}

#[test]
fn bidi_controls_nested_a_thousand_deep() {
    let text = format!(
        "{}مرحبا world{}",
        "\u{202B}\u{2067}\u{202E}".repeat(1000),
        "\u{2069}\u{202C}".repeat(1500)
    );
    everything(&text);
    words(&text);
    assert_eq!(normalize(&text), "مرحبا world");
}

#[test]
fn a_hundred_thousand_emoji_zwj_sequences() {
    let text = "👨\u{200D}👩\u{200D}👧\u{200D}👦".repeat(100_000);
    let n = tokenize(&text).count();
    assert_eq!(n, 100_000);
    everything(&text);
}

#[test]
fn crlf_and_lone_cr() {
    let text = "سطر أول\r\nسطر ثان\rسطر ثالث\r\n\r\nفقرة";
    let s: Vec<&str> = sentences(text).map(|s| &text[s.range()]).collect();
    assert_eq!(s, ["سطر أول", "سطر ثان", "سطر ثالث", "فقرة"]);
    everything(text);
}

/// The worst-case growth of normalization: one code point becomes at most 18 (ﷺ U+FDFA, "صلى
/// الله عليه وسلم", is the longest NFKC expansion in the presentation forms), and 3 bytes
/// become at most 33, so no output is longer than 18 code points per input code point or 11
/// bytes per input byte. Rules with context only delete or compose, so what holds for each
/// character holds for any text. Checked for every preset (and digits to Arabic-Indic, which
/// doubles ASCII digits) on every scalar value.
#[test]
fn worst_case_output_growth_is_eighteen_code_points() {
    let mut worst_chars = (0usize, '\0');
    let mut worst_bytes = (0usize, 1usize, '\0');
    let mut buf = [0u8; 4];
    let to_arabic = NormalizerOptions::search().fold_digits(Digits::ToArabicIndic);
    for o in common::PRESETS.into_iter().chain([to_arabic]) {
        let n = Normalizer::new(o);
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let s = c.encode_utf8(&mut buf);
            let out = n.normalize(s);
            let chars = out.chars().count();
            if chars > worst_chars.0 {
                worst_chars = (chars, c);
            }
            if out.len() * worst_bytes.1 > worst_bytes.0 * s.len() {
                worst_bytes = (out.len(), s.len(), c);
            }
        }
    }
    assert_eq!(worst_chars, (18, '\u{FDFA}'));
    assert_eq!(worst_bytes, (33, 3, '\u{FDFA}'));
    assert_eq!(33 / 3, MAX_GROWTH);
}
