"""A noun first for a thing but also for a person ("head": a body part, then a leader; "chair") asked as
someone's office ("who is the head of the Tarn Mining Authority") is read as the role, so the role checks
apply: a sentence naming the head of another office ("a former head of security at the authority") does
not answer it, while one naming the body's head does."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import answer_from, first_statement

UNHELD = (
    "The review will be assisted by Oskar Lind, a former head of security at the Tarn Mining Authority. "
    "The Tarn Mining Authority licenses every quarry in the valley. "
    "Its inspectors visited the Brede quarry twice last year."
)

HELD = (
    "The review will be assisted by Oskar Lind, the head of the Tarn Mining Authority. "
    "The Tarn Mining Authority licenses every quarry in the valley. "
    "Its inspectors visited the Brede quarry twice last year."
)


def test_the_head_of_another_office_is_not_the_bodys_head(tmp_path: Path) -> None:
    doc = {"id": "review", "title": "Quarry review named", "text": UNHELD}
    a = answer_from(tmp_path, doc, "Who is the head of the Tarn Mining Authority?")
    assert a.abstained, a.answer


def test_the_bodys_head_answers(tmp_path: Path) -> None:
    doc = {"id": "review", "title": "Quarry review named", "text": HELD}
    a = answer_from(tmp_path, doc, "Who is the head of the Tarn Mining Authority?")
    assert not a.abstained and "Oskar Lind" in first_statement(a), a.answer


NURSING = (
    "Nurses at Calder Infirmary warned managers for two years that the wards were short of staff, "
    "according to internal documents seen by the Gazette. "
    "Ana Lopes, the unit's head of nursing, left the trust in May."
)


def test_an_office_of_its_own_is_answered_by_its_holder(tmp_path: Path) -> None:
    # ("head of nursing": the sentence naming its holder, not the one holding the question's other words)
    doc = {"id": "infirmary", "title": "Infirmary staffing", "text": NURSING}
    a = answer_from(tmp_path, doc, "Who is the head of nursing at Calder Infirmary?")
    assert not a.abstained and "Ana Lopes" in first_statement(a), a.answer
