//! Named cases. Expected tokens follow the rules in the module docs; the reason for each is
//! written next to it.

use super::*;

fn toks(text: &str) -> Vec<(&str, TokenKind)> {
    tokenize(text).map(|t| (t.text, t.kind)).collect()
}

fn texts(text: &str) -> Vec<&str> {
    tokenize(text).map(|t| t.text).collect()
}

use TokenKind::*;

#[test]
fn tanween_at_word_end_stays_in_the_word() {
    // Fathatan (U+064B) is a mark of the last letter, not a token: أيضاً is one word.
    assert_eq!(toks("أيضاً"), [("أيضاً", Word)]);
    assert_eq!(toks("كثيراً."), [("كثيراً", Word), (".", Punctuation)]);
    // Fully vocalized text with shadda and dagger alef.
    assert_eq!(texts("هٰذَا الْكِتَابُ"), ["هٰذَا", "الْكِتَابُ"]);
}

#[test]
fn zwnj_inside_a_word() {
    // Persian می‌خواهم: the ZWNJ only stops the letters joining; it is one word.
    assert_eq!(toks("می\u{200C}خواهم"), [("می\u{200C}خواهم", Word)]);
    // At the end of a word it joins nothing and goes to the separator.
    let t: Vec<_> = Tokenizer::new()
        .whitespace(true)
        .tokenize("کتاب\u{200C} نو")
        .collect();
    assert_eq!(t[0].text, "کتاب");
    assert_eq!(t[1].text, "\u{200C} ");
    assert_eq!(t[1].kind, Whitespace);
}

#[test]
fn rlm_between_words_is_a_separator() {
    let text = "السلام\u{200F} \u{200F}عليكم";
    assert_eq!(texts(text), ["السلام", "عليكم"]);
    let all: Vec<_> = Tokenizer::new().whitespace(true).tokenize(text).collect();
    assert_eq!(all.len(), 3);
    assert_eq!(all[1].text, "\u{200F} \u{200F}");
    assert_eq!(all[1].kind, Whitespace);
    // A bidi mark between two letters, with no space, separates nothing visible: it stays
    // inside the word, as UAX #29 keeps format controls (WB4).
    assert_eq!(texts("كل\u{061C}مة"), ["كل\u{061C}مة"]);
    assert_eq!(texts("ab\u{200F}cd ef\u{200F}"), ["ab\u{200F}cd", "ef"]);
}

#[test]
fn url_with_arabic_path() {
    let text = "انظر https://ar.wikipedia.org/wiki/مصر، والمزيد في www.example.com.";
    assert_eq!(
        toks(text),
        [
            ("انظر", Word),
            ("https://ar.wikipedia.org/wiki/مصر", Url),
            ("،", Punctuation),
            ("والمزيد", Word),
            ("في", Word),
            ("www.example.com", Url),
            (".", Punctuation),
        ]
    );
    // A bracket the URL opened stays; one it did not open is punctuation.
    assert_eq!(
        texts("(https://en.wikipedia.org/wiki/Foo_(bar))"),
        ["(", "https://en.wikipedia.org/wiki/Foo_(bar)", ")"]
    );
    // Switched off, a URL is words and punctuation.
    let off: Vec<_> = Tokenizer::new()
        .urls(false)
        .tokenize("http://a.com")
        .map(|t| t.kind)
        .collect();
    assert!(!off.contains(&Url));
}

#[test]
fn email() {
    assert_eq!(
        toks("راسلنا على info.desk+ar@example.co.uk."),
        [
            ("راسلنا", Word),
            ("على", Word),
            ("info.desk+ar@example.co.uk", Email),
            (".", Punctuation),
        ]
    );
    // No dot in the domain: not an address.
    assert_eq!(texts("a@b"), ["a", "@", "b"]);
}

#[test]
fn mention() {
    assert_eq!(
        toks("شكراً @user_1 و@محمد"),
        [
            ("شكراً", Word),
            ("@user_1", Mention),
            ("و", Word),
            ("@", Punctuation),
            ("محمد", Word)
        ]
    );
    // `و@محمد`: an @ glued to a word starts no mention. After a space it does.
    assert_eq!(
        toks("@محمد_علي."),
        [("@محمد_علي", Mention), (".", Punctuation)]
    );
}

#[test]
fn arabic_hashtag_with_underscore() {
    assert_eq!(toks("#هاشتاق_عربي"), [("#هاشتاق_عربي", Hashtag)]);
    assert_eq!(
        toks("#مصر، #2025"),
        [
            ("#مصر", Hashtag),
            ("،", Punctuation),
            ("#", Punctuation),
            ("2025", Number)
        ]
    );
}

#[test]
fn zwj_family_emoji_is_one_token() {
    let family = "👨\u{200D}👩\u{200D}👧";
    assert_eq!(
        toks(&format!("عائلة {family}!")),
        [("عائلة", Word), (family, Emoji), ("!", Punctuation)]
    );
    // Skin tone and keycap sequences too.
    assert_eq!(toks("👍🏽"), [("👍🏽", Emoji)]);
    assert_eq!(toks("1\u{FE0F}\u{20E3}"), [("1\u{FE0F}\u{20E3}", Emoji)]);
}

#[test]
fn flag_is_one_token() {
    assert_eq!(toks("🇸🇦"), [("🇸🇦", Emoji)]);
    // Two flags in a row pair up correctly.
    assert_eq!(toks("🇸🇦🇪🇬"), [("🇸🇦", Emoji), ("🇪🇬", Emoji)]);
}

#[test]
fn allah_in_parentheses() {
    assert_eq!(
        toks("(الله)"),
        [("(", Punctuation), ("الله", Word), (")", Punctuation)]
    );
    // The ligature ﷲ is a letter of the presentation forms: a word.
    assert_eq!(
        toks("(ﷲ)"),
        [("(", Punctuation), ("ﷲ", Word), (")", Punctuation)]
    );
}

#[test]
fn line_mixing_arabic_and_english() {
    assert_eq!(
        toks("أطلقت Apple هاتف iPhone 16 بسعر $799 (don't miss it)."),
        [
            ("أطلقت", Word),
            ("Apple", Word),
            ("هاتف", Word),
            ("iPhone", Word),
            ("16", Number),
            ("بسعر", Word),
            ("$", Symbol),
            ("799", Number),
            ("(", Punctuation),
            ("don't", Word),
            ("miss", Word),
            ("it", Word),
            (")", Punctuation),
            (".", Punctuation),
        ]
    );
    // A change of script ends a word, even with no space.
    assert_eq!(texts("الـiPhone"), ["الـ", "iPhone"]);
    // Other scripts follow UAX #29.
    assert_eq!(texts("Müller café U.S.A"), ["Müller", "café", "U.S.A"]);
}

#[test]
fn arabic_indic_digits_with_decimal_separator() {
    assert_eq!(toks("٣٫٥"), [("٣٫٥", Number)]);
    assert_eq!(toks("١٬٠٠٠٫٢٥"), [("١٬٠٠٠٫٢٥", Number)]);
    assert_eq!(toks("٥٠٪"), [("٥٠٪", Number)]);
    // A separator with no digit after it is punctuation.
    assert_eq!(
        toks("٣٫ و"),
        [("٣", Number), ("٫", Punctuation), ("و", Word)]
    );
    // ASCII separators, times and percentages, as UD Arabic-PUD tokenizes them.
    assert_eq!(
        texts("3.5 1,000 6:30 70%, 2013-2014"),
        ["3.5", "1,000", "6:30", "70%", ",", "2013", "-", "2014"]
    );
}

#[test]
fn proclitic_on_a_number_and_unit_after_a_number() {
    // UD Arabic-PUD keeps و2006, ب15000, الـ84 as one surface token.
    assert_eq!(
        toks("و2006 ب7,5 الـ84"),
        [("و2006", Word), ("ب7,5", Word), ("الـ84", Word)]
    );
    // spaCy's test: 14كم is a number and its unit.
    assert_eq!(
        texts("يبلغ طول مضيق طارق 14كم "),
        ["يبلغ", "طول", "مضيق", "طارق", "14", "كم"]
    );
}

#[test]
fn ellipsis_and_abbreviations() {
    assert_eq!(texts("الناس..."), ["الناس", "..."]);
    assert_eq!(texts("انتظر…"), ["انتظر", "…"]);
    // Abbreviations are split as UD Arabic does (ق . م); sentence splitting knows them.
    assert_eq!(texts("3200 ق.م"), ["3200", "ق", ".", "م"]);
}

#[test]
fn marks_without_a_letter() {
    // Tanzil writes Quranic pause marks as separate "words": punctuation.
    assert_eq!(
        toks("الرَّحِيمِ ۖ الْحَمْدُ"),
        [("الرَّحِيمِ", Word), ("ۖ", Punctuation), ("الْحَمْدُ", Word)]
    );
    assert_eq!(toks(" \u{064B}"), [("\u{064B}", Symbol)]);
}

#[test]
fn spans_slice_the_input() {
    let text = "في عام ٢٠٢٥، قال «أحمد»: 👍🏽";
    for t in tokenize(text) {
        assert_eq!(&text[t.span.range()], t.text);
    }
}

#[test]
fn empty_and_blank_input() {
    assert_eq!(tokenize("").count(), 0);
    assert_eq!(tokenize(" \n\t\u{200F}").count(), 0);
    assert_eq!(Tokenizer::new().whitespace(true).tokenize(" \n").count(), 1);
}

#[test]
fn tatweel_in_a_word_and_as_a_dash() {
    // Inside a word, and after a letter that joins it (the article before a number), tatweel
    // is elongation: part of the word.
    assert_eq!(texts("جميـــل الـ84 الشـ"), ["جميـــل", "الـ84", "الشـ"]);
    // With no letter before it, or after ء د ة … which cannot join the next letter, it is a
    // dash (UD Arabic-PUD: ـ11, الإحصاءـ).
    assert_eq!(toks("ـ11"), [("ـ", Punctuation), ("11", Number)]);
    assert_eq!(toks("الإحصاءـ"), [("الإحصاء", Word), ("ـ", Punctuation)]);
}

/// Inputs that once made a scan look far ahead or behind from every token (quadratic time).
/// Not timed: the results are checked, and a quadratic regression makes this test take
/// minutes instead of milliseconds.
#[test]
fn long_repetitive_inputs() {
    let n = 50_000;
    let url = format!("http://a{}", ")".repeat(n));
    let t: Vec<_> = tokenize(&url).collect();
    assert_eq!((t[0].text, t[0].kind), ("http://a", Url));
    assert_eq!(t.len(), n + 1);
    // `a..a..`: words and ellipses, never an e-mail.
    assert_eq!(tokenize(&"a..".repeat(n)).count(), 2 * n);
    // `a+a+`: never a URL scheme.
    assert!(tokenize(&"a+".repeat(n)).all(|t| t.kind != Url));
    // A run of regional indicators pairs up into flags.
    let run = "🇸".repeat(2 * n + 1);
    let flags: Vec<_> = tokenize(&run).collect();
    assert_eq!(flags.len(), n + 1);
    assert!(flags.iter().all(|t| t.kind == Emoji));
    assert_eq!(flags[n].text, "🇸");
}
