"""A misspelt or chat-spelt question word read as the coverage's word it stands for: a chat contraction
only as a word it abbreviates (its letters all kept: "govt" is no "got"), and a spelling one edit away
only where the coverage writes that very spelling (not one that merely shares its stem)."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler


def test_a_contraction_is_read_as_a_word_it_abbreviates_not_one_an_edit_away(tmp_path: Path) -> None:
    # "govt" is one deletion from "got", which the coverage writes: a contraction drops letters and adds
    # none, so it stands for "government", which the recall story writes
    docs = [
        {
            "id": "recall",
            "title": "Cheese recall ordered",
            "text": "Health Minister Lina Voss said the government ordered a recall of the tainted cheese.",
        },
        {
            "id": "shop",
            "title": "Deli owner",
            "text": "The deli got a recall order, its owner Tom Reed said.",
        },
        {"id": "cup", "title": "Cup final", "text": "The visitors got a late goal and got the cup."},
        {"id": "crown", "title": "Crown shown", "text": "The royal crown was shown at the city museum."},
        *filler(12),
    ]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("who said govt ordered a recall")
    assert not a.abstained, a.answer
    assert "Lina Voss" in a.answer and "Tom Reed" not in a.answer, a.answer
    assert_verbatim(engine, a)
    # a word with one vowel is still misspelt as any is: a letter changed ("krown" -> "crown")
    a = engine.ask("where was the royal krown shown")
    assert "city museum" in a.answer, a.answer


def test_a_misspelling_is_read_as_the_spelling_the_coverage_writes(tmp_path: Path) -> None:
    # "minster" is one edit from "minister" (written once) and from "minuter", which the coverage never
    # writes but whose stem its "minutes" (written more often) shares: the word meant is the one written
    docs = [
        {
            "id": "tram",
            "title": "Tram line opens",
            "text": "Transport Minister Rhea Sollis opened the new tram line on Tuesday.",
        },
        {
            "id": "t1",
            "title": "Delays",
            "text": "Transport delays ran to twenty minutes, Ola Berg of the port said.",
        },
        {"id": "t2", "title": "Ferry", "text": "The ferry left ten minutes late, the harbour said."},
        {"id": "t3", "title": "Buses", "text": "Buses ran every five minutes on the coast road."},
        *filler(12),
    ]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("who is the transport minster")
    assert not a.abstained, a.answer
    assert "Rhea Sollis" in a.answer and "Ola Berg" not in a.answer, a.answer
    assert_verbatim(engine, a)


def test_a_misspelt_participle_is_read_before_the_questions_grammar(tmp_path: Path) -> None:
    # "who got arrestd" is a passive, as "who got arrested" is: its "got" asks nothing, so the sentence
    # that holds "got" beside a name does not answer it
    docs = [
        {
            "id": "crash",
            "title": "Bypass crash",
            "text": "A lorry driver was arrested after the crash on the bypass, police said.",
        },
        {
            "id": "match",
            "title": "Derby result",
            "text": '"We got three points and it got tense late on," said coach Ivo Marsh.',
        },
        *filler(12),
    ]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("who got arrestd")
    assert not a.abstained, a.answer
    assert "lorry driver" in a.answer and "Ivo Marsh" not in a.answer, a.answer
    assert_verbatim(engine, a)
