"""A question about the present ("this week", "recently", "now"): answered from the coverage's newest
year when an article of it answers, anchored on the corpus's newest date (never on today's), and from
older coverage, not declined, when none does."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

OLD = {
    "id": "toyota",
    "title": "Toyota recalls vehicles over airbag sensors",
    "published": "2016-03-01",
    "text": "Toyota recalled 2.9 million vehicles over faulty airbag sensors, the automaker said. "
    "The recalled vehicles were built over nearly a decade.",
}
NEW = {
    "id": "ford",
    "title": "Ford transmission recall",
    "published": "2022-07-10",
    "text": "Ford is recalling 2.9 million vehicles because of a transmission fault that can let them roll "
    "away. Owners will be notified by mail.",
}


def _dated_filler(n: int) -> list[dict[str, str]]:
    return [{**d, "published": f"2022-0{1 + i % 6}-1{i % 9}"} for i, d in enumerate(filler(n))]


@pytest.fixture(scope="module")
def recalls(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("recalls"), [OLD, NEW, *_dated_filler(14)])


def _cited(engine: Engine, question: str) -> list[str]:
    a = engine.ask(question)
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    return [c.doc_id for c in a.citations]


def test_without_a_time_the_best_covering_article_answers(recalls: Engine) -> None:
    assert _cited(recalls, "Which automaker recalled 2.9 million recalled vehicles?")[0] == "toyota"


@pytest.mark.parametrize("when", ["this week", "recently", "now"])
def test_this_week_is_answered_from_the_coverage_present(recalls: Engine, when: str) -> None:
    question = {
        "this week": "Which automaker recalled 2.9 million recalled vehicles this week?",
        "recently": "Which automaker recently recalled 2.9 million recalled vehicles?",
        "now": "Which automaker is now recalling 2.9 million recalled vehicles?",
    }[when]
    assert _cited(recalls, question) == ["ford"]


def test_when_only_older_coverage_answers_it_answers_rather_than_declines(recalls: Engine) -> None:
    assert (
        _cited(recalls, "Which automaker recalled vehicles over faulty airbag sensors this week?")[0]
        == "toyota"
    )


def test_an_undated_corpus_has_no_present_to_prefer(tmp_path: Path) -> None:
    undated = [{k: v for k, v in d.items() if k != "published"} for d in (OLD, NEW, *filler(14))]
    engine = engine_of(tmp_path / "undated", undated)
    question = "Which automaker recalled 2.9 million recalled vehicles"
    assert _cited(engine, question + " this week?")[0] == _cited(engine, question + "?")[0] == "toyota"


def test_a_name_or_phrase_that_is_no_time_leaves_the_question_as_it_is() -> None:
    """ "Today" the programme, "Now TV", "what is now called", "until now": not the present."""
    from retrieval.answer.period import _PRESENT, _lowercase_or_first

    def cue(q: str) -> str | None:
        m = next((m for m in _PRESENT.finditer(q) if _lowercase_or_first(q, m)), None)
        return m.group(0) if m else None

    for q in (
        "Who presents Today on Radio 4?",
        "Which show is on Now TV?",
        "Which city is now called Istanbul?",
        "What has happened until now?",
        "Now that the vote is over, who won?",
    ):
        assert cue(q) is None, q
    for q, want in (
        ("Who is now leading?", "now"),
        ("Today, who won?", "Today"),
        ("Who won this week?", "this week"),
    ):
        assert cue(q) == want, q


def test_a_month_the_question_names_is_held_by_an_article_published_in_it(tmp_path: Path) -> None:
    """ "What did Vasquez say in April": an article of 15 April writes "on Monday", not the month; a
    month without a year places no period, but the article's date holds it as its story holds its
    names, so the month is no name the article lacks (the question was declined)."""
    docs = [
        {
            "id": "ferry-apr",
            "title": "Mayor open to new ferry contract",
            "published": "2024-04-15",
            "text": "Mayor Elena Vasquez on Monday said she is open to a new ferry contract with Dunmore. "
            "The current contract ends next year.",
        },
        {
            "id": "ferry-jun",
            "title": "Ferry talks stall",
            "published": "2024-06-10",
            "text": "Talks on the ferry contract stalled after Dunmore asked for a higher subsidy. "
            "Vasquez said the subsidy was out of the question.",
        },
        *_dated_filler(12),
    ]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("What did Vasquez say in April about the ferry contract?")
    assert not a.abstained, a.answer
    assert a.citations[0].doc_id == "ferry-apr" and "open to a new ferry contract" in a.answer
    assert_verbatim(engine, a)
