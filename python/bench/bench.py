"""Speed of arabic_text against the Python peers, in one process: medians of MB/s.

Corpus: the seed articles (../shared/seeds) repeated to about 20 MB of UTF-8. Each timed run
gets new str objects (copied outside the timer), so no run profits from the UTF-8 form that
CPython caches inside a str once something asked for it.

    python python/bench/bench.py [--mb 20] [--rounds 5] [--markdown]

Peers that are not installed are skipped with a note. Install them with
`pip install arabic-norm==0.1.0 arabic-normalize==0.1.0 pyarabic tashaphyne nltk PyStemmer
pyarrow` and `pip install --no-deps camel-tools emoji six regex`.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import os
import platform
import statistics
import sys
import time
from pathlib import Path
from typing import Callable

import arabic_text as at

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"


def corpus(mb: float) -> list[str]:
    files = sorted(p for p in SEEDS.iterdir() if p.is_file())
    lines = [
        line
        for f in files
        for line in f.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    size = sum(len(line.encode()) + 1 for line in lines)
    reps = max(1, round(mb * 1e6 / size))
    return lines * reps


def fresh(lines: list[str]) -> list[str]:
    # New str objects with the same text: slicing and concatenating builds new objects that
    # carry no cached UTF-8.
    return [line[:1] + line[1:] for line in lines]


class Bench:
    def __init__(self, lines: list[str], rounds: int) -> None:
        self.lines = lines
        self.rounds = rounds
        self.mb = sum(len(s.encode()) + 1 for s in lines) / 1e6
        self.rows: list[tuple[str, str, float]] = []

    def time(self, group: str, name: str, run: Callable[[list[str]], object]) -> float:
        """Median MB/s of `run(fresh copy of the lines)`."""
        speeds = []
        for _ in range(self.rounds):
            data = fresh(self.lines)
            gc.collect()
            t = time.perf_counter()
            run(data)
            speeds.append(self.mb / (time.perf_counter() - t))
            del data
        speed = statistics.median(speeds)
        self.rows.append((group, name, speed))
        print(f"{group:10} {name:58} {speed:9.1f} MB/s", flush=True)
        return speed

    def time_words(self, group: str, name: str, words: list[str], f: Callable[[str], object]) -> float:
        """Median MB/s of `f` over each word (the words' UTF-8 bytes plus a separator)."""
        mb = sum(len(w.encode()) + 1 for w in words) / 1e6
        speeds = []
        for _ in range(self.rounds):
            data = fresh(words)
            t = time.perf_counter()
            for w in data:
                f(w)
            speeds.append(mb / (time.perf_counter() - t))
        speed = statistics.median(speeds)
        self.rows.append((group, name, speed))
        print(f"{group:10} {name:58} {speed:9.1f} MB/s  ({speed * 1e6 / (mb * 1e6 / len(words)) / 1e6:.2f} M words/s)", flush=True)
        return speed


def per_line(f: Callable[[str], object]) -> Callable[[list[str]], object]:
    def run(lines: list[str]) -> object:
        return [f(s) for s in lines]

    return run


def joined(lines: list[str]) -> str:
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=20.0)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--words", type=int, default=200_000, help="words for the slow stemmers")
    args = ap.parse_args()

    lines = corpus(args.mb)
    b = Bench(lines, args.rounds)
    print(
        f"# {datetime.date.today()} {platform.machine()} {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, arabic_text {at.__version__}; "
        f"{len(lines):,} lines, {b.mb:.1f} MB, medians of {args.rounds}"
    )

    # The whole-string rows join outside the timer: the join is not the library's work.
    def timed_whole(group: str, name: str, f: Callable[[str], object]) -> float:
        speeds = []
        for _ in range(args.rounds):
            s = joined(fresh(lines))
            gc.collect()
            t = time.perf_counter()
            f(s)
            speeds.append(b.mb / (time.perf_counter() - t))
        speed = statistics.median(speeds)
        b.rows.append((group, name, speed))
        print(f"{group:10} {name:58} {speed:9.1f} MB/s", flush=True)
        return speed

    # --- the ceiling: the Rust library on UTF-8 bytes, no str conversion
    data = joined(lines).encode()
    for per in (True, False):
        speeds = []
        for _ in range(args.rounds):
            t = time.perf_counter()
            at._native._rust_normalize_bytes(data, "search", per)
            speeds.append(b.mb / (time.perf_counter() - t))
        s = statistics.median(speeds)
        name = "Rust normalize (search), " + ("per line" if per else "one string")
        b.rows.append(("ceiling", name, s))
        print(f"{'ceiling':10} {name:58} {s:9.1f} MB/s", flush=True)

    # --- normalization
    b.time("normalize", "arabic_text.normalize, per line", per_line(at.normalize))
    timed_whole("normalize", "arabic_text.normalize, one string", at.normalize)
    b.time("normalize", "arabic_text.normalize_batch(list)", at.normalize_batch)
    try:
        import pyarrow as pa

        speeds = []
        for _ in range(args.rounds):
            arr = pa.array(lines)  # a new Arrow array each run (built outside the timer)
            t = time.perf_counter()
            at.normalize_batch(arr)
            speeds.append(b.mb / (time.perf_counter() - t))
        s = statistics.median(speeds)
        b.rows.append(("normalize", "arabic_text.normalize_batch(pyarrow array)", s))
        print(f"{'normalize':10} {'arabic_text.normalize_batch(pyarrow array)':58} {s:9.1f} MB/s", flush=True)
    except ImportError:
        print("pyarrow not installed: Arrow row skipped")

    try:
        import arabic_norm

        b.time("normalize", "arabic-norm 0.1.0 normalize, per line", per_line(arabic_norm.normalize))
        timed_whole("normalize", "arabic-norm 0.1.0 normalize, one string", arabic_norm.normalize)
        b.time("normalize", "arabic-norm 0.1.0 normalize_batch(list)", arabic_norm.normalize_batch)
    except ImportError:
        print("arabic-norm not installed: skipped")
    try:
        import arabic_normalize

        b.time("normalize", "arabic-normalize 0.1.0 normalize, per line", per_line(arabic_normalize.normalize))
        timed_whole("normalize", "arabic-normalize 0.1.0 normalize, one string", arabic_normalize.normalize)
    except ImportError:
        print("arabic-normalize not installed: skipped")
    try:
        from camel_tools.utils.dediac import dediac_ar
        from camel_tools.utils.normalize import (
            normalize_alef_ar,
            normalize_alef_maksura_ar,
            normalize_teh_marbuta_ar,
        )

        def camel4(s: str) -> str:
            return normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(s))))

        b.time("normalize", "CAMeL dediac_ar, per line", per_line(dediac_ar))
        timed_whole("normalize", "CAMeL dediac_ar, one string", dediac_ar)
        b.time("normalize", "CAMeL dediac + alef + maksura + teh marbuta, per line", per_line(camel4))
        timed_whole("normalize", "CAMeL dediac + alef + maksura + teh marbuta, one string", camel4)
    except ImportError:
        print("camel-tools not installed: skipped")
    try:
        from pyarabic import araby

        def pyarabic_chain(s: str) -> str:
            return araby.normalize_hamza(araby.normalize_ligature(araby.strip_tatweel(araby.strip_tashkeel(s))))

        b.time("normalize", "pyarabic strip_tashkeel/tatweel + ligature + hamza, per line", per_line(pyarabic_chain))
    except ImportError:
        print("pyarabic not installed: skipped")

    # --- tokens
    b.time("tokenize", "arabic_text.tokenize (Token objects), per line", per_line(at.tokenize))
    b.time("tokenize", "arabic_text.tokenize_batch (columns)", at.tokenize_batch)
    try:
        from camel_tools.tokenizers.word import simple_word_tokenize

        b.time("tokenize", "CAMeL simple_word_tokenize, per line", per_line(simple_word_tokenize))
    except ImportError:
        print("camel-tools not installed: tokenizer skipped")
    try:
        from pyarabic import araby

        b.time("tokenize", "pyarabic araby.tokenize, per line", per_line(araby.tokenize))
    except ImportError:
        pass

    # --- stemming, word by word (the slow pure-Python stemmers get the first --words words)
    words = [w for line in lines for w in line.split()]
    few = words[: args.words]
    b.time_words("stem", f"arabic_text.stem ({len(few):,} words)", few, at.stem)
    try:
        import Stemmer  # PyStemmer

        snow = Stemmer.Stemmer("arabic")
        snow.maxCacheSize = 0
        b.time_words("stem", "Snowball (PyStemmer, C, no cache)", few, snow.stemWord)
    except ImportError:
        print("PyStemmer not installed: skipped")
    try:
        from tashaphyne.stemming import ArabicLightStemmer

        tash = ArabicLightStemmer()
        b.time_words("stem", "tashaphyne light_stem", few[: args.words // 4], tash.light_stem)
    except ImportError:
        print("tashaphyne not installed: skipped")
    try:
        from nltk.stem.isri import ISRIStemmer

        isri = ISRIStemmer()
        b.time_words("stem", "NLTK ISRI", few[: args.words // 4], isri.stem)
    except ImportError:
        print("nltk not installed: skipped")

    print()
    print("| group | row | MB/s |")
    print("|---|---|---:|")
    for group, name, speed in b.rows:
        print(f"| {group} | {name} | {speed:,.0f} |")


if __name__ == "__main__":
    sys.exit(main())
