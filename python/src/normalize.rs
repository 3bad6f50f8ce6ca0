//! `Normalizer`, `normalize`, `normalize_batch`, offsets and `explain`.

use std::borrow::Cow;
use std::cell::RefCell;

use arabic_text::{
    AlefMaksura, AlefVariants, DaggerAlef, Digits, Elongation, HamzaSeats, Joiners, Normalizer,
    NormalizerOptions, OffsetMap, Rule, Span,
};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

use crate::parallel;
use crate::pystr::{self, CharCounter, Units};

/// Strings at least this long (in code points) are normalized with the GIL released.
pub(crate) const DETACH_AT: usize = 1 << 16;

pub(crate) const PRESETS: &str = "search, key, quran, canonical, nlp, lucene, camel, none";

pub(crate) fn preset_options(name: &str) -> PyResult<NormalizerOptions> {
    Ok(match name {
        "search" => NormalizerOptions::search(),
        "key" => NormalizerOptions::key(),
        "quran" => NormalizerOptions::quran(),
        "canonical" => NormalizerOptions::canonical(),
        "nlp" => NormalizerOptions::nlp(),
        "lucene" => NormalizerOptions::lucene(),
        "camel" => NormalizerOptions::camel(),
        "none" => NormalizerOptions::none(),
        _ => {
            return Err(PyValueError::new_err(format!(
                "unknown preset {name:?}: expected one of {PRESETS}"
            )))
        }
    })
}

static SEARCH: Normalizer = Normalizer::new(NormalizerOptions::search());
static KEY: Normalizer = Normalizer::new(NormalizerOptions::key());
static QURAN: Normalizer = Normalizer::new(NormalizerOptions::quran());
static CANONICAL: Normalizer = Normalizer::new(NormalizerOptions::canonical());
static NLP: Normalizer = Normalizer::new(NormalizerOptions::nlp());
static LUCENE: Normalizer = Normalizer::new(NormalizerOptions::lucene());
static CAMEL: Normalizer = Normalizer::new(NormalizerOptions::camel());
static NONE: Normalizer = Normalizer::new(NormalizerOptions::none());

/// The ready-built normalizer of a preset.
pub(crate) fn preset(name: &str) -> PyResult<&'static Normalizer> {
    Ok(match name {
        "search" => &SEARCH,
        "key" => &KEY,
        "quran" => &QURAN,
        "canonical" => &CANONICAL,
        "nlp" => &NLP,
        "lucene" => &LUCENE,
        "camel" => &CAMEL,
        "none" => &NONE,
        _ => return preset_options(name).map(|_| &SEARCH),
    })
}

/// `obj` as a `str`, or a TypeError naming what it was.
pub(crate) fn as_str<'a, 'py>(
    obj: &'a Bound<'py, PyAny>,
    what: &str,
) -> PyResult<&'a Bound<'py, PyString>> {
    obj.cast::<PyString>().map_err(|_| {
        let ty = obj
            .get_type()
            .name()
            .map(|n| n.to_string())
            .unwrap_or_else(|_| "?".into());
        PyTypeError::new_err(format!("{what} must be str, not {ty}"))
    })
}

thread_local! {
    /// The UTF-8 copy of the argument, reused from call to call.
    static INPUT: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Runs `f` on `s` as UTF-8 (borrowed when ASCII, else encoded into a reused buffer).
pub(crate) fn with_utf8<R>(
    s: &Bound<'_, PyString>,
    what: &str,
    f: impl FnOnce(&str, Units) -> PyResult<R>,
) -> PyResult<R> {
    let units = Units::of(s);
    INPUT.with(|cell| {
        // A reentrant call (none happens: `f` runs no Python code that calls back) would get a
        // fresh buffer instead of failing.
        let mut owned;
        let mut guard = cell.try_borrow_mut();
        let buf: &mut String = match guard.as_deref_mut() {
            Ok(b) => b,
            Err(_) => {
                owned = String::new();
                &mut owned
            }
        };
        let text = units.utf8(buf).map_err(|e| e.to_err(what))?;
        let r = f(text, units);
        if buf.capacity() > (1 << 24) {
            // Don't keep a huge buffer alive after one huge call.
            *buf = String::new();
        }
        r
    })
}

/// `n` applied to one `str`: the same object back when nothing changes.
pub(crate) fn normalize_one<'py>(
    py: Python<'py>,
    n: &Normalizer,
    s: &Bound<'py, PyString>,
) -> PyResult<Bound<'py, PyString>> {
    with_utf8(s, "text", |text, units| {
        let out = if units.len() >= DETACH_AT {
            py.detach(|| match n.normalize(text) {
                Cow::Borrowed(_) => None,
                Cow::Owned(o) => Some(o),
            })
        } else {
            match n.normalize(text) {
                Cow::Borrowed(_) => None,
                Cow::Owned(o) => Some(o),
            }
        };
        match out {
            None => Ok(s.clone()),
            Some(o) => pystr::new_str(py, &o),
        }
    })
}

/// A list (or other sequence) of `str` normalized on every core: a list of the results.
pub(crate) fn normalize_list<'py>(
    py: Python<'py>,
    n: &Normalizer,
    texts: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyList>> {
    let (items, results) = map_texts(py, texts, |text, _| match n.normalize(text) {
        Cow::Borrowed(_) => None,
        Cow::Owned(o) => Some(o),
    })?;
    let list = PyList::empty(py);
    for (item, r) in items.iter().zip(results) {
        match r {
            None => list.append(item.bind(py))?,
            Some(o) => list.append(pystr::new_str(py, &o)?)?,
        }
    }
    Ok(list)
}

/// The items of `texts` (a sequence of str), and `f` of each one's UTF-8 form and whether it
/// is ASCII, computed on every core with the GIL released. A lone surrogate is a ValueError
/// naming the item.
pub(crate) fn map_texts<R: Send>(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    f: impl Fn(&str, bool) -> R + Sync,
) -> PyResult<(Vec<Py<PyString>>, Vec<R>)> {
    let items = collect_strs(texts)?;
    let units: Vec<Units> = items.iter().map(|s| Units::of(s.bind(py))).collect();
    let total: usize = units.iter().map(|u| u.len()).sum();
    let results = py.detach(|| {
        parallel::map(&units, total, |u, buf: &mut String| {
            Ok::<_, pystr::LoneSurrogate>(f(u.utf8(buf)?, u.is_ascii()))
        })
    });
    let results = results
        .into_iter()
        .enumerate()
        .map(|(i, r)| r.map_err(|e| e.to_err(&format!("texts[{i}]"))))
        .collect::<PyResult<Vec<R>>>()?;
    Ok((items, results))
}

/// The items of a sequence of `str`, kept alive (the caller may release the GIL while the
/// sequence itself changes). TypeError for anything else, naming the index.
pub(crate) fn collect_strs(texts: &Bound<'_, PyAny>) -> PyResult<Vec<Py<PyString>>> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "texts must be a list of str (or an Arrow string array), not one str",
        ));
    }
    let iter = texts.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "texts must be a list of str or an Arrow string array, not {}",
            texts
                .get_type()
                .name()
                .map(|n| n.to_string())
                .unwrap_or_default()
        ))
    })?;
    let mut items = Vec::with_capacity(texts.len().unwrap_or(0));
    for (i, item) in iter.enumerate() {
        let item = item?;
        items.push(as_str(&item, &format!("texts[{i}]"))?.clone().unbind());
    }
    Ok(items)
}

fn bad_value(name: &str, value: &Bound<'_, PyAny>, expected: &str) -> PyErr {
    PyValueError::new_err(format!(
        "option {name}={}: expected {expected}",
        value
            .repr()
            .map(|r| r.to_string())
            .unwrap_or_else(|_| "?".into())
    ))
}

/// One option value: a bool, or one of the enum's names (`True` is the `key` preset's
/// setting, as `enable` gives it; `False` is `"keep"`).
fn choice<T: Copy>(
    name: &str,
    value: &Bound<'_, PyAny>,
    on: T,
    off: T,
    names: &[(&str, T)],
) -> PyResult<T> {
    let expected = || {
        let list: Vec<String> = names.iter().map(|(n, _)| format!("{n:?}")).collect();
        format!("True, False or one of {}", list.join(", "))
    };
    if let Ok(b) = value.cast::<pyo3::types::PyBool>() {
        return Ok(if b.is_true() { on } else { off });
    }
    let Ok(s) = value.cast::<PyString>() else {
        return Err(bad_value(name, value, &expected()));
    };
    let s = s.to_str()?;
    names
        .iter()
        .find(|(n, _)| *n == s)
        .map(|&(_, v)| v)
        .ok_or_else(|| bad_value(name, value, &expected()))
}

fn flag(name: &str, value: &Bound<'_, PyAny>) -> PyResult<bool> {
    value
        .cast::<pyo3::types::PyBool>()
        .map(|b| b.is_true())
        .map_err(|_| bad_value(name, value, "True or False"))
}

pub(crate) const OPTION_NAMES: [&str; 24] = [
    "fold_alef",
    "compose_hamza",
    "strip_tashkeel",
    "keep_shadda",
    "strip_dagger_alef",
    "strip_quranic_marks",
    "strip_tatweel",
    "fold_alef_variants",
    "fold_alef_maksura",
    "fold_teh_marbuta",
    "fold_hamza_seats",
    "fold_presentation_forms",
    "fold_persian_letters",
    "fold_digits",
    "fold_punctuation",
    "strip_format_controls",
    "zero_width_joiners",
    "normalize_spaces",
    "collapse_spaces",
    "collapse_elongation",
    "lowercase",
    "fold_whitespace",
    "quran_spelling",
    "trim",
];

/// One keyword option applied to `o`, by the Rust setter's name.
fn set_option(
    o: NormalizerOptions,
    name: &str,
    v: &Bound<'_, PyAny>,
) -> PyResult<NormalizerOptions> {
    let on = NormalizerOptions::key();
    Ok(match name {
        "fold_alef" => o.fold_alef(flag(name, v)?),
        "compose_hamza" => o.compose_hamza(flag(name, v)?),
        "strip_tashkeel" => o.strip_tashkeel(flag(name, v)?),
        "keep_shadda" => o.keep_shadda(flag(name, v)?),
        "strip_dagger_alef" => o.strip_dagger_alef(choice(
            name,
            v,
            on.get_strip_dagger_alef(),
            DaggerAlef::Keep,
            &[
                ("keep", DaggerAlef::Keep),
                ("drop", DaggerAlef::Drop),
                ("to_alef", DaggerAlef::ToAlef),
            ],
        )?),
        "strip_quranic_marks" => o.strip_quranic_marks(flag(name, v)?),
        "strip_tatweel" => o.strip_tatweel(flag(name, v)?),
        "fold_alef_variants" => o.fold_alef_variants(choice(
            name,
            v,
            on.get_fold_alef_variants(),
            AlefVariants::Keep,
            &[
                ("keep", AlefVariants::Keep),
                ("hamzated", AlefVariants::Hamzated),
                ("hamzated_and_wasla", AlefVariants::HamzatedAndWasla),
                ("all", AlefVariants::All),
            ],
        )?),
        "fold_alef_maksura" => o.fold_alef_maksura(choice(
            name,
            v,
            on.get_fold_alef_maksura(),
            AlefMaksura::Keep,
            &[
                ("keep", AlefMaksura::Keep),
                ("to_yeh", AlefMaksura::ToYeh),
                ("to_alef", AlefMaksura::ToAlef),
            ],
        )?),
        "fold_teh_marbuta" => o.fold_teh_marbuta(flag(name, v)?),
        "fold_hamza_seats" => o.fold_hamza_seats(choice(
            name,
            v,
            on.get_fold_hamza_seats(),
            HamzaSeats::Keep,
            &[
                ("keep", HamzaSeats::Keep),
                ("to_seat", HamzaSeats::ToSeat),
                ("to_hamza", HamzaSeats::ToHamza),
            ],
        )?),
        "fold_presentation_forms" => o.fold_presentation_forms(flag(name, v)?),
        "fold_persian_letters" => o.fold_persian_letters(flag(name, v)?),
        "fold_digits" => o.fold_digits(choice(
            name,
            v,
            on.get_fold_digits(),
            Digits::Keep,
            &[
                ("keep", Digits::Keep),
                ("to_ascii", Digits::ToAscii),
                ("to_arabic_indic", Digits::ToArabicIndic),
            ],
        )?),
        "fold_punctuation" => o.fold_punctuation(flag(name, v)?),
        "strip_format_controls" => o.strip_format_controls(flag(name, v)?),
        "zero_width_joiners" => o.zero_width_joiners(choice(
            name,
            v,
            on.get_zero_width_joiners(),
            Joiners::Keep,
            &[
                ("keep", Joiners::Keep),
                ("drop", Joiners::Drop),
                ("space", Joiners::Space),
            ],
        )?),
        "normalize_spaces" => o.normalize_spaces(flag(name, v)?),
        "collapse_spaces" => o.collapse_spaces(flag(name, v)?),
        "collapse_elongation" => o.collapse_elongation(choice(
            name,
            v,
            Elongation::MaxOne,
            Elongation::Keep,
            &[
                ("keep", Elongation::Keep),
                ("max_one", Elongation::MaxOne),
                ("max_two", Elongation::MaxTwo),
            ],
        )?),
        "lowercase" => o.lowercase(flag(name, v)?),
        "fold_whitespace" => o.fold_whitespace(flag(name, v)?),
        "quran_spelling" => o.quran_spelling(flag(name, v)?),
        "trim" => o.trim(flag(name, v)?),
        _ => {
            return Err(PyValueError::new_err(format!(
                "unknown option {name:?}: expected one of {}",
                OPTION_NAMES.join(", ")
            )));
        }
    })
}

/// Rule IDs from a str or an iterable of str.
fn rules(arg: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Vec<Rule>> {
    let Some(arg) = arg else {
        return Ok(Vec::new());
    };
    let one = |item: &Bound<'_, PyAny>| -> PyResult<Rule> {
        let s = as_str(item, what)?;
        s.to_str()?
            .parse::<Rule>()
            .map_err(|e| PyValueError::new_err(format!("{what}: {e}")))
    };
    if arg.is_instance_of::<PyString>() {
        return Ok(vec![one(arg)?]);
    }
    arg.try_iter()
        .map_err(|_| PyTypeError::new_err(format!("{what} must be rule IDs such as \"N7\"")))?
        .map(|item| one(&item?))
        .collect()
}

/// A preset, rules switched on then off, then single options: the options they give.
pub(crate) fn build_options(
    preset: &str,
    enable: Option<&Bound<'_, PyAny>>,
    disable: Option<&Bound<'_, PyAny>>,
    options: Option<&Bound<'_, PyDict>>,
) -> PyResult<NormalizerOptions> {
    let mut o = preset_options(preset)?;
    for r in rules(enable, "enable")? {
        o = o.with_rule(r, true);
    }
    for r in rules(disable, "disable")? {
        o = o.with_rule(r, false);
    }
    if let Some(options) = options {
        for (k, v) in options.iter() {
            let k = k.cast::<PyString>()?.to_str()?.to_owned();
            o = set_option(o, &k, &v)?;
        }
    }
    Ok(o)
}

fn option_dict<'py>(py: Python<'py>, o: &NormalizerOptions) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    let name = |x: &dyn std::fmt::Debug| {
        // CamelCase enum variant → snake_case name.
        let s = format!("{x:?}");
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if c.is_ascii_uppercase() {
                if i > 0 {
                    out.push('_');
                }
                out.push(c.to_ascii_lowercase());
            } else {
                out.push(c);
            }
        }
        out
    };
    d.set_item("compose_hamza", o.get_compose_hamza())?;
    d.set_item("strip_tashkeel", o.get_strip_tashkeel())?;
    d.set_item("keep_shadda", o.get_keep_shadda())?;
    d.set_item("strip_dagger_alef", name(&o.get_strip_dagger_alef()))?;
    d.set_item("strip_quranic_marks", o.get_strip_quranic_marks())?;
    d.set_item("strip_tatweel", o.get_strip_tatweel())?;
    d.set_item("fold_alef_variants", name(&o.get_fold_alef_variants()))?;
    d.set_item("fold_alef_maksura", name(&o.get_fold_alef_maksura()))?;
    d.set_item("fold_teh_marbuta", o.get_fold_teh_marbuta())?;
    d.set_item("fold_hamza_seats", name(&o.get_fold_hamza_seats()))?;
    d.set_item("fold_presentation_forms", o.get_fold_presentation_forms())?;
    d.set_item("fold_persian_letters", o.get_fold_persian_letters())?;
    d.set_item("fold_digits", name(&o.get_fold_digits()))?;
    d.set_item("fold_punctuation", o.get_fold_punctuation())?;
    d.set_item("strip_format_controls", o.get_strip_format_controls())?;
    d.set_item("zero_width_joiners", name(&o.get_zero_width_joiners()))?;
    d.set_item("normalize_spaces", o.get_normalize_spaces())?;
    d.set_item("collapse_spaces", o.get_collapse_spaces())?;
    d.set_item("collapse_elongation", name(&o.get_collapse_elongation()))?;
    d.set_item("lowercase", o.get_lowercase())?;
    d.set_item("fold_whitespace", o.get_fold_whitespace())?;
    d.set_item("quran_spelling", o.get_quran_spelling())?;
    d.set_item("trim", o.get_trim())?;
    Ok(d)
}

/// A normalizer: a preset, with single rules (`enable`, `disable`, rule IDs "N0"–"N19") and
/// single options (named after the Rust setters) changed, compiled into lookup tables once.
///
/// >>> n = Normalizer("search", disable=["N7"])
/// >>> n.normalize("مَدْرَسَة")
/// 'مدرسة'
/// >>> Normalizer(fold_alef_maksura="keep").normalize("إِلَى")
/// 'الى'
#[pyclass(frozen, module = "arabic_text._native", name = "Normalizer")]
pub(crate) struct PyNormalizer {
    pub(crate) inner: Normalizer,
    repr: String,
}

#[pymethods]
impl PyNormalizer {
    #[new]
    #[pyo3(signature = (preset = "search", enable = None, disable = None, **options))]
    fn new(
        preset: &str,
        enable: Option<&Bound<'_, PyAny>>,
        disable: Option<&Bound<'_, PyAny>>,
        options: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Self> {
        let o = build_options(preset, enable, disable, options)?;
        let mut repr = format!("Normalizer({}", pystr::repr(preset));
        for (name, arg) in [("enable", enable), ("disable", disable)] {
            if let Some(a) = arg {
                repr.push_str(&format!(", {name}={}", a.repr()?));
            }
        }
        if let Some(options) = options {
            for (k, v) in options.iter() {
                repr.push_str(&format!(", {k}={}", v.repr()?));
            }
        }
        repr.push(')');
        Ok(PyNormalizer {
            inner: Normalizer::new(o),
            repr,
        })
    }

    /// The normalized text; the same object when nothing changes.
    ///
    /// >>> Normalizer().normalize("أَحْمَد")
    /// 'احمد'
    fn normalize<'py>(&self, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyString>> {
        normalize_one(text.py(), &self.inner, as_str(text, "text")?)
    }

    /// Each text normalized, on every core with the GIL released: a list of str for a list,
    /// an Arrow array for an Arrow string array.
    ///
    /// >>> Normalizer().normalize_batch(["أَحْمَد", "إلى"])
    /// ['احمد', 'الي']
    fn normalize_batch<'py>(&self, texts: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        batch(texts.py(), &self.inner, texts)
    }

    /// True when `normalize(text)` would return `text` unchanged.
    ///
    /// >>> Normalizer().is_normalized("احمد"), Normalizer().is_normalized("أحمد")
    /// (True, False)
    fn is_normalized(&self, text: &Bound<'_, PyAny>) -> PyResult<bool> {
        let s = as_str(text, "text")?;
        with_utf8(s, "text", |t, _| Ok(self.inner.is_normalized(t)))
    }

    /// The normalized text and an `OffsetMap` from its str indices back to the input's.
    ///
    /// >>> text = "قرأتُ الكِتَابَ"
    /// >>> out, m = Normalizer().normalize_with_offsets(text)
    /// >>> out, text[slice(*m.to_original(5, 11))]
    /// ('قرات الكتاب', 'الكِتَابَ')
    fn normalize_with_offsets<'py>(
        &self,
        text: &Bound<'py, PyAny>,
    ) -> PyResult<(Bound<'py, PyString>, PyOffsetMap)> {
        let py = text.py();
        let s = as_str(text, "text")?;
        with_utf8(s, "text", |t, units| {
            let (out, map) = self.inner.normalize_with_offsets(t);
            let py_out = pystr::new_str(py, &out)?;
            Ok((py_out, PyOffsetMap::new(t, units.is_ascii(), out, map)))
        })
    }

    /// What changes and why: one `Change` per changed piece of the input, with the rules
    /// that made it.
    ///
    /// >>> [(c.text, c.replacement, c.rules) for c in Normalizer().explain("أَحمد")]
    /// [('أ', 'ا', ['N5']), ('َ', '', ['N1'])]
    fn explain(&self, text: &Bound<'_, PyAny>) -> PyResult<Vec<PyChange>> {
        explain(&self.inner, as_str(text, "text")?)
    }

    /// The settings, one per option name.
    ///
    /// >>> Normalizer("search", disable=["N7"]).options()["fold_teh_marbuta"]
    /// False
    fn options<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        option_dict(py, self.inner.options())
    }

    fn __repr__(&self) -> String {
        self.repr.clone()
    }
}

pub(crate) fn explain(n: &Normalizer, s: &Bound<'_, PyString>) -> PyResult<Vec<PyChange>> {
    with_utf8(s, "text", |t, units| {
        let mut cc = CharCounter::new(t, units.is_ascii());
        n.explain(t)
            .into_iter()
            .map(|c| {
                Ok(PyChange {
                    start: cc.at(c.span.start),
                    end: cc.at(c.span.end),
                    text: c.from.to_owned(),
                    replacement: c.to,
                    rules: c.rules.iter().map(|r| r.to_string()).collect(),
                })
            })
            .collect()
    })
}

/// Normalize a list of str or an Arrow string array.
pub(crate) fn batch<'py>(
    py: Python<'py>,
    n: &Normalizer,
    texts: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    if crate::arrow::is_arrow(texts)? {
        return crate::arrow::normalize(py, n, texts);
    }
    Ok(normalize_list(py, n, texts)?.into_any())
}

/// One change `explain` reports: `text[start:end]` (`text`) becomes `replacement` by `rules`.
///
/// >>> explain("ﻷن")[0]
/// Change(start=0, end=1, text='ﻷ', replacement='لا', rules=['N5', 'N9'])
#[pyclass(frozen, get_all, module = "arabic_text._native", name = "Change")]
pub(crate) struct PyChange {
    /// Start of the changed piece (str index into the input).
    start: usize,
    /// End of the changed piece (str index, exclusive).
    end: usize,
    /// The input text there.
    text: String,
    /// What it becomes ("" when deleted).
    replacement: String,
    /// The rule IDs that made the change, e.g. ["N0", "N5"].
    rules: Vec<String>,
}

#[pymethods]
impl PyChange {
    fn __repr__(&self) -> String {
        format!(
            "Change(start={}, end={}, text={}, replacement={}, rules={})",
            self.start,
            self.end,
            pystr::repr(&self.text),
            pystr::repr(&self.replacement),
            pystr::repr_list(&self.rules)
        )
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<PyChange>().is_ok_and(|o| {
            let o = o.get();
            (
                self.start,
                self.end,
                &self.text,
                &self.replacement,
                &self.rules,
            ) == (o.start, o.end, &o.text, &o.replacement, &o.rules)
        })
    }
}

/// Str indices of a normalized text mapped back to the text it came from.
///
/// >>> text = "أَحْمَد"
/// >>> out, m = Normalizer().normalize_with_offsets(text)
/// >>> m.to_original(0, len(out))
/// (0, 7)
#[pyclass(frozen, module = "arabic_text._native", name = "OffsetMap")]
pub(crate) struct PyOffsetMap {
    map: OffsetMap,
    /// Byte offset of each code point of the normalized text, and its length (None: ASCII).
    out_starts: Option<Vec<usize>>,
    out_chars: usize,
    /// Byte offset of each code point of the original text, and its length (None: ASCII).
    orig_starts: Option<Vec<usize>>,
    orig_chars: usize,
}

impl PyOffsetMap {
    fn new(original: &str, original_ascii: bool, out: String, map: OffsetMap) -> Self {
        let starts = |s: &str| -> Vec<usize> {
            s.char_indices()
                .map(|(b, _)| b)
                .chain(std::iter::once(s.len()))
                .collect()
        };
        let out_starts = (!out.is_ascii()).then(|| starts(&out));
        let orig_starts = (!original_ascii).then(|| starts(original));
        PyOffsetMap {
            map,
            out_chars: out_starts.as_ref().map_or(out.len(), |v| v.len() - 1),
            out_starts,
            orig_chars: orig_starts.as_ref().map_or(original.len(), |v| v.len() - 1),
            orig_starts,
        }
    }
}

#[pymethods]
impl PyOffsetMap {
    /// The span of the original text that `normalized[start:end]` came from, in str indices.
    /// Raises ValueError when `start > end` or `end` is past the normalized text.
    fn to_original(&self, start: usize, end: usize) -> PyResult<(usize, usize)> {
        if start > end || end > self.out_chars {
            return Err(PyValueError::new_err(format!(
                "span {start}..{end} is not within the normalized text (length {})",
                self.out_chars
            )));
        }
        let byte = |i: usize| match &self.out_starts {
            None => i,
            Some(v) => v.get(i).copied().unwrap_or(0),
        };
        let span = self.map.to_original(Span::new(byte(start), byte(end)));
        let index = |b: usize| match &self.orig_starts {
            None => b,
            Some(v) => v.partition_point(|&x| x < b),
        };
        Ok((index(span.start), index(span.end)))
    }

    /// Length of the normalized text (code points).
    ///
    /// >>> Normalizer().normalize_with_offsets("أَحْمَد")[1].normalized_len
    /// 4
    #[getter]
    fn normalized_len(&self) -> usize {
        self.out_chars
    }

    /// Length of the original text (code points).
    ///
    /// >>> Normalizer().normalize_with_offsets("أَحْمَد")[1].original_len
    /// 7
    #[getter]
    fn original_len(&self) -> usize {
        self.orig_chars
    }

    fn __repr__(&self) -> String {
        format!(
            "OffsetMap(normalized_len={}, original_len={})",
            self.out_chars, self.orig_chars
        )
    }
}

/// `normalize(text, preset="search")`: `text` normalized with a preset's rules.
///
/// >>> normalize("أَحْمَد")
/// 'احمد'
/// >>> normalize("إلى المستشفى ٢٠٢٥")
/// 'الي المستشفي 2025'
/// >>> normalize("  ﻻ   إله  ", "key")
/// 'لا اله'
#[pyfunction]
#[pyo3(signature = (text, preset = "search"))]
pub(crate) fn normalize<'py>(
    text: &Bound<'py, PyAny>,
    preset: &str,
) -> PyResult<Bound<'py, PyString>> {
    let n = self::preset(preset)?;
    normalize_one(text.py(), n, as_str(text, "text")?)
}

/// `normalize_batch(texts, preset="search")`: each text normalized, on every core with the GIL
/// released: a list of str for a list, an Arrow array for an Arrow string array.
///
/// >>> normalize_batch(["أَحْمَد", "مَدْرَسَة"])
/// ['احمد', 'مدرسه']
#[pyfunction]
#[pyo3(signature = (texts, preset = "search"))]
pub(crate) fn normalize_batch<'py>(
    texts: &Bound<'py, PyAny>,
    preset: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let n = self::preset(preset)?;
    batch(texts.py(), n, texts)
}

/// `explain(text, preset="search")`: what a preset changes in `text`, and by which rules.
///
/// >>> [(c.start, c.end, c.replacement, c.rules) for c in explain("إلى")]
/// [(0, 1, 'ا', ['N5']), (2, 3, 'ي', ['N6'])]
#[pyfunction]
#[pyo3(name = "explain", signature = (text, preset = "search"))]
pub(crate) fn explain_text(text: &Bound<'_, PyAny>, preset: &str) -> PyResult<Vec<PyChange>> {
    explain(self::preset(preset)?, as_str(text, "text")?)
}

/// The preset names, in a tuple.
pub(crate) fn preset_names(py: Python<'_>) -> PyResult<Bound<'_, PyTuple>> {
    PyTuple::new(py, PRESETS.split(", ").collect::<Vec<_>>())
}

/// `_rust_normalize_bytes(data, preset="search", per_line=False)`: the Rust library alone on
/// UTF-8 `data` (no str conversion), with the GIL released, for the benchmark's ceiling row:
/// the number of output bytes.
#[pyfunction]
#[pyo3(name = "_rust_normalize_bytes", signature = (data, preset = "search", per_line = false))]
pub(crate) fn rust_normalize_bytes(
    py: Python<'_>,
    data: &[u8],
    preset: &str,
    per_line: bool,
) -> PyResult<usize> {
    let n = self::preset(preset)?;
    let text = std::str::from_utf8(data)
        .map_err(|e| PyValueError::new_err(format!("data is not UTF-8: {e}")))?;
    Ok(py.detach(|| {
        if per_line {
            text.split('\n').map(|line| n.normalize(line).len()).sum()
        } else {
            n.normalize(text).len()
        }
    }))
}
