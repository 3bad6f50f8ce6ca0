//! The search pipeline: [`Analyzer`] turns text into index [`Term`]s.

use crate::chars;
use crate::normalize::{Normalizer, NormalizerOptions};
use crate::stem::{Light10, LightStemmer};
use crate::stopwords;
use crate::tokenize::{Span, TokenKind, Tokenizer, Tokens};
use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::Arc;

/// Which stemmer an [`Analyzer`] applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Stemmer {
    /// [`LightStemmer::new`]: the project's conflation stemmer for modern text (the default).
    Light,
    /// [`LightStemmer::classical`]: the conflation stemmer for Quranic and classical text.
    Classical,
    /// [`Light10`]: Lucene's `ArabicStemmer`.
    Light10,
    /// No stemming: terms are normalized tokens.
    None,
}

/// Which stop words an [`Analyzer`] drops.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StopWords {
    /// None.
    None,
    /// [`stopwords::is_stop_word`]: spaCy's list and additions, matched after normalization.
    Arabic,
    /// Lucene's list ([`stopwords::LUCENE`]), matched before normalization as Lucene does.
    Lucene,
}

/// One term for an index: its text, where its token is in the original text, its position
/// (token count, stop words included, so phrase queries see the gaps), and its token's kind.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Term<'a> {
    /// The term text (normalized, maybe stemmed). Borrowed from the input when unchanged.
    pub text: Cow<'a, str>,
    /// Byte span of the token in the original text (for highlighting).
    pub span: Span,
    /// Position of the token among the word-like tokens of the text, from 0.
    pub position: usize,
    /// The token's kind.
    pub kind: TokenKind,
}

#[derive(Debug)]
struct Inner {
    tokenizer: Tokenizer,
    normalizer: Normalizer,
    lowercase: bool,
    stop_words: StopWords,
    stemmer: Stemmer,
    light: LightStemmer,
    /// Normalized words not to stem.
    exclusion: HashSet<String>,
    emit_both: bool,
    /// Whether the normalizer is the search preset the stop-word set is normalized with.
    search_preset: bool,
    /// Lucene's lowercase, digit and empty-term semantics.
    lucene_filters: bool,
}

/// Original text → tokens → lowercase → normalize each token → drop stop words → stem →
/// [`Term`]s with spans into the original text and positions. Immutable, `Send + Sync`, cheap to
/// clone (shared).
///
/// ```
/// use arabic_text::Analyzer;
///
/// let a = Analyzer::search();
/// let text = "وَصَلَ الرَّئِيسُ إلى القاهرةِ";
/// let terms: Vec<_> = a.analyze(text).map(|t| (t.text.into_owned(), &text[t.span.range()], t.position)).collect();
/// assert_eq!(terms, [
///     ("وصل".to_string(), "وَصَلَ", 0),
///     ("رييس".to_string(), "الرَّئِيسُ", 1), // إلى (position 2) is a stop word
///     ("القاهره".to_string(), "القاهرةِ", 3), // a listed city: kept whole, article and all
/// ]);
/// ```
#[derive(Clone, Debug)]
pub struct Analyzer {
    inner: Arc<Inner>,
}

/// Builds an [`Analyzer`]; start from [`Analyzer::builder`].
#[derive(Clone, Debug)]
pub struct AnalyzerBuilder {
    tokenizer: Tokenizer,
    normalizer: NormalizerOptions,
    lowercase: bool,
    stop_words: StopWords,
    stemmer: Stemmer,
    exclusion: Vec<String>,
    emit_both: bool,
    lucene_filters: bool,
}

impl AnalyzerBuilder {
    /// The tokenizer (default: [`Tokenizer::new`]; whitespace tokens are never terms).
    pub fn tokenizer(mut self, tokenizer: Tokenizer) -> Self {
        self.tokenizer = tokenizer;
        self
    }

    /// The normalization of each token (default: [`NormalizerOptions::search`]).
    pub fn normalizer(mut self, options: NormalizerOptions) -> Self {
        self.normalizer = options;
        self
    }

    /// Lowercase tokens before normalizing (default: yes).
    pub fn lowercase(mut self, on: bool) -> Self {
        self.lowercase = on;
        self
    }

    /// Which stop words to drop (default: [`StopWords::Arabic`]).
    pub fn stop_words(mut self, stop_words: StopWords) -> Self {
        self.stop_words = stop_words;
        self
    }

    /// Which stemmer to apply (default: [`Stemmer::Light`]).
    pub fn stemmer(mut self, stemmer: Stemmer) -> Self {
        self.stemmer = stemmer;
        self
    }

    /// Words never stemmed (names, brands), matched after normalization. They are still
    /// normalized and still dropped if they are stop words.
    pub fn stem_exclusion<I, S>(mut self, words: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.exclusion
            .extend(words.into_iter().map(|w| w.as_ref().to_string()));
        self
    }

    /// Emit the normalized, unstemmed form too, at the same position, when it differs from the
    /// stem (default: no), so an index can serve exact and loose matching at once.
    pub fn emit_both(mut self, on: bool) -> Self {
        self.emit_both = on;
        self
    }

    /// Lucene's filters exactly (default: no): each code point lowercased on its own as Java's
    /// `Character.toLowerCase` does (no final sigma, İ to i), then every Unicode decimal
    /// digit folded to ASCII as `DecimalDigitFilter` does (٣ → 3, but ٫ ٬ ٪ kept), before the
    /// stop words; and a token that normalizes to nothing (a run of tatweel) stays as an empty
    /// term, as in Lucene. [`Analyzer::lucene`] turns it on.
    pub fn lucene_filters(mut self, on: bool) -> Self {
        self.lucene_filters = on;
        self
    }

    /// The analyzer.
    pub fn build(self) -> Analyzer {
        let normalizer = Normalizer::new(self.normalizer);
        let exclusion: HashSet<String> = self
            .exclusion
            .iter()
            .map(|w| {
                let lower = if self.lowercase {
                    w.to_lowercase()
                } else {
                    w.clone()
                };
                normalizer.normalize(&lower).into_owned()
            })
            .collect();
        Analyzer {
            inner: Arc::new(Inner {
                tokenizer: self.tokenizer.whitespace(false),
                normalizer,
                lowercase: self.lowercase,
                stop_words: self.stop_words,
                stemmer: self.stemmer,
                light: if self.stemmer == Stemmer::Classical {
                    LightStemmer::classical()
                } else {
                    LightStemmer::new()
                },
                exclusion,
                emit_both: self.emit_both,
                search_preset: self.normalizer == NormalizerOptions::search(),
                lucene_filters: self.lucene_filters,
            }),
        }
    }
}

impl Default for Analyzer {
    fn default() -> Self {
        Self::search()
    }
}

impl Analyzer {
    /// A builder with the [`search`](Self::search) defaults.
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder {
            tokenizer: Tokenizer::new(),
            normalizer: NormalizerOptions::search(),
            lowercase: true,
            stop_words: StopWords::Arabic,
            stemmer: Stemmer::Light,
            exclusion: Vec::new(),
            emit_both: false,
            lucene_filters: false,
        }
    }

    /// Our defaults for search: the search preset, Arabic stop words, [`LightStemmer`],
    /// lowercase.
    pub fn search() -> Self {
        Self::builder().build()
    }

    /// Lucene's `ArabicAnalyzer`, term for term: its `StandardTokenizer`
    /// ([`Tokenizer::standard`]), lowercase, decimal digits to ASCII (`DecimalDigitFilter`),
    /// Lucene's stop set (matched before normalization), Lucene's `ArabicNormalizer`
    /// ([`NormalizerOptions::lucene`]) and [`Light10`], with Lucene's filter semantics
    /// ([`AnalyzerBuilder::lucene_filters`]). Checked against the real Lucene 8.8 on the seed
    /// articles, UD Arabic-PUD, the Tanzil Quran, Snowball's vocabulary and a crafted set
    /// (`tests/lucene_parity.rs`).
    pub fn lucene() -> Self {
        Self::lucene_builder().build()
    }

    /// The builder of [`lucene`](Self::lucene), to change single steps of Lucene's chain.
    ///
    /// ```
    /// use arabic_text::{Analyzer, Stemmer};
    /// let unstemmed = Analyzer::lucene_builder().stemmer(Stemmer::None).build();
    /// let terms: Vec<_> = unstemmed.analyze("والكتاب").map(|t| t.text).collect();
    /// assert_eq!(terms, ["والكتاب"]);
    /// ```
    pub fn lucene_builder() -> AnalyzerBuilder {
        Self::builder()
            .tokenizer(Tokenizer::standard())
            .normalizer(NormalizerOptions::lucene())
            .stop_words(StopWords::Lucene)
            .stemmer(Stemmer::Light10)
            .lucene_filters(true)
    }

    /// The terms of `text`, lazily.
    pub fn analyze<'a>(&'a self, text: &'a str) -> Terms<'a> {
        Terms {
            inner: &self.inner,
            tokens: self.inner.tokenizer.tokenize(text),
            position: 0,
            pending: None,
        }
    }
}

/// The iterator of [`Term`]s returned by [`Analyzer::analyze`].
#[derive(Debug)]
pub struct Terms<'a> {
    inner: &'a Inner,
    tokens: Tokens<'a>,
    position: usize,
    /// The stem waiting after its unstemmed form (emit-both).
    pending: Option<Term<'a>>,
}

impl<'a> Iterator for Terms<'a> {
    type Item = Term<'a>;

    fn next(&mut self) -> Option<Term<'a>> {
        if let Some(t) = self.pending.take() {
            return Some(t);
        }
        let a = self.inner;
        loop {
            let token = self.tokens.next()?;
            if !token.kind.is_word_like() {
                continue;
            }
            let position = self.position;
            self.position += 1;
            let lowered = if a.lucene_filters {
                lucene_lowered(token.text, a.lowercase)
            } else {
                lowered_text(token.text, a.lowercase)
            };
            if a.stop_words == StopWords::Lucene && stopwords::is_lucene_stop_word(&lowered) {
                continue;
            }
            let normalized: Cow<'a, str> = match &lowered {
                Cow::Borrowed(s) => a.normalizer.normalize(s),
                Cow::Owned(s) => Cow::Owned(a.normalizer.normalize(s).into_owned()),
            };
            if normalized.is_empty() && !a.lucene_filters {
                continue;
            }
            let stop = match (a.stop_words, a.search_preset) {
                (StopWords::Arabic, true) => stopwords::is_normalized_stop_word(&normalized),
                (StopWords::Arabic, false) => stopwords::is_stop_word(&normalized),
                _ => false,
            };
            if stop {
                continue;
            }
            let term = |text| Term {
                text,
                span: token.span,
                position,
                kind: token.kind,
            };
            // The stem when it differs from the normalized form; `None` keeps that form.
            let stem: Option<Cow<'a, str>> = if token.kind != TokenKind::Word
                || a.exclusion.contains(&*normalized)
            {
                None
            } else {
                match a.stemmer {
                    Stemmer::None => None,
                    Stemmer::Light10 => match &normalized {
                        Cow::Borrowed(s) => cut(s, Light10.stem(s)),
                        Cow::Owned(s) => cut(s, Light10.stem(s)).map(owned),
                    },
                    // On the search preset, the light stemmer runs on the normalized token
                    // (no second normalization, a slice of it); on other presets it reads the
                    // token itself, as it needs ة and the hamza seats.
                    Stemmer::Light | Stemmer::Classical if a.search_preset => match &normalized {
                        Cow::Borrowed(s) => cut(s, a.light.stem_search_normalized(s)),
                        Cow::Owned(s) => cut(s, a.light.stem_search_normalized(s)).map(owned),
                    },
                    Stemmer::Light | Stemmer::Classical => {
                        let s = a.light.stem(&lowered);
                        (*s != *normalized).then(|| Cow::Owned(s.into_owned()))
                    }
                }
            };
            match stem {
                Some(stem) if a.emit_both => {
                    self.pending = Some(term(stem));
                    return Some(term(normalized));
                }
                Some(stem) => return Some(term(stem)),
                None => return Some(term(normalized)),
            }
        }
    }
}

/// `stem` (a slice of `full`, or a listed name) as a term text, or `None` when it is `full`.
fn cut<'s>(full: &str, stem: &'s str) -> Option<Cow<'s, str>> {
    (stem != full).then_some(Cow::Borrowed(stem))
}

/// A term text that outlives the buffer it was cut from.
fn owned(s: Cow<'_, str>) -> Cow<'static, str> {
    Cow::Owned(s.into_owned())
}

/// `text` lowercased when asked and needed.
fn lowered_text(text: &str, lowercase: bool) -> Cow<'_, str> {
    if lowercase && has_uppercase(text) {
        Cow::Owned(text.to_lowercase())
    } else {
        Cow::Borrowed(text)
    }
}

/// `text` as Lucene's `LowerCaseFilter` and `DecimalDigitFilter` leave it: each code point
/// lowercased alone (Java's `Character.toLowerCase`: simple case mapping), then each decimal
/// digit to ASCII.
fn lucene_lowered(text: &str, lowercase: bool) -> Cow<'_, str> {
    if !text.chars().any(|c| lucene_changes(c, lowercase)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = if lowercase { java_lowercase(c) } else { c };
        match chars::decimal_digit_value(c).and_then(chars::ascii_digit) {
            Some(d) => out.push(d),
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Whether Lucene's lowercase or digit filter changes `c`; ASCII and the Arabic block are
/// decided without a table lookup.
#[inline]
fn lucene_changes(c: char, lowercase: bool) -> bool {
    if c.is_ascii() {
        return lowercase && c.is_ascii_uppercase();
    }
    if ('\u{0600}'..='\u{06FF}').contains(&c) {
        return matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}');
    }
    (lowercase && java_lowercase(c) != c) || chars::decimal_digit_value(c).is_some()
}

/// Java's `Character.toLowerCase(int)`: the simple (one code point) lowercase mapping.
fn java_lowercase(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        // İ U+0130 is the only code point whose full lowercase is longer; its simple
        // mapping is i.
        _ if c == '\u{0130}' => 'i',
        _ => c,
    }
}

/// Whether `text` has a character with a lowercase form; Arabic letters (two-byte sequences
/// D8–DB) have none and are skipped without a Unicode table lookup.
fn has_uppercase(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        if x < 0x80 {
            if x.is_ascii_uppercase() {
                return true;
            }
            i += 1;
        } else if x & 0xFC == 0xD8 {
            i += 2;
        } else {
            return text
                .get(i..)
                .is_some_and(|r| r.chars().any(char::is_uppercase));
        }
    }
    false
}

impl std::iter::FusedIterator for Terms<'_> {}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(a: &Analyzer, s: &str) -> Vec<String> {
        a.analyze(s).map(|t| t.text.into_owned()).collect()
    }

    #[test]
    fn search_conflates_spellings() {
        let a = Analyzer::search();
        assert_eq!(texts(&a, "احمد"), texts(&a, "أَحْمَد"));
        assert_eq!(texts(&a, "رئيس"), texts(&a, "والرئيس"));
        assert_eq!(texts(&a, "٢٠٢٥"), ["2025"]);
        assert!(texts(&a, "إلى في من").is_empty());
        assert_eq!(texts(&a, "Hello WORLD"), ["hello", "world"]);
    }

    #[test]
    fn emit_both_and_exclusions() {
        let a = Analyzer::builder().emit_both(true).build();
        let terms: Vec<_> = a.analyze("الكتب كتب").collect();
        assert_eq!(terms[0].position, terms[1].position);
        assert_eq!(terms[0].text, "الكتب");
        let keep = Analyzer::builder().stem_exclusion(["بوتين"]).build();
        assert_eq!(texts(&keep, "بوتين"), ["بوتين"]);
    }

    #[test]
    fn positions_count_stop_words() {
        let a = Analyzer::search();
        let p: Vec<usize> = a.analyze("ذهب إلى البيت").map(|t| t.position).collect();
        assert_eq!(p, [0, 2]);
    }
}
