"""Outlets giving different counts of one event are each quoted with their own citation, though each
tells the event's story its own way: the later one ("The council suspended ... after 13 swimmers were
pulled from the water") shares few of the first one's words ("as the tide turned ... the coldest day"),
but names the event alike ("the Harlow Bay Swim"). A count written in words ("Eleven") is a figure as
much as one in digits, and so is one with a word of scale ("a dozen", "two dozen" are 12 and 24, not
1 and 2): when the outlets agree, the other outlet confirms it."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.lexicon import figures
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

FIRST = {
    "id": "gazette",
    "title": "Swimmers rescued as tide turns on Harlow Bay Swim",
    "source": "Shore Gazette",
    "published": "2026-06-06",
    "text": "Eleven swimmers were pulled from the water during the Harlow Bay Swim on Saturday as the tide "
    "turned sharply, the coldest start in the event's 25-year history.\n\nAbout 600 swimmers had set off "
    "from the pier.",
}
LATER = {
    "id": "post",
    "title": "Council suspends sea swim licence",
    "source": "County Post",
    "published": "2026-06-08",
    "text": "The council on Monday suspended the licence of the Harlow Bay Swim pending a safety inquiry, "
    "after 13 swimmers were pulled from the water.\n\nThe organisers said they would cooperate.",
}


def _ask(tmp_path: Path, later_count: str) -> tuple[Engine, str, set[str]]:
    later = {**LATER, "text": LATER["text"].replace("13", later_count)}
    engine = engine_of(tmp_path, [FIRST, later, *filler(12)])
    a = engine.ask("How many swimmers were pulled from the water?")
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    return engine, a.answer, {c.doc_id for c in a.citations}


def test_another_outlets_count_of_the_named_event_is_quoted_beside_the_answer(tmp_path: Path) -> None:
    _, answer, cited = _ask(tmp_path, "13")
    assert "Eleven swimmers" in answer and "13 swimmers" in answer, answer
    assert cited == {"gazette", "post"}
    assert answer.index("13 swimmers") < answer.index("Eleven swimmers")  # the newer report leads


def test_an_outlet_agreeing_in_digits_confirms_a_count_in_words(tmp_path: Path) -> None:
    _, answer, cited = _ask(tmp_path, "11")
    assert "Eleven swimmers" in answer, answer
    assert cited == {"gazette", "post"}


def test_another_events_count_is_not_its_version(tmp_path: Path) -> None:
    other = {
        **LATER,
        "text": "The council on Monday suspended the licence of the Dunmore Lake Swim pending a safety "
        "inquiry, after 13 swimmers were pulled from the water.",
    }
    engine = engine_of(tmp_path, [FIRST, other, *filler(12)])
    a = engine.ask("How many swimmers were pulled from the water at the Harlow Bay Swim?")
    assert "Eleven swimmers" in a.answer, a.answer
    assert "13 swimmers" not in a.answer


@pytest.mark.parametrize(
    ("words", "digits"),
    [("two dozen", "24"), ("A dozen", "12"), ("three hundred", "300"), ("a thousand", "1000")],
)
def test_a_spelled_figure_with_a_word_of_scale_is_its_digits(words: str, digits: str) -> None:
    assert figures(f"{words} swimmers were pulled from the water") == {digits}


def test_half_a_dozen_and_dozens_give_no_figure() -> None:
    assert figures("half a dozen swimmers") == figures("dozens of swimmers") == frozenset()


def _lead(tmp_path: Path, first_count: str, later_count: str, swap_dates: bool) -> str:
    """The document the answer's first statement cites, the later article dated first with
    ``swap_dates`` (so that the newest report is the one giving the first count)."""
    first = {**FIRST, "text": FIRST["text"].replace("Eleven", first_count)}
    later = {**LATER, "text": LATER["text"].replace("13", later_count)}
    if swap_dates:
        first["published"], later["published"] = later["published"], first["published"]
    a = engine_of(tmp_path, [first, later, *filler(12)]).ask("How many swimmers were pulled from the water?")
    assert not a.abstained, a.answer
    (n,) = a.statements[0].citations
    return next(c.doc_id for c in a.citations if c.n == n)


@pytest.mark.parametrize("swap_dates", [False, True])
def test_a_count_in_words_with_a_scale_agrees_with_its_digits(tmp_path: Path, swap_dates: bool) -> None:
    words, digits = "A dozen", "12"
    # outlets agreeing on a count lead as when both write it in digits (by rank), not as two versions
    # of it (the newest first)
    assert _lead(tmp_path / "words", words, digits, swap_dates) == _lead(
        tmp_path / "digits", digits, digits, swap_dates
    )
