"""A question's word that a sentence writes only inside a compound noun WordNet knows, whose head the
question lacks, is not the question's thing: "Fire engines met the ferry" does not say the ferry caught
fire. Made-up corpus about a ferry and a warehouse."""

from __future__ import annotations

import pytest

from retrieval import Engine
from retrieval.answer.bridge import wordnet
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

_DOCS = [
    {"id": "ferry", "title": "Ferry returns to Ostley after alarm", "source": "Shire Post",
     "text": "The Ostley ferry turned back to port on Sunday after an alarm sounded in its engine room. "
             "Fire engines met the ferry at the quay as a precaution. All 80 passengers left the ferry "
             "safely."},
    {"id": "warehouse", "title": "Warehouse blaze in Tarn", "source": "Tarn Herald",
     "text": "A warehouse in Tarn caught fire on Monday night. Fire destroyed the roof of the warehouse "
             "before crews brought it under control."},
]  # fmt: skip


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    if wordnet() is None:
        pytest.skip("WordNet is not installed")
    return engine_of(tmp_path_factory.mktemp("compound"), [*_DOCS, *filler(8)])


def test_a_word_only_inside_a_compound_noun_is_not_the_questions_thing(news: Engine) -> None:
    a = news.ask("did the ferry catch fire")
    assert a.abstained, a.answer


def test_the_word_written_on_its_own_still_answers(news: Engine) -> None:
    a = news.ask("did the warehouse catch fire")
    assert not a.abstained and [c.doc_id for c in a.citations] == ["warehouse"], a.answer
    assert_verbatim(news, a)
