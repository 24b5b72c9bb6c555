"""Declining a question about someone or something the coverage never mentions, though its other words
are there or a dictionary relates them to the coverage's (small made-up corpora): a chat handle and the
name a "who is X" asks about are read as names, never as synonyms or misspelt function words."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

BRIDGE = {
    "id": "bridge",
    "title": "Bridge repairs begin",
    "text": "Around 14,000 vehicles cross the bridge every day. The bridge will close for repairs next "
    "month, the council said.",
}
MAYOR = {
    "id": "mayor",
    "title": "Mayor opens park",
    "text": "Mayor Ana Ruiz opened the new riverside park on Saturday.",
}


def _engine(tmp_path: Path, *docs: dict[str, str]) -> Engine:
    return engine_of(tmp_path, [*filler(12), BRIDGE, MAYOR, *docs])


def test_a_handle_or_name_the_coverage_lacks_is_declined(tmp_path: Path) -> None:
    # "grumpy" is a synonym of "cross" to a dictionary, and "dave" one letter from "have"
    engine = _engine(tmp_path)
    for question in (
        "Who is grumpy_dave?",
        "who is @grumpy_dave",
        "who is grumpy dave",
        "Is grumpy_dave angry?",
    ):
        a = engine.ask(question)
        assert a.abstained, (question, a.answer)


def test_a_handle_or_name_the_coverage_holds_is_answered(tmp_path: Path) -> None:
    forum = {
        "id": "forum",
        "title": "Forum rules",
        "text": "The moderator grumpy_dave closed the forum thread.",
    }
    engine = _engine(tmp_path, forum)
    a = engine.ask("Who is grumpy_dave?")
    assert not a.abstained, a.answer
    assert a.citations[0].doc_id == "forum"
    assert_verbatim(engine, a)
    a = engine.ask("who is ruiz")
    assert not a.abstained, a.answer
    assert a.citations[0].doc_id == "mayor"


def test_a_question_about_a_thing_the_coverage_never_mentions_is_declined(tmp_path: Path) -> None:
    # the coverage holds "close", but of the bridge: "library" is in no sentence, no synonym of it is
    engine = _engine(tmp_path)
    for question in ("Is the library closing?", "When will the new library close?"):
        a = engine.ask(question)
        assert a.abstained, (question, a.answer)
        assert "library" in a.answer


def test_a_subject_said_otherwise_or_misspelt_is_still_answered(tmp_path: Path) -> None:
    film = {
        "id": "film",
        "title": "Cinema news",
        "text": "The new movie about the harbour opens at the Regal on Friday.",
    }
    engine = _engine(tmp_path, film)
    for question, doc in (
        ("When does the film about the harbour open?", "film"),  # a synonym the coverage uses
        ("Is the brigde closing?", "bridge"),  # a misspelling of a word it holds
        ("Is the bridge closing?", "bridge"),
    ):
        a = engine.ask(question)
        assert not a.abstained, (question, a.answer)
        assert a.citations[0].doc_id == doc


def test_a_question_of_marks_after_its_auxiliary_gets_a_reply_not_an_error(tmp_path: Path) -> None:
    """A mark that is no word where the subject would be ("Is it -") is passed over, not read past the
    end of the question."""
    engine = _engine(tmp_path)
    for question in ("Is it -", "is it a %", "Is it \u2014", "Is - of the bridge closing?"):
        a = engine.ask(question)
        assert a.answer, question


def test_an_english_word_is_not_read_as_the_word_one_first_letter_away(tmp_path: Path) -> None:
    """ "Who hacked the ferry line" is no "who backed the ferry line": a typo seldom hits a word's first
    letter, and an English word so changed is another word. The article's "hackers" (the word's own
    family, in a rarer sense) answers instead; a misspelling that keeps its first letter is still read
    ("ferrry" -> "ferry")."""
    story = {
        "id": "ferry",
        "title": "Ferry line systems down",
        "text": "Investors backed the Dunmore ferry line with a loan last spring. The ferry line's booking "
        "system went down on Sunday. A group of hackers calling itself Grey Gull says it broke into the "
        "ferry line's network.",
    }
    engine = _engine(tmp_path, story)
    a = engine.ask("who hacked the dunmore ferry line")
    assert not a.abstained
    assert_verbatim(engine, a)
    assert "Grey Gull" in a.answer and "Investors backed" not in a.answer
    b = engine.ask("who hacked the dunmore ferrry line")
    assert not b.abstained and "Grey Gull" in b.answer
