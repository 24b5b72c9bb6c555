"""A question about the coverage's own mistakes ("did the Gazette get the fare wrong", "what did the Gazette
correct", "any corrections?") is answered by the correction notices on what it names, each with what is
right, cited to its article: the notice says "misstated" where the question says "wrong". A question
about what went wrong in the story itself is not."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

FARE = (
    "The harbour ferry will raise its single fare on Monday, the operator said. "
    "Riders will pay $4.20 for a crossing."
)
NOTICE = (
    "An article on Tuesday about the harbour ferry misstated the new single fare. "
    "The fare rises to $3.80, not $4.20.\n\n"
    "The Gazette regrets the error."
)
DEPOT = (
    "Engineers are still looking at what went wrong at the ferry depot, where a crane failed on Friday. "
    "A cracked hydraulic hose caused the crane to fail, the operator said. "
    "The ferry line's owners incorrectly believed the hose had been replaced in May."
)


def _news(tmp_path: Path):  # type: ignore[no-untyped-def]
    docs = [
        {"id": "fare", "title": "Ferry fare to rise", "text": FARE, "published": "2025-06-03"},
        {"id": "notice", "title": "Correction: ferry fare", "text": NOTICE, "published": "2025-06-05"},
        {"id": "depot", "title": "Crane fails at depot", "text": DEPOT, "published": "2025-06-06"},
    ]
    sources = {"fare": "Kelmar Gazette", "notice": "Kelmar Gazette", "depot": "Bay Herald"}
    return engine_of(tmp_path, [*({**d, "source": sources[d["id"]]} for d in docs), *filler(10)])


def test_a_question_about_the_coverages_mistake_is_answered_by_its_notice(tmp_path: Path) -> None:
    news = _news(tmp_path)
    for question in (
        "did the gazette get the ferry fare wrong",
        "what did the gazette correct",
        "any corrections?",
    ):
        a = news.ask(question)
        assert not a.abstained and "misstated the new single fare" in a.answer, (question, a.answer)
        assert "$3.80, not $4.20" in a.answer, a.answer  # with what is right
        assert_verbatim(news, a)


def test_what_went_wrong_in_the_story_is_not_a_question_about_corrections(tmp_path: Path) -> None:
    news = _news(tmp_path)
    for question in (
        "what went wrong with the crane at the depot",
        "what did the ferry owners incorrectly believe",
    ):
        a = news.ask(question)
        assert "misstated" not in a.answer, (question, a.answer)


def test_which_outlet_corrected_itself_names_the_outlets_whose_notices_say_so(tmp_path: Path) -> None:
    news = _news(tmp_path)
    for question in (
        "which outlet corrected itself",
        "which outlets issued a correction",
        "which outlets got the fare wrong",
    ):
        a = news.ask(question)
        assert not a.abstained, (question, a.answer)
        assert "Kelmar Gazette" in a.answer and "Bay Herald" not in a.answer, (question, a.answer)
        assert "misstated the new single fare" in a.citations[0].quote
        assert_verbatim(news, a)


def test_which_outlets_got_a_thing_no_notice_corrects_wrong_is_declined(tmp_path: Path) -> None:
    """The Herald reported the crane, and no notice says it got the crane wrong: no outlet is named."""
    a = _news(tmp_path).ask("which outlets got the crane wrong")
    assert a.abstained, a.answer
