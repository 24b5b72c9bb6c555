"""A yes/no question whose verb the coverage never uses, where it says only the opposite ("was anyone
hurt" -> "all were unhurt"), is answered by the sentence saying the opposite: a word with a negating
prefix that WordNet knows as an adjective, or a WordNet antonym. It was declined with nothing to
search for. So is one whose state the coverage writes as the head of the adjective cluster the asked word
is a satellite of ("was anyone hurt" -> "nobody was injured")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

FIRE = (
    "A fire broke out in the kitchen of the Larkspur Hotel on Thursday night. "
    "All 80 guests and 12 staff were unhurt, the fire service said. "
    "The hotel will stay closed until the kitchen is rebuilt."
)


@pytest.mark.parametrize("question", ["was anyone hurt in the larkspur hotel fire", "were any guests hurt"])
def test_a_yes_no_question_is_answered_by_the_sentence_saying_the_opposite(
    tmp_path: Path, question: str
) -> None:
    engine = engine_of(tmp_path, [{"id": "fire", "title": "Larkspur Hotel fire", "text": FIRE}, *filler(12)])
    a = engine.ask(question)
    assert not a.abstained
    assert "unhurt" in a.answer
    assert_verbatim(engine, a)


def test_a_word_that_only_looks_negated_is_no_opposite(tmp_path: Path) -> None:
    engine = engine_of(
        tmp_path,
        [
            {"id": "fire", "title": "Larkspur Hotel fire", "text": FIRE},
            {"id": "union", "title": "Union vote", "text": "The union held a vote at the Larkspur Hotel."},
            *filler(12),
        ],
    )
    # "ion" is not negated by "union": no sentence says the opposite of an ion at the hotel
    assert engine.ask("was there ion at the larkspur hotel").abstained


ZOO = (
    "A tiger escaped from its enclosure at Brenmoor Zoo on Friday night, the zoo said. "
    "Keepers recaptured the animal early on Saturday after it was found in a service yard. "
)


def test_a_yes_no_state_is_answered_by_its_cluster_head(tmp_path: Path) -> None:
    told = {"id": "zoo", "title": "Tiger escapes", "text": ZOO + "Nobody was injured, police said."}
    said = engine_of(tmp_path / "said", [told, *filler(12)])
    a = said.ask("was anyone hurt")
    assert not a.abstained, a.answer
    assert "Nobody was injured" in a.answer
    assert_verbatim(said, a)
    # the same story telling nothing of anyone's injuries does not answer it
    untold = {"id": "zoo", "title": "Tiger escapes", "text": ZOO}
    unsaid = engine_of(tmp_path / "unsaid", [untold, *filler(12)])
    assert unsaid.ask("was anyone hurt").abstained
