//! One named test per tricky case. Expected values are worked out from the rule table in
//! `RULES.md` and the Unicode data quoted next to each case.

use super::*;
use crate::Rule;

fn with(options: NormalizerOptions, input: &str) -> String {
    Normalizer::new(options).normalize(input).into_owned()
}
fn search(input: &str) -> String {
    with(NormalizerOptions::search(), input)
}
fn canonical(input: &str) -> String {
    with(NormalizerOptions::canonical(), input)
}
fn lucene(input: &str) -> String {
    with(NormalizerOptions::lucene(), input)
}

const PRESETS: [fn() -> NormalizerOptions; 6] = [
    NormalizerOptions::search,
    NormalizerOptions::canonical,
    NormalizerOptions::nlp,
    NormalizerOptions::lucene,
    NormalizerOptions::camel,
    NormalizerOptions::none,
];

#[test]
fn n0_decomposed_hamza_composes() {
    // ا + U+0654 HAMZA ABOVE is canonically equivalent to أ U+0623.
    assert_eq!(canonical("\u{0627}\u{0654}حمد"), "\u{0623}حمد");
    assert_eq!(canonical("\u{0627}\u{0655}"), "\u{0625}");
    assert_eq!(canonical("\u{0627}\u{0653}"), "\u{0622}");
    assert_eq!(canonical("\u{0648}\u{0654}"), "\u{0624}");
    assert_eq!(canonical("\u{064A}\u{0654}"), "\u{0626}");
    // Search composes first, then folds the composed alef (N5) and seat (N8).
    assert_eq!(search("\u{0627}\u{0654}حمد"), "احمد");
    assert_eq!(search("س\u{0648}\u{0654}ال"), "سوال");
}

#[test]
fn n0_composes_past_lower_class_marks_like_nfc() {
    // NFD puts FATHA (ccc 30) before HAMZA ABOVE (ccc 230); NFC still composes them: أَ.
    assert_eq!(canonical("\u{0627}\u{064E}\u{0654}"), "\u{0623}\u{064E}");
    // MADDA (ccc 230) blocks HAMZA ABOVE (ccc 230): ا + U+0653 + U+0654 → آ + U+0654.
    assert_eq!(canonical("\u{0627}\u{0653}\u{0654}"), "\u{0622}\u{0654}");
    // No base: the mark stays in canonical (lossless) and goes in search (N3).
    assert_eq!(canonical("ب\u{0654}"), "ب\u{0654}");
    assert_eq!(search("ب\u{0654}"), "ب");
    // Farsi yeh + hamza is not a canonical composition.
    assert_eq!(canonical("\u{06CC}\u{0654}"), "\u{06CC}\u{0654}");
}

#[test]
fn n0_never_composes_across_a_tatweel() {
    // NFC never composes across a starter, and U+0640 TATWEEL is one: the hamza sits on the
    // tatweel (its seat, as the Uthmani text writes it), not on the letter before.
    // nlp: tatweel, marks and the orphaned hamza (N3) go; no ئ appears.
    let nlp = |s| with(NormalizerOptions::nlp(), s);
    assert_eq!(nlp("يَٰٓـَٔادَمُ"), "يادم");
    assert_eq!(nlp("شَيْـًٔا"), "شيا");
    // canonical keeps the hamza (no N3), so it keeps its seat too: nothing composes, and a
    // second pass has nothing to do.
    assert_eq!(canonical("شيـٔا"), "شيـٔا");
    assert_eq!(canonical("شيـَٔا"), "شيـَٔا");
    // A tatweel that carries nothing is still deleted, and a hamza right on its letter still
    // composes.
    assert_eq!(canonical("شيـا"), "شيا");
    assert_eq!(canonical("شي\u{0654}ا"), "شئا");
    // Without N0, the tatweel goes as usual.
    let no_n0 = NormalizerOptions::canonical().compose_hamza(false);
    assert_eq!(with(no_n0, "شيـٔا"), "شي\u{0654}ا");
}

#[test]
fn n14_collapse_on_the_output() {
    let collapse = |o: NormalizerOptions, s: &str| with(o.collapse_spaces(true), s);
    let search = NormalizerOptions::search();
    assert_eq!(collapse(search, "a  b   c"), "a b c");
    // Spaces made adjacent by a deletion or a mapping collapse too: the run is on the output.
    assert_eq!(collapse(search, "ب \u{064E} ت"), "ب ت");
    assert_eq!(collapse(search, "ب \u{00A0}\u{00A0}ت"), "ب ت");
    assert_eq!(collapse(search, "  x"), " x");
    // Tabs and line breaks are not spaces here.
    assert_eq!(collapse(search, "a \t b"), "a \t b");
    let canonical = NormalizerOptions::canonical();
    assert_eq!(collapse(canonical, "كتب  كتاب"), "كتب كتاب");
    assert!(Normalizer::new(canonical.collapse_spaces(true)).is_normalized("كتب كتاب 12 ab"));
    // normalize_to looks only at its own output: a buffer ending in a space is not a run.
    let mut buf = String::from("a ");
    Normalizer::new(search.collapse_spaces(true)).normalize_to(" b  c", &mut buf);
    assert_eq!(buf, "a  b c");
}

#[test]
fn key_preset_lowercases_folds_whitespace_and_trims() {
    let key = |s| with(NormalizerOptions::key(), s);
    // search's folds, then N16 lowercase, N17 every whitespace run to one space, N18 trim.
    assert_eq!(key("  مُحَمَّد\t\tAli  "), "محمد ali");
    assert_eq!(key("\u{2028}Café\u{00A0}\u{0085}الأحد\r\n"), "café الاحد");
    // The information separators U+001C–U+001F count as whitespace (as in Python's split).
    assert_eq!(key("a\u{001F}b\u{001C}"), "a b");
    // Exactly str::to_lowercase: final sigma by its neighbours, İ to i + U+0307.
    assert_eq!(key("ΟΔΟΣ ΟΔΟΣ"), "οδος οδος");
    assert_eq!(key("İstanbul"), "i\u{0307}stanbul");
    assert_eq!(key("ΑΣ"), "ας");
    assert_eq!(key("Σ"), "σ");
    // Nothing but whitespace: the empty key.
    assert_eq!(key(" \t\n "), "");
    assert!(Normalizer::new(NormalizerOptions::key()).is_normalized("محمد ali"));
    assert!(!Normalizer::new(NormalizerOptions::key()).is_normalized("محمد ali "));
}

#[test]
fn n16_n17_n18_each_alone() {
    let none = NormalizerOptions::none;
    assert_eq!(with(none().lowercase(true), "  ABC\tΣ "), "  abc\tσ ");
    assert_eq!(with(none().fold_whitespace(true), " a\t\n b "), " a b ");
    assert_eq!(with(none().trim(true), "\t a\t\nb \u{3000}"), "a\t\nb");
}

#[test]
fn explain_names_n16_n17_n18() {
    let n = Normalizer::new(NormalizerOptions::key());
    let text = " Ab\t\tc ";
    let changes = n.explain(text);
    assert_eq!(crate::apply_changes(text, &changes), "ab c");
    let rules: Vec<Vec<Rule>> = changes.iter().map(|c| c.rules.clone()).collect();
    assert!(rules.contains(&vec![Rule::N18]), "{changes:?}");
    assert!(rules.contains(&vec![Rule::N16]), "{changes:?}");
    assert!(rules.iter().any(|r| r.contains(&Rule::N17)), "{changes:?}");
}

#[test]
fn heh_doachashmee_folds_under_n10() {
    // U+06BE ھ, typed for ه on Urdu and Persian keyboards.
    assert_eq!(search("ھذا"), "هذا");
    assert_eq!(with(NormalizerOptions::nlp(), "الھدف"), "الهدف");
    assert_eq!(canonical("ھذا"), "ھذا");
}

#[test]
fn n0_composes_with_a_base_written_by_a_presentation_form() {
    // ﺍ U+FE8D (alef isolated form) + U+0654: N9 writes ا, then N0 composes it, so that a
    // second pass has nothing left to do.
    assert_eq!(canonical("\u{FE8D}\u{0654}"), "\u{0623}");
}

#[test]
fn alef_wasla() {
    assert_eq!(search("ٱلْحَمْدُ"), "الحمد");
    // Lucene does not fold ٱ; CAMeL does.
    assert_eq!(lucene("ٱلحمد"), "ٱلحمد");
    assert_eq!(with(NormalizerOptions::camel(), "ٱلحمد"), "الحمد");
}

#[test]
fn dagger_alef_in_al_rahman() {
    let word = "الرحم\u{0670}ن";
    assert_eq!(search(word), "الرحمن");
    assert_eq!(lucene(word), word);
    assert_eq!(canonical(word), word);
    let to_alef = NormalizerOptions::none().strip_dagger_alef(DaggerAlef::ToAlef);
    assert_eq!(with(to_alef, word), "الرحمان");
}

#[test]
fn lam_alef_ligatures_keep_hamza_and_madda() {
    // Unicode: U+FEF5/FEF6 ≡ ل + آ, U+FEF7/FEF8 ≡ ل + أ, U+FEF9/FEFA ≡ ل + إ,
    // U+FEFB/FEFC ≡ ل + ا (isolated and final forms).
    let cases = [
        ('\u{FEF5}', "لآ"),
        ('\u{FEF6}', "لآ"),
        ('\u{FEF7}', "لأ"),
        ('\u{FEF8}', "لأ"),
        ('\u{FEF9}', "لإ"),
        ('\u{FEFA}', "لإ"),
        ('\u{FEFB}', "لا"),
        ('\u{FEFC}', "لا"),
    ];
    for (ligature, letters) in cases {
        assert_eq!(canonical(&ligature.to_string()), letters, "{ligature:?}");
        assert_eq!(search(&ligature.to_string()), "لا", "{ligature:?}");
    }
}

#[test]
fn allah_ligature_and_salla_expansion() {
    assert_eq!(canonical("\u{FDF2}"), "الله");
    assert_eq!(search("\u{FDF2}"), "الله");
    // U+FDFA ARABIC LIGATURE SALLALLAHOU ALAYHE WASALLAM ≡ صلى الله عليه وسلم: 18 code points
    // from one, the largest expansion in the presentation-form blocks.
    let out = canonical("\u{FDFA}");
    assert_eq!(out, "صلى الله عليه وسلم");
    assert_eq!(out.chars().count(), 18);
    // Lucene leaves presentation forms alone.
    assert_eq!(lucene("\u{FDF2}"), "\u{FDF2}");
}

#[test]
fn persian_keheh_and_farsi_yeh() {
    assert_eq!(search("کتاب"), "كتاب");
    assert_eq!(search("الذی"), "الذي");
    assert_eq!(search("اللہ"), "الله");
    assert_eq!(search("رحمۃ"), "رحمه"); // ۃ → ة (N10) → ه (N7)
    assert_eq!(canonical("کتاب الذی"), "کتاب الذی");
}

#[test]
fn arabic_indic_number_separators() {
    assert_eq!(search("١٬٠٠٠"), "1,000");
    assert_eq!(search("٣٫٥"), "3.5");
    assert_eq!(search("۱۲۳"), "123");
    // Not between digits: the separators stay what they are.
    assert_eq!(search("٫٥"), "٫5");
    assert_eq!(search("٣٬ب"), "3٬ب");
    // A control deleted between digit and separator does not hide the digit.
    assert_eq!(search("٣\u{200F}٫\u{200E}٥"), "3.5");
    // Reverse direction: ASCII and Persian digits to Arabic-Indic, separators untouched.
    let reverse = NormalizerOptions::none().fold_digits(Digits::ToArabicIndic);
    assert_eq!(with(reverse, "2025 ۴.5"), "٢٠٢٥ ٤.٥");
}

#[test]
fn bidi_marks_alm_lrm_rlm() {
    let text = "\u{061C}مرحبا\u{200E} \u{200F}World\u{202B}\u{2067}x\u{2069}";
    assert_eq!(search(text), "مرحبا Worldx");
    assert_eq!(canonical(text), "مرحبا Worldx");
    assert_eq!(lucene(text), text);
}

#[test]
fn zwnj_inside_a_word() {
    let word = "می\u{200C}خواهم";
    assert_eq!(search(word), "ميخواهم");
    assert_eq!(canonical(word), word);
    let space = NormalizerOptions::none().zero_width_joiners(Joiners::Space);
    assert_eq!(with(space, word), "می خواهم");
}

#[test]
fn nbsp_and_other_spaces() {
    assert_eq!(
        search("كتاب\u{00A0}جديد\u{2009}x\u{3000}y"),
        "كتاب جديد x y"
    );
    assert_eq!(canonical("a\u{202F}b"), "a b");
    assert_eq!(lucene("a\u{00A0}b"), "a\u{00A0}b");
    let collapse = NormalizerOptions::none()
        .normalize_spaces(true)
        .collapse_spaces(true);
    assert_eq!(with(collapse, "a \u{00A0}  b\t\tc"), "a b\t\tc");
}

#[test]
fn text_with_no_arabic_is_borrowed_untouched() {
    let text = "Plain ASCII, émigré naïve café — “quotes” 日本語 😀 Ωμέγα";
    for preset in PRESETS {
        let n = Normalizer::new(preset());
        let out = n.normalize(text);
        assert!(matches!(out, Cow::Borrowed(_)), "{:?}", n.options());
        assert_eq!(out, text);
        assert!(n.is_normalized(text));
    }
}

#[test]
fn tatweel_and_tashkeel() {
    assert_eq!(search("روبرـــــت"), "روبرت");
    assert_eq!(search("الْعَرَبِيَّةُ"), "العربيه");
    let keep_shadda = NormalizerOptions::none()
        .strip_tashkeel(true)
        .keep_shadda(true);
    assert_eq!(with(keep_shadda, "الْعَرَبِيَّةُ"), "العربيّة");
}

#[test]
fn alef_maksura_and_hamza_seat_targets() {
    let to_alef = NormalizerOptions::none().fold_alef_maksura(AlefMaksura::ToAlef);
    assert_eq!(with(to_alef, "على"), "علا");
    let to_hamza = NormalizerOptions::none().fold_hamza_seats(HamzaSeats::ToHamza);
    assert_eq!(with(to_hamza, "سؤال الأئمة"), "سءال الأءمة");
}

#[test]
fn punctuation_folds() {
    assert_eq!(search("نعم، لا؛ لماذا؟ ٥٪ تم۔"), "نعم, لا; لماذا? 5% تم.");
}

#[test]
fn quranic_marks() {
    // Waqf marks U+06D6, U+06D7, small high meem U+06E2, and an Extended-A mark U+08F0.
    assert_eq!(
        search("ريب\u{06D6} فيه\u{06D7} من\u{06E2}\u{08F0}"),
        "ريب فيه من"
    );
    // RUB EL HIZB U+06DE is a symbol, not a mark: kept.
    assert_eq!(search("\u{06DE} الم"), "\u{06DE} الم");
}

#[test]
fn elongation() {
    let two = NormalizerOptions::none().collapse_elongation(Elongation::MaxTwo);
    let one = NormalizerOptions::none().collapse_elongation(Elongation::MaxOne);
    assert_eq!(with(two, "مرحباااا"), "مرحباا");
    assert_eq!(with(one, "مرحباااا"), "مرحبا");
    // Runs of two are not elongation: الله keeps its double lam even with MaxOne.
    assert_eq!(with(one, "الله"), "الله");
    // Deleted tatweel between the letters does not break the run.
    let search_one = NormalizerOptions::search().collapse_elongation(Elongation::MaxOne);
    assert_eq!(with(search_one, "جميـيـيـيل"), "جميل");
    // Latin letters are not touched.
    assert_eq!(with(one, "cooool"), "cooool");
}

#[test]
fn normalize_to_appends_and_ignores_earlier_content() {
    let n = Normalizer::new(NormalizerOptions::canonical());
    let mut out = String::from("ا");
    n.normalize_to("\u{0654}ب", &mut out);
    // The mark has no base inside this text: it is kept, not composed with the buffer's ا.
    assert_eq!(out, "ا\u{0654}ب");
}

#[test]
fn lucene_exact_set() {
    // Lucene deletes exactly U+064B–U+0652 and U+0640, folds آ أ إ, ى, ة; nothing else.
    // The input has 4 spaces between ة and U+0670, around a deleted tatweel and two marks.
    assert_eq!(lucene("آأإٱٲى ة ـ ً ْ ٰ ٓ ؤئ ک ٣"), "اااٱٲي ه    ٰ ٓ ؤئ ک ٣");
}

#[test]
fn normalizer_is_send_sync_clone_debug() {
    fn assert_traits<T: Send + Sync + Clone + std::fmt::Debug>() {}
    assert_traits::<Normalizer>();
    assert_traits::<NormalizerOptions>();
}
