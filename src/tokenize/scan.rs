//! The scanner: from a token's first byte, where it ends and what it is.
//!
//! Arabic letters, ASCII and the common punctuation are decided from the class tables with no
//! decoding; anything else goes through Unicode's rules (UAX #29 word boundaries and extended
//! grapheme clusters, from unicode-segmentation).

use super::class::{arabic_in_word, char_at, char_before, class_at, Class};
use super::{TokenKind, Tokenizer};
use crate::chars;
use unicode_segmentation::{GraphemeCursor, UnicodeSegmentation};

impl Tokenizer {
    /// The token starting at byte `i` (a char boundary before the end of `s`): its end and kind.
    pub(super) fn scan(&self, s: &str, i: usize) -> (usize, TokenKind) {
        let (class, len) = class_at(s, i);
        // Most tokens of Arabic text: a plain branch before the dispatch.
        if class == Class::Letter && len == 2 && arabic_in_word(s.as_bytes(), i) {
            return (arabic_word(s, i + 2), TokenKind::Word);
        }
        match class {
            Class::Letter if s.as_bytes().get(i..i + 2) == Some(TATWEEL) => tatweel(s, i),
            Class::Letter => (arabic_word(s, i + len), TokenKind::Word),
            Class::Space | Class::Invisible => (separator(s, i + len), TokenKind::Whitespace),
            Class::Latin => self.latin(s, i),
            Class::Digit => self.number(s, i),
            Class::Punct | Class::Symbol => self.punctuation(s, i, class, len),
            Class::Mark => bare_marks(s, i),
            Class::NumSign => number_sign(s, i + len),
            Class::Other => other(s, i),
            Class::End => (s.len(), TokenKind::Whitespace),
        }
    }

    /// A token starting with an ASCII letter: a URL, an e-mail, or a word.
    fn latin(&self, s: &str, start: usize) -> (usize, TokenKind) {
        let b = s.as_bytes();
        let run = ascii_alnum_run(b, start);
        let next = b.get(run).copied();
        if self.urls {
            if let Some(end) = url_after_scheme(s, start, run) {
                return (end, TokenKind::Url);
            }
        }
        if self.emails && matches!(next, Some(b'@' | b'.' | b'_' | b'%' | b'+' | b'-')) {
            if let Some(end) = email(s, start) {
                return (end, TokenKind::Email);
            }
        }
        (latin_word_end(s, start, run), TokenKind::Word)
    }

    /// A token starting with a digit: a number, a keycap emoji, an e-mail, or an alphanumeric
    /// Latin word (`5G`, `3D`).
    fn number(&self, s: &str, start: usize) -> (usize, TokenKind) {
        let (_, len) = class_at(s, start);
        if let Some(c) = char_at(s, start + len) {
            if c == chars::VARIATION_SELECTOR_16 || c == chars::COMBINING_ENCLOSING_KEYCAP {
                return (next_grapheme(s, start), TokenKind::Emoji);
            }
        }
        let end = number_body(s, start);
        let b = s.as_bytes();
        match b.get(end).copied() {
            Some(b'@') if self.emails => {
                if let Some(e) = email(s, start) {
                    return (e, TokenKind::Email);
                }
            }
            Some(x) if x.is_ascii_alphabetic() || x == b'_' => {
                // Digits then Latin letters: one alphanumeric word, as UAX #29 has it.
                if self.emails {
                    if let Some(e) = email(s, start) {
                        return (e, TokenKind::Email);
                    }
                }
                let run = ascii_alnum_run(b, start);
                return (latin_word_end(s, start, run), TokenKind::Word);
            }
            _ => {}
        }
        (extend(s, end), TokenKind::Number)
    }

    /// A token starting with ASCII or Arabic punctuation or a symbol.
    fn punctuation(&self, s: &str, i: usize, class: Class, len: usize) -> (usize, TokenKind) {
        let b = s.as_bytes();
        match b.get(i).copied() {
            Some(b'.') => {
                let end = i + b
                    .get(i..)
                    .map_or(1, |r| r.iter().take_while(|&&x| x == b'.').count());
                return (extend(s, end), TokenKind::Punctuation);
            }
            Some(b'@') if self.mentions => {
                if let Some(end) = mention(s, i) {
                    return (end, TokenKind::Mention);
                }
            }
            Some(b'#') if self.hashtags => {
                if let Some(end) = hashtag(s, i) {
                    return (end, TokenKind::Hashtag);
                }
            }
            _ => {}
        }
        if matches!(b.get(i).copied(), Some(b'#' | b'*')) {
            if let Some(c) = char_at(s, i + 1) {
                if c == chars::VARIATION_SELECTOR_16 || c == chars::COMBINING_ENCLOSING_KEYCAP {
                    return (next_grapheme(s, i), TokenKind::Emoji);
                }
            }
        }
        let kind = if class == Class::Punct {
            TokenKind::Punctuation
        } else {
            TokenKind::Symbol
        };
        (extend(s, i + len), kind)
    }
}

/// U+0640 TATWEEL in UTF-8.
const TATWEEL: &[u8] = "\u{0640}".as_bytes();

/// A tatweel at the start of a token: with no letter before it, it elongates nothing and is a
/// dash (`ـ11`, `ـأو` in UD Arabic-PUD).
fn tatweel(s: &str, mut i: usize) -> (usize, TokenKind) {
    while s.as_bytes().get(i..i + 2) == Some(TATWEEL) {
        i += 2;
    }
    (i, TokenKind::Punctuation)
}

/// The end of an Arabic word whose first letter ends at byte `i`.
#[inline]
fn arabic_word(s: &str, mut i: usize) -> usize {
    let b = s.as_bytes();
    loop {
        while arabic_in_word(b, i) {
            i += 2;
        }
        let (class, len) = class_at(s, i);
        match class {
            Class::Letter if s.as_bytes().get(i..i + 2) == Some(TATWEEL) => {
                // Tatweel inside a word, or at its end after a letter that joins it (الـ, الشـ),
                // is part of the word. At the end of a word after a letter that cannot join it
                // (الإحصاءـ), it is a dash.
                let mut j = i;
                while s.as_bytes().get(j..j + 2) == Some(TATWEEL) {
                    j += 2;
                }
                if !matches!(class_at(s, j).0, Class::Letter | Class::Mark) {
                    let before = s.get(..i).unwrap_or_default();
                    let last = before.chars().rev().find(|&c| !chars::is_arabic_mark(c));
                    if last.is_some_and(chars::is_non_left_joining) {
                        return i;
                    }
                }
                i = j;
            }
            Class::Letter | Class::Mark => i += len,
            Class::Invisible => {
                let j = skip_invisible(s, i);
                if matches!(class_at(s, j).0, Class::Letter | Class::Mark) {
                    i = j;
                } else {
                    return i;
                }
            }
            // A proclitic written on a number: و2006, ب15000, الـ84.
            Class::Digit => return number_body(s, i),
            Class::Other => {
                if is_grapheme_boundary(s, i) {
                    return i;
                }
                i = next_grapheme(s, i);
            }
            _ => return i,
        }
    }
}

/// The end of a run of separators (spaces, line breaks, invisible controls) after byte `i`.
fn separator(s: &str, mut i: usize) -> usize {
    loop {
        match class_at(s, i) {
            (Class::Space | Class::Invisible, len) => i += len,
            _ => return i,
        }
    }
}

/// Skips invisible characters from byte `i`.
fn skip_invisible(s: &str, mut i: usize) -> usize {
    loop {
        match class_at(s, i) {
            (Class::Invisible, len) => i += len,
            _ => return i,
        }
    }
}

/// The end of the digits starting at byte `i`, with separators between digits and a percent
/// sign after them.
fn number_body(s: &str, mut i: usize) -> usize {
    loop {
        while let (Class::Digit, len) = class_at(s, i) {
            i += len;
        }
        match char_at(s, i) {
            Some(sep) if chars::is_number_separator(sep) => {
                let after = i + sep.len_utf8();
                if class_at(s, after).0 == Class::Digit {
                    i = after;
                    continue;
                }
                return i;
            }
            Some(p) if chars::is_percent_sign(p) => return i + p.len_utf8(),
            _ => return i,
        }
    }
}

/// The end of the ASCII letters and digits starting at byte `i`.
#[inline]
fn ascii_alnum_run(b: &[u8], i: usize) -> usize {
    i + b.get(i..).map_or(0, |r| {
        r.iter().take_while(|x| x.is_ascii_alphanumeric()).count()
    })
}

/// The end of a Latin-script word whose ASCII letters and digits end at `run`: the run itself
/// when a plain separator follows, or else the UAX #29 word from `start` (apostrophes, `U.S.A`,
/// `Müller`, `foo_bar`).
fn latin_word_end(s: &str, start: usize, run: usize) -> usize {
    match class_at(s, run) {
        (Class::Other | Class::Invisible, _) => uax29_word(s, start),
        (Class::Punct, _)
            if matches!(
                s.as_bytes().get(run),
                Some(b'.' | b'\'' | b':' | b'_' | b',' | b';')
            ) =>
        {
            uax29_word(s, start)
        }
        (Class::Mark, _) => extend(s, run),
        _ => run,
    }
}

/// The UAX #29 word starting at byte `start`, cut where Arabic script begins and without
/// trailing invisible controls.
fn uax29_word(s: &str, start: usize) -> usize {
    let Some(rest) = s.get(start..) else {
        return start;
    };
    let seg = rest.split_word_bounds().next().unwrap_or_default();
    let mut end = start + seg.len();
    for (k, c) in seg.char_indices().skip(1) {
        let arabic = chars::is_arabic_word_letter(c)
            || chars::is_arabic_mark(c)
            || (!c.is_ascii() && chars::digit_value(c).is_some());
        // UAX #29 joins U+202F NARROW NO-BREAK SPACE like an underscore (WB13a); a word here
        // never holds a space.
        let space = chars::is_white_space(c) || c == chars::ZERO_WIDTH_SPACE;
        if arabic || space {
            end = start + k;
            break;
        }
    }
    while let Some(c) = char_before(s, end) {
        if end > start + c.len_utf8() && chars::is_invisible(c) {
            end -= c.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// Combining marks with no letter before them (after a space, at the start): Quranic pause
/// marks are punctuation, anything else a symbol.
fn bare_marks(s: &str, start: usize) -> (usize, TokenKind) {
    let mut i = start;
    while let (Class::Mark, len) = class_at(s, i) {
        i += len;
    }
    let pause = char_at(s, start).is_some_and(|c| ('\u{06D6}'..='\u{06DC}').contains(&c));
    let kind = if pause {
        TokenKind::Punctuation
    } else {
        TokenKind::Symbol
    };
    (i, kind)
}

/// Arabic number signs (U+0600–U+0605, ۝): with the number they span, or a symbol alone.
fn number_sign(s: &str, mut i: usize) -> (usize, TokenKind) {
    while let (Class::NumSign, len) = class_at(s, i) {
        i += len;
    }
    if class_at(s, i).0 == Class::Digit {
        (extend(s, number_body(s, i)), TokenKind::Number)
    } else {
        (i, TokenKind::Symbol)
    }
}

/// A token starting with a character outside the tables: emoji, letters and digits of other
/// scripts, other punctuation and symbols.
fn other(s: &str, i: usize) -> (usize, TokenKind) {
    let Some(c) = char_at(s, i) else {
        return (s.len(), TokenKind::Symbol);
    };
    if chars::is_regional_indicator(c) {
        // A flag is a pair of regional indicators (GB12/13). Paired here, going forward:
        // the grapheme cursor would count the whole run back from every flag.
        let mut end = i + c.len_utf8();
        if let Some(second) = char_at(s, end).filter(|&d| chars::is_regional_indicator(d)) {
            end += second.len_utf8();
        }
        return (extend(s, end), TokenKind::Emoji);
    }
    if chars::is_extended_pictographic(c) {
        let end = next_grapheme(s, i);
        let cluster = s.get(i..end).unwrap_or_default();
        let emoji = c as u32 >= 0x1F000
            || cluster.chars().any(|x| {
                x == chars::VARIATION_SELECTOR_16
                    || x == chars::ZWJ
                    || x == chars::COMBINING_ENCLOSING_KEYCAP
                    || chars::is_emoji_modifier(x)
            });
        let kind = if emoji {
            TokenKind::Emoji
        } else {
            TokenKind::Symbol
        };
        return (end, kind);
    }
    if c.is_alphanumeric() {
        let end = uax29_word(s, i);
        let word = s.get(i..end).unwrap_or_default();
        let kind = if word.chars().any(char::is_alphabetic) {
            TokenKind::Word
        } else {
            TokenKind::Number
        };
        return (end, kind);
    }
    let kind = if chars::is_punctuation(c) {
        TokenKind::Punctuation
    } else {
        TokenKind::Symbol
    };
    (extend(s, i + c.len_utf8()), kind)
}

/// `end`, or past the combining characters that continue the grapheme cluster ending there.
#[inline]
fn extend(s: &str, end: usize) -> usize {
    match class_at(s, end).0 {
        Class::Mark | Class::Other => {
            // A regional indicator never continues a cluster (and asking the cursor would
            // count a run of them back from every flag).
            let ri = char_at(s, end).is_some_and(chars::is_regional_indicator);
            if ri || is_grapheme_boundary(s, end) {
                end
            } else {
                next_grapheme(s, end)
            }
        }
        _ => end,
    }
}

/// Whether byte `i` of `s` is an extended grapheme cluster boundary.
fn is_grapheme_boundary(s: &str, i: usize) -> bool {
    GraphemeCursor::new(i, s.len(), true)
        .is_boundary(s, 0)
        .unwrap_or(true)
}

/// The end of the extended grapheme cluster starting at byte `i` (at least one character).
fn next_grapheme(s: &str, i: usize) -> usize {
    let fallback = i + char_at(s, i).map_or(1, char::len_utf8);
    match GraphemeCursor::new(i, s.len(), true).next_boundary(s, 0) {
        Ok(Some(end)) if end > i => end,
        _ => fallback,
    }
}

/// If `s[start..run]` (ASCII letters and digits) is a URL scheme followed by `://`, or `www`
/// followed by `.`, the end of the URL.
fn url_after_scheme(s: &str, start: usize, run: usize) -> Option<usize> {
    let b = s.as_bytes();
    let rest = b.get(run..)?;
    let body = if rest.starts_with(b"://") {
        // Schemes: a letter, then letters, digits, `+`, `-` or `.` (svn+ssh, coap+tcp).
        run + 3
    } else if matches!(rest.first(), Some(b'+' | b'-')) {
        let scheme_end = run
            + rest
                .iter()
                .take(33)
                .take_while(|x| x.is_ascii_alphanumeric() || matches!(x, b'+' | b'-' | b'.'))
                .count();
        if !b.get(scheme_end..)?.starts_with(b"://") || scheme_end - start > 32 {
            return None;
        }
        scheme_end + 3
    } else if rest.first() == Some(&b'.') && b.get(start..run)?.eq_ignore_ascii_case(b"www") {
        run + 1
    } else {
        return None;
    };
    if b.get(start..run)?.len() > 32 {
        return None;
    }
    let end = url_end(s, body);
    (end > body).then_some(end)
}

/// Where a URL whose body starts at byte `i` ends: at whitespace, quotes, angle brackets or
/// Arabic punctuation, without trailing punctuation or unbalanced closing brackets.
fn url_end(s: &str, i: usize) -> usize {
    let rest = s.get(i..).unwrap_or_default();
    let mut end = i;
    for (k, c) in rest.char_indices() {
        let stop = chars::is_white_space(c)
            || c == chars::ZERO_WIDTH_SPACE
            || chars::is_invisible(c)
            || matches!(
                c,
                '<' | '>'
                    | '"'
                    | '`'
                    | '\u{00AB}'
                    | '\u{00BB}'
                    | '\u{201C}'
                    | '\u{201D}'
                    | '\u{2018}'
                    | '\u{2019}'
                    | chars::ARABIC_COMMA
                    | chars::ARABIC_SEMICOLON
                    | chars::ARABIC_QUESTION_MARK
                    | chars::ARABIC_FULL_STOP
            );
        if stop {
            break;
        }
        end = i + k + c.len_utf8();
    }
    // Trailing punctuation ends the sentence, not the URL; a closing bracket stays only when
    // the URL opened it (https://en.wikipedia.org/wiki/Foo_(bar)). Bracket counts are kept as
    // the end moves, so a URL followed by many `)` stays linear.
    let body = s.get(i..end).unwrap_or_default();
    let count = |c: char| body.bytes().filter(|&b| b == c as u8).count();
    let open = [count('('), count('['), count('{')];
    let mut close = [count(')'), count(']'), count('}')];
    while let Some(last) = char_before(s, end).filter(|_| end > i) {
        let bracket = match last {
            ')' => Some(0),
            ']' => Some(1),
            '}' => Some(2),
            _ => None,
        };
        let trim = match bracket {
            Some(k) => open.get(k) < close.get(k),
            None => matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '*'),
        };
        if !trim {
            break;
        }
        if let Some(c) = bracket.and_then(|k| close.get_mut(k)) {
            *c -= 1;
        }
        end -= last.len_utf8();
    }
    end
}

/// An e-mail address starting at byte `start`: a local part of ASCII letters, digits and
/// `._%+-` (not starting or ending with `.`), `@`, and two or more domain labels, the last
/// one of two or more letters.
fn email(s: &str, start: usize) -> Option<usize> {
    let b = s.as_bytes();
    // RFC 5321 limits: 64 bytes of local part, 255 of domain. The bounds also keep a text such
    // as `a..a..a..` linear: no scan goes further than that from a token's start.
    let local = b
        .get(start..)?
        .iter()
        .take(65)
        .take_while(|x| x.is_ascii_alphanumeric() || matches!(x, b'.' | b'_' | b'%' | b'+' | b'-'))
        .count();
    if local > 64 {
        return None;
    }
    let at = start + local;
    if local == 0 || b.get(at) != Some(&b'@') || b.get(at - 1) == Some(&b'.') {
        return None;
    }
    let mut i = at + 1;
    let mut labels = 0;
    let mut last_label_alpha;
    let mut end = None;
    loop {
        if i - at > 255 {
            return None;
        }
        let label = b
            .get(i..)?
            .iter()
            .take(64)
            .take_while(|x| x.is_ascii_alphanumeric() || **x == b'-')
            .count();
        let l = b.get(i..i + label)?;
        if label == 0 || l.first() == Some(&b'-') || l.last() == Some(&b'-') {
            break;
        }
        labels += 1;
        last_label_alpha = label >= 2 && l.iter().all(u8::is_ascii_alphabetic);
        i += label;
        if labels >= 2 && last_label_alpha {
            end = Some(i);
        }
        if b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric) {
            i += 1;
        } else {
            break;
        }
    }
    end
}

/// Whether `c` may continue a mention or hashtag name.
fn name_char(s: &str, i: usize) -> Option<usize> {
    let (class, len) = class_at(s, i);
    match class {
        Class::Latin | Class::Digit | Class::Letter | Class::Mark => Some(len),
        Class::Punct if s.as_bytes().get(i) == Some(&b'_') => Some(1),
        Class::Invisible
            if char_at(s, i).is_some_and(chars::is_zero_width_joiner_control)
                && matches!(class_at(s, i + len).0, Class::Letter | Class::Latin) =>
        {
            Some(len)
        }
        Class::Other => {
            let c = char_at(s, i)?;
            if c.is_alphanumeric() || !is_grapheme_boundary(s, i) {
                Some(len)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// After a name character of `len` bytes at byte `i`: the length of a number separator that
/// follows it when both neighbours are digits (`#covid_2.0`), else 0. Digits keep their
/// separators in every kind of token.
fn separator_between_digits(s: &str, i: usize, len: usize) -> usize {
    if class_at(s, i).0 != Class::Digit {
        return 0;
    }
    match char_at(s, i + len) {
        Some(sep)
            if chars::is_number_separator(sep)
                && class_at(s, i + len + sep.len_utf8()).0 == Class::Digit =>
        {
            sep.len_utf8()
        }
        _ => 0,
    }
}

/// Whether the character before byte `i` lets a mention or hashtag start there (it must not be
/// glued to a word: `a@b`, `C#`).
fn starts_name(s: &str, i: usize) -> bool {
    char_before(s, i).is_none_or(|p| !(p.is_alphanumeric() || p == '_' || chars::is_arabic_mark(p)))
}

/// `@name` starting at the `@` at byte `i`: letters, digits, `_`, and `.` between them.
fn mention(s: &str, i: usize) -> Option<usize> {
    if !starts_name(s, i) {
        return None;
    }
    let mut end = i + 1;
    while let Some(len) = name_char(s, end) {
        end += len + separator_between_digits(s, end, len);
        if s.as_bytes().get(end) == Some(&b'.') && name_char(s, end + 1).is_some() {
            end += 1;
        }
    }
    (end > i + 1).then_some(end)
}

/// `#tag` starting at the `#` at byte `i`: letters of any script, marks, digits and `_`, with
/// at least one letter (`#1` is not a hashtag).
fn hashtag(s: &str, i: usize) -> Option<usize> {
    if !starts_name(s, i) {
        return None;
    }
    let mut end = i + 1;
    while let Some(len) = name_char(s, end) {
        end += len + separator_between_digits(s, end, len);
    }
    let name = s.get(i + 1..end)?;
    name.chars().any(char::is_alphabetic).then_some(end)
}
