//! tantivy integration (feature `tantivy`): [`ArabicTokenizer`] implements
//! `tantivy_tokenizer_api::Tokenizer` (0.7, the version tantivy 0.27 uses) on top of an
//! [`Analyzer`]. Token offsets are byte offsets into the original text, so tantivy's snippets
//! highlight the original spelling, diacritics and all; positions are the analyzer's, so
//! phrase queries see the gaps stop words leave.
//!
//! The crate depends on `tantivy-tokenizer-api` only, not on tantivy. Registering it takes
//! one line, with the [`register_tantivy_tokenizer!`](crate::register_tantivy_tokenizer) macro
//! or by hand:
//!
//! ```
//! use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
//! use tantivy::Index;
//!
//! let mut schema = Schema::builder();
//! let indexing = TextFieldIndexing::default()
//!     .set_tokenizer("arabic")
//!     .set_index_option(IndexRecordOption::WithFreqsAndPositions);
//! schema.add_text_field("body", TextOptions::default().set_indexing_options(indexing));
//! let index = Index::create_in_ram(schema.build());
//!
//! arabic_text::register_tantivy_tokenizer!(index); // "arabic": the search analyzer
//! // Or any analyzer, under any name:
//! index
//!     .tokenizers()
//!     .register("arabic_lucene", arabic_text::tantivy::ArabicTokenizer::lucene());
//! assert!(index.tokenizers().get("arabic").is_some());
//! ```

use crate::analyzer::{Analyzer, Terms};
use tantivy_tokenizer_api::{Token, TokenStream, Tokenizer};

/// A tantivy tokenizer running an [`Analyzer`]. Cheap to clone (the analyzer is shared).
#[derive(Clone, Debug, Default)]
pub struct ArabicTokenizer {
    analyzer: Analyzer,
}

impl ArabicTokenizer {
    /// The name [`register_tantivy_tokenizer!`](crate::register_tantivy_tokenizer) registers.
    pub const NAME: &'static str = "arabic";

    /// Runs `analyzer`.
    pub fn new(analyzer: Analyzer) -> Self {
        Self { analyzer }
    }

    /// Runs [`Analyzer::search`].
    pub fn search() -> Self {
        Self::new(Analyzer::search())
    }

    /// Runs [`Analyzer::lucene`].
    pub fn lucene() -> Self {
        Self::new(Analyzer::lucene())
    }

    /// The analyzer it runs.
    pub fn analyzer(&self) -> &Analyzer {
        &self.analyzer
    }
}

/// The token stream of [`ArabicTokenizer`].
pub struct ArabicTokenStream<'a> {
    terms: Terms<'a>,
    token: Token,
}

impl Tokenizer for ArabicTokenizer {
    type TokenStream<'a> = ArabicTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ArabicTokenStream<'a> {
        ArabicTokenStream {
            terms: self.analyzer.analyze(text),
            token: Token::default(),
        }
    }
}

impl TokenStream for ArabicTokenStream<'_> {
    fn advance(&mut self) -> bool {
        match self.terms.next() {
            Some(term) => {
                let t = &mut self.token;
                t.offset_from = term.span.start;
                t.offset_to = term.span.end;
                t.position = term.position;
                t.position_length = 1;
                t.text.clear();
                t.text.push_str(&term.text);
                true
            }
            None => false,
        }
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

/// Registers [`ArabicTokenizer::search()`](crate::tantivy::ArabicTokenizer::search) (or the
/// tokenizer given) under [`ArabicTokenizer::NAME`](crate::tantivy::ArabicTokenizer::NAME)
/// (`"arabic"`) with a tantivy `Index`: `register_tantivy_tokenizer!(index)`.
#[macro_export]
macro_rules! register_tantivy_tokenizer {
    ($index:expr) => {
        $index.tokenizers().register(
            $crate::tantivy::ArabicTokenizer::NAME,
            $crate::tantivy::ArabicTokenizer::search(),
        )
    };
    ($index:expr, $tokenizer:expr) => {
        $index
            .tokenizers()
            .register($crate::tantivy::ArabicTokenizer::NAME, $tokenizer)
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_carry_original_offsets_and_positions() {
        let mut t = ArabicTokenizer::search();
        let text = "ذهب أَحْمَدُ إلى المدرسةِ";
        let mut stream = t.token_stream(text);
        let mut got = Vec::new();
        while stream.advance() {
            let tok = stream.token();
            got.push((
                tok.text.clone(),
                &text[tok.offset_from..tok.offset_to],
                tok.position,
            ));
        }
        assert_eq!(got.len(), 3);
        assert_eq!(got[1].1, "أَحْمَدُ");
        assert_eq!(got[2].2, 3); // إلى at 2 is a stop word: a gap
    }
}
