"""Discord embeds: whatever the corpus holds, they fit every Discord limit and cite what they quote."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from bot import render
from bot.service import ReloadReport
from retrieval import Answer, Citation, SourceInfo, Sources, Statement, Timeline, TimelineEvent
from tests.bot.render.hostile import BIG_TEXT, TEXT, assert_inert, check_limits


def test_source_lines_link_only_http_urls() -> None:
    line = render.source_line(1, "A [b] title", "Outlet", date(2025, 4, 21), "https://ex.com/a(b)")
    assert line == "[1] [A \\[b\\] title](<https://ex.com/a%28b%29>) — Outlet, 2025-04-21"
    evil = render.source_line(2, "T", None, None, "javascript:alert(1)")
    assert evil == "[2] T — date unknown"
    assert render.safe_url("https://ex.com/x y") is None
    assert render.safe_url("ftp://ex.com") is None


citations = st.builds(
    Citation,
    n=st.integers(1, 40),
    doc_id=st.text(min_size=1, max_size=20),
    title=st.one_of(st.none(), BIG_TEXT),
    source=st.one_of(st.none(), TEXT),
    url=st.one_of(st.none(), st.just("https://example.com/x"), st.just("javascript:alert(1)"), TEXT),
    published=st.one_of(st.none(), st.dates()),
    quote=TEXT,
)
statements = st.builds(
    Statement, text=BIG_TEXT, citations=st.lists(st.integers(1, 40), min_size=1, max_size=8)
)


@given(
    question=BIG_TEXT,
    statements=st.lists(statements, min_size=1, max_size=3),
    cits=st.lists(citations, max_size=40),
    cached=st.booleans(),
)
@settings(max_examples=60, deadline=None)
def test_answers_fit_every_limit(
    question: str, statements: list[Statement], cits: list[Citation], cached: bool
) -> None:
    answer = Answer(
        question=question, abstained=False, answer="", statements=statements, citations=cits, cached=cached
    )
    embeds = render.answer_embeds(answer)
    check_limits(embeds)
    e = embeds[0]
    assert e.footer.text == "Extracted from the coverage" + (" · cached" if cached else "")
    for s in statements:
        assert "".join(f"[{n}]" for n in s.citations) in (e.description or "")
    for part in [e.title or "", e.description or "", *(f.value or "" for f in e.fields)]:
        assert_inert(part)


def test_answer_embed_content() -> None:
    answer = Answer(
        question="Is @everyone safe?",
        abstained=False,
        answer="",
        statements=[Statement(text="Talks resumed on Monday.", citations=[1, 2])],
        citations=[
            Citation(
                n=1,
                doc_id="a",
                title="Talks",
                source="Forbes",
                url="https://f.com/t",
                published=date(2025, 4, 21),
                quote="q",
            ),
            Citation(n=2, doc_id="b", title="Other", source=None, url=None, published=None, quote="q"),
        ],
        cached=True,
    )
    (e,) = render.answer_embeds(answer)
    assert e.title == "Is @\u200beveryone safe?"
    assert e.description == "> Talks resumed on Monday. [1][2]"
    assert e.fields[0].name == "Sources"
    assert e.fields[0].value == (
        "[1] [Talks](<https://f.com/t>) — Forbes, 2025-04-21\n[2] Other — date unknown"
    )
    assert e.footer.text == "Extracted from the coverage · cached"
    text = render.answer_text(answer)
    assert (
        "> Talks resumed on Monday. [1][2]" in text
        and "[1] Talks — Forbes, 2025-04-21 <https://f.com/t>" in text
    )


def test_abstention_embed() -> None:
    answer = Answer(question="q?", abstained=True, answer="The coverage I have does not answer that.")
    (e,) = render.answer_embeds(answer)
    assert e.description == "The coverage I have does not answer that." and not e.fields


def _timeline(n: int, text: str = "Something happened.") -> Timeline:
    events = [
        TimelineEvent(
            date=f"2025-04-{1 + i % 28:02d}",
            precision="day",
            text=text,
            citations=[Citation(n=1, doc_id=f"d{i % 3}", title=f"T{i % 3}", quote=text)],
        )
        for i in range(n)
    ]
    return Timeline(topic="talks", events=events)


def test_timeline_pages() -> None:
    tl = _timeline(10)
    assert render.timeline_page_count(tl, 4) == 3
    first = render.timeline_embed(tl, 0, 4)
    last = render.timeline_embed(tl, 2, 4)
    assert first.footer.text == "Extracted from the coverage · page 1/3 · 10 events"
    assert (first.description or "").count("\n") == 3 and (last.description or "").count("\n") == 1
    assert "**2025-04-01** — Something happened. [1]" in (first.description or "")
    assert render.timeline_embed(Timeline(), 0, 4).description == "No dated events found."
    assert "2025-04-01 — Something happened. [1]" in render.timeline_text(tl)


@given(BIG_TEXT, st.integers(1, 20))
@settings(max_examples=30, deadline=None)
def test_timeline_pages_fit(text: str, page_size: int) -> None:
    tl = _timeline(25, text)
    for page in range(render.timeline_page_count(tl, page_size)):
        check_limits([render.timeline_embed(tl, page, page_size)])


def test_many_sources_and_big_reloads_fit() -> None:
    docs = [
        SourceInfo(
            doc_id=f"d{i}",
            title="T" * 300,
            source="S",
            author=None,
            url=f"https://e.com/{i}",  # distinct documents: alike ones are listed once
            published=date(2025, 1, 1),
            provenance={},
            sentences=3,
        )
        for i in range(5000)
    ]
    e = render.sources_embed(Sources(documents=docs))
    check_limits([e])
    assert "more" in (e.description or "").splitlines()[-1]
    report = ReloadReport(
        ok=True,
        by="@everyone",
        version_before="a",
        version_after="b",
        added=[f"doc_{i}" for i in range(5000)],
        removed=["x" * 5000],
        changed=[],
        documents=1,
        sentences=2,
        problems=["<@1> broke"] * 300,
        error=None,
    )
    e = render.reload_embed(report)
    check_limits([e])
    assert [f.name for f in e.fields] == ["Added (5000)", "Removed (1)", "Problems (300)"]
    assert_inert(e.footer.text or "")
    failed = render.reload_embed(report.model_copy(update={"ok": False, "error": "x" * 9000}))
    check_limits([failed])
    assert (failed.title or "").startswith("Reload failed")


def test_help_has_the_examples_it_is_given() -> None:
    e = render.help_embed(["What did Rutte say about Russia?", "@everyone " + "x" * 400])
    check_limits([e])
    [tries] = [f.value for f in e.fields if f.name == "Try"]
    assert "• What did Rutte say about Russia?" in tries
    assert_inert(tries or "")
    [none] = [f.value for f in render.help_embed([]).fields if f.name == "Try"]
    assert none == render.NO_EXAMPLES
    assert "/quit" in render.help_text()


def test_two_quotes_from_one_article_are_one_source_line() -> None:
    cites = [
        Citation(n=1, doc_id="a", title="A", source="Out A", quote="q1"),
        Citation(n=2, doc_id="b", title="B", source="Out B", quote="q2"),
        Citation(n=3, doc_id="b", title="B", source="Out B", quote="q3"),
    ]
    answer = Answer(
        question="q",
        abstained=False,
        answer="q1 [1][2] q3 [3]",
        citations=cites,
        statements=[Statement(text="q1", citations=[1, 2]), Statement(text="q3", citations=[3])],
    )
    (embed,) = render.answer_embeds(answer)
    sources = embed.fields[0].value or ""
    assert sources.splitlines() == ["[1] A — Out A, date unknown", "[2][3] B — Out B, date unknown"]
    assert (embed.description or "").startswith("> q1 [1][2]")


def test_the_speaker_of_a_pronoun_quotation_is_named_outside_the_quote() -> None:
    answer = Answer(
        question="What did the minister say?",
        abstained=False,
        answer="",
        statements=[
            Statement(text='"We will not wait," he added.', citations=[1], speaker="Ana @everyone Ruiz")
        ],
        citations=[Citation(n=1, doc_id="a", title="T", source=None, url=None, published=None, quote="q")],
    )
    (e,) = render.answer_embeds(answer)
    assert e.description is not None and e.description.startswith("> Ana ")
    assert e.description.endswith(': "We will not wait," he added. [1]')
    assert_inert(e.description)
    assert (
        render.answer_text(answer).splitlines()[1]
        == '> Ana @everyone Ruiz: "We will not wait," he added. [1]'
    )
