"""A "what is the name of X" asks a name; a sentence bringing X in only as "a X" ("a bakery in Dunmore")
names none, and the coverage does not answer it. One whose story names X elsewhere ("The bakery, called
Crumbs, ...") still answers."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import engine_of as _engine
from tests.retrieval.answer.corpora import filler as _filler

_DOCS = [
    {
        "id": "bread-recall",
        "title": "Rye loaves recalled after mould found",
        "text": "Inspectors found mould in a rye loaf bought at a bakery in Dunmore. "
        "The regional food office said the loaves should be thrown away.",
    },
    {
        "id": "mill-fire",
        "title": "Fire at Ostby flour mill",
        "text": "A fire broke out overnight at a flour mill in Ostby. "
        "The mill, called Greywater Mills, will stay closed for a month.",
    },
    *_filler(12),
]


def test_a_thing_brought_in_unnamed_does_not_give_its_name(tmp_path: Path) -> None:
    engine = _engine(tmp_path, _DOCS)
    a = engine.ask("what is the name of the dunmore bakery")
    assert a.abstained, a.answer


def test_a_thing_its_story_names_still_answers(tmp_path: Path) -> None:
    engine = _engine(tmp_path, _DOCS)
    a = engine.ask("what is the name of the ostby flour mill")
    assert not a.abstained, a.answer
    assert "Greywater" in a.answer, a.answer
