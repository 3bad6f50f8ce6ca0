//! The seed corpus through arabic-text's analyzer and through charabia's default tokenizer
//! (segmentation, language detection, normalization), in one criterion group with a memcpy row.

#[path = "../../benches/corpus.rs"]
mod corpus;

use arabic_text::{tokenize, Analyzer, Stemmer};
use charabia::Tokenize;
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let text = corpus::corpus();
    let mut g = corpus::group(c, "analyze-vs-charabia", &text);
    g.bench_function("charabia 0.10 default tokenizer (word tokens)", |b| {
        b.iter(|| {
            black_box(
                black_box(text.as_str())
                    .tokenize()
                    .filter(|t| t.is_word())
                    .count(),
            )
        })
    });
    g.bench_function("arabic-text tokenize", |b| {
        b.iter(|| black_box(tokenize(black_box(&text)).count()))
    });
    let plain = Analyzer::builder().stemmer(Stemmer::None).build();
    g.bench_function("arabic-text Analyzer (normalize + stop words)", |b| {
        b.iter(|| black_box(plain.analyze(black_box(&text)).count()))
    });
    let search = Analyzer::search();
    g.bench_function("arabic-text Analyzer::search (+ light stemming)", |b| {
        b.iter(|| black_box(search.analyze(black_box(&text)).count()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
