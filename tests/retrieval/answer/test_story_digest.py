"""A broad question asking for a story's course ("summarize the dam collapse", "what happened with the
dam") opens its digest with the first report of it, what happened, before the newest turns; one asking
for the latest ("what's the latest on the dam collapse") keeps the newest first. A live page's greeting
to its readers is no article's lead (small made-up corpora, every article on the one story)."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.question import analyze
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

DAM = [
    {
        "id": "first",
        "title": "Harlow dam collapses, flooding valley",
        "source": "Valley Wire",
        "published": "2026-05-02",
        "text": "The Harlow dam collapsed early on Saturday, flooding 300 homes in the valley below and "
        "forcing 2,000 people to flee. Rescue crews worked through the night.",
    },
    {
        "id": "suit",
        "title": "Residents sue water board over Harlow dam collapse",
        "source": "Harlow Courier",
        "published": "2026-05-12",
        "text": "Residents of the valley sued the water board on Monday over the Harlow dam collapse, "
        "accusing it of ignoring cracks in the wall. The board declined to comment.",
    },
    {
        "id": "engineers",
        "title": "Engineers inspect Harlow dam after collapse",
        "source": "River Post",
        "published": "2026-05-08",
        "text": "Engineers began inspecting what is left of the Harlow dam on Thursday, six days after its "
        "collapse. They expect to report within a month.",
    },
    {
        "id": "live",
        "title": "Live: Harlow dam collapse aftermath",
        "source": "Channel 9",
        "published": "2026-05-10",
        "text": "9:02 a.m. Good morning and welcome to our live coverage of the Harlow dam collapse "
        "aftermath.\n\n9:30 a.m. Insurers said claims from the Harlow dam collapse could pass 40 million "
        "pounds.",
    },
]


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return engine_of(tmp_path, [*filler(2), *DAM])


@pytest.mark.parametrize(
    "question", ["Summarize the Harlow dam collapse", "what happened with the Harlow dam"]
)
def test_a_summary_opens_with_the_first_report(engine: Engine, question: str) -> None:
    a = engine.ask(question)
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    assert a.statements[0].text.startswith("The Harlow dam collapsed early on Saturday"), a.answer
    # then the newest turns
    assert any("sued the water board" in st.text for st in a.statements[1:]), a.answer


def test_the_latest_opens_with_the_newest(engine: Engine) -> None:
    a = engine.ask("What's the latest on the Harlow dam collapse?")
    assert not a.abstained, a.answer
    assert "sued the water board" in a.statements[0].text, a.answer


def test_a_live_pages_greeting_is_no_lead(engine: Engine) -> None:
    a = engine.ask("What's the latest on the Harlow dam collapse?")
    assert not any("Good morning" in st.text for st in a.statements), a.answer
    assert any("Insurers said claims" in st.text for st in a.statements), a.answer


@pytest.mark.parametrize(
    "question",
    [
        "What happens next with the inquiry?",
        "what will happen next to the inquiry",
        "what's next for the inquiry",
    ],
)
def test_what_happens_next_is_a_broad_question_about_its_topic(question: str) -> None:
    """ "next" is how the question asks (for what is to come), not a word an answer must hold: read as
    one, "a petition to be delivered next week calling for an inquiry" answered it."""
    q = analyze(question, Tokenizer())
    assert q.kind == "broad"
    assert q.terms == ["inquiri"]


def test_what_happens_next_is_answered_by_what_is_to_come(tmp_path: Path) -> None:
    docs = [
        {
            "id": "inquiry",
            "title": "Judge to chair Harlow dam inquiry",
            "text": "The public inquiry into the Harlow dam collapse will be chaired by Judge Mara Quill "
            "and is expected to hold its first hearings in September.",
        },
        {
            "id": "petition",
            "title": "Harlow campaigners plan petition",
            "text": "Campaigners said they would deliver a petition to the water board next week, calling "
            "for a full inquiry.",
        },
    ]
    a = engine_of(tmp_path, [*filler(12), *docs]).ask("What happens next with the inquiry?")
    assert not a.abstained, a.answer
    assert "first hearings in September" in a.statements[0].text, a.answer


#: the earliest article on the story is a profile of a side party, whose lead tells little of what the
#: other articles' headlines and leads tell; the first report of the collapse comes a day later
PROFILE = {
    "id": "profile",
    "title": "Who runs the Harlow water board, owner of the collapsed dam?",
    "source": "Ledger Weekly",
    "published": "2026-05-01",
    "text": "The Harlow water board has had four chairs in six years, company filings show. Its current "
    "chair, Ada Venn, took office in March.",
}


def test_a_summary_opens_with_the_main_event_not_the_earliest_side_detail(tmp_path: Path) -> None:
    a = engine_of(tmp_path, [*filler(2), *DAM, PROFILE]).ask("Summarize the Harlow dam collapse")
    assert not a.abstained, a.answer
    assert a.statements[0].text.startswith("The Harlow dam collapsed early on Saturday"), a.answer


def test_what_happened_to_x_opens_with_its_newest_turn(engine: Engine) -> None:
    """ "What happened to X" asks what became of X, the latest turn first (not the story's start)."""
    a = engine.ask("What happened to the Harlow dam?")
    assert not a.abstained, a.answer
    assert "sued the water board" in a.statements[0].text, a.answer


OPINION = {
    "id": "column",
    "title": "Opinion: The Harlow dam collapse was a choice",
    "source": "Harlow Courier",
    "published": "2026-05-13",
    "text": "Every dam in this valley is a promise that somebody will keep watching the Harlow dam "
    "collapse that never comes. This time nobody watched.",
}


def test_a_column_does_not_speak_for_the_story(tmp_path: Path) -> None:
    """The newest article being a column, the latest report still leads: a columnist's view is no news."""
    a = engine_of(tmp_path, [*filler(2), *DAM, OPINION]).ask("What's the latest on the Harlow dam collapse?")
    assert not a.abstained, a.answer
    assert not any("Every dam in this valley" in st.text for st in a.statements), a.answer
    assert "sued the water board" in a.statements[0].text, a.answer


VOTE = {
    "id": "vote",
    "title": "Water board weighs Harlow dam rebuild after collapse",
    "source": "Valley Wire",
    "published": "2026-05-11",
    "text": "The water board met on Monday behind closed doors to discuss the Harlow dam collapse. The board "
    "will vote on June 3 on whether to rebuild the Harlow dam. Its chair has not said whether she will "
    "stay on.",
}


def test_whats_next_quotes_the_stated_next_step_not_the_newest_lead(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [*filler(2), *DAM, VOTE])
    a = engine.ask("What's next for the Harlow dam?")
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    assert a.statements[0].text.startswith("The board will vote on June 3 on whether to rebuild"), a.answer
    # an open question is no next step, nor is a past turn
    assert not any("has not said whether" in st.text for st in a.statements), a.answer
    assert not any("sued the water board" in st.text for st in a.statements), a.answer


QUAY = {
    "id": "quay",
    "title": "Water board weighs Harlow dam rebuild",
    "source": "Valley Wire",
    "published": "2026-05-11",
    "text": "The water board hasn't said when it will vote on rebuilding the Harlow dam. Engineers will "
    "present their report on the Harlow dam to the board on June 3.",
}


def test_whats_next_is_no_open_question_written_with_a_contraction(tmp_path: Path) -> None:
    """ "hasn't said when it will vote" is an open question as "has not said whether" is (one notion,
    ``lexicon.UNSETTLED``, which the timeline reads too): the next step is the report set for June 3."""
    engine = engine_of(tmp_path, [*filler(2), *DAM, QUAY])
    a = engine.ask("What's next for the Harlow dam?")
    assert not a.abstained, a.answer
    assert a.statements[0].text.startswith("Engineers will present their report"), a.answer
