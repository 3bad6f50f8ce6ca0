//! `Analyzer::lucene()` against the real Lucene: `peers/lucene/LuceneTerms.java` prints
//! ArabicAnalyzer's terms, UTF-16 offsets and position increments for each line, and every
//! line must match ours exactly. Corpora: the seed articles, the 1,000 UD Arabic-PUD
//! sentences, the Tanzil Uthmani verses, Snowball's Arabic vocabulary and a crafted set
//! (`tests/data/lucene_crafted.txt`: URLs, e-mails, words joined by a period, digits with
//! ٫ ٬ . , % ٪, emoji, Latin and mixed scripts, tatweel runs, tokens over 255 characters,
//! presentation forms, RLM/LRM/ZWNJ/ZWJ inside words, hashtags and mentions).
//!
//! Lucene comes from Debian's `liblucene8-java` (Lucene 8.8.1; `LUCENE_JARS` may name other
//! jars, `:`-separated) and runs on the machine's JDK. Without them the test prints a NOTICE
//! and passes, unless `REQUIRE_LUCENE=1` (set by `.ci/run`).

mod common;

use arabic_text::Analyzer;
use std::path::{Path, PathBuf};
use std::process::Command;

fn lucene_classpath() -> Option<String> {
    if let Ok(jars) = std::env::var("LUCENE_JARS") {
        return Some(jars);
    }
    let dir = Path::new("/usr/share/java");
    let find = |prefix: &str| -> Option<PathBuf> {
        let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
            .ok()?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(prefix) && n.ends_with(".jar"))
            })
            .collect();
        found.sort();
        found.pop()
    };
    let core = find("lucene-core-8")?;
    let analyzers = find("lucene-analyzers-common-8")?;
    Some(format!("{}:{}", core.display(), analyzers.display()))
}

/// The compiled harness and the classpath to run it with, or None (with a NOTICE) when Java
/// or Lucene is missing.
fn harness() -> Option<String> {
    let required = std::env::var("REQUIRE_LUCENE").is_ok_and(|v| v == "1");
    let missing = |what: &str| {
        assert!(
            !required,
            "{what} is missing and REQUIRE_LUCENE=1 (apt-get install default-jdk-headless liblucene8-java)"
        );
        println!("NOTICE: skipping the Lucene parity test: {what} is missing");
        None
    };
    let Some(cp) = lucene_classpath() else {
        return missing("Lucene 8 (liblucene8-java)");
    };
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("lucene-harness");
    std::fs::create_dir_all(&out).expect("harness dir");
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("peers/lucene/LuceneTerms.java");
    if !source.exists() {
        // The published crate has no peers/ folder.
        return missing("peers/lucene/LuceneTerms.java (a repository checkout)");
    }
    let javac = Command::new("javac")
        .args(["-cp", &cp, "-d"])
        .arg(&out)
        .arg(&source)
        .output();
    match javac {
        Err(_) => missing("javac (a JDK)"),
        Ok(o) if !o.status.success() => {
            panic!("javac failed: {}", String::from_utf8_lossy(&o.stderr))
        }
        Ok(_) => Some(format!("{}:{cp}", out.display())),
    }
}

/// One term as both sides print it: start and end in UTF-16 units, position increment, text.
type Term = (usize, usize, usize, String);

fn lucene_terms(cp: &str, name: &str, lines: &[String]) -> Vec<Vec<Term>> {
    let file = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("lucene-{name}.txt"));
    std::fs::write(&file, lines.join("\n")).expect("write corpus");
    let out = Command::new("java")
        .args(["-cp", cp, "LuceneTerms"])
        .arg(&file)
        .output()
        .expect("java runs");
    assert!(
        out.status.success(),
        "java failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("UTF-8 from Java");
    let rows: Vec<Vec<Term>> = text
        .split('\n')
        .take(lines.len())
        .map(|row| {
            if row.is_empty() {
                return Vec::new();
            }
            row.split('\t')
                .map(|t| {
                    let mut f = t.splitn(4, ',');
                    let mut num = || f.next().and_then(|x| x.parse().ok()).expect("number");
                    let (a, b, inc) = (num(), num(), num());
                    (a, b, inc, f.next().unwrap_or_default().to_string())
                })
                .collect()
        })
        .collect();
    assert_eq!(
        rows.len(),
        lines.len(),
        "{name}: one output line per input line"
    );
    rows
}

fn our_terms(analyzer: &Analyzer, line: &str) -> Vec<Term> {
    // Byte offset -> UTF-16 offset.
    let mut utf16 = vec![0usize; line.len() + 1];
    let mut u = 0;
    for (i, c) in line.char_indices() {
        for slot in utf16.iter_mut().skip(i).take(c.len_utf8()) {
            *slot = u;
        }
        u += c.len_utf16();
    }
    if let Some(last) = utf16.last_mut() {
        *last = u;
    }
    let mut previous: isize = -1;
    analyzer
        .analyze(line)
        .map(|t| {
            let inc = (t.position as isize - previous) as usize;
            previous = t.position as isize;
            (
                utf16[t.span.start],
                utf16[t.span.end],
                inc,
                t.text.into_owned(),
            )
        })
        .collect()
}

fn corpora() -> Vec<(&'static str, Vec<String>)> {
    let mut out = Vec::new();
    let crafted = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/lucene_crafted.txt");
    out.push((
        "crafted",
        common::read(&crafted).lines().map(String::from).collect(),
    ));
    if let Some(dir) = common::shared("seeds") {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("seeds")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        files.sort();
        let lines = files
            .iter()
            .flat_map(|f| {
                common::read(f)
                    .lines()
                    .map(String::from)
                    .collect::<Vec<_>>()
            })
            .collect();
        out.push(("seeds", lines));
    }
    if let Some(path) = common::shared("data/ud-arabic-pud/pud_tokenization_gold.json") {
        let gold: serde_json::Value = serde_json::from_str(&common::read(&path)).expect("json");
        let lines = gold
            .as_array()
            .expect("array")
            .iter()
            .map(|s| s["text"].as_str().expect("text").replace('\n', " "))
            .collect();
        out.push(("pud", lines));
    }
    if let Some(path) = common::shared("data/quran-tanzil/quran-uthmani.txt") {
        let lines = common::read(&path)
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| l.splitn(3, '|').nth(2).unwrap_or_default().to_string())
            .collect();
        out.push(("tanzil-uthmani", lines));
    }
    if let Some(path) = common::shared("data/snowball-arabic/voc.txt") {
        out.push((
            "snowball-vocabulary",
            common::read(&path).lines().map(String::from).collect(),
        ));
    }
    out
}

#[test]
fn lucene_arabic_analyzer_parity() {
    let Some(cp) = harness() else {
        return;
    };
    let analyzer = Analyzer::lucene();
    let mut total_lines = 0;
    let mut total_terms = 0;
    let mut differing = Vec::new();
    for (name, lines) in corpora() {
        let theirs = lucene_terms(&cp, name, &lines);
        let mut diff = 0;
        for (i, (line, expected)) in lines.iter().zip(&theirs).enumerate() {
            let ours = our_terms(&analyzer, line);
            total_terms += expected.len();
            if &ours != expected {
                diff += 1;
                if differing.len() < 20 {
                    differing.push(format!(
                        "{name}:{}: {line:?}\n  lucene: {expected:?}\n  ours:   {ours:?}",
                        i + 1
                    ));
                }
            }
        }
        println!(
            "Lucene parity, {name}: {} of {} lines identical",
            lines.len() - diff,
            lines.len()
        );
        total_lines += lines.len();
    }
    println!("Lucene parity: {total_lines} lines, {total_terms} terms");
    assert!(
        differing.is_empty(),
        "lines differing from Lucene:\n{}",
        differing.join("\n")
    );
}
