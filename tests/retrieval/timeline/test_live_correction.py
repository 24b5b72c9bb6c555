"""A live page corrects its own earlier entry in words ("Correction: An earlier update said Dr Vell had
been dismissed. She resigned."): the notice is an event shown with what is right, and the entry it takes
back, above it on the same page, is no event. Small made-up blogs, stamped and not."""

from __future__ import annotations

from datetime import date

import pytest

from retrieval.models import Document, DocumentMeta, Sentence
from retrieval.timeline.index import TimelineIndex, _withdrawn_dropped
from retrieval.timeline.mentions import doc_mentions
from retrieval.timeline.page import withdrawn_claim


def blog(published: date | None, *entries: str) -> Document:
    """One sentence a paragraph, but for a notice and what it says is right, which share theirs."""
    sentences = tuple(Sentence("blog", i, i, t) for i, t in enumerate(entries))
    meta = DocumentMeta(doc_id="blog", title="LIVE: Tarnwell", source="Fell Courier", published=published)
    return Document(meta=meta, sentences=sentences, paragraphs=tuple((i, i + 1) for i in range(len(entries))))


def _entries(notice: str) -> tuple[str, ...]:
    return (
        "9:05 a.m. The board of Tarnwell Water met in emergency session on Tuesday at its Kendal offices.",
        "10:20 a.m. Dr Mara Quill has been dismissed as chief executive of Tarnwell Water, the board said.",
        "10:35 a.m. Shares in Tarnwell Water fell 8 percent on Tuesday in early trading.",
        notice,
        "11:10 a.m. The board of Tarnwell Water named Tom Harle as interim chief executive on Tuesday.",
    )


@pytest.mark.parametrize(
    "notice",
    [
        "10:48 a.m. Correction: An earlier update said Dr Quill had been dismissed by Tarnwell Water.",
        "10:48 a.m. We earlier reported that Dr Quill had been dismissed by Tarnwell Water.",
        "10:48 a.m. This post previously said Dr Quill had been dismissed by Tarnwell Water.",
    ],
)
def test_a_pages_own_correction_withdraws_its_earlier_entry(notice: str) -> None:
    doc = blog(date(2026, 2, 10), *_entries(notice))
    # what is right is the notice's next sentence, in its paragraph
    sentences = (*doc.sentences[:4], Sentence("blog", 4, 3, "She resigned."), *doc.sentences[4:])
    sentences = tuple(Sentence("blog", i, s.paragraph, s.text) for i, s in enumerate(sentences))
    doc = Document(meta=doc.meta, sentences=sentences, paragraphs=((0, 1), (1, 2), (2, 3), (3, 5), (5, 6)))
    texts = [e.text for e in TimelineIndex.build([doc]).query().events]
    assert not any("has been dismissed" in t for t in texts), texts
    assert any(t.startswith("10:48 a.m.") and t.endswith("She resigned.") for t in texts), texts
    assert "Dr Quill had been dismissed" in withdrawn_claim(notice)


def test_an_entry_after_the_notice_stays_and_a_notice_naming_another_day_spares_its_page() -> None:
    """Only the page's entries before its notice are what it takes back (a later one is news after it),
    and a notice naming another article's day ("An article on Feb. 9 ...") takes back that one's."""
    notice = "10:48 a.m. Correction: An earlier update said Dr Quill had been dismissed by Tarnwell Water."
    later = "11:30 a.m. Dr Quill has been dismissed from the Kendal golf club committee, Tarnwell Water said."
    doc = blog(date(2026, 2, 10), *_entries(notice), later)
    kept = {m.sentence for m in _withdrawn_dropped([doc], doc_mentions(0, doc, None))}
    assert 1 not in kept and 5 in kept, kept
    named = "10:48 a.m. Correction: An article on Feb. 9 wrongly reported that Dr Quill had been dismissed."
    doc = blog(date(2026, 2, 10), *_entries(named))
    assert 1 in {m.sentence for m in _withdrawn_dropped([doc], doc_mentions(0, doc, None))}


def test_a_notice_whose_right_version_tells_no_event_is_no_event() -> None:
    """ "Correction: an earlier entry said Dr Quill was 54. She is 45.": the page fixing its own copy, whose
    right version is a state, not something done: it withdraws the entry it names, and is no event."""
    notice = "10:48 a.m. Correction: An earlier update said Dr Quill of Tarnwell Water was 54 years old."
    entries = (
        *_entries(notice)[:3],
        "10:30 a.m. Dr Quill of Tarnwell Water was 54 years old, the board said.",
    )
    doc = blog(date(2026, 2, 10), *entries, notice, _entries(notice)[4])
    sentences = (*doc.sentences[:5], Sentence("blog", 5, 4, "She is 45."), *doc.sentences[5:])
    sentences = tuple(Sentence("blog", i, s.paragraph, s.text) for i, s in enumerate(sentences))
    paragraphs = ((0, 1), (1, 2), (2, 3), (3, 4), (4, 6), (6, 7))
    doc = Document(meta=doc.meta, sentences=sentences, paragraphs=paragraphs)
    texts = [e.text for e in TimelineIndex.build([doc]).query().events]
    assert not any("Correction" in t or "54 years" in t for t in texts), texts
    assert any("interim chief executive" in t for t in texts), texts


def test_a_notice_fixing_a_figure_spares_an_entry_without_it_and_is_no_event() -> None:
    """ "Correction, 1:30 p.m.: An earlier update said the panel examined 19 papers. It examined 17.": the
    figure is what was wrong, so the 10:12 entry finding fraud "in nine papers" (no 19 in it) is still the
    blog's event; the notice tells again what the claim did ("examined") with its right figure, a fix of
    the page's copy, no event."""
    doc = blog(
        date(2026, 3, 20),
        "10:12 a.m. The panel found that images were manipulated in nine papers from the Osler lab.",
        "11:05 a.m. The university said it would ask journals to retract the papers.",
        "Correction, 1:30 p.m.: An earlier update said the panel examined 19 papers.",
    )
    sentences = (*doc.sentences, Sentence("blog", 3, 2, "It examined 17."))
    doc = Document(meta=doc.meta, sentences=sentences, paragraphs=((0, 1), (1, 2), (2, 4)))
    texts = [e.text for e in TimelineIndex.build([doc]).query().events]
    assert texts[0].startswith("10:12 a.m. The panel found"), texts
    assert not any(t.startswith("Correction") for t in texts), texts


def test_a_newest_first_blogs_notice_withdraws_the_entry_stamped_before_it_and_stands_for_it() -> None:
    """A page newest first: the 4:15 p.m. notice stands above the 2:50 p.m. entry it withdraws, which is
    earlier by its stamp; with that entry gone the notice, giving the right figure, is the event."""
    doc = blog(
        date(2026, 5, 1),
        "4:15 p.m. Correction: An earlier update said the jury convicted Dr Quill on seven counts.",
        "3:05 p.m. The jury acquitted Dr Quill on two of the three fraud counts at Tarnwell court.",
        "2:50 p.m. Dr Quill has been convicted on seven counts, including all four bribery counts.",
    )
    sentences = (doc.sentences[0], Sentence("blog", 1, 0, "He was convicted on six counts."))
    sentences += tuple(
        Sentence("blog", i + 1, s.paragraph, s.text) for i, s in enumerate(doc.sentences[1:], 1)
    )
    doc = Document(meta=doc.meta, sentences=sentences, paragraphs=((0, 2), (2, 3), (3, 4)))
    texts = [e.text for e in TimelineIndex.build([doc]).query().events]
    assert not any("seven counts, including" in t for t in texts), texts
    assert any(t.startswith("4:15 p.m. Correction") and t.endswith("six counts.") for t in texts), texts


def test_a_date_in_the_claim_a_notice_withdraws_dates_nothing() -> None:
    """ "Correction: An earlier update said the crane was built in 1968. It was built in 1978.": 1968 is
    what the page takes back, no year of the story's background; what is right keeps its own year."""
    doc = blog(
        date(2026, 3, 10),
        "9:40 a.m. A crane collapsed at the Tarnwell container terminal on Tuesday morning.",
        "12:15 p.m. Correction: An earlier update said the crane was built in 1968.",
        "It was built in 1978.",
    )
    events = TimelineIndex.build([doc]).query().events
    assert not any(e.date == "1968" for e in events), [(e.date, e.text) for e in events]
    assert any(e.date == "1978" for e in events), [(e.date, e.text) for e in events]
