"""A figure another report says it replaces, and a tally a correction takes back. Two outlets' counts
of one event differ and the coverage dates only one of them (no date orders the two); the report
saying its count is "up from the figure of 12 given on the day" is the later one, whichever is dated,
and leads with the other after it, each with its own citation. A report marked as what was first said
("The agency had earlier said at least 12 people died") gives way to another outlet's count the same
way. A live blog's correction of a vote's result written as a tally ("33-22") leads the entry it takes
back: the tally is one figure, which the notice and the entry share."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

MARCH = {
    "id": "march", "title": "Thousands march against Wexley quarry plan", "source": "Valley Radio",
    "text": (
        "Around 2,000 residents protested in Wexley on Saturday against the planned quarry.\n\n"
        "Police said at least 12 people were arrested after the march, when a fence was damaged outside "
        "the quarry gates."
    ),
}  # fmt: skip
BLOG = {
    "id": "blog", "title": "LIVE: Wexley council votes on quarry", "source": "Wexley Gazette",
    "published": "2026-03-10",
    "text": (
        "18:02 Welcome to our live coverage of the quarry vote from the town hall.\n\n"
        "20:30 The result: councillors have voted 33-22 to approve the quarry.\n\n"
        "20:52 Police have now confirmed that 17 people were arrested, up from the figure of 12 given "
        "on the day.\n\n"
        "21:40 CORRECTION: An earlier update gave the result as 33-22. The correct result is 31-24 in "
        "favour of the quarry."
    ),
}  # fmt: skip


def _news(root: Path, *docs: dict[str, str]) -> Engine:
    return engine_of(root, [*docs, *filler(12)])


def test_the_report_replacing_a_figure_leads_though_the_other_is_undated(tmp_path: Path) -> None:
    news = _news(tmp_path, MARCH, BLOG)
    a = news.ask("How many people were arrested after the march?")
    assert_verbatim(news, a)
    assert "17 people" in first_statement(a), a.answer
    assert any("at least 12" in st.text for st in a.statements[1:]), a.answer  # the other, cited too
    assert len({c.doc_id for c in a.citations}) == 2, a.answer


def test_a_report_marked_as_the_first_said_gives_way(tmp_path: Path) -> None:
    toll = {
        "id": "toll",
        "title": "Marlow coach crash toll rises",
        "source": "Border Echo",
        "text": "The coach overturned on the Marlow bypass on Tuesday.\n\n"
        "The police had earlier said at least 12 people died in the coach crash on the Marlow bypass.",
    }
    inquiry = {"id": "inquiry", "title": "Marlow coach crash inquiry opens", "source": "Shire Courier",
               "published": "2026-04-02",
               "text": "The inquiry into the coach crash on the Marlow bypass opened on Monday.\n\n"
                       "Police said at the inquiry that 17 people died and 30 survived."}  # fmt: skip
    news = _news(tmp_path, toll, inquiry)
    a = news.ask("How many people died in the coach crash on the Marlow bypass?")
    assert_verbatim(news, a)
    assert "17 people" in first_statement(a), a.answer


def test_a_correction_of_a_tally_leads_the_entry_it_takes_back(tmp_path: Path) -> None:
    news = _news(tmp_path, MARCH, BLOG)
    a = news.ask("What was the result of the council vote on the quarry?")
    assert_verbatim(news, a)
    assert "31-24" in first_statement(a), a.answer
    at = next((i for i, st in enumerate(a.statements) if "voted 33-22" in st.text), None)
    assert at is None or at > 0, a.answer


def test_a_first_said_count_whose_own_words_tell_no_story_gives_way(tmp_path: Path) -> None:
    # the answer's sentence names nothing of its story (its headline does): another outlet's count of
    # the same people doing the asked act, under a headline naming the same event, is its version
    toll = {"id": "toll", "title": "Marlow coach crash toll rises to 17", "source": "Border Echo",
            "text": "The toll from the crash has risen to 17, the county said.\n\n"
                    "The agency had earlier said at least 12 people died."}  # fmt: skip
    inquiry = {"id": "inquiry", "title": "Marlow coach inquiry hears of overloading",
               "source": "Shire Courier", "published": "2026-04-02",
               "text": "The coach was carrying 58 passengers, the hearing was told.\n\n"
                       "The hearing also heard that 17 people died and 41 survived."}  # fmt: skip
    news = _news(tmp_path, toll, inquiry)
    a = news.ask("how many people died on the coach")
    assert_verbatim(news, a)
    assert "17 people" in first_statement(a), a.answer
    assert any("at least 12" in st.text for st in a.statements[1:]), a.answer


def test_a_count_of_other_things_at_the_same_event_is_no_version(tmp_path: Path) -> None:
    # the same event and act, another noun counted: "17 sheep died" is no revision of the people's count
    toll = {"id": "toll", "title": "Marlow coach crash toll rises", "source": "Border Echo",
            "text": "The crash closed the bypass for two days, the county said.\n\n"
                    "The agency had earlier said at least 12 people died."}  # fmt: skip
    farm = {"id": "farm", "title": "Marlow coach crash hits hill farm", "source": "Shire Courier",
            "published": "2026-04-02",
            "text": "The coach left the road above a hill farm.\n\n"
                    "Its owner said 17 sheep died when the coach crashed through the fence."}  # fmt: skip
    news = _news(tmp_path, toll, farm)
    a = news.ask("how many people died on the coach")
    assert_verbatim(news, a)
    assert "17 sheep" not in a.answer, a.answer
