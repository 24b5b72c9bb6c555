"""A date written inside a phrase of the sentence dates that phrase's act, not the sentence's main act: a
reason ("fined for failing to file ... in January"), a "since" clause ("acting director since Bale took leave
in February"), a comparison ("strikes like the one on Tuesday"), a participle modifying a noun before a
finite verb ("the layoffs announced on Monday will fall ..."). The sentence is dated by a date of its own,
else not at all; a participle's weekday is read in the participle's (past) tense, not the main verb's
future. Small made-up documents (a Tuesday article)."""

from __future__ import annotations

from datetime import date

from retrieval.models import Document, DocumentMeta, Sentence
from retrieval.timeline.dates import find_dates
from retrieval.timeline.index import TimelineIndex

TUESDAY = date(2026, 3, 10)


def _doc(*texts: str) -> Document:
    sentences = tuple(Sentence("a", i, i, t) for i, t in enumerate(texts))
    meta = DocumentMeta(doc_id="a", title="Mill", source="Gazette", url=None, published=TUESDAY)
    return Document(meta=meta, sentences=sentences, paragraphs=tuple((i, i + 1) for i in range(len(texts))))


def _events(*texts: str) -> list[tuple[str, str]]:
    return [(e.date, e.text) for e in TimelineIndex.build([_doc(*texts)]).query().events]


REASON = "Hartwell Mills was fined for failing to file its accounts in January."
SINCE = "Ann Morrow, acting director since Tom Bale took sick leave in February, declined to comment."
LIKE = "Ruiz said strikes like the one on Tuesday could spread to other plants."
LAYOFFS = "The layoffs announced on Monday will fall hardest on sales staff, union officials said."


def test_a_date_of_a_reason_or_comparison_does_not_date_the_main_act() -> None:
    assert _events(REASON) == []
    assert _events(LIKE) == []


def test_a_participles_date_before_a_finite_verb_does_not_date_the_main_act() -> None:
    assert _events(LAYOFFS) == []


def test_a_since_clause_dates_the_main_act_only_where_the_sentence_ends_on_it() -> None:
    # the main clause goes on after the "since" clause: its date is the clause's
    assert _events(SINCE) == []
    # the sentence ends on it: the span's start, as before
    ends = "Farms have lost 400 wells since the drought began in February."
    assert _events(ends) == [("2026-02", ends)]


def test_the_main_acts_own_date_still_dates_the_sentence() -> None:
    fined = "Hartwell Mills was fined on March 2 for failing to file its accounts in January."
    assert _events(fined) == [("2026-03-02", fined)]
    # the date right after "since" is a span's start, and a plain main verb's day dates it
    assert _events("The union said on Monday it would strike.")[0][0] == "2026-03-09"


def test_a_participles_weekday_is_the_one_before_the_article_whatever_the_main_verb() -> None:
    assert [m.value for m in find_dates(LAYOFFS, TUESDAY)] == ["2026-03-09"]
    # with no participle the main verb's future still reads the coming day
    assert [m.value for m in find_dates("Layoffs will start on Monday.", TUESDAY)] == ["2026-03-16"]
    aisles = "The store will reopen the aisles closed on Monday."
    assert [m.value for m in find_dates(aisles, TUESDAY)] == ["2026-03-09"]
    # a base verb in "-en" is no participle
    assert [m.value for m in find_dates("The store will reopen on Monday.", TUESDAY)] == ["2026-03-16"]
    assert [m.value for m in find_dates("Talks agreed on Monday will resume.", TUESDAY)] == ["2026-03-09"]
    # a participle after "be" is the future's
    assert [m.value for m in find_dates("Layoffs will be announced on Monday.", TUESDAY)] == ["2026-03-16"]


def test_a_relative_clause_in_the_past_perfect_does_not_date_the_main_act() -> None:
    okafor = "Mayor Ann Okafor, who had called for Voss to step aside on Monday, said his exit was overdue."
    assert _events(okafor) == []
    # a relative clause in the simple past still dates its sentence alone: what it tells happened then
    ferry = "The ferry that capsized on the river on Saturday was carrying 143 people."
    assert _events(ferry) == [("2026-03-07", ferry)]
