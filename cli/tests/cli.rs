//! The command-line tool, run as a process: every subcommand, every error path, parallel
//! output order, JSON Lines, and parity with the library.

use arabic_text::{Normalizer, NormalizerOptions};
use assert_cmd::Command;
use predicates::prelude::*;
use std::path::PathBuf;

fn bin() -> Command {
    Command::cargo_bin("arabic-text").expect("binary")
}

/// The seed articles, when `../shared` is beside the repository.
fn seeds() -> Option<Vec<PathBuf>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds");
    if !dir.is_dir() {
        if std::env::var("REQUIRE_SHARED_DATA").as_deref() == Ok("1") {
            panic!("REQUIRE_SHARED_DATA=1 but {} is missing", dir.display());
        }
        eprintln!("NOTICE: skipping: {} not found", dir.display());
        return None;
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("seeds")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    Some(files)
}

fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.assert().success().get_output().stdout.clone();
    String::from_utf8(out).expect("utf-8 output")
}

#[test]
fn normalize_equals_the_library_for_every_preset() {
    let Some(files) = seeds() else { return };
    let text: String = files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect();
    for (name, o) in [
        ("search", NormalizerOptions::search()),
        ("quran", NormalizerOptions::quran()),
        ("canonical", NormalizerOptions::canonical()),
        ("nlp", NormalizerOptions::nlp()),
        ("lucene", NormalizerOptions::lucene()),
        ("camel", NormalizerOptions::camel()),
        ("none", NormalizerOptions::none()),
    ] {
        let got = stdout_of(bin().args(["normalize", "--preset", name]).args(&files));
        assert_eq!(got, Normalizer::new(o).normalize(&text), "{name}");
    }
    // key: each line is one key, its line break kept.
    let n = Normalizer::new(NormalizerOptions::key());
    let mut expected = String::new();
    n.normalize_lines_to(&text, &mut expected);
    let got = stdout_of(bin().args(["normalize", "--preset", "key"]).args(&files));
    assert_eq!(got, expected);
    assert_eq!(got.lines().count(), text.lines().count());
}

#[test]
fn key_preset_makes_one_key_per_line() {
    // Worked out from RULES.md: search folds, lowercase (N16), whitespace runs to one space
    // (N17), trimmed (N18); the line breaks stay, a blank line stays an empty key.
    bin()
        .args(["normalize", "--preset", "key"])
        .write_stdin("  أَحْمَد\tALI \n\n مدرسة  القاهرة\r\n")
        .assert()
        .success()
        .stdout("احمد ali\n\nمدرسه القاهره\n");
}

#[test]
fn rules_switch_on_and_off() {
    bin()
        .args(["normalize", "--disable", "N7"])
        .write_stdin("مدرسة أَحْمَد")
        .assert()
        .success()
        .stdout("مدرسة احمد");
    bin()
        .args(["normalize", "--preset", "none", "--enable", "N1"])
        .write_stdin("أَحْمَد")
        .assert()
        .success()
        .stdout("أحمد");
}

#[test]
fn tokenize_prints_byte_offsets_from_the_start_of_the_input() {
    // Two lines: offsets keep counting across the line break (أحمد is 8 bytes, "\n" 1).
    let out = stdout_of(bin().arg("tokenize").write_stdin("أحمد\nقال، 3.5%"));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "0\t8\tword\tأحمد");
    assert_eq!(lines[1], "9\t15\tword\tقال");
    assert_eq!(lines[2], "15\t17\tpunctuation\t،");
    assert_eq!(lines[3], "18\t22\tnumber\t3.5%");
    let jsonl = stdout_of(
        bin()
            .args(["tokenize", "--format", "jsonl"])
            .write_stdin("أحمد"),
    );
    let v: serde_json::Value = serde_json::from_str(jsonl.trim()).expect("json");
    assert_eq!(v["start"], 0);
    assert_eq!(v["end"], 8);
    assert_eq!(v["kind"], "word");
    let split = stdout_of(
        bin()
            .args(["tokenize", "--split-clitics"])
            .write_stdin("وللسلطة"),
    );
    let words: Vec<&str> = split
        .lines()
        .map(|l| l.rsplit('\t').next().unwrap())
        .collect();
    assert_eq!(words, ["و", "ل", "لسلطة"]);
}

#[test]
fn other_subcommands() {
    // Two sentences; offsets are bytes (the first ends after ؟, the second starts after the
    // space and runs to the end).
    let text = "ما اسمك؟ اسمي أحمد.";
    let first_end = text.find('؟').unwrap() + '؟'.len_utf8();
    let expected = format!(
        "0\t{first_end}\tما اسمك؟\n{}\t{}\tاسمي أحمد.\n",
        first_end + 1,
        text.len()
    );
    bin()
        .arg("sentences")
        .write_stdin(text)
        .assert()
        .success()
        .stdout(expected);
    bin()
        .arg("segment")
        .write_stdin("وبالكتابين قالوا\n")
        .assert()
        .success()
        .stdout("و+ب+ال+كتابين قال+وا\n");
    // The default (modern) stemmer splits و ال ات and the subject suffix ون but takes no
    // verb prefix; the classical one takes the imperfect ي too.
    bin()
        .arg("stem")
        .write_stdin("والكتابات يعلمون\n")
        .assert()
        .success()
        .stdout("كتاب يعلم\n");
    bin()
        .args(["stem", "--stemmer", "classical"])
        .write_stdin("والكتابات يعلمون\n")
        .assert()
        .success()
        .stdout("كتاب علم\n");
    bin()
        .args(["stem", "--stemmer", "light10"])
        .write_stdin("والحسن\n")
        .assert()
        .success()
        .stdout("حسن\n");
    bin()
        .arg("root")
        .write_stdin("استخراج في\n")
        .assert()
        .success()
        .stdout("خرج\n");
    bin()
        .arg("analyze")
        .write_stdin("ذهب إلى المدرسة\n")
        .assert()
        .success()
        .stdout("ذهب مدرس\n");
}

#[test]
fn every_subcommand_runs_on_the_seeds() {
    let Some(files) = seeds() else { return };
    for sub in [
        "normalize",
        "tokenize",
        "sentences",
        "segment",
        "stem",
        "root",
        "analyze",
    ] {
        let out = stdout_of(bin().arg(sub).args(&files));
        assert!(
            out.lines().count() > 50,
            "{sub}: {} lines",
            out.lines().count()
        );
    }
}

#[test]
fn jsonl_keeps_every_other_field() {
    let input = "{\"id\": 7, \"text\": \"أَحْمَد\", \"meta\": {\"src\": \"x\",  \"n\": [1, 2.50]}}\n\
                 {\"text\": 5}\n\n";
    let out = stdout_of(
        bin()
            .args(["normalize", "--jsonl-field", "text"])
            .write_stdin(input),
    );
    let lines: Vec<&str> = out.split('\n').collect();
    // Values other than the field are byte-for-byte (2.50, the two spaces inside meta).
    assert_eq!(
        lines[0],
        "{\"id\":7,\"text\":\"احمد\",\"meta\":{\"src\": \"x\",  \"n\": [1, 2.50]}}"
    );
    // A field that is not a string is left alone; blank lines pass through.
    assert_eq!(lines[1], "{\"text\":5}");
    assert_eq!(lines[2], "");
    bin()
        .args(["normalize", "--jsonl-field", "text"])
        .write_stdin("{\"text\": \"a\"}\nnot json\n")
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "stdin: line 2 is not a JSON object",
        ));
}

/// A folder is read recursively, in sorted name order (a/1.txt, a/2.txt, b.txt), by every
/// subcommand; output keeps that order, and byte offsets count from the start of each file
/// (as they do for files named one by one).
#[test]
fn folders_are_read_recursively_in_name_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(dir.path().join("a")).unwrap();
    std::fs::write(dir.path().join("b.txt"), "بيت\n").unwrap();
    std::fs::write(dir.path().join("a/2.txt"), "أحمد\n").unwrap();
    std::fs::write(dir.path().join("a/1.txt"), "إلى\n").unwrap();
    bin()
        .arg("normalize")
        .arg(dir.path())
        .assert()
        .success()
        .stdout("الي\nاحمد\nبيت\n");
    // Each word is the whole of its file: إلى is 6 bytes, أحمد 8, بيت 6.
    bin()
        .args(["tokenize"])
        .arg(dir.path())
        .assert()
        .success()
        .stdout("0\t6\tword\tإلى\n0\t8\tword\tأحمد\n0\t6\tword\tبيت\n");
    for sub in ["sentences", "segment", "stem", "root", "analyze"] {
        bin().arg(sub).arg(dir.path()).assert().success();
    }
    // An empty folder is no input: no output, success.
    let empty = tempfile::tempdir().expect("tempdir");
    bin()
        .arg("normalize")
        .arg(empty.path())
        .assert()
        .success()
        .stdout("");
}

/// `explain`: the changes of the search preset on أَحْمَدُ (bytes: أ 0..2, fatha 2..4, sukun
/// 6..8, fatha 10..12, damma 14..16): أ folds by N5, the four marks go by N1; a composed hamza
/// that is then folded is one change with N0 and N5.
#[test]
fn explain_says_which_rule_changed_what() {
    bin()
        .args(["explain", "--format", "jsonl", "أَحْمَدُ"])
        .assert()
        .success()
        .stdout(concat!(
            "{\"start\":0,\"end\":2,\"from\":\"أ\",\"to\":\"ا\",\"rules\":[\"N5\"]}\n",
            "{\"start\":2,\"end\":4,\"from\":\"\u{064E}\",\"to\":\"\",\"rules\":[\"N1\"]}\n",
            "{\"start\":6,\"end\":8,\"from\":\"\u{0652}\",\"to\":\"\",\"rules\":[\"N1\"]}\n",
            "{\"start\":10,\"end\":12,\"from\":\"\u{064E}\",\"to\":\"\",\"rules\":[\"N1\"]}\n",
            "{\"start\":14,\"end\":16,\"from\":\"\u{064F}\",\"to\":\"\",\"rules\":[\"N1\"]}\n",
        ));
    // From stdin; ا + U+0654 (bytes 2..6) composes and folds.
    bin()
        .args(["explain", "--format", "jsonl"])
        .write_stdin("سا\u{0654}ل")
        .assert()
        .success()
        .stdout("{\"start\":2,\"end\":6,\"from\":\"ا\u{0654}\",\"to\":\"ا\",\"rules\":[\"N0\",\"N5\"]}\n");
    // The table names the characters; --disable N5 keeps the hamza.
    bin()
        .args(["explain", "--disable", "N5", "أحمد"])
        .assert()
        .success()
        .stdout(predicate::str::contains("no change"));
    bin()
        .args(["explain", "مدرسة"])
        .assert()
        .success()
        .stdout(predicate::str::contains("U+0629 ARABIC LETTER TEH MARBUTA"))
        .stdout(predicate::str::contains("N7"));
    bin()
        .args(["explain"])
        .write_stdin(&b"ok\n\xff"[..])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "stdin: invalid UTF-8 at line 2, byte 3",
        ));
}

#[test]
fn errors_name_the_file_line_and_byte() {
    bin()
        .args(["normalize", "/no/such/file.txt"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("/no/such/file.txt"));
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, b"first line\nsecond \xff line\n").unwrap();
    bin()
        .arg("normalize")
        .arg(&bad)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "bad.txt: invalid UTF-8 at line 2, byte 18",
        ));
    bin()
        .args(["normalize", "--lossy"])
        .arg(&bad)
        .assert()
        .success()
        .stdout("first line\nsecond \u{FFFD} line\n");
    bin().args(["normalize", "--bogus"]).assert().code(2);
    bin()
        .args(["normalize", "--enable", "N20"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown rule"));
    bin().arg("frobnicate").assert().code(2);
}

#[test]
fn output_file_is_replaced_only_on_success() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out.txt");
    std::fs::write(&out, "old").unwrap();
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, b"ok\n\xff\n").unwrap();
    bin()
        .args(["normalize", "-o"])
        .arg(&out)
        .arg(&bad)
        .assert()
        .code(1);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "old");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        2,
        "no temporary file left"
    );
    bin()
        .args(["normalize", "-o"])
        .arg(&out)
        .write_stdin("أَحْمَد")
        .assert()
        .success()
        .stdout("");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "احمد");
}

#[test]
fn closed_stdout_exits_quietly() {
    // A reader that stops after the first line: the tool must exit 0 with nothing on stderr.
    let big = "أحمد قال\n".repeat(200_000);
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("arabic-text"))
        .arg("tokenize")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        use std::io::Write;
        let _ = stdin.write_all(big.as_bytes());
    });
    drop(child.stdout.take()); // close our end of stdout at once
    let out = child.wait_with_output().expect("wait");
    let _ = writer.join();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn jobs_1_and_4_give_identical_output_on_50_mb() {
    let Some(files) = seeds() else { return };
    let text: String = files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect();
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("big.txt");
    let mut big = String::with_capacity(52_000_000);
    while big.len() < 50_000_000 {
        big.push_str(&text);
    }
    std::fs::write(&input, &big).unwrap();
    for sub in ["normalize", "tokenize"] {
        let one = dir.path().join(format!("{sub}-1"));
        let four = dir.path().join(format!("{sub}-4"));
        bin()
            .args([sub, "--jobs", "1", "-o"])
            .arg(&one)
            .arg(&input)
            .assert()
            .success();
        bin()
            .args([sub, "--jobs", "4", "-o"])
            .arg(&four)
            .arg(&input)
            .assert()
            .success();
        let (a, b) = (std::fs::read(&one).unwrap(), std::fs::read(&four).unwrap());
        assert!(a == b, "{sub}: --jobs 1 and --jobs 4 differ");
        if sub == "normalize" {
            assert_eq!(a, Normalizer::default().normalize(&big).as_bytes());
        }
    }
}

/// A line longer than the 16 MiB limit, with no space to cut at, whose 16 MiB boundary falls
/// inside a two-byte letter (the leading "a" makes every letter start at an odd offset): it is
/// cut between characters and comes out whole. The first chunker cut at the byte limit and
/// reported valid text as invalid UTF-8 here.
#[test]
fn a_line_over_the_limit_is_cut_between_characters() {
    let mut line = String::from("a");
    line.push_str(&"ب".repeat(9 << 20));
    line.push('\n');
    let out = bin()
        .args(["normalize", "--preset", "none", "--jobs", "2"])
        .write_stdin(line.clone())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(out == line.as_bytes(), "output differs from the input");
}
