//! Stemming against outside gold data.

mod common;

/// Lucene's `TestArabicStemFilter` pairs, through `Light10` directly (the tests apply the stem
/// filter without normalizing first): all 22.
#[test]
fn lucene_stem_pairs() {
    let Some(path) = common::shared("data/lucene-arabic/lucene_stem_pairs.tsv") else {
        return;
    };
    let text = common::read(&path);
    let mut n = 0;
    for line in text.lines().skip(1) {
        let mut f = line.split('\t');
        let (test, input, expected) = (
            f.next().unwrap(),
            f.next().unwrap_or(""),
            f.next().unwrap_or(""),
        );
        assert_eq!(arabic_text::stem::Light10.stem(input), expected, "{test}");
        n += 1;
    }
    assert_eq!(n, 22);
}

/// The default (modern) stemmer on EVAL.md's stemmer metrics. Issue 13's targets: PUD
/// lemma-pair precision at least 0.50, F1 at least 0.52, proper-name purity at least 0.90,
/// Golden stem exact at least 0.75, and no column below the best peer (Light10 P 0.502 and
/// purity 0.881; tashaphyne R 0.453; Snowball F1 0.461 and Golden 0.730). Asserted at the
/// levels reached.
#[test]
fn light_stemmer_gold_levels() {
    if common::shared("data").is_none() {
        return;
    }
    let gold = common::eval::Gold::load(&common::eval::data_dir().expect("data"));
    let stem = |w: &str| arabic_text::stem(w).into_owned();
    let pud = gold.pud_conflation(stem);
    let (_, _, qac) = gold.qac_lemma_pair_prf(stem);
    let golden = gold.golden_stem_exact(stem);
    println!(
        "PUD conflation (modern stem): P {:.4} R {:.4} F1 {:.4}; proper-name purity {:.4}; \
         Golden stem exact {golden:.4}; QAC lemma pair F1 {qac:.4}",
        pud.p, pud.r, pud.f1, pud.names
    );
    assert!(pud.p >= 0.630, "PUD lemma pair P {:.4}", pud.p);
    assert!(pud.r >= 0.517, "PUD lemma pair R {:.4}", pud.r);
    assert!(pud.f1 >= 0.568, "PUD lemma pair F1 {:.4}", pud.f1);
    assert!(
        pud.names >= 0.910,
        "PUD proper-name purity {:.4}",
        pud.names
    );
    assert!(golden >= 0.756, "Golden stem exact {golden:.4}");
    assert!(qac >= 0.387, "QAC lemma pair F1 {qac:.4}");
}

/// The classical mode keeps the QAC level of issue 4 (0.562; tashaphyne 0.550).
#[test]
fn classical_stemmer_gold_levels() {
    if common::shared("data").is_none() {
        return;
    }
    let gold = common::eval::Gold::load(&common::eval::data_dir().expect("data"));
    let c = arabic_text::stem::LightStemmer::classical();
    let stem = |w: &str| c.stem(w).into_owned();
    let (p, r, f1) = gold.qac_lemma_pair_prf(stem);
    let golden = gold.golden_stem_exact(stem);
    let pud = gold.pud_conflation(stem);
    println!(
        "QAC lemma pair (classical stem) P {p:.4} R {r:.4} F1 {f1:.4}; Golden stem exact \
         {golden:.4}; PUD P {:.4} R {:.4} F1 {:.4} purity {:.4}",
        pud.p, pud.r, pud.f1, pud.names
    );
    assert!(f1 >= 0.562, "QAC lemma pair F1 {f1:.4}");
    assert!(golden >= 0.38, "Golden stem exact {golden:.4}");
}

/// Root extraction on EVAL.md's three root metrics. Asserted at the level reached; issue 4's
/// floors are 0.58, 0.62 and 0.64 (best peers: tashaphyne 0.600 with a root list, 0.699;
/// ISRI 0.626).
#[test]
fn root_gold_levels() {
    if common::shared("data").is_none() {
        return;
    }
    let gold = common::eval::Gold::load(&common::eval::data_dir().expect("data"));
    let (q, g, v) = gold.root_scores(|w| arabic_text::stem::root(w).unwrap_or_default());
    println!("QAC root acc {q:.4}; Golden root exact {g:.4}; validation-set root acc {v:.4}");
    assert!(q >= 0.639, "QAC root accuracy {q:.4}");
    assert!(g >= 0.737, "Golden root exact {g:.4}");
    assert!(v >= 0.679, "validation-set root accuracy {v:.4}");
}

/// The analyzer's variant: the light stemmer on search-normalized tokens, in both modes.
#[test]
fn light_stemmer_on_search_normalized_tokens() {
    if common::shared("data").is_none() {
        return;
    }
    let gold = common::eval::Gold::load(&common::eval::data_dir().expect("data"));
    let s = arabic_text::stem::LightStemmer::new();
    let modern = |w: &str| {
        s.stem_search_normalized(&arabic_text::normalize(w))
            .to_string()
    };
    let f1 = gold.qac_lemma_pair_f1(modern);
    let pud = gold.pud_conflation(modern);
    let c = arabic_text::stem::LightStemmer::classical();
    let classical = gold.qac_lemma_pair_f1(|w| {
        c.stem_search_normalized(&arabic_text::normalize(w))
            .to_string()
    });
    println!(
        "On search-normalized tokens: QAC lemma pair F1 {f1:.4} (classical {classical:.4}); \
         PUD P {:.4} F1 {:.4} purity {:.4}",
        pud.p, pud.f1, pud.names
    );
    assert!(f1 >= F1_MODERN_NORMALIZED, "QAC lemma pair F1 {f1:.4}");
    assert!(
        classical >= 0.55,
        "classical QAC lemma pair F1 {classical:.4}"
    );
    assert!(
        pud.p >= 0.50 && pud.f1 >= 0.52 && pud.names >= 0.90,
        "{pud:?}"
    );
}

/// The analyzer stemmer's QAC lemma-pair F1, asserted at the level reached.
const F1_MODERN_NORMALIZED: f64 = 0.382;
