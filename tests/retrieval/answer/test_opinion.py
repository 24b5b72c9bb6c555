"""An opinion piece (an op-ed, a column) states its writer's view, often in the words of a factual
question ("For months, the people who run this harbor told us ..." for "how long did the closure
last"): it does not answer a factual question a news report answers, and when it is quoted its source
says it is opinion. Whether an article is opinion is read at ingest from what the page marks: a rubric
opening the headline, a byline naming a columnist, an address filed under /opinion/."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.render.text import answer_text, sources_text
from retrieval import Engine, build_engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

REPORT = (
    "The Marrow Point ferry terminal reopened on Thursday after a closure forced by a cracked loading ramp. "
    "The closure lasted nine days, harbor officials said. "
    "Repairs cost the port about $210,000, paid from its reserve fund."
)
OPED_TEXT = (
    "For three weeks, the harbor board told islanders the ferry closure was only about a ramp. "
    "It was really about a port that will not maintain what it owns. "
    "Commuters on the island deserve a board that plans ahead."
)

#: the same piece marked as opinion in each way a page marks it
OPEDS = {
    "rubric": {"id": "oped", "title": "Opinion: Marrow Point's ferry deserves better", "text": OPED_TEXT},
    "address": {
        "id": "oped",
        "title": "Marrow Point's ferry deserves better",
        "url": "https://islandvoice.example/opinion/2031/ferry-deserves-better",
        "text": OPED_TEXT,
    },
}


def _engine(tmp_path: Path, oped: dict[str, str]) -> Engine:
    report = {"id": "report", "title": "Marrow Point ferry terminal reopens", "text": REPORT}
    return engine_of(tmp_path, [report, oped, *filler(12)])


@pytest.mark.parametrize("marked", sorted(OPEDS))
def test_a_report_answers_a_factual_question_before_an_op_ed(tmp_path: Path, marked: str) -> None:
    engine = _engine(tmp_path, OPEDS[marked])
    assert engine.documents["oped"].meta.opinion
    assert not engine.documents["report"].meta.opinion
    a = engine.ask("how long did the ferry closure last")
    assert not a.abstained
    assert_verbatim(engine, a)
    assert "nine days" in first_statement(a)
    assert a.citations[0].doc_id == "report"


def test_a_columnist_byline_marks_an_article_as_opinion(tmp_path: Path) -> None:
    (tmp_path / "column.txt").write_text(
        "Marrow Point's ferry deserves better\nBy Ines Calloway, Island Voice columnist\n\n"
        + OPED_TEXT
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "report.txt").write_text(
        "Marrow Point ferry terminal reopens\nBy Ines Calloway, Island Voice\n\n" + REPORT + "\n",
        encoding="utf-8",
    )
    engine = build_engine(tmp_path)
    assert engine.documents["column"].meta.opinion
    assert not engine.documents["report"].meta.opinion


def test_an_op_ed_quoted_says_it_is_opinion(tmp_path: Path) -> None:
    engine = _engine(tmp_path, OPEDS["rubric"])
    a = engine.ask("what does the island deserve according to the op-ed")
    assert not a.abstained
    assert "board that plans ahead" in first_statement(a)
    assert a.citations[0].opinion
    assert "(opinion)" in answer_text(a)
    news = engine.ask("how much did repairs cost the port")
    assert not news.citations[0].opinion
    assert "(opinion)" not in answer_text(news)


def test_a_question_asking_for_opinion_is_answered_by_the_op_ed(tmp_path: Path) -> None:
    a = _engine(tmp_path, OPEDS["rubric"]).ask("what did the opinion piece say the ferry closure was about")
    assert not a.abstained
    assert "not maintain what it owns" in a.answer or "only about a ramp" in a.answer


def test_the_sources_list_marks_an_op_ed_as_opinion(tmp_path: Path) -> None:
    sources = _engine(tmp_path, OPEDS["address"]).sources()
    marked = {d.doc_id: d.opinion for d in sources.documents if d.doc_id in ("oped", "report")}
    assert marked == {"oped": True, "report": False}
    assert "(opinion)" in sources_text(sources)


#: a column whose claim ("should not let the council off the hook") is backed by the sentence after it
COLUMN = (
    "The harbour board's chair was right to go, but her exit should not let the council off the hook. "
    "Its planners sat on the engineers' warnings about the ramp for eleven months.\n\n"
    "Islanders deserve better."
)


@pytest.mark.parametrize("writer", ["the columnist", "the opinion writer"])
def test_why_the_columnist_says_something_is_answered_from_the_opinion_piece_with_its_support(
    tmp_path: Path, writer: str
) -> None:
    """ "The columnist" is the writer of the opinion piece, whose sentences are theirs though none names
    them; the reason for a claim is the sentence of its paragraph after it."""
    column = {
        "id": "column",
        "title": "Opinion: The ramp was a warning",
        "author": "Ines Calloway",
        "text": COLUMN,
    }
    report = {"id": "report", "title": "Marrow Point ferry terminal reopens", "text": REPORT}
    engine = engine_of(tmp_path, [report, column, *filler(12)])
    a = engine.ask(f"Why does {writer} say the council is to blame?")
    assert not a.abstained, a.answer
    assert "sat on the engineers' warnings" in first_statement(a), a.answer
    assert_verbatim(engine, a)


def test_why_the_columnist_says_something_is_declined_without_an_opinion_piece(tmp_path: Path) -> None:
    """The same words in a news report: no columnist wrote anything, so no columnist's reason is given."""
    news = {"id": "news", "title": "The ramp was a warning", "text": COLUMN}
    engine = engine_of(tmp_path, [news, *filler(12)])
    assert engine.ask("Why does the columnist say the council is to blame?").abstained
