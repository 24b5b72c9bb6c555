"""A noun the coverage lacks is read as the noun one WordNet class up or down that the coverage writes
beside the question's other words: "the factory" of a story about "the plant", "the blaze" of one about
"the fire", "how many aircraft" of one naming helicopters. A nearby noun found only away from the
question's other words bridges nothing. A noun the coverage bridges by its synonyms counts by its broader
noun written beside the question's other words ("the shoppers": "customers")."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

CANNERY = {
    "id": "cannery",
    "title": "Brisk Point plant to expand",
    "text": "The Brisk Point plant was built in 1974 and now employs about 300 people. "
    "Tarrow Foods said on Monday it would add a second packing line there next year. "
    "About 2,000 people live in Brisk Point, most of them in the old harbour district.",
}
WAREHOUSE = {
    "id": "warehouse",
    "title": "Warehouse fire out after nine hours",
    "text": "The fire at the Orlen Street warehouse burned for nine hours before crews put it out. "
    "No one was hurt, the fire service said.",
}
BOARD = {
    "id": "board",
    "title": "Safety board team arrives at Tallow Quay",
    "text": "Three investigators from the safety board arrived at Tallow Quay on Monday.",
}
SEARCH = {
    "id": "search",
    "title": "Hikers found on Greyfell",
    "text": "Two helicopters searched Greyfell overnight for the missing hikers, who were found at dawn. "
    "Sixty volunteers joined the search on foot.",
}


@pytest.fixture(scope="module")
def coverage(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("nearby"), [CANNERY, WAREHOUSE, SEARCH, BOARD, *filler(12)])


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("when was the brisk point factory built", "1974"),
        ("how long did the blaze at the orlen street warehouse burn", "nine hours"),
        ("how many aircraft searched greyfell for the missing hikers", "Two helicopters"),
    ],
)
def test_a_nearby_noun_beside_the_other_words_answers(coverage: Engine, question: str, wanted: str) -> None:
    a = coverage.ask(question)
    assert not a.abstained, a.answer
    assert wanted in first_statement(a)
    assert_verbatim(coverage, a)


@pytest.mark.parametrize(
    "question",
    [
        # no sentence writes "plant" beside Greyfell, nor a helicopter beside the warehouse
        "when was the greyfell factory built",
        "how many aircraft searched the orlen street warehouse",
        # a narrower role is other people: investigators are no count of the officers asked about
        "how many officers arrived at tallow quay",
    ],
)
def test_nearby_away_from_what_is_asked_bridges_nothing(coverage: Engine, question: str) -> None:
    a = coverage.ask(question)
    assert a.abstained, a.answer


RIDGE = {
    "id": "ridge",
    "title": "Corran Ridge fire contained",
    "text": "The Corran Ridge fire was declared contained on Friday, 12 days after it started. "
    "The fire burned through dry timber on the ridge above Tessel. "
    "The fire claimed four lives in its first week, the county sheriff said. "
    "Crews from six counties fought the fire, which forced 900 people from their homes. "
    "The cause of the fire is still under investigation.",
}


@pytest.mark.parametrize(
    ("story", "question", "wanted", "elsewhere"),
    [
        # nothing else asked to place "fire" by
        (WAREHOUSE, "how long did the blaze last", "nine hours", "how long did the blaze at the bakery last"),
        # the question's other words are all the coverage's own, though no sentence holds the fire with both
        # "burn" and "contained": "blaze" is still its fire (the broader word of its first sense)
        (
            RIDGE,
            "how long did the blaze burn before it was contained",
            "12 days",
            "how long did the blaze at the bakery burn",
        ),
    ],
)
def test_a_nearby_noun_is_read_where_the_coverage_is_about_it(
    tmp_path_factory: pytest.TempPathFactory,
    story: dict[str, str],
    question: str,
    wanted: str,
    elsewhere: str,
) -> None:
    # a coverage writing "fire" in many of its sentences means it
    about = engine_of(tmp_path_factory.mktemp("about"), [story, *filler(6)])
    a = about.ask(question)
    assert not a.abstained, a.answer
    assert wanted in first_statement(a)
    assert_verbatim(about, a)
    # another word the coverage lacks places it nowhere: a bakery's blaze is not this fire
    assert about.ask(elsewhere).abstained
    # the same story among many others: a passing mention is no topic, and "blaze" is declined
    wide = engine_of(tmp_path_factory.mktemp("wide"), [story, *filler(300)])
    assert wide.ask(question).abstained


DAM = {
    "id": "dam",
    "title": "Kelby dam inquiry to sit in Orrin",
    "text": "The inquiry into the Kelby dam failure will hold its first public hearing at Orrin Town Hall "
    "next month, its chair said on Thursday. The dam gave way on 2 February, flooding 40 homes.",
}
DAM_UNPLACED = {
    "id": "dam",
    "title": "Kelby dam inquiry named",
    "text": "The inquiry into the Kelby dam failure will report by June, its chair said on Thursday. "
    "The dam gave way on 2 February, flooding 40 homes.",
}

LAWSUIT = {
    "id": "lawsuit",
    "title": "Card breach lawsuit grows",
    "text": "The breach exposed cards used at the retailer's shops between January and March. "
    "Her lawyers at Hollis Brandt say more than 40,000 customers have asked to join the case.",
}
LAWSUIT_UNNAMED = {
    "id": "lawsuit",
    "title": "Card breach lawsuit grows",
    "text": "The breach exposed cards used at the retailer's shops between January and March. "
    "More than 40,000 customers have asked to join the case. Her lawyers say it will be heard in May.",
}


@pytest.mark.parametrize(
    ("placed", "unplaced", "question", "wanted"),
    [
        # WordNet files "probe" mostly as a verb, but "the probe" is a noun, the inquiry the coverage writes
        (DAM, DAM_UNPLACED, "where will the probe hold its first public hearing", "Orrin Town Hall"),
        # the coverage never writes "shoppers" (its "shops" bridge it): shoppers are a kind of customer,
        # written beside the lawyers asked about
        (LAWSUIT, LAWSUIT_UNNAMED, "which attorneys represent the shoppers", "Hollis Brandt"),
    ],
)
def test_a_noun_is_read_by_the_nearby_noun_written_beside_the_question(
    tmp_path_factory: pytest.TempPathFactory,
    placed: dict[str, str],
    unplaced: dict[str, str],
    question: str,
    wanted: str,
) -> None:
    told = engine_of(tmp_path_factory.mktemp("told"), [placed, *filler(12)])
    a = told.ask(question)
    assert not a.abstained, a.answer
    assert wanted in first_statement(a)
    assert_verbatim(told, a)
    # the same story without what is asked (no place for the hearing, no firm for the customers' lawyers)
    untold = engine_of(tmp_path_factory.mktemp("untold"), [unplaced, *filler(12)])
    assert untold.ask(question).abstained
