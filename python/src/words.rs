//! Words: `segment`, `stem`, `Light10`, `LightStemmer`, `root`, `is_stop_word`, `Analyzer`.

use std::borrow::Cow;

use arabic_text::stem::{Light10, LightStemmer};
use arabic_text::{Analyzer, AnalyzerBuilder, CliticKind, Span, Stemmer, StopWords, Tokenizer};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

use crate::normalize::{as_str, build_options, with_utf8, PyNormalizer};
use crate::pystr::{self, CharCounter};
use crate::tokens::{kind_code, kind_str};

/// One piece of a segmented word: its text, str-index span and kind ("conjunction",
/// "preposition", "future", "article", "subject", "pronoun", or "stem").
///
/// >>> segment("كتابهم").enclitics
/// [Piece(text='هم', start=4, end=6, kind='pronoun')]
#[pyclass(frozen, get_all, module = "arabic_text._native", name = "Piece")]
pub(crate) struct Piece {
    text: String,
    start: usize,
    end: usize,
    kind: &'static str,
}

#[pymethods]
impl Piece {
    fn __repr__(&self) -> String {
        format!(
            "Piece(text={}, start={}, end={}, kind='{}')",
            crate::pystr::repr(&self.text),
            self.start,
            self.end,
            self.kind
        )
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<Piece>().is_ok_and(|o| {
            let o = o.get();
            (&self.text, self.start, self.end, self.kind) == (&o.text, o.start, o.end, o.kind)
        })
    }
}

fn clitic_kind(k: CliticKind) -> &'static str {
    match k {
        CliticKind::Conjunction => "conjunction",
        CliticKind::Preposition => "preposition",
        CliticKind::Future => "future",
        CliticKind::Article => "article",
        CliticKind::Subject => "subject",
        CliticKind::Pronoun => "pronoun",
        _ => "clitic",
    }
}

/// A word split into proclitics, stem and enclitics (`segment`).
///
/// >>> segment("فسيكتبونها")
/// Segmentation(proclitics=['ف', 'س'], stem='يكتب', enclitics=['ون', 'ها'])
#[pyclass(frozen, get_all, module = "arabic_text._native", name = "Segmentation")]
pub(crate) struct PySegmentation {
    /// The word segmented.
    word: String,
    /// Proclitics, in order (و ف ب ل ك س ال).
    proclitics: Vec<Py<Piece>>,
    /// The stem.
    stem: Py<Piece>,
    /// Enclitics, in order (subject markers and pronouns).
    enclitics: Vec<Py<Piece>>,
    /// The stem with the article before it and a subject marker after it (a UD-style word).
    stem_with_article: Py<Piece>,
    /// The pieces UD Arabic treats as words: each clitic but the article, and the stem with it.
    ud_words: Vec<Py<Piece>>,
}

#[pymethods]
impl PySegmentation {
    fn __repr__(&self) -> String {
        let texts =
            |v: &[Py<Piece>]| -> Vec<String> { v.iter().map(|p| p.get().text.clone()).collect() };
        format!(
            "Segmentation(proclitics={}, stem={}, enclitics={})",
            pystr::repr_list(&texts(&self.proclitics)),
            pystr::repr(&self.stem.get().text),
            pystr::repr_list(&texts(&self.enclitics))
        )
    }
}

/// `segment(word)`: proclitics, stem and enclitics of one word, with str-index spans.
///
/// >>> s = segment("وبالمدرسة")
/// >>> [p.text for p in s.proclitics], s.stem.text
/// (['و', 'ب', 'ال'], 'مدرسة')
#[pyfunction]
pub(crate) fn segment(py: Python<'_>, word: &Bound<'_, PyAny>) -> PyResult<PySegmentation> {
    let s = as_str(word, "word")?;
    with_utf8(s, "word", |w, units| {
        let seg = arabic_text::segment(w);
        let ascii = units.is_ascii();
        let piece = |span: Span, kind: &'static str| -> PyResult<Py<Piece>> {
            let mut cc = CharCounter::new(w, ascii);
            Py::new(
                py,
                Piece {
                    text: w.get(span.range()).unwrap_or_default().to_owned(),
                    start: cc.at(span.start),
                    end: cc.at(span.end),
                    kind,
                },
            )
        };
        let stem_with_article = seg.stem_with_article();
        Ok(PySegmentation {
            word: w.to_owned(),
            proclitics: seg
                .proclitics()
                .iter()
                .map(|c| piece(c.span, clitic_kind(c.kind)))
                .collect::<PyResult<_>>()?,
            stem: piece(seg.stem(), "stem")?,
            enclitics: seg
                .enclitics()
                .iter()
                .map(|c| piece(c.span, clitic_kind(c.kind)))
                .collect::<PyResult<_>>()?,
            stem_with_article: piece(stem_with_article, "stem")?,
            ud_words: seg
                .ud_words()
                .map(|sp| {
                    let kind = if sp == stem_with_article {
                        "stem"
                    } else {
                        seg.proclitics()
                            .iter()
                            .chain(seg.enclitics())
                            .find(|c| c.span == sp)
                            .map_or("stem", |c| clitic_kind(c.kind))
                    };
                    piece(sp, kind)
                })
                .collect::<PyResult<_>>()?,
        })
    })
}

/// The result of a word function as a str: `input` itself when `out` is all of `utf8` (the
/// input's UTF-8 form), a new str otherwise.
fn cow_str<'py>(
    py: Python<'py>,
    input: &Bound<'py, PyString>,
    utf8: &str,
    out: Cow<'_, str>,
) -> PyResult<Bound<'py, PyString>> {
    match out {
        Cow::Borrowed(b) if b.len() == utf8.len() => Ok(input.clone()),
        other => pystr::new_str(py, &other),
    }
}

/// `stem(word)`: the light stem of one word (normalized first, with the search preset).
///
/// >>> stem("والمدرسة"), stem("بالكتابين")
/// ('مدرس', 'كتاب')
#[pyfunction]
pub(crate) fn stem<'py>(word: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyString>> {
    let py = word.py();
    let s = as_str(word, "word")?;
    with_utf8(s, "word", |w, _| cow_str(py, s, w, arabic_text::stem(w)))
}

/// Lucene's `ArabicStemmer` (Light10, Larkey et al.), word for word: it expects text that
/// `normalize(text, "lucene")` has normalized.
///
/// >>> Light10().stem("والكتاب")
/// 'كتاب'
#[pyclass(frozen, module = "arabic_text._native", name = "Light10")]
pub(crate) struct PyLight10;

#[pymethods]
impl PyLight10 {
    #[new]
    fn new() -> Self {
        PyLight10
    }

    /// The stem of `word`.
    ///
    /// >>> Light10().stem("مكتبات")
    /// 'مكتب'
    fn stem<'py>(&self, word: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyString>> {
        let py = word.py();
        let s = as_str(word, "word")?;
        with_utf8(s, "word", |w, _| {
            cow_str(py, s, w, Cow::Borrowed(Light10.stem(w)))
        })
    }

    fn __repr__(&self) -> &'static str {
        "Light10()"
    }
}

/// The light stemmer: `classical=False` for news, the web and queries (the default of
/// `stem`), `classical=True` for Classical and Quranic Arabic. `min_stem_len` (letters, at
/// least 1) bounds every step; `stem_exclusion` lists words never stemmed, matched after the
/// search normalization.
///
/// >>> LightStemmer().stem("المدرسون")
/// 'مدرس'
/// >>> LightStemmer(stem_exclusion=["أحمد"]).stem("احمد")
/// 'احمد'
#[pyclass(frozen, module = "arabic_text._native", name = "LightStemmer")]
pub(crate) struct PyLightStemmer {
    inner: LightStemmer,
    min_stem_len: usize,
    classical: bool,
}

fn strings(arg: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Vec<String>> {
    let Some(arg) = arg else {
        return Ok(Vec::new());
    };
    if arg.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "{what} must be a collection of str, not one str"
        )));
    }
    arg.try_iter()
        .map_err(|_| PyTypeError::new_err(format!("{what} must be a collection of str")))?
        .map(|item| {
            let item = item?;
            Ok(as_str(&item, what)?.to_str()?.to_owned())
        })
        .collect()
}

#[pymethods]
impl PyLightStemmer {
    #[new]
    #[pyo3(signature = (min_stem_len = 2, stem_exclusion = None, classical = false))]
    fn new(
        min_stem_len: usize,
        stem_exclusion: Option<&Bound<'_, PyAny>>,
        classical: bool,
    ) -> PyResult<Self> {
        let base = if classical {
            LightStemmer::classical()
        } else {
            LightStemmer::new()
        };
        let words = strings(stem_exclusion, "stem_exclusion")?;
        Ok(PyLightStemmer {
            inner: base.min_stem_len(min_stem_len).stem_exclusion(words),
            min_stem_len: min_stem_len.max(1),
            classical,
        })
    }

    /// The stem of `word` (normalized first, with the search preset).
    ///
    /// >>> LightStemmer(classical=True).stem("هدى"), LightStemmer(min_stem_len=3, classical=True).stem("هدى")
    /// ('هد', 'هدي')
    fn stem<'py>(&self, word: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyString>> {
        let py = word.py();
        let s = as_str(word, "word")?;
        with_utf8(s, "word", |w, _| cow_str(py, s, w, self.inner.stem(w)))
    }

    fn __repr__(&self) -> String {
        format!(
            "LightStemmer(min_stem_len={}, classical={})",
            self.min_stem_len,
            if self.classical { "True" } else { "False" }
        )
    }
}

/// `root(word)`: the triliteral (or quadriliteral) root of a word, or None when none is found.
///
/// >>> root("المكتبات"), root("يدرسون")
/// ('كتب', 'درس')
#[pyfunction]
pub(crate) fn root(word: &Bound<'_, PyAny>) -> PyResult<Option<String>> {
    let s = as_str(word, "word")?;
    with_utf8(s, "word", |w, _| Ok(arabic_text::stem::root(w)))
}

/// `is_stop_word(word, lucene=False)`: whether `word` is an Arabic stop word, after the search
/// normalization (so diacritics and spelling variants do not matter); `lucene=True` asks
/// Lucene's list instead, matched exactly as Lucene does.
///
/// >>> is_stop_word("فِي"), is_stop_word("كتاب")
/// (True, False)
#[pyfunction]
#[pyo3(signature = (word, lucene = false))]
pub(crate) fn is_stop_word(word: &Bound<'_, PyAny>, lucene: bool) -> PyResult<bool> {
    let s = as_str(word, "word")?;
    with_utf8(s, "word", |w, _| {
        Ok(if lucene {
            arabic_text::stopwords::is_lucene_stop_word(w)
        } else {
            arabic_text::stopwords::is_stop_word(w)
        })
    })
}

/// One search term: normalized and stemmed text, the str-index span of its source token, its
/// position (several terms share one with `emit_both=True`) and the token's kind.
///
/// >>> Analyzer().analyze("في المكتبات")
/// [Term(text='مكتب', start=3, end=11, position=1, kind='word')]
#[pyclass(frozen, get_all, module = "arabic_text._native", name = "Term")]
pub(crate) struct PyTerm {
    text: Py<PyString>,
    start: usize,
    end: usize,
    position: usize,
    kind: Py<PyString>,
}

#[pymethods]
impl PyTerm {
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Term(text={}, start={}, end={}, position={}, kind={})",
            self.text.bind(py).repr()?,
            self.start,
            self.end,
            self.position,
            self.kind.bind(py).repr()?
        ))
    }
}

/// A search analyzer: tokenize, lowercase, normalize, drop stop words, stem. `preset` is
/// "search" (our rules) or "lucene" (Lucene's ArabicAnalyzer, term for term, offsets aside:
/// ours are str indices); keyword options change one step each: `normalizer` (a preset name or
/// a `Normalizer`), `lowercase`, `stop_words` ("arabic", "lucene" or "none"), `stemmer`
/// ("light", "classical", "light10" or "none"), `stem_exclusion`, `emit_both`, the tokenizer's
/// `entities`, `standard_tokenizer` (Lucene's StandardTokenizer) and `lucene_filters`
/// (Lucene's lowercase, digit and empty-term semantics).
///
/// >>> [t.text for t in Analyzer().analyze("ذهب الطلاب إلى المدارس")]
/// ['ذهب', 'طلاب', 'مدارس']
/// >>> Analyzer("lucene").terms("والكتاب")
/// ['كتاب']
#[pyclass(frozen, module = "arabic_text._native", name = "Analyzer")]
pub(crate) struct PyAnalyzer {
    inner: Analyzer,
    repr: String,
}

fn parse_choice<T: Copy>(what: &str, value: &str, names: &[(&str, T)]) -> PyResult<T> {
    names
        .iter()
        .find(|(n, _)| *n == value)
        .map(|&(_, v)| v)
        .ok_or_else(|| {
            let list: Vec<String> = names.iter().map(|(n, _)| format!("{n:?}")).collect();
            PyValueError::new_err(format!(
                "unknown {what} {value:?}: expected one of {}",
                list.join(", ")
            ))
        })
}

const ANALYZER_OPTIONS: &str = "normalizer, lowercase, stop_words, stemmer, stem_exclusion, \
     emit_both, entities, standard_tokenizer, lucene_filters";

#[pymethods]
impl PyAnalyzer {
    #[new]
    #[pyo3(signature = (preset = "search", **options))]
    fn new(preset: &str, options: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
        let mut b: AnalyzerBuilder = match preset {
            "search" => Analyzer::builder(),
            "lucene" => Analyzer::lucene_builder(),
            _ => {
                return Err(PyValueError::new_err(format!(
                    "unknown analyzer preset {preset:?}: expected \"search\" or \"lucene\""
                )))
            }
        };
        let mut repr = format!("Analyzer({preset:?}");
        if let Some(options) = options {
            for (k, v) in options.iter() {
                let k = k.cast::<PyString>()?.to_str()?.to_owned();
                repr.push_str(&format!(", {k}={}", v.repr()?));
                let flag = |v: &Bound<'_, PyAny>| -> PyResult<bool> {
                    v.cast::<pyo3::types::PyBool>()
                        .map(|b| b.is_true())
                        .map_err(|_| PyValueError::new_err(format!("{k} must be True or False")))
                };
                b = match k.as_str() {
                    "normalizer" => {
                        if let Ok(n) = v.cast::<PyNormalizer>() {
                            b.normalizer(*n.get().inner.options())
                        } else if let Ok(s) = v.cast::<PyString>() {
                            b.normalizer(build_options(s.to_str()?, None, None, None)?)
                        } else {
                            return Err(PyTypeError::new_err(
                                "normalizer must be a preset name or a Normalizer",
                            ));
                        }
                    }
                    "lowercase" => b.lowercase(flag(&v)?),
                    "lucene_filters" => b.lucene_filters(flag(&v)?),
                    "standard_tokenizer" => b.tokenizer(if flag(&v)? {
                        Tokenizer::standard()
                    } else {
                        Tokenizer::new()
                    }),
                    "emit_both" => b.emit_both(flag(&v)?),
                    "entities" => b.tokenizer(Tokenizer::new().entities(flag(&v)?)),
                    "stop_words" => b.stop_words(parse_choice(
                        "stop_words",
                        as_str(&v, "stop_words")?.to_str()?,
                        &[
                            ("arabic", StopWords::Arabic),
                            ("lucene", StopWords::Lucene),
                            ("none", StopWords::None),
                        ],
                    )?),
                    "stemmer" => b.stemmer(parse_choice(
                        "stemmer",
                        as_str(&v, "stemmer")?.to_str()?,
                        &[
                            ("light", Stemmer::Light),
                            ("classical", Stemmer::Classical),
                            ("light10", Stemmer::Light10),
                            ("none", Stemmer::None),
                        ],
                    )?),
                    "stem_exclusion" => b.stem_exclusion(strings(Some(&v), "stem_exclusion")?),
                    other => {
                        return Err(PyValueError::new_err(format!(
                            "unknown option {other:?}: expected one of {ANALYZER_OPTIONS}"
                        )))
                    }
                };
            }
        }
        repr.push(')');
        Ok(PyAnalyzer {
            inner: b.build(),
            repr,
        })
    }

    /// The terms of `text`, as `Term`s with str-index spans into it.
    ///
    /// >>> [(t.text, t.start, t.end) for t in Analyzer("lucene").analyze("والكتاب الجديد")]
    /// [('كتاب', 0, 7), ('جديد', 8, 14)]
    fn analyze<'py>(&self, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
        let py = text.py();
        let s = as_str(text, "text")?;
        with_utf8(s, "text", |t, units| {
            let mut cc = CharCounter::new(t, units.is_ascii());
            let list = PyList::empty(py);
            for term in self.inner.analyze(t) {
                let start = cc.at(term.span.start);
                let end = cc.at(term.span.end);
                list.append(crate::tokens::untracked(Bound::new(
                    py,
                    PyTerm {
                        text: pystr::new_str(py, &term.text)?.unbind(),
                        start,
                        end,
                        position: term.position,
                        kind: kind_str(py, kind_code(term.kind)).unbind(),
                    },
                )?)?)?;
            }
            Ok(list)
        })
    }

    /// The terms' texts of each text, on every core with the GIL released: a list of lists of
    /// str, or an Arrow `list<string>` array for an Arrow string array.
    ///
    /// >>> Analyzer().analyze_batch(["في المكتبات", "الكتب"])
    /// [['مكتب'], ['كتب']]
    fn analyze_batch<'py>(&self, texts: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        crate::tokens::string_lists(texts.py(), texts, |s, items| {
            for term in self.inner.analyze(s) {
                items.push_str(&term.text);
            }
        })
    }

    /// Only the terms' texts.
    ///
    /// >>> Analyzer().terms("ذهب الطلاب إلى المدارس")
    /// ['ذهب', 'طلاب', 'مدارس']
    fn terms<'py>(&self, text: &Bound<'py, PyAny>) -> PyResult<Vec<Bound<'py, PyString>>> {
        let py = text.py();
        let s = as_str(text, "text")?;
        with_utf8(s, "text", |t, _| {
            self.inner
                .analyze(t)
                .map(|term| pystr::new_str(py, &term.text))
                .collect()
        })
    }

    fn __repr__(&self) -> String {
        self.repr.clone()
    }
}
