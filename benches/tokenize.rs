//! Tokenizer throughput on the seed articles, in one criterion group with a memcpy of the same
//! bytes (the ceiling) and two baselines from std and unicode-segmentation that count words.
//! Every row counts tokens, so each does the same observable work.

mod corpus;

use arabic_text::{sentences, tokenize, Normalizer, Span, Tokenizer};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use unicode_segmentation::UnicodeSegmentation;

fn bench(c: &mut Criterion) {
    let text = corpus::corpus();
    let mut g = corpus::group(c, "tokenize", &text);
    g.bench_function("std split_whitespace count", |b| {
        b.iter(|| black_box(black_box(&text).split_whitespace().count()))
    });
    g.bench_function("unicode-segmentation unicode_words count", |b| {
        b.iter(|| black_box(black_box(&text).unicode_words().count()))
    });
    g.bench_function("arabic-text tokenize count", |b| {
        b.iter(|| black_box(tokenize(black_box(&text)).count()))
    });
    let with_ws = Tokenizer::new().whitespace(true);
    g.bench_function("arabic-text tokenize count (whitespace tokens on)", |b| {
        b.iter(|| black_box(with_ws.tokenize(black_box(&text)).count()))
    });
    g.bench_function("arabic-text sentences count", |b| {
        b.iter(|| black_box(sentences(black_box(&text)).count()))
    });
    let search = Normalizer::default();
    g.bench_function("arabic-text normalize (search, for reference)", |b| {
        b.iter(|| black_box(search.normalize(black_box(&text))))
    });
    g.bench_function("arabic-text normalize_with_offsets (search)", |b| {
        b.iter(|| {
            let (out, map) = search.normalize_with_offsets(black_box(&text));
            black_box(map.to_original(Span::new(0, out.len())))
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
