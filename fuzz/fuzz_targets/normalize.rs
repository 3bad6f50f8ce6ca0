//! Every preset: the fast path equals the naive oracle, and normalizing is idempotent.
#![no_main]

#[path = "../../tests/common/oracle.rs"]
#[allow(dead_code)]
mod oracle;

use arabic_text::{Normalizer, NormalizerOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for o in [
        NormalizerOptions::search(),
        NormalizerOptions::canonical(),
        NormalizerOptions::nlp(),
        NormalizerOptions::lucene(),
        NormalizerOptions::camel(),
        NormalizerOptions::none(),
    ] {
        let n = Normalizer::new(o);
        let once = n.normalize(text);
        assert_eq!(n.normalize(&once), once, "not idempotent");
        assert_eq!(once, oracle::normalize(&o, text), "fast path != oracle");
    }
});
