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

/// A string array of `O`-sized offsets holding `f` of each row (nulls stay null), built on
/// every core.
pub(crate) fn map_strings<O: OffsetSizeTrait>(
    rows: &Strings<'_>,
    f: impl Fn(&str, &mut String) + Sync,
) -> Result<GenericStringArray<O>, ArrowError> {
    let n = rows.len();
    let workers = parallel::workers(rows.value_bytes(), n);
    let per = n.div_ceil(workers.max(1)).max(1);
    let ranges: Vec<(usize, usize)> = (0..n).step_by(per).map(|a| (a, (a + per).min(n))).collect();
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
    let back_to_pyarrow = is_pyarrow(texts);
    if texts.hasattr(intern!(py, "__arrow_c_array__"))? {
        let array: PyArray = texts.extract()?;
        let (array, field) = array.into_inner();
        let out = py.detach(|| normalize_array(n, array.as_ref()))?;
        let field = field_like(&field, out.data_type().clone());
        let out = PyArray::new(out, field);
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
            .map(|c| normalize_array(n, c.as_ref()))
            .collect::<PyResult<Vec<_>>>()
    })?;
    let data_type = out
        .first()
        .map_or_else(|| field.data_type().clone(), |a| a.data_type().clone());
    let out = PyChunkedArray::try_new(out, field_like(&field, data_type))?;
    if back_to_pyarrow {
        out.into_pyarrow(py)
    } else {
        out.into_bound_py_any(py)
    }
}
