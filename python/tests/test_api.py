"""The Python API: results, str-index spans, batches (lists and Arrow), bad input, size and
threads. Expected values come from the crate's documented examples and RULES.md, or from
reasoning written next to them."""

from __future__ import annotations

import threading

import pytest

import arabic_text as at

# Offsets are str indices even for marks, emoji ZWJ sequences, flags and astral characters.
TRICKY = [
    "قرأتُ «الكِتَابَ» أمسِ. هل قرأتَه؟ #كتب_عربية",
    "عائلة 👨\u200d👩\u200d👧 سعيدة 🇸🇦 و👍🏽!",
    "𝔸𝔹 رياضيات 𝟙𝟚 و𠀀 حرف",  # astral letters and digits, a CJK Extension B ideograph
    "مرحباً\u200cبكم \u200fنص\u200e test@example.com https://example.org/ar?q=١",
    "ـــالعـــربيـــة ٣٫٥ ١٬٠٠٠ 12.5%",
    "",
    " ",
    "abc",
    "ﻻ ﷺ ﴾آية﴿",
]


# --- normalization --------------------------------------------------------------------------


def test_normalize_documented_examples() -> None:
    # The crate's front-page examples (search preset, RULES.md N1, N5-N8, N11).
    assert at.normalize("أَحْمَد") == "احمد"
    assert at.normalize("إلى المستشفى ٢٠٢٥") == "الي المستشفي 2025"
    # N7 off keeps ة; N8 to the seat letters (search) folds ؤ.
    assert at.Normalizer(disable=["N7"]).normalize("مَدْرَسَة") == "مدرسة"
    assert at.normalize("مَدْرَسَة") == "مدرسه"
    assert at.Normalizer(fold_teh_marbuta=False, fold_hamza_seats="keep").normalize("مَسْؤُولَة") == "مسؤولة"
    # key = search + lowercase + whitespace runs to one space + trim.
    assert at.normalize("  ﻻ   إله\tإلا  ", "key") == "لا اله الا"
    assert at.normalize("ABC", "key") == "abc"
    # quran: N19 writes the dagger alef as a full alef (الرحمٰن → الرحمان).
    assert at.normalize("الرَّحْمَٰنِ", "quran") == "الرحمان"
    # none changes nothing.
    assert at.normalize("أَحْمَد", "none") == "أَحْمَد"


def test_unchanged_text_is_the_same_object() -> None:
    s = "احمد " * 3
    assert at.normalize(s) is s
    ascii_text = "plain ascii"
    assert at.normalize(ascii_text) is ascii_text


def test_every_preset_is_idempotent_on_the_tricky_texts() -> None:
    for preset in at.PRESETS:
        for text in TRICKY:
            once = at.normalize(text, preset)
            assert at.normalize(once, preset) == once, (preset, text)
            assert at.Normalizer(preset).is_normalized(once)


def test_options_enable_disable_and_options_dict() -> None:
    n = at.Normalizer("none", enable=["N1"])
    assert n.normalize("كَتَبَ") == "كتب"
    assert n.options()["strip_tashkeel"] is True
    assert n.options()["fold_teh_marbuta"] is False
    # One rule ID may be given as a plain str.
    assert at.Normalizer("none", enable="N7").normalize("مدرسة") == "مدرسه"
    # Enum options by name; True is the key preset's setting, False is "keep".
    assert at.Normalizer("none", fold_alef_maksura="to_alef").normalize("على") == "علا"
    assert at.Normalizer("none", fold_alef_maksura=True).normalize("على") == "علي"
    assert at.Normalizer("none", fold_digits="to_arabic_indic").normalize("2025") == "٢٠٢٥"
    assert at.Normalizer("none", zero_width_joiners="space").normalize("می\u200cخواهم") == "می خواهم"
    assert at.Normalizer("none", collapse_elongation="max_one").normalize("مرحباااا") == "مرحبا"
    assert "disable=['N7']" in repr(at.Normalizer("search", disable=["N7"]))


def test_explain_reproduces_normalize() -> None:
    for preset in ("search", "key", "quran", "lucene"):
        n = at.Normalizer(preset)
        for text in TRICKY:
            changes = n.explain(text)
            # Applying each change left to right (str indices) gives normalize's output.
            out, last = [], 0
            for c in changes:
                assert text[c.start : c.end] == c.text
                assert c.rules and all(r.startswith("N") for r in c.rules)
                out.append(text[last : c.start])
                out.append(c.replacement)
                last = c.end
            out.append(text[last:])
            assert "".join(out) == n.normalize(text), (preset, text)
    assert [(c.text, c.replacement, c.rules) for c in at.explain("إلى")] == [
        ("إ", "ا", ["N5"]),
        ("ى", "ي", ["N6"]),
    ]


def test_normalize_with_offsets_maps_back_in_str_indices() -> None:
    text = "قرأتُ «الكِتَابَ» 👨\u200d👩\u200d👧 أمسِ"
    out, m = at.Normalizer().normalize_with_offsets(text)
    assert out == at.normalize(text)
    assert m.normalized_len == len(out) and m.original_len == len(text)
    # Each token of the normalized text maps back to the original word it came from.
    for t in at.tokenize(out):
        a, b = m.to_original(t.start, t.end)
        assert at.normalize(text[a:b]) == t.text
    word = out.index("الكتاب")
    assert text[slice(*m.to_original(word, word + 6))] == "الكِتَابَ"
    with pytest.raises(ValueError, match="not within"):
        m.to_original(0, len(out) + 1)
    with pytest.raises(ValueError):
        m.to_original(3, 2)


# --- tokens -------------------------------------------------------------------------------------


def test_token_spans_slice_back() -> None:
    for text in TRICKY:
        for whitespace in (False, True):
            tokens = at.tokenize(text, whitespace=whitespace)
            for t in tokens:
                assert text[t.start : t.end] == t.text
                assert t.kind in at.TOKEN_KINDS
            if whitespace:
                # With whitespace tokens the tokens tile the text.
                assert "".join(t.text for t in tokens) == text


def test_token_kinds_and_grapheme_clusters() -> None:
    tokens = at.tokenize("عائلة 👨\u200d👩\u200d👧 🇸🇦 ٣٫٥ https://example.org @user #وسم test@example.com")
    kinds = [(t.text, t.kind) for t in tokens]
    # An emoji ZWJ sequence and a flag are one token each (UAX #29 extended grapheme clusters).
    assert ("👨\u200d👩\u200d👧", "emoji") in kinds
    assert ("🇸🇦", "emoji") in kinds
    assert ("٣٫٥", "number") in kinds
    assert ("https://example.org", "url") in kinds
    assert ("@user", "mention") in kinds
    assert ("#وسم", "hashtag") in kinds
    assert ("test@example.com", "email") in kinds
    # entities=False splits them into their parts.
    split = [t.text for t in at.tokenize("#وسم", entities=False)]
    assert split == ["#", "وسم"]


def test_tokenize_batch_columns_equal_tokenize() -> None:
    cols = at.tokenize_batch(TRICKY, with_text=True)
    assert len(cols) == len(TRICKY)
    assert cols.texts is not None
    for i, text in enumerate(TRICKY):
        a, b = cols.offsets[i], cols.offsets[i + 1]
        expected = at.tokenize(text)
        got = [(cols.starts[j], cols.ends[j], cols.KINDS[cols.kinds[j]], cols.texts[j]) for j in range(a, b)]
        assert got == [(t.start, t.end, t.kind, t.text) for t in expected]
        assert cols.row(i) == [(t.start, t.end, t.kind) for t in expected]
    assert at.tokenize_batch(["a b"]).texts is None
    # The columns are typed buffers: memoryview (and numpy) reads them without copying.
    assert memoryview(cols.starts).format == "q"


def test_sentences_and_spans() -> None:
    text = "قرأتُ «الكِتَابَ» أمسِ. هل قرأتَه؟ #كتب_عربية"
    assert at.sentences(text) == ["قرأتُ «الكِتَابَ» أمسِ.", "هل قرأتَه؟", "#كتب_عربية"]
    for (a, b), s in zip(at.sentence_spans(text), at.sentences(text)):
        assert text[a:b] == s
    wrapped = "ولد نجيب محفوظ في مدينة القاهرة،\nحيث ترعرع.\n\nوفاز بجائزة نوبل."
    assert at.sentences(wrapped, line_breaks=False) == [
        "ولد نجيب محفوظ في مدينة القاهرة،\nحيث ترعرع.",
        "وفاز بجائزة نوبل.",
    ]


# --- words ----------------------------------------------------------------------------------------


def test_segment_stem_root_stop_words() -> None:
    s = at.segment("وبالمدرسة")
    # و (conjunction) + ب (preposition) + ال (article) + مدرسة.
    assert [(p.text, p.kind) for p in s.proclitics] == [
        ("و", "conjunction"),
        ("ب", "preposition"),
        ("ال", "article"),
    ]
    assert (s.stem.text, s.stem.start, s.stem.end) == ("مدرسة", 4, 9)
    word = "وَسَيَكْتُبُونَهَا"  # with marks: spans are still str indices into the word
    seg = at.segment(word)
    for p in [*seg.proclitics, seg.stem, *seg.enclitics]:
        assert word[p.start : p.end] == p.text
    assert at.stem("والمدرسة") == "مدرس"
    assert at.LightStemmer(stem_exclusion=["أحمد"]).stem("احمد") == "احمد"
    assert at.LightStemmer(classical=True).stem("يهدي") == "هد"
    assert at.root("المكتبات") == "كتب"
    assert at.is_stop_word("فِي") and not at.is_stop_word("كتاب")
    assert at.is_stop_word("في", lucene=True)


def test_analyzer_terms_carry_str_spans() -> None:
    text = "ذهبَ الطلابُ 👍 إلى المدارسِ"
    terms = at.Analyzer().analyze(text)
    # Emoji are word-like tokens (TokenKind.is_word_like), so they are terms too.
    assert [t.text for t in terms] == ["ذهب", "طلاب", "👍", "مدارس"]
    assert [t.kind for t in terms] == ["word", "word", "emoji", "word"]
    for t in terms:
        assert at.stem(text[t.start : t.end]) == t.text
    # إلى is a stop word: the position after it skips one.
    assert [t.position for t in terms] == [0, 1, 2, 4]
    both = at.Analyzer(emit_both=True).terms("المدارس")
    assert both == ["مدارس", "المدارس"] or set(both) == {"مدارس", "المدارس"}


# --- batches ---------------------------------------------------------------------------------


def test_normalize_batch_list_equals_one_call_per_item(seed_lines: list[str]) -> None:
    texts = TRICKY + seed_lines
    for preset in ("search", "key", "lucene"):
        assert at.normalize_batch(texts, preset) == [at.normalize(t, preset) for t in texts]
    # Large enough to run on every core.
    many = seed_lines * 20
    assert at.normalize_batch(many) == [at.normalize(t) for t in many]


def test_normalize_batch_arrow() -> None:
    pa = pytest.importorskip("pyarrow")
    texts = ["أَحْمَد", None, "", "إلى", None, "ﻻ", "plain"]
    expected = [None if t is None else at.normalize(t) for t in texts]
    arr = pa.array(texts)
    out = at.normalize_batch(arr)
    assert isinstance(out, pa.Array) and out.type == pa.string()
    assert out.to_pylist() == expected
    # Sliced arrays: the offset is honoured.
    assert at.normalize_batch(arr.slice(2, 3)).to_pylist() == expected[2:5]
    # large_string stays large; string_view comes back as string.
    large = at.normalize_batch(pa.array(texts, pa.large_string()))
    assert large.type == pa.large_string() and large.to_pylist() == expected
    view = at.normalize_batch(pa.array(texts, pa.string_view()))
    assert view.to_pylist() == expected
    # Chunked arrays come back chunked.
    chunked = at.normalize_batch(pa.chunked_array([arr, arr.slice(1)]))
    assert isinstance(chunked, pa.ChunkedArray)
    assert chunked.to_pylist() == expected + expected[1:]
    # Empty.
    assert at.normalize_batch(pa.array([], pa.string())).to_pylist() == []
    # Not strings.
    with pytest.raises(TypeError, match="string array"):
        at.normalize_batch(pa.array([1, 2]))


def test_normalize_batch_arrow_big_runs_in_parallel(seed_lines: list[str]) -> None:
    pa = pytest.importorskip("pyarrow")
    lines = seed_lines * 30
    assert at.normalize_batch(pa.array(lines)).to_pylist() == [at.normalize(t) for t in lines]


# --- bad input -----------------------------------------------------------------------------------


def test_lone_surrogates_raise_value_error_with_the_index() -> None:
    bad = b"ab\xff c".decode("utf-8", "surrogateescape")  # 'ab\udcff c'
    with pytest.raises(ValueError, match=r"U\+DCFF at index 2"):
        at.normalize(bad)
    with pytest.raises(ValueError, match="index 1"):
        at.tokenize("😀\ud800")  # a UCS-4 str
    with pytest.raises(ValueError, match=r"texts\[1\]"):
        at.normalize_batch(["ok", "x\udc80"])
    with pytest.raises(ValueError):
        at.tokenize_batch(["ok", "\udc80"])
    for f in (at.stem, at.segment, at.root, at.is_stop_word, at.sentences, at.explain):
        with pytest.raises(ValueError):
            f("\udc80")


def test_non_str_raises_type_error() -> None:
    for value in (None, 3, b"bytes", ["list"]):
        with pytest.raises(TypeError, match="must be str"):
            at.normalize(value)  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            at.tokenize(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"texts\[1\] must be str, not NoneType"):
        at.normalize_batch(["a", None])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="not one str"):
        at.normalize_batch("a str")  # type: ignore[arg-type]


def test_unknown_names_raise_value_error_naming_the_valid_ones() -> None:
    with pytest.raises(ValueError, match="search, key, quran"):
        at.normalize("x", "nope")
    with pytest.raises(ValueError, match="search, key, quran"):
        at.Normalizer("nope")
    with pytest.raises(ValueError, match="fold_alef_variants"):
        at.Normalizer(unknown_option=True)
    with pytest.raises(ValueError, match="N0 to N19"):
        at.Normalizer(enable=["N20"])
    with pytest.raises(ValueError, match="to_ascii"):
        at.Normalizer(fold_digits="western")
    with pytest.raises(ValueError, match="True or False"):
        at.Normalizer(trim="yes")
    with pytest.raises(ValueError, match="light10"):
        at.Analyzer(stemmer="porter")
    with pytest.raises(ValueError, match="search"):
        at.Analyzer("elastic")


# --- size and threads -------------------------------------------------------------------------


def test_a_100_mb_str(seed_lines: list[str]) -> None:
    block = "\n".join(seed_lines)
    reps = 100_000_000 // len(block.encode()) + 1
    big = "\n".join([block] * reps)
    assert len(big.encode()) >= 100_000_000
    out = at.normalize(big)
    # Line by line equals the whole (the search preset looks at no context across a newline).
    expected_block = "\n".join(at.normalize(line) for line in seed_lines)
    assert out == "\n".join([expected_block] * reps)
    assert at.normalize(out) is out
    del big, out


def test_two_threads_get_the_same_results(seed_lines: list[str]) -> None:
    texts = seed_lines * 10
    expected_norm = [at.normalize(t) for t in texts]
    expected_tok = [[(t.start, t.end, t.kind) for t in at.tokenize(x)] for x in texts[:500]]
    results: dict[int, tuple[list[str], list[list[tuple[int, int, str]]]]] = {}
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            norm = at.normalize_batch(texts) if i % 2 else [at.normalize(t) for t in texts]
            tok = [[(t.start, t.end, t.kind) for t in at.tokenize(x)] for x in texts[:500]]
            results[i] = (norm, tok)
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for norm, tok in results.values():
        assert norm == expected_norm
        assert tok == expected_tok


def test_list_batches_equal_one_call_per_item(seed_lines: list[str]) -> None:
    texts = TRICKY + seed_lines * 3
    assert at.sentences_batch(texts) == [at.sentences(t) for t in texts]
    assert at.sentences_batch(texts, line_breaks=False) == [at.sentences(t, line_breaks=False) for t in texts]
    a = at.Analyzer("lucene")
    assert a.analyze_batch(texts) == [a.terms(t) for t in texts]


def test_arrow_token_sentence_and_term_lists(seed_lines: list[str]) -> None:
    pa = pytest.importorskip("pyarrow")
    texts = [None, *TRICKY, None, *seed_lines]
    arr = pa.array(texts)
    tokens = at.tokenize_batch(arr)
    assert tokens.type == pa.list_(
        pa.field(
            "item",
            pa.struct(
                [
                    pa.field("text", pa.string(), False),
                    pa.field("start", pa.int32(), False),
                    pa.field("end", pa.int32(), False),
                    pa.field("kind", pa.string(), False),
                ]
            ),
            False,
        )
    )
    for t, row in zip(texts, tokens.to_pylist()):
        if t is None:
            assert row is None
        else:
            assert row == [dict(text=x.text, start=x.start, end=x.end, kind=x.kind) for x in at.tokenize(t)]
    sents = at.sentences_batch(arr).to_pylist()
    assert sents == [None if t is None else at.sentences(t) for t in texts]
    terms = at.Analyzer().analyze_batch(arr.slice(1)).to_pylist()
    assert terms == [None if t is None else at.Analyzer().terms(t) for t in texts[1:]]
    chunked = at.tokenize_batch(pa.chunked_array([arr.slice(0, 3), arr.slice(3)]))
    assert chunked.to_pylist() == tokens.to_pylist()
