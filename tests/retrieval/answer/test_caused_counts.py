"""A "how many" question's verb is read as the verbs WordNet links to it by a cause pointer, either way
(``WordNet.causal``): "how many people died in the storm" is answered by "the storm killed nine people",
and "how many did the storm kill" by "nine people died in the storm"."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.bridge import wordnet
from tests.retrieval.answer.corpora import answer_from, first_statement

KILLED = {
    "id": "storm",
    "title": "Storm hits Velmont",
    "text": (
        "The storm killed nine people on Tuesday, the regional council said. In Velmont, 300 people were "
        "moved to the sports hall during the storm. Roads reopened on Wednesday."
    ),
}
DIED = {
    "id": "storm",
    "title": "Storm hits Velmont",
    "text": (
        "Nine people died on Tuesday, the regional council said. In Velmont, 300 people were moved to the "
        "sports hall during the storm. Roads reopened on Wednesday."
    ),
}


def test_wordnet_links_a_cause_both_ways() -> None:
    wn = wordnet()
    if wn is None:
        pytest.skip("WordNet is not installed")
    assert "kill" in wn.causal("died")
    assert "die" in wn.causal("kill")
    assert not wn.causal("pay")  # an entailment ("buy" -> "pay") is no cause
    assert not wn.causal("win")


def test_a_killing_counts_the_dead(tmp_path: Path) -> None:
    if wordnet() is None:
        pytest.skip("WordNet is not installed")
    a = answer_from(tmp_path, KILLED, "How many people died in the Velmont storm?")
    assert not a.abstained, a.answer
    assert "killed nine people" in first_statement(a)


def test_the_dead_count_a_killing(tmp_path: Path) -> None:
    if wordnet() is None:
        pytest.skip("WordNet is not installed")
    a = answer_from(tmp_path, DIED, "How many people did the Velmont storm kill?")
    assert not a.abstained, a.answer
    assert "Nine people died" in first_statement(a)
