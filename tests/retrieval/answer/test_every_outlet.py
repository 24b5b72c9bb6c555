"""An answer cites every outlet whose sentence says its statement (small made-up corpora): another
outlet giving the answer's figure in other words, found by searching for the figure when the question's
own words do not rank it; a number question naming no kind of number ("what are rates expected to rise
to"), whose answer's one figure is its value; a digest's every statement, not only its first; and
"summarize what X said" digests X's statements even when X is named across the whole coverage."""

from __future__ import annotations

import dataclasses
import importlib
from pathlib import Path

import pytest

from retrieval import Answer
from retrieval.answer.question import without_remarks
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler


def _cited(a: Answer, text: str) -> set[str]:
    """The documents cited for the statement holding ``text``."""
    by_n = {c.n: c.doc_id for c in a.citations}
    return {by_n[n] for st in a.statements if text in st.text for n in st.citations}


# ------------------------------------------------------------------ a figure in other words

RATES = {
    "id": "rates",
    "title": "Norland rate rise expected",
    "source": "Meridian Wire",
    "text": "Norland interest rates are expected to rise to 4.5% at the central bank meeting on Thursday. "
    "Most economists polled agreed with the forecast.",
}
COSTS = {
    "id": "costs",
    "title": "Norland borrowing costs",
    "source": "City Ledger",
    "text": "Norland borrowing costs are expected to climb to 4.5% at the Thursday meeting. "
    "Lenders said they were ready for the change.",
}
RATE_QUESTION = "What are Norland interest rates expected to rise to at the meeting?"


def test_a_number_question_naming_no_kind_is_confirmed_by_the_answers_figure(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [*filler(12), RATES, COSTS])
    a = engine.ask(RATE_QUESTION)
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    assert a.citations[0].doc_id == "rates", a.answer
    assert "costs" in {c.doc_id for c in a.citations}, a.answer


def test_another_figure_confirms_nothing(tmp_path: Path) -> None:
    other = {
        **COSTS,
        "text": "Norland borrowing costs are expected to climb to 4.75% at the Thursday meeting.",
    }
    a = engine_of(tmp_path, [*filler(12), RATES, other]).ask(RATE_QUESTION)
    assert not a.abstained, a.answer
    assert "Also reported" not in a.answer, a.answer


def test_an_outlet_the_questions_words_do_not_rank_is_found_by_the_figure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The question's candidates are few (as one outlet's wording is among thousands of sentences in a
    large coverage): the outlet writing the figure in other words is found by searching for it."""
    select = importlib.import_module("retrieval.answer.select")
    monkeypatch.setattr(select, "WEIGHTS", dataclasses.replace(select.WEIGHTS, candidates=2))
    near = [
        {
            "id": f"near-{i}",
            "title": f"Norland markets {i}",
            "text": f"Traders in Norland said interest rates were expected to rise at the central bank "
            f"meeting, report {i} said.",
        }
        for i in range(4)
    ]
    engine = engine_of(tmp_path, [*filler(12), *near, RATES, COSTS])
    a = engine.ask(RATE_QUESTION)
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    assert a.citations[0].doc_id == "rates", a.answer
    assert "costs" in {c.doc_id for c in a.citations}, a.answer


# ------------------------------------------------------------------ a speaker's digest

BRIDGE = [
    {
        "id": "b1",
        "title": "Kettering Bridge to close",
        "source": "Valley Post",
        "published": "2026-03-02",
        "text": "The Kettering Bridge will close for repairs next month, the county announced on Monday. "
        "Mayor Ines Halvorsen said the closure of the bridge would last six weeks.",
    },
    {
        "id": "b2",
        "title": "Detours as Kettering Bridge traffic falls",
        "source": "River Times",
        "published": "2026-03-04",
        "text": "Traffic on the Kettering Bridge fell sharply on Wednesday as drivers tried detours. "
        "Halvorsen said the county would pay for extra buses during the bridge closure.",
    },
    {
        "id": "b3",
        "title": "Shops near Kettering Bridge quiet",
        "source": "Daily Ledger",
        "published": "2026-03-05",
        "text": "Shops near the Kettering Bridge reported fewer customers this week. "
        "Halvorsen said the county would pay for extra buses during the bridge closure.",
    },
    {
        "id": "b4",
        "title": "Engineers inspect Kettering Bridge",
        "source": "County News",
        "published": "2026-03-06",
        "text": "Engineers began inspecting the Kettering Bridge on Friday. "
        "Halvorsen said she would ask the state to pay for the bridge repairs.",
    },
]


def test_summarize_what_a_speaker_said_digests_the_speakers_statements(tmp_path: Path) -> None:
    """Halvorsen and the bridge are in every article (what the whole coverage is about), yet the
    question asks for her words, not the newest articles' leads."""
    engine = engine_of(tmp_path, [*filler(2), *BRIDGE])
    a = engine.ask("Summarize what Halvorsen said about the bridge")
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    assert a.statements, a.answer
    assert all("Halvorsen" in st.text for st in a.statements), a.answer


def test_each_statement_of_a_digest_cites_every_outlet_saying_it(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [*filler(2), *BRIDGE])
    a = engine.ask("Summarize what Halvorsen said about the bridge")
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    buses = "would pay for extra buses"
    assert buses in a.answer, a.answer
    assert _cited(a, buses) == {"b2", "b3"}, a.answer


# ------------------------------------------------------------------ a note on the coverage after a question

EVACUATED = [
    {
        "id": "wire",
        "title": "Plant blast forces evacuation in Orrin",
        "source": "Keystone Wire",
        "text": "Police ordered everyone within two miles of the Orrin plant to leave, an order that covered "
        "about 6,400 residents.",
    },
    {
        "id": "local",
        "title": "Orrin families wait out evacuation",
        "source": "Orrin Sentinel",
        "text": "Police ordered everyone within two miles of the Orrin plant to leave, an order that covered "
        "about 5,800 residents.",
    },
]


def test_a_note_that_outlets_differ_is_no_word_an_answer_must_hold(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [*filler(12), *EVACUATED])
    a = engine.ask("How many residents were evacuated from Orrin? (outlets differ)")
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    assert "6,400" in a.answer and "5,800" in a.answer, a.answer
    assert {c.doc_id for c in a.citations} == {"wire", "local"}, a.answer


@pytest.mark.parametrize(
    "question",
    [
        "How many people died? (including crew)",  # a condition of the question
        "How many people died? (per the Gazette report)",  # whose account is asked for
    ],
)
def test_a_note_naming_no_coverage_or_a_name_stays(question: str) -> None:
    assert without_remarks(question) == question


def test_a_note_on_the_coverage_goes() -> None:
    assert without_remarks("How many people died? (sources disagree)") == "How many people died?"


# ------------------------------------------------------------------ one quotation, cut differently

COUNCIL = {
    "id": "council",
    "title": "Brackton mayor warns on stalled tram project",
    "source": "Brackton Post",
    "text": "\u201cWe will not keep funding this tram project for years on end. We need to decide within a "
    "matter of weeks whether it can be finished at all,\u201d Mayor Lena Ortiz told the council. "
    "The project is two years late.",
}
ADDED = {
    "id": "added",
    "title": "Tram project faces deadline",
    "source": "Valley Herald",
    "text": "The mayor met contractors on Monday. Ortiz added that the city would not \u201ckeep funding "
    "this tram project for years on end. We need to decide within a matter of weeks whether it can be "
    "finished at all.\u201d",
}
TRAM_QUESTION = "What did Ortiz tell the council about funding the tram project?"


def test_an_outlet_quoting_a_stretch_of_the_same_words_is_cited_for_them(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [*filler(12), COUNCIL, ADDED])
    a = engine.ask(TRAM_QUESTION)
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    assert _cited(a, "for years on end") == {"council", "added"}, a.answer


def test_a_quotation_sharing_less_than_half_of_its_words_is_not(tmp_path: Path) -> None:
    other = {
        **ADDED,
        "text": "The mayor met contractors on Monday. Ortiz added that the city would not \u201ckeep "
        "funding this tram project for years on end\u201d if the contractors raised their price again.",
    }
    engine = engine_of(tmp_path, [*filler(12), COUNCIL, other])
    a = engine.ask("What did Ortiz say about deciding within weeks whether the tram can be finished?")
    assert not a.abstained, a.answer
    assert _cited(a, "within a matter of weeks") == {"council"}, a.answer


MINUTES = {
    "id": "minutes",
    "title": "Norland bank minutes show inflation worry",
    "source": "Meridian Wire",
    "text": "Minutes of the March meeting which pushed Norland interest rates up to 4.5% showed "
    "policy-makers are worried about inflation.",
}
TIPPED = {
    "id": "tipped",
    "title": "Norland rate rise expected",
    "source": "City Ledger",
    "text": "Borrowing costs are tipped to rise to 4.5%. Markets were calm.",
}


def test_an_outlet_saying_a_question_word_the_answer_does_not_confirms_its_figure(tmp_path: Path) -> None:
    """The answer says "pushed ... up", the other outlet "rise", as the question does: the same figure
    of the same story, told in a question's word, is the same fact."""
    engine = engine_of(tmp_path, [*filler(12), MINUTES, TIPPED])
    a = engine.ask(RATE_QUESTION)
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    assert a.citations[0].doc_id == "minutes", a.answer
    assert "tipped" in {c.doc_id for c in a.citations}, a.answer
