//! `tokenize`, `tokenize_batch`, `sentences`: spans in str indices.

use arabic_text::{SentenceSplitter, TokenKind, Tokenizer};
use pyo3::exceptions::PyIndexError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyList, PyString, PyTuple};
use pyo3::{ffi, IntoPyObjectExt};

use crate::normalize::{as_str, map_texts, with_utf8};
use crate::pystr::CharCounter;

/// Token kinds, in the order of their codes in `TokenColumns.kinds`.
pub(crate) const KINDS: [&str; 10] = [
    "word",
    "number",
    "punctuation",
    "symbol",
    "emoji",
    "url",
    "email",
    "mention",
    "hashtag",
    "whitespace",
];

/// The code of a kind: its index in `KINDS`.
#[inline]
pub(crate) fn kind_code(k: TokenKind) -> u8 {
    match k {
        TokenKind::Word => 0,
        TokenKind::Number => 1,
        TokenKind::Punctuation => 2,
        TokenKind::Symbol => 3,
        TokenKind::Emoji => 4,
        TokenKind::Url => 5,
        TokenKind::Email => 6,
        TokenKind::Mention => 7,
        TokenKind::Hashtag => 8,
        TokenKind::Whitespace => 9,
        // A kind added later: found by name.
        other => KINDS.iter().position(|&n| n == other.as_str()).unwrap_or(0) as u8,
    }
}

static KIND_STRS: PyOnceLock<Vec<Py<PyString>>> = PyOnceLock::new();

/// The interned str of kind code `code`.
pub(crate) fn kind_str(py: Python<'_>, code: u8) -> Bound<'_, PyString> {
    let all = KIND_STRS.get_or_init(py, || {
        KINDS
            .iter()
            .map(|k| PyString::intern(py, k).unbind())
            .collect()
    });
    all.get(usize::from(code))
        .map(|s| s.bind(py).clone())
        .unwrap_or_else(|| PyString::intern(py, "word"))
}

/// `obj` taken out of the cyclic garbage collector's lists. Every pyclass instance is created
/// tracked, but ours hold only str and int values, which cannot form a cycle; untracked, the
/// millions of them a tokenized corpus makes cost the collector nothing (tracked, each full
/// collection walks them all).
pub(crate) fn untracked<T>(obj: Bound<'_, T>) -> PyResult<Bound<'_, T>> {
    // SAFETY: `obj` is a live object of a GC type; untracking an object that is tracked (or
    // not) is allowed, and its deallocation untracks again, which is also allowed.
    unsafe { ffi::PyObject_GC_UnTrack(obj.as_ptr().cast()) };
    Ok(obj)
}

/// `source[start:end]` as a new str.
pub(crate) fn substring<'py>(
    source: &Bound<'py, PyString>,
    start: usize,
    end: usize,
) -> PyResult<Bound<'py, PyString>> {
    let py = source.py();
    // SAFETY: `source` is a live str and the indices are within it (they come from tokenizing
    // it); PyUnicode_Substring returns a new reference or NULL with an exception set.
    unsafe {
        let p = ffi::PyUnicode_Substring(
            source.as_ptr(),
            start as ffi::Py_ssize_t,
            end as ffi::Py_ssize_t,
        );
        Bound::from_owned_ptr_or_err(py, p).map(|b| b.cast_into_unchecked())
    }
}

/// One token: `source[start:end]` and its kind.
///
/// >>> t = tokenize("قال: مرحبا")[1]
/// >>> t.text, t.start, t.end, t.kind
/// (':', 3, 4, 'punctuation')
#[pyclass(
    frozen,
    freelist = 4096,
    module = "arabic_text._native",
    name = "Token"
)]
pub(crate) struct PyToken {
    source: Py<PyString>,
    start: usize,
    end: usize,
    kind: u8,
}

#[pymethods]
impl PyToken {
    /// The token's text, `source[start:end]`.
    #[getter]
    fn text<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        substring(self.source.bind(py), self.start, self.end)
    }

    /// Start (str index into the tokenized text).
    #[getter]
    fn start(&self) -> usize {
        self.start
    }

    /// End (str index, exclusive).
    #[getter]
    fn end(&self) -> usize {
        self.end
    }

    /// "word", "number", "punctuation", "symbol", "emoji", "url", "email", "mention",
    /// "hashtag" or "whitespace".
    #[getter]
    fn kind<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
        kind_str(py, self.kind)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Token(text={}, start={}, end={}, kind='{}')",
            self.text(py)?.repr()?,
            self.start,
            self.end,
            KINDS.get(usize::from(self.kind)).unwrap_or(&"word")
        ))
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        let Ok(o) = other.cast::<PyToken>() else {
            return Ok(false);
        };
        let o = o.get();
        Ok(
            (self.start, self.end, self.kind) == (o.start, o.end, o.kind)
                && self.text(py)?.as_any().eq(o.text(py)?)?,
        )
    }

    fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
        (self.text(py)?, self.start, self.end, self.kind)
            .into_pyobject(py)?
            .hash()
    }
}

fn tokenizer(whitespace: bool, entities: bool, standard: bool) -> Tokenizer {
    if standard {
        return Tokenizer::standard();
    }
    Tokenizer::new().whitespace(whitespace).entities(entities)
}

/// `tokenize(text, whitespace=False, entities=True, standard=False)`: the tokens of `text`, as
/// `Token`s with str-index spans (`text[t.start:t.end] == t.text`). `whitespace=True` keeps
/// whitespace runs as tokens; `entities=False` splits URLs, e-mails, mentions and hashtags into
/// their parts; `standard=True` tokenizes as Lucene's StandardTokenizer (UAX #29; the other
/// options then do not apply).
///
/// >>> [(t.text, t.kind) for t in tokenize("قرأتُ ٣٫٥ كتب 📚 #كتب_عربية")]
/// [('قرأتُ', 'word'), ('٣٫٥', 'number'), ('كتب', 'word'), ('📚', 'emoji'), ('#كتب_عربية', 'hashtag')]
#[pyfunction]
#[pyo3(signature = (text, whitespace = false, entities = true, standard = false))]
pub(crate) fn tokenize<'py>(
    text: &Bound<'py, PyAny>,
    whitespace: bool,
    entities: bool,
    standard: bool,
) -> PyResult<Bound<'py, PyList>> {
    let py = text.py();
    let s = as_str(text, "text")?;
    let source = s.clone().unbind();
    let tk = tokenizer(whitespace, entities, standard);
    with_utf8(s, "text", |t, units| {
        let mut cc = CharCounter::new(t, units.is_ascii());
        let tokens = tk
            .tokenize(t)
            .map(|tok| {
                untracked(Bound::new(
                    py,
                    PyToken {
                        source: source.clone_ref(py),
                        start: cc.at(tok.span.start),
                        end: cc.at(tok.span.end),
                        kind: kind_code(tok.kind),
                    },
                )?)
            })
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, tokens)
    })
}

/// The tokens of many texts in columns: no Python object per token.
///
/// `offsets[i]:offsets[i + 1]` are the tokens of text `i`; `starts`, `ends` (str indices into
/// that text) and `kinds` (codes into `KINDS`) are `array.array`s, which numpy and pyarrow
/// view without copying; `texts` holds each token's text when asked for.
///
/// >>> cols = tokenize_batch(["مرحبا بكم", "أهلاً"])
/// >>> list(cols.offsets), list(cols.starts), [cols.KINDS[k] for k in cols.kinds]
/// ([0, 2, 3], [0, 6, 0], ['word', 'word', 'word'])
#[pyclass(frozen, get_all, module = "arabic_text._native", name = "TokenColumns")]
pub(crate) struct TokenColumns {
    /// `array('q')`, one more than the number of texts.
    offsets: Py<PyAny>,
    /// `array('q')`: each token's start.
    starts: Py<PyAny>,
    /// `array('q')`: each token's end.
    ends: Py<PyAny>,
    /// `array('B')`: each token's kind code.
    kinds: Py<PyAny>,
    /// Each token's text (`with_text=True`), else None.
    texts: Option<Py<PyList>>,
    /// The kind names, indexed by code.
    #[pyo3(name = "KINDS")]
    kind_names: Py<PyTuple>,
}

#[pymethods]
impl TokenColumns {
    fn __len__(&self, py: Python<'_>) -> PyResult<usize> {
        Ok(self.offsets.bind(py).len()?.saturating_sub(1))
    }

    /// The number of tokens in all texts.
    #[getter]
    fn n_tokens(&self, py: Python<'_>) -> PyResult<usize> {
        self.starts.bind(py).len()
    }

    /// The tokens of text `i` as `(start, end, kind)` tuples.
    ///
    /// >>> tokenize_batch(["قال: نعم"]).row(0)
    /// [(0, 3, 'word'), (3, 4, 'punctuation'), (5, 8, 'word')]
    fn row<'py>(
        &self,
        py: Python<'py>,
        i: usize,
    ) -> PyResult<Vec<(i64, i64, Bound<'py, PyString>)>> {
        let offsets = self.offsets.bind(py);
        if i + 1 >= offsets.len()? {
            return Err(PyIndexError::new_err(format!(
                "text index {i} out of range"
            )));
        }
        let a: usize = offsets.get_item(i)?.extract()?;
        let b: usize = offsets.get_item(i + 1)?.extract()?;
        (a..b)
            .map(|j| {
                let k: u8 = self.kinds.bind(py).get_item(j)?.extract()?;
                Ok((
                    self.starts.bind(py).get_item(j)?.extract()?,
                    self.ends.bind(py).get_item(j)?.extract()?,
                    kind_str(py, k),
                ))
            })
            .collect()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "TokenColumns(texts={}, tokens={})",
            self.__len__(py)?,
            self.n_tokens(py)?
        ))
    }
}

/// Tokens of one text as columns: (starts, ends, kinds, texts).
#[derive(Default)]
struct Cols {
    starts: Vec<i64>,
    ends: Vec<i64>,
    kinds: Vec<u8>,
    texts: Vec<String>,
}

fn typed_array<'py>(py: Python<'py>, code: &str, bytes: &[u8]) -> PyResult<Bound<'py, PyAny>> {
    let array = py.import("array")?.getattr("array")?.call1((code,))?;
    array.call_method1("frombytes", (pyo3::types::PyBytes::new(py, bytes),))?;
    Ok(array)
}

fn as_bytes_i64(v: &[i64]) -> Vec<u8> {
    v.iter().flat_map(|x| x.to_ne_bytes()).collect()
}

/// `tokenize_batch(texts, whitespace=False, entities=True, with_text=False)`: the tokens of
/// many texts as `TokenColumns` (arrays of offsets and kinds, no object per token), tokenized
/// on every core with the GIL released; `with_text=True` adds each token's text. For an Arrow
/// string array, an Arrow `list<struct<text, start, end, kind>>` array instead (null rows
/// stay null).
///
/// >>> cols = tokenize_batch(["قال: نعم", "لا"], with_text=True)
/// >>> cols.texts, list(cols.offsets)
/// (['قال', ':', 'نعم', 'لا'], [0, 3, 4])
#[pyfunction]
#[pyo3(signature = (texts, whitespace = false, entities = true, with_text = false, standard = false))]
pub(crate) fn tokenize_batch<'py>(
    texts: &Bound<'py, PyAny>,
    whitespace: bool,
    entities: bool,
    with_text: bool,
    standard: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let py = texts.py();
    let tk = tokenizer(whitespace, entities, standard);
    if crate::arrow::is_arrow(texts)? {
        return crate::arrow::token_lists(py, texts, |s, items| {
            let mut cc = CharCounter::new(s, false);
            for tok in tk.tokenize(s) {
                items.push_str(tok.text);
                let start = cc.at(tok.span.start) as i32;
                items
                    .spans
                    .push((start, cc.at(tok.span.end) as i32, kind_code(tok.kind)));
            }
        });
    }
    let (_, parts) = map_texts(py, texts, |t, ascii| {
        let mut cc = CharCounter::new(t, ascii);
        let mut c = Cols::default();
        for tok in tk.tokenize(t) {
            c.starts.push(cc.at(tok.span.start) as i64);
            c.ends.push(cc.at(tok.span.end) as i64);
            c.kinds.push(kind_code(tok.kind));
            if with_text {
                c.texts.push(tok.text.to_owned());
            }
        }
        c
    })?;
    let mut offsets = vec![0i64];
    let mut all = Cols::default();
    for p in parts {
        all.starts.extend(p.starts);
        all.ends.extend(p.ends);
        all.kinds.extend(p.kinds);
        all.texts.extend(p.texts);
        offsets.push(all.starts.len() as i64);
    }
    let texts = if with_text {
        let list = PyList::empty(py);
        for t in &all.texts {
            list.append(crate::pystr::new_str(py, t)?)?;
        }
        Some(list.unbind())
    } else {
        None
    };
    TokenColumns {
        offsets: typed_array(py, "q", &as_bytes_i64(&offsets))?.unbind(),
        starts: typed_array(py, "q", &as_bytes_i64(&all.starts))?.unbind(),
        ends: typed_array(py, "q", &as_bytes_i64(&all.ends))?.unbind(),
        kinds: typed_array(py, "B", &all.kinds)?.unbind(),
        texts,
        kind_names: PyTuple::new(py, KINDS)?.unbind(),
    }
    .into_bound_py_any(py)
}

/// `sentences(text, line_breaks=True)`: the sentences of `text`, as str. A sentence ends at
/// . ! ? ؟ … (not after a known abbreviation, a single letter or inside a number), at ؛ and at
/// a blank line; `line_breaks=False` joins lines that end with no terminator.
///
/// >>> sentences("قرأتُ الكتاب. هل قرأتَه؟ نعم")
/// ['قرأتُ الكتاب.', 'هل قرأتَه؟', 'نعم']
#[pyfunction]
#[pyo3(signature = (text, line_breaks = true))]
pub(crate) fn sentences<'py>(
    text: &Bound<'py, PyAny>,
    line_breaks: bool,
) -> PyResult<Vec<Bound<'py, PyString>>> {
    let s = as_str(text, "text")?;
    sentence_spans_of(s, line_breaks)?
        .into_iter()
        .map(|(a, b)| substring(s, a, b))
        .collect()
}

/// `sentence_spans(text, line_breaks=True)`: `(start, end)` str indices of each sentence.
///
/// >>> sentence_spans("جملة. أخرى")
/// [(0, 5), (6, 10)]
#[pyfunction]
#[pyo3(signature = (text, line_breaks = true))]
pub(crate) fn sentence_spans(
    text: &Bound<'_, PyAny>,
    line_breaks: bool,
) -> PyResult<Vec<(usize, usize)>> {
    sentence_spans_of(as_str(text, "text")?, line_breaks)
}

fn sentence_spans_of(s: &Bound<'_, PyString>, line_breaks: bool) -> PyResult<Vec<(usize, usize)>> {
    let splitter = SentenceSplitter::new().split_on_line_breaks(line_breaks);
    with_utf8(s, "text", |t, units| {
        let mut cc = CharCounter::new(t, units.is_ascii());
        Ok(splitter
            .split(t)
            .map(|sp| (cc.at(sp.start), cc.at(sp.end)))
            .collect())
    })
}

pub(crate) fn kinds_tuple(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    PyTuple::new(py, KINDS)?.into_bound_py_any(py)
}

/// `sentences_batch(texts, line_breaks=True)`: the sentences of each text, on every core with
/// the GIL released: a list of lists of str, or an Arrow `list<string>` array for an Arrow
/// string array.
///
/// >>> sentences_batch(["جملة. أخرى", "واحدة"])
/// [['جملة.', 'أخرى'], ['واحدة']]
#[pyfunction]
#[pyo3(signature = (texts, line_breaks = true))]
pub(crate) fn sentences_batch<'py>(
    texts: &Bound<'py, PyAny>,
    line_breaks: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let py = texts.py();
    let splitter = SentenceSplitter::new().split_on_line_breaks(line_breaks);
    let each = |s: &str, items: &mut crate::arrow::Items| {
        for sp in splitter.split(s) {
            items.push_str(s.get(sp.range()).unwrap_or_default());
        }
    };
    string_lists(py, texts, each)
}

/// A list of lists of str (a list of str in) or an Arrow `list<string>` (an Arrow array in):
/// per text, the strings `each` pushes.
pub(crate) fn string_lists<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    each: impl Fn(&str, &mut crate::arrow::Items) + Sync,
) -> PyResult<Bound<'py, PyAny>> {
    if crate::arrow::is_arrow(texts)? {
        return crate::arrow::string_lists(py, texts, each);
    }
    let (_, parts) = map_texts(py, texts, |t, _| {
        let mut out = crate::arrow::Items::default();
        each(t, &mut out);
        out
    })?;
    let outer = PyList::empty(py);
    for p in parts {
        let inner = PyList::empty(py);
        let mut start = 0;
        for &end in &p.ends {
            inner.append(crate::pystr::new_str(
                py,
                p.values.get(start..end).unwrap_or_default(),
            )?)?;
            start = end;
        }
        outer.append(inner)?;
    }
    Ok(outer.into_any())
}
