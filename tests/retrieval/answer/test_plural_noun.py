"""``plural_noun``: one WordNet test of a plural, shared by the "which X" and bound-noun checks."""

import pytest

from retrieval.answer.bridge import plural_noun, wordnet


@pytest.mark.parametrize(
    ("word", "plural"), [("ministers", True), ("sites", True), ("prison", False), ("news", False)]
)
def test_plural_noun(word: str, plural: bool) -> None:
    wn = wordnet()
    if wn is None:
        pytest.skip("WordNet not installed")
    assert plural_noun(word, wn) is plural
