"""Declining a question that asks for a person by a role the coverage writes in no form ("what's the
name of the judge" over a lawsuit no judge of which is mentioned): a sentence holding the question's
other words names people in other roles. A role written by a synonym, a verb of its family or its
words spelled out is still answered."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import engine_of as _engine
from tests.retrieval.answer.corpora import filler as _filler

_STORY = [
    {
        "id": "mill-suit",
        "title": "Growers sue Tolland Mills over spoiled grain",
        "text": "The Brackwater Growers Cooperative is the lead plaintiff in a lawsuit against "
        "Tolland Mills, according to a complaint filed in county court on Monday. "
        "The cooperative is represented by the law firm Vane Orrick LLP, which has brought similar suits "
        "against other millers. "
        "Tolland Mills chief executive Irma Scholt said the claims had no basis. "
        "The company's chief marketing officer, Bram Ettles, said the grain had been stored correctly. "
        "The mill was founded by Osric Pell in 1961.",
    },
    *_filler(12),
]


def test_a_role_never_written_names_no_one(tmp_path: Path) -> None:
    engine = _engine(tmp_path, _STORY)
    a = engine.ask("what's the name of the judge in the lawsuit")
    assert a.abstained, a.answer
    assert "judge" in a.answer, a.answer


def test_a_firm_named_is_no_lawyer_named(tmp_path: Path) -> None:
    # "law" of "lawyer" is no person: "the law firm Vane Orrick LLP" names no lawyer
    engine = _engine(tmp_path, _STORY)
    a = engine.ask("who is the lead lawyer at vane orrick")
    assert a.abstained, a.answer


def test_a_role_written_out_or_by_its_verb_is_still_answered(tmp_path: Path) -> None:
    engine = _engine(tmp_path, _STORY)
    # "chief marketing officer": its initials spell the role, which is written, so not declined
    a = engine.ask("who is the cmo of tolland mills")
    assert not a.abstained, a.answer
    a = engine.ask("who is the founder of tolland mills")  # "founded by"
    assert not a.abstained, a.answer
    assert "Osric Pell" in a.answer, a.answer


def test_the_words_of_a_role_never_written_are_not_anothers(tmp_path: Path) -> None:
    # no governor in the coverage (its "county government" is no verb "govern" either): the chief
    # executive's words are not the governor's
    docs = [
        {
            "id": "mill-county",
            "title": "County reviews Tolland Mills permits",
            "text": "The county government will review the permits of Tolland Mills after the spoiled "
            "grain complaints. Tolland Mills chief executive Irma Scholt said the mill would cooperate.",
        },
        *_filler(12),
    ]
    engine = _engine(tmp_path, docs)
    a = engine.ask("what did the governor say about tolland mills")
    assert a.abstained, a.answer
    a = engine.ask("what did the chief executive say about the permits")
    assert not a.abstained, a.answer


def test_people_of_another_role_are_not_the_role_asked(tmp_path: Path) -> None:
    # the Gazette's story names reporters, no editor; the only editor named is another paper's
    docs = [
        {
            "id": "gazette-cuts",
            "title": "Harrow Gazette cuts jobs",
            "text": "The Harrow Gazette is cutting 20 reporter jobs, a fifth of its editorial staff.",
        },
        {
            "id": "times-prize",
            "title": "Lindell Times wins award",
            "text": "The Lindell Times won a regional award on Friday. "
            "Its editor, Jan Poole, thanked readers.",
        },
        *_filler(12),
    ]
    engine = _engine(tmp_path, docs)
    a = engine.ask("who is the editor of the harrow gazette")
    assert a.abstained, a.answer
    a = engine.ask("who is the editor of the lindell times")
    assert not a.abstained, a.answer
    assert "Jan Poole" in a.answer, a.answer
