//! Batches on every core: `std::thread::scope` over contiguous slices, results in input order.

use std::num::NonZeroUsize;
use std::thread;

/// Below this many code points in total, a batch runs on the calling thread.
const PARALLEL_AT: usize = 1 << 18;

/// The number of worker threads for a batch of `total` code points.
pub(crate) fn workers(total: usize, items: usize) -> usize {
    if total < PARALLEL_AT || items < 2 {
        return 1;
    }
    thread::available_parallelism()
        .map_or(1, NonZeroUsize::get)
        .min(items)
}

/// `f` over `items` in order, on up to every core; each worker has its own scratch `String`.
pub(crate) fn map<T: Sync, R: Send>(
    items: &[T],
    total: usize,
    f: impl Fn(&T, &mut String) -> R + Sync,
) -> Vec<R> {
    let n = workers(total, items.len());
    if n <= 1 {
        let mut buf = String::new();
        return items.iter().map(|t| f(t, &mut buf)).collect();
    }
    let chunk = items.len().div_ceil(n);
    thread::scope(|s| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| {
                let f = &f;
                s.spawn(move || {
                    let mut buf = String::new();
                    part.iter().map(|t| f(t, &mut buf)).collect::<Vec<R>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}
