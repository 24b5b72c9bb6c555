"""A capitalised title before its holder's two-word name ("Tarrow County Fire Chief Linden Ashworth")
names the role for "who is the Tarrow County fire chief", though WordNet knows the first name as a
common noun ("linden", a tree); a title that another noun of a title heads ("Chief Inspector Rowan
Tate") is that other title, and names no chief (made-up corpus about a barn fire)."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

_DOCS = [
    {"id": "barn", "title": "Barn fire in Tarrow County", "source": "Valley Post",
     "text": "A barn fire near Millby destroyed two sheds on Friday. \"The wind carried embers across the "
             "road,\" Tarrow County Fire Chief Linden Ashworth said at the scene."},
    {"id": "police", "title": "Barn fire inquiry", "source": "Valley Post",
     "text": "Chief Inspector Rowan Tate of Bramwell Police said officers were looking into the cause of "
             "the Millby fire."},
]  # fmt: skip


@pytest.fixture(scope="module")
def barn(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("barn"), [*_DOCS, *filler(8)])


def test_a_capitalised_title_before_a_name_names_the_role(barn: Engine) -> None:
    a = barn.ask("Who is the Tarrow County fire chief?")
    assert not a.abstained, a.answer
    assert_verbatim(barn, a)
    assert "Linden Ashworth" in a.answer


def test_a_title_headed_by_another_noun_names_no_chief(barn: Engine) -> None:
    a = barn.ask("What is the name of the fire chief in Bramwell?")
    assert "Rowan Tate" not in a.answer, a.answer
