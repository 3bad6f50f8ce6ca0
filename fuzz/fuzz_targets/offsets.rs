//! `normalize_with_offsets`: the same output as `normalize`, and every token of it maps to a
//! span on char boundaries of the original.
#![no_main]

use arabic_text::{tokenize, Normalizer, NormalizerOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for o in [NormalizerOptions::search(), NormalizerOptions::canonical()] {
        let n = Normalizer::new(o);
        let (out, map) = n.normalize_with_offsets(text);
        assert_eq!(out, n.normalize(text));
        for t in tokenize(&out) {
            let s = map.to_original(t.span);
            assert!(s.start <= s.end && s.end <= text.len());
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
    }
});
