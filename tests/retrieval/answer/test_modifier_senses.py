"""A word the question uses as an adjective before a noun ("which top official", "the top official") is
bridged by its adjective senses only: "top" there is no summit, crown or peak (its noun senses) and
no "lead" (a verb sense), which the coverage writes of other things. Before no noun ("the top of the
hill") it is the noun it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.phrases import used_as_modifier
from retrieval.answer.question import analyze
from retrieval.answer.select import bridged
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

FEES = (
    "The Larch Vale council raised parking fees by a third on Monday. "
    "Mayor Edith Vance was among the six members who backed the rise, while councillor Omar Pell voted "
    "against it."
)
PROFILE = (
    "Vance, a former council official, has led the council since 2019. "
    "Climbers reached the summit of Mount Carrow on Sunday, and the peak was crowded by noon."
)


@pytest.fixture
def council(tmp_path: Path) -> Engine:
    return engine_of(
        tmp_path,
        [
            {"id": "fees", "title": "Larch Vale parking fees up", "text": FEES},
            {"id": "profile", "title": "Council leader profile", "text": PROFILE},
            *filler(12),
        ],
    )


@pytest.mark.parametrize(
    "question", ["Which top official at the council backed the hike?", "Who is the top official?"]
)
def test_a_modifier_is_not_bridged_by_its_noun_or_verb_senses(council: Engine, question: str) -> None:
    ctx = council._ctx
    q = bridged(analyze(question, ctx.tokenizer), ctx)
    assert not {"summit", "peak", "led"} & set(q.bridges["top"].variants), q.bridges["top"]


def test_a_noun_before_no_noun_keeps_its_noun_senses(council: Engine) -> None:
    ctx = council._ctx
    q = bridged(analyze("Who reached the top of Mount Carrow?", ctx.tokenizer), ctx)
    assert "summit" in q.bridges["top"].variants


def test_a_which_question_with_a_modifier_is_answered_by_what_it_asks(council: Engine) -> None:
    a = council.ask("Which top official at the council backed the hike?")
    assert not a.abstained, a.answer
    assert "backed the rise" in a.answer, a.answer
    assert "has led the council" not in a.answer, a.answer
    assert_verbatim(council, a)


def test_a_word_between_a_determiner_and_a_noun_is_a_modifier() -> None:
    assert used_as_modifier("top", "which top official backed it")
    assert used_as_modifier("top", "who is the top official")
    assert not used_as_modifier("top", "who reached the top of the hill")
    assert not used_as_modifier("top", "did sales top forecasts")
