"""arabic_text on Spark (local[2]): MB/s of each column function against the JVM<->Python floor.

1 M rows of seed lines (about 236 MB) are cached in memory, then each expression is written
with the `noop` sink, several times; medians. Rows:

* ours: `arabic_text.spark.normalize` (an Arrow UDF into the Rust code);
* the floor: an identity Arrow UDF, which pays only the JVM <-> Python transfer;
* a row-at-a-time `@udf` calling `arabic_text.normalize`;
* Spark's own `regexp_replace` + `translate` (diacritics, tatweel, alef variants, ى, ة: fewer
  rules than the search preset, all in the JVM);
* our `tokenize` and `analyze`.

    SPARK_LOCAL_IP=127.0.0.1 python python/bench/spark_bench.py [--rows 1000000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

import pyarrow as pa  # noqa: E402
from pyspark.sql import SparkSession  # noqa: E402
from pyspark.sql import functions as F  # noqa: E402

import arabic_text as at  # noqa: E402
from arabic_text import spark as ats  # noqa: E402

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()

    lines = [
        line
        for f in sorted(p for p in SEEDS.iterdir() if p.is_file())
        for line in f.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    rows = (lines * (args.rows // len(lines) + 1))[: args.rows]
    mb = sum(len(r.encode()) for r in rows) / 1e6

    spark = (
        SparkSession.builder.master("local[2]")
        .appName("arabic-text-bench")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.memory", "4g")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    df = spark.createDataFrame([(r,) for r in rows], "text string").repartition(2).cache()
    df.count()
    print(
        f"# {datetime.date.today()} {platform.machine()} {os.cpu_count()} cores, pyspark "
        f"{spark.version}, Python {platform.python_version()}, arabic_text {at.__version__}: "
        f"{len(rows):,} rows, {mb:.0f} MB, local[2], cached, noop sink, medians of {args.rounds}"
    )

    @F.arrow_udf("string")  # type: ignore[misc]
    def identity(v: pa.Array) -> pa.Array:
        return v

    @F.udf("string")  # type: ignore[misc]
    def row_at_a_time(s):  # type: ignore[no-untyped-def]
        return None if s is None else at.normalize(s)

    def builtin(c):  # type: ignore[no-untyped-def]
        c = F.regexp_replace(c, "[\u064b-\u0652\u0640]", "")
        return F.translate(c, "أإآىة", "ااايه")

    exprs = [
        ("identity Arrow UDF (the JVM <-> Python floor)", identity("text")),
        ("arabic_text.spark.normalize (search)", ats.normalize("text")),
        ("row-at-a-time @udf calling arabic_text.normalize", row_at_a_time("text")),
        ("JVM regexp_replace + translate", builtin(F.col("text"))),
        ("arabic_text.spark.tokenize", ats.tokenize("text")),
        ("arabic_text.spark.analyze (search)", ats.analyze("text")),
    ]
    results: dict[str, list[float]] = {name: [] for name, _ in exprs}
    # Rounds alternate the rows, so that a slow spell of the machine hits all of them.
    for _ in range(args.rounds):
        for name, e in exprs:
            t = time.perf_counter()
            df.select(e.alias("out")).write.format("noop").mode("overwrite").save()
            results[name].append(mb / (time.perf_counter() - t))
    floor = statistics.median(results[exprs[0][0]])
    print("| row | MB/s | × floor | rows/s per core |")
    print("|---|---:|---:|---:|")
    for name, _ in exprs:
        s = statistics.median(results[name])
        print(f"| {name} | {s:,.0f} | {s / floor:.2f} | {s / mb * len(rows) / 2:,.0f} |")
    spark.stop()


if __name__ == "__main__":
    main()
