"""The gold data through Python: the same figures as the Rust tests."""

from __future__ import annotations

import json
import os
import re

import arabic_text as at

from shared_data import shared


def test_lucene_normalization_pairs_15_of_15() -> None:
    # Lucene's TestArabicNormalizationFilter pairs (input -> expected), with the lucene preset.
    rows = shared("data/lucene-arabic/lucene_normalization_pairs.tsv").read_text(encoding="utf-8")
    pairs = [line.split("\t") for line in rows.splitlines()[1:]]
    assert len(pairs) == 15
    for row in pairs:
        name, given, expected = (row + ["", ""])[:3]
        assert at.normalize(given, "lucene") == expected, name


def verses(rel: str) -> list[tuple[str, str]]:
    out = []
    for line in shared(rel).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        sura, aya, text = line.split("|", 2)
        out.append((f"{sura}|{aya}", text))
    return out


def test_tanzil_simple_to_clean_6236_of_6236() -> None:
    # Tanzil's "simple" text with N1 + N2 (drop) + N4 equals its "simple clean" text once the
    # ۞ (U+06DE) tokens, which only the clean export has, are dropped: the Rust test's rules.
    simple = verses("data/quran-tanzil/quran-simple.txt")
    clean = verses("data/quran-tanzil/quran-simple-clean.txt")
    assert len(simple) == len(clean) == 6236
    n = at.Normalizer("none", strip_tashkeel=True, strip_dagger_alef="drop", strip_tatweel=True)
    matched = 0
    for (vid, s), (vid2, c) in zip(simple, clean):
        assert vid == vid2
        expected = " ".join(w for w in c.split(" ") if w != "\u06de")
        assert n.normalize(s) == expected, vid
        matched += 1
    assert matched == 6236
    # The batch path gives the same.
    assert n.normalize_batch([s for _, s in simple]) == [n.normalize(s) for _, s in simple]


def test_ud_arabic_pud_surface_token_f1() -> None:
    # EVAL.md: micro P/R/F1 of our non-whitespace token spans against `surface_spans`, which
    # are code-point offsets: Python str indices, used as they are.
    gold = json.loads(shared("data/ud-arabic-pud/pud_tokenization_gold.json").read_text(encoding="utf-8"))
    assert len(gold) == 1000
    tp = fp = fn = 0
    for s in gold:
        g = {tuple(p) for p in s["surface_spans"]}
        p = {(t.start, t.end) for t in at.tokenize(s["text"])}
        tp += len(p & g)
        fp += len(p - g)
        fn += len(g - p)
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    print(f"Python: UD Arabic-PUD surface tokens: P {precision:.4f} R {recall:.4f} F1 {f1:.4f} (tp {tp}, fp {fp}, fn {fn})")
    assert f1 >= 0.995
    # CI passes the Rust test's line: the counts must be identical.
    rust = os.environ.get("RUST_PUD_LINE")
    if rust:
        m = re.search(r"tp (\d+), fp (\d+), fn (\d+)", rust)
        assert m, rust
        assert (tp, fp, fn) == tuple(int(x) for x in m.groups())


def test_peer_outputs_on_seed_articles() -> None:
    # The Python peers' outputs on the seed articles (notes/refs), each reproduced by the
    # single rules that mean the same: the Rust test's cases, through Python.
    d = shared("notes/refs/seed_outputs")
    text = (d / "input.txt").read_text(encoding="utf-8")
    cases = {
        "camel.dediac.txt": dict(strip_tashkeel=True, strip_dagger_alef="drop"),
        "camel.normalize-alef.txt": dict(fold_alef_variants="hamzated_and_wasla"),
        "camel.normalize-maksura.txt": dict(fold_alef_maksura="to_yeh"),
        "camel.normalize-teh.txt": dict(fold_teh_marbuta=True),
        "pyarabic.dediac.txt": dict(strip_tashkeel=True),
        "pyarabic.dediac-keep-shadda.txt": dict(strip_tashkeel=True, keep_shadda=True),
        "pyarabic.tatweel.txt": dict(strip_tatweel=True),
        "pyarabic.normalize-digits.txt": dict(fold_digits="to_ascii"),
        "pyarabic.normalize-spellerrors.txt": dict(fold_teh_marbuta=True, fold_alef_maksura="to_yeh"),
        "maha.normalize-alef.txt": dict(fold_alef=True),
    }
    for name, options in cases.items():
        expected = (d / name).read_text(encoding="utf-8")
        assert at.Normalizer("none", **options).normalize(text) == expected, name


def test_lucene_stem_pairs_22_of_22() -> None:
    # Lucene's TestArabicStemFilter pairs through Light10 directly (the tests apply the stem
    # filter without normalizing first).
    rows = shared("data/lucene-arabic/lucene_stem_pairs.tsv").read_text(encoding="utf-8")
    pairs = [line.split("\t") for line in rows.splitlines()[1:]]
    assert len(pairs) == 22
    light10 = at.Light10()
    for row in pairs:
        name, given, expected = (row + ["", ""])[:3]
        assert light10.stem(given) == expected, name


def lucene_chain(name: str) -> at.Analyzer:
    # The Lucene test chains, spelled with the Python Analyzer's options (as the Rust test).
    if name == "analyzer":
        return at.Analyzer("lucene")
    if name == "analyzer_no_stopwords_no_exclusion":
        return at.Analyzer("lucene", stop_words="none")
    if name.startswith("analyzer_no_stopwords_exclusion="):
        return at.Analyzer("lucene", stop_words="none", stem_exclusion=[name.split("=")[1]])
    plain = dict(lowercase=False, stop_words="none")
    if name == "whitespace+normalization":
        return at.Analyzer(normalizer="lucene", stemmer="none", **plain)
    if name == "whitespace+normalization+stem":
        return at.Analyzer(normalizer="lucene", stemmer="light10", **plain)
    if name == "whitespace+keyword_marker+stem":
        return at.Analyzer(normalizer="none", stemmer="light10", stem_exclusion=["ساهدهات"], **plain)
    raise AssertionError(name)


def test_lucene_pipeline_cases_17_of_17() -> None:
    rows = shared("data/lucene-arabic/lucene_pipeline_cases.tsv").read_text(encoding="utf-8")
    cases = [line.split("\t") for line in rows.splitlines()[1:]]
    assert len(cases) == 17
    for f in cases:
        test, chain, given, expected = f[1], f[2], f[3], f[4]
        assert " ".join(lucene_chain(chain).terms(given)) == expected, f"{test} ({chain}): {given}"
