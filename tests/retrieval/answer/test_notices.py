"""A correction notice repeats the wrong claim's words, so it ranks for any question on its topic; it is
not the answer to a question it only mentions. And a claim its outlet later took back (a notice naming
the article by its weekday: "An article published Monday ...") is not the answer either: the notice is
quoted first."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

OUTAGE = (
    "Power went out across the Brindle Hill district on Sunday night. "
    "The blackout was caused by a transformer that overheated at the Quarry Lane substation, the utility "
    "said. "
    "Crews restored service to most homes by Monday morning."
)
OUTAGE_NOTICE = (
    "Correction: An article on June 2 incorrectly reported that 900 homes lost power in the Brindle Hill "
    "blackout. "
    "The utility says 1,400 homes lost power."
)


def _outage(tmp_path: Path) -> Engine:
    return engine_of(
        tmp_path,
        [
            {"id": "outage", "title": "Brindle Hill loses power", "text": OUTAGE},
            {"id": "notice", "title": "Correction", "text": OUTAGE_NOTICE},
            *filler(12),
        ],
    )


def test_a_correction_notice_does_not_answer_a_question_it_only_mentions(tmp_path: Path) -> None:
    engine = _outage(tmp_path)
    a = engine.ask("what caused the brindle hill blackout")
    assert not a.abstained
    assert_verbatim(engine, a)
    assert "transformer" in first_statement(a)
    assert "incorrectly" not in first_statement(a)


def test_a_question_about_the_correction_is_answered_by_it(tmp_path: Path) -> None:
    a = _outage(tmp_path).ask("what did the correction about the blackout say")
    assert not a.abstained
    assert "incorrectly reported" in first_statement(a)


CLIMB = (
    "Three climbers are now missing on Mount Ostrava after a storm, the Valley Ridge Post reported. "
    "Rescue teams from two towns searched the north face through the night."
)
CLIMB_NOTICE = (
    "Correction: An article published Monday by the Valley Ridge Post incorrectly reported that three "
    "climbers were missing on Mount Ostrava. "
    "Only one was unaccounted for; the others had reached a hut. "
    "The article also misstated the number of rescue towns. Teams came from 4 towns, not two."
)


def test_a_claim_its_outlet_took_back_later_is_not_the_answer(tmp_path: Path) -> None:
    engine = engine_of(
        tmp_path,
        [
            {
                "id": "storm",
                "title": "Climbers missing on Mount Ostrava",
                "source": "Valley Ridge Post",
                "published": "2026-02-09",  # a Monday
                "text": CLIMB,
            },
            {
                "id": "fix",
                "title": "Correction: Mount Ostrava climbers",
                "source": "Valley Ridge Post",
                "published": "2026-02-11",
                "text": CLIMB_NOTICE,
            },
            *filler(12),
        ],
    )
    a = engine.ask("how many climbers are missing on mount ostrava")
    assert not a.abstained
    assert_verbatim(engine, a)
    texts = [s.text for s in a.statements]
    at = next(i for i, t in enumerate(texts) if "Three climbers are now missing" in t)
    # the notice leads, the claim it takes back after it
    assert at > 0 and "incorrectly reported" in texts[0]


BOARD = "The Westbrook school board approved the new budget on Tuesday by a vote of 5 to 2."
BOARD_NOTICE = (
    "A story published by the Herald on May 6 misstated the school board's vote on the budget. "
    "The budget passed 4 to 3, not 5 to 2."
)


def test_an_article_naming_no_outlet_is_corrected_by_a_notice_naming_its_day_and_figures(
    tmp_path: Path,
) -> None:
    """Scraped copy often loses its masthead: an article with no outlet, dated the day a notice names,
    stating the figures the notice takes back, is that notice's (quoted first); a notice sharing one
    number with another outletless article of that day is not."""
    engine = engine_of(
        tmp_path,
        [
            {"id": "board", "title": "Board passes budget", "published": "2026-05-06", "text": BOARD},
            {"id": "notice", "title": "Correction: budget vote", "source": "Westbrook Herald",
             "published": "2026-05-07", "text": BOARD_NOTICE},
            {"id": "pool", "title": "Pool reopens", "published": "2026-05-06",
             "text": "The Westbrook pool reopened with 5 lanes after the school board approved repairs."},
            *filler(12),
        ],
    )  # fmt: skip
    a = engine.ask("did the school board approve the budget")
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    assert "misstated" in first_statement(a), a.answer
    pool = engine.ask("how many lanes does the westbrook pool have")
    assert "misstated" not in pool.answer, pool.answer


def test_retracts_prefilter_agrees_with_the_pattern() -> None:
    """``retracts`` skips the pattern for an ASCII sentence holding none of its words: it must say
    what ``RETRACTS`` says of every sentence, in any case, and of letters a case-insensitive pattern
    also matches (the long s, the dotless i), which only the pattern itself can judge."""
    from retrieval.ingest.notices import RETRACTS, retracts

    sentences = [
        "Correction: An earlier version misstated the ferry's capacity.",
        "CORRECTION - the figure was 40, not 14.",
        "A previous item incorrectly said the depot closed.",
        "The council WRONGLY IDENTIFIED the contractor.",
        "The name was misspelled in an earlier edition.",
        "The mayor said the correction would be printed.",
        "A corrective order was issued on Tuesday.",
        "Mistakes were made, the harbour master said.",
        "The clerk mi\u017fstated the total.",
        "An item M\u0131SREPORTED the date.",
        "Nothing here is about retractions at all.",
        "\u201cCorrection\u201d was all she wrote.",
        "",
    ]
    for text in sentences:
        assert retracts(text) == bool(RETRACTS.search(text)), text


def test_an_articles_notices_are_read_from_its_store(tmp_path: Path) -> None:
    """An article's notices (``scoring.retracting_sentences``) are its sentences that retract, as its store
    told them when it was built (``SentenceStore.notice``); one test of its whole text (``may_retract``)
    tells that an article has none. A letter that a case-insensitive pattern reads as an ASCII one (the
    long s of "miſstated") is no shortcut's: the text is searched."""
    from retrieval.answer.scoring import retracting_sentences
    from retrieval.ingest.notices import may_retract, retracts
    from retrieval.ingest.sentences import DocumentSentences

    curly = (
        "The council\u2019s \u201cmistake\u201d was fixed. Correction: An earlier version misstated the date."
    )
    engine = engine_of(
        tmp_path,
        [
            {"id": "outage", "title": "Brindle Hill loses power", "text": OUTAGE},
            {"id": "notice", "title": "Correction", "text": OUTAGE_NOTICE},
            {"id": "curly", "title": "Council \u201cerror\u201d", "text": curly},
            {
                "id": "long-s",
                "title": "Vote count",
                "text": "The paper mi\u017fstated the count. It was 7 to 4.",
            },
            *filler(3),
        ],
    )
    docs = engine.documents
    assert isinstance(docs["outage"].sentences, DocumentSentences)
    assert not may_retract(docs["outage"].sentences.text())
    assert retracting_sentences(docs["outage"]) == []
    assert [s.text for s in retracting_sentences(docs["notice"])] == [OUTAGE_NOTICE.split(" The utility")[0]]
    assert [s.index for s in retracting_sentences(docs["curly"])] == [1]
    assert may_retract("mi\u017fstated") and retracts("The paper mi\u017fstated the count.")
    assert [s.index for s in retracting_sentences(docs["long-s"])] == [0]
