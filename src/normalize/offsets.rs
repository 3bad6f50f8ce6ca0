//! Offsets through normalization: [`OffsetMap`], built by
//! [`Normalizer::normalize_with_offsets`](super::Normalizer::normalize_with_offsets).
//!
//! The map is a list of segments, each a piece of the normalized text and the piece of the
//! original it came from, in order and without gaps on either side:
//!
//! * a *copied* segment is bytes the normalizer left alone, so any offset inside it maps by a
//!   fixed shift;
//! * an *atomic* segment is what one change produced (a folded letter, a presentation form's
//!   expansion such as ﷲ → الله, a letter composed with a later hamza mark, a run of
//!   elongation), and maps only as a whole.
//!
//! Deleted characters have no segment of their own: they belong to the segment before them
//! (the letter a mark sat on), and those at the very start belong to the first segment.

use super::rules::Rules;
use super::table::{apply, Around, Tables};
use crate::tokenize::Span;

/// Maps byte spans of a normalized text back to the original it was normalized from.
///
/// ```
/// use arabic_text::{Normalizer, Span};
///
/// let original = "قرأتُ «الكِتَابَ» أمسِ";
/// let (normalized, map) = Normalizer::default().normalize_with_offsets(original);
/// assert_eq!(normalized, "قرات «الكتاب» امس");
///
/// // Find a word in the normalized text, highlight it in the original.
/// let at = normalized.find("الكتاب").unwrap();
/// let span = map.to_original(Span::new(at, at + "الكتاب".len()));
/// assert_eq!(&original[span.range()], "الكِتَابَ");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OffsetMap {
    segments: Vec<Segment>,
    normalized_len: usize,
    original_len: usize,
}

/// Where a segment starts on both sides; it ends where the next one starts (or at the ends of
/// the texts).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Segment {
    out: usize,
    orig: usize,
    copied: bool,
}

impl OffsetMap {
    /// The map of a text that normalization left unchanged.
    fn identity(len: usize) -> Self {
        let segments = if len == 0 {
            Vec::new()
        } else {
            vec![Segment {
                out: 0,
                orig: 0,
                copied: true,
            }]
        };
        Self {
            segments,
            normalized_len: len,
            original_len: len,
        }
    }

    /// The map of `normalized[a..b]` (N18 trimmed the rest). What was trimmed belongs to the
    /// pieces next to it, as deleted characters do: the trimmed start to the first character
    /// kept, the trimmed end to the last. `normalized` is the untrimmed text.
    pub(super) fn trimmed(self, normalized: &str, a: usize, b: usize) -> Self {
        let mut segments: Vec<Segment> = Vec::with_capacity(self.segments.len() + 1);
        let ends: Vec<usize> = self
            .segments
            .iter()
            .skip(1)
            .map(|s| s.out)
            .chain(std::iter::once(self.normalized_len))
            .collect();
        for (seg, &end) in self.segments.iter().zip(&ends) {
            if end <= a || seg.out >= b {
                continue;
            }
            let mut s = *seg;
            if s.out < a {
                if s.copied {
                    s.orig += a - s.out;
                }
                s.out = a;
            }
            s.out -= a;
            if segments.is_empty() && s.orig > 0 {
                // The trimmed start joins the first character kept, as a change of its own.
                let first = normalized
                    .get(a..)
                    .and_then(|t| t.chars().next())
                    .map_or(0, char::len_utf8);
                segments.push(Segment {
                    out: 0,
                    orig: 0,
                    copied: false,
                });
                if s.copied && first < end.min(b) - a {
                    segments.push(Segment {
                        out: first,
                        orig: s.orig + first,
                        copied: true,
                    });
                }
                continue;
            }
            segments.push(s);
        }
        Self {
            segments,
            normalized_len: b - a,
            original_len: self.original_len,
        }
    }

    /// The length in bytes of the normalized text.
    pub fn normalized_len(&self) -> usize {
        self.normalized_len
    }

    /// The length in bytes of the original text.
    pub fn original_len(&self) -> usize {
        self.original_len
    }

    /// The smallest span of the original text that covers `span` of the normalized text.
    ///
    /// Characters normalization deleted belong to the character before them, so a word maps
    /// back with its marks (`كتب` → `كَتَبَ`); a piece of a one-to-many fold maps to the whole
    /// original character (any part of `الله` from `ﷲ` → `ﷲ`). An empty span maps to an empty
    /// span at the matching position. Offsets past the end are clamped; offsets should lie on
    /// char boundaries of the normalized text (others map inside copied text to the same
    /// offset, which is then not a char boundary of the original either).
    pub fn to_original(&self, span: Span) -> Span {
        let a = span.start.min(self.normalized_len);
        let b = span.end.clamp(a, self.normalized_len);
        if a == b {
            let p = self.point(a);
            return Span::new(p, p);
        }
        let (first, _, _) = self.segment(a);
        let start = if first.copied {
            first.orig + (a - first.out)
        } else {
            first.orig
        };
        let (last, out_end, orig_end) = self.segment(b - 1);
        let end = if last.copied && b < out_end {
            last.orig + (b - last.out)
        } else {
            orig_end
        };
        Span::new(start, end)
    }

    /// Where the empty span at byte `a` of the normalized text lands in the original.
    fn point(&self, a: usize) -> usize {
        if a >= self.normalized_len {
            return self.original_len;
        }
        let (seg, _, _) = self.segment(a);
        if seg.copied {
            seg.orig + (a - seg.out)
        } else {
            seg.orig
        }
    }

    /// The segment holding byte `a` (< normalized_len) and where it ends on both sides.
    fn segment(&self, a: usize) -> (Segment, usize, usize) {
        let k = self
            .segments
            .partition_point(|s| s.out <= a)
            .saturating_sub(1);
        let fallback = Segment {
            out: 0,
            orig: 0,
            copied: false,
        };
        let seg = self.segments.get(k).copied().unwrap_or(fallback);
        match self.segments.get(k + 1) {
            Some(next) => (seg, next.out, next.orig),
            None => (seg, self.normalized_len, self.original_len),
        }
    }
}

/// Builds the segments while the normalizer writes.
struct Builder<'a> {
    original: &'a str,
    segments: Vec<Segment>,
}

impl Builder<'_> {
    /// Adds a segment of `len` output bytes.
    fn push(&mut self, seg: Segment, len: usize) {
        if self.segments.is_empty() && seg.orig > 0 {
            // What was deleted before the first output belongs to its first character, which
            // becomes a change of its own; the rest of a copied segment stays copied.
            self.segments.push(Segment {
                out: seg.out,
                orig: 0,
                copied: false,
            });
            if seg.copied {
                let first = self
                    .original
                    .get(seg.orig..)
                    .and_then(|r| r.chars().next())
                    .map_or(len, char::len_utf8);
                if first < len {
                    self.segments.push(Segment {
                        out: seg.out + first,
                        orig: seg.orig + first,
                        copied: true,
                    });
                }
            }
            return;
        }
        self.segments.push(seg);
    }

    /// `len` unchanged bytes of the original at `orig` were written at `out`.
    fn copied(&mut self, orig: usize, out: usize, len: usize) {
        if let Some(last) = self.segments.last() {
            if last.copied && last.orig + (out - last.out) == orig {
                return; // continues the copied segment before it
            }
        }
        self.push(
            Segment {
                out,
                orig,
                copied: true,
            },
            len,
        );
    }

    /// One change of the original at `orig` was written at `out`.
    fn changed(&mut self, orig: usize, out: usize, len: usize) {
        self.push(
            Segment {
                out,
                orig,
                copied: false,
            },
            len,
        );
    }

    /// Output from byte `at` on was rewritten (N0 composed a mark with an earlier letter) and
    /// now ends at `out_len`: everything from the segment holding `at` becomes one change.
    fn rewrote(&mut self, at: usize, out_len: usize) {
        let k = self.segments.partition_point(|s| s.out <= at);
        if k == 0 {
            self.segments.clear();
        } else {
            self.segments.truncate(k);
            if let Some(seg) = self.segments.last_mut() {
                if seg.copied && seg.out < at {
                    let split = Segment {
                        out: at,
                        orig: seg.orig + (at - seg.out),
                        copied: false,
                    };
                    self.segments.push(split);
                } else {
                    seg.copied = false;
                }
            }
        }
        // Nothing left of the rewritten output: its original belongs to the segment before.
        if self.segments.last().is_some_and(|s| s.out >= out_len) {
            self.segments.pop();
        }
    }
}

/// Normalizes `text` while recording the [`OffsetMap`]. A path of its own, so that the plain
/// `normalize` pays nothing for it.
pub(super) fn normalize_with_offsets(
    rules: &Rules,
    tables: &Tables,
    text: &str,
) -> (String, OffsetMap) {
    if tables.first_change(rules, text).is_none() {
        return (text.to_owned(), OffsetMap::identity(text.len()));
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut b = Builder {
        original: text,
        segments: Vec::new(),
    };
    let mut i = 0;
    while let Some((at, c, act)) = tables.next_work(rules, text, i) {
        if at > i {
            b.copied(i, out.len(), at - i);
            out.push_str(text.get(i..at).unwrap_or_default());
        }
        let next = at + c.len_utf8();
        let before = out.len();
        let applied = apply(rules, c, act, &mut out, 0, Around::at(text, at, c), true);
        let end = next + applied.consumed;
        if let Some(at_out) = applied.rewrote {
            b.rewrote(at_out, out.len());
        } else if out.len() > before {
            let len = out.len() - before;
            if out.get(before..) == text.get(at..end) {
                b.copied(at, before, len);
            } else {
                b.changed(at, before, len);
            }
        }
        i = end;
    }
    if i < text.len() {
        b.copied(i, out.len(), text.len() - i);
        out.push_str(text.get(i..).unwrap_or_default());
    }
    let map = OffsetMap {
        segments: b.segments,
        normalized_len: out.len(),
        original_len: text.len(),
    };
    (out, map)
}

#[cfg(test)]
mod tests {
    use crate::{tokenize, Normalizer, NormalizerOptions, Span};

    /// The original text of each token of the normalized text.
    fn back<'a>(n: &Normalizer, original: &'a str) -> Vec<&'a str> {
        let (out, map) = n.normalize_with_offsets(original);
        tokenize(&out)
            .map(|t| &original[map.to_original(t.span).range()])
            .collect()
    }

    #[test]
    fn deleted_marks_belong_to_their_letter() {
        let n = Normalizer::default();
        assert_eq!(back(&n, "كَتَبَ الوَلَدُ"), ["كَتَبَ", "الوَلَدُ"]);
        // Marks (and a bidi mark) before the first letter belong to it.
        assert_eq!(back(&n, "\u{200F}\u{064E}كتب"), ["\u{200F}\u{064E}كتب"]);
    }

    #[test]
    fn one_to_many_fold_maps_whole() {
        let n = Normalizer::default();
        let original = "ﷲ أكبر";
        let (out, map) = n.normalize_with_offsets(original);
        assert_eq!(out, "الله اكبر");
        // Any piece of الله maps to the whole ligature.
        assert_eq!(map.to_original(Span::new(2, 4)), Span::new(0, 3));
        assert_eq!(back(&n, original), ["ﷲ", "أكبر"]);
        // ﷺ expands to four words: each maps to the ligature.
        assert_eq!(back(&n, "محمد ﷺ"), ["محمد", "ﷺ", "ﷺ", "ﷺ", "ﷺ"]);
    }

    #[test]
    fn composed_hamza_maps_to_letter_and_mark() {
        // ا + U+0654 composes to أ (N0), which the search preset then folds to ا.
        let n = Normalizer::default();
        let original = "سا\u{0654}ل";
        let (out, map) = n.normalize_with_offsets(original);
        assert_eq!(out, "سال");
        assert_eq!(map.to_original(Span::new(2, 4)), Span::new(2, 6));
        assert_eq!(back(&n, original), [original]);
    }

    #[test]
    fn digits_and_collapsed_spaces() {
        let n = Normalizer::new(NormalizerOptions::search().collapse_spaces(true));
        let original = "٣٫٥   ١٠٠";
        let (out, map) = n.normalize_with_offsets(original);
        assert_eq!(out, "3.5 100");
        assert_eq!(map.to_original(Span::new(0, 3)), Span::new(0, 6));
        // The kept space stands for the whole run.
        assert_eq!(map.to_original(Span::new(3, 4)), Span::new(6, 9));
        assert_eq!(back(&n, original), ["٣٫٥", "١٠٠"]);
    }

    #[test]
    fn unchanged_text_and_edges() {
        let n = Normalizer::default();
        let (out, map) = n.normalize_with_offsets("abc");
        assert_eq!(out, "abc");
        assert_eq!(map.to_original(Span::new(1, 2)), Span::new(1, 2));
        // Empty spans map to points, out-of-range offsets are clamped.
        assert_eq!(map.to_original(Span::new(3, 3)), Span::new(3, 3));
        assert_eq!(map.to_original(Span::new(2, 99)), Span::new(2, 3));
        // Everything deleted: the empty output maps to the end of the original.
        let (out, map) = n.normalize_with_offsets("\u{064E}\u{064F}");
        assert_eq!(out, "");
        assert_eq!(map.to_original(Span::new(0, 0)), Span::new(4, 4));
    }
}
