"""A figure given as a bound ("its licensed limit of 90 passengers") is what could be, not what the
answer reports was: another outlet's sentence stating that bound ("The Wren is licensed to carry 90
passengers") does not confirm the answer's count, and must not be quoted between two outlets' differing
counts as if it were "also reported"."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler


def _engine(tmp_path: Path) -> Engine:
    return engine_of(
        tmp_path,
        [
            {
                "id": "herald",
                "source": "Lake Herald",
                "title": "Wren ferry: 150 aboard vessel licensed for 90, records show",
                "text": "The Wren ferry that sank on Lake Orm on Sunday was carrying 150 people, well above "
                "its licensed limit of 90 passengers, ticket records show.",
            },
            {
                "id": "echo",
                "source": "Orm Echo",
                "title": "Survivors describe crush on the Wren ferry",
                "text": "The Wren ferry that sank on Lake Orm on Sunday was carrying 128 people, above its "
                "licensed limit of 90 passengers, a harbour official said.",
            },
            {
                "id": "radio",
                "source": "Orm Radio",
                "title": "LIVE: Wren ferry sinks on Lake Orm",
                "text": "The Wren ferry is licensed to carry 90 passengers. "
                "Divers searched the lake overnight.",
            },
            *filler(12),
        ],
    )


def test_a_bound_is_not_the_answers_figure(tmp_path: Path) -> None:
    a = _engine(tmp_path).ask("Do outlets agree on how many passengers were aboard the Wren ferry?")
    assert not a.abstained, a.answer
    assert "licensed to carry" not in a.answer, a.answer


def test_a_question_asking_the_bound_is_confirmed_by_it(tmp_path: Path) -> None:
    """ "How many passengers was it allowed to carry" asks the bound, which the other outlets' "licensed
    limit of 90 passengers" confirms."""
    a = _engine(tmp_path).ask("How many passengers was the Wren ferry allowed to carry?")
    assert not a.abstained and "licensed to carry 90 passengers" in a.answer, a.answer
    assert "Also reported" in a.answer, a.answer
