//! Tokenization against outside gold data: UD Arabic-PUD's surface tokens (EVAL.md's metric)
//! and spaCy's Arabic tokenizer exceptions and tests.

mod common;

use arabic_text::{tokenize, Token, TokenKind};
use std::collections::HashSet;

/// EVAL.md: micro precision/recall/F1 of the system's non-whitespace token spans against
/// `surface_spans`, over all 1,000 sentences. Floor 0.995 (issue 3); the best simple baseline
/// (whitespace, then peel punctuation off both ends) scores 0.993, spaCy 0.979.
#[test]
fn ud_arabic_pud_surface_token_f1() {
    let Some(path) = common::shared("data/ud-arabic-pud/pud_tokenization_gold.json") else {
        return;
    };
    let gold: serde_json::Value = serde_json::from_str(&common::read(&path)).expect("json");
    let sentences = gold.as_array().expect("array");
    assert_eq!(sentences.len(), 1000);
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut misses = Vec::new();
    for s in sentences {
        let text = s["text"].as_str().expect("text");
        let g: HashSet<(usize, usize)> = s["surface_spans"]
            .as_array()
            .expect("spans")
            .iter()
            .map(|p| {
                (
                    p[0].as_u64().unwrap() as usize,
                    p[1].as_u64().unwrap() as usize,
                )
            })
            .collect();
        let p: HashSet<(usize, usize)> = common::eval::token_spans(text).into_iter().collect();
        tp += p.intersection(&g).count();
        fp += p.difference(&g).count();
        fn_ += g.difference(&p).count();
        for &(a, b) in g.difference(&p) {
            let w: String = text.chars().skip(a).take(b - a).collect();
            misses.push(w);
        }
    }
    let precision = tp as f64 / (tp + fp) as f64;
    let recall = tp as f64 / (tp + fn_) as f64;
    let f1 = 2.0 * precision * recall / (precision + recall);
    println!(
        "UD Arabic-PUD surface tokens: P {precision:.4} R {recall:.4} F1 {f1:.4} \
         (tp {tp}, fp {fp}, fn {fn_}); missed gold tokens: {misses:?}"
    );
    assert!(f1 >= 0.995, "PUD surface-token F1 {f1:.4} < 0.995");
}

/// Splits an abbreviation the documented way: at each `.` (kept as its own token) and space.
fn documented_split(orth: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in orth.chars() {
        if c == '.' || c == ' ' {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            if c == '.' {
                out.push(".".into());
            }
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Every spaCy exception is one token, or split the documented way (abbreviations with periods
/// are split at them, as UD Arabic does: `ق.م` → `ق . م`).
#[test]
fn spacy_exceptions_are_one_token_or_the_documented_split() {
    let Some(path) = common::shared("data/spacy-ar/spacy_ar_tokenizer_exceptions.tsv") else {
        return;
    };
    let text = common::read(&path);
    let mut whole = 0;
    let mut split = 0;
    for line in text.lines().skip(1) {
        let orth = line.split('\t').next().expect("orth");
        let tokens: Vec<Token> = tokenize(orth).collect();
        if tokens.len() == 1 {
            assert_eq!(tokens[0].text, orth);
            assert_eq!(tokens[0].kind, TokenKind::Word, "{orth}");
            whole += 1;
        } else {
            let got: Vec<&str> = tokens.iter().map(|t| t.text).collect();
            assert_eq!(got, documented_split(orth), "{orth}");
            split += 1;
        }
    }
    println!("spaCy exceptions: {whole} one token, {split} split at their periods");
    assert_eq!(whole + split, 23);
}

/// spaCy's Arabic tokenizer tests: the same tokens as spaCy's expected output, apart from
/// spaCy's whitespace tokens and the documented abbreviation split.
#[test]
fn spacy_tokenizer_tests() {
    let Some(path) = common::shared("data/spacy-ar/spacy_ar_tokenizer_tests.json") else {
        return;
    };
    let cases: serde_json::Value = serde_json::from_str(&common::read(&path)).expect("json");
    for case in cases.as_array().expect("array") {
        let text = case["text"].as_str().expect("text");
        let expected: Vec<String> = case["spacy_3_8_18_tokens"]
            .as_array()
            .expect("tokens")
            .iter()
            .map(|t| t.as_str().expect("str").to_string())
            .filter(|t| !t.trim().is_empty())
            .flat_map(|t| documented_split(&t))
            .collect();
        let got: Vec<&str> = tokenize(text).map(|t| t.text).collect();
        assert_eq!(got, expected, "{}", case["source"]);
        // spaCy's own count, with its whitespace tokens taken out.
        let spaces = case["spacy_3_8_18_tokens"]
            .as_array()
            .expect("tokens")
            .iter()
            .filter(|t| t.as_str().expect("str").trim().is_empty())
            .count();
        let n = case["expected_token_count"].as_u64().expect("count") as usize;
        let abbreviation_pieces = got.len() + spaces - n;
        assert!(
            abbreviation_pieces == 0 || text.contains('.'),
            "{}: {} tokens, spaCy expects {n}",
            case["source"],
            got.len() + spaces
        );
    }
}
