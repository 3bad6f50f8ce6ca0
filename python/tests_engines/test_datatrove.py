"""arabic_text.datatrove in a real datatrove pipeline: JsonlReader -> ArabicNormalizer ->
ArabicTextStats -> JsonlWriter over the seed articles, every document normalized."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

import arabic_text as at

from shared_data import shared


def test_pipeline_normalizes_every_document(tmp_path: Path) -> None:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from arabic_text.datatrove import ArabicNormalizer, ArabicTextStats

    seeds = sorted(p for p in shared("seeds").iterdir() if p.is_file())
    docs = [{"id": p.name, "text": p.read_text(encoding="utf-8")} for p in seeds]
    # Paragraphs as documents too, in two input files (two tasks).
    docs += [
        {"id": f"{p.name}#{i}", "text": para}
        for p in seeds
        for i, para in enumerate(p.read_text(encoding="utf-8").split("\n\n"))
        if para.strip()
    ]
    inp = tmp_path / "in"
    inp.mkdir()
    half = len(docs) // 2
    for name, part in (("a.jsonl", docs[:half]), ("b.jsonl", docs[half:])):
        (inp / name).write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in part), encoding="utf-8")

    out = tmp_path / "out"
    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(inp)),
            ArabicNormalizer("search"),
            ArabicTextStats(),
            JsonlWriter(str(out)),
        ],
        tasks=2,
        workers=2,
        logging_dir=str(tmp_path / "logs"),
    ).run()

    written = {}
    for f in sorted(out.glob("*.jsonl.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                written[d["id"]] = d
    # Nothing lost, every text normalized, counts from the original text.
    assert sorted(written) == sorted(d["id"] for d in docs)
    for d in docs:
        w = written[d["id"]]
        assert w["text"] == at.normalize(d["text"])
        meta = w["metadata"]
        # The stats step runs after normalizing: it counts the normalized text.
        tokens = at.tokenize(w["text"])
        assert meta["arabic_words"] == sum(1 for t in tokens if t.kind == "word") > 0
        assert meta["arabic_sentences"] == len(at.sentences(w["text"]))


def test_bad_arguments_fail_when_building_the_step() -> None:
    from arabic_text.datatrove import ArabicNormalizer

    with pytest.raises(ValueError, match="unknown preset"):
        ArabicNormalizer("nope")
    with pytest.raises(ValueError, match="unknown option"):
        ArabicNormalizer(no_such_option=True)
    assert ArabicNormalizer("key", disable=["N18"]).format("  أحمد  ") == " احمد "
