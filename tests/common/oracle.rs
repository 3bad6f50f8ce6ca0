//! The oracle: a naive char-by-char implementation of the same rules, written independently of
//! the library's tables and byte loops. It works on a `Vec<char>`, decodes everything, and
//! applies N15 as a separate pass over the finished output.

use arabic_text::chars;
use arabic_text::{
    AlefMaksura, AlefVariants, DaggerAlef, Digits, Elongation, HamzaSeats, Joiners,
    NormalizerOptions,
};
use unicode_normalization::char::{canonical_combining_class, compose};
use unicode_normalization::UnicodeNormalization;

/// What the per-character rules make of `c` (`None`: deleted).
pub fn map(o: &NormalizerOptions, c: char) -> Option<char> {
    let is_mark_dropped = (o.get_strip_tashkeel()
        && ('\u{064B}'..='\u{0652}').contains(&c)
        && !(o.get_keep_shadda() && c == '\u{0651}'))
        || (o.get_strip_quranic_marks() && chars::is_quranic_mark(c))
        || (o.get_strip_tatweel() && c == '\u{0640}')
        || (o.get_strip_format_controls() && chars::is_format_control(c));
    if c == '\u{200C}' || c == '\u{200D}' {
        return match o.get_zero_width_joiners() {
            Joiners::Keep => Some(c),
            Joiners::Drop => None,
            Joiners::Space => Some(' '),
        };
    }
    // N19 (without its context: see `step`)
    if o.get_quran_spelling() {
        match c {
            '\u{0670}' => return Some('\u{0627}'),
            '\u{06E5}' => return Some('\u{0648}'),
            '\u{06E6}' => return Some('\u{064A}'),
            _ => {}
        }
    }
    if c == '\u{0670}' {
        return match o.get_strip_dagger_alef() {
            DaggerAlef::Keep => Some(c),
            DaggerAlef::Drop => None,
            DaggerAlef::ToAlef => Some('\u{0627}'),
        };
    }
    if is_mark_dropped {
        return None;
    }
    if o.get_normalize_spaces() && chars::is_non_ascii_space(c) {
        return Some(' ');
    }
    // N17: Unicode White_Space and the information separators U+001C–U+001F.
    if o.get_fold_whitespace() && (c.is_whitespace() || ('\u{001C}'..='\u{001F}').contains(&c)) {
        return Some(' ');
    }
    // N16 (ASCII; `normalize` lowercases the whole input first, as `str::to_lowercase` does).
    if o.get_lowercase() && c.is_ascii_uppercase() {
        return Some(c.to_ascii_lowercase());
    }
    let mut c = c;
    if o.get_fold_persian_letters() {
        c = match c {
            '\u{06A9}' => '\u{0643}',
            '\u{06CC}' | '\u{06D2}' | '\u{06D3}' => '\u{064A}',
            '\u{06BE}' | '\u{06C0}' | '\u{06C1}' | '\u{06C2}' | '\u{06D5}' => '\u{0647}',
            '\u{06C3}' => '\u{0629}',
            other => other,
        };
    }
    let alef_set: &[char] = match o.get_fold_alef_variants() {
        AlefVariants::Keep => &[],
        AlefVariants::Hamzated => &['\u{0622}', '\u{0623}', '\u{0625}'],
        AlefVariants::HamzatedAndWasla => &['\u{0622}', '\u{0623}', '\u{0625}', '\u{0671}'],
        AlefVariants::All => &[
            '\u{0622}', '\u{0623}', '\u{0625}', '\u{0671}', '\u{0672}', '\u{0673}',
        ],
    };
    if alef_set.contains(&c) {
        return Some('\u{0627}');
    }
    match (c, o.get_fold_alef_maksura()) {
        ('\u{0649}', AlefMaksura::ToYeh) => return Some('\u{064A}'),
        ('\u{0649}', AlefMaksura::ToAlef) => return Some('\u{0627}'),
        _ => {}
    }
    if o.get_fold_teh_marbuta() && c == '\u{0629}' {
        return Some('\u{0647}');
    }
    match (c, o.get_fold_hamza_seats()) {
        ('\u{0624}', HamzaSeats::ToSeat) => return Some('\u{0648}'),
        ('\u{0626}', HamzaSeats::ToSeat) => return Some('\u{064A}'),
        ('\u{0624}' | '\u{0626}', HamzaSeats::ToHamza) => return Some('\u{0621}'),
        _ => {}
    }
    let digit = match c {
        '0'..='9' => Some(c as u32 - 0x30),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x6F0),
        _ => None,
    };
    if let Some(v) = digit {
        return match o.get_fold_digits() {
            Digits::Keep => Some(c),
            Digits::ToAscii => char::from_u32(0x30 + v),
            Digits::ToArabicIndic => char::from_u32(0x660 + v),
        };
    }
    if o.get_fold_punctuation() {
        let p = match c {
            '\u{060C}' => ',',
            '\u{061B}' => ';',
            '\u{061F}' => '?',
            '\u{066A}' => '%',
            '\u{06D4}' => '.',
            other => other,
        };
        return Some(p);
    }
    Some(c)
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
        || ('\u{0660}'..='\u{0669}').contains(&c)
        || ('\u{06F0}'..='\u{06F9}').contains(&c)
}

fn expands(o: &NormalizerOptions, c: char) -> Option<Vec<char>> {
    if !o.get_fold_presentation_forms() || !chars::is_presentation_form(c) {
        return None;
    }
    let pieces: Vec<char> = std::iter::once(c).nfkc().collect();
    (pieces != [c]).then_some(pieces)
}

/// The normalization of `input` under `o`, computed naively.
pub fn normalize(o: &NormalizerOptions, input: &str) -> String {
    // N16: the input lowercased as a whole (final sigma reads the neighbouring letters).
    let lowered;
    let input = if o.get_lowercase() {
        lowered = input.to_lowercase();
        lowered.as_str()
    } else {
        input
    };
    let out = normalize_cased(o, input);
    // N18: whitespace off both ends of the output.
    if o.get_trim() {
        let ws = |c: char| c.is_whitespace() || ('\u{001C}'..='\u{001F}').contains(&c);
        return out.trim_matches(ws).to_string();
    }
    out
}

fn normalize_cased(o: &NormalizerOptions, input: &str) -> String {
    let input: Vec<char> = input.chars().collect();
    let mut out: Vec<char> = Vec::new();
    for (i, &c) in input.iter().enumerate() {
        match expands(o, c) {
            Some(pieces) => {
                for (k, &p) in pieces.iter().enumerate() {
                    // N19's hamza reads what follows it: the rest of the expansion, then the
                    // input.
                    if p == '\u{0621}' && n19_hamza(o) {
                        let rest: Vec<char> = pieces[k + 1..]
                            .iter()
                            .chain(&input[i + 1..])
                            .copied()
                            .collect();
                        if next_output(o, &rest) == Some('\u{0627}') {
                            continue;
                        }
                    }
                    step(o, p, &mut out, &[], &[]);
                }
            }
            None => step(o, c, &mut out, &input[i + 1..], &input[..i]),
        }
    }
    let max = match o.get_collapse_elongation() {
        Elongation::Keep => return out.into_iter().collect(),
        Elongation::MaxOne => 1,
        Elongation::MaxTwo => 2,
    };
    // N15 as a pass over the output: runs of 3+ identical Arabic letters keep `max`.
    let mut result = String::new();
    let mut i = 0;
    while i < out.len() {
        let c = out[i];
        let mut j = i;
        while j < out.len() && out[j] == c {
            j += 1;
        }
        let run = j - i;
        let keep = if chars::is_arabic_letter(c) && run >= 3 {
            max
        } else {
            run
        };
        result.extend(std::iter::repeat_n(c, keep));
        i = j;
    }
    result
}

/// Whether N19 deletes a hamza before an alef (not when N8 writes every seat as ء).
fn n19_hamza(o: &NormalizerOptions) -> bool {
    o.get_quran_spelling() && o.get_fold_hamza_seats() != HamzaSeats::ToHamza
}

/// N19: the first character the output will have for `rest` (past marks and deleted
/// characters; a dagger alef is the alef it becomes), within 32 characters.
fn next_output(o: &NormalizerOptions, rest: &[char]) -> Option<char> {
    // Hamzas before it that N19 deletes too (a run of them before ا) are skipped.
    let mut hamza = None;
    let flat: Vec<char> = rest
        .iter()
        .take(32)
        .flat_map(|&r| expands(o, r).unwrap_or_else(|| vec![r]))
        .collect();
    for r in flat {
        if r == '\u{0670}' {
            return Some('\u{0627}');
        }
        if canonical_combining_class(r) > 0 || chars::is_quranic_mark(r) {
            continue;
        }
        match map(o, r) {
            Some('\u{0621}') => hamza = Some('\u{0621}'),
            Some('\u{0627}') => return Some('\u{0627}'),
            Some(m) => return hamza.or(Some(m)),
            None => {}
        }
    }
    hamza
}

/// Whether `c` is a mark N0 composes (U+0653 madda, U+0654 hamza above, U+0655 hamza below).
fn is_hamza_mark(c: char) -> bool {
    ('\u{0653}'..='\u{0655}').contains(&c)
}

fn step(o: &NormalizerOptions, c: char, out: &mut Vec<char>, rest: &[char], before: &[char]) {
    // N19: the Uthmani script's dagger alef, small waw and yeh, and hamza before alef.
    if o.get_quran_spelling() {
        let is_mark = |p: char| canonical_combining_class(p) > 0 || chars::is_quranic_mark(p);
        let prev = before.iter().rev().take(32).copied().find(|&p| !is_mark(p));
        let push = |out: &mut Vec<char>, d: char| {
            if let Some(m) = map(o, d) {
                out.push(m);
            }
        };
        match c {
            '\u{06E5}' | '\u{06E6}' => {
                if prev != Some('\u{0647}') {
                    push(
                        out,
                        if c == '\u{06E5}' {
                            '\u{0648}'
                        } else {
                            '\u{064A}'
                        },
                    );
                }
                return;
            }
            '\u{0670}' => {
                // On ى or ي nothing; elsewhere the alef it stands for.
                if !matches!(prev, Some('\u{0649}' | '\u{064A}')) {
                    push(out, '\u{0627}');
                }
                return;
            }
            '\u{0621}' if n19_hamza(o) && next_output(o, rest) == Some('\u{0627}') => {
                // ءَا is آ (and so is any letter written ء before an alef).
                return;
            }
            _ => {}
        }
    }
    // A tatweel carrying a hamza mark that survives is the mark's seat: with N4, N0 on and N3
    // off it stays (otherwise the mark would compose with the letter before on a second pass).
    // "Carrying": the mark comes before anything the output writes as a starter, past deleted
    // characters and marks of a lower class.
    let out_class = |p: char| -> Option<u8> {
        if o.get_fold_presentation_forms() && chars::is_presentation_form(p) {
            return Some(0);
        }
        if o.get_quran_spelling() && p == '\u{0670}' {
            return Some(0);
        }
        map(o, p).map(canonical_combining_class)
    };
    if c == '\u{0640}'
        && o.get_strip_tatweel()
        && o.get_compose_hamza()
        && !o.get_strip_quranic_marks()
    {
        let mut highest = 0;
        for &r in rest.iter().take(32) {
            if is_hamza_mark(r) {
                let ccc = canonical_combining_class(r);
                if highest < ccc {
                    out.push(c);
                    return;
                }
                highest = highest.max(ccc);
                continue;
            }
            match out_class(r) {
                None => {}
                Some(0) => return,
                Some(ccc) => highest = highest.max(ccc),
            }
        }
        return;
    }
    // NFC on the input: reading back from the mark past deleted characters and lower-class
    // marks, a tatweel before any starter of the output blocks the composition.
    let mut after_tatweel = false;
    if is_hamza_mark(c) {
        let ccc = canonical_combining_class(c);
        for &p in before.iter().rev().take(32) {
            if p == '\u{0640}' {
                after_tatweel = true;
                break;
            }
            match out_class(p) {
                None => {}
                Some(0) => break,
                Some(pc) if pc >= ccc => break,
                Some(_) => {}
            }
        }
    }
    if o.get_compose_hamza() && is_hamza_mark(c) && !after_tatweel {
        let ccc = canonical_combining_class(c);
        for k in (out.len().saturating_sub(32)..out.len()).rev() {
            if let Some(composed) = compose(out[k], c) {
                let mut with = map(o, composed);
                // N15: a composed letter that would make a run of three goes.
                if o.get_collapse_elongation() != Elongation::Keep {
                    if let Some(w) = with.filter(|&w| chars::is_arabic_letter(w)) {
                        let run = out[..k].iter().rev().take_while(|&&p| p == w).count();
                        if run >= 2 {
                            with = None;
                        }
                    }
                }
                match with {
                    Some(m) => out[k] = m,
                    None => {
                        out.remove(k);
                    }
                }
                return;
            }
            let pc = canonical_combining_class(out[k]);
            if pc == 0 || pc >= ccc {
                break;
            }
        }
    }
    let Some(d) = map(o, c) else { return };
    if o.get_fold_digits() == Digits::ToAscii && (c == '\u{066B}' || c == '\u{066C}') {
        let before = out.last().is_some_and(|&p| is_digit(p));
        let after = rest
            .iter()
            .flat_map(|&r| expands(o, r).unwrap_or_else(|| vec![r]))
            .find_map(|r| map(o, r))
            .is_some_and(is_digit);
        if before && after {
            out.push(if c == '\u{066B}' { '.' } else { ',' });
            return;
        }
    }
    if d == ' ' && (o.get_collapse_spaces() || o.get_fold_whitespace()) && out.last() == Some(&' ')
    {
        return;
    }
    out.push(d);
}
