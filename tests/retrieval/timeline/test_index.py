"""Timelines: events from dated sentences, verbatim lines, the cross-outlet merge, filters and ranking."""

from __future__ import annotations

from datetime import date

from retrieval.models import Document, DocumentMeta, Sentence
from retrieval.timeline.index import TimelineIndex
from retrieval.timeline.mentions import clause_of


def doc(
    doc_id: str,
    published: date | None,
    *texts: str,
    source: str | None = None,
    headings: tuple[int, ...] = (),
    title: str | None = None,
) -> Document:
    sentences = tuple(Sentence(doc_id, i, i, t, heading=i in headings) for i, t in enumerate(texts))
    url = f"https://example.org/{doc_id}"
    meta = DocumentMeta(
        doc_id=doc_id, title=title or f"Title {doc_id}", source=source, url=url, published=published
    )
    return Document(meta=meta, sentences=sentences, paragraphs=tuple((i, i + 1) for i in range(len(texts))))


KYIV = doc(
    "kyiv",
    date(2025, 7, 16),
    "Kremlin spokesperson Dmitry Peskov said at a press briefing on July 16 that Russia wants talks.",
    "The last round of direct talks between Russia and Ukraine took place on June 2 in Istanbul, after a "
    "previous meeting on May 16, following more than three years of no direct negotiations.",
    "Ukraine proposed a 30-day ceasefire, but Russia rejected the offer.",
    source="The Kyiv Independent",
)
NBC = doc(
    "nbc",
    date(2025, 4, 21),
    "“We need to sort this out,” Putin told a Russian state TV reporter Monday (April 21) via NBC News.",
    "The war has gone on for three years since Putin initially launched an invasion in February 2022.",
    source="NBC",
)
FORBES = doc(
    "forbes",
    date(2025, 4, 22),
    "Putin Says He Is Open To Direct Talks On April 21",
    "Putin told a Russian state TV reporter on Monday that “we need to sort this out,” maybe bilaterally.",
    source="Forbes",
    headings=(0,),
)


def dates_of(index: TimelineIndex, **kw: object) -> list[str]:
    return [e.date for e in index.query(**kw).events]  # type: ignore[arg-type]


def test_events_are_dated_sorted_and_verbatim() -> None:
    index = TimelineIndex.build([KYIV, NBC])
    tl = index.query()
    assert [e.date for e in tl.events] == ["2022-02", "2025-04-21", "2025-05-16", "2025-06-02", "2025-07-16"]
    for e in tl.events:
        quote = e.citations[0].quote
        assert e.text in quote  # a contiguous slice of the sentence it came from
        assert quote in [s.text for d in (KYIV, NBC) for s in d.sentences]


def test_a_long_sentence_gives_each_date_its_own_clause() -> None:
    """June 2's clause stops where a later date's begins; May 16's, opening on "after", is read from the
    clause before (who met, and what came after) and, no date after it, runs to the sentence's full stop."""
    tl = TimelineIndex.build([KYIV]).query()
    by_date = {e.date: e.text for e in tl.events}
    assert by_date["2025-06-02"] == (
        "The last round of direct talks between Russia and Ukraine took place on June 2 in Istanbul"
    )
    assert by_date["2025-05-16"] == KYIV.sentences[1].text
    assert tl.events[0].citations[0].quote == KYIV.sentences[1].text


def test_short_sentence_is_kept_whole_and_clause_cut_keeps_quotes_balanced() -> None:
    assert clause_of("Peskov spoke on July 16.", 16, 23) == "Peskov spoke on July 16."
    long = (
        "“Many statements have been made, many words of disappointment have been spoken, but we want to hope "
        "that pressure is being exerted,” Peskov said at a press briefing on July 16, after the talks."
    )
    assert clause_of(long, long.index("July 16"), long.index("July 16") + 7) == long


def test_a_long_sentence_with_one_date_is_shown_to_its_full_stop() -> None:
    """No other date's line needs the rest of the sentence: the event is not shown stopping short of the
    clause it goes on with (", where 40 homes were flooded"), nor without its full stop."""
    text = (
        "The county council on Tuesday ordered an independent review of flood defences along the lower "
        "Wend valley, where 40 homes were flooded in the space of an hour after the embankment gave way."
    )
    tl = TimelineIndex.build([doc("wend", date(2031, 2, 6), text)]).query()
    assert [e.text for e in tl.events] == [text]


def test_a_clause_opening_with_which_is_read_from_its_subject() -> None:
    long = (
        "Marrow Creek Water, which supplies nine towns along the valley, said it found a crack in the main "
        "intake pipe on Sunday morning and shut the treatment works as a precaution until further notice."
    )
    at = long.index("on Sunday")
    assert clause_of(long, at, at + 9).startswith("Marrow Creek Water, which supplies")
    # a date in the clause after a "which" clause the sentence ends with keeps its own clause
    other = (
        "Engineers from the county highways department shut the Halden road bridge on Sunday morning after "
        "a routine inspection, which found deep cracks in two of its supporting piers and a loose railing."
    )
    at = other.index("on Sunday")
    assert clause_of(other, at, at + 9).startswith("Engineers from the county")


def test_the_same_event_from_several_outlets_is_one_line_citing_all() -> None:
    tl = TimelineIndex.build([NBC, FORBES]).query()
    monday = [e for e in tl.events if e.date == "2025-04-21"]
    assert len(monday) == 1
    cites = monday[0].citations
    assert [c.n for c in cites] == [1, 2]
    assert {c.doc_id for c in cites} == {"nbc", "forbes"}
    forbes = next(c for c in cites if c.doc_id == "forbes")
    assert (forbes.title, forbes.source, forbes.url, forbes.published) == (
        "Title forbes",
        "Forbes",
        "https://example.org/forbes",
        date(2025, 4, 22),
    )
    assert forbes.quote == FORBES.sentences[1].text


def test_the_most_precise_date_wins_the_merge() -> None:
    day = doc("a", date(2025, 4, 22), "Rubio warned in Paris on April 18 that Washington would walk away.")
    month = doc("b", date(2025, 5, 2), "In April, Rubio warned in Paris that Washington would walk away.")
    tl = TimelineIndex.build([day, month]).query()
    assert [(e.date, e.precision, len(e.citations)) for e in tl.events] == [("2025-04-18", "day", 2)]


def test_different_events_on_one_day_stay_apart() -> None:
    a = doc("a", date(2025, 4, 21), "Putin said on Monday that he was open to bilateral talks with Kyiv.")
    b = doc("b", date(2025, 4, 21), "A magnitude 6 earthquake struck central Chile on Monday.")
    tl = TimelineIndex.build([a, b]).query()
    assert len([e for e in tl.events if e.date == "2025-04-21"]) == 2


def test_dates_only_in_headings_make_no_event() -> None:
    tl = TimelineIndex.build([FORBES]).query()
    assert [e.text for e in tl.events] == [FORBES.sentences[1].text]


def test_background_dates_are_flagged_and_ranked_last_under_a_limit() -> None:
    tl = TimelineIndex.build([NBC]).query()
    assert [(e.date, e.background) for e in tl.events] == [("2022-02", True), ("2025-04-21", False)]
    assert dates_of(TimelineIndex.build([NBC]), limit=1) == ["2025-04-21"]


def test_relevant_sentences_filter_the_topic() -> None:
    index = TimelineIndex.build([KYIV, NBC])
    relevant = {("kyiv", 1): 3.2}
    assert dates_of(index, topic="Istanbul talks", relevant=relevant) == ["2025-05-16", "2025-06-02"]
    assert index.query(topic="Istanbul talks", relevant=relevant).topic == "Istanbul talks"
    assert dates_of(index, relevant={}) == []


def test_since_and_until_bound_the_dates() -> None:
    index = TimelineIndex.build([KYIV, NBC])
    assert dates_of(index, since=date(2025, 5, 1), until=date(2025, 6, 30)) == ["2025-05-16", "2025-06-02"]
    assert dates_of(index, until=date(2025, 4, 30)) == ["2022-02", "2025-04-21"]


def test_limit_keeps_the_most_reported_dates_then_sorts_by_date() -> None:
    reports = [
        doc(
            f"r{i}",
            date(2025, 3, 20 + i),
            f"Rescue teams reached the {place} village after the quake on March 3.",
        )
        for i, place in enumerate(("mountain", "northern", "remote"))
    ]
    once = doc("o", date(2025, 3, 25), "A minor aftershock was felt in the capital on March 24.")
    index = TimelineIndex.build([*reports, once])
    assert dates_of(index) == ["2025-03-03", "2025-03-24"]
    tl = index.query(limit=1)
    assert [e.date for e in tl.events] == ["2025-03-03"]
    assert len(tl.events[0].citations) == 3


def test_limit_prefers_distinct_dates() -> None:
    a = doc("a", date(2025, 3, 10), "Parliament passed the budget on March 3 after a long debate.")
    b = doc("b", date(2025, 3, 10), "Floods closed the airport on March 3, stranding thousands.")
    c = doc("c", date(2025, 3, 10), "The president vetoed the bill on March 5.")
    dates = dates_of(TimelineIndex.build([a, b, c]), limit=2)
    assert dates == ["2025-03-03", "2025-03-05"]


def test_span_bounds_and_quoted_now_are_not_events() -> None:
    d = doc(
        "d",
        date(2025, 4, 6),
        "“Today, Russia owes an answer to the U.S.,” said the French foreign minister.",
        "Rutte said that “until January this year, nothing happened” in the talks.",
        "Homes built before 1950 are the most likely to have lead pipes.",
    )
    assert TimelineIndex.build([d]).query().events == []


def test_a_date_the_sentence_denies_or_sets_aside_is_no_event() -> None:
    d = doc(
        "ferry",
        date(2025, 6, 11),
        "“The islanders need the ferry now, not next year,” the harbour master said.",
        "The council chose to reopen the pier in July rather than in September.",
        "The crossing did not run on Monday because of the storm.",
    )
    # the denied or set-aside dates go; the ones the sentences assert stay (a denied verb still dates)
    assert dates_of(TimelineIndex.build([d])) == ["2025-06-09", "2025-07"]


def test_a_date_naming_when_an_article_appeared_is_no_event() -> None:
    d = doc(
        "fares",
        date(2025, 6, 11),
        "Correction: An article on June 4 misstated the new ferry fare, which is $4.",
        "A story published Monday said the pier would close; it stays open.",
        "The fare rose on June 1.",
    )
    # June 4 and Monday name pages, not events; the correction itself is news of its own day
    tl = TimelineIndex.build([d]).query()
    assert [(e.date, e.text[:11]) for e in tl.events] == [
        ("2025-06-01", "The fare ro"),
        ("2025-06-11", "Correction:"),
    ]


def test_a_sentence_telling_an_event_and_when_it_was_said_is_listed_once_at_the_event() -> None:
    d = doc(
        "depot",
        date(2024, 9, 9),  # a Monday
        "Harbour Buses will reopen the Quayside depot on Thursday after repairs, the company said Monday.",
        "The council confirmed on Friday that the repairs were paid for.",
        "Drivers returned to the depot on Tuesday, the union said.",
    )
    tl = TimelineIndex.build([d]).query()
    # the reopening at its own date, not also at the day it was announced; a sentence whose only date is
    # the saying's keeps it
    assert [(e.date, e.text[:25]) for e in tl.events] == [
        ("2024-09-03", "Drivers returned to the d"),
        ("2024-09-06", "The council confirmed on "),
        ("2024-09-12", "Harbour Buses will reopen"),
    ]


def test_a_finding_said_on_a_day_is_news_of_that_day_though_it_names_a_background_year() -> None:
    """A finding ("a cracked valve fitted in 1994 caused the flood, inspectors said on Tuesday") is the
    news, told on Tuesday; 1994 is when the valve was fitted, background. Listed only at 1994, the
    finding would be missing from the days of the story."""
    d = doc(
        "flood",
        date(2025, 5, 8),  # a Thursday
        "A cracked valve fitted in 1994 caused the basement flood, city inspectors said on Tuesday.",
        "The library reopened on Wednesday.",
    )
    tl = TimelineIndex.build([d]).query()
    assert [(e.date, e.background, e.text[:25]) for e in tl.events] == [
        ("1994", True, "A cracked valve fitted in"),
        ("2025-05-06", False, "A cracked valve fitted in"),
        ("2025-05-07", False, "The library reopened on W"),
    ]


def test_two_days_running_joined_by_and_are_one_event_two_days_apart_are_two() -> None:
    d = doc(
        "fair",
        date(2025, 5, 5),  # a Monday
        "The county fair will run on Friday and Saturday at the showground.",
        "Volunteers will clear the site on Tuesday and Thursday.",
    )
    tl = TimelineIndex.build([d]).query()
    # the fair once, at its first day; the clearing twice, on two separate days
    assert [(e.date, e.text[:16]) for e in tl.events] == [
        ("2025-05-06", "Volunteers will "),
        ("2025-05-08", "Volunteers will "),
        ("2025-05-09", "The county fair "),
    ]


def test_a_date_naming_an_event_the_sentence_refers_to_is_not_its_date() -> None:
    # "the March 3 fire" names the fire by its day: the sentence tells the testimony, on its own date
    d = doc(
        "hearing",
        date(2026, 3, 18),  # a Wednesday
        "Plant owner Ardent Chemical told a Senate committee on Wednesday that a failed valve caused the "
        "March 3 fire.",
        "The March 3 fire forced 1,200 people from their homes.",  # its only date: kept
    )
    tl = TimelineIndex.build([d]).query()
    assert [(e.date, e.text[:24]) for e in tl.events] == [
        ("2026-03-03", "The March 3 fire forced "),
        ("2026-03-18", "Plant owner Ardent Chemi"),
    ]


def test_undated_documents_still_give_their_explicit_dates() -> None:
    d = doc("u", None, "The rig exploded on 20 April 2010.", "Workers were evacuated on Monday.")
    assert dates_of(TimelineIndex.build([d])) == ["2010-04-20"]


# ---------------------------------------------------------------- cross-outlet merge in different words

NBC_MONDAY = doc(
    "nbc2",
    date(2025, 4, 22),
    "“We need to sort this out,” Putin told a Russian state TV reporter Monday (April 21) via NBC News.",
    "“Maybe even bilaterally.”",
    source="NBC",
)
CNN_MONDAY = doc(
    "cnn",
    date(2025, 4, 21),
    "Russian President Vladimir Putin on Monday said he is open to direct bilateral talks with Ukraine for "
    "the first time in three years.",
    source="CNN",
)


def test_one_event_told_by_two_outlets_in_their_own_words_is_one_line() -> None:
    tl = TimelineIndex.build([NBC_MONDAY, CNN_MONDAY]).query()
    assert [e.date for e in tl.events] == ["2025-04-21"]
    assert {c.doc_id for c in tl.events[0].citations} == {"nbc2", "cnn"}


def test_outlets_giving_different_figures_are_two_events_each_cited_to_its_own() -> None:
    """An event's citations all say its line: "35 percent" is not cited to the outlet that says 38."""
    low = doc(
        "low",
        date(2025, 3, 15),
        "Turnout in Thursday's Dunmore by-election fell to 35 percent, officials said.",
    )
    high = doc(
        "high",
        date(2025, 3, 15),
        "Turnout in Thursday's Dunmore by-election fell to 38 percent, officials said.",
    )
    same = doc(
        "same",
        date(2025, 3, 15),
        "Turnout in Thursday's Dunmore by-election fell to 35 percent, officials said.",
    )
    events = TimelineIndex.build([low, high, same]).query().events
    cited = sorted(sorted(c.doc_id for c in e.citations) for e in events)
    assert cited == [["high"], ["low", "same"]]


def test_a_shared_name_alone_does_not_merge_two_events_of_one_day() -> None:
    truce = doc(
        "truce",
        date(2025, 4, 21),
        "Russian President Vladimir Putin on Monday ordered his army to hold an Easter ceasefire along "
        "the front.",
    )
    quake = doc(
        "quake", date(2025, 4, 21), "An earthquake shook Moscow on Monday, Russian state TV reported."
    )
    tl = TimelineIndex.build([CNN_MONDAY, truce, quake]).query()
    assert len([e for e in tl.events if e.date == "2025-04-21"]) == 3


# ---------------------------------------------------------------- topic timelines

TALKS = doc(
    "talks",
    date(2025, 7, 16),
    "The last round of direct talks between Russia and Ukraine took place on June 2 in Istanbul.",
    "Putin said on July 10 that talks with Kyiv could go on.",
    "Zelensky said on July 11 that the talks had stalled again.",
    "Trump said on July 12 that a minerals deal with Kyiv was close.",
    "The allies agreed a ceasefire deal on July 14 after long talks.",
    "Kremlin spokesperson Dmitry Peskov said at a press briefing on July 15 that no deal was near.",
)
#: a retriever that found every sentence: the topic filter alone must keep the topic's events
EVERYTHING = {("talks", i): 1.0 for i in range(len(TALKS.sentences))}


def test_a_topic_keeps_its_events_and_drops_those_sharing_only_a_generic_word() -> None:
    index = TimelineIndex.build([TALKS])
    assert dates_of(index, topic="Istanbul talks", relevant=EVERYTHING) == ["2025-06-02"]
    assert dates_of(index, topic="minerals deal", relevant=EVERYTHING) == ["2025-07-12"]
    assert dates_of(index, topic="Peskov", relevant=EVERYTHING) == ["2025-07-15"]
    # a topic word no dated sentence holds can not tell events apart: the other words decide
    assert dates_of(index, topic="Peskov briefing transcript", relevant=EVERYTHING) == ["2025-07-15"]


def test_a_topic_word_only_undated_sentences_hold_keeps_its_other_words_events_out() -> None:
    """ "trainee pilots": the trainees' story gives no date, so no event is about them; the pilots'
    strike, which never mentions trainees, is not their timeline."""
    strike = doc(
        "strike",
        date(2026, 3, 10),
        "Pilots at Coastair walked out on Monday over pay.",
        "The airline said its pilots would be back in the cockpit on March 20.",
    )
    school = doc(
        "school", date(2026, 3, 10), "The trainee pilots at the flight school were sent home for a month."
    )
    relevant = {("strike", 0): 2.0, ("strike", 1): 2.0, ("school", 0): 3.0}
    index = TimelineIndex.build([strike, school])
    assert dates_of(index, topic="trainee pilots", relevant=relevant) == []
    assert dates_of(index, topic="pilots", relevant=relevant) == ["2026-03-09", "2026-03-20"]
    # an article that says "trainee" gives its dated events to the topic, though their sentences do not
    academy = doc(
        "academy",
        date(2026, 3, 10),
        "The flight academy board met on March 6 about the pilots' dispute.",
        "It agreed to pay the trainee pilots a stipend while lessons are suspended.",
    )
    index = TimelineIndex.build([strike, school, academy])
    with_academy = {**relevant, ("academy", 0): 2.0, ("academy", 1): 3.0}
    assert dates_of(index, topic="trainee pilots", relevant=with_academy) == ["2026-03-06"]
    # once a dated sentence tells of the trainees, it is their timeline
    rally = doc("rally", date(2026, 3, 13), "Trainee pilots rallied outside the academy on March 12.")
    index = TimelineIndex.build([strike, school, rally])
    assert dates_of(index, topic="trainee pilots", relevant={**relevant, ("rally", 0): 3.0}) == ["2026-03-12"]


def test_the_topic_filter_only_narrows_the_retrievers_relevant_set() -> None:
    index = TimelineIndex.build([TALKS])
    assert dates_of(index, topic="Istanbul talks", relevant={("talks", 1): 1.0}) == []
    # with no topic words in any dated sentence, the relevant set decides alone
    assert dates_of(index, topic="zzz", relevant={("talks", 1): 1.0}) == ["2025-07-10"]


def test_with_no_dated_sentence_on_the_topic_the_articles_headlined_with_it_give_their_events() -> None:
    bill = doc(
        "bill",
        date(2026, 5, 14),
        "Lawmakers will vote on the desalination bill on May 28.",
        "The plant would take seven years to build.",
        title="State weighs desalination plant for drought-hit valley",
    )
    other = doc("fair", date(2026, 5, 14), "The county fair opens on May 30.", title="County fair returns")
    index = TimelineIndex.build([bill, other])
    # no dated sentence says "drought", and the retriever found only undated ones
    assert dates_of(index, topic="drought", relevant={("bill", 1): 1.0}) == ["2026-05-28"]
    assert dates_of(index, topic="valley drought", relevant={}) == ["2026-05-28"]
    # every topic term must be in the headline
    assert dates_of(index, topic="drought fair", relevant={}) == []
    # a dated sentence on the topic is surer than a headline: no fallback then
    assert dates_of(index, topic="county fair", relevant={("fair", 0): 1.0}) == ["2026-05-30"]


def test_a_date_window_narrows_a_topics_events_and_never_swaps_them_for_its_headlines() -> None:
    """ "timeline drought --since ..." shows the drought events in the window, as "timeline drought" does:
    with a dated sentence on the topic outside the window, not the events of an article headlined with
    the topic that no sentence ties to it (the unwindowed timeline would not list them either)."""
    told = doc("told", date(2026, 5, 2), "The drought emptied the Hollin reservoir on May 1.")
    headlined = doc(
        "headlined",
        date(2026, 5, 14),
        "Lawmakers met farmers in the valley to hear their case for a desalination plant.",
        "They will vote on the desalination bill on May 28.",
        title="State weighs desalination plant for drought-hit valley",
    )
    index = TimelineIndex.build([told, headlined])
    relevant = {("told", 0): 2.0, ("headlined", 1): 1.0}
    assert dates_of(index, topic="drought", relevant=relevant) == ["2026-05-01"]
    assert dates_of(index, topic="drought", relevant=relevant, since=date(2026, 5, 20)) == []
    assert dates_of(index, topic="drought", relevant=relevant, until=date(2026, 5, 10)) == ["2026-05-01"]
    # with no dated sentence on the topic at all, the headlines' events stand, in the window too
    alone = TimelineIndex.build([headlined])
    assert dates_of(alone, topic="drought", relevant={("headlined", 1): 1.0}, since=date(2026, 5, 20)) == [
        "2026-05-28"
    ]


def test_two_outlets_telling_one_days_toll_merge_when_one_writes_its_name_in_lower_case() -> None:
    """ "the Brisk Valley Flood" to one outlet is "The flood" to another: the same toll on the same day,
    its figures agreeing, is one event citing both, though no name is capitalised in both. A toll whose
    figures differ stays an event of its own."""
    wire = (
        "The death toll from the Brisk Valley Flood rose to 9 on Wednesday, up from 6, after rescue teams "
        "finished searching a caravan park on the edge of Marlow."
    )
    paper = (
        "The flood has killed {} people, according to the Harlan County Coroner's Office, which raised the "
        "toll from 6 on Wednesday after search teams finished combing the Orchard Lane caravan park."
    )
    for toll, outlets in (("9", [{"wire", "paper"}]), ("11", [{"wire"}, {"paper"}])):
        docs = [doc("wire", date(2031, 5, 8), wire), doc("paper", date(2031, 5, 10), paper.format(toll))]
        events = TimelineIndex.build(docs).query().events
        assert [{c.doc_id for c in e.citations} for e in events if e.date == "2031-05-07"] == outlets


def test_a_deadlines_day_dates_no_event() -> None:
    """ "issued a notice on Monday with a deadline of 31 January": the notice is Monday's; the 31st is
    when its answer falls due, which may come sooner or never. Shown there, the line would read as the
    notice's own day; a sentence whose only date is a deadline's is no event."""
    mill = doc(
        "mill",
        date(2031, 1, 8),
        "The council served a repair notice on the owners of Harrow Mill on Monday with a deadline of "
        "31 January.",
        "The agency sent the landlord of Quarry Court a second warning letter, setting a deadline of "
        "midnight on 20 January.",
    )
    events = TimelineIndex.build([mill]).query().events
    assert [(e.date, e.text[:20]) for e in events] == [("2031-01-06", "The council served a")]


def test_an_open_window_lists_no_year_or_month_only_overlapping_it() -> None:
    """ "since next week" asks for days: "in 2031" or "in March" may be any of the year's or month's days,
    most of them outside, so neither is listed; a month wholly inside the window is."""
    yard = doc(
        "yard",
        date(2031, 3, 10),
        "The shipyard at Kell Point will close in 2031, its owners said.",
        "Its last ferry is expected to be launched in March.",
        "Welders at the yard voted to strike on Monday.",
        "A buyer for the dry dock is expected to be named in May.",
    )
    index = TimelineIndex.build([yard])
    assert dates_of(index, since=date(2031, 3, 16)) == ["2031-05"]
    assert dates_of(index, until=date(2031, 3, 20)) == ["2031-03-10"]


def test_a_date_in_a_condition_dates_nothing() -> None:
    """ "could reopen by September if building work starts in April": April is a condition's, which may
    never be met, and the reopening is not April's; a date before the condition still dates its clause."""
    library = doc(
        "library",
        date(2031, 3, 5),
        "The Harrow Road library could reopen by September if building work starts in April, the council "
        "said.",
        "Talks on the library's repair bill will resume on Friday unless the contractor withdraws its offer.",
    )
    events = TimelineIndex.build([library]).query().events
    assert [(e.date, e.text[:20]) for e in events] == [("2031-03-07", "Talks on the library")]


def test_a_pages_update_note_is_no_event() -> None:
    """ "Updated 10 March 17:20 with comment from the council" says when the page changed, not what
    happened; "Updated figures released on Monday ..." tells an event."""
    page = doc(
        "page",
        date(2031, 3, 10),
        "Updated 10 March 17:20 with comment from the council.",
        "Updated figures released on Monday show 40 homes in Harrow Road were flooded.",
    )
    events = TimelineIndex.build([page]).query().events
    assert [(e.date, e.text[:16]) for e in events] == [("2031-03-10", "Updated figures ")]
