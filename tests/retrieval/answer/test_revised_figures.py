"""A figure an article revises itself: a live blog's later entry ("14:40 GMT - Seventeen people were
injured") after an earlier one ("12:20 GMT - At least 12 people were injured"), or a statement marked as
the first ("Police initially said three people had died") before a later one. The article's own order
tells which is latest, so its latest figure leads and the earlier one follows as a version with its own
citation, whatever the tense of the question; an article that does not order them (no stamps, no
"initially" / "later") leaves the order to the match. A digest quotes a live blog's entries newest
first."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

ENTRIES = [
    "12:05 GMT - An explosion has ripped through the Brenford paint works on the edge of the town.",
    "12:20 GMT - At least 12 people were injured in the explosion, police said.",
    "13:10 GMT - Residents near the works have been told to keep their windows closed.",
    "14:40 GMT - Seventeen people were injured in the explosion, the fire service said in an update.",
]
OTHER = {
    "id": "history", "title": "Brenford works had safety warnings", "source": "Midland Post",
    "published": "2026-03-02",
    "text": "The Brenford paint works was fined twice for safety breaches. Inspectors visited in January.",
}  # fmt: skip


def _blog(root: Path, entries: list[str], published: str | None = "2026-03-03") -> Engine:
    blog = {"id": "blog", "title": "LIVE: Explosion at Brenford paint works", "source": "Northgate Herald",
            "text": "\n\n".join(entries)}  # fmt: skip
    if published:
        blog["published"] = published
    return engine_of(root, [blog, OTHER, *filler(12)])


def test_a_live_blogs_later_entry_leads_with_the_earlier_figure_after_it(tmp_path: Path) -> None:
    news = _blog(tmp_path, ENTRIES)
    a = news.ask("how many people were injured in the explosion?")
    assert_verbatim(news, a)
    assert "Seventeen" in first_statement(a), a.answer
    assert any("At least 12" in st.text for st in a.statements[1:]), a.answer


def test_the_stamps_not_the_page_order_tell_the_latest(tmp_path: Path) -> None:
    # a blog written newest first: its top entry is the latest
    news = _blog(tmp_path, ENTRIES[::-1], published=None)
    a = news.ask("how many people were injured in the explosion?")
    assert "Seventeen" in first_statement(a), a.answer
    assert "At least 12" in a.answer, a.answer


def test_a_figure_marked_as_the_first_gives_way_to_the_later_one(tmp_path: Path) -> None:
    text = (
        "A coach carrying pupils overturned on the Marlow bypass on Tuesday morning. "
        "Police initially said three people had died in the crash. "
        "The bypass was closed for nine hours while investigators examined the scene.\n\n"
        "Police later said five people had died in the crash."
    )
    crash = {"id": "crash", "title": "Coach crash on Marlow bypass", "text": text, "source": "Border Echo",
             "published": "2026-06-02"}  # fmt: skip
    news = engine_of(tmp_path, [crash, *filler(12)])
    a = news.ask("how many people died in the coach crash?")
    assert_verbatim(news, a)
    assert "five" in first_statement(a), a.answer
    assert "initially said three" in a.answer, a.answer


def test_a_figure_said_to_have_risen_leads_wherever_the_article_writes_it(tmp_path: Path) -> None:
    text = (
        "Five people died in flash floods in the Caddon valley, officials said. Hundreds of homes were "
        "evacuated.\n\nRescue teams searched the riverbanks through the night.\n\n"
        "The number who had died in the floods had risen to nine people, officials said."
    )
    news = engine_of(tmp_path, [{"id": "floods", "title": "Caddon valley floods", "text": text}, *filler(12)])
    a = news.ask("how many people died in the Caddon floods?")
    assert_verbatim(news, a)
    assert "nine people" in first_statement(a), a.answer
    assert "Five people" in a.answer, a.answer


def test_a_live_blog_stamped_with_a_time_zone_leads_with_its_latest_entry(tmp_path: Path) -> None:
    entries = [e.replace(":", ".", 1).replace(" - ", " ", 1) for e in ENTRIES]  # "14.40 GMT Seventeen ..."
    news = _blog(tmp_path, entries)
    a = news.ask("how many people were injured in the explosion?")
    assert "Seventeen" in first_statement(a), a.answer
    assert "At least 12" in a.answer, a.answer


def test_an_article_that_does_not_order_its_figures_leaves_the_match_first(tmp_path: Path) -> None:
    text = (
        "At least 12 people were injured in the explosion at the Brenford paint works, police said.\n\n"
        "Residents near the works have been told to keep their windows closed.\n\n"
        "Seventeen people were hurt in the blast, a hospital spokesperson said."
    )
    news = engine_of(tmp_path, [{"id": "one", "title": "Brenford blast", "text": text}, *filler(12)])
    a = news.ask("how many people were injured in the explosion?")
    assert "At least 12" in first_statement(a), a.answer


def test_a_digest_quotes_a_live_blogs_entries_newest_first(tmp_path: Path) -> None:
    news = _blog(tmp_path, ENTRIES)
    a = news.ask("what's the latest on the Brenford explosion?")
    clocks = [st.text[:5] for st in a.statements if st.text[:2].isdigit()]
    assert len(clocks) >= 2, a.answer
    assert clocks == sorted(clocks, reverse=True), a.answer


def _outlets(root: Path) -> Engine:
    """Two outlets' reports of one event, a day apart, hedging and sourcing the count each their way."""
    early = (
        "At least 12 workers were injured in the Kelby grain silo explosion, police said. "
        "The cause is unknown."
    )
    late = (
        "Seventeen workers were injured in the Kelby grain silo explosion, the county fire marshal said. "
        "Investigators arrived at the site."
    )
    return engine_of(
        root,
        [
            {"id": "early", "title": "Blast at Kelby grain silo", "source": "Valley Times",
             "published": "2026-03-01", "text": early},
            {"id": "late", "title": "Kelby silo blast: investigators on site", "source": "County Ledger",
             "published": "2026-03-02", "text": late},
            *filler(12),
        ],
    )  # fmt: skip


def test_an_events_count_asked_in_the_passive_leads_with_the_latest_report(tmp_path: Path) -> None:
    # "were injured" asks what the event did, which later reports revise: not how things stood once
    news = _outlets(tmp_path)
    a = news.ask("how many were injured at the grain silo?")
    assert_verbatim(news, a)
    assert [c.doc_id for c in a.citations] == ["late", "early"], a.answer


def test_a_hedge_and_an_attribution_do_not_make_another_story(tmp_path: Path) -> None:
    # "at least" and ", police said" are how one outlet tells the count, not what its story is
    news = _outlets(tmp_path)
    a = news.ask("how many workers were injured in the Kelby silo explosion?")
    assert {c.doc_id for c in a.citations} == {"late", "early"}, a.answer
    assert "Seventeen" in first_statement(a), a.answer


def test_a_digest_quotes_the_revision_not_the_figure_it_revises(tmp_path: Path) -> None:
    news = _blog(tmp_path, ENTRIES)
    a = news.ask("what's the latest on the Brenford explosion?")
    assert_verbatim(news, a)
    assert "Seventeen" in a.answer, a.answer
    assert "At least 12" not in a.answer, a.answer


CORRECTED = [
    "10:05 - A tram has derailed on Ostrava Road during the morning rush hour.",
    "10:30 - Twelve people were injured in the tram derailment, police said.",
    "11:45 - Correction: we earlier reported that twelve people were injured in the derailment. "
    "Police say seven people were injured.",
    "12:10 - The tram operator has suspended services on the line.",
]


def _corrected_blog(root: Path) -> Engine:
    blog = {"id": "blog", "title": "LIVE: Tram derails on Ostrava Road", "source": "City Live",
            "published": "2026-05-05", "text": "\n\n".join(CORRECTED)}  # fmt: skip
    return engine_of(root, [blog, *filler(12)])


def test_a_live_entrys_correction_leads_before_the_figure_it_takes_back(tmp_path: Path) -> None:
    news = _corrected_blog(tmp_path)
    a = news.ask("how many people were injured in the tram derailment?")
    assert_verbatim(news, a)
    assert first_statement(a).startswith("11:45 - Correction"), a.answer
    assert "seven people" in first_statement(a), a.answer


def test_a_digest_quotes_the_correction_not_the_figure_it_takes_back(tmp_path: Path) -> None:
    news = _corrected_blog(tmp_path)
    a = news.ask("what's the latest on the Ostrava Road tram?")
    assert "seven people" in a.answer, a.answer
    assert not any(st.text.startswith("10:30") for st in a.statements), a.answer


AUDIT = [
    "09:05 - Councillors have gathered for the emergency meeting on the harbour contract.",
    "09:15 - The audit found the contract papers were sent by email to 60 officials at 16:05 on Friday.",
    "09:40 - Correction: An earlier update said the papers were sent to four officials. The audit says they "
    "were sent to 60.",
]


def test_a_correction_confirming_the_answers_figure_does_not_lead_it(tmp_path: Path) -> None:
    """The notice takes back "four"; the answer gives the right "60", which the notice's second sentence
    confirms: the answer (with the time asked) leads, not the notice."""
    blog = {"id": "blog", "title": "LIVE: Harbour contract meeting", "source": "Bay Live",
            "published": "2026-05-05", "text": "\n\n".join(AUDIT)}  # fmt: skip
    news = engine_of(tmp_path, [blog, *filler(12)])
    a = news.ask("when were the contract papers emailed to officials?")
    assert_verbatim(news, a)
    assert first_statement(a).startswith("09:15"), a.answer


STAFF = [
    "10:20 - The council's inquiry found the tender file was copied to 70 members of staff.",
    "11:40 - The council says one member of staff has been suspended pending the inquiry.",
]


def test_a_later_entry_counting_the_same_nouns_for_another_act_is_no_revision(tmp_path: Path) -> None:
    """ "70 members of staff" were sent the file, "one member of staff" suspended: the earlier entry
    counts the same nouns but not what is asked, so it is not shown as an earlier version of the count."""
    blog = {"id": "blog", "title": "LIVE: Tender leak inquiry", "source": "Bay Live",
            "published": "2026-05-05", "text": "\n\n".join(STAFF)}  # fmt: skip
    news = engine_of(tmp_path, [blog, *filler(12)])
    a = news.ask("how many members of staff have been suspended?")
    assert_verbatim(news, a)
    assert first_statement(a).startswith("11:40"), a.answer
    assert "70 members" not in a.answer, a.answer
