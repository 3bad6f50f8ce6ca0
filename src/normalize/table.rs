//! The byte-level fast path: options compiled into lookup tables, and the loops over UTF-8
//! bytes that use them.
//!
//! * A 256-entry table classifies each lead byte: ASCII that no rule touches, a two-byte
//!   sequence of the Arabic block U+0600–U+06FF, a sequence no rule touches (skipped whole by
//!   its length), or one to decode and look up.
//! * A 256-entry table holds the action of every code point of U+0600–U+06FF, indexed straight
//!   from the two UTF-8 bytes.
//! * Runs of untouched ASCII are skipped eight bytes at a time.
//!
//! Both tables are built by `const fn`, so the presets' normalizers are `static`s.

use super::rules::{self, Act, Decision, Rules};
use crate::chars;
use unicode_normalization::UnicodeNormalization;

/// What the lead byte of a UTF-8 sequence tells the fast path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lead {
    /// An ASCII byte no rule touches.
    Ascii,
    /// The lead of a two-byte sequence in U+0600–U+06FF: look it up in `Tables::arabic`.
    Arabic,
    /// Skip this many bytes: no rule touches any code point with this lead byte.
    Skip(u8),
    /// Decode the character and ask the rules.
    Decode,
}

/// The compiled form of one set of options.
#[derive(Clone, Debug)]
pub(crate) struct Tables {
    lead: [Lead; 256],
    arabic: [Act; 256],
    /// No ASCII byte needs work, so ASCII runs can be skipped in bulk.
    ascii_untouched: bool,
    /// The space is special only for N14's collapse (no other rule touches it).
    collapse_spaces: bool,
    /// Per-byte "needs work" flags for the block pre-check: entries 0–255 by byte value
    /// (ASCII that needs work, and lead bytes that must be decoded), entries 256–511 by the
    /// code point offset in U+0600–U+06FF for the continuation byte of an Arabic sequence.
    flags: [u8; 512],
}

/// Bytes checked at once by the block pre-check.
const BLOCK: usize = 16;

const ARABIC_BLOCK: u32 = 0x0600;

/// The first byte of the UTF-8 encoding of `cp`.
const fn utf8_lead(cp: u32) -> usize {
    (if cp < 0x80 {
        cp
    } else if cp < 0x800 {
        0xC0 | (cp >> 6)
    } else if cp < 0x10000 {
        0xE0 | (cp >> 12)
    } else {
        0xF0 | (cp >> 18)
    }) as usize
}

impl Tables {
    // Evaluated at compile time for the presets' statics; the indices are bounded by the
    // loops, and an out-of-bounds index in a const evaluation is a compile error.
    #[allow(clippy::indexing_slicing)]
    pub(crate) const fn new(rules: &Rules) -> Self {
        let mut lead = [Lead::Skip(1); 256];
        let mut ascii_untouched = true;
        let mut b = 0;
        while b < 256 {
            lead[b] = match b {
                0x00..=0x7F => {
                    // Under N14's collapse the space is special, but only after a space: the
                    // scans find those pairs themselves (`next_work`, `block_is_clean`).
                    let collapse_only =
                        b == 0x20 && (rules.o.collapse_spaces || rules.o.fold_whitespace);
                    if collapse_only || matches!(rules.static_action(b as u8 as char), Act::Keep) {
                        Lead::Ascii
                    } else {
                        ascii_untouched = false;
                        Lead::Decode
                    }
                }
                0xC2..=0xDF => Lead::Skip(2),
                0xE0..=0xEF => Lead::Skip(3),
                0xF0..=0xF4 => Lead::Skip(4),
                // Continuation bytes and bytes that never occur in UTF-8: never at a char start.
                _ => Lead::Skip(1),
            };
            b += 1;
        }

        let mut arabic = [Act::Keep; 256];
        let mut i = 0;
        while i < 256 {
            if let Some(c) = char::from_u32(ARABIC_BLOCK + i as u32) {
                arabic[i] = rules.static_action(c);
            }
            i += 1;
        }
        let mut b = utf8_lead(ARABIC_BLOCK);
        while b <= utf8_lead(ARABIC_BLOCK + 0xFF) {
            lead[b] = Lead::Arabic;
            b += 1;
        }

        // Every other code point some rule may touch: its lead byte must be decoded.
        let mut r = 0;
        while r < chars::TOUCHED_RANGES.len() {
            let (lo, hi) = chars::TOUCHED_RANGES[r];
            let mut cp = lo as u32;
            while cp <= hi as u32 {
                let in_arabic_table = cp >= ARABIC_BLOCK && cp <= ARABIC_BLOCK + 0xFF;
                if !in_arabic_table {
                    if let Some(c) = char::from_u32(cp) {
                        if !matches!(rules.static_action(c), Act::Keep) {
                            lead[utf8_lead(cp)] = Lead::Decode;
                        }
                    }
                }
                cp += 1;
            }
            r += 1;
        }
        // N16: every lead byte of a block with case.
        if rules.o.lowercase {
            let mut r = 0;
            while r < chars::CASED_RANGES.len() {
                let (lo, hi) = chars::CASED_RANGES[r];
                let mut b = utf8_lead(lo as u32);
                while b <= utf8_lead(hi as u32) {
                    if !matches!(lead[b], Lead::Arabic) {
                        lead[b] = Lead::Decode;
                    }
                    b += 1;
                }
                r += 1;
            }
        }
        let mut flags = [0u8; 512];
        let mut b = 0;
        while b < 256 {
            flags[b] = match lead[b] {
                Lead::Ascii | Lead::Skip(_) | Lead::Arabic => 0,
                Lead::Decode => 1,
            };
            if !matches!(arabic[b], Act::Keep) {
                flags[256 + b] = 1;
            }
            b += 1;
        }
        Self {
            lead,
            arabic,
            ascii_untouched,
            // No rule maps or expands U+0020: when it is special, it is for the collapse alone.
            collapse_spaces: rules.o.collapse_spaces || rules.o.fold_whitespace,
            flags,
        }
    }

    /// Whether no character that starts in `w[1..]` needs work, where `w[0]` is the byte
    /// before. Branch-free: each byte is classified by itself and the byte before it, so the
    /// CPU can check a whole block in parallel instead of walking characters one by one.
    #[inline(always)]
    fn block_is_clean(&self, w: &[u8; BLOCK + 1]) -> bool {
        let mut any = 0u8;
        let mut j = 1;
        while j <= BLOCK {
            // In bounds: w has BLOCK + 1 bytes and j runs 1..=BLOCK; a miss would count as
            // "needs work". Written with `get` so the library has no panicking index; the
            // compiler removes the checks (measured: same speed as indexing).
            let p = usize::from(w.get(j - 1).copied().unwrap_or(0));
            let x = usize::from(w.get(j).copied().unwrap_or(0));
            let arabic_cont = (x & 0xC0) == 0x80 && (p & 0xFC) == 0xD8;
            let index = if arabic_cont {
                256 + (((p & 3) << 6) | (x & 0x3F))
            } else {
                x
            };
            any |= self.flags.get(index).copied().unwrap_or(1);
            any |= u8::from(self.collapse_spaces & (x == 0x20) & (p == 0x20));
            j += 1;
        }
        any == 0
    }

    /// The two-byte Arabic sequence at byte `i` of `b` (its lead byte is 0xD8–0xDB): its index
    /// in U+0600–U+06FF and its action.
    #[inline(always)]
    fn arabic_at(&self, b: &[u8], i: usize) -> (usize, Act) {
        let lead = b.get(i).copied().unwrap_or(0);
        let cont = b.get(i + 1).copied().unwrap_or(0x80);
        let index = ((lead as usize & 0x03) << 6) | (cont as usize & 0x3F);
        (
            index,
            self.arabic.get(index).copied().unwrap_or(Act::Special),
        )
    }

    /// The first character at or after byte `i` whose action is not [`Act::Keep`]: its offset,
    /// the character and its action. `i` must be a char boundary of `s`.
    #[inline(always)]
    pub(crate) fn next_work(
        &self,
        rules: &Rules,
        s: &str,
        mut i: usize,
    ) -> Option<(usize, char, Act)> {
        let b = s.as_bytes();
        // Under N14's collapse, a space where the scan starts may follow output the scan has
        // not seen (a deleted mark after a space): it is work. Further on, a space is work
        // when the byte before it is a space too.
        if self.collapse_spaces && b.get(i) == Some(&b' ') {
            return Some((i, ' ', Act::Special));
        }
        // Skip whole blocks in which nothing needs work, then back up to a char boundary.
        if i > 0 {
            while let Some(w) = b.get(i - 1..i + BLOCK) {
                let Ok(w) = <&[u8; BLOCK + 1]>::try_from(w) else {
                    break;
                };
                if !self.block_is_clean(w) {
                    break;
                }
                i += BLOCK;
            }
            while b.get(i).is_some_and(|&x| (x & 0xC0) == 0x80) {
                i -= 1;
            }
        }
        while let Some(&byte) = b.get(i) {
            // The common case first, with plain branches rather than a jump table: a two-byte
            // Arabic sequence (lead 0xD8–0xDB) looked up by its two bytes.
            if byte & 0xFC == 0xD8 {
                let (index, act) = self.arabic_at(b, i);
                match act {
                    Act::Keep => {
                        i += 2;
                        continue;
                    }
                    act => {
                        let c = char::from_u32(ARABIC_BLOCK + index as u32)?;
                        return Some((i, c, act));
                    }
                }
            }
            match self
                .lead
                .get(usize::from(byte))
                .copied()
                .unwrap_or(Lead::Decode)
            {
                Lead::Ascii => {
                    if self.collapse_spaces && byte == b' ' && i > 0 && b.get(i - 1) == Some(&b' ')
                    {
                        return Some((i, ' ', Act::Special));
                    }
                    i += 1;
                    if self.ascii_untouched {
                        while let Some(chunk) = b.get(i..i + 8) {
                            let Ok(word) = <[u8; 8]>::try_from(chunk) else {
                                break;
                            };
                            let w = u64::from_le_bytes(word);
                            if w & 0x8080_8080_8080_8080 != 0 {
                                break;
                            }
                            // A space in the word stops the skip under the collapse (the
                            // byte loop then looks for a pair).
                            if self.collapse_spaces && has_space(w) {
                                break;
                            }
                            i += 8;
                        }
                    }
                }
                Lead::Skip(n) => i += n as usize,
                Lead::Arabic | Lead::Decode => {
                    let c = s.get(i..).and_then(|t| t.chars().next())?;
                    match rules.static_action(c) {
                        Act::Keep => i += c.len_utf8(),
                        act => return Some((i, c, act)),
                    }
                }
            }
        }
        None
    }

    /// The byte offset of the first character the rules change, or `None` when `s` is
    /// already normalized.
    pub(crate) fn first_change(&self, rules: &Rules, s: &str) -> Option<usize> {
        let mut i = 0;
        while let Some((at, c, act)) = self.next_work(rules, s, i) {
            if !matches!(act, Act::Special) {
                return Some(at);
            }
            let next = at + c.len_utf8();
            let (tail, rest) = (s.get(..at)?, s.get(next..)?);
            match rules.decide(c, tail, rest, tail) {
                Decision::Emit(d) if d == c => i = next,
                Decision::Run {
                    changed: false,
                    consumed,
                    ..
                } => i = next + consumed,
                _ => return Some(at),
            }
        }
        None
    }

    /// Appends the normalization of `s[start..]` to `out`, where `out[base..]` already holds
    /// the normalization of `s[..start]`.
    pub(crate) fn write(
        &self,
        rules: &Rules,
        s: &str,
        start: usize,
        out: &mut String,
        base: usize,
    ) {
        let b = s.as_bytes();
        let mut i = start;
        let mut copied = start;
        while let Some(&byte) = b.get(i) {
            // The common cases inline: a two-byte Arabic letter or mark that is kept, deleted
            // or mapped (its action needs no context), and untouched ASCII. Everything else
            // goes through `next_work` and `apply`.
            if byte & 0xFC == 0xD8 {
                match self.arabic_at(b, i).1 {
                    Act::Keep => {
                        i += 2;
                        continue;
                    }
                    Act::Drop => {
                        out.push_str(s.get(copied..i).unwrap_or_default());
                        i += 2;
                        copied = i;
                        continue;
                    }
                    Act::Map(d) => {
                        out.push_str(s.get(copied..i).unwrap_or_default());
                        out.push(d);
                        i += 2;
                        copied = i;
                        continue;
                    }
                    Act::Special => {}
                }
            } else if byte < 0x80 {
                if byte == b' ' && self.collapse_spaces {
                    // N14's collapse: a space after a space of the output goes. The output's
                    // last byte is the input byte before when it is still to be copied.
                    let prev = if i > copied {
                        b.get(i - 1).copied()
                    } else {
                        out.get(base..).and_then(|o| o.as_bytes().last().copied())
                    };
                    if prev == Some(b' ') {
                        out.push_str(s.get(copied..i).unwrap_or_default());
                        copied = i + 1;
                    }
                    i += 1;
                    continue;
                }
                if self.ascii_untouched || self.lead.get(usize::from(byte)) == Some(&Lead::Ascii) {
                    i += 1;
                    continue;
                }
            }
            let Some((at, c, act)) = self.next_work(rules, s, i) else {
                break;
            };
            out.push_str(s.get(copied..at).unwrap_or_default());
            let next = at + c.len_utf8();
            i = next + apply(rules, c, act, out, base, Around::at(s, at, c), true).consumed;
            copied = i;
        }
        out.push_str(s.get(copied..).unwrap_or_default());
    }
}

/// Whether any byte of the little-endian word `w` (ASCII only) is a space: the zero-byte test
/// on `w` XOR spaces.
const fn has_space(w: u64) -> bool {
    let x = w ^ 0x2020_2020_2020_2020;
    (x.wrapping_sub(0x0101_0101_0101_0101) & !x & 0x8080_8080_8080_8080) != 0
}

/// The input around the character [`apply`] works on: what comes before it and after it.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Around<'a> {
    pub(crate) before: &'a str,
    pub(crate) rest: &'a str,
}

impl<'a> Around<'a> {
    /// The input around `c`, which starts at byte `at` of `text`.
    pub(crate) fn at(text: &'a str, at: usize, c: char) -> Self {
        Around {
            before: text.get(..at).unwrap_or_default(),
            rest: text.get(at + c.len_utf8()..).unwrap_or_default(),
        }
    }
}

/// What [`apply`] did besides appending.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Applied {
    /// Bytes of the rest of the input consumed as well (N15 runs).
    pub(crate) consumed: usize,
    /// The lowest byte of `out` (relative to `base`) that was rewritten rather than appended
    /// (N0 composing with an earlier letter), if any.
    pub(crate) rewrote: Option<usize>,
}

/// Writes what `c` (with static action `act`) becomes to `out`. `expand` is false inside an
/// N9 expansion, whose pieces are never presentation forms themselves.
pub(crate) fn apply(
    rules: &Rules,
    c: char,
    act: Act,
    out: &mut String,
    base: usize,
    around: Around<'_>,
    expand: bool,
) -> Applied {
    match act {
        Act::Keep => out.push(c),
        Act::Drop => {}
        Act::Map(d) => out.push(d),
        Act::Special => match rules.decide(
            c,
            out.get(base..).unwrap_or_default(),
            around.rest,
            around.before,
        ) {
            Decision::Emit(d) => out.push(d),
            Decision::Drop => {}
            Decision::Expand if expand => {
                let mut rewrote: Option<usize> = None;
                let pieces: Vec<char> = std::iter::once(c).nfkc().collect();
                for (k, &piece) in pieces.iter().enumerate() {
                    // Pieces see no input around them, but N19's hamza reads what follows it:
                    // the rest of the expansion, then the input (ﺀ before ﺁ is آ).
                    if piece == chars::HAMZA && rules.n19_hamza() {
                        let after: String = pieces
                            .get(k + 1..)
                            .unwrap_or_default()
                            .iter()
                            .copied()
                            .chain(around.rest.chars().take(rules::COMPOSE_LOOKBACK))
                            .collect();
                        if rules.next_output(&after) == Some(chars::ALEF) {
                            continue;
                        }
                    }
                    let piece_around = Around::default();
                    let r = apply(
                        rules,
                        piece,
                        rules.static_action(piece),
                        out,
                        base,
                        piece_around,
                        false,
                    )
                    .rewrote;
                    rewrote = match (rewrote, r) {
                        (Some(a), Some(b)) => Some(a.min(b)),
                        (a, b) => a.or(b),
                    };
                }
                return Applied {
                    consumed: 0,
                    rewrote,
                };
            }
            Decision::Expand => out.push(c),
            Decision::Lower(pieces, n) => {
                for &p in pieces.iter().take(usize::from(n)) {
                    if let Some(d) = rules.map(p) {
                        out.push(d);
                    }
                }
            }
            Decision::Compose { at, len, with } => {
                let abs = base + at;
                let mut buf = [0; 4];
                let with = with.map_or("", |w| &*w.encode_utf8(&mut buf));
                if out.is_char_boundary(abs) && out.is_char_boundary(abs + len) {
                    out.replace_range(abs..abs + len, with);
                }
                return Applied {
                    consumed: 0,
                    rewrote: Some(at),
                };
            }
            Decision::Run {
                ch, emit, consumed, ..
            } => {
                out.extend(std::iter::repeat_n(ch, emit));
                return Applied {
                    consumed,
                    rewrote: None,
                };
            }
        },
    }
    Applied::default()
}
