//! `ArabicTokenizer` inside a real tantivy 0.27 index built in RAM from the five seed articles
//! and two short crafted documents (diacritized text, Arabic-Indic digits and a prefixed word,
//! which the seeds do not contain). The expected documents come from reading the texts:
//! every seed mentions كوريا الشمالية and الرئيس; only seed 002 writes أحمد; only seed 000
//! writes 2025 (in its date line).
#![cfg(feature = "tantivy")]

mod common;

use std::collections::BTreeSet;
use tantivy::collector::TopDocs;
use tantivy::query::QueryParser;
use tantivy::schema::{
    IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED, STRING,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::{doc, Index, IndexWriter, TantivyDocument};

/// Crafted documents: (name, text).
const CRAFTED: &[(&str, &str)] = &[
    ("crafted-ahmad", "وَصَلَ أَحْمَدُ إلى المدرسةِ عامَ ٢٠٢٥ مع أصدقائه."),
    ("crafted-wa", "اجتمع الوزير وَالرَّئِيسُ في القصر."),
    // Names beside the common words they look like (issue 13): a person and a country, a
    // month and a fruit.
    ("crafted-ayman", "التقى أيمن بالوفد في شهر تموز."),
    ("crafted-yemen", "عاد الوفد من اليمن ومعه الموز."),
];

struct Fixture {
    index: Index,
    body: tantivy::schema::Field,
    name: tantivy::schema::Field,
}

fn fixture() -> Option<Fixture> {
    let dir = common::shared("seeds")?;
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("seeds")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    let mut schema = Schema::builder();
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(arabic_text::tantivy::ArabicTokenizer::NAME)
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let body = schema.add_text_field(
        "body",
        TextOptions::default()
            .set_indexing_options(indexing)
            .set_stored(),
    );
    let name = schema.add_text_field("name", STRING | STORED);
    let index = Index::create_in_ram(schema.build());
    arabic_text::register_tantivy_tokenizer!(index);
    let mut writer: IndexWriter = index.writer(15_000_000).expect("writer");
    for f in &files {
        let stem = f.file_name().unwrap().to_string_lossy()[..3].to_string();
        writer
            .add_document(doc!(name => stem, body => common::read(f)))
            .expect("add");
    }
    for (n, text) in CRAFTED {
        writer
            .add_document(doc!(name => *n, body => *text))
            .expect("add");
    }
    writer.commit().expect("commit");
    Some(Fixture { index, body, name })
}

impl Fixture {
    /// Names of the documents `query` matches.
    fn hits(&self, query: &str) -> BTreeSet<String> {
        let searcher = self.index.reader().expect("reader").searcher();
        let q = QueryParser::for_index(&self.index, vec![self.body])
            .parse_query(query)
            .expect("query");
        searcher
            .search(&q, &TopDocs::with_limit(100).order_by_score())
            .expect("search")
            .into_iter()
            .map(|(_, addr)| {
                let d: TantivyDocument = searcher.doc(addr).expect("doc");
                d.get_first(self.name)
                    .and_then(|v| v.as_str())
                    .unwrap_or("")
                    .to_string()
            })
            .collect()
    }
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|s| s.to_string()).collect()
}

#[test]
fn spellings_of_a_name_hit_the_same_documents() {
    let Some(f) = fixture() else { return };
    let expected = set(&["002", "crafted-ahmad"]);
    for q in ["احمد", "أحمد", "أَحْمَد"] {
        assert_eq!(f.hits(q), expected, "{q}");
    }
}

#[test]
fn a_word_finds_its_prefixed_forms() {
    let Some(f) = fixture() else { return };
    // الرئيس is in every seed; والرئيس (diacritized) only in crafted-wa.
    let all = set(&["000", "001", "002", "003", "004", "crafted-wa"]);
    assert_eq!(f.hits("رئيس"), all);
    assert_eq!(f.hits("والرئيس"), all);
    let seeds = set(&["000", "001", "002", "003", "004"]);
    assert_eq!(f.hits("كوريا"), seeds);
    assert_eq!(f.hits("\"كوريا الشمالية\""), seeds);
}

#[test]
fn names_do_not_find_the_words_they_look_like() {
    let Some(f) = fixture() else { return };
    // أيمن (a name) must not find اليمن (Yemen), nor تموز (July) find الموز (bananas).
    assert_eq!(f.hits("أيمن"), set(&["crafted-ayman"]));
    assert_eq!(f.hits("اليمن"), set(&["crafted-yemen"]));
    assert_eq!(f.hits("واليمن"), set(&["crafted-yemen"]));
    assert_eq!(f.hits("تموز"), set(&["crafted-ayman"]));
    assert_eq!(f.hits("موز"), set(&["crafted-yemen"]));
    // Prefixed forms still meet: بالوفد and الوفد (seed 002 has the word too).
    assert!(f
        .hits("وفد")
        .is_superset(&set(&["crafted-ayman", "crafted-yemen"])));
}

#[test]
fn digits_match_across_scripts() {
    let Some(f) = fixture() else { return };
    let both = set(&["000", "crafted-ahmad"]);
    assert_eq!(f.hits("٢٠٢٥"), both);
    assert_eq!(f.hits("2025"), both);
}

#[test]
fn a_stop_word_alone_finds_nothing() {
    let Some(f) = fixture() else { return };
    assert!(f.hits("في").is_empty());
    assert!(f.hits("إلى").is_empty());
}

#[test]
fn snippets_highlight_the_original_spelling() {
    let Some(f) = fixture() else { return };
    let searcher = f.index.reader().expect("reader").searcher();
    let q = QueryParser::for_index(&f.index, vec![f.body])
        .parse_query("احمد")
        .expect("query");
    let generator = SnippetGenerator::create(&searcher, &*q, f.body).expect("snippets");
    let snippet = generator.snippet(CRAFTED[0].1);
    let highlighted: Vec<&str> = snippet
        .highlighted()
        .iter()
        .map(|r| &snippet.fragment()[r.clone()])
        .collect();
    assert_eq!(highlighted, ["أَحْمَدُ"]);
}
