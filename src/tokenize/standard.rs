//! Lucene's `StandardTokenizer` (`Tokenizer::standard`): UAX #29 word segments, of which only
//! those with a letter, a decimal digit or an emoji are tokens.
//!
//! Lucene's grammar (StandardTokenizerImpl.jflex) matches the UAX #29 word rules and skips
//! every character no token rule matches; a segment of unicode-segmentation's word bounds is
//! therefore a token exactly when it holds a base character of a token rule: a letter
//! (`ALetter`, `Hebrew_Letter`, `Katakana`, Han, Hiragana, South East Asian), a number
//! (`Numeric`) or an emoji (`Extended_Pictographic`, a skin-tone modifier, a pair of regional
//! indicators). Where no rule matches, Lucene's scanner steps over one character and tries
//! again, and so does this one. Its scanner buffer is 255 UTF-16 units: a longer token is cut
//! there and the rest scanned again.

use super::{Span, Token, TokenKind, Tokens};
use crate::chars;
use unicode_segmentation::UnicodeSegmentation;

/// StandardTokenizer's default maximum token length, in UTF-16 units.
const MAX_TOKEN_UTF16: usize = 255;

/// The bytes segmented at a time: at least 300 characters, more than a longest token plus
/// lookahead.
const WINDOW_BYTES: usize = 1200;

impl<'a> Tokens<'a> {
    pub(super) fn next_standard(&mut self) -> Option<Token<'a>> {
        loop {
            let rest = self.text.get(self.pos..)?;
            // A token is at most 255 UTF-16 units: segmenting a window of at least 300
            // characters (1,200 bytes) finds it, with room for the rules' lookahead, and keeps
            // a long run of marks or letters linear.
            let mut cut = rest.len().min(WINDOW_BYTES);
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            let rest = rest.get(..cut)?;
            // Spaces and line breaks are never tokens.
            let blank = rest
                .bytes()
                .take_while(|b| matches!(b, b' ' | b'\n' | b'\t' | b'\r'))
                .count();
            if blank > 0 {
                self.pos += blank;
                continue;
            }
            let first = rest.chars().next()?;
            if ends_a_word(first) && !matches!(first, '#' | '*') {
                // Punctuation that no rule joins to anything after it: never a token (a mark
                // after it would attach to it, and is no token on its own either).
                self.pos += first.len_utf8();
                continue;
            }
            let mut known = None;
            let segment = if let Some(end) = plain_word(rest) {
                known = Some(TokenKind::Word);
                rest.get(..end)?
            } else if is_complex_context(first) {
                // Lucene keeps a run of South East Asian script together (UAX #29 leaves it
                // to a dictionary and splits it per character).
                let end = rest
                    .char_indices()
                    .find(|&(_, c)| {
                        !(is_complex_context(c)
                            || unicode_normalization::char::is_combining_mark(c)
                            || chars::is_format_control(c)
                            || chars::is_zero_width_joiner_control(c))
                    })
                    .map_or(rest.len(), |(i, _)| i);
                rest.get(..end)?
            } else {
                rest.split_word_bounds().next()?
            };
            let start = self.pos;
            // The segment cut at 255 UTF-16 units (never inside a character).
            let mut units = 0;
            let mut len = segment.len();
            for (i, c) in segment.char_indices() {
                units += c.len_utf16();
                if units > MAX_TOKEN_UTF16 {
                    len = i;
                    break;
                }
            }
            let len = if len == 0 { segment.len() } else { len };
            let text = segment.get(..len)?;
            if let Some(kind) = known.or_else(|| kind(text)) {
                self.pos = start + len;
                return Some(Token {
                    text,
                    span: Span::new(start, start + len),
                    kind,
                });
            }
            // No token here. Lucene's scanner steps over one character and matches again from
            // the next; of the characters a segment holds after its first (marks, format
            // characters, ZWJ), only a skin-tone modifier, or a ZWJ before an emoji, can start
            // a token there. Resume at the first such one, else after the segment.
            self.pos = start + restart(text).unwrap_or(len);
        }
    }
}

/// The end of a word of Arabic letters and marks, or of ASCII letters, that a space, a line
/// break or the end follows: there UAX #29 ends the segment with no further rule to check.
/// `None` for anything else (the full segmenter decides).
fn plain_word(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let first = *b.first()?;
    let end = if first.is_ascii_alphabetic() {
        b.iter().take_while(|c| c.is_ascii_alphabetic()).count()
    } else {
        let mut i = 0;
        while let Some(c) = s.get(i..).and_then(|r| r.chars().next()) {
            let letter = is_arabic_aletter(c);
            if !(letter || (i > 0 && is_arabic_extend(c))) {
                break;
            }
            i += c.len_utf8();
        }
        i
    };
    let next = s.get(end..).and_then(|r| r.chars().next());
    (end > 0 && next.is_none_or(ends_a_word)).then_some(end)
}

/// Characters that no UAX #29 rule joins to a letter before them: a word of letters ends
/// there. (Not: letters, digits, marks and format characters, `_` and the other
/// `ExtendNumLet`, and `.` `:` `'` and the other `MidLetter`/`MidNumLet`, which join two
/// letters.)
fn ends_a_word(c: char) -> bool {
    if c.is_ascii() {
        return !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | ':' | '\''));
    }
    matches!(
        c,
        '\u{060C}'
            | '\u{061B}'
            | '\u{061F}'
            | '\u{066A}'
            | '\u{00AB}'
            | '\u{00BB}'
            | '\u{00A0}'
            | '\u{2013}'
            | '\u{2014}'
            | '\u{201C}'
            | '\u{201D}'
            | '\u{2026}'
    )
}

/// Arabic-block letters whose word-break property is `ALetter` (Unicode 9 to 16 alike).
fn is_arabic_aletter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{066F}' | '\u{0671}'..='\u{06D3}' | '\u{06D5}'
        | '\u{06E5}'..='\u{06E6}' | '\u{06EE}'..='\u{06EF}' | '\u{06FA}'..='\u{06FC}' | '\u{06FF}')
}

/// Arabic-block marks whose word-break property is `Extend`.
fn is_arabic_extend(c: char) -> bool {
    matches!(c,
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}' | '\u{06EA}'..='\u{06ED}')
}

/// `Line_Break=Complex_Context` (SA): the letters and marks of Thai, Lao, Myanmar, Khmer, Tai
/// Le, New Tai Lue, Tai Tham and Tai Viet, but not their digits.
fn is_complex_context(c: char) -> bool {
    matches!(c,
        '\u{0E01}'..='\u{0E3A}' | '\u{0E40}'..='\u{0E4E}' | '\u{0E81}'..='\u{0ECF}'
        | '\u{0EDC}'..='\u{0EDF}' | '\u{1000}'..='\u{103F}' | '\u{1050}'..='\u{108F}'
        | '\u{109A}'..='\u{109F}' | '\u{1780}'..='\u{17D3}' | '\u{17D7}' | '\u{17DC}'..='\u{17DD}'
        | '\u{1950}'..='\u{1974}' | '\u{1980}'..='\u{19CF}' | '\u{19DA}'
        | '\u{1A20}'..='\u{1A7F}' | '\u{1AA0}'..='\u{1AAD}' | '\u{A9E0}'..='\u{A9EF}'
        | '\u{A9FA}'..='\u{A9FE}' | '\u{AA60}'..='\u{AAC2}' | '\u{AADB}'..='\u{AADF}')
        && chars::decimal_digit_value(c).is_none()
}

/// Where in a segment that is no token Lucene would find one: the offset of the first
/// skin-tone modifier, or of a ZWJ followed by an emoji, after the first character.
fn restart(segment: &str) -> Option<usize> {
    let mut it = segment.char_indices().skip(1).peekable();
    while let Some((i, c)) = it.next() {
        let next = it.peek().map(|&(_, n)| n);
        if chars::is_emoji_modifier(c)
            || (c == '\u{200D}' && next.is_some_and(chars::is_extended_pictographic))
        {
            return Some(i);
        }
    }
    None
}

/// The kind of a word segment that is a StandardTokenizer token, or `None`.
fn kind(segment: &str) -> Option<TokenKind> {
    // An emoji may follow ZWJs (Lucene's `\p{WB:ZWJ}* {EmojiCharEx}`).
    let first = segment.chars().find(|&c| c != '\u{200D}')?;
    if chars::is_extended_pictographic(first) || chars::is_emoji_modifier(first) {
        return Some(TokenKind::Emoji);
    }
    if matches!(first, '0'..='9' | '#' | '*') && segment.contains('\u{20E3}') {
        // A keycap sequence (1️⃣, #️⃣).
        return Some(TokenKind::Emoji);
    }
    if chars::is_regional_indicator(first) {
        // Only a pair (a flag) is a token.
        return (segment
            .chars()
            .filter(|&c| chars::is_regional_indicator(c))
            .count()
            >= 2)
            .then_some(TokenKind::Emoji);
    }
    let mut number = false;
    for c in segment.chars() {
        if c.is_alphabetic() && !unicode_normalization::char::is_combining_mark(c) {
            return Some(TokenKind::Word);
        }
        number |= chars::decimal_digit_value(c).is_some() || c == '\u{066B}';
    }
    number.then_some(TokenKind::Number)
}
