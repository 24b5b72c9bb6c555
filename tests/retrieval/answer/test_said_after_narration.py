"""A speaker's words often follow the narration that says what they are about ("The council rejected
the plan on Monday. Mayor Ilse Brandt said it 'would gut the harbour.'"): asked what she said about
the plan, her statement answers, the sentence before it in its paragraph holding what is asked. A
sentence of another paragraph leads into nothing. Made-up corpus about a harbour plan."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

_DOCS = [
    {"id": "harbour", "title": "Council votes down Skelby harbour scheme", "source": "Skelby Post",
     "published": "2026-02-10",
     "text": "Skelby council voted 7-2 against the marina expansion on Monday.\n\n"
             "The fishing cooperative rejected the developer's first proposal in January. "
             "Its chair, Ilse Brandt, said it \"would gut the harbour for yachts nobody can afford.\"\n\n"
             "Brandt said the cooperative would keep campaigning for new moorings."},
    {"id": "roads", "title": "Skelby road repairs delayed", "source": "Skelby Post",
     "published": "2026-02-11",
     "text": "Repairs to the Skelby coast road will start in April, a month late.\n\n"
             "Brandt said the delay was \"a nuisance, nothing more.\""},
]  # fmt: skip


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("harbour"), [*_DOCS, *filler(10)])


def test_words_led_into_by_narration_answer(harbour: Engine) -> None:
    a = harbour.ask("what did brandt say about the first proposal")
    assert not a.abstained and "would gut the harbour" in a.answer, a.answer
    assert_verbatim(harbour, a)


def test_narration_of_another_paragraph_leads_into_nothing(harbour: Engine) -> None:
    a = harbour.ask("what did brandt say about the coast road repairs")
    assert "would gut the harbour" not in a.answer, a.answer
