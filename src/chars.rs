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
/// U+06BE ARABIC LETTER HEH DOACHASHMEE (ھ), the Urdu two-eyed heh, a keyboard substitute for ه
/// on Urdu and Persian layouts.
pub const HEH_DOACHASHMEE: char = '\u{06BE}';
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
/// assert_eq!(arabic_text::chars::persian_letter_to_arabic('ھ'), Some('ه'));
/// assert_eq!(arabic_text::chars::persian_letter_to_arabic('ك'), None);
/// ```
#[inline]
pub const fn persian_letter_to_arabic(c: char) -> Option<char> {
    match c {
        KEHEH => Some(KAF),
        FARSI_YEH => Some(YEH),
        HEH_DOACHASHMEE | HEH_GOAL | HEH_GOAL_WITH_HAMZA_ABOVE | HEH_WITH_YEH_ABOVE | AE => {
            Some(HEH)
        }
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

/// The value of a Unicode decimal digit (general category Nd, in any script: ٣, ۷, ३, ３, 𝟙),
/// or `None`; the digits Lucene's `DecimalDigitFilter` folds to ASCII.
///
/// ```
/// use arabic_text::chars::decimal_digit_value;
/// assert_eq!(decimal_digit_value('٣'), Some(3));
/// assert_eq!(decimal_digit_value('\u{096F}'), Some(9)); // DEVANAGARI DIGIT NINE
/// assert_eq!(decimal_digit_value('\u{FF15}'), Some(5)); // FULLWIDTH DIGIT FIVE
/// assert_eq!(decimal_digit_value('²'), None); // No, not Nd
/// assert_eq!(decimal_digit_value('٫'), None);
/// ```
pub fn decimal_digit_value(c: char) -> Option<u32> {
    let c = c as u32;
    if c < 0x80 {
        return (0x30..=0x39).contains(&c).then(|| c - 0x30);
    }
    let i = DECIMAL_DIGIT_ZEROS.partition_point(|&z| z <= c);
    let zero = *DECIMAL_DIGIT_ZEROS.get(i.checked_sub(1)?)?;
    (c - zero < 10).then_some(c - zero)
}

/// The digit zero of each run of ten Nd digits (Unicode 14), sorted.
const DECIMAL_DIGIT_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

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

/// U+06E5 ARABIC SMALL WAW (ۥ), the Uthmani text's lengthened pronoun vowel (حَوْلَهُۥ).
pub const SMALL_WAW: char = '\u{06E5}';
/// U+06E6 ARABIC SMALL YEH (ۦ).
pub const SMALL_YEH: char = '\u{06E6}';

/// U+0085 NEXT LINE (NEL), a line break in Unicode's White_Space.
pub const NEXT_LINE: char = '\u{0085}';
/// U+2028 LINE SEPARATOR.
pub const LINE_SEPARATOR: char = '\u{2028}';
/// U+2029 PARAGRAPH SEPARATOR.
pub const PARAGRAPH_SEPARATOR: char = '\u{2029}';

/// Whitespace for search keys (N17, N18): Unicode's White_Space (tab, line feed, vertical tab,
/// form feed, carriage return, U+0020, U+0085, U+2028, U+2029 and the spaces of
/// [`is_non_ascii_space`]) and the information separators U+001C–U+001F, which Python's
/// `str.split` also splits on.
///
/// ```
/// use arabic_text::chars::is_key_whitespace;
/// assert!(is_key_whitespace('\t') && is_key_whitespace('\u{2029}') && is_key_whitespace('\u{001F}'));
/// assert!(!is_key_whitespace('\u{200B}')); // ZWSP is a format control (N13), not White_Space
/// ```
#[inline]
pub const fn is_key_whitespace(c: char) -> bool {
    matches!(c, '\t'..='\r' | '\u{001C}'..=' ' | NEXT_LINE | LINE_SEPARATOR | PARAGRAPH_SEPARATOR)
        || is_non_ascii_space(c)
}

/// Blocks that hold every character whose lowercase differs from it (a test checks all of
/// Unicode against `char::to_lowercase`): the lead bytes N16 must decode.
pub(crate) const CASED_RANGES: &[(char, char)] = &[
    ('\u{00C0}', '\u{058F}'),
    ('\u{10A0}', '\u{10FF}'),
    ('\u{13A0}', '\u{13FF}'),
    ('\u{1C80}', '\u{1CBF}'),
    ('\u{1E00}', '\u{1FFF}'),
    ('\u{2100}', '\u{218F}'),
    ('\u{24B6}', '\u{24CF}'),
    ('\u{2C00}', '\u{2D2F}'),
    ('\u{A640}', '\u{A69F}'),
    ('\u{A720}', '\u{A7FF}'),
    ('\u{AB70}', '\u{ABBF}'),
    ('\u{FF21}', '\u{FF3A}'),
    ('\u{10400}', '\u{104FF}'),
    ('\u{10570}', '\u{105BF}'),
    ('\u{10C80}', '\u{10CFF}'),
    ('\u{10D50}', '\u{10D8F}'),
    ('\u{118A0}', '\u{118FF}'),
    ('\u{16E40}', '\u{16EFF}'),
    ('\u{1E900}', '\u{1E95F}'),
];

/// Whether `c` lies in [`CASED_RANGES`] (N16 asks `char::to_lowercase` about these only).
#[inline]
pub(crate) const fn may_lowercase(c: char) -> bool {
    matches!(
        c,
        '\u{00C0}'..='\u{058F}'
            | '\u{10A0}'..='\u{10FF}'
            | '\u{13A0}'..='\u{13FF}'
            | '\u{1C80}'..='\u{1CBF}'
            | '\u{1E00}'..='\u{1FFF}'
            | '\u{2100}'..='\u{218F}'
            | '\u{24B6}'..='\u{24CF}'
            | '\u{2C00}'..='\u{2D2F}'
            | '\u{A640}'..='\u{A69F}'
            | '\u{A720}'..='\u{A7FF}'
            | '\u{AB70}'..='\u{ABBF}'
            | '\u{FF21}'..='\u{FF3A}'
            | '\u{10400}'..='\u{104FF}'
            | '\u{10570}'..='\u{105BF}'
            | '\u{10C80}'..='\u{10CFF}'
            | '\u{10D50}'..='\u{10D8F}'
            | '\u{118A0}'..='\u{118FF}'
            | '\u{16E40}'..='\u{16EFF}'
            | '\u{1E900}'..='\u{1E95F}'
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

// ---------------------------------------------------------------------------------------------
// Tokenization (not normalization rules: nothing below is in `TOUCHED_RANGES`' contract)
// ---------------------------------------------------------------------------------------------

/// U+2060 WORD JOINER.
pub const WORD_JOINER: char = '\u{2060}';
/// U+FE0F VARIATION SELECTOR-16 (emoji presentation).
pub const VARIATION_SELECTOR_16: char = '\u{FE0F}';
/// U+20E3 COMBINING ENCLOSING KEYCAP.
pub const COMBINING_ENCLOSING_KEYCAP: char = '\u{20E3}';
/// U+2026 HORIZONTAL ELLIPSIS (…).
pub const HORIZONTAL_ELLIPSIS: char = '\u{2026}';

/// Unicode `White_Space` (the property `char::is_whitespace` also follows), as a `const fn`.
/// Zero-width space (U+200B) is not `White_Space`; the tokenizer still treats it as a separator.
pub const fn is_white_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | ' '
            | '\u{0085}'
            | NO_BREAK_SPACE
            | OGHAM_SPACE_MARK
            | EN_QUAD..=HAIR_SPACE
            | '\u{2028}'
            | '\u{2029}'
            | NARROW_NO_BREAK_SPACE
            | MEDIUM_MATHEMATICAL_SPACE
            | IDEOGRAPHIC_SPACE
    )
}

/// Line and paragraph breaks: LF, VT, FF, CR, NEL, U+2028 LINE SEPARATOR and U+2029 PARAGRAPH
/// SEPARATOR (the mandatory breaks of UAX #14).
pub const fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\u{000B}' | '\u{000C}' | '\r' | '\u{0085}' | '\u{2028}' | '\u{2029}'
    )
}

/// Invisible characters that carry no text: the format controls of N13, ZWNJ/ZWJ, U+2060 WORD
/// JOINER and the invisible operators U+2061–U+2064, and the C0/C1 controls that are not
/// `White_Space`. The tokenizer keeps them inside a word when letters follow, and puts them
/// in the separator otherwise.
pub const fn is_invisible(c: char) -> bool {
    (is_format_control(c) && c != ZERO_WIDTH_SPACE)
        || is_zero_width_joiner_control(c)
        || matches!(c, WORD_JOINER..='\u{2064}' | '\u{0000}'..='\u{0008}' | '\u{000E}'..='\u{001F}' | '\u{007F}'..='\u{0084}' | '\u{0086}'..='\u{009F}')
}

/// Arabic signs written before a number and spanning it: U+0600–U+0605 (number sign, sanah,
/// footnote marker, safha, samvat, number mark above), U+06DD END OF AYAH, U+0890–U+0891
/// (pound and piastre marks above) and U+08E2 DISPUTED END OF AYAH.
pub const fn is_arabic_number_sign(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{0605}' | '\u{06DD}' | '\u{0890}'..='\u{0891}' | '\u{08E2}')
}

/// Arabic punctuation: ؉ ؊ (per mille, per ten thousand), ، ؍ ؛ ؝ ؞ ؟, ٪ ٫ ٬ ٭, ۔, and the
/// ornate parentheses ﴾ ﴿.
pub const fn is_arabic_punctuation(c: char) -> bool {
    matches!(
        c,
        '\u{0609}'..='\u{060A}'
            | ARABIC_COMMA
            | '\u{060D}'
            | ARABIC_SEMICOLON
            | '\u{061D}'..='\u{061F}'
            | ARABIC_PERCENT_SIGN..='\u{066D}'
            | ARABIC_FULL_STOP
            | '\u{FD3E}'..='\u{FD3F}'
    )
}

/// Arabic symbols (Unicode Sm, Sc, So, Sk): ؆ ؇ ؈ (roots, ray), ؋ (afghani), ؎ ؏ (poetic
/// verse sign, misra), ۞ (rub el hizb), ۩ (place of sajdah), ۽ ۾, U+0888 RAISED ROUND DOT, the
/// ligature symbols U+FD40–U+FD4F and U+FDCF, and ﷼ ﷽ ﷾ ﷿.
pub const fn is_arabic_symbol(c: char) -> bool {
    matches!(
        c,
        '\u{0606}'..='\u{0608}'
            | '\u{060B}'
            | '\u{060E}'..='\u{060F}'
            | '\u{06DE}'
            | '\u{06E9}'
            | '\u{06FD}'..='\u{06FE}'
            | '\u{0888}'
            | '\u{FD40}'..='\u{FD4F}'
            | '\u{FDCF}'
            | '\u{FDFC}'..='\u{FDFF}'
    )
}

/// Letters of the Arabic script for the tokenizer: [`is_arabic_letter`], tatweel, the small
/// waw and yeh U+06E5–U+06E6, and the letter ligatures and forms of the presentation-form
/// blocks (not their symbols, punctuation or the byte-order mark).
pub const fn is_arabic_word_letter(c: char) -> bool {
    is_arabic_letter(c)
        || matches!(c, TATWEEL | '\u{06E5}'..='\u{06E6}' | '\u{08C9}')
        || (is_presentation_form(c)
            && !is_arabic_symbol(c)
            && !is_arabic_punctuation(c)
            && c != BYTE_ORDER_MARK)
}

/// Arabic letters that never join the letter after them (Unicode `Joining_Type` R and U):
/// ء آ أ ؤ إ ا ة د ذ ر ز و ٱ, their variants, ە and the like. A tatweel after one of them
/// cannot be an elongation; written at the end of a word it is a dash.
pub const fn is_non_left_joining(c: char) -> bool {
    matches!(
        c,
        '\u{0621}'..='\u{0625}'
            | ALEF
            | TEH_MARBUTA
            | '\u{062F}'..='\u{0632}'
            | WAW
            | '\u{0671}'..='\u{0677}'
            | '\u{0688}'..='\u{0699}'
            | '\u{06C0}'
            | '\u{06C3}'..='\u{06CB}'
            | '\u{06CD}'
            | '\u{06CF}'
            | '\u{06D2}'..='\u{06D3}'
            | '\u{06D5}'
            | '\u{06EE}'..='\u{06EF}'
            | '\u{0759}'..='\u{075B}'
            | '\u{076B}'..='\u{076C}'
            | '\u{0771}'
            | '\u{0773}'..='\u{0774}'
            | '\u{0778}'..='\u{0779}'
            | '\u{08AA}'..='\u{08AC}'
            | '\u{08AE}'
            | '\u{08B1}'..='\u{08B2}'
            | '\u{08B9}'
    )
}

/// Percent-like signs a number keeps: % ٪ ‰ ‱ ؉ ؊.
pub const fn is_percent_sign(c: char) -> bool {
    matches!(
        c,
        '%' | ARABIC_PERCENT_SIGN | '\u{2030}' | '\u{2031}' | '\u{0609}' | '\u{060A}'
    )
}

/// Separators a number keeps between two digits: `.` `,` `:` (3.5, 1,000, 6:30) and the Arabic
/// decimal and thousands separators ٫ ٬ (٣٫٥, ١٬٠٠٠). The Arabic comma ، is not one: it
/// separates list items.
pub const fn is_number_separator(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ':' | ARABIC_DECIMAL_SEPARATOR | ARABIC_THOUSANDS_SEPARATOR
    )
}

/// Characters that end a sentence: . ! ? ؟ ۔ … and ‼ ⁇ ⁈ ⁉ ؝ ؞ (Unicode `Sentence_Terminal`
/// in the scripts the crate handles).
pub const fn is_sentence_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | ARABIC_QUESTION_MARK
            | '\u{061D}'
            | '\u{061E}'
            | ARABIC_FULL_STOP
            | HORIZONTAL_ELLIPSIS
            | '\u{203C}'
            | '\u{2047}'..='\u{2049}'
    )
}

/// Closing quotes and brackets that stay with the sentence they close: " ' ) ] } » › ” ’ ﴾.
/// (﴾ U+FD3E closes in right-to-left Quranic text.)
pub const fn is_closing_punctuation(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | ')'
            | ']'
            | '}'
            | '\u{00BB}'
            | '\u{203A}'
            | '\u{201D}'
            | '\u{2019}'
            | '\u{FD3E}'
    )
}

/// Punctuation (Unicode general category P*) for the scripts and blocks text in Arabic
/// mixes in: ASCII, Latin-1, General Punctuation, CJK, half- and full-width forms, Arabic.
/// Everything else a tokenizer cannot call a letter, digit, space or emoji is a symbol.
pub const fn is_punctuation(c: char) -> bool {
    matches!(
        c,
        '!'..='#'
            | '%'..='*'
            | ','..='/'
            | ':'..=';'
            | '?'..='@'
            | '['..=']'
            | '_'
            | '{'
            | '}'
            | '\u{00A1}'
            | '\u{00A7}'
            | '\u{00AB}'
            | '\u{00B6}'..='\u{00B7}'
            | '\u{00BB}'
            | '\u{00BF}'
            | '\u{037E}'
            | '\u{0387}'
            | '\u{055A}'..='\u{055F}'
            | '\u{0589}'..='\u{058A}'
            | '\u{05BE}'
            | '\u{05C0}'
            | '\u{05C3}'
            | '\u{05C6}'
            | '\u{05F3}'..='\u{05F4}'
            | '\u{0964}'..='\u{0965}'
            | '\u{2010}'..='\u{2027}'
            | '\u{2030}'..='\u{2043}'
            | '\u{2045}'..='\u{2051}'
            | '\u{2053}'..='\u{205E}'
            | '\u{2E00}'..='\u{2E4F}'
            | '\u{3001}'..='\u{3003}'
            | '\u{3008}'..='\u{3011}'
            | '\u{3014}'..='\u{301F}'
            | '\u{FE10}'..='\u{FE19}'
            | '\u{FE30}'..='\u{FE52}'
            | '\u{FE54}'..='\u{FE61}'
            | '\u{FE63}'
            | '\u{FE68}'
            | '\u{FE6A}'..='\u{FE6B}'
            | '\u{FF01}'..='\u{FF03}'
            | '\u{FF05}'..='\u{FF0A}'
            | '\u{FF0C}'..='\u{FF0F}'
            | '\u{FF1A}'..='\u{FF1B}'
            | '\u{FF1F}'..='\u{FF20}'
            | '\u{FF3B}'..='\u{FF3D}'
            | '\u{FF3F}'
            | '\u{FF5B}'
            | '\u{FF5D}'
            | '\u{FF5F}'..='\u{FF65}'
    ) || is_arabic_punctuation(c)
}

/// Regional indicator symbols U+1F1E6–U+1F1FF: two make a flag (🇸🇦).
pub const fn is_regional_indicator(c: char) -> bool {
    matches!(c, '\u{1F1E6}'..='\u{1F1FF}')
}

/// Emoji skin-tone modifiers U+1F3FB–U+1F3FF.
pub const fn is_emoji_modifier(c: char) -> bool {
    matches!(c, '\u{1F3FB}'..='\u{1F3FF}')
}

/// Unicode `Extended_Pictographic` (emoji-data.txt, Unicode 17, as unicode-segmentation 1.13
/// uses it for grapheme clusters): the characters emoji sequences are built from.
pub fn is_extended_pictographic(c: char) -> bool {
    let c = c as u32;
    if c < 0xA9 {
        return false;
    }
    EXTENDED_PICTOGRAPHIC
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Sorted, disjoint ranges of `Extended_Pictographic`.
const EXTENDED_PICTOGRAPHIC: &[(u32, u32)] = &[
    (0x00A9, 0x00A9),
    (0x00AE, 0x00AE),
    (0x203C, 0x203C),
    (0x2049, 0x2049),
    (0x2122, 0x2122),
    (0x2139, 0x2139),
    (0x2194, 0x2199),
    (0x21A9, 0x21AA),
    (0x231A, 0x231B),
    (0x2328, 0x2328),
    (0x23CF, 0x23CF),
    (0x23E9, 0x23F3),
    (0x23F8, 0x23FA),
    (0x24C2, 0x24C2),
    (0x25AA, 0x25AB),
    (0x25B6, 0x25B6),
    (0x25C0, 0x25C0),
    (0x25FB, 0x25FE),
    (0x2600, 0x2604),
    (0x260E, 0x260E),
    (0x2611, 0x2611),
    (0x2614, 0x2615),
    (0x2618, 0x2618),
    (0x261D, 0x261D),
    (0x2620, 0x2620),
    (0x2622, 0x2623),
    (0x2626, 0x2626),
    (0x262A, 0x262A),
    (0x262E, 0x262F),
    (0x2638, 0x263A),
    (0x2640, 0x2640),
    (0x2642, 0x2642),
    (0x2648, 0x2653),
    (0x265F, 0x2660),
    (0x2663, 0x2663),
    (0x2665, 0x2666),
    (0x2668, 0x2668),
    (0x267B, 0x267B),
    (0x267E, 0x267F),
    (0x2692, 0x2697),
    (0x2699, 0x2699),
    (0x269B, 0x269C),
    (0x26A0, 0x26A1),
    (0x26A7, 0x26A7),
    (0x26AA, 0x26AB),
    (0x26B0, 0x26B1),
    (0x26BD, 0x26BE),
    (0x26C4, 0x26C5),
    (0x26C8, 0x26C8),
    (0x26CE, 0x26CF),
    (0x26D1, 0x26D1),
    (0x26D3, 0x26D4),
    (0x26E9, 0x26EA),
    (0x26F0, 0x26F5),
    (0x26F7, 0x26FA),
    (0x26FD, 0x26FD),
    (0x2702, 0x2702),
    (0x2705, 0x2705),
    (0x2708, 0x270D),
    (0x270F, 0x270F),
    (0x2712, 0x2712),
    (0x2714, 0x2714),
    (0x2716, 0x2716),
    (0x271D, 0x271D),
    (0x2721, 0x2721),
    (0x2728, 0x2728),
    (0x2733, 0x2734),
    (0x2744, 0x2744),
    (0x2747, 0x2747),
    (0x274C, 0x274C),
    (0x274E, 0x274E),
    (0x2753, 0x2755),
    (0x2757, 0x2757),
    (0x2763, 0x2764),
    (0x2795, 0x2797),
    (0x27A1, 0x27A1),
    (0x27B0, 0x27B0),
    (0x27BF, 0x27BF),
    (0x2934, 0x2935),
    (0x2B05, 0x2B07),
    (0x2B1B, 0x2B1C),
    (0x2B50, 0x2B50),
    (0x2B55, 0x2B55),
    (0x3030, 0x3030),
    (0x303D, 0x303D),
    (0x3297, 0x3297),
    (0x3299, 0x3299),
    (0x1F004, 0x1F004),
    (0x1F02C, 0x1F02F),
    (0x1F094, 0x1F09F),
    (0x1F0AF, 0x1F0B0),
    (0x1F0C0, 0x1F0C0),
    (0x1F0CF, 0x1F0D0),
    (0x1F0F6, 0x1F0FF),
    (0x1F170, 0x1F171),
    (0x1F17E, 0x1F17F),
    (0x1F18E, 0x1F18E),
    (0x1F191, 0x1F19A),
    (0x1F1AE, 0x1F1E5),
    (0x1F201, 0x1F20F),
    (0x1F21A, 0x1F21A),
    (0x1F22F, 0x1F22F),
    (0x1F232, 0x1F23A),
    (0x1F23C, 0x1F23F),
    (0x1F249, 0x1F25F),
    (0x1F266, 0x1F321),
    (0x1F324, 0x1F393),
    (0x1F396, 0x1F397),
    (0x1F399, 0x1F39B),
    (0x1F39E, 0x1F3F0),
    (0x1F3F3, 0x1F3F5),
    (0x1F3F7, 0x1F3FA),
    (0x1F400, 0x1F4FD),
    (0x1F4FF, 0x1F53D),
    (0x1F549, 0x1F54E),
    (0x1F550, 0x1F567),
    (0x1F56F, 0x1F570),
    (0x1F573, 0x1F57A),
    (0x1F587, 0x1F587),
    (0x1F58A, 0x1F58D),
    (0x1F590, 0x1F590),
    (0x1F595, 0x1F596),
    (0x1F5A4, 0x1F5A5),
    (0x1F5A8, 0x1F5A8),
    (0x1F5B1, 0x1F5B2),
    (0x1F5BC, 0x1F5BC),
    (0x1F5C2, 0x1F5C4),
    (0x1F5D1, 0x1F5D3),
    (0x1F5DC, 0x1F5DE),
    (0x1F5E1, 0x1F5E1),
    (0x1F5E3, 0x1F5E3),
    (0x1F5E8, 0x1F5E8),
    (0x1F5EF, 0x1F5EF),
    (0x1F5F3, 0x1F5F3),
    (0x1F5FA, 0x1F64F),
    (0x1F680, 0x1F6C5),
    (0x1F6CB, 0x1F6D2),
    (0x1F6D5, 0x1F6E5),
    (0x1F6E9, 0x1F6E9),
    (0x1F6EB, 0x1F6F0),
    (0x1F6F3, 0x1F6FF),
    (0x1F7DA, 0x1F7FF),
    (0x1F80C, 0x1F80F),
    (0x1F848, 0x1F84F),
    (0x1F85A, 0x1F85F),
    (0x1F888, 0x1F88F),
    (0x1F8AE, 0x1F8AF),
    (0x1F8BC, 0x1F8BF),
    (0x1F8C2, 0x1F8CF),
    (0x1F8D9, 0x1F8FF),
    (0x1F90C, 0x1F93A),
    (0x1F93C, 0x1F945),
    (0x1F947, 0x1F9FF),
    (0x1FA58, 0x1FA5F),
    (0x1FA6E, 0x1FAFF),
    (0x1FC00, 0x1FFFD),
];

/// The ranges of code points outside ASCII that some rule may touch. Everything outside these
/// ranges (and outside ASCII) passes every normalizer unchanged, which lets the fast path skip
/// such characters by their lead byte.
pub(crate) const TOUCHED_RANGES: &[(char, char)] = &[
    (NEXT_LINE, NEXT_LINE),
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

    /// Every character `char::to_lowercase` changes is in `CASED_RANGES` (N16 relies on it),
    /// and `may_lowercase` is exactly the ranges.
    #[test]
    fn cased_ranges_hold_every_lowercase_mapping() {
        for c in (0u32..=0x10FFFF).filter_map(char::from_u32) {
            let listed = CASED_RANGES.iter().any(|&(lo, hi)| lo <= c && c <= hi);
            assert_eq!(may_lowercase(c), listed, "{c:?}");
            if !c.is_ascii() && c.to_lowercase().ne(std::iter::once(c)) {
                assert!(
                    may_lowercase(c),
                    "{c:?} U+{:04X} lowercases but is outside",
                    c as u32
                );
            }
        }
    }

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
                || (!c.is_ascii() && is_key_whitespace(c))
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
