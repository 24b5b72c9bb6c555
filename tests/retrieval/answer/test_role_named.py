"""A "who is the ROLE" (or "who is X's ROLE") is answered by a sentence naming someone in that role, with
the role's owner when the question gives one; a sentence naming someone in another role is no answer, and
when none names anyone in it the question is declined."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import engine_of as _engine
from tests.retrieval.answer.corpora import filler as _filler

_TRAM = [
    {
        "id": "tram",
        "title": "Brenmoor tram line approved",
        "text": "Mayor Ilsa Korv of Brenmoor announced a new tram line on Tuesday. "
        "The tram will run from the harbour to the old mill, the Brenmoor council said. "
        "Tramco spokeswoman Edda Lunn said the first cars would arrive in May.",
    },
    *_filler(12),
]


def test_someone_in_another_role_does_not_answer_a_possessive_role(tmp_path: Path) -> None:
    engine = _engine(tmp_path, _TRAM)
    a = engine.ask("who is the brenmoor mayor's spokesperson")
    assert a.abstained, a.answer


def test_a_role_no_one_is_named_in_is_declined(tmp_path: Path) -> None:
    engine = _engine(tmp_path, _TRAM)
    a = engine.ask("who is the brenmoor council treasurer")
    assert a.abstained, a.answer


def test_a_role_is_answered_by_the_sentence_naming_its_holder(tmp_path: Path) -> None:
    docs = [
        {
            "id": "trial",
            "title": "Ostby fraud trial opens",
            "text": "Defence lawyer Mara Quill said the fraud trial of Per Ostby rested on a single witness. "
            "Quill later asked the trial judge, Henrik Sols, for more time to prepare.",
        },
        *_filler(12),
    ]
    engine = _engine(tmp_path, docs)
    a = engine.ask("who is the ostby trial's judge")
    assert not a.abstained, a.answer
    assert "Henrik Sols" in a.answer, a.answer
