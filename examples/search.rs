//! Indexes the seed articles (or the files given) with tantivy and the Arabic tokenizer, runs a
//! query and prints the matching files with highlighted snippets (matches in [brackets]).
//!
//! ```text
//! cargo run --release --features tantivy -p arabic-text --example search -- "كوريا الشمالية"
//! cargo run --release --features tantivy -p arabic-text --example search -- احمد my-texts/*.txt
//! ```

use std::process::ExitCode;
use tantivy::collector::TopDocs;
use tantivy::query::QueryParser;
use tantivy::schema::{
    IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED, STRING,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::{doc, Index, IndexWriter, TantivyDocument};

fn run() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let query = args
        .next()
        .ok_or("usage: search QUERY [FILE]... (default: ../shared/seeds/*)")?;
    let mut files: Vec<std::path::PathBuf> = args.map(Into::into).collect();
    if files.is_empty() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
        files = std::fs::read_dir(&dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        files.sort();
    }
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
    let path = schema.add_text_field("path", STRING | STORED);
    let index = Index::create_in_ram(schema.build());
    arabic_text::register_tantivy_tokenizer!(index);
    let e = |e: tantivy::TantivyError| e.to_string();
    let mut writer: IndexWriter = index.writer(15_000_000).map_err(e)?;
    for f in &files {
        let text = std::fs::read_to_string(f).map_err(|err| format!("{}: {err}", f.display()))?;
        writer
            .add_document(doc!(path => f.display().to_string(), body => text))
            .map_err(e)?;
    }
    writer.commit().map_err(e)?;
    let searcher = index.reader().map_err(e)?.searcher();
    let q = QueryParser::for_index(&index, vec![body])
        .parse_query(&query)
        .map_err(|err| format!("query {query:?}: {err}"))?;
    let hits = searcher
        .search(&q, &TopDocs::with_limit(20).order_by_score())
        .map_err(e)?;
    let mut snippets = SnippetGenerator::create(&searcher, &*q, body).map_err(e)?;
    snippets.set_max_num_chars(160);
    println!(
        "{} of {} documents match {query:?}",
        hits.len(),
        files.len()
    );
    for (score, addr) in hits {
        let d: TantivyDocument = searcher.doc(addr).map_err(e)?;
        let name = d.get_first(path).and_then(|v| v.as_str()).unwrap_or("?");
        let mut snippet = snippets.snippet_from_doc(&d);
        snippet.set_snippet_prefix_postfix("[", "]");
        println!(
            "\n{name} (score {score:.2})\n  {}",
            snippet.to_html().replace('\n', " ")
        );
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("search: {e}");
            ExitCode::FAILURE
        }
    }
}
