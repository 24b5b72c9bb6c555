"""What a question says of the coverage or of the asker ("(outlets differ)", "I saw two numbers") is
not what it asks, and figures it offers as alternatives ("33-22 or 31-24") are candidates, of which
the coverage may hold one: neither is a word a sentence answering must hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.question import offered, without_remarks
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

MARCH = {
    "id": "march-courier",
    "title": "Thousands march through Harwick over hospital closure",
    "published": "2026-05-12",
    "text": "About 12,000 fans marched through the centre of Harwick on Saturday against the hospital's "
    "closure.\n\nPolice said the march passed off peacefully.",
}
MARCH_LAMP = {
    "id": "march-lamp",
    "title": "Hospital protest draws huge crowd",
    "published": "2026-05-12",
    "text": "Some 15,000 fans marched in Harwick on Saturday, organisers said.\n\n"
    "The cup match played after the march ended 33-22.",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("remarks")
    return engine_of(root, [MARCH, MARCH_LAMP, *filler(12)])


@pytest.mark.parametrize(
    "question",
    [
        "How many fans marched? (outlets differ)",
        "How many fans marched? Outlets seem to differ",
        "How many fans marched? I saw two numbers",
        "How many fans marched (sources vary)?",
        "Do the outlets agree on how many fans marched?",
        "How many fans marched, 12,000 or 20,000?",
    ],
)
def test_a_remark_is_not_asked(engine: Engine, question: str) -> None:
    a = engine.ask(question)
    assert not a.abstained, a.answer
    assert "fans marched" in first_statement(a)
    assert_verbatim(engine, a)


@pytest.mark.parametrize(
    "question",
    [
        "How many fans marched? Do reports agree?",
        "How many fans marched? Do the outlets differ?",
        "How many fans marched, reports differ?",
        "How many fans marched? Outlets give different numbers",
        "How many fans marched, the figure seems to have changed",
    ],
)
def test_a_remark_asked_or_set_after_a_comma_is_not_asked(engine: Engine, question: str) -> None:
    # a remark on the coverage asked as a question of its own ("Do reports agree?"), one after a comma,
    # or one saying what the accounts give ("outlets give different numbers") is how the asker came to
    # ask: the count is answered, each outlet's version with its own citation
    a = engine.ask(question)
    assert not a.abstained, a.answer
    assert "fans marched" in first_statement(a)
    assert {c.doc_id for c in a.citations} >= {"march-courier", "march-lamp"}, a.answer
    assert_verbatim(engine, a)


def test_a_remark_clause_is_taken_out_of_the_question() -> None:
    assert without_remarks("How many fans marched, reports differ?") == "How many fans marched?"
    assert without_remarks("How deep was it? outlets give different depths") == "How deep was it?"
    assert without_remarks("How many fans marched? Do reports agree?") == "How many fans marched?"
    # a clause of the question itself stays: alternatives, a second question, a named source
    for q in [
        "Who won, Smith or Jones?",
        "How many died, and how many were injured?",
        "Where did the fire start, according to reports?",
        "Did the figures change?",
    ]:
        assert without_remarks(q) == q


def test_a_question_asked_after_a_lead_in_is_kept_whole() -> None:
    """A question after a comma is the one asked, its lead-in the scene: not cut to the lead-in."""
    for q in [
        "After the audit, were the figures revised?",
        "Since the recount, do the numbers match?",
        "In the second week, were the estimates updated?",
        "After the vote, reports differ?",
    ]:
        assert without_remarks(q) == q
    # (a remark after a question still goes)
    assert without_remarks("When did the bridge close, reports differ?") == "When did the bridge close?"


def test_offered_figures_are_candidates(engine: Engine) -> None:
    a = engine.ask("Did the cup match end 31-24 or 33-22?")
    assert not a.abstained, a.answer
    assert "33-22" in first_statement(a)


def test_a_remark_on_the_asker_before_the_question_sets_the_scene() -> None:
    # (before the asking sentence, the asker's words name what is asked about)
    q = "I read about a march in Harwick. How many came?"
    assert without_remarks(q) == q
    assert without_remarks("What happened on I-95 (I think)?") == "What happened on I-95?"
    # what the asker says of the story is no remark on themselves
    assert without_remarks("Who is the mayor? My town is Harwick.") == "Who is the mayor? My town is Harwick."
    assert without_remarks("Who is the mayor? I live in Harwick.") == "Who is the mayor? I live in Harwick."
    assert (
        without_remarks("Reports differ on the toll. What is it?")
        == "Reports differ on the toll. What is it?"
    )


def test_offered_versions() -> None:
    assert offered("Was it 10, 12 or 15?") == ["Was it 10?", "Was it 12?", "Was it 15?"]
    assert offered("Who won in 2019?") == ["Who won in 2019?"]


def test_offered_figures_of_a_what_question_are_asked_first() -> None:
    assert offered("What was the council vote, 33-22 or 31-24?") == [
        "What was the council vote 33-22?",
        "What was the council vote 31-24?",
        "What was the council vote?",
    ]
    # a question asking a figure by its kind asks it without them
    assert offered("How many fans marched, 12,000 or 20,000?") == ["How many fans marched?"]


def test_a_what_question_offering_figures_gets_the_corrected_one(tmp_path: Path) -> None:
    blog = {
        "id": "blog", "title": "LIVE: Ashby council votes on stadium lease", "source": "Ashby Echo",
        "text": "18:40 Council leader Jan Rudd opens the debate on the stadium lease.\n\n"
        "19:55 Councillor Owen Tate speaks against the deal. He wants the vote delayed until the league "
        "has finished its owners' test.\n\n"
        "20:30 The result: councillors have voted 33-22 to approve the lease.\n\n"
        "21:40 CORRECTION: An earlier update gave the result as 33-22. The correct result is 31-24 in "
        "favour of the lease.",
    }  # fmt: skip
    news = engine_of(tmp_path, [blog, *filler(12)])
    a = news.ask("What was the council vote, 33-22 or 31-24?")
    assert_verbatim(news, a)
    assert "31-24" in first_statement(a), a.answer
