"""A line of credits for the making of a piece ("Edited by Priya Santos.", "— Editing by Priya Santos.",
"Photos by Ana Ruiz. Editing by Priya Santos.", "Editing: Priya Santos.") is page furniture, never
quoted as an answer; a sentence that opens so and goes on ("Edited by Priya Santos, the book sold
well.") is prose."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import build_engine
from retrieval.ingest.clean import _furniture_kind

_STORY = """Ferry fares to rise

Harwick Courier, 6 March 2026

Ferry fares will rise by 5 percent in April, the operator said on Thursday.

The operator blamed higher fuel costs for the rise.

{credit}
"""


@pytest.mark.parametrize(
    "credit",
    [
        "\u2014 Editing by Priya Santos.",
        "Edited by Priya Santos.",
        "Editing: Priya Santos.",
        "Photos by Ana Ruiz. Editing by Priya Santos.",
        "Editing by Priya Santos, Tom Reed.",
    ],
)
def test_a_credit_line_is_not_quoted(tmp_path: Path, credit: str) -> None:
    (tmp_path / "fares.txt").write_text(_STORY.format(credit=credit))
    engine = build_engine(tmp_path)
    for question in ("Who is Priya Santos?", "Who edited the story?"):
        a = engine.ask(question)
        assert "Santos" not in a.answer.split(" I searched it for")[0], a.answer


def test_a_sentence_opening_as_a_credit_is_prose() -> None:
    assert _furniture_kind("Edited by Priya Santos, the book sold well.") is None
