//! Stemming: [`LightStemmer`] (the default, also as [`stem`](crate::stem())) and [`Light10`].
//!
//! [`Light10`] reproduces Lucene's `ArabicStemmer` (the light stemmer of Larkey, Ballesteros and
//! Connell, "light10") exactly, for parity with Lucene, Elasticsearch, OpenSearch and Solr.

mod light;
mod light10;
mod names;
mod root;

pub use light::{stem, LightStemmer};
pub use light10::Light10;
pub use root::root;
