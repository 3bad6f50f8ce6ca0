//! Python `str` ⇄ UTF-8, reading and writing CPython's own string storage (PEP 393).
//!
//! A CPython `str` holds its code points as Latin-1, UCS-2 or UCS-4 units, whichever is the
//! narrowest that fits. Asking CPython for UTF-8 (`PyUnicode_AsUTF8AndSize`) encodes the whole
//! string and caches the copy inside the object for its lifetime; building a `str` from UTF-8
//! decodes it. Both conversions cost more than normalizing. This module does them itself in
//! tight loops: an ASCII `str` is UTF-8 already and is borrowed as is; other kinds are encoded
//! into a buffer the caller reuses; results are written straight into a new `str` of the
//! narrowest kind. This needs the non-limited C API, so the extension is built per Python
//! version rather than as one abi3 wheel.
//!
//! A `str` can hold a lone surrogate (U+D800–U+DFFF, e.g. from `surrogateescape`), which UTF-8
//! cannot: it is reported as a `ValueError` with its index.

use pyo3::exceptions::{PyMemoryError, PyValueError};
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::PyString;

/// The storage of a `str`: a raw view that stays valid while the object is alive (a `str` is
/// immutable), so it may be read with the GIL released while a reference is held.
#[derive(Clone, Copy)]
pub(crate) enum Units {
    /// Pure ASCII: valid UTF-8 as it stands.
    Ascii(*const u8, usize),
    Latin1(*const u8, usize),
    Ucs2(*const u16, usize),
    Ucs4(*const u32, usize),
}

// SAFETY: the pointers refer to the immutable storage of `str` objects that the caller keeps
// alive (a `Bound`/`Py` reference is held for as long as a `Units` is used).
unsafe impl Send for Units {}
unsafe impl Sync for Units {}

impl Units {
    /// The storage of `s`.
    pub(crate) fn of(s: &Bound<'_, PyString>) -> Units {
        let p = s.as_ptr();
        // SAFETY: `p` is a live, ready `str` (every `str` is ready since Python 3.12, and
        // objects reaching us from Python code are ready on 3.9-3.11 too); the macros only read
        // its header.
        unsafe {
            let len = ffi::PyUnicode_GET_LENGTH(p) as usize;
            let data = ffi::PyUnicode_DATA(p);
            match ffi::PyUnicode_KIND(p) {
                ffi::PyUnicode_1BYTE_KIND if ffi::PyUnicode_IS_ASCII(p) != 0 => {
                    Units::Ascii(data as *const u8, len)
                }
                ffi::PyUnicode_1BYTE_KIND => Units::Latin1(data as *const u8, len),
                ffi::PyUnicode_2BYTE_KIND => Units::Ucs2(data as *const u16, len),
                _ => Units::Ucs4(data as *const u32, len),
            }
        }
    }

    /// Number of code points (the `str`'s `len`).
    pub(crate) fn len(self) -> usize {
        match self {
            Units::Ascii(_, n) | Units::Latin1(_, n) | Units::Ucs2(_, n) | Units::Ucs4(_, n) => n,
        }
    }

    /// True for pure ASCII, where byte offsets and str indices coincide.
    pub(crate) fn is_ascii(self) -> bool {
        matches!(self, Units::Ascii(..))
    }

    /// The text as UTF-8: borrowed for ASCII, otherwise encoded into `buf` (cleared first).
    pub(crate) fn utf8<'a>(self, buf: &'a mut String) -> Result<&'a str, LoneSurrogate>
    where
        Self: 'a,
    {
        // SAFETY: each pointer covers `n` units of a live `str` (see `Units::of`).
        unsafe {
            match self {
                Units::Ascii(p, n) => Ok(std::str::from_utf8_unchecked(
                    std::slice::from_raw_parts(p, n),
                )),
                Units::Latin1(p, n) => {
                    encode_latin1(std::slice::from_raw_parts(p, n), buf);
                    Ok(buf.as_str())
                }
                Units::Ucs2(p, n) => {
                    encode_ucs2(std::slice::from_raw_parts(p, n), buf)?;
                    Ok(buf.as_str())
                }
                Units::Ucs4(p, n) => {
                    encode_ucs4(std::slice::from_raw_parts(p, n), buf)?;
                    Ok(buf.as_str())
                }
            }
        }
    }
}

/// A code point in U+D800–U+DFFF at this str index: no UTF-8 can hold it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LoneSurrogate {
    pub index: usize,
    pub code: u32,
}

impl LoneSurrogate {
    pub(crate) fn to_err(self, what: &str) -> PyErr {
        PyValueError::new_err(format!(
            "{what} holds a lone surrogate U+{:04X} at index {}: it is not valid Unicode text \
             (decode bytes with errors='strict' or 'replace', not 'surrogateescape')",
            self.code, self.index
        ))
    }
}

fn encode_latin1(units: &[u8], buf: &mut String) {
    buf.clear();
    buf.reserve(units.len() * 2);
    for &u in units {
        buf.push(char::from(u));
    }
}

fn encode_ucs2(units: &[u16], buf: &mut String) -> Result<(), LoneSurrogate> {
    buf.clear();
    let mut out = std::mem::take(buf).into_bytes();
    out.reserve(units.len() * 3);
    let base = out.as_mut_ptr();
    let mut w = 0usize;
    for (i, &u) in units.iter().enumerate() {
        // SAFETY: `out` has room for three bytes per unit, the most one unit takes.
        unsafe {
            if u < 0x80 {
                *base.add(w) = u as u8;
                w += 1;
            } else if u < 0x800 {
                *base.add(w) = 0xC0 | (u >> 6) as u8;
                *base.add(w + 1) = 0x80 | (u & 0x3F) as u8;
                w += 2;
            } else if (0xD800..=0xDFFF).contains(&u) {
                // What was written is whole UTF-8 sequences.
                out.set_len(w);
                *buf = String::from_utf8(out).unwrap_or_default();
                return Err(LoneSurrogate {
                    index: i,
                    code: u32::from(u),
                });
            } else {
                *base.add(w) = 0xE0 | (u >> 12) as u8;
                *base.add(w + 1) = 0x80 | ((u >> 6) & 0x3F) as u8;
                *base.add(w + 2) = 0x80 | (u & 0x3F) as u8;
                w += 3;
            }
        }
    }
    // SAFETY: `w` bytes were written, each unit as a well-formed UTF-8 sequence of a scalar
    // value (surrogates return above).
    unsafe {
        out.set_len(w);
        *buf = String::from_utf8_unchecked(out);
    }
    Ok(())
}

fn encode_ucs4(units: &[u32], buf: &mut String) -> Result<(), LoneSurrogate> {
    buf.clear();
    buf.reserve(units.len() * 4);
    for (i, &u) in units.iter().enumerate() {
        match char::from_u32(u) {
            Some(c) => buf.push(c),
            None => return Err(LoneSurrogate { index: i, code: u }),
        }
    }
    Ok(())
}

/// The number of code points in UTF-8 `bytes`.
#[inline]
pub(crate) fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// A new `str` holding `s`, in the narrowest storage kind (as CPython requires of every `str`).
pub(crate) fn new_str<'py>(py: Python<'py>, s: &str) -> PyResult<Bound<'py, PyString>> {
    let bytes = s.as_bytes();
    let mut n = 0usize;
    let mut top = 0u8; // the largest lead byte
    for &b in bytes {
        n += usize::from((b as i8) >= -0x40);
        top = top.max(b);
    }
    let maxchar: u32 = match top {
        0..=0x7F => 0x7F,
        0x80..=0xC3 => 0xFF,
        0xC4..=0xEF => 0xFFFF,
        _ => 0x10FFFF,
    };
    // SAFETY: `PyUnicode_New` returns a new reference to an uninitialised `str` of `n` units of
    // the kind `maxchar` selects (or NULL with an exception set); we fill exactly `n` units
    // before any Python code can see it. The kind is the narrowest one: `top` is the lead byte
    // of the largest code point class present.
    unsafe {
        let obj = ffi::PyUnicode_New(n as ffi::Py_ssize_t, maxchar);
        if obj.is_null() {
            return Err(PyErr::take(py).unwrap_or_else(|| PyMemoryError::new_err("str")));
        }
        let data = ffi::PyUnicode_DATA(obj);
        match maxchar {
            0x7F => std::ptr::copy_nonoverlapping(bytes.as_ptr(), data as *mut u8, n),
            0xFF => {
                let out = std::slice::from_raw_parts_mut(data as *mut u8, n);
                for (o, c) in out.iter_mut().zip(s.chars()) {
                    *o = c as u8;
                }
            }
            0xFFFF => {
                let out = std::slice::from_raw_parts_mut(data as *mut u16, n);
                decode_ucs2(bytes, out);
            }
            _ => {
                let out = std::slice::from_raw_parts_mut(data as *mut u32, n);
                for (o, c) in out.iter_mut().zip(s.chars()) {
                    *o = c as u32;
                }
            }
        }
        Ok(Bound::from_owned_ptr(py, obj).cast_into_unchecked())
    }
}

/// UTF-8 with no four-byte sequences into UCS-2 units; `out` has one slot per code point.
#[inline]
fn decode_ucs2(bytes: &[u8], out: &mut [u16]) {
    let mut i = 0;
    for o in out.iter_mut() {
        let b = bytes.get(i).copied().unwrap_or(0);
        if b < 0x80 {
            *o = u16::from(b);
            i += 1;
        } else if b < 0xE0 {
            let b1 = bytes.get(i + 1).copied().unwrap_or(0);
            *o = (u16::from(b & 0x1F) << 6) | u16::from(b1 & 0x3F);
            i += 2;
        } else {
            let b1 = bytes.get(i + 1).copied().unwrap_or(0);
            let b2 = bytes.get(i + 2).copied().unwrap_or(0);
            *o = (u16::from(b & 0x0F) << 12) | (u16::from(b1 & 0x3F) << 6) | u16::from(b2 & 0x3F);
            i += 3;
        }
    }
}

/// Byte offsets into one UTF-8 text turned into str indices, for offsets that come in
/// non-decreasing order (tokens, sentences): each call counts only the bytes since the last.
pub(crate) struct CharCounter<'a> {
    bytes: &'a [u8],
    ascii: bool,
    byte: usize,
    chars: usize,
}

impl<'a> CharCounter<'a> {
    pub(crate) fn new(text: &'a str, ascii: bool) -> Self {
        CharCounter {
            bytes: text.as_bytes(),
            ascii,
            byte: 0,
            chars: 0,
        }
    }

    /// The str index of byte offset `b` (`b` on a char boundary).
    #[inline]
    pub(crate) fn at(&mut self, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        if b < self.byte {
            // Out of order: count from the start.
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += count_chars(self.bytes.get(self.byte..b).unwrap_or_default());
        self.byte = b;
        self.chars
    }
}

/// `s` as Python's `repr` writes a str (quotes and backslashes escaped; control characters as
/// escapes), for `__repr__`s.
pub(crate) fn repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7F => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// A list of str as Python's `repr` writes it.
pub(crate) fn repr_list<S: AsRef<str>>(items: &[S]) -> String {
    let parts: Vec<String> = items.iter().map(|s| repr(s.as_ref())).collect();
    format!("[{}]", parts.join(", "))
}
