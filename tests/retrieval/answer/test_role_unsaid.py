"""A "who is the ROLE of X" is answered only by a sentence that says the role (or a form of it: "owned
by" for the owner): one naming someone "of X" in another capacity ("said Ansel Tovey of the Marrow
Valley Beekeepers Guild") is near the topic, not an answer, and a role the coverage never writes no
sentence gives. Made-up corpus about a honey fair."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

_DOCS = [
    {"id": "fair", "title": "Honey fair draws record crowd", "source": "Valley Echo",
     "text": "The autumn honey fair in Dunmere drew a record crowd on Sunday. \"We sold out of comb honey "
             "by noon,\" said Ansel Tovey of the Marrow Valley Beekeepers Guild. Prizes went to twelve "
             "hives."},
    {"id": "press", "title": "Cider press changes hands", "source": "Valley Echo",
     "text": "The old cider press on Mill Lane is now owned by orchard farmer Petra Lund. She plans to "
             "reopen it in the spring."},
    {"id": "guild", "title": "Guild elects officers", "source": "Valley Echo",
     "text": "Mira Sato, secretary of the Dunmere Rowing Club, said members had voted to repaint the "
             "boathouse. Work starts in May."},
]  # fmt: skip


@pytest.fixture(scope="module")
def fair(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("fair"), [*_DOCS, *filler(8)])


def test_someone_of_the_body_in_another_capacity_is_not_its_role_holder(fair: Engine) -> None:
    a = fair.ask("who is the treasurer of the marrow valley beekeepers guild")
    assert a.abstained, a.answer


def test_the_role_said_by_its_verb_is_answered(fair: Engine) -> None:
    a = fair.ask("who is the owner of the cider press")
    assert not a.abstained and "Petra Lund" in a.answer, a.answer
    assert_verbatim(fair, a)


def test_the_role_itself_is_answered(fair: Engine) -> None:
    a = fair.ask("who is the secretary of the dunmere rowing club")
    assert not a.abstained and "Mira Sato" in a.answer, a.answer
    assert_verbatim(fair, a)
