"""A question asking whether or what has been done by now ("has the group published the files") is not
answered by a sentence holding its verb only as what is to happen ("had threatened to publish"): that
says nothing was done yet. Its twin, whose coverage says it was done, is answered."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import answer_from, first_statement

_THREAT = (
    "The extortion gang Ashmoth had threatened to publish the Delmore Clinic patient files unless the "
    "clinic paid a ransom by Friday. "
    "Delmore Clinic said it would not pay and had told the police."
)


def _doc(text: str) -> dict[str, str]:
    return {"id": "delmore-hack", "title": "Delmore Clinic refuses ransom", "text": text}


def test_a_threat_to_do_it_is_no_answer_to_whether_it_was_done(tmp_path: Path) -> None:
    a = answer_from(tmp_path, _doc(_THREAT), "Has Ashmoth published the patient files?")
    assert a.abstained, a.answer


def test_the_act_stated_answers(tmp_path: Path) -> None:
    done = _doc(_THREAT + " On Saturday Ashmoth published the patient files on a leak site.")
    a = answer_from(tmp_path, done, "Has Ashmoth published the patient files?")
    assert not a.abstained, a.answer
    assert "On Saturday" in first_statement(a), a.answer
