"""A "which company operated X" asks for the name a sentence says did it: "The vessel, operated by
Lakeline Transport, ..." (its story naming the vessel X) answers, not a sentence holding X beside some
company's other doing ("Tarn Ferries has offered compensation ... in the Blue Heron disaster"). A verb's
form used as a modifier ("the operating licence of Tarn Ferries") says no one did it."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from retrieval.answer.question import asked_act
from tests.retrieval.answer.corpora import engine_of, filler, first_statement

STORY = [
    {
        "id": "w1",
        "title": "Blue Heron ferry capsizes on Lake Orva",
        "text": "At least nine people died when the passenger ferry Blue Heron capsized on Lake Orva "
        "on Monday. "
        "The vessel, operated by Lakeline Transport, overturned about 200 metres from the north pier.",
    },
    {
        "id": "w2",
        "title": "Compensation offered after ferry disaster",
        "text": "Tarn Ferries has offered 10,000 pounds to the family of each person killed in the "
        "Blue Heron disaster, the company said on Friday. "
        "The regulator suspended the operating licence of Tarn Ferries.",
    },
]


def _engine(tmp_path: Path) -> Engine:
    return engine_of(tmp_path, [*STORY, *filler(12)])


def test_the_verb_asked_is_read_after_which_and_its_kind() -> None:
    assert asked_act("Which company operated the Blue Heron?") == {"operate"}
    assert asked_act("what ferry firm owns the boat") == {"own"}
    assert not asked_act("which body is investigating the crash")
    assert not asked_act("which arms deal was signed")
    assert not asked_act("what nfl star announced his retirement")


def test_the_sentence_saying_who_operated_it_answers(tmp_path: Path) -> None:
    a = _engine(tmp_path).ask("Which company operated the Blue Heron?")
    assert not a.abstained, a.answer
    assert "operated by Lakeline Transport" in first_statement(a), a.answer
