//! `arabic_text._native`: the arabic-text crate for Python (see `python/README.md`).
//!
//! Spans are Python str indices (code points), never bytes. Strings cross the boundary in
//! CPython's own storage (`pystr`), batches run on every core with the GIL released
//! (`parallel`), and Arrow string arrays pass through the C data interface (`arrow`).

mod arrow;
mod normalize;
mod parallel;
mod pystr;
mod tokens;
mod words;

use pyo3::prelude::*;

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("PRESETS", normalize::preset_names(py)?)?;
    m.add("TOKEN_KINDS", tokens::kinds_tuple(py)?)?;
    m.add_class::<normalize::PyNormalizer>()?;
    m.add_class::<normalize::PyOffsetMap>()?;
    m.add_class::<normalize::PyChange>()?;
    m.add_function(wrap_pyfunction!(normalize::normalize, m)?)?;
    m.add_function(wrap_pyfunction!(normalize::normalize_batch, m)?)?;
    m.add_function(wrap_pyfunction!(normalize::explain_text, m)?)?;
    m.add_function(wrap_pyfunction!(normalize::rust_normalize_bytes, m)?)?;
    m.add_class::<tokens::PyToken>()?;
    m.add_class::<tokens::TokenColumns>()?;
    m.add_function(wrap_pyfunction!(tokens::tokenize, m)?)?;
    m.add_function(wrap_pyfunction!(tokens::tokenize_batch, m)?)?;
    m.add_function(wrap_pyfunction!(tokens::sentences, m)?)?;
    m.add_function(wrap_pyfunction!(tokens::sentence_spans, m)?)?;
    m.add_function(wrap_pyfunction!(tokens::sentences_batch, m)?)?;
    m.add_class::<words::Piece>()?;
    m.add_class::<words::PySegmentation>()?;
    m.add_class::<words::PyLight10>()?;
    m.add_class::<words::PyLightStemmer>()?;
    m.add_class::<words::PyTerm>()?;
    m.add_class::<words::PyAnalyzer>()?;
    m.add_function(wrap_pyfunction!(words::segment, m)?)?;
    m.add_function(wrap_pyfunction!(words::stem, m)?)?;
    m.add_function(wrap_pyfunction!(words::root, m)?)?;
    m.add_function(wrap_pyfunction!(words::is_stop_word, m)?)?;
    Ok(())
}
