//! The project's own light stemmer, tuned on the gold data to conflate a word's inflected forms.

use super::names;
use crate::chars;
use crate::normalize::{HamzaSeats, Normalizer, NormalizerOptions};
use crate::segment::{segment, CliticKind};
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
/// inflection a word's forms differ by, so that they meet on one stem. Two modes, side by side:
///
/// | step | modern ([`new`](Self::new), the default) | classical ([`classical`](Self::classical)) |
/// |---|---|---|
/// | 1 | normalize (marks, tatweel, controls removed; alef variants and ى folded) | the same |
/// | 2 | a listed proper name (countries, cities, months, weekdays, given names; 701 entries), alone or after و ف ب ل, is its own stem | – |
/// | 3 | clitics split with [`segment`](crate::segment()); a bare preposition before fewer than four letters stays (بروس, لويس) | clitics split |
/// | 4 | one ending: ات ون ين تما تم تن نا ا (three letters remain), ان (four remain), ا not after ي (روسيا); then ة | one ending: ات ون ين ان تم نا ا; then ة |
/// | 5 | – (no verb prefix: يزيد, تموز, أيمن, إسلام stay whole) | one imperfect prefix ي ت ن ا from four letters or more |
/// | 6 | a final ت from four letters or more (قالت, مدرستها); an initial ءا or أأ written with one alef | a final ت, ي or ن from four or more, then a final ا ي و from three or more |
/// | 7 | written in the search preset's letters, hamza on any seat or alone written ا (سئل, سأل → سال) | the same |
///
/// The modern mode is for news, the web and queries, where names, places, months and elatives
/// look like verbs; the classical mode is for Quranic and classical text, where verbs dominate.
/// Measured (README's gold table): on UD Arabic-PUD the modern mode's lemma-pair precision is
/// 0.631, F1 0.569 and proper-name purity 0.910 (classical: 0.367, 0.469, 0.648; the best peer
/// in each: 0.502, 0.461, 0.881), and it matches the Golden corpus's stems 75.6 % of the time
/// (Snowball 73.0 %); on the Quranic Arabic Corpus the classical mode's lemma-pair F1 is 0.562
/// (modern: 0.388; tashaphyne 0.550).
///
/// The result is never empty (a word with nothing left comes back normalized), never shorter
/// than [`min_stem_len`](Self::min_stem_len) letters unless the word itself is, and words in
/// the [exclusion set](Self::stem_exclusion) come back normalized but unstemmed.
///
/// ```
/// use arabic_text::stem::LightStemmer;
///
/// let s = LightStemmer::new();
/// assert_eq!(s.stem("والكتابات"), "كتاب");
/// assert_eq!(s.stem("قالت"), s.stem("قال"));
/// // Names and months keep their first letters: no verb prefix is taken from a bare word.
/// assert_ne!(s.stem("يزيد"), s.stem("زيد"));
/// assert_ne!(s.stem("تموز"), s.stem("موز"));
///
/// // The classical mode conflates an imperfect verb with its past.
/// let c = LightStemmer::classical();
/// assert_eq!(c.stem("يعلمون"), c.stem("علم"));
///
/// let names = LightStemmer::new().stem_exclusion(["بوتين"]);
/// assert_eq!(names.stem("بوتين"), "بوتين");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LightStemmer {
    min: usize,
    exclusions: HashSet<String>,
    classical: bool,
}

impl Default for LightStemmer {
    fn default() -> Self {
        Self::new()
    }
}

impl LightStemmer {
    /// The modern mode (for news, the web and queries): minimum stem length 2, no exclusions.
    pub fn new() -> Self {
        Self {
            min: 2,
            exclusions: HashSet::new(),
            classical: false,
        }
    }

    /// The classical mode (for Quranic and classical text): imperfect-verb prefixes and final
    /// ي ن and weak letters are stripped too, and no name is protected. Minimum stem length 2,
    /// no exclusions.
    ///
    /// ```
    /// use arabic_text::stem::LightStemmer;
    /// let c = LightStemmer::classical();
    /// assert_eq!(c.stem("يكتبون"), c.stem("كتب"));
    /// assert_eq!(c.stem("يهدي"), "هد");
    /// ```
    pub fn classical() -> Self {
        Self {
            classical: true,
            ..Self::new()
        }
    }

    /// Whether this is the classical mode.
    pub fn is_classical(&self) -> bool {
        self.classical
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
    /// input, a listed name (للقاهرة → القاهره), or the input itself when nothing would be
    /// left. A final ه is treated as a possible ة. Conflates nearly like [`stem`](Self::stem)
    /// and writes hamza seats as the search preset does.
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
        let s = self.core(normalized, true);
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
        stem_with(word, self.min, self.classical)
    }

    fn core<'a>(&self, clean: &'a str, folded: bool) -> &'a str {
        steps(clean, self.min, folded, self.classical)
    }
}

/// Stems `word` with the default [`LightStemmer`] (the modern mode, minimum stem length 2, no
/// exclusions).
///
/// ```
/// assert_eq!(arabic_text::stem("وبالمدارس"), "مدارس");
/// assert_eq!(arabic_text::stem("المدرسة"), "مدرس");
/// assert_eq!(arabic_text::stem("وتونس"), "تونس");
/// ```
pub fn stem(word: &str) -> Cow<'_, str> {
    stem_with(word, 2, false)
}

fn stem_with(word: &str, min: usize, classical_mode: bool) -> Cow<'_, str> {
    let clean = CLEAN.normalize(word);
    let s = steps(&clean, min, false, classical_mode);
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

/// Step 3's endings in the classical mode, tried in this order.
const SUFFIXES: [&str; 7] = ["ات", "ون", "ين", "ان", "تم", "نا", "ا"];

/// Step 3's endings in the modern mode: the classical ones and the verb endings تما تن (كتبتما,
/// كتبتن), tried in this order.
const MODERN_SUFFIXES: [&str; 9] = ["ات", "ون", "ين", "ان", "تما", "تم", "تن", "نا", "ا"];

/// Steps 2–6 of either mode on a cleaned word.
fn steps(clean: &str, min: usize, folded: bool, classical_mode: bool) -> &str {
    if classical_mode {
        classical(clean, min, folded)
    } else {
        modern(clean, min, folded)
    }
}

/// Step 3 of both modes on `s` (`n` letters): one plural, dual or verb ending, then ة. The
/// modern mode has its own endings and guards names' endings (ان needs four letters left, ا
/// stays after ي). Returns the rest and its letter count.
fn strip_ending(
    mut s: &str,
    mut n: usize,
    min: usize,
    folded: bool,
    modern: bool,
) -> (&str, usize) {
    let can = |n: usize, need: usize, cut: usize| n >= need && n - cut >= min;
    let suffixes: &[&str] = if modern { &MODERN_SUFFIXES } else { &SUFFIXES };
    for &suffix in suffixes {
        let k = suffix.len() / 2; // two-byte letters (a test checks it)
                                  // ان ends names (إيران, نيسان, سلمان) as often as duals: four letters must remain.
        let need = if modern && suffix == "ان" {
            k + 4
        } else {
            k + 3
        };
        // A final ا after ي ends a name (روسيا, كوريا), not an accusative or a dual.
        if modern && suffix == "ا" && s.ends_with("يا") {
            continue;
        }
        if can(n, need, k) {
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
    (s, n)
}

/// The modern mode's steps on a cleaned word: a slice of it (every step removes letters at one
/// end), or a listed name in the search preset's spelling. `folded`: the word is
/// search-normalized, so a final ه may be a folded ة.
fn modern(clean: &str, min: usize, folded: bool) -> &str {
    if let Some(name) = names::find(clean) {
        return name;
    }
    let seg = segment(clean);
    let mut s = clean.get(seg.stem().range()).unwrap_or_default();
    // `n` counts the letters of `s`; a step needs `need` letters and leaves at least `min`.
    let mut n = s.chars().count();
    // A bare preposition or future marker before fewer than four letters is more often a
    // name's first letter (بروس, لويس, سيري) than a clitic: the word stays whole.
    let bare = seg.enclitics().is_empty()
        && !seg.proclitics().is_empty()
        && seg
            .proclitics()
            .iter()
            .all(|c| matches!(c.kind, CliticKind::Preposition | CliticKind::Future));
    if bare && n < 4 {
        s = clean;
        n = s.chars().count();
    }
    let can = |n: usize, need: usize, cut: usize| n >= need && n - cut >= min;
    (s, n) = strip_ending(s, n, min, folded, true);
    // A final ت: ة written ت before a pronoun (مدرستها), or a past verb's (قالت).
    if can(n, 4, 1) {
        if let Some(rest) = s.strip_suffix('ت') {
            s = rest;
        }
    }
    // Hamza then alef at the start (ءامن, the question's أأنت): one alef.
    if let Some(rest) = s.strip_prefix("ءا").or_else(|| s.strip_prefix("اا")) {
        s = s.get(s.len() - rest.len() - 'ا'.len_utf8()..).unwrap_or(s);
    }
    s
}

/// The classical mode's steps 2–5 on a cleaned word: a slice of it (every step removes letters
/// at one end). `folded`: the word is search-normalized, so a final ه may be a folded ة.
fn classical(clean: &str, min: usize, folded: bool) -> &str {
    let seg = segment(clean);
    let mut s = clean.get(seg.stem().range()).unwrap_or_default();
    // `n` counts the letters of `s`; a step needs `need` letters and leaves at least `min`.
    let mut n = s.chars().count();
    let can = |n: usize, need: usize, cut: usize| n >= need && n - cut >= min;
    (s, n) = strip_ending(s, n, min, folded, false);
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
        for s in SUFFIXES.iter().chain(&MODERN_SUFFIXES) {
            assert_eq!(s.len(), 2 * s.chars().count(), "{s}");
        }
    }

    #[test]
    fn never_empty_and_guards() {
        for s in [LightStemmer::new(), LightStemmer::classical()] {
            for w in ["", "و", "ال", "ة", "\u{064E}", "1", "a"] {
                let st = s.stem(w);
                assert_eq!(st.is_empty(), OUT.normalize(w).is_empty(), "{w:?}");
            }
            // Short words keep their letters.
            assert_eq!(s.stem("من"), "من");
            assert_eq!(s.stem("يوم"), "يوم");
        }
        // A larger minimum keeps more (the classical mode strips a final weak letter).
        let three = LightStemmer::classical().min_stem_len(3);
        assert_eq!(three.stem("هدى"), "هدي");
        assert_eq!(LightStemmer::classical().stem("هدى"), "هد");
        // The modern mode keeps it: هدى is as often the name.
        assert_eq!(stem("هدى"), "هدي");
    }

    #[test]
    fn forms_meet() {
        let classical = LightStemmer::classical();
        for (a, b) in [
            ("كتاب", "والكتابات"),
            ("مسلم", "المسلمون"),
            ("مسلم", "للمسلمين"),
            ("يعلمون", "علم"),
            ("قالت", "قال"),
            ("سئل", "سأل"),
            ("ربك", "ربهم"),
        ] {
            assert_eq!(classical.stem(a), classical.stem(b), "{a} {b}");
        }
        // The modern mode: everything but the verb prefix (يعلمون keeps its ي).
        for (a, b) in [
            ("كتاب", "والكتابات"),
            ("مسلم", "المسلمون"),
            ("مسلم", "للمسلمين"),
            ("قالت", "قال"),
            ("سئل", "سأل"),
            ("ربك", "ربهم"),
            ("كتبتما", "كتب"),
            ("ءامن", "آمن"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} {b}");
        }
    }
}
