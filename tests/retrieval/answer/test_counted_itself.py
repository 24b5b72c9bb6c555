"""A "how many X" is answered by a sentence giving a number of X itself ("more than 12 ovens") in the
story of the question's names, though it words the rest of the question otherwise ("a cash prize" for
"reward ... with money", "revive its ailing bread trade" for "the decline of local baking"): the count
of the very thing asked about is what is asked. A number of something else is still no answer."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

OVENS = (
    "Dunmore's council met on Tuesday to discuss the town centre. "
    "Mayor Ilsa Varga unveiled a scheme granting a cash prize to bakeries with more than 12 ovens, in an "
    "attempt to revive the ailing bread trade. "
    "The scheme starts in the spring, the council said."
)

ASKED = (
    "Alarmed by the decline of local baking, Dunmore mayor Ilsa Varga said this week she would reward "
    "shopkeepers and their families with a large and generous sum of money if they install and operate on "
    "their premises how many ovens?"
)


def _engine(tmp_path: Path) -> Engine:
    return engine_of(
        tmp_path, [{"id": "ovens", "title": "Dunmore bakery scheme", "text": OVENS}, *filler(12)]
    )


def test_a_number_of_the_thing_counted_answers_a_reworded_how_many(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    a = engine.ask(ASKED)
    assert not a.abstained
    assert "more than 12 ovens" in a.answer
    assert_verbatim(engine, a)


def test_a_number_of_something_else_does_not(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    a = engine.ask(ASKED.replace("ovens", "vans"))
    assert a.abstained
