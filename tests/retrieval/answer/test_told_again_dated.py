"""A "when" whose best sentence places the event only by a time from another ("The vote came two days
after one of the company's buses crashed on Carrow Lane") is quoted with the sentence right after it
when that one tells the event again in other words with its date, opening on a definite description of
something the first names ("The bus, carrying 32 pupils, skidded into a ditch on the morning of 10 March
2026"). A neighbour opening on another thing ("The council will meet ... on 20 March 2026") dates
another event and is not taken. Pinned on a small made-up corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.retrieval.answer.corpora import answer_from, first_statement

_STORY = (
    "Riverton Council voted 9 to 2 on Monday to open an inquiry into the Carrow Lane school bus crash. "
    "The vote came two days after one of the company's buses crashed on Carrow Lane. "
    "{} "
    "Four children were taken to hospital with minor injuries."
)
_TOLD_AGAIN = "The bus, carrying 32 pupils, skidded into a ditch on the morning of 10 March 2026."
_ANOTHER = "The council will meet the operator's directors on 20 March 2026."


@pytest.mark.parametrize("question", ["When did the bus crash happen?", "When did the crash happen?"])
def test_the_next_sentence_telling_the_event_again_gives_its_date(tmp_path: Path, question: str) -> None:
    doc = {"id": "crash", "title": "Council opens inquiry", "text": _STORY.format(_TOLD_AGAIN)}
    a = answer_from(tmp_path, doc, question)
    assert not a.abstained, a.answer
    assert "10 March 2026" in first_statement(a), a.answer


@pytest.mark.parametrize("question", ["When did the bus crash happen?", "When did the crash happen?"])
def test_a_neighbour_on_another_thing_does_not_date_it(tmp_path: Path, question: str) -> None:
    doc = {"id": "crash", "title": "Council opens inquiry", "text": _STORY.format(_ANOTHER)}
    a = answer_from(tmp_path, doc, question)
    assert "20 March" not in a.answer, a.answer


@pytest.mark.parametrize("question", ["When did the bus crash happen?", "When did the crash happen?"])
def test_the_next_paragraphs_opening_sentence_may_tell_it_again(tmp_path: Path, question: str) -> None:
    """A paragraph break between them changes nothing: news copy often starts a paragraph on the event
    told again ("... two days after one of the company's buses crashed. ¶ The bus ... on 10 March 2026")."""
    text = _STORY.format("\n\n" + _TOLD_AGAIN).replace(" \n\n", "\n\n")
    a = answer_from(tmp_path, {"id": "crash", "title": "Council opens inquiry", "text": text}, question)
    assert not a.abstained, a.answer
    assert "10 March 2026" in first_statement(a), a.answer


def test_a_later_paragraphs_sentence_does_not_date_it(tmp_path: Path) -> None:
    """Only the next paragraph's opening sentence: one after it is further from what the first told."""
    text = _STORY.format("\n\nThe drivers' union met on Tuesday. " + _TOLD_AGAIN).replace(" \n\n", "\n\n")
    a = answer_from(
        tmp_path,
        {"id": "crash", "title": "Council opens inquiry", "text": text},
        "When did the crash happen?",
    )
    assert "10 March 2026" not in first_statement(a), a.answer


def test_a_description_of_the_sentences_own_subject_dates_not_the_other_event(tmp_path: Path) -> None:
    """ "The report, ... dated 14 May 2024" after "An inspection report written two years before the
    viaduct collapsed ...": the report is not what collapsed, its date is not the collapse's."""
    text = (
        "An inspection report written two years before the Kelso viaduct collapsed warned of corroded "
        "tendons.\n\nThe report, produced by a consultancy and dated 14 May 2024, rated the span as poor."
    )
    a = answer_from(
        tmp_path, {"id": "bridge", "title": "Viaduct warning", "text": text}, "When did the viaduct collapse?"
    )
    assert "14 May 2024" not in first_statement(a), a.answer
