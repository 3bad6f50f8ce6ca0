//! Token and sentence spans: in order, on char boundaries, tiling the input with whitespace
//! tokens on.
#![no_main]

use arabic_text::{sentences, Tokenizer};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut at = 0;
    for t in Tokenizer::new().whitespace(true).tokenize(text) {
        assert_eq!(t.span.start, at);
        assert!(t.span.end > t.span.start);
        assert_eq!(&text[t.span.range()], t.text);
        at = t.span.end;
    }
    assert_eq!(at, text.len());
    let mut last = 0;
    for s in sentences(text) {
        assert!(s.start >= last && s.start < s.end);
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        last = s.end;
    }
});
