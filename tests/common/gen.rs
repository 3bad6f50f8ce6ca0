//! proptest strategies shared by the property tests.

use arabic_text::{
    AlefMaksura, AlefVariants, DaggerAlef, Digits, Elongation, HamzaSeats, Joiners,
    NormalizerOptions,
};
use proptest::prelude::*;

/// Characters biased to what the rules touch: Arabic letters and marks, the combining hamza,
/// presentation forms, controls, digits and separators, spaces, Persian letters, Latin, emoji.
pub fn any_char() -> impl Strategy<Value = char> {
    use proptest::char::range;
    prop_oneof![
        8 => range('\u{0621}', '\u{064A}'),
        4 => range('\u{064B}', '\u{065F}'),
        3 => range('\u{0653}', '\u{0655}'),
        2 => Just('\u{0670}'),
        2 => range('\u{0660}', '\u{066D}'),
        2 => range('\u{0671}', '\u{06FF}'),
        1 => range('\u{0610}', '\u{061F}'),
        1 => range('\u{0897}', '\u{08FF}'),
        3 => range('\u{FB50}', '\u{FDFF}'),
        3 => range('\u{FE70}', '\u{FEFF}'),
        2 => range('\u{200B}', '\u{200F}'),
        1 => range('\u{202A}', '\u{202F}'),
        1 => range('\u{2066}', '\u{2069}'),
        1 => prop::sample::select(vec!['\u{00A0}', '\u{00AD}', '\u{061C}', '\u{3000}', '\u{2009}', '\u{1680}']),
        3 => Just(' '),
        2 => range('0', '9'),
        1 => range('\u{06F0}', '\u{06F9}'),
        2 => range('a', 'z'),
        1 => prop::sample::select(vec!['😀', '\u{1F468}', '\u{200D}', '\u{1F1F8}', '\u{1F3FD}', '\u{FE0F}', '\n', '\t', '.', ',']),
        1 => prop::sample::select(vec!['@', '#', '_', '%', ':', '/', '-', '(', ')', '«', '»', '؟', '!', '\'', '"', '\r', '\u{20E3}', '\u{0301}', 'é', '中', '\u{2026}', '\u{0640}']),
        2 => prop::sample::select(vec!['\u{06E5}', '\u{06E6}', '\u{0670}', '\u{0649}', '\u{0648}', '\u{0629}', '\u{0621}', '\u{0627}', '\u{0647}', '\u{06DF}']),
        2 => prop::sample::select(vec!['A', 'Z', 'Σ', 'Ω', 'Ж', 'İ', 'Ａ', 'ẞ', 'ǅ', '\u{0085}', '\u{2028}', '\u{2029}', '\u{000B}', '\u{000C}', '\u{001C}', '\u{001F}']),
        1 => any::<char>(),
    ]
}

pub fn any_text() -> impl Strategy<Value = String> {
    prop::collection::vec(any_char(), 0..48).prop_map(String::from_iter)
}

pub fn any_options() -> impl Strategy<Value = NormalizerOptions> {
    let bools = prop::array::uniform12(any::<bool>());
    let dagger = prop::sample::select(vec![DaggerAlef::Keep, DaggerAlef::Drop, DaggerAlef::ToAlef]);
    let alef = prop::sample::select(vec![
        AlefVariants::Keep,
        AlefVariants::Hamzated,
        AlefVariants::HamzatedAndWasla,
        AlefVariants::All,
    ]);
    let maksura = prop::sample::select(vec![
        AlefMaksura::Keep,
        AlefMaksura::ToYeh,
        AlefMaksura::ToAlef,
    ]);
    let seats = prop::sample::select(vec![
        HamzaSeats::Keep,
        HamzaSeats::ToSeat,
        HamzaSeats::ToHamza,
    ]);
    let digits = prop::sample::select(vec![Digits::Keep, Digits::ToAscii, Digits::ToArabicIndic]);
    let joiners = prop::sample::select(vec![Joiners::Keep, Joiners::Drop, Joiners::Space]);
    let elongation = prop::sample::select(vec![
        Elongation::Keep,
        Elongation::MaxOne,
        Elongation::MaxTwo,
    ]);
    let keys = prop::array::uniform4(any::<bool>());
    (
        bools, dagger, alef, maksura, seats, digits, joiners, elongation, keys,
    )
        .prop_map(
            |(b, dagger, alef, maksura, seats, digits, joiners, elongation, k)| {
                NormalizerOptions::none()
                    .lowercase(k[0])
                    .fold_whitespace(k[1])
                    .trim(k[2])
                    .quran_spelling(k[3])
                    .compose_hamza(b[0])
                    .strip_tashkeel(b[1])
                    .keep_shadda(b[2])
                    .strip_quranic_marks(b[3])
                    .strip_tatweel(b[4])
                    .fold_teh_marbuta(b[5])
                    .fold_presentation_forms(b[6])
                    .fold_persian_letters(b[7])
                    .fold_punctuation(b[8])
                    .strip_format_controls(b[9])
                    .normalize_spaces(b[10])
                    .collapse_spaces(b[11])
                    .strip_dagger_alef(dagger)
                    .fold_alef_variants(alef)
                    .fold_alef_maksura(maksura)
                    .fold_hamza_seats(seats)
                    .fold_digits(digits)
                    .zero_width_joiners(joiners)
                    .collapse_elongation(elongation)
            },
        )
}

pub fn presets() -> impl Strategy<Value = NormalizerOptions> {
    prop::sample::select(super::PRESETS.to_vec())
}

/// Text with the pieces the tokenizer treats specially: URLs, e-mails, mentions, hashtags,
/// numbers with separators, emoji sequences, abbreviations, mixed with [`any_char`].
pub fn token_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => any_char().prop_map(String::from),
        1 => prop::sample::select(vec![
            "https://ar.wikipedia.org/wiki/مصر", "www.example.com", "info@example.com",
            "@user_1", "#هاشتاق_عربي", "٣٫٥", "1,000.5", "6:30", "70%", "ق.م.", "د. ",
            "👨\u{200D}👩\u{200D}👧", "🇸🇦", "1\u{FE0F}\u{20E3}", "...", "الـ", "ﷺ", "ﷲ",
            "don't", "U.S.A", "و2006", "14كم", "؟! ", ".\n", "\r\n", "».",
        ]).prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..32).prop_map(|v| v.concat())
}

/// Cases per property: `PROPTEST_CASES` when set (for long runs by hand), else 2,000.
pub fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000)
}
