//! The modern (default) stemmer keeps names and distinct words apart and still brings a word's
//! inflections together. The pairs are issue 13's: each pair below is two different words (a
//! name and a common word, or two common words), so one search term for both would return
//! documents about the wrong one. Lucene's Light10 keeps every one of them apart.

use arabic_text::stem::LightStemmer;
use arabic_text::{stem, Analyzer};

fn apart(pairs: &[(&str, &str)]) {
    for (a, b) in pairs {
        assert_ne!(stem(a), stem(b), "{a} and {b} must not meet");
        let s = LightStemmer::new();
        let (na, nb) = (arabic_text::normalize(a), arabic_text::normalize(b));
        assert_ne!(
            s.stem_search_normalized(&na),
            s.stem_search_normalized(&nb),
            "{a} and {b} must not meet on search-normalized tokens"
        );
    }
}

#[test]
fn names_apart_from_common_words() {
    apart(&[
        ("يزيد", "زيد"),
        ("تامر", "أمر"),
        ("أيمن", "اليمن"),
        ("أحمد", "الحمد"),
        ("أنور", "نور"),
        ("أشرف", "شرف"),
        ("أكرم", "كرم"),
        ("أسعد", "سعد"),
        ("يحيى", "حي"),
    ]);
}

#[test]
fn distinct_words_apart() {
    apart(&[
        ("تموز", "موز"),
        ("إسلام", "سلام"),
        ("أكبر", "كبر"),
        ("يسار", "سار"),
    ]);
}

/// Names keep their letters: none of these is a verb whose prefix or ending could be taken.
#[test]
fn names_whole() {
    for (word, expected) in [
        ("تونس", "تونس"),
        ("إيران", "ايران"),
        ("يوسف", "يوسف"),
        ("نيسان", "نيسان"),
        ("روسيا", "روسيا"),
        // With clitics: the conjunction and prepositions go, the name stays.
        ("وتونس", "تونس"),
        ("بإيران", "ايران"),
        ("لروسيا", "روسيا"),
        // A listed name with the article keeps it: Sunday is not "one" (أحد).
        ("الأحد", "الاحد"),
        ("وللقاهرة", "القاهره"),
    ] {
        assert_eq!(stem(word), expected, "{word}");
    }
    assert_ne!(stem("الأحد"), stem("أحد"));
    // A country and its adjective stay apart (روسيا, روسي), and the adjective's forms meet.
    assert_ne!(stem("روسيا"), stem("الروسية"));
    assert_eq!(stem("الروسية"), stem("روسي"));
}

#[test]
fn inflections_together() {
    for (a, b) in [
        ("والكتاب", "كتابها"),
        ("المعلمين", "معلمون"),
        ("السيارات", "سيارة"),
        ("يكتبون", "يكتب"),
        ("قالت", "قال"),
        ("مدرستها", "المدرسة"),
    ] {
        assert_eq!(stem(a), stem(b), "{a} and {b} must meet");
    }
}

/// The search analyzer (and so tantivy's tokenizer) uses the modern stemmer.
#[test]
fn search_analyzer_keeps_names_apart() {
    let a = Analyzer::search();
    let terms = |t: &str| -> Vec<String> { a.analyze(t).map(|t| t.text.into_owned()).collect() };
    assert_ne!(terms("أيمن"), terms("اليمن"));
    assert_ne!(terms("تموز"), terms("موز"));
    assert_eq!(terms("السيارات"), terms("سيارة"));
    assert_eq!(terms("للقاهرة"), terms("القاهرة"));
}
