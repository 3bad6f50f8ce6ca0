//! Lucene's `ArabicStemmer`, rule for rule.

use crate::chars;

/// Lucene's `ArabicStemmer` ("light10"): one prefix, then every suffix that matches, in a fixed
/// order, each with Lucene's length guards.
///
/// * Prefixes, the first that matches: ال وال بال كال فال لل و. One is removed only when at
///   least two characters would remain, and the one-letter و only from words of four or more.
/// * Suffixes, each in turn on what is left: ها ان ات ون ين يه ية ه ة ي, each only when at
///   least two characters would remain.
///
/// Lengths count UTF-16 code units, as Java does, so the result is Lucene's for every input.
/// Like Lucene's filter it expects normalized input (Lucene runs `ArabicNormalizationFilter`
/// first; [`NormalizerOptions::lucene`](crate::NormalizerOptions::lucene) is that normalizer).
/// The stem is a slice of the word: no allocation.
///
/// ```
/// use arabic_text::stem::Light10;
/// assert_eq!(Light10.stem("والحسن"), "حسن");
/// assert_eq!(Light10.stem("ساهدهات"), "ساهد"); // ات, then ه
/// assert_eq!(Light10.stem("الو"), "الو");      // too short to lose ال
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Light10;

const ALEF: char = chars::ALEF;
const LAM: char = '\u{0644}';
const WAW: char = chars::WAW;
const BEH: char = '\u{0628}';
const KAF: char = chars::KAF;
const FEH: char = '\u{0641}';
const HEH: char = chars::HEH;
const NOON: char = '\u{0646}';
const TEH: char = '\u{062A}';
const YEH: char = chars::YEH;
const TEH_MARBUTA: char = chars::TEH_MARBUTA;

/// Lucene's prefixes, in its order.
const PREFIXES: [&[char]; 7] = [
    &[ALEF, LAM],
    &[WAW, ALEF, LAM],
    &[BEH, ALEF, LAM],
    &[KAF, ALEF, LAM],
    &[FEH, ALEF, LAM],
    &[LAM, LAM],
    &[WAW],
];

/// Lucene's suffixes, in its order.
const SUFFIXES: [&[char]; 10] = [
    &[HEH, ALEF],
    &[ALEF, NOON],
    &[ALEF, TEH],
    &[WAW, NOON],
    &[YEH, NOON],
    &[YEH, HEH],
    &[YEH, TEH_MARBUTA],
    &[HEH],
    &[TEH_MARBUTA],
    &[YEH],
];

impl Light10 {
    /// The stem of `word`.
    pub fn stem<'a>(&self, word: &'a str) -> &'a str {
        // Java's length, kept up to date as letters go (every affix letter is one unit).
        let mut len = java_len(word);
        let mut w = strip_prefix(word, &mut len);
        for suffix in SUFFIXES {
            w = strip_suffix(w, suffix, &mut len);
        }
        w
    }
}

/// Java's `length()`: UTF-16 code units.
fn java_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

fn strip_prefix<'a>(word: &'a str, len: &mut usize) -> &'a str {
    for prefix in PREFIXES {
        // Lucene: a one-letter prefix needs a word of 4 or more; any prefix must leave 2.
        if (prefix.len() == 1 && *len < 4) || *len < prefix.len() + 2 {
            continue;
        }
        let mut rest = word.chars();
        if prefix.iter().all(|&p| rest.next() == Some(p)) {
            *len -= prefix.len();
            return rest.as_str();
        }
    }
    word
}

fn strip_suffix<'a>(word: &'a str, suffix: &[char], len: &mut usize) -> &'a str {
    if *len < suffix.len() + 2 {
        return word;
    }
    let mut rest = word.chars();
    if suffix.iter().rev().all(|&p| rest.next_back() == Some(p)) {
        *len -= suffix.len();
        rest.as_str()
    } else {
        word
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guards_count_java_chars() {
        // و needs four characters: وحسن → حسن, but وحس stays.
        assert_eq!(Light10.stem("وحسن"), "حسن");
        assert_eq!(Light10.stem("وحس"), "وحس");
        // A suffix must leave two characters: بها stays, كتبها loses ها.
        assert_eq!(Light10.stem("بها"), "بها");
        assert_eq!(Light10.stem("كتبها"), "كتب");
        // Only the first matching prefix is removed: the ل of لل is not tried after ال.
        assert_eq!(Light10.stem("الللعب"), "للعب");
        // Non-BMP characters count two, as in Java: "و😀ب" is four UTF-16 units.
        assert_eq!(Light10.stem("و😀ب"), "😀ب");
        assert_eq!(Light10.stem(""), "");
    }
}
