"""A "re-" verb that WordNet files as a kind of the question's verb ("reopen" under "open") says it:
"is the gallery open" is answered by "the gallery reopened on Friday". One that mostly means something
else ("resign" of "sign", "return" of "turn") is not read so."""

from __future__ import annotations

from pathlib import Path

from retrieval.answer.bridge import repeated_verbs
from retrieval.search.wordnet import WordNet
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

GALLERY = (
    "The Quarrington gallery shut its doors in March after a burst pipe flooded its basement. "
    "The Quarrington gallery reopened on Friday with a show of river photographs."
)


def test_only_a_repeat_filed_under_the_verb() -> None:
    wn = WordNet.find()
    assert wn is not None
    assert repeated_verbs("open", wn) == {"reopen"}
    assert repeated_verbs("built", wn) == {"rebuild"}
    assert not repeated_verbs("sign", wn) and not repeated_verbs("turn", wn)


def test_reopened_says_it_is_open(tmp_path: Path) -> None:
    news = engine_of(
        tmp_path, [{"id": "gallery", "title": "Quarrington gallery flood", "text": GALLERY}, *filler(12)]
    )
    a = news.ask("is the quarrington gallery open")
    assert not a.abstained and "reopened on Friday" in a.answer, a.answer
    assert_verbatim(news, a)
