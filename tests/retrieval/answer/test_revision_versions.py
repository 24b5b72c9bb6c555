"""A count revised as a story develops, or given differently by two outlets: the latest stated figure
leads, cited to its source, and the earlier or differing figure follows with its own citation. A report
saying it replaces the answer's figure ("17 ..., up from the figure of 12 given on the day") is its
revision wherever it stands and however it words the rest, as is a live blog's later entry in which the
same source gives its present account ("now says"); a count of the same people doing something else
("carrying 131 people" for "how many died") is no version; undated reports are ordered by nothing."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

MARCH = {
    "id": "march", "title": "Fans march against Brackley club sale", "source": "Valley TV",
    "text": "Around 3,000 Brackley Town fans marched through the town on Saturday against the sale of the "
    "club. Westshire Police said at least 12 people were arrested after flares were thrown and a fence was "
    "damaged outside Ferris Lane. The match against Holme Rangers was delayed by 25 minutes.",
}  # fmt: skip
COUNCIL = {
    "id": "council", "title": "LIVE: Brackley council votes on stadium lease", "source": "Westshire Echo",
    "text": "19:30 Councillors are gathering for tonight's vote on the stadium lease.\n\n"
    "20:10 The debate has opened with a statement from the club's chairman.\n\n"
    "20:52 Westshire Police have now confirmed that 17 people were arrested after Saturday's march, up "
    "from the figure of 12 given on the day.\n\n21:15 The lease was approved by 31 votes to 24.",
}  # fmt: skip


def test_a_report_replacing_the_answers_figure_leads_it_in_another_story(tmp_path: Path) -> None:
    news = engine_of(tmp_path, [MARCH, COUNCIL, *filler(12)])
    a = news.ask("How many people were detained by police?")
    assert_verbatim(news, a)
    assert "17 people" in first_statement(a), a.answer
    assert a.statements[1].text.startswith("Earlier: \u201cWestshire Police said at least 12"), a.answer
    assert a.statements[0].citations != a.statements[1].citations, a.answer


def test_a_chat_contraction_of_the_counted_noun_finds_the_revision(tmp_path: Path) -> None:
    news = engine_of(tmp_path, [MARCH, COUNCIL, *filler(12)])
    a = news.ask("how many ppl got arrested at the march")
    assert "17 people" in first_statement(a), a.answer
    assert "at least 12 people" in a.answer, a.answer


def test_a_sources_later_entry_worded_otherwise_revises_its_count(tmp_path: Path) -> None:
    blog = {
        "id": "blog", "title": "LIVE: Rail depot strike, day three", "source": "Capital Herald",
        "text": "07:30 Good morning and welcome to our coverage of the third day of the strike.\n\n"
        "08:05 Harlow Rail says at least 12 depots remain shut this morning, with engineering work on the "
        "Kest line suspended.\n\n09:40 Pickets have gathered outside the Mossford works.\n\n"
        "11:15 Harlow Rail now says 17 depots are affected, after walkouts spread to sites in Dunmore and "
        "Ravensholt overnight.",
    }  # fmt: skip
    news = engine_of(tmp_path, [blog, *filler(12)])
    a = news.ask("How many depots are shut?")
    assert_verbatim(news, a)
    assert "17 depots" in first_statement(a), a.answer
    assert "Earlier: \u201c08:05 Harlow Rail says at least 12 depots" in a.answer, a.answer


def test_a_revised_estimate_naming_the_old_one_leads_it(tmp_path: Path) -> None:
    blog = {
        "id": "blog", "title": "LIVE: Rail depot strike", "source": "Capital Herald",
        "text": "09:00 The strike enters its third day.\n\n12:30 The company estimates the strike has "
        "cost it £38 million so far in lost revenue, a spokesperson says.",
    }  # fmt: skip
    wire = {
        "id": "wire", "title": "Harlow Rail raises strike loss estimate", "source": "Rail Business Weekly",
        "text": "Harlow Rail has revised its estimate of losses from the depot strike to £52 million, up "
        "from the £38 million it gave last week, as the dispute entered its second week.",
    }  # fmt: skip
    news = engine_of(tmp_path, [blog, wire, *filler(12)])
    a = news.ask("how much has the strike cost the company so far")
    assert_verbatim(news, a)
    assert "£52 million" in first_statement(a), a.answer


def test_outlets_differing_undated_are_both_cited_and_a_count_of_another_act_is_no_version(
    tmp_path: Path,
) -> None:
    toll = {
        "id": "toll", "title": "Ferry toll rises", "source": "Marrow Post",
        "text": "The death toll from the Kestrel Star ferry disaster has risen to 17, the coastguard said. "
        "The coastguard had earlier said at least 12 people died.",
    }  # fmt: skip
    hearing = {
        "id": "hearing", "title": "Ferry inquiry hears from inspector", "source": "Daily Courier",
        "text": "The inquiry into the Kestrel Star ferry capsizing heard evidence on Monday. "
        "The inquiry also heard that 17 people died and 126 survived.",
    }  # fmt: skip
    crowd = {
        "id": "crowd", "title": "Kestrel Star was overloaded", "source": "Dunmore Gazette",
        "text": "The Kestrel Star ferry that capsized on Saturday was carrying 131 people, well above its "
        "licensed limit of 90 passengers.",
    }  # fmt: skip
    news = engine_of(tmp_path, [toll, hearing, crowd, *filler(12)])
    a = news.ask("how many people died on the ferry")
    assert_verbatim(news, a)
    assert "17" in first_statement(a), a.answer
    assert "131" not in a.answer, a.answer


def _vigils(root: Path, dated: bool) -> list[str]:
    """The statements answering how many attended a vigil two outlets count differently."""
    six = {
        "id": "six", "title": "Hundreds at St Anne's vigil", "source": "Channel 6 News",
        "text": "About 500 people gathered outside St Anne's Hospital on Wednesday evening for a candlelit "
        "vigil for the babies who died at its maternity unit.",
    }  # fmt: skip
    chronicle = {
        "id": "chronicle", "title": "Vigil held for St Anne's babies", "source": "Kells Chronicle",
        "text": "About 300 people joined a vigil outside St Anne's Hospital on Wednesday night, lighting "
        "candles for the babies who died at the hospital's maternity unit.",
    }  # fmt: skip
    if dated:
        six["published"], chronicle["published"] = "2026-03-04", "2026-03-06"
    news = engine_of(root, [six, chronicle, *filler(12)])
    a = news.ask("How many people attended the vigil?")
    assert_verbatim(news, a)
    return [st.text for st in a.statements]


def test_undated_outlets_that_differ_are_each_named_not_ordered_by_guess(tmp_path: Path) -> None:
    said = _vigils(tmp_path, dated=False)
    assert len(said) == 2, said
    other = "Kells Chronicle" if "500" in said[0] else "Channel 6 News"
    assert said[1].startswith(f"{other} reported: \u201c"), said
    assert not any(s.startswith(("Earlier:", "Later:")) for s in said), said


def test_dated_outlets_that_differ_lead_with_the_latest_and_mark_the_earlier(tmp_path: Path) -> None:
    said = _vigils(tmp_path, dated=True)
    assert "About 300 people" in said[0], said
    assert said[1].startswith("Channel 6 News reported earlier: \u201cAbout 500 people"), said


def test_a_version_from_a_later_dated_article_is_never_labelled_earlier(tmp_path: Path) -> None:
    """A later article's "had initially said" marks a figure it replaced, not the article as the first
    report: another outlet's article dated before it is not "later" than it, so the version label
    follows the dates ("reported later"), never "Earlier:"."""
    mps = {
        "id": "mps", "title": "Minister under fire", "source": "Daily Sentinel", "published": "2026-03-02",
        "text": "Opposition MPs said the housing contracts were worth £340m.",
    }  # fmt: skip
    report = {
        "id": "report", "title": "Watchdog publishes interim report", "source": "Civic Ledger",
        "published": "2026-03-19",
        "text": "The commissioner's report said the housing contracts were worth £382m in total; the "
        "department had initially said they were worth £300m.",
    }  # fmt: skip
    news = engine_of(tmp_path, [mps, report, *filler(12)])
    a = news.ask("How much were the housing contracts worth?")
    assert_verbatim(news, a)
    labels = [st.text.split("\u201c")[0] for st in a.statements[1:]]
    assert labels, a.answer
    assert not any(label.startswith("Earlier") for label in labels), a.answer
    dated = ("Civic Ledger reported later: ", "Daily Sentinel reported earlier: ")
    assert any(label in labels for label in dated), a.answer


def test_a_revision_of_a_count_of_a_narrower_noun_leads_it(tmp_path: Path) -> None:
    """An answer's "At least 12 athletes" counts no "people" in the question's words, so no other
    count is compared with it; the report naming its figure as the one it replaces ("has risen to
    17 ..., up from the at least 12 it reported last week") is still its revision, and leads it."""
    first = {
        "id": "first", "title": "Twelve Norvik athletes fail drug tests", "source": "Valley Press",
        "published": "2026-03-02",
        "text": "At least 12 athletes from the Norvik Athletics Federation have tested positive for banned "
        "substances, the country's anti-doping agency said on Monday. The samples were collected at the "
        "national training centre in Kirkby.",
    }  # fmt: skip
    later = {
        "id": "later", "title": "Norvik doping cases rise to 17", "source": "Valley Press",
        "published": "2026-03-09",
        "text": "The number of Norvik athletes who have tested positive for banned substances has risen to "
        "17, the anti-doping agency said on Monday, up from the at least 12 it reported last week. The "
        "federation said it would appeal.",
    }  # fmt: skip
    news = engine_of(tmp_path, [first, later, *filler(12)])
    a = news.ask("how many people tested positive")
    assert_verbatim(news, a)
    assert "risen to 17" in first_statement(a), a.answer
    assert a.statements[1].text.startswith("Earlier: \u201cAt least 12 athletes"), a.answer
    assert a.statements[0].citations != a.statements[1].citations, a.answer


def test_a_count_marked_as_first_said_goes_on_to_the_one_found_since(tmp_path: Path) -> None:
    """An answer marking its figure as the one first said ("had earlier said at least 40 homes were
    flooded") is quoted with what its paragraph says was found since ("had found 52 homes that took in
    water"), the article's own order telling which came first; another count of its people for another act
    ("Forty people were injured" after "initially said three people died") is no such revision."""
    flood = {
        "id": "flood", "title": "Flooded homes rise to 52 in Marrowby", "source": "Valley Press",
        "published": "2026-03-09",
        "text": "Residents of Marrowby began clearing mud from their streets on Monday.\n\nThe borough "
        "council had earlier said at least 40 homes were flooded. Its engineers said a survey of the "
        "riverside streets had found 52 homes that took in water.\n\nThe river fell below its banks "
        "overnight.",
    }  # fmt: skip
    crash = {
        "id": "crash", "title": "Coach crash on the Kirkby road", "source": "Valley Press",
        "published": "2026-03-10",
        "text": "A coach left the Kirkby road on Sunday night.\n\nPolice had initially said three people "
        "died in the crash. Forty people were injured, the ambulance service said.\n\nThe road reopened "
        "on Monday.",
    }  # fmt: skip
    clash = {
        "id": "clash", "title": "Clashes outside the Kirkby depot", "source": "Valley Press",
        "published": "2026-03-11",
        "text": "Protesters gathered at the Kirkby depot gates on Tuesday.\n\nPolice had initially said 12 "
        "people were injured in the clashes. Officers said 3 people were arrested at the scene.\n\nThe "
        "gates reopened at noon.",
    }  # fmt: skip
    news = engine_of(tmp_path, [flood, crash, clash, *filler(12)])
    # an act in a participle ("were injured") goes on only to a count found since, not another act's
    c = news.ask("How many people were injured in the clashes?")
    assert "3 people were arrested" not in first_statement(c), c.answer
    a = news.ask("How many homes were flooded?")
    assert_verbatim(news, a)
    assert "at least 40 homes" in first_statement(a) and "had found 52" in first_statement(a), a.answer
    b = news.ask("How many people died in the coach crash?")
    assert "Forty people" not in first_statement(b), b.answer
