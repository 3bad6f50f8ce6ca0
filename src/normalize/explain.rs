//! [`Normalizer::explain`](super::Normalizer::explain): which rule changed what.
//!
//! The walk is the normalizer's own (the same tables pick the characters to work on, the same
//! `apply` writes the output), so the changes reproduce `normalize` exactly. Which rules took
//! part in a change is found by asking: would the output differ with that rule off? Each rule
//! the options switch on is tried, on that one character in its context.

use super::rule::Rule;
use super::rules::Rules;
use super::table::{apply, Around, Tables};
use crate::tokenize::Span;

/// One change normalization makes: the input text at `span` becomes `to`, by `rules`.
///
/// Applying every change of [`Normalizer::explain`](super::Normalizer::explain) to the input,
/// left to right, gives exactly [`Normalizer::normalize`](super::Normalizer::normalize)'s
/// output ([`apply_changes`] does it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change<'a> {
    /// Byte span in the input.
    pub span: Span,
    /// The input text at `span`.
    pub from: &'a str,
    /// What it becomes (empty: deleted).
    pub to: String,
    /// The rules that produced it, in ID order (a hamza mark composed with its letter and the
    /// result then folded: `[N0, N5]`).
    pub rules: Vec<Rule>,
}

/// `text` with `changes` (in order, not overlapping, as [`explain`](super::Normalizer::explain)
/// gives them) applied.
///
/// ```
/// use arabic_text::{apply_changes, Normalizer};
/// let n = Normalizer::default();
/// let text = "أَحْمَد";
/// assert_eq!(apply_changes(text, &n.explain(text)), n.normalize(text));
/// ```
pub fn apply_changes(text: &str, changes: &[Change<'_>]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    for c in changes {
        if c.span.start < i {
            continue; // overlapping: not from explain
        }
        out.push_str(text.get(i..c.span.start).unwrap_or_default());
        out.push_str(&c.to);
        i = c.span.end;
    }
    out.push_str(text.get(i..).unwrap_or_default());
    out
}

/// A piece of the walk: input `[inp, inp_end)` became output `[out, out_end)`; `rules` is
/// `None` for text copied unchanged.
struct Piece {
    inp: usize,
    inp_end: usize,
    out: usize,
    out_end: usize,
    rules: Option<Vec<Rule>>,
}

/// How many bytes of output before a character the rules may look at (N0 looks back 32
/// characters, N11 and N14 one).
const CONTEXT: usize = 4 * super::rules::COMPOSE_LOOKBACK + 8;

pub(super) fn explain<'a>(rules: &Rules, tables: &Tables, text: &'a str) -> Vec<Change<'a>> {
    let untrimmed = !rules.o.trim || super::trimmed_range(text) == (0, text.len());
    if tables.first_change(rules, text).is_none() && untrimmed {
        return Vec::new();
    }
    // The rules this option set switches on, and the options with each one off.
    let ablations: Vec<(Rule, Rules)> = Rule::ALL
        .iter()
        .filter_map(|&r| {
            let off = rules.o.with_rule(r, false);
            (off != rules.o).then_some((r, Rules { o: off }))
        })
        .collect();
    let mut out = String::with_capacity(text.len() + 16);
    let mut pieces: Vec<Piece> = Vec::new();
    let mut i = 0;
    while let Some((at, c, act)) = tables.next_work(rules, text, i) {
        if at > i {
            pieces.push(Piece {
                inp: i,
                inp_end: at,
                out: out.len(),
                out_end: out.len() + (at - i),
                rules: None,
            });
            out.push_str(text.get(i..at).unwrap_or_default());
        }
        let next = at + c.len_utf8();
        // The output the rules may look back at, as it is before this character.
        let mut from = out.len().saturating_sub(CONTEXT);
        while !out.is_char_boundary(from) {
            from += 1;
        }
        let context = out.get(from..).unwrap_or_default().to_string();
        let before = out.len();
        let around = Around::at(text, at, c);
        let applied = apply(rules, c, act, &mut out, 0, around, true);
        let end = next + applied.consumed;
        // What `c` writes after `context` under other rules, and how much input it consumes.
        let outcome = |r: &Rules| {
            let mut alt = context.clone();
            let a = apply(r, c, r.static_action(c), &mut alt, 0, around, true);
            (alt, a.consumed)
        };
        // Which rules took part: with each one off, would this character's output differ?
        let full = (
            out.get(from..).unwrap_or_default().to_string(),
            applied.consumed,
        );
        let mut by: Vec<Rule> = ablations
            .iter()
            .filter(|(_, off)| outcome(off) != full)
            .map(|(r, _)| *r)
            .collect();
        if by.is_empty() {
            // Redundant rules: no single one switched off changes the outcome (a hamza mark
            // N3 deletes that N0 with N8 would also have folded away). Name the rules that
            // change this character when each is the only one on.
            let none = super::NormalizerOptions::none();
            let plain = outcome(&Rules { o: none });
            by = ablations
                .iter()
                .filter(|(r, _)| {
                    outcome(&Rules {
                        o: none.with_rule(*r, true),
                    }) != plain
                })
                .map(|(r, _)| *r)
                .collect();
        }
        if let Some(at_out) = applied.rewrote {
            // N0 rewrote earlier output: everything from the piece holding that byte on is
            // one change, with the rules of every change it absorbs. N0 is named even when
            // another rule would have ended the same way (the mark deleted by N3, say).
            if crate::chars::is_composing_hamza_mark(c) {
                by.push(Rule::N0);
            }
            let (mut inp, mut out_start) = (at, before);
            while let Some(p) = pieces.pop() {
                if p.out_end <= at_out {
                    pieces.push(p); // wholly before the rewritten byte
                    break;
                }
                if p.rules.is_none() && p.out < at_out {
                    // Copied text: what comes before the rewritten byte stays copied.
                    let keep = at_out - p.out;
                    inp = p.inp + keep;
                    out_start = at_out;
                    pieces.push(Piece {
                        inp_end: p.inp + keep,
                        out_end: at_out,
                        ..p
                    });
                    break;
                }
                by.extend(p.rules.iter().flatten().copied());
                inp = p.inp;
                out_start = p.out;
                if p.out <= at_out {
                    break;
                }
            }
            by.sort();
            by.dedup();
            pieces.push(Piece {
                inp,
                inp_end: end,
                out: out_start,
                out_end: out.len(),
                rules: Some(by),
            });
        } else {
            let unchanged = out.get(before..) == text.get(at..end);
            pieces.push(Piece {
                inp: at,
                inp_end: end,
                out: before,
                out_end: out.len(),
                rules: (!unchanged).then_some(by),
            });
        }
        i = end;
    }
    if i < text.len() {
        pieces.push(Piece {
            inp: i,
            inp_end: text.len(),
            out: out.len(),
            out_end: out.len() + (text.len() - i),
            rules: None,
        });
        out.push_str(text.get(i..).unwrap_or_default());
    }
    // N18: what falls outside the trimmed output becomes (part of) a change.
    let (a, b) = if rules.o.trim {
        super::trimmed_range(&out)
    } else {
        (0, out.len())
    };
    let mut changes = Vec::new();
    for p in pieces {
        let (keep_from, keep_to) = (p.out.max(a), p.out_end.min(b).max(p.out.max(a)));
        let trimmed = p.out_end > p.out && (p.out < a || p.out_end > b);
        match (p.rules, trimmed) {
            (None, false) => {}
            (None, true) => {
                // Copied text: the bytes outside the kept range are deleted by N18 (copied
                // text is the same length on both sides).
                for (lo, hi) in [
                    (p.out, keep_from.min(p.out_end)),
                    (keep_to.max(p.out), p.out_end),
                ] {
                    if lo < hi {
                        let span = Span::new(p.inp + (lo - p.out), p.inp + (hi - p.out));
                        if let Some(from) = text.get(span.range()) {
                            changes.push(Change {
                                span,
                                from,
                                to: String::new(),
                                rules: vec![Rule::N18],
                            });
                        }
                    }
                }
            }
            (Some(mut by), trimmed) => {
                let to = if trimmed {
                    by.push(Rule::N18);
                    by.sort();
                    by.dedup();
                    out.get(keep_from..keep_to).unwrap_or_default()
                } else {
                    out.get(p.out..p.out_end).unwrap_or_default()
                };
                if let Some(from) = text.get(p.inp..p.inp_end) {
                    if from != to {
                        changes.push(Change {
                            span: Span::new(p.inp, p.inp_end),
                            from,
                            to: to.to_string(),
                            rules: by,
                        });
                    }
                }
            }
        }
    }
    changes.sort_by_key(|c| c.span.start);
    changes
}

#[cfg(test)]
mod tests {
    use crate::{apply_changes, Normalizer, NormalizerOptions, Rule};

    #[test]
    fn a_composed_hamza_then_folded_is_one_change() {
        // ا + U+0654 composes to أ (N0), which the search preset folds to ا (N5).
        let n = Normalizer::default();
        let text = "سا\u{0654}ل";
        let changes = n.explain(text);
        assert_eq!(changes.len(), 1, "{changes:?}");
        assert_eq!(changes[0].from, "ا\u{0654}");
        assert_eq!(changes[0].to, "ا");
        assert_eq!(changes[0].rules, [Rule::N0, Rule::N5]);
        assert_eq!(apply_changes(text, &changes), "سال");
    }

    #[test]
    fn each_change_names_its_rule() {
        let n = Normalizer::default();
        let text = "أَحْمَد في المدرسة";
        let changes = n.explain(text);
        let got: Vec<(&str, &str, Vec<Rule>)> = changes
            .iter()
            .map(|c| (c.from, c.to.as_str(), c.rules.clone()))
            .collect();
        assert_eq!(
            got,
            [
                ("أ", "ا", vec![Rule::N5]),
                ("\u{064E}", "", vec![Rule::N1]),
                ("\u{0652}", "", vec![Rule::N1]),
                ("\u{064E}", "", vec![Rule::N1]),
                ("ة", "ه", vec![Rule::N7]),
            ]
        );
        // Spans are bytes of the input.
        assert_eq!(&text[changes[0].span.range()], "أ");
    }

    #[test]
    fn chained_folds_name_every_rule() {
        // ۃ (U+06C3) → ة by N10, then → ه by N7.
        let n = Normalizer::default();
        let changes = n.explain("\u{06C3}");
        assert_eq!(changes[0].rules, [Rule::N7, Rule::N10]);
        // ﷲ expands (N9) to الله.
        let changes = n.explain("ﷲ");
        assert_eq!(changes[0].to, "الله");
        assert_eq!(changes[0].rules, [Rule::N9]);
    }

    #[test]
    fn nothing_to_change_explains_nothing() {
        assert!(Normalizer::default().explain("كتاب").is_empty());
        assert!(Normalizer::new(NormalizerOptions::none())
            .explain("أَحْمَد")
            .is_empty());
    }
}
