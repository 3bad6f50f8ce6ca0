//! Normalization: [`Normalizer`], [`NormalizerOptions`] and the presets.
//!
//! Each rule N0–N15 (see `RULES.md` and [`NormalizerOptions`]) is one setting. The options
//! compile into lookup tables when the [`Normalizer`] is built; normalizing then walks the
//! UTF-8 bytes, skipping ASCII in bulk and looking two-byte Arabic sequences up directly.

mod explain;
mod offsets;
mod options;
mod rule;
mod rules;
mod table;

pub use explain::{apply_changes, Change};
pub use offsets::OffsetMap;
pub use options::{
    AlefMaksura, AlefVariants, DaggerAlef, Digits, Elongation, HamzaSeats, Joiners,
    NormalizerOptions,
};
pub use rule::{Rule, UnknownRule};

use crate::chars;
use rules::Rules;
use std::borrow::Cow;
use std::fmt;
use table::Tables;

/// A compiled set of normalization rules. Immutable, cheap to clone, `Send + Sync`: build one
/// and share it across threads.
///
/// ```
/// use arabic_text::{Normalizer, NormalizerOptions};
/// use std::borrow::Cow;
///
/// let n = Normalizer::new(NormalizerOptions::search());
/// assert_eq!(n.normalize("أَحْمَد"), "احمد");
///
/// // Nothing to change: the input comes back borrowed, with no allocation.
/// assert!(matches!(n.normalize("احمد"), Cow::Borrowed(_)));
///
/// // Reuse one buffer across many strings.
/// let mut buf = String::new();
/// for word in ["الْكِتَابُ", "مدرسة"] {
///     buf.clear();
///     n.normalize_to(word, &mut buf);
///     println!("{buf}");
/// }
/// ```
#[derive(Clone)]
pub struct Normalizer {
    rules: Rules,
    tables: Tables,
}

impl fmt::Debug for Normalizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Normalizer")
            .field("options", &self.rules.o)
            .finish_non_exhaustive()
    }
}

impl Default for Normalizer {
    /// The [`search`](NormalizerOptions::search) preset.
    fn default() -> Self {
        SEARCH.clone()
    }
}

/// The search preset, compiled at build time.
static SEARCH: Normalizer = Normalizer::new(NormalizerOptions::search());

impl Normalizer {
    /// Compiles `options` into lookup tables (a few thousand table entries; no allocation).
    /// A `const fn`, so a normalizer can live in a `static`.
    ///
    /// ```
    /// use arabic_text::{Normalizer, NormalizerOptions};
    /// static LUCENE: Normalizer = Normalizer::new(NormalizerOptions::lucene());
    /// assert_eq!(LUCENE.normalize("فاطمة"), "فاطمه");
    /// ```
    pub const fn new(options: NormalizerOptions) -> Self {
        let rules = Rules { o: options };
        Self {
            tables: Tables::new(&rules),
            rules,
        }
    }

    /// The options this normalizer applies.
    pub const fn options(&self) -> &NormalizerOptions {
        &self.rules.o
    }

    /// Normalizes `text`.
    ///
    /// Returns [`Cow::Borrowed`] exactly when nothing changes; otherwise allocates once (the
    /// output may grow past the first guess only when presentation-form ligatures expand, as
    /// ﷺ does to 18 characters).
    ///
    /// ```
    /// let n = arabic_text::Normalizer::default();
    /// assert_eq!(n.normalize("إلى المستشفى"), "الي المستشفي");
    /// ```
    pub fn normalize<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let out = match self.tables.first_change(&self.rules, text) {
            None => Cow::Borrowed(text),
            Some(start) => {
                let mut out = String::with_capacity(text.len() + 16);
                out.push_str(text.get(..start).unwrap_or_default());
                self.tables.write(&self.rules, text, start, &mut out, 0);
                Cow::Owned(out)
            }
        };
        if !self.rules.o.trim {
            return out;
        }
        // N18 on the output's ends.
        match out {
            Cow::Borrowed(s) if s.trim_matches(chars::is_key_whitespace).len() == s.len() => {
                Cow::Borrowed(s)
            }
            Cow::Borrowed(s) => Cow::Owned(s.trim_matches(chars::is_key_whitespace).to_string()),
            Cow::Owned(mut s) => {
                trim_from(&mut s, 0);
                Cow::Owned(s)
            }
        }
    }

    /// Appends the normalization of `text` to `out` line by line when the options make each
    /// line a key of its own ([`NormalizerOptions::is_line_keyed`]: N17 or N18 on), so that
    /// line breaks survive; otherwise the same as [`normalize_to`](Self::normalize_to). What
    /// streams and the command line use.
    ///
    /// ```
    /// use arabic_text::{Normalizer, NormalizerOptions};
    /// let n = Normalizer::new(NormalizerOptions::key());
    /// let mut out = String::new();
    /// n.normalize_lines_to("  Ahmed  أحمد \r\n\tKitab\n", &mut out);
    /// assert_eq!(out, "ahmed احمد\nkitab\n");
    /// ```
    pub fn normalize_lines_to(&self, text: &str, out: &mut String) {
        if !self.rules.o.is_line_keyed() {
            return self.normalize_to(text, out);
        }
        for line in text.split_inclusive('\n') {
            match line.strip_suffix('\n') {
                Some(body) => {
                    self.normalize_to(body, out);
                    out.push('\n');
                }
                None => self.normalize_to(line, out),
            }
        }
    }

    /// Appends the normalization of `text` to `out`, reusing its allocation. What `out`
    /// already holds is left as it is and never looked at by the rules.
    ///
    /// ```
    /// let n = arabic_text::Normalizer::default();
    /// let mut out = String::from("> ");
    /// n.normalize_to("كِتَاب", &mut out);
    /// assert_eq!(out, "> كتاب");
    /// ```
    pub fn normalize_to(&self, text: &str, out: &mut String) {
        let base = out.len();
        match self.tables.first_change(&self.rules, text) {
            None => out.push_str(text),
            Some(start) => {
                out.reserve(text.len());
                out.push_str(text.get(..start).unwrap_or_default());
                self.tables.write(&self.rules, text, start, out, base);
            }
        }
        if self.rules.o.trim {
            trim_from(out, base);
        }
    }

    /// Whether [`normalize`](Self::normalize) would return `text` unchanged. Does not allocate.
    ///
    /// ```
    /// let n = arabic_text::Normalizer::default();
    /// assert!(n.is_normalized("احمد"));
    /// assert!(!n.is_normalized("أحمد"));
    /// ```
    pub fn is_normalized(&self, text: &str) -> bool {
        self.tables.first_change(&self.rules, text).is_none()
            && !(self.rules.o.trim
                && (text.starts_with(chars::is_key_whitespace)
                    || text.ends_with(chars::is_key_whitespace)))
    }

    /// Normalizes `text` and records where each piece of the output came from, so that spans
    /// found in the normalized text (tokens, matches, entities) can be mapped back to the
    /// original with [`OffsetMap::to_original`]. The output is exactly
    /// [`normalize`](Self::normalize)'s.
    ///
    /// This is a separate path: [`normalize`](Self::normalize) does not pay for it. The map
    /// holds one entry per changed character or run of unchanged text.
    ///
    /// ```
    /// use arabic_text::{tokenize, Normalizer};
    ///
    /// let original = "وَﷲِ إنَّهُ لَكِتَابٌ";
    /// let (normalized, map) = Normalizer::default().normalize_with_offsets(original);
    /// assert_eq!(normalized, "والله انه لكتاب");
    /// let words: Vec<&str> = tokenize(&normalized)
    ///     .map(|t| &original[map.to_original(t.span).range()])
    ///     .collect();
    /// assert_eq!(words, ["وَﷲِ", "إنَّهُ", "لَكِتَابٌ"]);
    /// ```
    pub fn normalize_with_offsets(&self, text: &str) -> (String, OffsetMap) {
        let (mut out, map) = offsets::normalize_with_offsets(&self.rules, &self.tables, text);
        if !self.rules.o.trim {
            return (out, map);
        }
        let (a, b) = trimmed_range(&out);
        let map = map.trimmed(&out, a, b);
        out.truncate(b);
        out.drain(..a);
        (out, map)
    }

    /// Every change normalizing `text` makes, in order: its byte span in `text`, the text
    /// there, what it becomes, and the rules ([`Rule`] IDs) that made it. Applying the changes
    /// left to right ([`apply_changes`]) gives exactly [`normalize`](Self::normalize)'s
    /// output. A separate path over the same tables, for seeing why two spellings do or do
    /// not meet; `normalize` pays nothing for it.
    ///
    /// ```
    /// use arabic_text::{Normalizer, Rule};
    ///
    /// let changes = Normalizer::default().explain("مدرسةٌ");
    /// assert_eq!(changes.len(), 2);
    /// assert_eq!((changes[0].from, changes[0].to.as_str()), ("ة", "ه"));
    /// assert_eq!(changes[0].rules, [Rule::N7]);
    /// assert_eq!(changes[1].rules, [Rule::N1]); // the tanween, deleted
    /// assert_eq!(changes[1].to, "");
    /// ```
    pub fn explain<'a>(&self, text: &'a str) -> Vec<Change<'a>> {
        explain::explain(&self.rules, &self.tables, text)
    }
}

/// The byte range of `s` left when N18 trims whitespace off both ends.
pub(crate) fn trimmed_range(s: &str) -> (usize, usize) {
    let start = s.len() - s.trim_start_matches(chars::is_key_whitespace).len();
    let end = s
        .trim_end_matches(chars::is_key_whitespace)
        .len()
        .max(start);
    (start, end)
}

/// N18 on `out[base..]`, in place.
fn trim_from(out: &mut String, base: usize) {
    let (a, b) = trimmed_range(out.get(base..).unwrap_or_default());
    out.truncate(base + b);
    out.drain(base..base + a);
}

/// Normalizes `text` with the [`search`](NormalizerOptions::search) preset: the common case,
/// for building and querying a search index.
///
/// ```
/// assert_eq!(arabic_text::normalize("أَحْمَد"), "احمد");
/// assert_eq!(arabic_text::normalize("ﻷن ٣٫٥٪"), "لان 3.5%");
/// ```
pub fn normalize(text: &str) -> Cow<'_, str> {
    SEARCH.normalize(text)
}

#[cfg(test)]
mod tests;
