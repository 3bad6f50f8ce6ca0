//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod eval;

/// Every normalizer preset.
pub const PRESETS: [arabic_text::NormalizerOptions; 8] = [
    arabic_text::NormalizerOptions::search(),
    arabic_text::NormalizerOptions::key(),
    arabic_text::NormalizerOptions::quran(),
    arabic_text::NormalizerOptions::canonical(),
    arabic_text::NormalizerOptions::nlp(),
    arabic_text::NormalizerOptions::lucene(),
    arabic_text::NormalizerOptions::camel(),
    arabic_text::NormalizerOptions::none(),
];
pub mod gen;
pub mod oracle;

use std::path::PathBuf;

/// The `../shared` folder beside the repository, where gold data and seed texts live (they are
/// not copied into the repo: some are GPL or share-alike). `None`, with a visible notice, when
/// it is absent; a test failure instead when `REQUIRE_SHARED_DATA=1` (as in `.ci/run`).
pub fn shared(relative: &str) -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("shared")
        .join(relative);
    if path.exists() {
        return Some(path);
    }
    if std::env::var("REQUIRE_SHARED_DATA").as_deref() == Ok("1") {
        panic!("REQUIRE_SHARED_DATA=1 but {} is missing", path.display());
    }
    // libtest captures `eprintln!` of passing tests; this notice must be seen, so it goes to
    // the process's stderr device where there is one.
    let notice = format!(
        "NOTICE: skipping: {} not found (set REQUIRE_SHARED_DATA=1 to fail instead)\n",
        path.display()
    );
    use std::io::Write;
    match std::fs::OpenOptions::new().write(true).open("/dev/stderr") {
        Ok(mut stderr) => {
            let _ = stderr.write_all(notice.as_bytes());
        }
        Err(_) => eprint!("{notice}"),
    }
    None
}

/// Reads a UTF-8 file, failing the test with its path on error.
pub fn read(path: &std::path::Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The seed texts concatenated in file-name order, or `None` when `../shared` is absent.
pub fn seed_corpus() -> Option<String> {
    let dir = shared("seeds")?;
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .collect();
    files.sort();
    Some(files.iter().map(|f| read(f)).collect::<Vec<_>>().join("\n"))
}
