"""Spark column functions: arabic_text on DataFrame columns, as Arrow UDFs.

Import this module only where pyspark is installed (``pip install pyspark pyarrow``). Each
function takes a Column (or a column name) and returns a Column; Spark hands each Arrow batch
of the column to the Rust code whole, with no Python object per row, and nulls stay null.

>>> from pyspark.sql import SparkSession                          # doctest: +SKIP
>>> from arabic_text import spark as ats                          # doctest: +SKIP
>>> df = spark.createDataFrame([("أَحْمَد",), (None,)], ["text"])   # doctest: +SKIP
>>> df.select(ats.normalize("text")).collect()                    # doctest: +SKIP
[Row(normalize(text)='احمد'), Row(normalize(text)=None)]

On a cluster every executor needs the package: ``pip install`` the wheel into the image (or the
Databricks cluster), or ship it with ``spark-submit --py-files`` (see the README).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Union

import pyarrow as pa
from pyspark.sql import Column
from pyspark.sql import functions as F
from pyspark.sql import types as T

import arabic_text as at

ColumnOrName = Union[Column, str]

#: Spark type of `tokenize`'s result: offsets are str indices into the row's text.
TOKEN_TYPE = T.ArrayType(
    T.StructType(
        [
            T.StructField("text", T.StringType(), False),
            T.StructField("start", T.IntegerType(), False),
            T.StructField("end", T.IntegerType(), False),
            T.StructField("kind", T.StringType(), False),
        ]
    ),
    containsNull=False,
)
STRINGS_TYPE = T.ArrayType(T.StringType(), containsNull=False)

_arrow_udf = getattr(F, "arrow_udf", None)


def _udf(name: str, return_type: T.DataType, fn: Callable[[pa.Array], Any]) -> Callable[[ColumnOrName], Column]:
    """An Arrow UDF calling `fn` on each batch (`arrow_udf` where pyspark has it, pyspark >= 4.1;
    a pandas UDF that converts to Arrow and back otherwise)."""
    if _arrow_udf is not None:

        def batch(values: pa.Array) -> pa.Array:
            out = fn(values)
            return out.combine_chunks() if isinstance(out, pa.ChunkedArray) else out

        batch.__name__ = name
        # The eval type (scalar) comes from the type hints: pa.Array -> pa.Array.
        return _arrow_udf(batch, returnType=return_type)  # type: ignore[no-any-return]

    import pandas as pd

    def pandas_batch(values: pd.Series) -> pd.Series:
        arrow = pa.Array.from_pandas(values, type=pa.string())
        return fn(arrow).to_pandas()

    pandas_batch.__name__ = name
    return F.pandas_udf(pandas_batch, returnType=return_type)  # type: ignore[call-overload,no-any-return]


def normalize(
    col: ColumnOrName,
    preset: str = "search",
    enable: Iterable[str] = (),
    disable: Iterable[str] = (),
) -> Column:
    """The column normalized with a preset and rules switched on or off (as `Normalizer`).

    Raises ValueError at once (on the driver) for an unknown preset or rule."""
    enable, disable = list(enable), list(disable)
    at.Normalizer(preset, enable, disable)  # validate here, not on the executors
    cache: dict[str, at.Normalizer] = {}

    def run(values: pa.Array) -> Any:
        n = cache.get("n")
        if n is None:
            n = cache["n"] = at.Normalizer(preset, enable, disable)
        return n.normalize_batch(values)

    return _udf("normalize", T.StringType(), run)(col)


def tokenize(col: ColumnOrName, whitespace: bool = False, entities: bool = True) -> Column:
    """Each row's tokens: ``array<struct<text, start, end, kind>>``, offsets in str indices."""

    def run(values: pa.Array) -> Any:
        return at.tokenize_batch(values, whitespace=whitespace, entities=entities)

    return _udf("tokenize", TOKEN_TYPE, run)(col)


def sentences(col: ColumnOrName, line_breaks: bool = True) -> Column:
    """Each row's sentences: ``array<string>``."""

    def run(values: pa.Array) -> Any:
        return at.sentences_batch(values, line_breaks=line_breaks)

    return _udf("sentences", STRINGS_TYPE, run)(col)


def analyze(col: ColumnOrName, analyzer: str = "search", **options: Any) -> Column:
    """Each row's search terms (`Analyzer(analyzer, **options)`): ``array<string>``."""
    at.Analyzer(analyzer, **options)  # validate on the driver
    cache: dict[str, at.Analyzer] = {}

    def run(values: pa.Array) -> Any:
        a = cache.get("a")
        if a is None:
            a = cache["a"] = at.Analyzer(analyzer, **options)
        return a.analyze_batch(values)

    return _udf("analyze", STRINGS_TYPE, run)(col)


def stem(col: ColumnOrName) -> Column:
    """The light stem of each word of each row (normalized first; no stop word dropped):
    ``array<string>``, in token order."""
    return analyze(col, "search", stop_words="none")


__all__ = ["TOKEN_TYPE", "STRINGS_TYPE", "normalize", "tokenize", "sentences", "analyze", "stem"]
