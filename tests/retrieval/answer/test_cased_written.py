"""A word written in its very case (``spellings.writes(..., cased=True)``) is found without compiling a
pattern for each word asked, as the pattern ``(?<![\\w'’.-])word(?![\\w'’-])`` finds it: a word of its
own, no letter, digit, apostrophe or hyphen beside it, nor a dot before it ("r" of "R.")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from retrieval.answer.spellings import _holds_cased, writes
from tests.retrieval.answer.corpora import engine_of

_TEXTS = [
    "Mayor Ines Pellow visited the quarry.",
    "Pellow's quarry",
    "pellow quarry",
    "the Pellow-Smith fund",
    "Smith-Pellow said",
    "R. Pellow and Pellowes",
    "a.Pellow b",
    "’Pellow’",
    "“Pellow”, she said",
    "Pellow.",
    "Pellow",
    "xPellow Pellow2 _Pellow Pellow_ Pellowé éPellow",
    "PellowPellow Pellow",
    "",
    "r. r r.",
    "r",
    "mr r's r-r",
]


@pytest.mark.parametrize("word", ["Pellow", "pellow", "r", "R", "Pel", "ellow", "ow P"])
@pytest.mark.parametrize("text", _TEXTS)
def test_the_word_is_found_where_the_pattern_finds_it(word: str, text: str) -> None:
    pattern = re.compile(rf"(?<![\w'’.-]){re.escape(word)}(?![\w'’-])")
    assert _holds_cased(word, text) == bool(pattern.search(text))


def test_a_word_written_only_in_another_case_is_not_written_so(tmp_path: Path) -> None:
    strikes = [
        {"id": f"e{i}", "title": f"Strike {i}", "text": f"The crew went on strike on day {i}."}
        for i in range(10)
    ]
    docs = [
        {
            "id": "d1",
            "title": "Quarry",
            "text": "Mayor Ines Pellow visited the quarry. The Quarry Fund paid.",
        },
        {"id": "d2", "title": "Ferry", "text": "The ferry sailed late. R. Ferris said so."},
        *strikes,
    ]
    ctx = engine_of(tmp_path, docs)._ctx
    assert writes("Pellow", ctx, cased=True) and not writes("pellow", ctx, cased=True)
    assert writes("pellow", ctx)  # (case aside)
    assert writes("quarry", ctx, cased=True) and writes("Quarry", ctx, cased=True)
    assert not writes("r", ctx, cased=True) and not writes("ferri", ctx, cased=True)
