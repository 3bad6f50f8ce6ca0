//! Tokenization with exact byte offsets: [`Tokenizer`], [`Token`], [`Span`] and the free
//! function [`tokenize`](crate::tokenize()). The rules are documented on [`Tokenizer`].

pub(crate) mod class;
mod scan;

use std::fmt;
use std::iter::FusedIterator;
use std::ops::Range;

/// A byte range `start..end` of a string.
///
/// ```
/// use arabic_text::Span;
/// let text = "مرحبا بالعالم";
/// let span = Span::new(11, 25);
/// assert_eq!(&text[span.range()], "بالعالم");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// The span `start..end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// `start..end`, for slicing.
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Its length in bytes.
    pub const fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether it covers no byte.
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Self {
        Self::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(s: Span) -> Self {
        s.range()
    }
}

/// What a [`Token`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TokenKind {
    /// Letters (any script), with their marks; may carry digits after Arabic letters (`و2006`)
    /// or Latin letters (`mp3`).
    Word,
    /// Digits with their separators and percent sign (`3.5`, `١٬٠٠٠`, `70%`).
    Number,
    /// Punctuation (`،` `؟` `«` `.` `...`).
    Punctuation,
    /// Symbols (`$` `+` `©` `۞`) and marks with no letter to sit on.
    Symbol,
    /// An emoji grapheme cluster (`👨‍👩‍👧`, `🇸🇦`, `👍🏽`, `1️⃣`).
    Emoji,
    /// `scheme://…` or `www.…`.
    Url,
    /// `name@domain.tld`.
    Email,
    /// `@name`.
    Mention,
    /// `#tag`.
    Hashtag,
    /// Spaces, line breaks and invisible controls between tokens; only produced when the
    /// tokenizer is asked for them ([`Tokenizer::whitespace`]).
    Whitespace,
}

impl TokenKind {
    /// The kind's name in lower case, as the command-line tools print it.
    pub const fn as_str(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Punctuation => "punctuation",
            TokenKind::Symbol => "symbol",
            TokenKind::Emoji => "emoji",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Mention => "mention",
            TokenKind::Hashtag => "hashtag",
            TokenKind::Whitespace => "whitespace",
        }
    }

    /// Whether tokens of this kind carry words or numbers (what a search index keeps).
    pub const fn is_word_like(self) -> bool {
        !matches!(
            self,
            TokenKind::Punctuation | TokenKind::Symbol | TokenKind::Whitespace
        )
    }
}

impl fmt::Display for TokenKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A token: a slice of the caller's text, where it is, and what it is.
///
/// `&text[token.span.range()] == token.text` always holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Token<'a> {
    /// The token's text, borrowed from the input.
    pub text: &'a str,
    /// Its byte offsets in the input.
    pub span: Span,
    /// What it is.
    pub kind: TokenKind,
}

/// A configured tokenizer. `Copy`, `const`-constructible, and cheap to pass around.
///
/// # Rules
///
/// * **Arabic words** are runs of Arabic-script letters (tatweel and presentation forms
///   included) with their marks (harakat U+064B–U+065F, dagger alef U+0670, Quranic marks).
///   Invisible characters (ZWNJ, ZWJ, bidi marks, soft hyphen) stay inside a word when letters
///   follow them and belong to the separator otherwise. Digits written right after Arabic
///   letters stay in the word (`و2006`, `ب15000`, `الـ84`: a proclitic on a number), digits
///   followed by Arabic letters do not (`14كم` is `14` + `كم`: a number and its unit).
/// * **Numbers** keep their separators between digits: `.` `,` `:` `٫` `٬` (`3.5`, `1,000`,
///   `6:30`, `٣٫٥`, `١٬٠٠٠`), and a percent sign right after them (`70%`, `٪٥٠`'s mirror
///   `٥٠٪`), as UD Arabic does. A hyphen is not a separator: `2025-09-03` and `2013-2014` are
///   numbers and `-` punctuation tokens, as in UD Arabic-PUD's ranges.
/// * **Punctuation** is one token per character (`،` `؛` `؟` `«` `»` `…` …), except a run of
///   full stops, which is one ellipsis token (`...`). Abbreviations are not merged: `ق.م` is
///   `ق` `.` `م`, as UD Arabic tokenizes it; [`sentences`](crate::sentences()) knows them.
/// * **Emoji** are whole extended grapheme clusters (ZWJ families, flags, skin tones,
///   keycaps), from unicode-segmentation.
/// * **URLs** (`scheme://…`, `www.…`), **e-mails**, **@mentions** and **#hashtags** (Arabic
///   letters and underscores included) are single tokens when the [`Tokenizer`] recognises
///   them (the default).
/// * **Other scripts** follow Unicode word boundaries (UAX #29, from unicode-segmentation):
///   `don't`, `U.S.A`, `Müller`, `example.com` are single words. A change between Arabic and
///   another script always ends a word (`الـiPhone` is `الـ` + `iPhone`).
///
/// No language detection happens anywhere: the same bytes always give the same tokens.
///
/// # Example
///
/// ```
/// use arabic_text::{Tokenizer, TokenKind};
///
/// let text = "قال أحمد: زوروا https://example.com/مصر #مصر_اليوم";
/// let tokens: Vec<_> = Tokenizer::new().tokenize(text).map(|t| (t.text, t.kind)).collect();
/// assert_eq!(tokens, [
///     ("قال", TokenKind::Word),
///     ("أحمد", TokenKind::Word),
///     (":", TokenKind::Punctuation),
///     ("زوروا", TokenKind::Word),
///     ("https://example.com/مصر", TokenKind::Url),
///     ("#مصر_اليوم", TokenKind::Hashtag),
/// ]);
///
/// // With whitespace tokens, the tokens concatenate back to the input.
/// let all: String = Tokenizer::new().whitespace(true).tokenize(text).map(|t| t.text).collect();
/// assert_eq!(all, text);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Tokenizer {
    standard: bool,
    whitespace: bool,
    urls: bool,
    emails: bool,
    mentions: bool,
    hashtags: bool,
}

impl Default for Tokenizer {
    fn default() -> Self {
        Self::new()
    }
}

impl Tokenizer {
    /// No whitespace tokens; URLs, e-mails, mentions and hashtags recognised.
    pub const fn new() -> Self {
        Self {
            standard: false,
            whitespace: false,
            urls: true,
            emails: true,
            mentions: true,
            hashtags: true,
        }
    }

    /// Emit [`TokenKind::Whitespace`] tokens too (default: no). With them, the tokens cover
    /// the input exactly.
    pub const fn whitespace(mut self, on: bool) -> Self {
        self.whitespace = on;
        self
    }

    /// Recognise `scheme://…` and `www.…` as one [`TokenKind::Url`] (default: yes).
    pub const fn urls(mut self, on: bool) -> Self {
        self.urls = on;
        self
    }

    /// Recognise `name@domain.tld` as one [`TokenKind::Email`] (default: yes).
    pub const fn emails(mut self, on: bool) -> Self {
        self.emails = on;
        self
    }

    /// Recognise `@name` as one [`TokenKind::Mention`] (default: yes).
    pub const fn mentions(mut self, on: bool) -> Self {
        self.mentions = on;
        self
    }

    /// Recognise `#tag` as one [`TokenKind::Hashtag`] (default: yes).
    pub const fn hashtags(mut self, on: bool) -> Self {
        self.hashtags = on;
        self
    }

    /// Turns URLs, e-mails, mentions and hashtags all on or all off.
    pub const fn entities(self, on: bool) -> Self {
        self.urls(on).emails(on).mentions(on).hashtags(on)
    }

    /// Lucene's `StandardTokenizer` instead of our rules (what Elasticsearch, OpenSearch and Solr
    /// index Arabic with): UAX #29 word boundaries, keeping only segments with a letter, a
    /// decimal digit or an emoji (punctuation, symbols and spaces are dropped, so URLs and
    /// e-mails come apart at `://`, `/` and `@`); letters joined by `.` with no space stay one
    /// token; format characters (ZWNJ, ZWJ, LRM, RLM) stay inside the token before them; a
    /// token longer than 255 UTF-16 units is split every 255 units. `whitespace` and the
    /// entity options do not apply. [`Analyzer::lucene`](crate::Analyzer::lucene) uses it.
    ///
    /// ```
    /// use arabic_text::Tokenizer;
    /// let t = Tokenizer::standard();
    /// let texts: Vec<&str> = t.tokenize("الرئيس.وأضاف info@example.com ٣٫٥٪").map(|t| t.text).collect();
    /// assert_eq!(texts, ["الرئيس.وأضاف", "info", "example.com", "٣٫٥"]);
    /// ```
    pub const fn standard() -> Self {
        let mut t = Self::new();
        t.standard = true;
        t
    }

    /// Whether this is Lucene's `StandardTokenizer` ([`standard`](Self::standard)).
    pub const fn is_standard(&self) -> bool {
        self.standard
    }

    /// Whether whitespace tokens are emitted.
    pub const fn get_whitespace(&self) -> bool {
        self.whitespace
    }

    /// The tokens of `text`, in order. Lazy: nothing is allocated.
    pub fn tokenize<'a>(&self, text: &'a str) -> Tokens<'a> {
        Tokens {
            text,
            pos: 0,
            tokenizer: *self,
        }
    }
}

/// The tokens of a text with the default [`Tokenizer`] (no whitespace tokens; URLs, e-mails,
/// mentions and hashtags recognised).
///
/// ```
/// let words: Vec<&str> = arabic_text::tokenize("أيضاً، ٣٫٥٪ من «الناس»...").map(|t| t.text).collect();
/// assert_eq!(words, ["أيضاً", "،", "٣٫٥٪", "من", "«", "الناس", "»", "..."]);
/// ```
pub fn tokenize(text: &str) -> Tokens<'_> {
    Tokenizer::new().tokenize(text)
}

/// The iterator of [`Token`]s returned by [`tokenize`](crate::tokenize()) and
/// [`Tokenizer::tokenize`].
#[derive(Clone, Debug)]
pub struct Tokens<'a> {
    text: &'a str,
    pos: usize,
    tokenizer: Tokenizer,
}

impl<'a> Tokens<'a> {
    /// The byte offset where the next token starts (or the separator before it).
    pub fn offset(&self) -> usize {
        self.pos
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    #[inline]
    fn next(&mut self) -> Option<Token<'a>> {
        if self.tokenizer.standard {
            return self.next_standard();
        }
        let bytes = self.text.as_bytes();
        loop {
            if !self.tokenizer.whitespace {
                // Separators are skipped, not returned: step over ASCII spaces and line breaks
                // without a scan.
                while bytes
                    .get(self.pos)
                    .is_some_and(|&b| matches!(b, b' ' | b'\n' | b'\t' | b'\r'))
                {
                    self.pos += 1;
                }
            }
            let start = self.pos;
            if start >= self.text.len() {
                return None;
            }
            let (end, kind) = self.tokenizer.scan(self.text, start);
            // Every scan consumes at least one character; guard the invariant anyway so that
            // a bug can never loop forever.
            let end = if end > start && self.text.is_char_boundary(end) {
                end
            } else {
                start + class::char_at(self.text, start).map_or(1, char::len_utf8)
            };
            self.pos = end;
            if kind == TokenKind::Whitespace && !self.tokenizer.whitespace {
                continue;
            }
            let text = self.text.get(start..end)?;
            return Some(Token {
                text,
                span: Span::new(start, end),
                kind,
            });
        }
    }
}

impl FusedIterator for Tokens<'_> {}

mod standard;
#[cfg(test)]
mod tests;
