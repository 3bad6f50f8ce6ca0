//! The benchmark corpus, shared by every bench: `../shared/seeds/*` concatenated in file-name
//! order and repeated to at least 4 MB (the repo's own sample text when `../shared` is absent).

/// The corpus text.
pub fn corpus() -> String {
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

/// A criterion group measuring throughput over `text`, with the settings every bench uses and
/// its first row: a memcpy of the same bytes, the ceiling the other rows are compared with.
pub fn group<'a>(
    c: &'a mut criterion::Criterion,
    name: &str,
    text: &str,
) -> criterion::BenchmarkGroup<'a, criterion::measurement::WallTime> {
    use std::hint::black_box;
    use std::time::Duration;
    let mut g = c.benchmark_group(name);
    g.throughput(criterion::Throughput::Bytes(text.len() as u64));
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
    g
}
