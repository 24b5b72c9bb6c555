"""Chat drops the "g" of a verb's "-ing" ("sellin", "goin'", "makin"): such a word is read as the verb's
"-ing" form, which the coverage writes, where it was taken for a name the coverage never mentions (or
for one WordNet knows, "Makin" the atoll) and the question declined. A common English word ending in
"in" ("robin", "cabin") and a word the coverage itself uses stay as written."""

from __future__ import annotations

import pytest

from retrieval import Engine
from retrieval.answer.question import g_restored
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

HARBOUR = {
    "id": "harbour",
    "title": "Harbour trust to part with lighthouse",
    "text": "The Quillmouth harbour trust has sold the old north lighthouse to a maritime museum group. "
    "The museum group will pay about 400,000 pounds for the lighthouse, trust chair Ines Vollmer said. "
    "The lighthouse has been dark since a storm damaged its lamp room two winters ago.",
}


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("harbour"), [HARBOUR, *filler(12)])


@pytest.mark.parametrize(
    "question",
    [
        "who is the harbour trust sellin the lighthouse to",
        "who's the harbour trust sellin' the lighthouse to",
    ],
)
def test_a_dropped_g_is_read_as_the_ing_form(harbour: Engine, question: str) -> None:
    a = harbour.ask(question)
    assert not a.abstained
    assert "museum group" in a.answer
    assert a.question == question  # shown as asked
    assert_verbatim(harbour, a)


def _never(word: str) -> bool:
    return False


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("wat bug is makin ppl sick", "wat bug is making ppl sick"),
        ("is the ferry goin' back", "is the ferry going back"),
        ("who was sayin that", "who was saying that"),
        ("who saw the robin by the cabin", "who saw the robin by the cabin"),  # common words stay
        ("did the dam ruin the basin", "did the dam ruin the basin"),
    ],
)
def test_only_a_verb_s_ing_is_restored(asked: str, read: str) -> None:
    assert g_restored(asked, _never) == read


def test_a_word_the_coverage_uses_stays() -> None:
    assert g_restored("what did makin say", lambda w: w == "makin") == "what did makin say"
