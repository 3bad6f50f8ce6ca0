//! Stemming.
//!
//! [`Light10`] reproduces Lucene's `ArabicStemmer` (the light stemmer of Larkey, Ballesteros and
//! Connell, "light10") exactly, for parity with Lucene, Elasticsearch, OpenSearch and Solr.

mod light10;

pub use light10::Light10;
