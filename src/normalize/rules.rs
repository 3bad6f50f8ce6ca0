//! The rules themselves, one character at a time: what each of N0–N15 does to a char, with the
//! context the context-dependent rules (N0, N11 separators, N14 collapse, N15) look at.
//!
//! The fast path (`table.rs`) compiles [`static_action`] into lookup tables and calls
//! [`Rules::decide`] only for the few characters whose fate depends on their neighbours.

use super::options::{AlefMaksura, AlefVariants, DaggerAlef, Digits, Elongation, HamzaSeats};
use super::options::{Joiners, NormalizerOptions};
use crate::chars;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::UnicodeNormalization;

/// How far N0 looks back, in characters, for the base letter of a combining hamza or madda.
/// Unicode's stream-safe text format allows at most 30 combining marks in a row; 32 covers it
/// and keeps pathological inputs (a million marks) linear.
pub(crate) const COMPOSE_LOOKBACK: usize = 32;

/// What happens to one character, before looking at its neighbours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Act {
    /// Written unchanged.
    Keep,
    /// Deleted.
    Drop,
    /// Replaced by another character.
    Map(char),
    /// Depends on context or expands: ask [`Rules::decide`].
    Special,
}

/// The outcome of [`Rules::decide`] for one character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Decision {
    /// Write this character (possibly the input character itself).
    Emit(char),
    /// Write nothing.
    Drop,
    /// N9: write the NFKC expansion of the character, each piece through the rules again.
    Expand,
    /// N15: write `ch` `emit` times and skip the first `consumed` bytes of the rest of the
    /// input (the run's other letters, and what is deleted between them). `changed` tells
    /// whether this differs from the input.
    Run {
        ch: char,
        emit: usize,
        consumed: usize,
        changed: bool,
    },
    /// N16: write these lowercase pieces (the first `.1`), each through the rules' `map`
    /// (İ → i + U+0307).
    Lower([char; 3], u8),
    /// N0: replace the output character at byte `at` (of length `len`) with `with` (`None`:
    /// delete it), and write nothing for the mark itself.
    Compose {
        at: usize,
        len: usize,
        with: Option<char>,
    },
}

/// The rules of one [`NormalizerOptions`], applied char by char.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Rules {
    pub(crate) o: NormalizerOptions,
}

impl Rules {
    /// The per-character rules (every rule but N0, N9 and the contextual parts of N11, N14 and
    /// N15): `None` deletes `c`. The result is a fixed point: `map(map(c)) == map(c)`.
    pub(crate) const fn map(&self, c: char) -> Option<char> {
        let o = &self.o;
        // N13
        if o.strip_format_controls && chars::is_format_control(c) {
            return None;
        }
        if chars::is_zero_width_joiner_control(c) {
            match o.joiners {
                Joiners::Keep => return Some(c),
                Joiners::Drop => return None,
                Joiners::Space => return Some(' '),
            }
        }
        // N14
        if o.normalize_spaces && chars::is_non_ascii_space(c) {
            return Some(' ');
        }
        // N17
        if o.fold_whitespace && chars::is_key_whitespace(c) {
            return Some(' ');
        }
        // N16 for ASCII (other letters are contextual or expand: see `decide`)
        if o.lowercase && c.is_ascii_uppercase() {
            return Some(c.to_ascii_lowercase());
        }
        // N1
        if o.strip_tashkeel
            && chars::is_tashkeel(c)
            && !(o.keep_shadda && c as u32 == chars::SHADDA as u32)
        {
            return None;
        }
        // N19 (what it writes where no context changes it; `decide` has the rest)
        if o.quran_spelling {
            match c {
                chars::SUPERSCRIPT_ALEF => return Some(chars::ALEF),
                chars::SMALL_WAW => return Some(chars::WAW),
                chars::SMALL_YEH => return Some(chars::YEH),
                _ => {}
            }
        }
        // N2
        let mut c = c;
        if c == chars::SUPERSCRIPT_ALEF {
            match o.dagger_alef {
                DaggerAlef::Keep => return Some(c),
                DaggerAlef::Drop => return None,
                DaggerAlef::ToAlef => c = chars::ALEF,
            }
        }
        // N3
        if o.strip_quranic_marks && chars::is_quranic_mark(c) {
            return None;
        }
        // N4
        if o.strip_tatweel && c == chars::TATWEEL {
            return None;
        }
        // N10 (before the Arabic letter folds, so ۃ → ة → ه with N7)
        if o.fold_persian_letters {
            if let Some(a) = chars::persian_letter_to_arabic(c) {
                c = a;
            }
        }
        // N5
        let alef = match o.alef {
            AlefVariants::Keep => false,
            AlefVariants::Hamzated => chars::is_hamzated_alef(c),
            AlefVariants::HamzatedAndWasla => chars::is_hamzated_alef(c) || c == chars::ALEF_WASLA,
            AlefVariants::All => chars::is_alef_variant(c),
        };
        if alef {
            return Some(chars::ALEF);
        }
        // N6
        if c == chars::ALEF_MAKSURA {
            return Some(match o.alef_maksura {
                AlefMaksura::Keep => c,
                AlefMaksura::ToYeh => chars::YEH,
                AlefMaksura::ToAlef => chars::ALEF,
            });
        }
        // N7
        if o.fold_teh_marbuta && c == chars::TEH_MARBUTA {
            return Some(chars::HEH);
        }
        // N8
        if c == chars::WAW_WITH_HAMZA_ABOVE || c == chars::YEH_WITH_HAMZA_ABOVE {
            return Some(match (o.hamza_seats, c) {
                (HamzaSeats::Keep, _) => c,
                (HamzaSeats::ToHamza, _) => chars::HAMZA,
                (HamzaSeats::ToSeat, chars::WAW_WITH_HAMZA_ABOVE) => chars::WAW,
                (HamzaSeats::ToSeat, _) => chars::YEH,
            });
        }
        // N11 (digits; the separators are contextual, see `decide`)
        if let Some(v) = chars::digit_value(c) {
            let folded = match o.digits {
                Digits::Keep => None,
                Digits::ToAscii => chars::ascii_digit(v),
                Digits::ToArabicIndic => chars::arabic_indic_digit(v),
            };
            return match folded {
                Some(f) => Some(f),
                None => Some(c),
            };
        }
        // N12
        if o.fold_punctuation {
            if let Some(p) = chars::punctuation_to_ascii(c) {
                return Some(p);
            }
        }
        Some(c)
    }

    /// Whether `c` needs [`decide`](Self::decide): its fate depends on its neighbours or it
    /// expands to several characters.
    pub(crate) const fn is_special(&self, c: char) -> bool {
        let o = &self.o;
        if self.expands_or_composes(c) {
            return true;
        }
        if c as u32 == chars::TATWEEL as u32 && self.tatweel_may_be_a_seat() {
            return true;
        }
        if matches!(o.digits, Digits::ToAscii) && chars::number_separator_to_ascii(c).is_some() {
            return true;
        }
        if o.lowercase && !c.is_ascii() && chars::may_lowercase(c) {
            return true;
        }
        if o.quran_spelling
            && (matches!(
                c,
                chars::SUPERSCRIPT_ALEF | chars::SMALL_WAW | chars::SMALL_YEH
            ) || (c == chars::HAMZA && self.n19_hamza()))
        {
            return true;
        }
        match self.map(c) {
            Some(' ') => o.collapse_spaces || o.fold_whitespace,
            Some(d) => !matches!(o.elongation, Elongation::Keep) && chars::is_arabic_letter(d),
            None => false,
        }
    }

    /// The action of `c` before context: what the fast-path tables hold.
    pub(crate) const fn static_action(&self, c: char) -> Act {
        if self.is_special(c) {
            return Act::Special;
        }
        match self.map(c) {
            None => Act::Drop,
            Some(d) if d as u32 == c as u32 => Act::Keep,
            Some(d) => Act::Map(d),
        }
    }

    /// The fate of `c` given `tail`, the output written so far (only its end is read),
    /// `rest`, the input after `c`, and `before`, the input before it (only its end is read).
    pub(crate) fn decide(&self, c: char, tail: &str, rest: &str, before: &str) -> Decision {
        let o = &self.o;
        if o.fold_presentation_forms && chars::is_presentation_form(c) && !nfkc_is_identity(c) {
            return Decision::Expand;
        }
        if o.quran_spelling {
            if let Some(d) = self.quran_spelling(c, tail, rest, before) {
                return d;
            }
        }
        if self.tatweel_may_be_a_seat() && c == chars::TATWEEL {
            // N4 with N0: a tatweel carrying a hamza mark that survives (N3 off) is the mark's
            // seat, kept so that the mark never composes with the letter before it.
            return if self.hamza_mark_follows(rest) {
                Decision::Emit(c)
            } else {
                Decision::Drop
            };
        }
        // N0 composes only what NFC composes in the input as given: never across a tatweel,
        // which is a starter (the hamza sat on it, not on the letter before).
        if o.compose_hamza && chars::is_composing_hamza_mark(c) && !self.after_tatweel(before, c) {
            if let Some((at, base, composed)) = find_hamza_base(tail, c) {
                let mut with = self.map(composed);
                // N15: a composed letter that would make a run of three of the output goes
                // (the run was decided before the mark came), so a second pass agrees.
                if o.elongation != Elongation::Keep {
                    if let Some(w) = with.filter(|&w| chars::is_arabic_letter(w)) {
                        let run = tail
                            .get(..at)
                            .unwrap_or_default()
                            .chars()
                            .rev()
                            .take_while(|&p| p == w)
                            .count();
                        if run >= 2 {
                            with = None;
                        }
                    }
                }
                return Decision::Compose {
                    at,
                    len: base.len_utf8(),
                    with,
                };
            }
        }
        if o.lowercase && !c.is_ascii() && chars::may_lowercase(c) {
            return self.lowercase(c, before, rest);
        }
        let Some(d) = self.map(c) else {
            return Decision::Drop;
        };
        if o.digits == Digits::ToAscii {
            if let Some(ascii) = chars::number_separator_to_ascii(c) {
                let after_digit = tail
                    .chars()
                    .next_back()
                    .is_some_and(|p| chars::digit_value(p).is_some());
                if after_digit && self.next_output_is_digit(rest) {
                    return Decision::Emit(ascii);
                }
                return Decision::Emit(d);
            }
        }
        if d == ' ' && (o.collapse_spaces || o.fold_whitespace) && tail.ends_with(' ') {
            return Decision::Drop;
        }
        let max_repeat = match o.elongation {
            Elongation::Keep => return Decision::Emit(d),
            Elongation::MaxOne => 1,
            Elongation::MaxTwo => 2,
        };
        if chars::is_arabic_letter(d) {
            return self.elongation_run(c, d, tail, rest, max_repeat);
        }
        Decision::Emit(d)
    }

    /// N15: `c` (written as `d`) starts a run of the same letter. The run is measured on the
    /// output (deleted characters between the letters do not break it) and decided whole: a run
    /// of three or more becomes `max_repeat` letters, a shorter one is left alone.
    fn elongation_run(
        &self,
        c: char,
        d: char,
        tail: &str,
        rest: &str,
        max_repeat: usize,
    ) -> Decision {
        let before = tail.chars().rev().take_while(|&p| p == d).count();
        let mut count = 1;
        let mut consumed = 0;
        let mut changed = c != d;
        let mut dropped_since_last = false;
        for (i, ch) in rest.char_indices() {
            if self.map(ch) == Some(d) && !self.expands_or_composes(ch) {
                count += 1;
                consumed = i + ch.len_utf8();
                changed |= ch != d || dropped_since_last;
                dropped_since_last = false;
            } else if self.map(ch).is_none() && !self.expands_or_composes(ch) {
                dropped_since_last = true;
            } else {
                break;
            }
        }
        let emit = if before + count >= 3 {
            max_repeat.saturating_sub(before)
        } else {
            count
        };
        Decision::Run {
            ch: d,
            emit,
            consumed,
            changed: changed || emit != count,
        }
    }

    /// N19 for the dagger alef, small waw and yeh, and hamza (`None` for anything else).
    fn quran_spelling(&self, c: char, tail: &str, rest: &str, before: &str) -> Option<Decision> {
        let is_mark = |p: char| canonical_combining_class(p) > 0 || chars::is_quranic_mark(p);
        // The letters around `c` in the input, past marks.
        // (At most 32 characters each way, as N0 looks back: linear on any run of marks.)
        let prev = before
            .chars()
            .rev()
            .take(COMPOSE_LOOKBACK)
            .find(|&p| !is_mark(p));
        // What N19 writes goes through the other rules, N15's runs included.
        let emit = |d: char| match self.map(d) {
            Some(m) => match self.o.elongation {
                Elongation::MaxOne if chars::is_arabic_letter(m) => {
                    self.elongation_run(c, m, tail, rest, 1)
                }
                Elongation::MaxTwo if chars::is_arabic_letter(m) => {
                    self.elongation_run(c, m, tail, rest, 2)
                }
                _ => Decision::Emit(m),
            },
            None => Decision::Drop,
        };
        Some(match c {
            chars::SMALL_WAW | chars::SMALL_YEH => {
                if prev == Some(chars::HEH) {
                    Decision::Drop // the pronoun's long vowel: لَهُۥ
                } else if c == chars::SMALL_WAW {
                    emit(chars::WAW)
                } else {
                    emit(chars::YEH)
                }
            }
            // ءَا is آ. The alef is read as the output will have it (a dagger alef, أ under
            // N5, a presentation form), past what is deleted, so that a second pass agrees.
            chars::HAMZA if self.n19_hamza() && self.next_output(rest) == Some(chars::ALEF) => {
                Decision::Drop
            }
            chars::SUPERSCRIPT_ALEF => match prev {
                // On ى or ي the dagger alef writes nothing the simple spelling shows (عَلَىٰ).
                Some(chars::ALEF_MAKSURA | chars::YEH) => Decision::Drop,
                _ => emit(chars::ALEF),
            },
            _ => return None,
        })
    }

    /// Whether N19 deletes a hamza before an alef: not when N8 writes every seat as ء, where
    /// hamzas made by other rules could not be told from the Uthmani ءا.
    pub(crate) const fn n19_hamza(&self) -> bool {
        self.o.quran_spelling && !matches!(self.o.hamza_seats, HamzaSeats::ToHamza)
    }

    /// N19: the first character the output will have for `rest`, past marks and deleted
    /// characters (a dagger alef counts as the alef it becomes), within 32 characters.
    pub(crate) fn next_output(&self, rest: &str) -> Option<char> {
        // A hamza N19 itself deletes (before an alef) is skipped: a run of them before ا goes.
        let mut hamza = None;
        let expand = self.o.fold_presentation_forms;
        // Presentation forms count as what N9 writes for them, piece by piece.
        let chars = rest.chars().take(COMPOSE_LOOKBACK).flat_map(|c| {
            let pieces: Vec<char> = if expand && chars::is_presentation_form(c) {
                std::iter::once(c).nfkc().collect()
            } else {
                vec![c]
            };
            pieces
        });
        for c in chars {
            if c == chars::SUPERSCRIPT_ALEF {
                return Some(chars::ALEF);
            }
            if canonical_combining_class(c) > 0 || chars::is_quranic_mark(c) {
                continue;
            }
            match self.map(c) {
                Some(chars::HAMZA) => hamza = Some(chars::HAMZA),
                Some(chars::ALEF) => return Some(chars::ALEF),
                Some(m) => return hamza.or(Some(m)),
                None => {}
            }
        }
        hamza
    }

    /// N16 for a letter outside ASCII: what `str::to_lowercase` makes of it, with the input
    /// around it as context (Σ is ς at the end of a word), each piece through the other rules.
    fn lowercase(&self, c: char, before: &str, rest: &str) -> Decision {
        let mut pieces = ['\0'; 3];
        let mut n = 0;
        if c == 'Σ' {
            // Final sigma depends on the letters around it: lowercase a window and read it.
            let head: String = {
                let mut v: Vec<char> = before.chars().rev().take(COMPOSE_LOOKBACK).collect();
                v.reverse();
                v.into_iter().collect()
            };
            let tail: String = rest.chars().take(COMPOSE_LOOKBACK).collect();
            let lowered = format!("{head}Σ{tail}").to_lowercase();
            let at = head.to_lowercase().len();
            let sigma = lowered
                .get(at..)
                .and_then(|t| t.chars().next())
                .unwrap_or('σ');
            if let Some(p) = pieces.first_mut() {
                *p = sigma;
            }
            n = 1;
        } else {
            for (slot, l) in pieces.iter_mut().zip(c.to_lowercase()) {
                *slot = l;
                n += 1;
            }
        }
        match pieces.get(..n).unwrap_or_default() {
            [one] => match self.map(*one) {
                Some(d) => Decision::Emit(d),
                None => Decision::Drop,
            },
            _ => Decision::Lower(pieces, n as u8),
        }
    }

    /// Whether a tatweel's fate depends on what follows it: N4 deletes it, N0 composes hamza
    /// marks and N3 keeps them.
    const fn tatweel_may_be_a_seat(&self) -> bool {
        self.o.strip_tatweel && self.o.compose_hamza && !self.o.strip_quranic_marks
    }

    /// The combining class `p` has in the output: `None` when the rules delete it; presentation
    /// forms count as starters.
    fn output_class(&self, p: char) -> Option<u8> {
        if self.o.fold_presentation_forms && chars::is_presentation_form(p) {
            return Some(0);
        }
        // N19 writes a dagger alef as the letter ا.
        if self.o.quran_spelling && p == chars::SUPERSCRIPT_ALEF {
            return Some(0);
        }
        self.map(p).map(canonical_combining_class)
    }

    /// Whether the input after a tatweel reaches a hamza or madda mark N0 composes before
    /// anything the output writes as a starter, past deleted characters and marks that do not
    /// block it: the tatweel is then the mark's seat.
    fn hamza_mark_follows(&self, rest: &str) -> bool {
        let mut highest = 0;
        for c in rest.chars().take(COMPOSE_LOOKBACK) {
            if chars::is_composing_hamza_mark(c) {
                let ccc = canonical_combining_class(c);
                if highest < ccc {
                    return true;
                }
                // Blocked by a mark of its class; a later one may still reach the tatweel.
                highest = highest.max(ccc);
                continue;
            }
            match self.output_class(c) {
                None => {}
                Some(0) => return false,
                Some(ccc) => highest = highest.max(ccc),
            }
        }
        false
    }

    /// Whether the input before `mark`, read back past deleted characters and marks of a
    /// lower combining class, reaches a tatweel before anything the output writes as a
    /// starter: NFC would not compose across it.
    fn after_tatweel(&self, before: &str, mark: char) -> bool {
        let mark_ccc = canonical_combining_class(mark);
        for p in before.chars().rev().take(COMPOSE_LOOKBACK) {
            if p == chars::TATWEEL {
                return true;
            }
            match self.output_class(p) {
                None => {}
                Some(0) => return false,
                Some(ccc) if ccc >= mark_ccc => return false,
                Some(_) => {}
            }
        }
        false
    }

    /// Whether `c` is a presentation form N9 expands or a mark N0 may compose.
    const fn expands_or_composes(&self, c: char) -> bool {
        (self.o.fold_presentation_forms && chars::is_presentation_form(c))
            || (self.o.compose_hamza && chars::is_composing_hamza_mark(c))
    }

    /// Whether the next character this normalizer writes for `rest` is a digit (N11: a
    /// separator is folded only between digits of the output, so deleted controls between a
    /// digit and a separator do not matter and the rule stays idempotent).
    fn next_output_is_digit(&self, rest: &str) -> bool {
        for c in rest.chars() {
            if self.o.fold_presentation_forms && chars::is_presentation_form(c) {
                // Presentation forms never expand to digits; skip what they expand to if it
                // is all deleted.
                if let Some(d) = std::iter::once(c).nfkc().find_map(|e| self.map(e)) {
                    return chars::digit_value(d).is_some();
                }
                continue;
            }
            if let Some(d) = self.map(c) {
                return chars::digit_value(d).is_some();
            }
        }
        false
    }
}

/// Whether NFKC leaves `c` alone (unassigned presentation-form code points, ornate
/// parentheses, the Basmala ligature U+FDFD, …).
pub(crate) fn nfkc_is_identity(c: char) -> bool {
    let mut it = std::iter::once(c).nfkc();
    it.next() == Some(c) && it.next().is_none()
}

/// N0's look-back: the last character of `tail` that `mark` composes with, skipping marks that
/// do not block it (a combining class above zero and below the mark's), as Unicode canonical
/// composition does. Returns its byte offset, the base and the composed letter.
fn find_hamza_base(tail: &str, mark: char) -> Option<(usize, char, char)> {
    let mark_ccc = canonical_combining_class(mark);
    for (i, p) in tail.char_indices().rev().take(COMPOSE_LOOKBACK) {
        if let Some(composed) = chars::compose_hamza(p, mark) {
            return Some((i, p, composed));
        }
        let ccc = canonical_combining_class(p);
        if ccc == 0 || ccc >= mark_ccc {
            return None;
        }
    }
    None
}
