//! Sentence splitting on top of the tokenizer: [`sentences`] and [`SentenceSplitter`]; the
//! rules are documented on [`SentenceSplitter`].

use crate::chars;
use crate::tokenize::{Span, Token, TokenKind, Tokenizer, Tokens};
use std::iter::FusedIterator;

/// Latin abbreviations after which a full stop does not end a sentence (matched ignoring case).
/// Arabic needs no list: the abbreviations Arabic writes with a full stop are single letters
/// (د. أ. م. هـ. ق.م. ص.ب. — every dotted entry of spaCy's Arabic exceptions is one).
pub const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "vs", "etc", "e.g", "i.e", "inc",
    "ltd", "co", "corp", "no", "nos", "fig", "figs", "vol", "vols", "pp", "ed", "eds", "gen",
    "col", "lt", "sgt", "rev", "hon", "approx", "dept", "est", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// A sentence splitter.
///
/// A sentence ends after a terminator (`.` `!` `?` `؟` `۔` `…` `...` `‼` `؞`), together with
/// the closing quotes and brackets right after it (`».` `."` `؟)`), and at line breaks. Because
/// numbers, URLs and e-mails are single tokens, their dots never end a sentence (`3.5`,
/// `www.example.com`). A full stop ends a sentence only when a space, a line break, an opening
/// quote or the end of the text follows it, and not after an abbreviation:
///
/// * a single letter, Arabic or Latin (`د.` for دكتور, `أ.` أستاذ, `م.` ميلادي, `ق.م.`,
///   initials such as `J.`); tatweel and marks do not count (`هـ.`);
/// * the Latin abbreviations in [`ABBREVIATIONS`] (`Dr.`, `e.g.`); `إلخ.` is not one: it
///   usually ends a list at the end of a sentence;
/// * a number that opens its sentence (list numbering: `1. البند الأول`).
///
/// Sentence spans never include the whitespace around them; blank text has no sentences.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SentenceSplitter {
    line_breaks: bool,
}

impl Default for SentenceSplitter {
    fn default() -> Self {
        Self::new()
    }
}

impl SentenceSplitter {
    /// Every line break ends a sentence (one paragraph per line, as in news and web corpora).
    pub const fn new() -> Self {
        Self { line_breaks: true }
    }

    /// Whether a single line break ends a sentence (default: yes). With `false`, only a blank
    /// line (two or more line breaks) or U+2029 PARAGRAPH SEPARATOR does, for hard-wrapped text.
    ///
    /// ```
    /// use arabic_text::SentenceSplitter;
    /// let text = "ولد نجيب محفوظ في مدينة القاهرة،\nحيث ترعرع.\n\nوفاز بجائزة نوبل.";
    /// let wrapped: Vec<&str> = SentenceSplitter::new()
    ///     .split_on_line_breaks(false)
    ///     .split(text)
    ///     .map(|s| &text[s.range()])
    ///     .collect();
    /// assert_eq!(wrapped, ["ولد نجيب محفوظ في مدينة القاهرة،\nحيث ترعرع.", "وفاز بجائزة نوبل."]);
    /// ```
    pub const fn split_on_line_breaks(mut self, on: bool) -> Self {
        self.line_breaks = on;
        self
    }

    /// The sentences of `text`, as byte spans.
    pub fn split<'a>(&self, text: &'a str) -> Sentences<'a> {
        Sentences {
            tokens: Tokenizer::new().whitespace(true).tokenize(text),
            splitter: *self,
            start: None,
            end: 0,
            state: State::Open,
            prev: None,
        }
    }
}

/// The sentences of `text` as byte spans, with the default [`SentenceSplitter`] (every line
/// break ends a sentence).
///
/// ```
/// let text = "قال د. أحمد إن النمو بلغ 3.5% في 2025. هل هذا كثير؟ «نعم!» قال.\nسطر جديد";
/// let s: Vec<&str> = arabic_text::sentences(text).map(|s| &text[s.range()]).collect();
/// assert_eq!(s, [
///     "قال د. أحمد إن النمو بلغ 3.5% في 2025.",
///     "هل هذا كثير؟",
///     "«نعم!»",   // as UAX #29 splits: a terminator, closing quotes, a space
///     "قال.",
///     "سطر جديد",
/// ]);
/// ```
pub fn sentences(text: &str) -> Sentences<'_> {
    SentenceSplitter::new().split(text)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// Inside a sentence.
    Open,
    /// After a terminator: ends at the next separator (closing quotes may come first).
    Terminated,
    /// After a `!`, `?`, `؟`, `…`: ends before whatever comes next, unless it is a closing
    /// quote or another terminator.
    Strong,
}

/// The iterator of sentence [`Span`]s returned by [`sentences`] and [`SentenceSplitter::split`].
#[derive(Clone, Debug)]
pub struct Sentences<'a> {
    tokens: Tokens<'a>,
    splitter: SentenceSplitter,
    /// Start of the current sentence (its first token), if one is open.
    start: Option<usize>,
    /// End of the last non-whitespace token of the current sentence.
    end: usize,
    state: State,
    /// The previous non-whitespace token, and whether it touches the current one.
    prev: Option<Token<'a>>,
}

impl Sentences<'_> {
    fn close(&mut self) -> Option<Span> {
        let start = self.start.take()?;
        self.state = State::Open;
        self.prev = None;
        Some(Span::new(start, self.end))
    }

    fn open(&mut self, t: &Token<'_>) {
        if self.start.is_none() {
            self.start = Some(t.span.start);
        }
        self.end = t.span.end;
    }

    /// Whether the full stop `dot` follows an abbreviation.
    fn after_abbreviation(&self, dot: &Token<'_>) -> bool {
        let Some(prev) = self.prev else {
            return false;
        };
        if prev.span.end != dot.span.start {
            return false;
        }
        match prev.kind {
            TokenKind::Number => self.start == Some(prev.span.start),
            TokenKind::Word => {
                let letters = prev
                    .text
                    .chars()
                    .filter(|&c| c != chars::TATWEEL && !chars::is_arabic_mark(c))
                    .count();
                letters == 1
                    || ABBREVIATIONS
                        .iter()
                        .any(|a| a.eq_ignore_ascii_case(prev.text))
            }
            _ => false,
        }
    }
}

fn is_terminator(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Punctuation && t.text.chars().all(chars::is_sentence_terminal)
}

fn is_closing(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Punctuation && t.text.chars().all(chars::is_closing_punctuation)
}

fn is_opening(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Punctuation
        && t.text.chars().all(|c| {
            matches!(
                c,
                '"' | '\'' | '(' | '[' | '{' | '«' | '‹' | '“' | '‘' | '﴿'
            )
        })
}

impl Iterator for Sentences<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        while let Some(t) = self.tokens.next() {
            if t.kind == TokenKind::Whitespace {
                let breaks = line_breaks(t.text);
                let paragraph = breaks >= 2 || t.text.contains('\u{2029}');
                let split = self.state != State::Open
                    || (breaks > 0 && (self.splitter.line_breaks || paragraph));
                if split {
                    if let Some(span) = self.close() {
                        return Some(span);
                    }
                }
                self.prev = None;
                continue;
            }
            match self.state {
                State::Terminated | State::Strong if is_closing(&t) || is_terminator(&t) => {
                    self.open(&t);
                    self.prev = Some(t);
                    continue;
                }
                State::Strong => {
                    // `؟الجواب`: a question mark ends its sentence even with no space after it.
                    let span = self.close();
                    self.open(&t);
                    self.prev = Some(t);
                    self.update(&t);
                    if span.is_some() {
                        return span;
                    }
                    continue;
                }
                State::Terminated if is_opening(&t) => {
                    let span = self.close();
                    self.open(&t);
                    self.prev = Some(t);
                    if span.is_some() {
                        return span;
                    }
                    continue;
                }
                // `ق.م`, `e.g`: a full stop with a letter right after it ends nothing.
                State::Terminated => self.state = State::Open,
                State::Open => {}
            }
            self.open(&t);
            self.update(&t);
            self.prev = Some(t);
        }
        self.close()
    }
}

impl Sentences<'_> {
    /// Updates the state after `t` joined the current sentence.
    fn update(&mut self, t: &Token<'_>) {
        if !is_terminator(t) {
            return;
        }
        if t.text == "." {
            if !self.after_abbreviation(t) {
                self.state = State::Terminated;
            }
        } else if t.text.chars().all(|c| c == '.') {
            // An ellipsis ends the sentence at the next space.
            self.state = State::Terminated;
        } else {
            self.state = State::Strong;
        }
    }
}

impl FusedIterator for Sentences<'_> {}

/// The number of line breaks in `ws` (CR LF counts once).
fn line_breaks(ws: &str) -> usize {
    let mut n = 0;
    let mut prev_cr = false;
    for c in ws.chars() {
        if c == '\n' && prev_cr {
            prev_cr = false;
            continue;
        }
        prev_cr = c == '\r';
        if chars::is_line_break(c) {
            n += 1;
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).map(|s| &text[s.range()]).collect()
    }

    #[test]
    fn arabic_terminators() {
        assert_eq!(split("ما اسمك؟ اسمي أحمد."), ["ما اسمك؟", "اسمي أحمد."]);
        assert_eq!(split("جملة۔ جملة أخرى"), ["جملة۔", "جملة أخرى"]);
        assert_eq!(split("انتظر… ثم ذهب"), ["انتظر…", "ثم ذهب"]);
        assert_eq!(split("انتظر... ثم ذهب"), ["انتظر...", "ثم ذهب"]);
        assert_eq!(split("حقاً؟! نعم"), ["حقاً؟!", "نعم"]);
        // A question mark needs no space after it.
        assert_eq!(split("لماذا؟لأن"), ["لماذا؟", "لأن"]);
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(split("قال: «انتهى.» ثم خرج."), ["قال: «انتهى.»", "ثم خرج."]);
        assert_eq!(split("قال \"نعم.\" وذهب"), ["قال \"نعم.\"", "وذهب"]);
        assert_eq!(split("(انتهى!) ثم"), ["(انتهى!)", "ثم"]);
    }

    #[test]
    fn numbers_urls_and_abbreviations_do_not_split() {
        assert_eq!(split("بلغ 3.5 مليار. ثم"), ["بلغ 3.5 مليار.", "ثم"]);
        assert_eq!(
            split("زر www.example.com الآن."),
            ["زر www.example.com الآن."]
        );
        assert_eq!(split("قال د. محمد إن"), ["قال د. محمد إن"]);
        assert_eq!(split("سنة 300 ق.م. وبعدها"), ["سنة 300 ق.م. وبعدها"]);
        assert_eq!(split("ص.ب. 1234 الرياض"), ["ص.ب. 1234 الرياض"]);
        assert_eq!(
            split("Dr. Smith arrived. He sat."),
            ["Dr. Smith arrived.", "He sat."]
        );
        assert_eq!(
            split("1. البند الأول\n2. البند الثاني"),
            ["1. البند الأول", "2. البند الثاني"]
        );
        // A year at the end of a sentence is not list numbering.
        assert_eq!(split("في عام 2014. وقال"), ["في عام 2014.", "وقال"]);
    }

    #[test]
    fn line_breaks_end_sentences() {
        assert_eq!(
            split("سطر أول\nسطر ثان\r\n\r\nفقرة"),
            ["سطر أول", "سطر ثان", "فقرة"]
        );
        let text = "سطر أول\nتابع\n\nفقرة";
        let wrapped: Vec<&str> = SentenceSplitter::new()
            .split_on_line_breaks(false)
            .split(text)
            .map(|s| &text[s.range()])
            .collect();
        assert_eq!(wrapped, ["سطر أول\nتابع", "فقرة"]);
    }

    #[test]
    fn blank_text_has_no_sentence() {
        assert_eq!(split(""), Vec::<&str>::new());
        assert_eq!(split(" \n \u{200F}"), Vec::<&str>::new());
        assert_eq!(split("  كلمة  "), ["كلمة"]);
    }
}
