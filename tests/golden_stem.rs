//! Stemming against outside gold data.

mod common;

/// Lucene's `TestArabicStemFilter` pairs, through `Light10` directly (the tests apply the stem
/// filter without normalizing first): all 22.
#[test]
fn lucene_stem_pairs() {
    let Some(path) = common::shared("data/lucene-arabic/lucene_stem_pairs.tsv") else {
        return;
    };
    let text = common::read(&path);
    let mut n = 0;
    for line in text.lines().skip(1) {
        let mut f = line.split('\t');
        let (test, input, expected) = (
            f.next().unwrap(),
            f.next().unwrap_or(""),
            f.next().unwrap_or(""),
        );
        assert_eq!(arabic_text::stem::Light10.stem(input), expected, "{test}");
        n += 1;
    }
    assert_eq!(n, 22);
}
