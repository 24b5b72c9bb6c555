"""A role is looked for in its senses as a person only: "who is the Dunmore County fire marshal" is not
answered by a sentence naming the county's sheriff beside a "mobile home park" (to marshal troops is to
mobilise them, a sense no person holds); with no fire marshal named, the coverage does not say who it is
(made-up corpus about a grass fire)."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler

_DOCS = [
    {"id": "grass", "title": "Grass fire reaches Dunmore County park", "source": "Plains Post",
     "text": "A grass fire burned 40 acres in Dunmore County on Friday. Dunmore County Sheriff Odile Farrant "
             "said deputies had cleared the Elm Row mobile home park before the flames arrived."},
    {"id": "column", "title": "Fire season is getting longer", "source": "Plains Post",
     "text": "Counties need more inspectors before summer. Agnes Whitlow is a retired state fire marshal who "
             "writes a monthly column."},
]  # fmt: skip


@pytest.fixture(scope="module")
def grass(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("grass"), [*_DOCS, *filler(8)])


def test_a_role_is_not_found_through_a_verb_sense_synonym(grass: Engine) -> None:
    a = grass.ask("Who is the Dunmore County fire marshal?")
    assert "Farrant" not in a.answer, a.answer
