"""A common noun for the person a question asks about ("what did the governor say") is bridged only
to the words of its senses that are persons: a governor's sense as a device is a "regulator", and its
verb's synonym "rule" is another word's, so neither puts someone else's words in the governor's mouth."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import engine_of, filler

DAM = (
    "Engineers at the Pellow dam replaced a faulty pressure regulator on Tuesday, the operator said. "
    '"The new rules mean every valve is now checked twice a year," said site manager Ines Carrow. '
    "The reservoir stayed open to boats throughout the work."
)


def test_a_role_is_not_bridged_to_a_device_or_a_verb_synonym(tmp_path: Path) -> None:
    news = engine_of(
        tmp_path, [{"id": "dam", "title": "Pellow dam regulator replaced", "text": DAM}, *filler(12)]
    )
    a = news.ask("what did the governor say")
    assert a.abstained, a.answer
    a = news.ask("what did Ines Carrow say")
    assert not a.abstained and "checked twice a year" in a.answer, a.answer
