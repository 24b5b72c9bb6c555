"""A question's verb and its object are read as the word English makes of them for the one who does it
(``phrases.doer_compounds``): "who blew the whistle" is answered by "the whistleblower, Oren Valis", a
word of the two that neither says alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.bridge import wordnet
from retrieval.answer.phrases import doer_compounds
from tests.retrieval.answer.corpora import answer_from, first_statement

LEAK = {
    "id": "leak",
    "title": "Harbour board contracts under review",
    "text": (
        "The whistleblower, a clerk named Oren Valis, gave the harbour board's contract files to the "
        "Dunmore Post in March. The board has ordered a review of its contracts."
    ),
}


def test_the_doer_of_a_verb_and_its_object() -> None:
    wn = wordnet()
    if wn is None:
        pytest.skip("WordNet is not installed")
    assert "whistleblower" in doer_compounds("blew", "whistle", wn)
    assert "firefighters" in doer_compounds("fight", "fires", wn)
    assert "lawmaker" in doer_compounds("make", "laws", wn)


def test_who_blew_the_whistle(tmp_path: Path) -> None:
    if wordnet() is None:
        pytest.skip("WordNet is not installed")
    a = answer_from(tmp_path, LEAK, "Who blew the whistle on the harbour board?")
    assert not a.abstained, a.answer
    assert "Oren Valis" in first_statement(a)
