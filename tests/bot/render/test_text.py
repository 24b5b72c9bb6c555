"""The one plain-text rendering (the console and the command line): the same content as the embeds,
with URLs written out, no blank line inside a block, and nothing but control characters changed."""

from __future__ import annotations

from datetime import date

from bot import render
from bot.commands import COMMANDS
from bot.render.browse import timeline_page_embed
from bot.service import ReloadReport
from bot.timeline_pages import TimelinePages
from retrieval import Answer, Citation, SourceInfo, Sources, Statement, Timeline, TimelineEvent

CITES = [
    Citation(
        n=1,
        doc_id="a",
        title="Talks",
        source="Forbes",
        url="https://f.com/t",
        published=date(2025, 4, 21),
        quote="q",
    ),
    Citation(n=2, doc_id="b", title=None, source=None, url=None, published=None, quote="q"),
]


def test_an_answer_is_its_question_quotes_sources_and_footer() -> None:
    answer = Answer(
        question="Who talked?",
        abstained=False,
        answer="",
        statements=[Statement(text="Talks resumed\x07 on Monday.", citations=[1, 2])],
        citations=CITES,
        cached=True,
    )
    assert render.answer_text(answer).splitlines() == [
        "Q: Who talked?",
        "> Talks resumed  on Monday. [1][2]",
        "Sources:",
        "  [1] Talks — Forbes, 2025-04-21 <https://f.com/t>",
        "  [2] Untitled — date unknown",
        "(Extracted from the coverage · cached)",
    ]


def test_an_abstention_says_so_without_sources() -> None:
    answer = Answer(question="Pretzels?", abstained=True, answer="The coverage I have does not answer that.")
    assert render.answer_text(answer) == (
        "Q: Pretzels?\nThe coverage I have does not answer that.\n(Searched the coverage)"
    )


def test_a_long_question_is_echoed_cut() -> None:
    """A refused 2,000-character question is not printed whole above its refusal."""
    question = "why " * 500
    answer = Answer(question=question, abstained=True, answer="That question is too long.")
    first = render.answer_text(answer).splitlines()[0]
    assert first.endswith("\u2026") and len(first) <= len("Q: ") + 256


def test_a_timeline_lists_events_then_the_sources_they_cite() -> None:
    events = [
        TimelineEvent(date="2025-04-01", precision="day", text="One.", citations=[CITES[1]]),
        TimelineEvent(date="2025-04", precision="month", text="Two.", citations=CITES, background=True),
    ]
    text = render.timeline_text(Timeline(topic="talks", events=events))
    assert text.splitlines() == [
        "Timeline: talks",
        "2025-04-01 — One. [1]",
        "2025-04 (background) — Two. [2][1]",  # numbered by first appearance on the page
        "Sources:",
        "  [1] Untitled — date unknown",
        "  [2] Talks — Forbes, 2025-04-21 <https://f.com/t>",
        "(Extracted from the coverage)",
    ]
    assert render.timeline_text(Timeline()) == "Timeline\nNo dated events found.\n(Searched the coverage)"


def test_an_event_both_background_and_planned_says_both() -> None:
    """An undated article's plan for a day long before the coverage is both: the text says what ``--json``
    says, not "(background)" alone (which would read as an act done then)."""
    event = TimelineEvent(
        date="2019-03", precision="month", text="Ministers said the mine would reopen in March 2019.",
        citations=[CITES[1]], background=True, planned=True,
    )  # fmt: skip
    assert (
        render.timeline_text(Timeline(events=[event]))
        .splitlines()[1]
        .startswith("2019-03 (background, planned) — Ministers said")
    )


def test_a_timeline_heading_names_the_days_it_was_asked_to_cover() -> None:
    """ "since last week" names days the reader never typed: the heading says which they were."""
    start, end = date(2026, 11, 23), date(2026, 11, 29)
    assert render.timeline_text(Timeline(topic="arrests", since=start)).startswith(
        "Timeline: arrests (since 2026-11-23)\n"
    )
    assert render.timeline_text(Timeline(until=end)).startswith("Timeline (until 2026-11-29)\n")
    assert render.timeline_text(Timeline(since=start, until=end)).startswith(
        "Timeline (2026-11-23 to 2026-11-29)\n"
    )


def test_sources_newest_first_with_their_metadata() -> None:
    docs = [
        SourceInfo(
            doc_id="old",
            title="Old",
            source="S",
            author="A",
            url=None,
            published=date(2024, 1, 1),
            provenance={},
            sentences=3,
        ),
        SourceInfo(
            doc_id="new",
            title="New",
            source="S",
            author=None,
            url="https://e.com",
            published=date(2025, 1, 1),
            provenance={},
            sentences=9,
        ),
    ]
    assert render.sources_text(Sources(documents=docs)).splitlines() == [
        "Sources (2 documents)",
        "  [1] New — S, 2025-01-01 (9 sentences) <https://e.com>",
        "  [2] Old — S, by A, 2024-01-01 (3 sentences)",
    ]
    one = [docs[0].model_copy(update={"sentences": 1})]
    line = render.sources_text(Sources(documents=one)).splitlines()[1]
    assert line == "  [1] Old — S, by A, 2024-01-01 (1 sentence)"
    # a byline with no outlet before it is said as one, not read as the outlet
    bylined = [docs[0].model_copy(update={"source": None})]
    assert (
        render.sources_text(Sources(documents=bylined)).splitlines()[1]
        == "  [1] Old — by A, 2024-01-01 (3 sentences)"
    )
    written = [docs[0].model_copy(update={"source": None, "author": "By A"})]  # a field already saying "By"
    assert render.sources_text(Sources(documents=written)).splitlines()[1].startswith("  [1] Old — By A, ")


def test_a_reload_report_never_claims_a_record_that_failed() -> None:
    ok = ReloadReport(ok=True, by="cli", version_before="", version_after="abc", documents=6, sentences=90)
    assert render.reload_text(ok) == "Corpus reloaded: 6 documents, 90 sentences, version — -> abc"
    same = ok.model_copy(update={"version_before": "abc"})  # nothing changed: said so, as Discord says it
    assert (
        render.reload_text(same)
        == "Corpus reloaded (no changes): 6 documents, 90 sentences, version abc -> abc"
    )
    single = ok.model_copy(update={"documents": 1, "sentences": 1})
    assert render.reload_text(single) == "Corpus reloaded: 1 document, 1 sentence, version — -> abc"
    failed = ok.model_copy(update={"history": "failed", "history_error": "the store is off"})
    assert (
        render.reload_text(failed).splitlines()[-1] == "Not recorded in the reload history: the store is off"
    )
    cancelled = ok.model_copy(
        update={"ok": False, "cancelled": True, "error": "cancelled before it finished"}
    )
    assert render.reload_text(cancelled).startswith(
        "Reload cancelled (the previous corpus is kept, unchanged)"
    )


def test_help_lists_every_command_as_typed_in_the_console() -> None:
    text = render.help_text(["What did Rutte say?"])
    for spec in COMMANDS:
        assert f"  {spec.console_usage}" in text and spec.help in text
    assert "/timeline [TOPIC] [since:WHEN] [until:WHEN] [grouping:day|week|month]" in text
    assert "/quit" in text and "Try:\n  What did Rutte say?" in text
    assert "Try:\n  Ask about anything" in render.help_text([]), "no examples: a pointer, not the seeds'"


def test_the_sources_title_counts_one_document_in_the_singular() -> None:
    info = SourceInfo(
        doc_id="x", title="T", source=None, author=None, url=None, published=None, provenance={}, sentences=2
    )
    one = Sources(documents=[info])
    assert render.sources_text(one).splitlines()[0] == "Sources (1 document)"


def _week() -> TimelinePages:
    """Three events of one week (the middle one most reported) and one of the next."""
    cite = [
        Citation(n=1, doc_id="h", title="Floods", source="Herald", published=date(2026, 7, 15), quote="q")
    ]
    both = [
        *cite,
        Citation(n=2, doc_id="p", title="Live", source="Post", published=date(2026, 7, 14), quote="q"),
    ]
    events = [
        TimelineEvent(
            date="2026-07-13", precision="day", text="Shelters opened at two schools.", citations=cite
        ),
        TimelineEvent(
            date="2026-07-14", precision="day", text="The governor declared an emergency.", citations=both
        ),
        TimelineEvent(date="2026-07-15", precision="day", text="The death toll rose to 17.", citations=cite),
        TimelineEvent(
            date="2026-07-20", precision="day", text="The river fell below flood stage.", citations=cite
        ),
    ]
    return TimelinePages(Timeline(events=events), 8, "week")


def test_a_grouped_timeline_lists_every_event_its_heading_counts() -> None:
    """A week's heading said "3 events —" and quoted one: the text does not page, so it lists them all."""
    pages = _week()
    lines = render.timeline_text(pages.timeline, pages.periods, "week").splitlines()
    assert lines[:7] == [
        "Timeline (by week)",
        "week of 13 July 2026 · 3 events",
        "  2026-07-13 — Shelters opened at two schools. [1]",
        "  2026-07-14 — The governor declared an emergency. [1][2]",
        "  2026-07-15 — The death toll rose to 17. [1]",
        "week of 20 July 2026 · 1 event",
        "  2026-07-20 — The river fell below flood stage. [1]",
    ]


def test_a_grouped_page_line_says_it_shows_one_of_its_periods_events() -> None:
    """A Discord page quotes one event a period: its line says how many of how many it shows."""
    lines = timeline_page_embed(_week(), 0).description.splitlines()
    assert lines[0].startswith("**week of 13 July 2026** · 1 of 3 events — The governor declared")
    assert lines[1].startswith("**week of 20 July 2026** · 1 event — The river fell")
