"""A question asks for a doer or a speaker by grammar the answer must follow: "who is suing X" asks who
brings the suit (the progressive's verb is no name to describe), and "what did the cmo say" asks for
the words of the officer the coverage spells out by those initials. Pinned on small made-up corpora."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim as _verbatim
from tests.retrieval.answer.corpora import engine_of as _engine
from tests.retrieval.answer.corpora import filler as _filler

_SUIT = (
    "The Brackenfield Teachers' Pension Plan is the lead plaintiff in a lawsuit against Quillmore "
    "Robotics, according to a complaint filed in state court. "
    "The complaint accuses the company of overstating orders for its warehouse arms. "
    "Critics who are now suing should ask whether they read the annual report at all. "
    "Quillmore shares fell sharply after the complaint was made public."
)


def test_who_is_doing_asks_for_the_doer_not_who_someone_is() -> None:
    from retrieval.answer.question import analyze, classify, who_is_words
    from retrieval.search.text import Tokenizer

    assert classify("who is suing quillmore") == "person"
    assert who_is_words("who is suing quillmore") == []
    assert "su" not in analyze("who is suing quillmore", Tokenizer()).literal
    # a name after "who is" is still one to describe, and a capitalised "-ing" word is a name's
    assert who_is_words("who is nora hill") == ["nora", "hill"]
    assert who_is_words("who is Manning") == ["manning"]


def test_who_is_suing_names_the_plaintiff(tmp_path: Path) -> None:
    docs = [{"id": "suit", "title": "Pension plan sues Quillmore", "text": _SUIT}, *_filler(12)]
    engine = _engine(tmp_path, docs)
    a = engine.ask("who is suing quillmore")
    assert not a.abstained, a.answer
    assert "Brackenfield Teachers' Pension Plan" in a.answer, a.answer
    assert "Critics who are now suing" not in a.answer, a.answer
    _verbatim(engine, a)


_RECALL = (
    "Dornwell Foods recalled 40,000 jars of peanut sauce on Tuesday after traces of glass were found. "
    "The recall covers jars sold in six states. "
    "Dornwell's chief marketing officer, Ines Maratta, said the recall would cost about $3 million. "
    "Chief executive Paul Gerrity apologised to customers. "
    "The company said the recall was voluntary."
)


def test_a_speaker_asked_by_initials_is_the_officer_spelled_out(tmp_path: Path) -> None:
    docs = [{"id": "recall", "title": "Dornwell recalls peanut sauce", "text": _RECALL}, *_filler(12)]
    engine = _engine(tmp_path, docs)
    a = engine.ask("what did the cmo say about the recall")
    assert not a.abstained, a.answer
    assert "Ines Maratta" in a.answer.split("[1]")[0], a.answer
    _verbatim(engine, a)


_REZONING = (
    "The council voted 7-2 on Tuesday to rezone the Harbourside docks for housing.\n\n"
    "Deputy Mayor Lena Ashcroft said the vote was a turning point for the waterfront.\n\n"
    "Two councillors opposed the plan, citing flood risk.\n\n"
    "Mayor Tomas Reinholt said in a statement that the docks would hold 2,000 new homes by 2030."
)


def test_a_role_speaker_is_the_one_the_coverage_titles_so_not_a_deputy(tmp_path: Path) -> None:
    """ "what did the mayor say about the vote": the mayor's statement in the story of the vote, though it
    does not repeat the word, over the deputy mayor's, who is no mayor."""
    docs = [
        {"id": "dock", "title": "Council vote rezones Harbourside docks", "text": _REZONING},
        *_filler(12),
    ]
    engine = _engine(tmp_path, docs)
    a = engine.ask("what did the mayor say about the vote")
    assert not a.abstained, a.answer
    assert "Tomas Reinholt" in a.answer.split("[1]")[0], a.answer
    _verbatim(engine, a)


_SHIPPING = (
    "Analysts said losing the Rotterdam contract would leave Lindqvist Shipping running at a loss.\n\n"
    "Lindqvist Shipping said on Monday it would add six vessels to its fleet.\n\n"
    '"We expect the fleet to grow for years," Lindqvist managing director Sofia Brenner told analysts.\n\n'
    "The company operates 40 ships from its base in Gothenburg."
)


def test_who_runs_is_answered_by_the_title_of_its_doer(tmp_path: Path) -> None:
    """ "who runs X": the person the coverage titles its director (a director is a kind of leader, the one
    who leads, a sense of "run"), not a sentence holding "running" in another sense."""
    docs = [{"id": "ship", "title": "Lindqvist Shipping expands fleet", "text": _SHIPPING}, *_filler(12)]
    engine = _engine(tmp_path, docs)
    a = engine.ask("who runs lindqvist shipping")
    assert not a.abstained, a.answer
    assert "Sofia Brenner" in a.answer.split("[1]")[0], a.answer
    _verbatim(engine, a)
