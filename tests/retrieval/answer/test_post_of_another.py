"""Declining a question for the holder of a post when the coverage names only the holder of another:
the deputy of a title only its chief is named in ("who is the deputy fire chief" of "Fire Chief Lena
Dorsey"), another title of the same organisation ("chief financial officer" of its chief executive),
or the same title at another named organisation ("what did Harwick Bank's chief executive say" of
Dunmore Savings'). The post as written is still answered, whatever the sentence's other words."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import engine_of as _engine
from tests.retrieval.answer.corpora import filler as _filler

_STORY = [
    {
        "id": "mill-fire",
        "title": "Fire guts Ostler Grain mill in Pellbrook",
        "text": "A fire destroyed the Ostler Grain mill in Pellbrook on Sunday night. "
        "Fire Chief Lena Dorsey said crews fought the blaze for nine hours. "
        "Ostler Grain chief executive Tobias Wren said the company would rebuild the mill. "
        '"Savers will want answers about the insurance," said Dunmore Savings\' chief executive, '
        "Maria Quell. "
        "Harbour master Ada Finch closed the quay beside the mill. "
        '"The fire started in the drying room," Detective Inspector Colm Rourke said. '
        "The mill employed 140 people.",
    },
    *_filler(12),
]


def test_the_deputy_of_a_post_only_its_holder_is_named_in(tmp_path: Path) -> None:
    engine = _engine(tmp_path, _STORY)
    a = engine.ask("Who is the deputy fire chief?")
    assert a.abstained, a.answer
    a = engine.ask("Who is the fire chief?")
    assert not a.abstained and "Lena Dorsey" in a.answer, a.answer


def test_another_title_of_the_same_organisation(tmp_path: Path) -> None:
    engine = _engine(tmp_path, _STORY)
    a = engine.ask("Who is Ostler Grain's chief financial officer?")
    assert a.abstained, a.answer
    a = engine.ask("Who is the acting chief executive of Ostler Grain?")
    assert a.abstained, a.answer
    a = engine.ask("Who is Ostler Grain's chief executive?")
    assert not a.abstained and "Tobias Wren" in a.answer, a.answer


def test_the_same_title_at_another_organisation(tmp_path: Path) -> None:
    engine = _engine(tmp_path, _STORY)
    a = engine.ask("What did Harwick Bank's chief executive say?")
    assert a.abstained, a.answer
    a = engine.ask("What did Dunmore Savings' chief executive say?")
    assert not a.abstained and "Savers" in a.answer, a.answer


def test_a_post_written_otherwise_or_before_another_title_is_answered(tmp_path: Path) -> None:
    # "harbor" of "Harbour", and "Detective" before "Inspector": the asked post, as the sentence writes it
    engine = _engine(tmp_path, _STORY)
    a = engine.ask("who is the harbor master")
    assert not a.abstained and "Ada Finch" in a.answer, a.answer
    a = engine.ask("What did the detective say about the fire?")
    assert not a.abstained and "drying room" in a.answer, a.answer
