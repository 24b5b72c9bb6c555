"""A verb the coverage lacks in every form and by every synonym is said by a verb it writes whose
dictionary definition names the question verb's own noun: "arrest" is defined as "take into custody",
and "custody" is what "detain" brings about ("detention", whose synonym it is). The coverage confirms
the reading by writing the verb with the question's other words."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import FILLER_TOPICS, assert_verbatim, engine_of, filler

AIRPORT = {
    "id": "airport",
    "title": "Fund founder in court",
    "text": "Police arrested Tomas Reyne at Harwick airport on Friday as he tried to board a flight to "
    "Lisbon. His lawyer said he denied any wrongdoing.",
}
HARBOUR = {
    "id": "harbour",
    "title": "Harbour reopens",
    "text": "The harbour at Kelby reopened to fishing boats on Monday after a week of storms.",
}


@pytest.fixture(scope="module")
def coverage(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    # (no filler of train delays: "delay" is a sense of "detain" the coverage would then write)
    topics = [t for t in FILLER_TOPICS if t[0] != "rail"]
    return engine_of(tmp_path_factory.mktemp("detained"), [AIRPORT, HARBOUR, *filler(12, topics)])


def test_a_verb_defined_by_the_question_verbs_noun_answers(coverage: Engine) -> None:
    a = coverage.ask("Who was detained at Harwick airport?")
    assert not a.abstained, a.answer
    assert "Tomas Reyne" in a.statements[0].text
    assert_verbatim(coverage, a)


def test_a_defined_verb_the_coverage_writes_elsewhere_answers_nothing(coverage: Engine) -> None:
    """No sentence writes the arrest with the harbour: nothing says anyone was detained there."""
    a = coverage.ask("Who was detained at Kelby harbour?")
    assert a.abstained or "Reyne" not in a.answer, a.answer
