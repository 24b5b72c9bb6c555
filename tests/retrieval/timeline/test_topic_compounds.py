"""A timeline topic's word written inside a newer compound ("heatwave" for "heat") counts, where the
corpus writes it; a word that only starts with the same letters ("heather", "Heathcote") does not. The
lede under a headline naming the topic is about it. Small made-up documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from retrieval import Engine, build_engine

DOCS = [
    {
        "id": "schools",
        "published": "2031-07-07",  # a Monday
        "title": "Schools close early",
        "text": "A heatwave closed every school in Marlow on Friday. "
        "Officials said the heatwave would last through the weekend. "
        "The council said classrooms reached 34 degrees.",
    },
    {
        "id": "moor",
        "published": "2031-07-07",
        "title": "Moor fire contained",
        "text": "Heather burned across Marlow moor on Saturday. "
        "Firefighter Ann Heathcote said the blaze was out by Sunday night.",
    },
    {
        "id": "market",
        "published": "2031-07-08",
        "title": "Market reopens",
        "text": "The Marlow market reopened on Monday after repairs to its roof.",
    },
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("compounds")
    (root / "docs.jsonl").write_text("\n".join(json.dumps(d) for d in DOCS) + "\n", encoding="utf-8")
    return build_engine(root)


def test_a_topic_word_inside_a_compound_the_corpus_writes_counts(engine: Engine) -> None:
    assert [e.text for e in engine.timeline("heat").events] == [
        "A heatwave closed every school in Marlow on Friday."
    ]
    assert sorted(engine.compounds("heat")) == ["heatwave"]


def test_a_word_that_only_shares_its_first_letters_is_no_compound(engine: Engine) -> None:
    # "heather" is an English word of its own, "Heathcote" a name
    assert engine.compounds("heath") == frozenset()
    assert engine.compounds("mar") == frozenset()  # "market" is a word, "Marlow" a name


# --------------------------------------------------------------------------- a headline's lede


LEDE_DOCS = [
    {
        "id": "spill",
        "published": "2031-07-08",
        "title": "Tanker spill fouls Marlow beaches",
        "text": "Crude oil from the tanker Osprey washed onto three Marlow beaches on Monday. "
        "Volunteers collected oiled birds through the night.",
    },
    {
        "id": "inquiry",
        "published": "2031-07-10",
        "title": "Inquiry opens into Osprey grounding",
        "text": "The harbour board opened an inquiry into the Osprey on Wednesday. "
        "Its captain said the spill began on Sunday when the hull cracked.",
    },
    {
        "id": "fair",
        "published": "2031-07-10",
        "title": "Marlow fair goes ahead",
        "text": "The Marlow summer fair opened on Wednesday despite the weather.",
    },
]


@pytest.fixture(scope="module")
def lede_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("ledes")
    (root / "docs.jsonl").write_text("\n".join(json.dumps(d) for d in LEDE_DOCS) + "\n", encoding="utf-8")
    return build_engine(root)


def test_the_lede_under_a_headline_naming_the_topic_is_about_it(lede_engine: Engine) -> None:
    # the lede tells the headline's spill without the word; the sentence naming it is found too
    assert [e.date for e in lede_engine.timeline("spill").events] == ["2031-07-06", "2031-07-07"]


def test_a_topic_line_cut_to_its_dates_clause_shows_the_sentence_naming_the_topic(tmp_path: Path) -> None:
    text = (
        "Harbour master Ines Dahl said on Monday that the ferry terminal had reopened to foot passengers "
        "and cyclists, but that the Osprey berth, where the tanker was towed, would stay closed until Friday."
    )
    docs = [
        {"id": "berth", "published": "2031-07-15", "title": "Terminal reopens", "text": text},
        *LEDE_DOCS[2:],
        {
            "id": "bus",
            "published": "2031-07-15",
            "title": "Buses",
            "text": "Night buses run again from June.",
        },
    ]
    (tmp_path / "docs.jsonl").write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    engine = build_engine(tmp_path)
    whole = [e.text for e in engine.timeline().events if e.citations[0].doc_id == "berth"]
    assert whole and "Osprey" not in whole[0]  # the date's clause, as the whole timeline shows it
    assert [e.text for e in engine.timeline("osprey").events] == [text]
