"""Declining a question that names a thing the coverage never writes (in no spelling, by no synonym):
a sentence sharing the question's other words tells of something else. Only a word mostly used as a
noun counts; a verb or a modifier the coverage lacks is a paraphrase, and the question is answered."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import engine_of as _engine
from tests.retrieval.answer.corpora import filler as _filler

_STORY = [
    {
        "id": "ferry-buy",
        "title": "Osterly Lines agrees to buy Wend Ferries",
        "text": "Osterly Lines agreed on Monday to buy the Wend Ferries fleet for $310 million in cash. "
        "Osterly chairman Piet Harmsen said the purchase would let the company sail to four more islands. "
        "The ferries will keep their blue livery until the spring, a spokesman for Osterly Lines said.",
    },
    *_filler(12),
]


def test_a_figure_of_a_thing_never_written_is_not_answered_by_another_figure(tmp_path: Path) -> None:
    engine = _engine(tmp_path, _STORY)
    a = engine.ask("How much mortgage will Osterly Lines carry after buying Wend Ferries?")
    assert a.abstained, a.answer
    assert "mortgage" in a.answer, a.answer


def test_a_yes_no_about_a_thing_never_written_is_declined(tmp_path: Path) -> None:
    engine = _engine(tmp_path, _STORY)
    a = engine.ask("did osterly lines buy the wend ferries hovercraft")
    assert a.abstained, a.answer


def test_a_verb_the_coverage_words_otherwise_is_still_answered(tmp_path: Path) -> None:
    # "acquire" and "ferries" are written as "buy" and "fleet"/"ferries": a paraphrase, answered
    engine = _engine(tmp_path, _STORY)
    a = engine.ask("how much did osterly lines pay to acquire wend ferries")
    assert not a.abstained, a.answer
    assert "$310 million" in a.answer, a.answer


def test_a_noun_made_from_a_word_the_coverage_writes_is_still_answered(tmp_path: Path) -> None:
    # "yardage" is written as "yard" ("a 12-yard gain"), a word WordNet does not relate it to
    docs = [
        {
            "id": "match",
            "title": "Harrow Owls beat Deepdale",
            "text": "Owls receiver Tomas Vey caught a pass from Lenn Ardo for a 12-yard gain in the third "
            "quarter.",
        },
        *_filler(12),
    ]
    engine = _engine(tmp_path, docs)
    a = engine.ask("Who caught Lenn Ardo's pass for a gain of yardage?")
    assert not a.abstained, a.answer
    assert "Tomas Vey" in a.answer, a.answer


def test_a_what_asking_for_an_amount_the_coverage_never_names_is_declined(tmp_path: Path) -> None:
    engine = _engine(tmp_path, _STORY)
    a = engine.ask("what was the wend ferries fleet's revenue when osterly lines agreed to buy it")
    assert a.abstained, a.answer
