"""Declining a "how many" whose counted act the coverage never tells in any form ("how many people died"
of a flood story telling only of people treated in hospital), while a coverage telling it (or an act
causing it: "were killed" of "died") is still answered; the act as the question writes it, not a
participle before a noun nor a verb after its subject."""

from __future__ import annotations

from pathlib import Path

from retrieval.answer.counted_act import asked_act
from tests.retrieval.answer.corpora import engine_of as _engine
from tests.retrieval.answer.corpora import filler as _filler
from tests.retrieval.answer.corpora import first_statement

_FLOOD = {
    "id": "marrow-flood",
    "title": "Flood in Marrow: 17 treated in hospital",
    "text": "MARROW (Wire) - The number of people treated in hospital after the flood in Marrow has risen "
    "to 17, up from 12 on Sunday, the hospital trust said.\n\n"
    "About 2,600 people spent the night in emergency shelters at the leisure centre.",
}
_DEATHS = {
    "id": "marrow-deaths",
    "title": "Two dead in Marrow flood",
    "text": "Two people died in the Marrow flood, police said on Monday.",
}


def test_a_count_of_an_act_the_coverage_never_tells_is_declined(tmp_path: Path) -> None:
    engine = _engine(tmp_path, [_FLOOD, *_filler(12)])
    a = engine.ask("How many people died in the flood?")
    assert a.abstained, a.answer
    a = engine.ask("How many people were treated in hospital after the flood?")
    assert not a.abstained and "17" in first_statement(a), a.answer


def test_the_act_told_itself_or_by_the_act_causing_it_is_answered(tmp_path: Path) -> None:
    engine = _engine(tmp_path, [_FLOOD, _DEATHS, *_filler(12)])
    a = engine.ask("How many people died in the flood?")
    assert not a.abstained and "Two people died" in first_statement(a), a.answer
    a = engine.ask("How many people were killed in the flood?")
    assert not a.abstained and "Two people died" in first_statement(a), a.answer


def test_the_act_is_read_where_the_question_writes_it() -> None:
    assert asked_act("How many students have been expelled so far?")[0] == "expelled"
    assert asked_act("how many miners were injured in the collapse")[0] == "injured"
    # a participle describing the counted noun, a verb after its subject, an act with an object
    assert asked_act("How many of the stolen silver coins have been found?")[0] == ""
    assert asked_act("How many cooling centres did the city open?")[0] == ""
    assert asked_act("How many staff received the email?")[0] == ""
