//! The analyzers: term spans on char boundaries of the original, in order.
#![no_main]

use arabic_text::Analyzer;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for a in [Analyzer::search(), Analyzer::lucene()] {
        let mut last = 0;
        for t in a.analyze(text) {
            assert!(t.span.start >= last);
            assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
            last = t.span.start;
        }
    }
});
