//! Arrow string arrays in and out through the Arrow C data interface (`__arrow_c_array__`,
//! `__arrow_c_stream__`): pyarrow, polars, arro3 and Spark's Arrow batches pass without a
//! Python object per row, and their string buffers are read in place.

use std::sync::Arc;

use arabic_text::Normalizer;
use arrow_array::{Array, ArrayRef, GenericStringArray, OffsetSizeTrait};
use arrow_buffer::{Buffer, NullBuffer, OffsetBuffer, ScalarBuffer};
use arrow_schema::{ArrowError, DataType, Field};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::{intern, IntoPyObjectExt};
use pyo3_arrow::{PyArray, PyChunkedArray};

use crate::parallel;

/// True for an object that exports Arrow data (an array or a stream of arrays).
pub(crate) fn is_arrow(obj: &Bound<'_, PyAny>) -> PyResult<bool> {
    let py = obj.py();
    Ok(obj.hasattr(intern!(py, "__arrow_c_array__"))?
        || obj.hasattr(intern!(py, "__arrow_c_stream__"))?)
}

/// True when `obj` comes from pyarrow: results then go back as pyarrow objects.
fn is_pyarrow(obj: &Bound<'_, PyAny>) -> bool {
    obj.get_type()
        .module()
        .is_ok_and(|m| m.to_str().is_ok_and(|m| m.starts_with("pyarrow")))
}

/// Rows of a string array, whatever its offset width or layout.
pub(crate) enum Strings<'a> {
    Utf8(&'a GenericStringArray<i32>),
    Large(&'a GenericStringArray<i64>),
    View(&'a arrow_array::StringViewArray),
}

impl<'a> Strings<'a> {
    pub(crate) fn of(array: &'a dyn Array) -> PyResult<Self> {
        use arrow_array::cast::AsArray;
        Ok(match array.data_type() {
            DataType::Utf8 => Strings::Utf8(array.as_string::<i32>()),
            DataType::LargeUtf8 => Strings::Large(array.as_string::<i64>()),
            DataType::Utf8View => Strings::View(array.as_string_view()),
            other => {
                return Err(PyTypeError::new_err(format!(
                    "expected an Arrow string array (utf8, large_utf8 or utf8_view), got {other}"
                )))
            }
        })
    }

    pub(crate) fn len(&self) -> usize {
        match self {
            Strings::Utf8(a) => a.len(),
            Strings::Large(a) => a.len(),
            Strings::View(a) => a.len(),
        }
    }

    /// Row `i`, or None when null.
    #[inline]
    pub(crate) fn get(&self, i: usize) -> Option<&'a str> {
        match self {
            Strings::Utf8(a) => a.is_valid(i).then(|| a.value(i)),
            Strings::Large(a) => a.is_valid(i).then(|| a.value(i)),
            Strings::View(a) => a.is_valid(i).then(|| a.value(i)),
        }
    }

    pub(crate) fn nulls(&self) -> Option<NullBuffer> {
        match self {
            Strings::Utf8(a) => a.nulls().cloned(),
            Strings::Large(a) => a.nulls().cloned(),
            Strings::View(a) => a.nulls().cloned(),
        }
    }

    /// Bytes of string data the rows cover (for choosing the number of threads).
    pub(crate) fn value_bytes(&self) -> usize {
        match self {
            Strings::Utf8(a) => a.value_data().len(),
            Strings::Large(a) => a.value_data().len(),
            Strings::View(a) => a.total_buffer_bytes_used(),
        }
    }
}

/// The rows of `rows` in one contiguous range per worker thread.
fn row_ranges(rows: &Strings<'_>) -> Vec<(usize, usize)> {
    let n = rows.len();
    let workers = parallel::workers(rows.value_bytes(), n);
    let per = n.div_ceil(workers.max(1)).max(1);
    (0..n).step_by(per).map(|a| (a, (a + per).min(n))).collect()
}

/// A string array of `O`-sized offsets holding `f` of each row (nulls stay null), built on
/// every core.
pub(crate) fn map_strings<O: OffsetSizeTrait>(
    rows: &Strings<'_>,
    f: impl Fn(&str, &mut String) + Sync,
) -> Result<GenericStringArray<O>, ArrowError> {
    let n = rows.len();
    let ranges = row_ranges(rows);
    // Each range: its values and the end offset of each row within them.
    let parts = parallel::map(&ranges, usize::MAX, |&(a, b), _| {
        let mut values = String::new();
        let mut ends = Vec::with_capacity(b - a);
        for i in a..b {
            if let Some(s) = rows.get(i) {
                f(s, &mut values);
            }
            ends.push(values.len());
        }
        (values, ends)
    });
    let total: usize = parts.iter().map(|(v, _)| v.len()).sum();
    let too_big = || {
        ArrowError::InvalidArgumentError(format!(
            "the result holds {total} bytes, more than {} offsets can address: pass a \
             large_string array",
            std::any::type_name::<O>()
        ))
    };
    O::from_usize(total).ok_or_else(too_big)?;
    let mut offsets = Vec::with_capacity(n + 1);
    offsets.push(O::usize_as(0));
    let mut values = Vec::with_capacity(total);
    for (v, ends) in parts {
        let base = values.len();
        offsets.extend(ends.into_iter().map(|e| O::usize_as(base + e)));
        values.extend_from_slice(v.as_bytes());
    }
    let offsets = OffsetBuffer::new(ScalarBuffer::from(offsets));
    // SAFETY: the offsets start at 0, never decrease and end at `values.len()` (checked to fit
    // in `O` above), and every row's bytes are a whole `str` pushed by `f`: valid UTF-8 on
    // char boundaries.
    Ok(unsafe {
        GenericStringArray::<O>::new_unchecked(offsets, Buffer::from(values), rows.nulls())
    })
}

fn normalize_array(n: &Normalizer, array: &dyn Array) -> PyResult<ArrayRef> {
    let rows = Strings::of(array)?;
    let f = |s: &str, out: &mut String| n.normalize_to(s, out);
    let out: ArrayRef = match rows {
        Strings::Large(_) => Arc::new(map_strings::<i64>(&rows, f).map_err(value_err)?),
        _ => Arc::new(map_strings::<i32>(&rows, f).map_err(value_err)?),
    };
    Ok(out)
}

pub(crate) fn value_err(e: ArrowError) -> PyErr {
    PyValueError::new_err(e.to_string())
}

/// The output field: the input's name and nullability, the result's type.
pub(crate) fn field_like(field: &Field, data_type: DataType) -> Arc<Field> {
    Arc::new(Field::new(field.name(), data_type, field.is_nullable()))
}

/// `normalize_batch` over an Arrow array or chunked array: the same kind back (pyarrow for
/// pyarrow input; otherwise an object that exports `__arrow_c_array__`/`__arrow_c_stream__`).
pub(crate) fn normalize<'py>(
    py: Python<'py>,
    n: &Normalizer,
    texts: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    arrays_out(py, texts, |array| normalize_array(n, array))
}

/// Per row, a list of items: the items' texts, and for tokens their str-index spans and kinds.
#[derive(Default)]
pub(crate) struct Items {
    /// The items' texts, one after another.
    pub values: String,
    /// End of each item in `values`.
    pub ends: Vec<usize>,
    /// Per item (tokens only): start, end (str indices into the row) and kind code.
    pub spans: Vec<(i32, i32, u8)>,
    /// Items per row.
    pub counts: Vec<usize>,
}

/// `f` over each non-null row of `rows`, on every core; `f` appends the row's items to `out`.
pub(crate) fn map_items(rows: &Strings<'_>, f: impl Fn(&str, &mut Items) + Sync) -> Items {
    let ranges = row_ranges(rows);
    let parts = parallel::map(&ranges, usize::MAX, |&(a, b), _| {
        let mut items = Items::default();
        for i in a..b {
            let before = items.ends.len();
            if let Some(s) = rows.get(i) {
                f(s, &mut items);
            }
            items.counts.push(items.ends.len() - before);
        }
        items
    });
    let mut all = Items::default();
    for p in parts {
        let base = all.values.len();
        all.values.push_str(&p.values);
        all.ends.extend(p.ends.into_iter().map(|e| base + e));
        all.spans.extend(p.spans);
        all.counts.extend(p.counts);
    }
    all
}

fn offsets_i32(ends: impl Iterator<Item = usize>, what: &str) -> PyResult<OffsetBuffer<i32>> {
    let mut v = vec![0i32];
    for e in ends {
        v.push(i32::try_from(e).map_err(|_| {
            PyValueError::new_err(format!(
                "the {what} exceed what 32-bit Arrow offsets address: pass fewer rows at once"
            ))
        })?);
    }
    Ok(OffsetBuffer::new(ScalarBuffer::from(v)))
}

/// The items' texts as a string array.
fn item_strings(items: &Items) -> PyResult<arrow_array::StringArray> {
    let offsets = offsets_i32(items.ends.iter().copied(), "texts")?;
    // SAFETY: offsets start at 0, never decrease and end at `values.len()`; each item is a
    // whole `str` pushed onto `values`.
    Ok(unsafe {
        arrow_array::StringArray::new_unchecked(
            offsets,
            Buffer::from(items.values.as_bytes().to_vec()),
            None,
        )
    })
}

fn list_of(
    rows: &Strings<'_>,
    items: &Items,
    values: ArrayRef,
    field: Arc<Field>,
) -> PyResult<arrow_array::ListArray> {
    let mut acc = 0usize;
    let offsets = offsets_i32(
        items.counts.iter().map(|&c| {
            acc += c;
            acc
        }),
        "items",
    )?;
    arrow_array::ListArray::try_new(field, offsets, values, rows.nulls()).map_err(value_err)
}

/// A `list<string>` array: per row, the strings `f` pushes (each ended with `Items::push`).
pub(crate) fn string_lists<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    f: impl Fn(&str, &mut Items) + Sync,
) -> PyResult<Bound<'py, PyAny>> {
    arrays_out(py, texts, |array| {
        let rows = Strings::of(array)?;
        let items = map_items(&rows, &f);
        let values: ArrayRef = Arc::new(item_strings(&items)?);
        let field = Arc::new(Field::new("item", DataType::Utf8, false));
        Ok(Arc::new(list_of(&rows, &items, values, field)?) as ArrayRef)
    })
}

/// The Arrow type of `tokenize_batch`'s Arrow result.
pub(crate) fn token_struct_fields() -> arrow_schema::Fields {
    arrow_schema::Fields::from(vec![
        Field::new("text", DataType::Utf8, false),
        Field::new("start", DataType::Int32, false),
        Field::new("end", DataType::Int32, false),
        Field::new("kind", DataType::Utf8, false),
    ])
}

/// A `list<struct<text, start, end, kind>>` array of each row's tokens.
pub(crate) fn token_lists<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    f: impl Fn(&str, &mut Items) + Sync,
) -> PyResult<Bound<'py, PyAny>> {
    arrays_out(py, texts, |array| {
        let rows = Strings::of(array)?;
        let items = map_items(&rows, &f);
        let text: ArrayRef = Arc::new(item_strings(&items)?);
        let start: ArrayRef = Arc::new(arrow_array::Int32Array::from_iter_values(
            items.spans.iter().map(|s| s.0),
        ));
        let end: ArrayRef = Arc::new(arrow_array::Int32Array::from_iter_values(
            items.spans.iter().map(|s| s.1),
        ));
        let kind: ArrayRef = Arc::new(arrow_array::StringArray::from_iter_values(
            items.spans.iter().map(|s| {
                crate::tokens::KINDS
                    .get(usize::from(s.2))
                    .copied()
                    .unwrap_or("word")
            }),
        ));
        let fields = token_struct_fields();
        let structs =
            arrow_array::StructArray::try_new(fields.clone(), vec![text, start, end, kind], None)
                .map_err(value_err)?;
        let field = Arc::new(Field::new("item", DataType::Struct(fields), false));
        Ok(Arc::new(list_of(&rows, &items, Arc::new(structs), field)?) as ArrayRef)
    })
}

/// `f` on an Arrow array or on each chunk of a chunked array, with the GIL released: the
/// results as the same kind (pyarrow for pyarrow input).
fn arrays_out<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    f: impl Fn(&dyn Array) -> PyResult<ArrayRef> + Sync,
) -> PyResult<Bound<'py, PyAny>> {
    let back_to_pyarrow = is_pyarrow(texts);
    if texts.hasattr(intern!(py, "__arrow_c_array__"))? {
        let array: PyArray = texts.extract()?;
        let (array, field) = array.into_inner();
        let out = py.detach(|| f(array.as_ref()))?;
        let out = PyArray::new(out.clone(), field_like(&field, out.data_type().clone()));
        return if back_to_pyarrow {
            let result = out.to_pyarrow(py)?.unbind();
            Ok(result.into_bound(py))
        } else {
            out.into_bound_py_any(py)
        };
    }
    let chunked: PyChunkedArray = texts.extract()?;
    let (chunks, field) = chunked.into_inner();
    let out = py.detach(|| {
        chunks
            .iter()
            .map(|c| f(c.as_ref()))
            .collect::<PyResult<Vec<_>>>()
    })?;
    let empty = f(&arrow_array::new_empty_array(field.data_type()))?;
    let data_type = out.first().unwrap_or(&empty).data_type().clone();
    let out = PyChunkedArray::try_new(out, field_like(&field, data_type))?;
    if back_to_pyarrow {
        out.into_pyarrow(py)
    } else {
        out.into_bound_py_any(py)
    }
}

impl Items {
    /// Ends the item whose text was just appended to `values`.
    #[inline]
    pub(crate) fn push_str(&mut self, s: &str) {
        self.values.push_str(s);
        self.ends.push(self.values.len());
    }
}
