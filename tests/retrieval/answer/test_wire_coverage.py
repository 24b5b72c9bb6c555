"""Questions about the coverage of a made-up bus dispute: "when did the Courier publish its story on the
rotas" asks the article's date (the outlet publishing, the piece after the verb); "the Review
analysis" names an article by its kind as "the Review article" does; an outlet covered the route
withdrawals when its article says operators "withdrew" them; and an outlet's article where someone
has "never seen" something, in passing, is no article on "the hearing" (a synonym of "hear")."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

_DOCS = [
    {"id": "wire-routes", "title": "Nine operators pull bus routes after fuel tax rise",
     "source": "Orrin Wire", "author": "Ines Marlow", "published": "2026-05-03",
     "text": "Nine bus operators have now withdrawn routes since the fuel tax rise, the transport board "
             "said on Friday.\n\n"
             "The board had counted six withdrawals on Monday.\n\n"
             "\"Drivers have never seen routes vanish this fast,\" said union organiser Hal Brigg."},
    {"id": "post-routes", "title": "Villages left without buses as operators pull out",
     "source": "Harbor Evening Post", "author": "Maren Toft", "published": "2026-04-28",
     "text": "At least six bus operators withdrew their village routes on Monday after the fuel tax "
             "rise.\n\n"
             "Pensioner Alma Rudd said she could no longer reach the market town."},
    {"id": "courier-walkout", "title": "Drivers walk out over rotas", "source": "Wexham Courier",
     "author": "Petra Lund", "published": "2026-05-05",
     "text": "Bus drivers in Wexham walked out on Tuesday over new rotas, their union said.\n\n"
             "The union said talks would resume next week."},
    {"id": "courier-council", "title": "Council approves new parking charges", "source": "Wexham Courier",
     "author": "Joss Amery", "published": "2026-05-07",
     "text": "The council approved new parking charges for the town centre on Wednesday."},
    {"id": "review-analysis", "title": "Analysis: Why the fuel tax hit rural buses hardest",
     "source": "Transport Review", "author": "Dr. Selma Vik",
     "text": "Rural bus routes run on thin margins, so a small rise in fuel costs can end them.\n\n"
             "Operators in the valleys had warned of cuts for a year."},
    {"id": "review-board", "title": "Transport board to publish route survey", "source": "Transport Review",
     "author": "Oskar Brandt",
     "text": "The transport board will publish a survey of every bus route in the region in June."},
    {"id": "radio-hearing", "title": "LIVE: Transport board hearing", "source": "Tainside Radio",
     "author": "Caspar Mwangi", "published": "2026-05-06",
     "text": "10:02 a.m. The hearing on the route withdrawals has begun at the transport board.\n\n"
             "11:30 a.m. The hearing has ended."},
]  # fmt: skip


@pytest.fixture(scope="module")
def buses(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("buses"), [*_DOCS, *filler(12)])


def test_when_an_outlet_published_its_story_is_the_articles_date(buses: Engine) -> None:
    a = buses.ask("When did the Wexham Courier publish its story on the rotas?")
    assert not a.abstained, a.answer
    assert "5 May 2026" in a.answer
    assert [c.doc_id for c in a.citations] == ["courier-walkout"]


def test_an_outlets_analysis_is_the_article_its_rubric_calls_one(buses: Engine) -> None:
    a = buses.ask("Who wrote the Transport Review analysis?")
    assert not a.abstained, a.answer
    assert "Dr. Selma Vik" in a.answer and "Oskar Brandt" not in a.answer


def test_an_outlet_covered_the_withdrawals_when_its_article_says_routes_were_withdrawn(buses: Engine) -> None:
    a = buses.ask("Which outlets reported on the route withdrawals?")
    assert not a.abstained, a.answer
    assert_verbatim(buses, a)
    assert {"Orrin Wire", "Harbor Evening Post"} <= {c.source for c in a.citations}, a.answer


def test_an_article_holding_a_synonym_in_passing_is_not_the_one_asked_about(buses: Engine) -> None:
    # Orrin Wire's articles tell of no hearing; one has drivers who "have never seen" routes vanish
    a = buses.ask("Who covered the hearing for Orrin Wire?")
    assert "Ines Marlow" not in a.answer, a.answer
