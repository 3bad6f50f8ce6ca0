"""arabic_text.spark on a real local[2] Spark: row for row the library's results."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import arabic_text as at

CRAFTED = [
    "أَحْمَدُ ذَهَبَ إِلَى الْمَدْرَسَةِ",  # diacritized
    "عائلة 👨\u200d👩\u200d👧 سعيدة 🇸🇦 و👍🏽!",  # emoji sequences
    "زوروا https://example.org/ar?q=١ أو اكتبوا إلى info@example.com #وسم @حساب",  # entities
    "Arabic and English معًا 123 ٣٫٥ ١٬٠٠٠ 𝔸𝔹 𠀀",  # mixed scripts, astral characters
    "ـــالعـــربيـــة ﻻ ﷺ ﴾آية﴿ \u200fنص\u200e",
    "",
    None,
    "طويل " * 20_000,  # a very long row (100,000 characters)
]


def rows(seed_lines: list[str]) -> list[str | None]:
    return [*CRAFTED, *seed_lines]


def test_normalize_row_for_row(spark, seed_lines) -> None:  # type: ignore[no-untyped-def]
    from arabic_text import spark as ats

    data = rows(seed_lines)
    df = spark.createDataFrame([(i, t) for i, t in enumerate(data)], "id int, text string")
    for preset, enable, disable in [("search", (), ()), ("key", (), ()), ("lucene", ["N1"], ["N5"])]:
        out = df.select("id", ats.normalize("text", preset, enable, disable).alias("n")).collect()
        got = {r.id: r.n for r in out}
        n = at.Normalizer(preset, enable, disable)
        assert len(got) == len(data)
        for i, t in enumerate(data):
            assert got[i] == (None if t is None else n.normalize(t)), (preset, i)


def test_tokens_sentences_terms_row_for_row(spark, seed_lines) -> None:  # type: ignore[no-untyped-def]
    from arabic_text import spark as ats

    data = rows(seed_lines)
    df = spark.createDataFrame([(i, t) for i, t in enumerate(data)], "id int, text string")
    out = df.select(
        "id",
        ats.tokenize("text").alias("tokens"),
        ats.sentences("text").alias("sentences"),
        ats.analyze("text").alias("terms"),
        ats.stem("text").alias("stems"),
    ).collect()
    assert len(out) == len(data)
    stems = at.Analyzer(stop_words="none")
    for r in out:
        t = data[r.id]
        if t is None:
            assert (r.tokens, r.sentences, r.terms, r.stems) == (None, None, None, None)
            continue
        assert [(x.text, x.start, x.end, x.kind) for x in r.tokens] == [
            (x.text, x.start, x.end, x.kind) for x in at.tokenize(t)
        ]
        for x in r.tokens:
            assert t[x.start : x.end] == x.text
        assert r.sentences == at.sentences(t)
        assert r.terms == at.Analyzer().terms(t)
        assert r.stems == stems.terms(t)


def test_bad_arguments_fail_on_the_driver(spark) -> None:  # type: ignore[no-untyped-def]
    from arabic_text import spark as ats

    with pytest.raises(ValueError, match="unknown preset"):
        ats.normalize("text", "nope")
    with pytest.raises(ValueError, match="N0 to N19"):
        ats.normalize("text", enable=["N42"])
    with pytest.raises(ValueError, match="stemmer"):
        ats.analyze("text", stemmer="porter")


def test_the_cli_as_an_rdd_pipe_stage(spark, seed_lines) -> None:  # type: ignore[no-untyped-def]
    # `arabic-text normalize` reads lines on stdin and writes them normalized: Spark's
    # RDD.pipe runs it once per partition.
    binary = os.environ.get("ARABIC_TEXT_BIN") or shutil.which("arabic-text")
    if not binary or not Path(binary).exists():
        if os.environ.get("CI"):
            pytest.fail("ARABIC_TEXT_BIN is not set: build the tool (cargo build --release)")
        pytest.skip("NOTICE: the arabic-text tool is not built (set ARABIC_TEXT_BIN)")
    lines = [line for line in seed_lines if line.strip()] + [t for t in CRAFTED if t]
    rdd = spark.sparkContext.parallelize(lines, 2)
    out = rdd.pipe(f"{binary} normalize").collect()
    assert out == [at.normalize(line) for line in lines]
