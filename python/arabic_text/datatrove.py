"""datatrove pipeline steps: Arabic normalization in place, and token and sentence counts.

Import this module only where datatrove is installed (``pip install "datatrove[io,processing]"``).

>>> from datatrove.executor import LocalPipelineExecutor                 # doctest: +SKIP
>>> from datatrove.pipeline.readers import JsonlReader                   # doctest: +SKIP
>>> from datatrove.pipeline.writers import JsonlWriter                   # doctest: +SKIP
>>> from arabic_text.datatrove import ArabicNormalizer, ArabicTextStats  # doctest: +SKIP
>>> LocalPipelineExecutor(                                               # doctest: +SKIP
...     pipeline=[JsonlReader("in/"), ArabicNormalizer("search"), ArabicTextStats(), JsonlWriter("out/")],
...     tasks=4, workers=2,
... ).run()
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.formatters.base import BaseFormatter

import arabic_text as at


class ArabicNormalizer(BaseFormatter):
    """Normalizes each document's text in place with a preset, rules switched on or off and
    single options, exactly as `arabic_text.Normalizer(preset, enable, disable, **options)`.

    Raises ValueError when built with an unknown preset, rule or option."""

    name = "🔤 Arabic normalizer"

    def __init__(
        self,
        preset: str = "search",
        enable: Iterable[str] = (),
        disable: Iterable[str] = (),
        **options: Any,
    ) -> None:
        super().__init__()
        self.preset = preset
        self.enable = list(enable)
        self.disable = list(disable)
        self.options = options
        # Built here so that bad arguments fail before the pipeline starts; rebuilt after
        # unpickling (the executors pickle the steps to their workers).
        self._normalizer = at.Normalizer(preset, self.enable, self.disable, **options)

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state.pop("_normalizer", None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._normalizer = at.Normalizer(self.preset, self.enable, self.disable, **self.options)

    def format(self, text: str) -> str:
        return self._normalizer.normalize(text)


class ArabicTextStats(PipelineStep):
    """Writes counts into each document's metadata: ``arabic_tokens`` (word-like tokens: words,
    numbers, emoji, URLs, e-mails, mentions, hashtags), ``arabic_words`` (word tokens) and
    ``arabic_sentences``; the text is left as it is. The prefix of the keys is `prefix`."""

    name = "🔢 Arabic token and sentence counts"
    type = "📊 - STATS"

    def __init__(self, prefix: str = "arabic_") -> None:
        super().__init__()
        self.prefix = prefix

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            with self.track_time():
                tokens = at.tokenize(doc.text)
                doc.metadata[self.prefix + "tokens"] = sum(1 for t in tokens if t.kind not in ("punctuation", "symbol"))
                doc.metadata[self.prefix + "words"] = sum(1 for t in tokens if t.kind == "word")
                doc.metadata[self.prefix + "sentences"] = len(at.sentence_spans(doc.text))
            self.stat_update("documents")
            yield doc


__all__ = ["ArabicNormalizer", "ArabicTextStats"]
