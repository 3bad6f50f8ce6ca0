//! Analyzer throughput on the seed articles: tokenize → normalize → stop words → stem, terms
//! counted, next to a memcpy of the same bytes and the tokenizer alone, in one group.
//! (charabia's throughput on the same corpus is measured in `peers/benches/analyze.rs`.)

mod corpus;

use arabic_text::{tokenize, Analyzer, Stemmer};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let text = corpus::corpus();
    let mut g = corpus::group(c, "analyze", &text);
    g.bench_function("tokenize count", |b| {
        b.iter(|| black_box(tokenize(black_box(&text)).count()))
    });
    for (name, a) in [
        ("Analyzer::search", Analyzer::search()),
        (
            "Analyzer::search, no stemming",
            Analyzer::builder().stemmer(Stemmer::None).build(),
        ),
        (
            "Analyzer::search, emit both",
            Analyzer::builder().emit_both(true).build(),
        ),
        ("Analyzer::lucene", Analyzer::lucene()),
    ] {
        g.bench_function(name, |b| {
            b.iter(|| black_box(a.analyze(black_box(&text)).count()))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
