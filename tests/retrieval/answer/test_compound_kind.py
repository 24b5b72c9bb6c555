"""A "what type of X" asks, as "what kind of X" does, for a kind of X, which a sentence may write as one
word ending in X ("motorglider", "houseboat"): that sentence names the kind asked for, where another
only repeats X."""

from __future__ import annotations

from pathlib import Path

from retrieval.answer.bridge import wordnet
from retrieval.answer.question import analyze
from retrieval.answer.types import compound_kind, names_kind
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

AIRFIELD = {
    "id": "airfield",
    "title": "Glider club marks record season at Hollin Moor",
    "published": "2026-09-14",
    "text": "The moorland glider club flew more hours this summer than in any season since it was founded, "
    "its chair said.\n\n"
    "The glider that set the club's distance record was towed aloft on 3 August.\n\n"
    "The club's newest aircraft is a motorglider bought from a Danish school last spring.\n\n"
    "Members will vote on a new hangar in November.",
}
MOORINGS = {
    "id": "moorings",
    "title": "Canal moorings",
    "published": "2026-09-15",
    "text": "A boat moored at Pellow lock was found drifting on Sunday, the canal trust said.\n\n"
    "The boat's owner lives aboard a houseboat at the lock all year round.",
}


def test_a_word_ending_in_the_noun_is_a_kind_of_it_only_if_wordnet_says_so() -> None:
    wn = wordnet()
    assert wn is not None
    assert compound_kind("motorglider", "glider", wn)  # no dictionary word: read by its form
    assert compound_kind("houseboat", "boat", wn)  # WordNet files it under "boat"
    assert not compound_kind("network", "work", wn)  # WordNet's, not filed under "work"
    assert not compound_kind("glider", "glider", wn)


def test_what_type_of_is_answered_by_a_compound_of_the_noun(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [AIRFIELD, MOORINGS, *filler(12)])
    a = engine.ask("what type of glider does the club have now")
    assert not a.abstained, a.answer
    assert "motorglider" in first_statement(a)
    assert_verbatim(engine, a)
    b = engine.ask("what kind of boat does the owner live on")
    assert not b.abstained, b.answer
    assert "houseboat" in first_statement(b)
    assert_verbatim(engine, b)


def test_only_a_question_asking_for_a_kind_takes_a_compound_for_one() -> None:
    """ "which glider" asks which one, a name ("the Kestrel"), where "motorglider" names only a kind."""
    tok = Tokenizer()
    text = "The club's newest aircraft is a motorglider bought last spring."
    assert names_kind(text, analyze("what type of glider does the club have", tok), tok)
    assert names_kind(text, analyze("what kind of glider does the club have", tok), tok)
    assert not names_kind(text, analyze("which glider did the club buy", tok), tok)
