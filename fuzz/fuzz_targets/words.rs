//! `segment`, `stem`, `Light10`, `root` on any word: segments tile it, stems are never empty,
//! roots have three or four letters.
#![no_main]

use arabic_text::stem::{root, Light10};
use arabic_text::{normalize, segment, stem};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(word) = std::str::from_utf8(data) else {
        return;
    };
    let s = segment(word);
    let mut at = 0;
    for span in s
        .proclitics()
        .iter()
        .map(|c| c.span)
        .chain(std::iter::once(s.stem()))
        .chain(s.enclitics().iter().map(|c| c.span))
    {
        assert_eq!(span.start, at);
        at = span.end;
    }
    assert_eq!(at, word.len());
    if !normalize(word).is_empty() {
        assert!(!stem(word).is_empty());
    }
    let _ = Light10.stem(word);
    if let Some(r) = root(word) {
        let n = r.chars().count();
        assert!(n == 3 || n == 4);
    }
});
