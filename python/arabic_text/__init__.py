"""Arabic text for search and NLP, from Rust: normalization with one switch per rule,
tokenization with exact offsets, sentences, clitic segmentation, light stemming and roots.

>>> import arabic_text
>>> arabic_text.normalize("أَحْمَد")
'احمد'
>>> [t.text for t in arabic_text.tokenize("قرأتُ الكتابَ.")]
['قرأتُ', 'الكتابَ', '.']

Every span (`Token.start`, `Term.end`, `OffsetMap.to_original`, ...) is a Python str index:
``text[t.start:t.end] == t.text``.
"""

from ._native import (
    PRESETS,
    TOKEN_KINDS,
    Analyzer,
    Change,
    Light10,
    LightStemmer,
    Normalizer,
    OffsetMap,
    Piece,
    Segmentation,
    Term,
    Token,
    TokenColumns,
    __version__,
    explain,
    is_stop_word,
    normalize,
    normalize_batch,
    root,
    segment,
    sentence_spans,
    sentences,
    sentences_batch,
    stem,
    tokenize,
    tokenize_batch,
)

__all__ = [
    "PRESETS",
    "TOKEN_KINDS",
    "Analyzer",
    "Change",
    "Light10",
    "LightStemmer",
    "Normalizer",
    "OffsetMap",
    "Piece",
    "Segmentation",
    "Term",
    "Token",
    "TokenColumns",
    "__version__",
    "explain",
    "is_stop_word",
    "normalize",
    "normalize_batch",
    "root",
    "segment",
    "sentence_spans",
    "sentences",
    "sentences_batch",
    "stem",
    "tokenize",
    "tokenize_batch",
]
