//! Normalizer throughput on the seed articles, next to a memcpy of the same bytes (the ceiling)
//! and the naive char-by-char oracle, all in one criterion group.
//!
//! Corpus: `../shared/seeds/*` concatenated and repeated to at least 4 MB (the repo's own
//! sample text when `../shared` is absent).

use arabic_text::{Normalizer, NormalizerOptions};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;

#[path = "../tests/common/oracle.rs"]
#[allow(dead_code)]
mod oracle;

fn corpus() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let mut base = String::new();
    match std::fs::read_dir(&dir) {
        Ok(entries) => {
            let mut files: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
            files.sort();
            for f in files {
                base.push_str(&std::fs::read_to_string(&f).unwrap_or_default());
                base.push('\n');
            }
        }
        Err(_) => {
            eprintln!(
                "NOTICE: {} not found; benchmarking the repo's sample text",
                dir.display()
            );
            base.push_str(include_str!("../examples/data/sample.txt"));
        }
    }
    let mut text = String::with_capacity(4_200_000);
    while text.len() < 4_000_000 {
        text.push_str(&base);
    }
    text
}

fn bench(c: &mut Criterion) {
    let text = corpus();
    let search = Normalizer::new(NormalizerOptions::search());
    let canonical = Normalizer::new(NormalizerOptions::canonical());
    let lucene = Normalizer::new(NormalizerOptions::lucene());
    let normalized = search.normalize(&text).into_owned();
    assert!(search.is_normalized(&normalized));

    let mut g = c.benchmark_group("normalize");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(20)
        .measurement_time(Duration::from_secs(4))
        .warm_up_time(Duration::from_secs(1));

    let mut dst = vec![0u8; text.len()];
    g.bench_function("memcpy", |b| {
        b.iter(|| {
            dst.copy_from_slice(black_box(text.as_bytes()));
            black_box(&dst);
        })
    });
    for (name, n) in [
        ("search", &search),
        ("canonical", &canonical),
        ("lucene", &lucene),
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
