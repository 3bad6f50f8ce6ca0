//! Normalizer throughput on the seed articles, next to a memcpy of the same bytes (the ceiling)
//! and the naive char-by-char oracle, all in one criterion group.
//!
//! Corpus: `../shared/seeds/*` concatenated and repeated to at least 4 MB (the repo's own
//! sample text when `../shared` is absent).

use arabic_text::{Normalizer, NormalizerOptions};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use std::hint::black_box;

mod corpus;
use corpus::corpus;

#[path = "../tests/common/oracle.rs"]
#[allow(dead_code)]
mod oracle;

fn bench(c: &mut Criterion) {
    let text = corpus();
    let search = Normalizer::new(NormalizerOptions::search());
    let canonical = Normalizer::new(NormalizerOptions::canonical());
    let lucene = Normalizer::new(NormalizerOptions::lucene());
    let search_collapse = Normalizer::new(NormalizerOptions::search().collapse_spaces(true));
    let canonical_collapse = Normalizer::new(NormalizerOptions::canonical().collapse_spaces(true));
    let normalized = search.normalize(&text).into_owned();
    assert!(search.is_normalized(&normalized));

    let mut g = corpus::group(c, "normalize", &text);
    for (name, n) in [
        ("search", &search),
        ("canonical", &canonical),
        ("lucene", &lucene),
        ("search+collapse_spaces", &search_collapse),
        ("canonical+collapse_spaces", &canonical_collapse),
    ] {
        g.bench_function(BenchmarkId::new(name, "seeds"), |b| {
            b.iter(|| black_box(n.normalize(black_box(&text))))
        });
    }
    g.bench_function(
        BenchmarkId::new("search", "already-normalized (borrowed)"),
        |b| b.iter(|| black_box(search.normalize(black_box(&normalized)))),
    );
    let mut buf = String::new();
    g.bench_function(
        BenchmarkId::new("search", "normalize_to (reused buffer)"),
        |b| {
            b.iter(|| {
                buf.clear();
                search.normalize_to(black_box(&text), &mut buf);
                black_box(&buf);
            })
        },
    );
    let options = NormalizerOptions::search();
    g.bench_function(BenchmarkId::new("oracle", "search"), |b| {
        b.iter(|| black_box(oracle::normalize(&options, black_box(&text))))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
