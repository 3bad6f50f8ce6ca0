//! The gold-data metrics of `../shared/data/EVAL.md`, computed in Rust. `gold_eval.py` computes
//! the same numbers from the command line; when the two disagree, one of them has a bug.
//!
//! Shared by the gold tests (which assert the levels reached) and `examples/evaluate.rs`
//! (which prints them next to the peers' baselines).
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Marks `skel` and `rootnorm` delete: U+064B–U+065F, U+0670, U+0640, U+06D6–U+06ED.
fn is_deleted(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}')
}

/// EVAL.md's `rootnorm`: marks deleted; آ أ إ ء ؤ ئ ٱ → ا; ى → ي.
pub fn rootnorm(w: &str) -> String {
    w.chars()
        .filter(|&c| !is_deleted(c))
        .map(|c| match c {
            'آ' | 'أ' | 'إ' | 'ء' | 'ؤ' | 'ئ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            c => c,
        })
        .collect()
}

/// EVAL.md's `skel`: `rootnorm`, and ة → ه.
pub fn skel(w: &str) -> String {
    rootnorm(w)
        .chars()
        .map(|c| if c == 'ة' { 'ه' } else { c })
        .collect()
}

/// A TSV file with a header row, as a list of maps from column name to value (no quoting).
fn tsv(path: &Path) -> Vec<HashMap<String, String>> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines = text.lines();
    let header: Vec<String> = lines
        .next()
        .unwrap_or_default()
        .split('\t')
        .map(String::from)
        .collect();
    lines
        .filter(|l| !l.is_empty())
        .map(|l| {
            header
                .iter()
                .cloned()
                .zip(
                    l.split('\t')
                        .map(String::from)
                        .chain(std::iter::repeat(String::new())),
                )
                .collect()
        })
        .collect()
}

/// One eligible token of the Quranic Arabic Corpus.
pub struct QacToken {
    pub clean: String,
    pub lemma: String,
    pub root: String,
    /// `skel` of the concatenated stem (M) segments, when the token is in the segment set.
    pub stem_segment: Option<String>,
}

/// One sentence of UD Arabic-PUD.
pub struct PudSentence {
    pub text: String,
    pub surface_spans: Vec<(usize, usize)>,
    pub word_spans: Vec<(usize, usize)>,
}

/// All the gold data the metrics use.
pub struct Gold {
    pub qac: Vec<QacToken>,
    /// (word, stem, root) of the Golden Arabic Corpus.
    pub golden: Vec<(String, String, String)>,
    /// (word, acceptable roots, already `rootnorm`ed) of the root-extraction validation sets.
    pub rev: Vec<(String, Vec<String>)>,
    pub pud: Vec<PudSentence>,
    /// UD Arabic-PUD surface tokens with their content word: (form, lemma, UPOS).
    pub pud_content: Vec<(String, String, String)>,
}

/// UPOS classes that are not content words (EVAL.md).
const PUD_FUNCTION_UPOS: &[&str] = &[
    "CCONJ", "ADP", "PRON", "PART", "DET", "SCONJ", "AUX", "PUNCT", "SYM", "NUM",
];

/// EVAL.md's PUD surface tokens with a content word, from the CoNLL-U file: each
/// multiword-token line, or a word line outside any range; its first syntactic word whose UPOS
/// is not a function class and whose lemma is given; tokens with no Arabic letter skipped.
fn pud_content_words(path: &Path) -> Vec<(String, String, String)> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let lines: Vec<&str> = text.split('\n').collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let c: Vec<&str> = lines[i].split('\t').collect();
        if lines[i].is_empty() || lines[i].starts_with('#') || c[0].contains('.') {
            i += 1;
            continue;
        }
        let words: Vec<Vec<&str>> = if let Some((a, b)) = c[0].split_once('-') {
            let (a, b): (usize, usize) = (a.parse().expect("range"), b.parse().expect("range"));
            let w = (0..=b - a)
                .map(|k| lines[i + 1 + k].split('\t').collect())
                .collect();
            i += 1 + (b - a + 1);
            w
        } else {
            i += 1;
            vec![c.clone()]
        };
        let content = words
            .iter()
            .find(|w| !PUD_FUNCTION_UPOS.contains(&w[3]) && w[2] != "_" && !w[2].is_empty());
        let arabic = c[1]
            .chars()
            .any(|ch| ('\u{0621}'..='\u{064A}').contains(&ch));
        if let (Some(w), true) = (content, arabic) {
            out.push((c[1].to_string(), w[2].to_string(), w[3].to_string()));
        }
    }
    out
}

/// Each key's most frequent value, ties to the value seen first (Python's
/// `Counter.most_common(1)`), keys in first-seen order.
fn majority<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Vec<(&'a str, &'a str)> {
    let mut counts: HashMap<&str, Vec<(&str, usize)>> = HashMap::new();
    let mut order: Vec<&str> = Vec::new();
    for (k, v) in pairs {
        let e = counts.entry(k).or_insert_with(|| {
            order.push(k);
            Vec::new()
        });
        match e.iter_mut().find(|(l, _)| *l == v) {
            Some((_, n)) => *n += 1,
            None => e.push((v, 1)),
        }
    }
    order
        .into_iter()
        .map(|k| {
            let vs = &counts[k];
            let best = vs.iter().map(|&(_, n)| n).max().unwrap_or(0);
            let v = vs.iter().find(|&&(_, n)| n == best).map_or("", |&(v, _)| v);
            (k, v)
        })
        .collect()
}

/// Pair precision, recall and F1 of a clustering (`stem`) against gold groups, over the same
/// items.
fn pair_prf<'a>(items: impl IntoIterator<Item = (&'a str, String)>) -> (f64, f64, f64) {
    let c2 = |n: usize| (n * n.saturating_sub(1) / 2) as f64;
    let mut same: HashMap<(&str, String), usize> = HashMap::new();
    let mut by_stem: HashMap<String, usize> = HashMap::new();
    let mut by_gold: HashMap<&str, usize> = HashMap::new();
    for (gold, s) in items {
        *same.entry((gold, s.clone())).or_default() += 1;
        *by_stem.entry(s).or_default() += 1;
        *by_gold.entry(gold).or_default() += 1;
    }
    let same: f64 = same.values().map(|&n| c2(n)).sum();
    let sp: f64 = by_stem.values().map(|&n| c2(n)).sum();
    let dm: f64 = by_gold.values().map(|&n| c2(n)).sum();
    let p = if sp > 0.0 { same / sp } else { 0.0 };
    let r = if dm > 0.0 { same / dm } else { 0.0 };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// EVAL.md's modern-text conflation figures of a stemmer on UD Arabic-PUD.
#[derive(Clone, Copy, Debug)]
pub struct PudConflation {
    pub p: f64,
    pub r: f64,
    pub f1: f64,
    /// Proper-name purity.
    pub names: f64,
}

/// `../shared/data`, when it is there.
pub fn data_dir() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
    p.is_dir().then_some(p)
}

impl Gold {
    /// Reads every gold file from `dir` (`../shared/data`).
    pub fn load(dir: &Path) -> Gold {
        let mut qac = Vec::new();
        for r in tsv(&dir.join("quranic-corpus/qac_words.tsv")) {
            let lemma = &r["lemma_bw"];
            let clean = &r["form_tanzil_clean"];
            if lemma.is_empty() || lemma.contains('|') || clean.contains(' ') {
                continue;
            }
            let stem_segment = (skel(&r["form_uthmani"]) == skel(clean)).then(|| {
                let m: String = r["segments"]
                    .split('+')
                    .filter_map(|p| p.rsplit_once('/'))
                    .filter(|(_, tag)| *tag == "M")
                    .map(|(s, _)| s)
                    .collect();
                skel(&m)
            });
            qac.push(QacToken {
                clean: clean.clone(),
                lemma: lemma.clone(),
                root: r["root_ar"].clone(),
                stem_segment,
            });
        }
        let golden = tsv(&dir.join("golden-corpus-arabic/golden_corpus_arabic.tsv"))
            .into_iter()
            .map(|r| (r["word"].clone(), r["stem"].clone(), r["root"].clone()))
            .collect();
        let mut rev = Vec::new();
        let rev_dir = dir.join("root-extraction-validation");
        let mut names: Vec<PathBuf> = std::fs::read_dir(&rev_dir)
            .unwrap_or_else(|e| panic!("{}: {e}", rev_dir.display()))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
            .collect();
        names.sort();
        for name in names {
            for r in tsv(&name) {
                let root = &r["root"];
                if !root.is_empty() && root != "#" {
                    rev.push((r["word"].clone(), root.split('\\').map(rootnorm).collect()));
                }
            }
        }
        let pud_path = dir.join("ud-arabic-pud/pud_tokenization_gold.json");
        let pud_text = std::fs::read_to_string(&pud_path)
            .unwrap_or_else(|e| panic!("{}: {e}", pud_path.display()));
        let json: serde_json::Value = serde_json::from_str(&pud_text).expect("PUD json");
        let spans = |v: &serde_json::Value| -> Vec<(usize, usize)> {
            v.as_array()
                .map(|a| {
                    a.iter()
                        .map(|p| {
                            (
                                p[0].as_u64().unwrap_or(0) as usize,
                                p[1].as_u64().unwrap_or(0) as usize,
                            )
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        let pud = json
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|s| PudSentence {
                        text: s["text"].as_str().unwrap_or_default().to_string(),
                        surface_spans: spans(&s["surface_spans"]),
                        word_spans: spans(&s["word_spans"]),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let pud_content = pud_content_words(&dir.join("ud-arabic-pud/ar_pud-ud-test.conllu"));
        Gold {
            qac,
            golden,
            rev,
            pud,
            pud_content,
        }
    }

    /// QAC lemma-conflation pair F1 of a stemmer, over word types.
    pub fn qac_lemma_pair_f1(&self, stem: impl Fn(&str) -> String) -> f64 {
        self.qac_lemma_pair_prf(stem).2
    }

    /// QAC lemma-conflation pair precision, recall and F1.
    pub fn qac_lemma_pair_prf(&self, stem: impl Fn(&str) -> String) -> (f64, f64, f64) {
        // Each type's gold lemma: its most frequent, ties to the first seen.
        let gold = majority(
            self.qac
                .iter()
                .map(|t| (t.clean.as_str(), t.lemma.as_str())),
        );
        pair_prf(gold.into_iter().map(|(w, l)| (l, skel(&stem(w)))))
    }

    /// PUD lemma-pair precision, recall and F1 over word types (gold: each type's most
    /// frequent content lemma), and proper-name purity: the share of PROPN types (by their
    /// most frequent UPOS) whose stem group holds no type of another lemma.
    pub fn pud_conflation(&self, stem: impl Fn(&str) -> String) -> PudConflation {
        let c = &self.pud_content;
        let gold = majority(c.iter().map(|(f, l, _)| (f.as_str(), l.as_str())));
        let upos: HashMap<&str, &str> =
            majority(c.iter().map(|(f, _, u)| (f.as_str(), u.as_str())))
                .into_iter()
                .collect();
        let stems: Vec<(&str, &str, String)> =
            gold.iter().map(|&(w, l)| (w, l, skel(&stem(w)))).collect();
        let (p, r, f1) = pair_prf(stems.iter().map(|(_, l, s)| (*l, s.clone())));
        let mut lemmas: HashMap<&str, std::collections::HashSet<&str>> = HashMap::new();
        for (_, l, s) in &stems {
            lemmas.entry(s).or_default().insert(l);
        }
        let propn: Vec<_> = stems
            .iter()
            .filter(|(w, _, _)| upos[w] == "PROPN")
            .collect();
        let pure = propn
            .iter()
            .filter(|(_, _, s)| lemmas[s.as_str()].len() == 1)
            .count();
        PudConflation {
            p,
            r,
            f1,
            names: pure as f64 / propn.len() as f64,
        }
    }

    /// Golden Arabic Corpus stem exact.
    pub fn golden_stem_exact(&self, stem: impl Fn(&str) -> String) -> f64 {
        let ok = self
            .golden
            .iter()
            .filter(|(w, s, _)| skel(&stem(w)) == skel(s))
            .count();
        ok as f64 / self.golden.len() as f64
    }

    /// QAC stem-segment exact: the stem part of a segmenter, on the segment set.
    pub fn qac_stem_segment_exact(&self, stem_part: impl Fn(&str) -> String) -> f64 {
        let set: Vec<_> = self
            .qac
            .iter()
            .filter_map(|t| t.stem_segment.as_ref().map(|g| (&t.clean, g)))
            .collect();
        let ok = set
            .iter()
            .filter(|(w, g)| skel(&stem_part(w)) == **g)
            .count();
        ok as f64 / set.len() as f64
    }

    /// QAC root accuracy, Golden root exact and validation-set root accuracy.
    pub fn root_scores(&self, root: impl Fn(&str) -> String) -> (f64, f64, f64) {
        let rooted: Vec<_> = self.qac.iter().filter(|t| !t.root.is_empty()).collect();
        let q = rooted
            .iter()
            .filter(|t| rootnorm(&root(&t.clean)) == rootnorm(&t.root))
            .count() as f64
            / rooted.len() as f64;
        let g = self
            .golden
            .iter()
            .filter(|(w, _, r)| rootnorm(&root(w)) == rootnorm(r))
            .count() as f64
            / self.golden.len() as f64;
        let v = self
            .rev
            .iter()
            .filter(|(w, roots)| roots.contains(&rootnorm(&root(w))))
            .count() as f64
            / self.rev.len() as f64;
        (q, g, v)
    }

    /// PUD span F1 (micro) of code-point spans against the surface tokens (`words == false`)
    /// or the syntactic words (`words == true`).
    pub fn pud_f1(&self, words: bool, spans_of: impl Fn(&str) -> Vec<(usize, usize)>) -> f64 {
        let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
        for s in &self.pud {
            let gold: std::collections::HashSet<(usize, usize)> = if words {
                s.word_spans.iter().copied().collect()
            } else {
                s.surface_spans.iter().copied().collect()
            };
            let ours: std::collections::HashSet<(usize, usize)> =
                spans_of(&s.text).into_iter().collect();
            tp += ours.intersection(&gold).count();
            fp += ours.difference(&gold).count();
            fn_ += gold.difference(&ours).count();
        }
        let p = tp as f64 / (tp + fp).max(1) as f64;
        let r = tp as f64 / (tp + fn_).max(1) as f64;
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }
}

/// UD syntactic words of `text` as code-point spans (PUD's unit): each word token split by
/// `segment`'s UD convention, every other token whole.
pub fn ud_word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    for t in arabic_text::tokenize(text) {
        if t.kind == arabic_text::TokenKind::Word {
            let s = arabic_text::segment(t.text);
            spans.extend(
                s.ud_words()
                    .map(|w| (t.span.start + w.start, t.span.start + w.end)),
            );
        } else {
            spans.push((t.span.start, t.span.end));
        }
    }
    code_point_spans(text, spans)
}

/// Token spans of `text` as code-point spans.
pub fn token_spans(text: &str) -> Vec<(usize, usize)> {
    code_point_spans(
        text,
        arabic_text::tokenize(text).map(|t| (t.span.start, t.span.end)),
    )
}

/// Converts byte spans of `text` to code-point spans.
pub fn code_point_spans(
    text: &str,
    spans: impl IntoIterator<Item = (usize, usize)>,
) -> Vec<(usize, usize)> {
    let mut index = vec![0usize; text.len() + 1];
    let mut n = 0;
    for (i, c) in text.char_indices() {
        for slot in index.iter_mut().skip(i).take(c.len_utf8()) {
            *slot = n;
        }
        n += 1;
    }
    index[text.len()] = n;
    spans
        .into_iter()
        .map(|(a, b)| (index[a], index[b]))
        .collect()
}
