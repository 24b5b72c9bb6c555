"""A live blog's entries stamped only with a time of day are events of the article's stated day: the
stamps place them in it. Not when the stamps wrap past midnight, nor when the article states no date."""

from __future__ import annotations

from datetime import date

from retrieval.models import Document, DocumentMeta, Sentence
from retrieval.timeline.index import TimelineIndex


def blog(published: date | None, *entries: str) -> Document:
    """One sentence a paragraph, as an entry of a live page is."""
    sentences = tuple(Sentence("blog", i, i, t) for i, t in enumerate(entries))
    meta = DocumentMeta(doc_id="blog", title="LIVE: Canal breach", source="Weir Gazette", published=published)
    return Document(meta=meta, sentences=sentences, paragraphs=tuple((i, i + 1) for i in range(len(entries))))


ENTRIES = (
    "8:15 a.m. Hello.",
    "9:40 a.m. Engineers closed the lock gates at Fenwick to stop the canal draining further.",
    "1:05 p.m. The towpath between Fenwick and Ashby will stay shut until the bank is rebuilt in May 2026.",
    "14:30 Barge owners moored upstream were told to stay with their boats.",
)


def test_entries_stamped_with_a_time_of_day_are_events_of_the_blogs_day() -> None:
    tl = TimelineIndex.build([blog(date(2025, 11, 3), *ENTRIES)]).query()
    # "Hello." tells nothing; the towpath entry tells at 1:05 p.m. what is to come (May 2026 is the
    # rebuilding's, another verb's, a plan): it stands at its stamp
    assert [(e.date, e.text[:18]) for e in tl.events] == [
        ("2025-11-03", "9:40 a.m. Engineer"),
        ("2025-11-03", "1:05 p.m. The towp"),
        ("2025-11-03", "14:30 Barge owners"),
    ]


def test_stamps_that_pass_midnight_or_an_undated_blog_place_nothing() -> None:
    wrapped = (
        "10:05 p.m. Engineers closed the lock gates at Fenwick to stop the canal draining further.",
        "11:50 p.m. Barge owners moored upstream were told to stay with their boats.",
        "12:40 a.m. Pumps from Ashby started lowering the water in the breach.",
    )
    assert TimelineIndex.build([blog(date(2025, 11, 3), *wrapped)]).query().events == []
    assert TimelineIndex.build([blog(None, *ENTRIES[1:2], *ENTRIES[3:])]).query().events == []


def test_a_days_entries_are_listed_by_their_time_whichever_way_the_blog_runs() -> None:
    newest_first = (
        "4:20 p.m. Pumps from Ashby started lowering the water level in the breached section.",
        "11:05 a.m. Barge owners moored upstream were told to stay with their boats overnight.",
        "9:40 a.m. Engineers closed the lock gates at Fenwick to stop the canal draining further.",
    )
    for limit in (None, 10):
        tl = TimelineIndex.build([blog(date(2025, 11, 3), *newest_first)]).query(limit=limit)
        assert [e.text[:8] for e in tl.events] == ["9:40 a.m", "11:05 a.", "4:20 p.m"]


def test_an_entry_quoting_several_sentences_is_shown_to_the_quotations_end() -> None:
    """The splitter cuts "The bank has held. Now we rebuild." in two: the event quotes the speaker whole."""
    quoted = ('4:10 p.m. The engineer said at the lock: "The bank has held.', 'Now we rebuild the towpath."')
    texts = (ENTRIES[1], *quoted)
    meta = blog(date(2025, 11, 3)).meta
    page = Document(
        meta=meta,
        sentences=tuple(Sentence("blog", i, min(i, 1), t) for i, t in enumerate(texts)),
        paragraphs=((0, 1), (1, 3)),
    )
    events = TimelineIndex.build([page]).query().events
    assert [e.text for e in events] == [ENTRIES[1], " ".join(quoted)]
    assert events[1].citations[0].quote == " ".join(quoted)


def test_a_sentence_of_an_entry_dated_to_the_blogs_day_stands_at_the_entrys_time() -> None:
    """ "Divers will inspect the breach tonight" in the 8:10 p.m. entry is of the blog's day by its own
    word ("tonight"), and of the evening by its entry's stamp: not before the morning's entries."""
    sentences = (
        Sentence(
            "blog", 0, 0, "9:40 a.m. Engineers closed the lock gates at Fenwick to stop the canal draining."
        ),
        Sentence("blog", 1, 1, "1:05 p.m. Barge owners moored upstream were told to stay with their boats."),
        Sentence(
            "blog", 2, 2, "8:10 p.m. Inspectors from the canal trust will stay at the breach overnight."
        ),
        Sentence("blog", 3, 2, "Divers from the canal trust will inspect the breached bank tonight."),
    )
    meta = DocumentMeta(
        doc_id="blog", title="LIVE: Canal breach", source="Weir Gazette", published=date(2025, 11, 3)
    )
    doc = Document(meta=meta, sentences=sentences, paragraphs=((0, 1), (1, 2), (2, 4)))
    texts = [e.text[:9] for e in TimelineIndex.build([doc]).query().events]
    assert texts.index("Divers fr") > texts.index("1:05 p.m.") > texts.index("9:40 a.m.")


def _multi(published: date, *paragraphs: tuple[str, ...]) -> Document:
    """Entries of several sentences each."""
    sentences: list[Sentence] = []
    spans: list[tuple[int, int]] = []
    for p, texts in enumerate(paragraphs):
        start = len(sentences)
        sentences += [Sentence("blog", len(sentences), p, t) for t in texts]
        spans.append((start, len(sentences)))
    meta = DocumentMeta(doc_id="blog", title="LIVE: Canal breach", source="Weir Gazette", published=published)
    return Document(meta=meta, sentences=tuple(sentences), paragraphs=tuple(spans))


def test_the_blogs_word_to_its_readers_is_no_event() -> None:
    """ "We are closing this live page.", "That is all from us today." tell no event, whatever their stamp or
    "today" say; an entry naming someone or a figure in the first person is still one."""
    doc = _multi(
        date(2025, 11, 3),
        ("9:40 a.m. Engineers closed the lock gates at Fenwick to stop the canal draining further.",),
        ("4:50 p.m. We are closing this live page for now.", "Thanks for following along with us."),
        ("5:10 p.m. Pumps from Ashby started lowering the water.", "That is all from us today."),
        ("6:00 p.m. We have just heard from Fenwick council that 40 homes were flooded.",),
    )
    tl = TimelineIndex.build([doc]).query()
    assert [e.text[:9] for e in tl.events] == ["9:40 a.m.", "5:10 p.m.", "6:00 p.m."]


def test_a_greeting_or_sign_off_is_no_event_whatever_it_names() -> None:
    """ "Good morning and welcome to our coverage of the Fenwick canal breach" names the story it greets
    readers to, and tells no event of it."""
    doc = _multi(
        date(2025, 11, 3),
        ("8:00 a.m. Good morning and welcome to our coverage of the Fenwick canal breach.",),
        ("9:40 a.m. Engineers closed the lock gates at Fenwick to stop the canal draining further.",),
        ("5:30 p.m. That's the end of our Fenwick coverage for today.",),
    )
    tl = TimelineIndex.build([doc]).query()
    assert [e.text[:9] for e in tl.events] == ["9:40 a.m."]


def test_a_stamp_written_with_a_dot_and_a_time_zone_is_a_time_of_day() -> None:
    """ "14.40 GMT" is how many British live pages stamp an entry; "7.5 million" stays a number."""
    stamped = (
        "09.40 GMT Engineers closed the lock gates at Fenwick to stop the canal draining further.",
        "14.30 GMT Barge owners moored upstream were told to stay with their boats.",
    )
    tl = TimelineIndex.build([blog(date(2025, 11, 3), *stamped)]).query()
    assert [(e.date, e.text[:9]) for e in tl.events] == [
        ("2025-11-03", "09.40 GMT"),
        ("2025-11-03", "14.30 GMT"),
    ]


def test_a_weekday_counts_from_the_dateline_its_entry_stands_under() -> None:
    """A page updated on Thursday 12 March: what was written under Monday 9 March's dateline says
    "Tuesday" and "Thursday" of the days before it, not of the days before the last update; the
    datelines themselves tell nothing."""
    entries = (
        "March 12, 2026, 7:00 a.m. The union said this morning that talks had resumed.",
        "March 9, 2026, 8:00 p.m.",
        "The union said on Tuesday that members would walk out.",
        "Monday 9 March",
        "The employer said on Thursday it had made its final offer.",
    )
    tl = TimelineIndex.build([blog(date(2026, 3, 12), *entries)]).query()
    assert [(e.date, e.text[:24]) for e in tl.events] == [
        ("2026-03-03", "The union said on Tuesda"),
        ("2026-03-05", "The employer said on Thu"),
        ("2026-03-12", "March 12, 2026, 7:00 a.m"),
    ]
    # without a publication date the datelines still date what stands under them
    tl = TimelineIndex.build([blog(None, *entries)]).query()
    assert [e.date for e in tl.events][:2] == ["2026-03-03", "2026-03-05"]


def test_a_stamp_standing_alone_over_its_entry_stamps_that_entry() -> None:
    """Many live pages set each entry's time on a line of its own above it ("3:15 p.m.", then the entry):
    the entry is of the blog's stated day at that time, not left off the timeline; "9 a.m." is a time
    too. The stamps still must run one way."""
    over = (
        "9 a.m.",
        "Engineers closed the lock gates at Fenwick to stop the canal draining further.",
        "3:15 p.m. EDT",
        "The council ordered everyone living along the towpath to leave their homes.",
    )
    tl = TimelineIndex.build([blog(date(2025, 11, 3), *over)]).query()
    assert [(e.date, e.text[:9]) for e in tl.events] == [
        ("2025-11-03", "Engineers"),
        ("2025-11-03", "The counc"),
    ]
    wrapped = (*over, "12:40 a.m.", "Pumps from Ashby started lowering the water level in the breach.")
    assert TimelineIndex.build([blog(date(2025, 11, 3), *wrapped)]).query().events == []


def test_an_entrys_word_of_what_is_to_come_on_another_day_stands_at_its_stamp() -> None:
    """ "2:10 p.m. The mayor says the lock will reopen on Friday" is the 2:10 p.m. entry's news, the saying:
    shown at a Friday it would read as that Friday's afternoon, of a plan that may not be kept; so is a day
    after the entry's however put ("has added ... to Thursday's board agenda"). An entry
    telling its own day's plan ("will inspect the bank tonight") or a past day's act keeps its date."""
    doc = blog(
        date(2025, 11, 3),
        "9:40 a.m. Engineers closed the lock gates at Fenwick to stop the canal draining further.",
        "2:10 p.m. Mayor Ruth Calder says the Fenwick lock will reopen to barges on Friday.",
        "3:15 p.m. The canal trust has added the Fenwick breach to Thursday's board agenda.",
        "4:20 p.m. Divers from the canal trust will inspect the breached bank tonight.",
        "6:05 p.m. The trust said a contractor had inspected the Fenwick bank on Saturday.",
    )
    events = TimelineIndex.build([doc]).query().events
    assert [(e.date, e.text[:9]) for e in events] == [
        ("2025-11-01", "6:05 p.m."),
        ("2025-11-03", "9:40 a.m."),
        ("2025-11-03", "2:10 p.m."),
        ("2025-11-03", "3:15 p.m."),
        ("2025-11-03", "4:20 p.m."),
    ]


def test_a_sentence_going_on_with_an_earlier_sentences_quotation_is_shown_from_its_start() -> None:
    """A splitter cuts a quotation of two sentences in two: the second ("On 14 March we begin," she said.)
    opens mid-quote, so its line starts where the quotation does; and "today" inside it is the speaker's
    now, no event's day."""
    doc = _multi(
        date(2031, 3, 10),
        (
            "Ms Ortiz spoke outside the town hall.",
            '"The council has failed us for years.',
            'On 14 March we begin our own repairs," Ms Ortiz said.',
        ),
        ('"It has been a long road.', 'Today we start again," said a neighbour, Tom Reyes.'),
    )
    events = TimelineIndex.build([doc]).query().events
    assert [(e.date, e.text) for e in events] == [
        (
            "2031-03-14",
            '"The council has failed us for years. On 14 March we begin our own repairs," Ms Ortiz said.',
        )
    ]
