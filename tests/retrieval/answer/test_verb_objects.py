"""A question's verb and its object are read together as the verbs a dictionary defines by both
(``WordNet.defined_with``, ``phrases.verb_objects``): "how many people lost their lives" is answered by
"eleven people died" ("die": "pass from physical life and lose all bodily attributes ..."), where the
coverage's own "lost" and "lives" say other things."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.bridge import wordnet
from retrieval.answer.phrases import verb_objects
from tests.retrieval.answer.corpora import answer_from, first_statement

CRUSH = {
    "id": "crush",
    "title": "Crush at Pellow Stadium",
    "text": (
        "Eleven people died when the crowd surged at Pellow Stadium on Saturday, police said. About 300 "
        "people lost power in the storm that followed, and the lives of many fans were changed."
    ),
}


def test_wordnet_reads_a_verb_defined_by_a_verb_and_its_object() -> None:
    wn = wordnet()
    if wn is None:
        pytest.skip("WordNet is not installed")
    assert {"die", "perish"} <= wn.defined_with("lost", "lives")
    assert "sue" in wn.defined_with("file", "suit")
    assert not wn.defined_with("lose", "job")
    assert "man" not in wn.defined_with("take", "charge")  # a verb that is mostly a noun


def test_the_pair_is_the_verb_and_the_noun_after_it() -> None:
    wn = wordnet()
    if wn is None:
        pytest.skip("WordNet is not installed")
    found = verb_objects("How many people lost their lives in the crush?", wn)
    assert [pair for _verbs, pair in found] == [["lost", "lives"]]
    assert not verb_objects("How many were killed?", wn)


def test_lives_lost_are_the_dead(tmp_path: Path) -> None:
    if wordnet() is None:
        pytest.skip("WordNet is not installed")
    a = answer_from(tmp_path, CRUSH, "How many people lost their lives?")
    assert not a.abstained, a.answer
    assert first_statement(a).startswith("Eleven people died"), a.answer
