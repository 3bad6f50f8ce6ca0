//! The project's own light stemmer, tuned on the gold data to conflate a word's inflected forms.

use crate::chars;
use crate::normalize::{HamzaSeats, Normalizer, NormalizerOptions};
use crate::segment::segment;
use std::borrow::Cow;
use std::collections::HashSet;

/// Cleans a word before segmenting: marks, tatweel, controls, alef variants and ى folded; ة,
/// ؤ and ئ kept (the rules read them).
static CLEAN: Normalizer = Normalizer::new(NormalizerOptions::nlp());
/// The form stems are written in: the search preset with every hamza seat folded to ء (then
/// written ا, so that سئل and سأل meet).
static OUT: Normalizer =
    Normalizer::new(NormalizerOptions::search().fold_hamza_seats(HamzaSeats::ToHamza));

/// The default stemmer: strips clitics with [`segment`](crate::segment()), then the
/// inflection a word's forms differ by, so that they meet on one stem.
///
/// Steps, each only when enough letters remain:
///
/// 1. Normalize (marks, tatweel and controls removed; alef variants and ى folded).
/// 2. Split off clitics: conjunction, preposition, future marker, article, pronoun and subject
///    suffixes (see [`segment`](crate::segment())).
/// 3. One plural, dual, verb or case ending: ات ون ين ان تم نا ا (three letters must remain),
///    then ة (the same).
/// 4. One imperfect-verb prefix ي ت ن ا from a stem of four letters or more.
/// 5. A final ت, ي or ن from a stem of four or more, then a final weak letter ا ي و from a stem
///    of three or more (قالت → قال, هدى → هد, يهدي → هد).
/// 6. Write the result in the search preset's letters, with hamza on any seat or alone
///    written ا (سئل and سأل meet on سال).
///
/// The result is never empty (a word with nothing left comes back normalized), never shorter
/// than [`min_stem_len`](Self::min_stem_len) letters unless the word itself is, and words in
/// the [exclusion set](Self::stem_exclusion) come back normalized but unstemmed.
///
/// Measured on the Quranic Arabic Corpus (see the README): lemma-conflation pair F1 0.562,
/// above every peer (tashaphyne 0.550, Snowball 0.330, Lucene's Light10 0.115). It is a
/// conflation stemmer, not a dictionary form: Snowball-style stems (the Golden corpus) match
/// 38 % of the time.
///
/// ```
/// use arabic_text::stem::LightStemmer;
///
/// let s = LightStemmer::new();
/// assert_eq!(s.stem("والكتابات"), "كتاب");
/// assert_eq!(s.stem("يعلمون"), s.stem("علم"));
/// assert_eq!(s.stem("قالت"), s.stem("قالوا"));
///
/// let names = LightStemmer::new().stem_exclusion(["بوتين"]);
/// assert_eq!(names.stem("بوتين"), "بوتين");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LightStemmer {
    min: usize,
    exclusions: HashSet<String>,
}

impl Default for LightStemmer {
    fn default() -> Self {
        Self::new()
    }
}

impl LightStemmer {
    /// Minimum stem length 2, no exclusions.
    pub fn new() -> Self {
        Self {
            min: 2,
            exclusions: HashSet::new(),
        }
    }

    /// No step may leave a stem shorter than `letters` (default 2; values below 1 count as 1).
    pub fn min_stem_len(mut self, letters: usize) -> Self {
        self.min = letters.max(1);
        self
    }

    /// Words to leave unstemmed (names, terms), matched after the search normalization, so
    /// `أحمد` also excludes `احمد`.
    pub fn stem_exclusion<I, S>(mut self, words: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.exclusions.extend(
            words
                .into_iter()
                .map(|w| crate::normalize(w.as_ref()).into_owned()),
        );
        self
    }

    /// The stem of a word already normalized with the search preset (as an [`Analyzer`]
    /// normalizes its tokens): the same steps on the search letters (ة is already ه, ؤ ئ
    /// already و ي), with no normalization and no allocation; the stem is a slice of the
    /// input, or the input itself when nothing would be left. A final ه is treated as a
    /// possible ة. Conflates nearly like [`stem`](Self::stem) (QAC lemma pair F1 0.551 against
    /// 0.562) and writes hamza seats as the search preset does.
    ///
    /// [`Analyzer`]: crate::Analyzer
    ///
    /// ```
    /// use arabic_text::{normalize, stem::LightStemmer};
    /// let s = LightStemmer::new();
    /// assert_eq!(s.stem_search_normalized(&normalize("والمدرسة")), "مدرس");
    /// ```
    pub fn stem_search_normalized<'a>(&self, normalized: &'a str) -> &'a str {
        if !self.exclusions.is_empty() && self.exclusions.contains(normalized) {
            return normalized;
        }
        let s = core(normalized, self.min, true);
        if s.is_empty() {
            normalized
        } else {
            s
        }
    }

    /// The stem of `word` (a raw word: it is normalized first).
    pub fn stem<'a>(&self, word: &'a str) -> Cow<'a, str> {
        if !self.exclusions.is_empty() {
            let key = crate::normalize(word);
            if self.exclusions.contains(&*key) {
                return key;
            }
        }
        stem_with(word, self.min)
    }
}

/// Stems `word` with the default [`LightStemmer`] (minimum stem length 2, no exclusions).
///
/// ```
/// assert_eq!(arabic_text::stem("وبالمدارس"), "مدارس");
/// assert_eq!(arabic_text::stem("المدرسة"), "مدرس");
/// ```
pub fn stem(word: &str) -> Cow<'_, str> {
    stem_with(word, 2)
}

fn stem_with(word: &str, min: usize) -> Cow<'_, str> {
    let clean = CLEAN.normalize(word);
    let s = core(&clean, min, false);
    let out = OUT.normalize(s);
    if out.is_empty() {
        return OUT.normalize(word);
    }
    let out: Cow<'_, str> = if out.contains(chars::HAMZA) {
        Cow::Owned(out.replace(chars::HAMZA, "ا"))
    } else {
        out
    };
    if out == word {
        return Cow::Borrowed(word);
    }
    Cow::Owned(out.into_owned())
}

/// Step 2's plural, dual and verb endings, tried in this order.
const SUFFIXES: [&str; 7] = ["ات", "ون", "ين", "ان", "تم", "نا", "ا"];

/// Steps 2–5 on a cleaned word: a slice of it (every step removes letters at one end).
/// `folded`: the word is search-normalized, so a final ه may be a folded ة.
fn core(clean: &str, min: usize, folded: bool) -> &str {
    let seg = segment(clean);
    let mut s = clean.get(seg.stem().range()).unwrap_or_default();
    // `n` counts the letters of `s`; a step needs `need` letters and leaves at least `min`.
    let mut n = s.chars().count();
    let can = |n: usize, need: usize, cut: usize| n >= need && n - cut >= min;
    for suffix in SUFFIXES {
        let k = suffix.len() / 2; // two-byte letters (a test checks it)
        if can(n, k + 3, k) {
            if let Some(rest) = s.strip_suffix(suffix) {
                s = rest;
                n -= k;
                break;
            }
        }
    }
    if can(n, 4, 1) {
        let teh_marbuta: &[char] = if folded { &['ة', 'ه'] } else { &['ة'] };
        if let Some(rest) = s.strip_suffix(teh_marbuta) {
            s = rest;
            n -= 1;
        }
    }
    if can(n, 4, 1) {
        if let Some(rest) = s.strip_prefix(['ي', 'ت', 'ن', 'ا']) {
            s = rest;
            n -= 1;
        }
    }
    for last in ['ت', 'ي', 'ن'] {
        if can(n, 4, 1) {
            if let Some(rest) = s.strip_suffix(last) {
                s = rest;
                n -= 1;
            }
        }
    }
    if can(n, 3, 1) {
        if let Some(rest) = s.strip_suffix(['ا', 'ي', 'و']) {
            s = rest;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffixes_are_two_byte_letters() {
        for s in SUFFIXES {
            assert_eq!(s.len(), 2 * s.chars().count(), "{s}");
        }
    }

    #[test]
    fn never_empty_and_guards() {
        for w in ["", "و", "ال", "ة", "\u{064E}", "1", "a"] {
            let s = stem(w);
            assert_eq!(s.is_empty(), OUT.normalize(w).is_empty(), "{w:?}");
        }
        // Short words keep their letters.
        assert_eq!(stem("من"), "من");
        assert_eq!(stem("يوم"), "يوم");
        // A larger minimum keeps more.
        let three = LightStemmer::new().min_stem_len(3);
        assert_eq!(three.stem("هدى"), "هدي");
        assert_eq!(stem("هدى"), "هد");
    }

    #[test]
    fn forms_meet() {
        for (a, b) in [
            ("كتاب", "والكتابات"),
            ("مسلم", "المسلمون"),
            ("مسلم", "للمسلمين"),
            ("يعلمون", "علم"),
            ("قالت", "قال"),
            ("سئل", "سأل"),
            ("ربك", "ربهم"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} {b}");
        }
    }
}
