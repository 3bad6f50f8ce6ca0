//! Every code point the crate knows, named, with the predicates the rules ask.
//!
//! This module is the only place in the crate that lists code points. Each constant carries its
//! `U+` value and Unicode name; the rule IDs (N0–N15, see `RULES.md`) that use it are given in
//! the predicate docs.
//!
//! ```
//! use arabic_text::chars;
//!
//! assert!(chars::is_tashkeel('\u{064E}')); // FATHA
//! assert!(!chars::is_tashkeel(chars::SUPERSCRIPT_ALEF));
//! assert_eq!(chars::compose_hamza(chars::ALEF, chars::HAMZA_ABOVE), Some(chars::ALEF_WITH_HAMZA_ABOVE));
//! ```

// ---------------------------------------------------------------------------------------------
// Letters
// ---------------------------------------------------------------------------------------------

/// U+0621 ARABIC LETTER HAMZA (ء).
pub const HAMZA: char = '\u{0621}';
/// U+0622 ARABIC LETTER ALEF WITH MADDA ABOVE (آ).
pub const ALEF_WITH_MADDA_ABOVE: char = '\u{0622}';
/// U+0623 ARABIC LETTER ALEF WITH HAMZA ABOVE (أ).
pub const ALEF_WITH_HAMZA_ABOVE: char = '\u{0623}';
/// U+0624 ARABIC LETTER WAW WITH HAMZA ABOVE (ؤ).
pub const WAW_WITH_HAMZA_ABOVE: char = '\u{0624}';
/// U+0625 ARABIC LETTER ALEF WITH HAMZA BELOW (إ).
pub const ALEF_WITH_HAMZA_BELOW: char = '\u{0625}';
/// U+0626 ARABIC LETTER YEH WITH HAMZA ABOVE (ئ).
pub const YEH_WITH_HAMZA_ABOVE: char = '\u{0626}';
/// U+0627 ARABIC LETTER ALEF (ا).
pub const ALEF: char = '\u{0627}';
/// U+0629 ARABIC LETTER TEH MARBUTA (ة).
pub const TEH_MARBUTA: char = '\u{0629}';
/// U+0640 ARABIC TATWEEL (ـ), the kashida.
pub const TATWEEL: char = '\u{0640}';
/// U+0643 ARABIC LETTER KAF (ك).
pub const KAF: char = '\u{0643}';
/// U+0647 ARABIC LETTER HEH (ه).
pub const HEH: char = '\u{0647}';
/// U+0648 ARABIC LETTER WAW (و).
pub const WAW: char = '\u{0648}';
/// U+0649 ARABIC LETTER ALEF MAKSURA (ى).
pub const ALEF_MAKSURA: char = '\u{0649}';
/// U+064A ARABIC LETTER YEH (ي).
pub const YEH: char = '\u{064A}';
/// U+0671 ARABIC LETTER ALEF WASLA (ٱ).
pub const ALEF_WASLA: char = '\u{0671}';
/// U+0672 ARABIC LETTER ALEF WITH WAVY HAMZA ABOVE (ٲ).
pub const ALEF_WITH_WAVY_HAMZA_ABOVE: char = '\u{0672}';
/// U+0673 ARABIC LETTER ALEF WITH WAVY HAMZA BELOW (ٳ).
pub const ALEF_WITH_WAVY_HAMZA_BELOW: char = '\u{0673}';

// Persian and Urdu letters (N10).

/// U+06A9 ARABIC LETTER KEHEH (ک), the Persian kaf.
pub const KEHEH: char = '\u{06A9}';
/// U+06C0 ARABIC LETTER HEH WITH YEH ABOVE (ۀ).
pub const HEH_WITH_YEH_ABOVE: char = '\u{06C0}';
/// U+06C1 ARABIC LETTER HEH GOAL (ہ), the Urdu heh.
pub const HEH_GOAL: char = '\u{06C1}';
/// U+06C2 ARABIC LETTER HEH GOAL WITH HAMZA ABOVE (ۂ).
pub const HEH_GOAL_WITH_HAMZA_ABOVE: char = '\u{06C2}';
/// U+06C3 ARABIC LETTER TEH MARBUTA GOAL (ۃ).
pub const TEH_MARBUTA_GOAL: char = '\u{06C3}';
/// U+06CC ARABIC LETTER FARSI YEH (ی).
pub const FARSI_YEH: char = '\u{06CC}';
/// U+06D2 ARABIC LETTER YEH BARREE (ے).
pub const YEH_BARREE: char = '\u{06D2}';
/// U+06D3 ARABIC LETTER YEH BARREE WITH HAMZA ABOVE (ۓ).
pub const YEH_BARREE_WITH_HAMZA_ABOVE: char = '\u{06D3}';
/// U+06D5 ARABIC LETTER AE (ە).
pub const AE: char = '\u{06D5}';

// ---------------------------------------------------------------------------------------------
// Marks
// ---------------------------------------------------------------------------------------------

/// U+064B ARABIC FATHATAN, the first of the eight tashkeel marks (N1).
pub const FATHATAN: char = '\u{064B}';
/// U+0651 ARABIC SHADDA (N1; kept by the keep-shadda variant).
pub const SHADDA: char = '\u{0651}';
/// U+0652 ARABIC SUKUN, the last of the eight tashkeel marks (N1).
pub const SUKUN: char = '\u{0652}';
/// U+0653 ARABIC MADDAH ABOVE (combining; N0 composes, N3 strips what is left).
pub const MADDAH_ABOVE: char = '\u{0653}';
/// U+0654 ARABIC HAMZA ABOVE (combining; N0 composes, N3 strips what is left).
pub const HAMZA_ABOVE: char = '\u{0654}';
/// U+0655 ARABIC HAMZA BELOW (combining; N0 composes, N3 strips what is left).
pub const HAMZA_BELOW: char = '\u{0655}';
/// U+0670 ARABIC LETTER SUPERSCRIPT ALEF, the dagger alef (N2).
pub const SUPERSCRIPT_ALEF: char = '\u{0670}';

// ---------------------------------------------------------------------------------------------
// Digits and number punctuation (N11)
// ---------------------------------------------------------------------------------------------

/// U+0660 ARABIC-INDIC DIGIT ZERO (٠); U+0661–U+0669 follow.
pub const ARABIC_INDIC_DIGIT_ZERO: char = '\u{0660}';
/// U+0669 ARABIC-INDIC DIGIT NINE (٩).
pub const ARABIC_INDIC_DIGIT_NINE: char = '\u{0669}';
/// U+06F0 EXTENDED ARABIC-INDIC DIGIT ZERO (۰), the Persian/Urdu digits; U+06F1–U+06F9 follow.
pub const EXTENDED_ARABIC_INDIC_DIGIT_ZERO: char = '\u{06F0}';
/// U+06F9 EXTENDED ARABIC-INDIC DIGIT NINE (۹).
pub const EXTENDED_ARABIC_INDIC_DIGIT_NINE: char = '\u{06F9}';
/// U+066B ARABIC DECIMAL SEPARATOR (٫).
pub const ARABIC_DECIMAL_SEPARATOR: char = '\u{066B}';
/// U+066C ARABIC THOUSANDS SEPARATOR (٬).
pub const ARABIC_THOUSANDS_SEPARATOR: char = '\u{066C}';

// ---------------------------------------------------------------------------------------------
// Punctuation (N12)
// ---------------------------------------------------------------------------------------------

/// U+060C ARABIC COMMA (،).
pub const ARABIC_COMMA: char = '\u{060C}';
/// U+061B ARABIC SEMICOLON (؛).
pub const ARABIC_SEMICOLON: char = '\u{061B}';
/// U+061F ARABIC QUESTION MARK (؟).
pub const ARABIC_QUESTION_MARK: char = '\u{061F}';
/// U+066A ARABIC PERCENT SIGN (٪).
pub const ARABIC_PERCENT_SIGN: char = '\u{066A}';
/// U+06D4 ARABIC FULL STOP (۔), used in Urdu.
pub const ARABIC_FULL_STOP: char = '\u{06D4}';

// ---------------------------------------------------------------------------------------------
// Format controls and spaces (N13, N14)
// ---------------------------------------------------------------------------------------------

/// U+00A0 NO-BREAK SPACE.
pub const NO_BREAK_SPACE: char = '\u{00A0}';
/// U+00AD SOFT HYPHEN.
pub const SOFT_HYPHEN: char = '\u{00AD}';
/// U+061C ARABIC LETTER MARK (ALM).
pub const ARABIC_LETTER_MARK: char = '\u{061C}';
/// U+1680 OGHAM SPACE MARK.
pub const OGHAM_SPACE_MARK: char = '\u{1680}';
/// U+2000 EN QUAD, the first of the typographic spaces U+2000–U+200A.
pub const EN_QUAD: char = '\u{2000}';
/// U+200A HAIR SPACE, the last of the typographic spaces U+2000–U+200A.
pub const HAIR_SPACE: char = '\u{200A}';
/// U+200B ZERO WIDTH SPACE.
pub const ZERO_WIDTH_SPACE: char = '\u{200B}';
/// U+200C ZERO WIDTH NON-JOINER (ZWNJ).
pub const ZWNJ: char = '\u{200C}';
/// U+200D ZERO WIDTH JOINER (ZWJ).
pub const ZWJ: char = '\u{200D}';
/// U+200E LEFT-TO-RIGHT MARK (LRM).
pub const LEFT_TO_RIGHT_MARK: char = '\u{200E}';
/// U+200F RIGHT-TO-LEFT MARK (RLM).
pub const RIGHT_TO_LEFT_MARK: char = '\u{200F}';
/// U+202A LEFT-TO-RIGHT EMBEDDING, the first of the bidi embeddings and overrides U+202A–U+202E.
pub const LEFT_TO_RIGHT_EMBEDDING: char = '\u{202A}';
/// U+202E RIGHT-TO-LEFT OVERRIDE, the last of U+202A–U+202E.
pub const RIGHT_TO_LEFT_OVERRIDE: char = '\u{202E}';
/// U+202F NARROW NO-BREAK SPACE.
pub const NARROW_NO_BREAK_SPACE: char = '\u{202F}';
/// U+205F MEDIUM MATHEMATICAL SPACE.
pub const MEDIUM_MATHEMATICAL_SPACE: char = '\u{205F}';
/// U+2066 LEFT-TO-RIGHT ISOLATE, the first of the bidi isolates U+2066–U+2069.
pub const LEFT_TO_RIGHT_ISOLATE: char = '\u{2066}';
/// U+2069 POP DIRECTIONAL ISOLATE, the last of U+2066–U+2069.
pub const POP_DIRECTIONAL_ISOLATE: char = '\u{2069}';
/// U+3000 IDEOGRAPHIC SPACE.
pub const IDEOGRAPHIC_SPACE: char = '\u{3000}';
/// U+FEFF ZERO WIDTH NO-BREAK SPACE, the byte-order mark.
pub const BYTE_ORDER_MARK: char = '\u{FEFF}';

// ---------------------------------------------------------------------------------------------
// Blocks
// ---------------------------------------------------------------------------------------------

/// U+FB50 ARABIC LETTER ALEF WASLA ISOLATED FORM, the start of Arabic Presentation Forms-A.
pub const PRESENTATION_FORMS_A_START: char = '\u{FB50}';
/// U+FDFF, the end of Arabic Presentation Forms-A.
pub const PRESENTATION_FORMS_A_END: char = '\u{FDFF}';
/// U+FE70 ARABIC FATHATAN ISOLATED FORM, the start of Arabic Presentation Forms-B.
pub const PRESENTATION_FORMS_B_START: char = '\u{FE70}';
/// U+FEFC ARABIC LIGATURE LAM WITH ALEF FINAL FORM, the last presentation form of Forms-B
/// (U+FEFF, the last code point of the block, is the byte-order mark, a format control).
pub const PRESENTATION_FORMS_B_END: char = '\u{FEFC}';

// ---------------------------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------------------------

/// The eight tashkeel marks U+064B–U+0652: tanween (fathatan, dammatan, kasratan), fatha,
/// damma, kasra, shadda and sukun (N1).
///
/// ```
/// assert!(arabic_text::chars::is_tashkeel('\u{0651}'));
/// assert!(!arabic_text::chars::is_tashkeel('\u{0653}'));
/// ```
#[inline]
pub const fn is_tashkeel(c: char) -> bool {
    matches!(c, FATHATAN..=SUKUN)
}

/// Quranic annotation marks and the other Arabic combining marks outside tashkeel (N3):
/// U+0610–U+061A, U+0653–U+065F, U+06D6–U+06DC, U+06DF–U+06E4, U+06E7–U+06E8, U+06EA–U+06ED,
/// and the nonspacing marks of Arabic Extended-B/-A, U+0897–U+089F, U+08CA–U+08E1, U+08E3–U+08FF
/// (U+08E2 is a format character and is not included).
///
/// U+0653–U+0655 are listed here because they are what is left of a decomposed hamza or madda
/// that N0 could not compose.
///
/// ```
/// assert!(arabic_text::chars::is_quranic_mark('\u{06D6}'));
/// assert!(!arabic_text::chars::is_quranic_mark('\u{06DE}')); // RUB EL HIZB is a symbol
/// ```
#[inline]
pub const fn is_quranic_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0610}'..='\u{061A}'
            | '\u{0653}'..='\u{065F}'
            | '\u{06D6}'..='\u{06DC}'
            | '\u{06DF}'..='\u{06E4}'
            | '\u{06E7}'..='\u{06E8}'
            | '\u{06EA}'..='\u{06ED}'
            | '\u{0897}'..='\u{089F}'
            | '\u{08CA}'..='\u{08E1}'
            | '\u{08E3}'..='\u{08FF}'
    )
}

/// Any Arabic combining mark this crate knows: tashkeel, the superscript alef and the marks of
/// [`is_quranic_mark`]. Tokenizers keep these inside words.
#[inline]
pub const fn is_arabic_mark(c: char) -> bool {
    is_tashkeel(c) || c == SUPERSCRIPT_ALEF || is_quranic_mark(c)
}

/// The combining hamza and madda marks that N0 composes with a preceding base letter:
/// U+0653 MADDAH ABOVE, U+0654 HAMZA ABOVE, U+0655 HAMZA BELOW.
#[inline]
pub const fn is_composing_hamza_mark(c: char) -> bool {
    matches!(c, MADDAH_ABOVE..=HAMZA_BELOW)
}

/// The canonical composition of an Arabic base letter with a combining hamza or madda (N0),
/// exactly the Unicode canonical compositions that involve U+0653–U+0655:
/// ا+U+0653→آ, ا+U+0654→أ, ا+U+0655→إ, و+U+0654→ؤ, ي+U+0654→ئ, ە+U+0654→ۀ, ہ+U+0654→ۂ,
/// ے+U+0654→ۓ.
///
/// ```
/// use arabic_text::chars::*;
/// assert_eq!(compose_hamza(YEH, HAMZA_ABOVE), Some(YEH_WITH_HAMZA_ABOVE));
/// assert_eq!(compose_hamza(FARSI_YEH, HAMZA_ABOVE), None); // not a canonical composition
/// ```
#[inline]
pub const fn compose_hamza(base: char, mark: char) -> Option<char> {
    match (base, mark) {
        (ALEF, MADDAH_ABOVE) => Some(ALEF_WITH_MADDA_ABOVE),
        (ALEF, HAMZA_ABOVE) => Some(ALEF_WITH_HAMZA_ABOVE),
        (ALEF, HAMZA_BELOW) => Some(ALEF_WITH_HAMZA_BELOW),
        (WAW, HAMZA_ABOVE) => Some(WAW_WITH_HAMZA_ABOVE),
        (YEH, HAMZA_ABOVE) => Some(YEH_WITH_HAMZA_ABOVE),
        (AE, HAMZA_ABOVE) => Some(HEH_WITH_YEH_ABOVE),
        (HEH_GOAL, HAMZA_ABOVE) => Some(HEH_GOAL_WITH_HAMZA_ABOVE),
        (YEH_BARREE, HAMZA_ABOVE) => Some(YEH_BARREE_WITH_HAMZA_ABOVE),
        _ => None,
    }
}

/// Base letters that [`compose_hamza`] can combine with a mark: ا و ي ە ہ ے.
#[inline]
pub const fn is_hamza_base(c: char) -> bool {
    matches!(c, ALEF | WAW | YEH | AE | HEH_GOAL | YEH_BARREE)
}

/// Alef variants that N5 folds to bare alef: أ إ آ ٱ ٲ ٳ
/// (U+0623, U+0625, U+0622, U+0671, U+0672, U+0673).
#[inline]
pub const fn is_alef_variant(c: char) -> bool {
    matches!(
        c,
        ALEF_WITH_MADDA_ABOVE
            | ALEF_WITH_HAMZA_ABOVE
            | ALEF_WITH_HAMZA_BELOW
            | ALEF_WASLA
            | ALEF_WITH_WAVY_HAMZA_ABOVE
            | ALEF_WITH_WAVY_HAMZA_BELOW
    )
}

/// The hamzated alefs آ أ إ (U+0622, U+0623, U+0625): the alef variants Lucene folds.
#[inline]
pub const fn is_hamzated_alef(c: char) -> bool {
    matches!(
        c,
        ALEF_WITH_MADDA_ABOVE | ALEF_WITH_HAMZA_ABOVE | ALEF_WITH_HAMZA_BELOW
    )
}

/// The Arabic-letter equivalent of a Persian or Urdu letter (N10): ک→ك, ی→ي, ہ→ه, ۃ→ة, ے→ي,
/// ە→ه, and the hamza-carrying forms of those letters ۀ→ه, ۂ→ه, ۓ→ي (so that a decomposed
/// ہ+U+0654 and a precomposed ۂ fold alike); `None` for every other character.
///
/// ```
/// assert_eq!(arabic_text::chars::persian_letter_to_arabic('ک'), Some('ك'));
/// assert_eq!(arabic_text::chars::persian_letter_to_arabic('ك'), None);
/// ```
#[inline]
pub const fn persian_letter_to_arabic(c: char) -> Option<char> {
    match c {
        KEHEH => Some(KAF),
        FARSI_YEH => Some(YEH),
        HEH_GOAL | HEH_GOAL_WITH_HAMZA_ABOVE | HEH_WITH_YEH_ABOVE | AE => Some(HEH),
        TEH_MARBUTA_GOAL => Some(TEH_MARBUTA),
        YEH_BARREE | YEH_BARREE_WITH_HAMZA_ABOVE => Some(YEH),
        _ => None,
    }
}

/// The value 0–9 of an ASCII, Arabic-Indic (U+0660–U+0669) or Extended Arabic-Indic
/// (U+06F0–U+06F9) digit.
///
/// ```
/// assert_eq!(arabic_text::chars::digit_value('\u{0663}'), Some(3));
/// assert_eq!(arabic_text::chars::digit_value('۷'), Some(7));
/// assert_eq!(arabic_text::chars::digit_value('x'), None);
/// ```
#[inline]
pub const fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        ARABIC_INDIC_DIGIT_ZERO..=ARABIC_INDIC_DIGIT_NINE => {
            Some(c as u32 - ARABIC_INDIC_DIGIT_ZERO as u32)
        }
        EXTENDED_ARABIC_INDIC_DIGIT_ZERO..=EXTENDED_ARABIC_INDIC_DIGIT_NINE => {
            Some(c as u32 - EXTENDED_ARABIC_INDIC_DIGIT_ZERO as u32)
        }
        _ => None,
    }
}

/// The ASCII digit with value `v` (0–9), or `None`.
#[inline]
pub const fn ascii_digit(v: u32) -> Option<char> {
    if v < 10 {
        char::from_u32('0' as u32 + v)
    } else {
        None
    }
}

/// The Arabic-Indic digit (U+0660–U+0669) with value `v` (0–9), or `None`.
#[inline]
pub const fn arabic_indic_digit(v: u32) -> Option<char> {
    if v < 10 {
        char::from_u32(ARABIC_INDIC_DIGIT_ZERO as u32 + v)
    } else {
        None
    }
}

/// The ASCII equivalent of Arabic punctuation (N12): ، → `,` ؛ → `;` ؟ → `?` ٪ → `%` ۔ → `.`.
#[inline]
pub const fn punctuation_to_ascii(c: char) -> Option<char> {
    match c {
        ARABIC_COMMA => Some(','),
        ARABIC_SEMICOLON => Some(';'),
        ARABIC_QUESTION_MARK => Some('?'),
        ARABIC_PERCENT_SIGN => Some('%'),
        ARABIC_FULL_STOP => Some('.'),
        _ => None,
    }
}

/// The Arabic decimal and thousands separators ٫ U+066B and ٬ U+066C, with the ASCII character
/// N11 writes for each (`.` and `,`) when they stand between two digits.
#[inline]
pub const fn number_separator_to_ascii(c: char) -> Option<char> {
    match c {
        ARABIC_DECIMAL_SEPARATOR => Some('.'),
        ARABIC_THOUSANDS_SEPARATOR => Some(','),
        _ => None,
    }
}

/// Invisible format controls that N13 removes: ALM U+061C, LRM U+200E, RLM U+200F, the bidi
/// embeddings and overrides U+202A–U+202E, the bidi isolates U+2066–U+2069, ZWSP U+200B,
/// the byte-order mark U+FEFF and the soft hyphen U+00AD. ZWNJ and ZWJ are not included: see
/// [`is_zero_width_joiner_control`].
#[inline]
pub const fn is_format_control(c: char) -> bool {
    matches!(
        c,
        ARABIC_LETTER_MARK
            | LEFT_TO_RIGHT_MARK
            | RIGHT_TO_LEFT_MARK
            | LEFT_TO_RIGHT_EMBEDDING..=RIGHT_TO_LEFT_OVERRIDE
            | LEFT_TO_RIGHT_ISOLATE..=POP_DIRECTIONAL_ISOLATE
            | ZERO_WIDTH_SPACE
            | BYTE_ORDER_MARK
            | SOFT_HYPHEN
    )
}

/// ZWNJ U+200C and ZWJ U+200D, which N13 keeps, drops or turns into a space, as chosen.
#[inline]
pub const fn is_zero_width_joiner_control(c: char) -> bool {
    matches!(c, ZWNJ | ZWJ)
}

/// Unicode space separators other than U+0020 (general category Zs): NBSP U+00A0, U+1680,
/// U+2000–U+200A, U+202F, U+205F, U+3000. N14 turns them into U+0020. Line and paragraph
/// separators, tabs and line breaks are not spaces here.
#[inline]
pub const fn is_non_ascii_space(c: char) -> bool {
    matches!(
        c,
        NO_BREAK_SPACE | OGHAM_SPACE_MARK | EN_QUAD
            ..=HAIR_SPACE | NARROW_NO_BREAK_SPACE | MEDIUM_MATHEMATICAL_SPACE | IDEOGRAPHIC_SPACE
    )
}

/// Arabic presentation forms (N9): Arabic Presentation Forms-A U+FB50–U+FDFF and -B
/// U+FE70–U+FEFC.
#[inline]
pub const fn is_presentation_form(c: char) -> bool {
    matches!(
        c,
        PRESENTATION_FORMS_A_START..=PRESENTATION_FORMS_A_END
            | PRESENTATION_FORMS_B_START..=PRESENTATION_FORMS_B_END
    )
}

/// Arabic letters (general category Lo) of the Arabic, Arabic Supplement and Arabic
/// Extended-A/-B blocks: the letters N15 collapses when repeated.
///
/// ```
/// assert!(arabic_text::chars::is_arabic_letter('ب'));
/// assert!(!arabic_text::chars::is_arabic_letter('\u{0640}')); // tatweel is a modifier letter
/// assert!(!arabic_text::chars::is_arabic_letter('b'));
/// ```
#[inline]
pub const fn is_arabic_letter(c: char) -> bool {
    matches!(
        c,
        '\u{0620}'..='\u{063F}'
            | '\u{0641}'..='\u{064A}'
            | '\u{066E}'..='\u{066F}'
            | '\u{0671}'..='\u{06D3}'
            | '\u{06D5}'
            | '\u{06EE}'..='\u{06EF}'
            | '\u{06FA}'..='\u{06FC}'
            | '\u{06FF}'
            | '\u{0750}'..='\u{077F}'
            | '\u{0870}'..='\u{0887}'
            | '\u{0889}'..='\u{088E}'
            | '\u{08A0}'..='\u{08C8}'
    )
}

/// The ranges of code points outside ASCII that some rule may touch. Everything outside these
/// ranges (and outside ASCII) passes every normalizer unchanged, which lets the fast path skip
/// such characters by their lead byte.
pub(crate) const TOUCHED_RANGES: &[(char, char)] = &[
    (NO_BREAK_SPACE, SOFT_HYPHEN),
    ('\u{0600}', '\u{06FF}'),
    ('\u{0750}', '\u{077F}'),
    ('\u{0870}', '\u{08FF}'),
    (OGHAM_SPACE_MARK, OGHAM_SPACE_MARK),
    (EN_QUAD, POP_DIRECTIONAL_ISOLATE),
    (IDEOGRAPHIC_SPACE, IDEOGRAPHIC_SPACE),
    (PRESENTATION_FORMS_A_START, PRESENTATION_FORMS_A_END),
    (PRESENTATION_FORMS_B_START, BYTE_ORDER_MARK),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every canonical composition with U+0653–U+0655 is in `compose_hamza`, and nothing else.
    #[test]
    fn compose_hamza_is_exactly_unicode_composition() {
        for base in '\u{0600}'..='\u{06FF}' {
            for mark in [MADDAH_ABOVE, HAMZA_ABOVE, HAMZA_BELOW] {
                assert_eq!(
                    compose_hamza(base, mark),
                    unicode_normalization::char::compose(base, mark),
                    "{base:?} + {mark:?}"
                );
            }
        }
    }

    /// Every char that some predicate names lies inside `TOUCHED_RANGES`.
    #[test]
    fn touched_ranges_cover_every_predicate() {
        let inside = |c: char| TOUCHED_RANGES.iter().any(|&(lo, hi)| lo <= c && c <= hi);
        for c in (0x80..=0x10FFFFu32).filter_map(char::from_u32) {
            let named = is_tashkeel(c)
                || is_quranic_mark(c)
                || c == SUPERSCRIPT_ALEF
                || c == TATWEEL
                || is_alef_variant(c)
                || persian_letter_to_arabic(c).is_some()
                || digit_value(c).is_some()
                || punctuation_to_ascii(c).is_some()
                || is_format_control(c)
                || is_zero_width_joiner_control(c)
                || is_non_ascii_space(c)
                || is_presentation_form(c)
                || is_arabic_letter(c)
                || is_hamza_base(c);
            if named {
                assert!(inside(c), "{c:?} is outside TOUCHED_RANGES");
            }
        }
    }

    #[test]
    fn non_ascii_spaces_are_exactly_zs() {
        // The Zs list of Unicode 14 minus U+0020, written out from the standard.
        let zs = [
            0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
            0x2009, 0x200A, 0x202F, 0x205F, 0x3000,
        ];
        for c in (0x80..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(is_non_ascii_space(c), zs.contains(&(c as u32)), "{c:?}");
        }
    }

    #[test]
    fn digits_round_trip() {
        for v in 0..10 {
            let a = arabic_indic_digit(v).unwrap();
            assert_eq!(digit_value(a), Some(v));
            assert_eq!(digit_value(ascii_digit(v).unwrap()), Some(v));
        }
        assert_eq!(arabic_indic_digit(10), None);
    }
}
