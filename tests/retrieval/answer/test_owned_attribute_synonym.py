"""What a question asks of a thing it names ("the population of Harlow Ridge") that the coverage never
writes, bridged only by WordNet's synonyms or family words ("population" ~ "live", "head" ~ "mind"): the
synonym stands where the coverage writes it beside the name, as a correction does; written elsewhere it
is another sense or another story, and the question is declined rather than answered by a sentence that
only names the thing."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import answer_from, first_statement

_MILL = (
    "Harlow Ridge families spent a second night in the school gym after the fire at the Denby paper mill. "
    "Many more stayed with relatives in Harlow Ridge and Oakfield. "
    "Workers who live near the mill said the smoke had been thick for hours."
)


def test_a_synonym_never_written_beside_the_name_does_not_answer(tmp_path: Path) -> None:
    a = answer_from(
        tmp_path,
        {"id": "mill", "title": "Mill fire", "text": _MILL},
        "What is the population of Harlow Ridge?",
    )
    assert a.abstained, a.answer
    assert "population" in a.answer, a.answer


def test_a_synonym_written_beside_the_name_still_answers(tmp_path: Path) -> None:
    text = _MILL + " About 4,200 people live in Harlow Ridge, according to the county."
    a = answer_from(
        tmp_path,
        {"id": "mill", "title": "Mill fire", "text": text},
        "What is the population of Harlow Ridge?",
    )
    assert not a.abstained, a.answer
    assert "4,200" in first_statement(a), a.answer


def test_another_sense_of_a_role_word_does_not_name_the_holder(tmp_path: Path) -> None:
    text = (
        "Two men were arrested after the warehouse fire, Inspector Ada Fenn of Corran Police said. "
        '"We are keeping an open mind," Fenn said.'
    )
    a = answer_from(
        tmp_path,
        {"id": "fire", "title": "Warehouse arrests", "text": text},
        "Who is the head of Corran Police?",
    )
    assert a.abstained, a.answer
