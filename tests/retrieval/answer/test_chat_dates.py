"""Chat questions about a story told over several days (made-up corpus about a ferry's engine fault):
a date written the way chat writes it ("on mar 4", "on the 11th") places the question in that day, a
"-en" verb says its adjective ("have been sickened": got sick), and a speaker with a title's abbreviation
("said Dr. Ines Marlow") is the one a "what did Ines Marlow say" asks for."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

_DOCS = [
    {"id": "ferry-0304", "title": "Ferry fault strands passengers", "source": "Kelby Gazette",
     "published": "2025-03-04",
     "text": "An engine fault on the Kelby ferry stranded passengers on Tuesday. The operator said 14 "
             "crossings were cancelled."},
    {"id": "ferry-0311", "title": "Ferry cancellations mount", "source": "Kelby Gazette",
     "published": "2025-03-11",
     "text": "The Kelby ferry operator said 52 crossings have now been cancelled since the engine fault. "
             "\"We expect the engine back within a fortnight,\" said Dr. Ines Marlow, the operator's chief "
             "engineer. Storms have weakened the harbour wall in three places."},
    {"id": "ferry-0318", "title": "Ferry crew falls ill", "source": "Kelby Gazette",
     "published": "2025-03-18",
     "text": "The Kelby health office said Wednesday that nine Kelbians have been sickened, in Ashby and "
             "Colm parishes. Two more parishes are testing patients."},
    {"id": "clinic", "title": "Kelby clinic hours",
     "text": "The Kelby clinic sees sick children on Saturdays."},
]  # fmt: skip


@pytest.fixture(scope="module")
def ferry(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("ferry"), [*_DOCS, *filler(6)])


@pytest.mark.parametrize(
    "question", ["how many crossings were cancelled on mar 4", "how many crossings were cancelled on the 4th"]
)
def test_a_lowercase_day_without_a_year_places_the_question(ferry: Engine, question: str) -> None:
    a = ferry.ask(question)
    assert not a.abstained, a.answer
    assert_verbatim(ferry, a)
    # (not also the count of another day: the day asked is the article's)
    assert [c.doc_id for c in a.citations] == ["ferry-0304"], a.answer
    assert "14" in a.answer


def test_an_ordinal_day_of_another_day_answers_from_that_day(ferry: Engine) -> None:
    a = ferry.ask("how many crossings were cancelled according to the gazette on the 11th")
    assert not a.abstained, a.answer
    assert [c.doc_id for c in a.citations] == ["ferry-0311"], a.answer
    assert "52" in a.answer


def test_a_verb_made_of_an_adjective_says_it(ferry: Engine) -> None:
    # "got sick": "has sickened nine members" says it
    a = ferry.ask("how many kelbians got sick")
    assert not a.abstained, a.answer
    assert [c.doc_id for c in a.citations] == ["ferry-0318"], a.answer
    assert "nine" in a.answer


def test_a_speaker_named_after_a_title_abbreviation_is_quoted(ferry: Engine) -> None:
    a = ferry.ask("what did ines marlow say")
    assert not a.abstained, a.answer
    assert "within a fortnight" in a.answer
