"""The statement filling the asked slot leads the reply: a reader takes the first statement as the answer,
so a sentence on the topic without the asked detail ("Tenants filed a class action ...") gives way to a
later one holding it in the asked relation ("... filed by the law firm Pratt Quinlan"). A later sentence
naming a thing of the asked kind in another relation (the landlord's law firm) does not lead."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.slot import sized_noun, sizes, tells_which
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

SUIT = (
    "Tenants of Harlow Court filed a class action lawsuit against their landlord on Monday, seeking "
    "$4 million in damages over mould in their flats.\n\n"
    "Residents said the damp had made children ill.\n\n"
    "The suit, filed in Westbury County Court by the law firm Pratt Quinlan, accuses the "
    "landlord of ignoring repairs for three years."
)
DEFENCE = (
    "Tenants of Harlow Court filed a class action lawsuit against their landlord on Monday, seeking "
    "$4 million in damages over mould in their flats.\n\n"
    "Residents said the damp had made children ill.\n\n"
    "The landlord, represented by the law firm Dace Morrow, said it would defend the class action."
)


def test_the_later_statement_naming_the_firm_leads(tmp_path: Path) -> None:
    news = engine_of(
        tmp_path, [{"id": "suit", "title": "Harlow Court tenants sue", "text": SUIT}, *filler(12)]
    )
    a = news.ask("What law firm filed the class action?")
    assert not a.abstained, a.answer
    assert "Pratt Quinlan" in a.statements[0].text, a.answer
    assert_verbatim(news, a)


def test_a_firm_of_another_relation_does_not_lead(tmp_path: Path) -> None:
    news = engine_of(
        tmp_path, [{"id": "suit", "title": "Harlow Court tenants sue", "text": DEFENCE}, *filler(12)]
    )
    a = news.ask("What law firm filed the class action?")
    assert "Dace Morrow" not in (a.statements[0].text if a.statements else ""), a.answer


OWNER = (
    "The deal, struck with owner Ann Carr after four months of talks, still needs approval from the league "
    "before the Harlow Tigers club changes hands.\n\n"
    "Fans gathered outside the ground on Saturday.\n\n"
    'Carr, who has owned the Tigers for 9 years, said the sale was "the right moment" for the club.'
)


def test_the_figure_of_the_asked_act_leads(tmp_path: Path) -> None:
    # "four months" dates the talks, not the owning the question asks about
    news = engine_of(tmp_path, [{"id": "deal", "title": "Harlow Tigers sold", "text": OWNER}, *filler(12)])
    a = news.ask("How long had Ann Carr owned the club?")
    assert not a.abstained, a.answer
    assert "9 years" in a.statements[0].text, a.answer
    assert_verbatim(news, a)


@pytest.mark.parametrize(
    ("text", "head", "tells"),
    [
        ("the rejection last week of a 4.2 percent pay offer, which came with £750", "offer", True),
        ("Flight 370 vanished over the sea.", "flight", True),
        ("The union will ballot on an improved pay offer from Harlow Buses.", "offer", False),
        ("The offer came after 3 days of talks.", "offer", False),
    ],
)
def test_a_figure_tells_which_of_the_asked_noun(text: str, head: str, tells: bool) -> None:
    # "what pay offer did the union turn down": the first statement's "4.2 percent pay offer" fills the
    # slot, so a later statement naming the offer's maker does not lead in its place
    assert tells_which(text, head) is tells


FUND = (
    "The council said its flood relief fund would pay for repairs and grants of up to £2,000 per household."
    "\n\nVolunteers cleared mud from the high street.\n\n"
    "Mayor Ines Corr toured the streets of Lowmarsh and two nearby villages on Monday and announced a £15 "
    "million relief fund for households hit by the flood, the council said."
)


def test_the_figure_of_the_asked_thing_leads(tmp_path: Path) -> None:
    # "how big is the fund": the fund's £15 million, not the £2,000 grants it pays
    news = engine_of(tmp_path, [{"id": "fund", "title": "Lowmarsh flood fund", "text": FUND}, *filler(12)])
    a = news.ask("How big is the council's flood relief fund?")
    assert not a.abstained, a.answer
    assert "£15 million" in a.statements[0].text, a.answer
    assert_verbatim(news, a)


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("How big is the governor's relief fund?", "fund"),
        ("how much was the tax abatement", "abatement"),
        ("How much did shares fall?", None),
        ("How big a fine could the regulator impose?", None),
    ],
)
def test_the_noun_a_size_question_asks_of(question: str, noun: str | None) -> None:
    assert sized_noun(question) == noun


@pytest.mark.parametrize(
    ("text", "sized"),
    [
        ("He announced a $40 million state relief fund on Thursday.", True),
        ("The fund is worth $40 million.", True),
        ("The fund stood at more than $40 million.", True),
        ("The fund would pay for grants of up to $25,000 per household.", False),
        ("It would review every fund above $1 million.", False),
    ],
)
def test_a_figure_of_the_noun(text: str, sized: bool) -> None:
    assert sizes(text, "fund") is sized
