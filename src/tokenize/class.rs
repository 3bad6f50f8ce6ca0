//! Character classes of the tokenizer, with lookup tables for ASCII and the Arabic block
//! U+0600–U+06FF (the two-byte sequences D8–DB xx), which make up nearly all Arabic text.

use crate::chars;

/// What a character is to the tokenizer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// Past the end of the text.
    End,
    /// `White_Space` and U+200B ZERO WIDTH SPACE: always a separator.
    Space,
    /// [`chars::is_invisible`]: inside a word between letters, a separator elsewhere.
    Invisible,
    /// An Arabic-script letter, tatweel or presentation-form letter.
    Letter,
    /// An Arabic combining mark (harakat, dagger alef, Quranic marks).
    Mark,
    /// 0–9, ٠–٩, ۰–۹.
    Digit,
    /// [`chars::is_arabic_number_sign`]: written before digits.
    NumSign,
    /// An ASCII letter.
    Latin,
    /// ASCII or Arabic punctuation.
    Punct,
    /// ASCII or Arabic symbols.
    Symbol,
    /// Anything else: decided by Unicode properties (UAX #29, grapheme clusters, emoji).
    Other,
}

/// The class of `c`.
pub(crate) const fn classify(c: char) -> Class {
    if chars::is_white_space(c) || c == chars::ZERO_WIDTH_SPACE {
        Class::Space
    } else if chars::is_invisible(c) {
        Class::Invisible
    } else if c.is_ascii_alphabetic() {
        Class::Latin
    } else if chars::digit_value(c).is_some() {
        Class::Digit
    } else if c.is_ascii() {
        if chars::is_punctuation(c) {
            Class::Punct
        } else {
            Class::Symbol
        }
    } else if chars::is_arabic_word_letter(c) {
        Class::Letter
    } else if chars::is_arabic_mark(c) {
        Class::Mark
    } else if chars::is_arabic_number_sign(c) {
        Class::NumSign
    } else if chars::is_arabic_punctuation(c) {
        Class::Punct
    } else if chars::is_arabic_symbol(c) {
        Class::Symbol
    } else {
        Class::Other
    }
}

// Const-evaluated into statics: indices below 256 by the loop bound.
#[allow(clippy::indexing_slicing)]
const fn table(first: u32) -> [Class; 256] {
    let mut t = [Class::Other; 256];
    let mut i = 0;
    while i < 256 {
        if let Some(c) = char::from_u32(first + i as u32) {
            t[i] = classify(c);
        }
        i += 1;
    }
    t
}

/// Classes of U+0000–U+00FF, indexed by the ASCII byte (only the first 128 are used).
static ASCII: [Class; 256] = table(0);
/// Classes of U+0600–U+06FF, indexed by the low eight bits of the code point.
static ARABIC: [Class; 256] = table(0x600);

// Const-evaluated into a static: indices below 256 by the loop bound.
#[allow(clippy::indexing_slicing)]
const fn in_word_table() -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = matches!(ARABIC[i], Class::Letter | Class::Mark) && i != 0x40;
        i += 1;
    }
    t
}

/// U+0600–U+06FF characters that continue an Arabic word unconditionally (letters and marks;
/// not tatweel, whose place depends on its neighbours), by the low eight bits.
static ARABIC_IN_WORD: [bool; 256] = in_word_table();

/// Whether the bytes at `i` are a two-byte Arabic letter or mark that continues a word (see
/// [`ARABIC_IN_WORD`]). The hot loop of Arabic text: plain branches, no decoding.
#[inline(always)]
pub(crate) fn arabic_in_word(b: &[u8], i: usize) -> bool {
    match (b.get(i), b.get(i + 1)) {
        (Some(&x), Some(&y)) if x & 0xFC == 0xD8 => {
            let idx = (usize::from(x & 3) << 6) | usize::from(y & 0x3F);
            ARABIC_IN_WORD.get(idx).copied().unwrap_or(false)
        }
        _ => false,
    }
}

/// The class of the character at byte `i` of `s` and its length in bytes; `(End, 0)` past the
/// end (and, defensively, off a char boundary).
#[inline(always)]
pub(crate) fn class_at(s: &str, i: usize) -> (Class, usize) {
    let b = s.as_bytes();
    match b.get(i) {
        None => (Class::End, 0),
        Some(&x) if x < 0x80 => (
            ASCII.get(usize::from(x)).copied().unwrap_or(Class::Other),
            1,
        ),
        Some(&x) if x & 0xFC == 0xD8 => {
            let y = b.get(i + 1).copied().unwrap_or(0);
            let idx = (usize::from(x & 3) << 6) | usize::from(y & 0x3F);
            (ARABIC.get(idx).copied().unwrap_or(Class::Other), 2)
        }
        Some(_) => match char_at(s, i) {
            Some(c) => (classify(c), c.len_utf8()),
            None => (Class::End, 0),
        },
    }
}

/// The character at byte `i` of `s`.
#[inline]
pub(crate) fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|r| r.chars().next())
}

/// The character before byte `i` of `s`.
#[inline]
pub(crate) fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i).and_then(|r| r.chars().next_back())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tables agree with `classify` for every character they cover.
    #[test]
    fn tables_match_classify() {
        for cp in (0..0x80u32).chain(0x600..0x700) {
            let c = char::from_u32(cp).unwrap();
            let s = c.to_string();
            assert_eq!(class_at(&s, 0), (classify(c), c.len_utf8()), "{c:?}");
        }
    }

    #[test]
    fn classes_of_arabic_text() {
        assert_eq!(classify('ب'), Class::Letter);
        assert_eq!(classify('ـ'), Class::Letter); // tatweel stays in words
        assert_eq!(classify('\u{064B}'), Class::Mark); // fathatan
        assert_eq!(classify('\u{0670}'), Class::Mark); // dagger alef
        assert_eq!(classify('\u{06D6}'), Class::Mark); // Quranic pause mark
        assert_eq!(classify('٣'), Class::Digit);
        assert_eq!(classify('۳'), Class::Digit);
        assert_eq!(classify('،'), Class::Punct);
        assert_eq!(classify('٫'), Class::Punct);
        assert_eq!(classify('\u{200C}'), Class::Invisible);
        assert_eq!(classify('\u{200F}'), Class::Invisible);
        assert_eq!(classify('\u{061C}'), Class::Invisible);
        assert_eq!(classify('\u{200B}'), Class::Space);
        assert_eq!(classify('\u{00A0}'), Class::Space);
        assert_eq!(classify('ﻻ'), Class::Letter);
        assert_eq!(classify('﷽'), Class::Symbol);
        assert_eq!(classify('\u{FEFF}'), Class::Invisible);
        assert_eq!(classify('é'), Class::Other);
    }
}
