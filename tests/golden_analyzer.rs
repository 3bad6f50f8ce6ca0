//! Lucene's analyzer and filter-chain tests (`TestArabicAnalyzer`, `TestArabicFilters`,
//! `TestArabicStemFilter`) through `Analyzer::lucene()` and the equivalent builders: all 17.

mod common;

use arabic_text::{Analyzer, AnalyzerBuilder, Digits, NormalizerOptions, Stemmer, StopWords};

fn lucene_like() -> AnalyzerBuilder {
    Analyzer::builder()
        .normalizer(NormalizerOptions::lucene().fold_digits(Digits::ToAscii))
        .stop_words(StopWords::Lucene)
        .stemmer(Stemmer::Light10)
}

/// The analyzer a chain name in the TSV stands for.
fn chain(name: &str) -> Analyzer {
    match name {
        "analyzer" => Analyzer::lucene(),
        "analyzer_no_stopwords_no_exclusion" => lucene_like().stop_words(StopWords::None).build(),
        n if n.starts_with("analyzer_no_stopwords_exclusion=") => {
            let word = n.split('=').nth(1).expect("word");
            lucene_like()
                .stop_words(StopWords::None)
                .stem_exclusion([word])
                .build()
        }
        // Filter chains on a whitespace tokenizer: no lowercasing, no stop words.
        "whitespace+normalization" => Analyzer::builder()
            .normalizer(NormalizerOptions::lucene())
            .lowercase(false)
            .stop_words(StopWords::None)
            .stemmer(Stemmer::None)
            .build(),
        "whitespace+normalization+stem" => Analyzer::builder()
            .normalizer(NormalizerOptions::lucene())
            .lowercase(false)
            .stop_words(StopWords::None)
            .stemmer(Stemmer::Light10)
            .build(),
        // The keyword marker is our exclusion set; the test's token is ساهدهات.
        "whitespace+keyword_marker+stem" => Analyzer::builder()
            .normalizer(NormalizerOptions::none())
            .lowercase(false)
            .stop_words(StopWords::None)
            .stemmer(Stemmer::Light10)
            .stem_exclusion(["ساهدهات"])
            .build(),
        other => panic!("unknown chain {other}"),
    }
}

#[test]
fn lucene_pipeline_cases() {
    let Some(path) = common::shared("data/lucene-arabic/lucene_pipeline_cases.tsv") else {
        return;
    };
    let text = common::read(&path);
    let mut n = 0;
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let (test, name, input, expected) = (f[1], f[2], f[3], f[4]);
        let a = chain(name);
        let got: Vec<String> = a.analyze(input).map(|t| t.text.into_owned()).collect();
        assert_eq!(got.join(" "), expected, "{test} ({name}): {input}");
        n += 1;
    }
    assert_eq!(n, 17);
}
