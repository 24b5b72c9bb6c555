"""A "who" answer that only sets the scene (it names nobody, tells no one by a role and quotes no one)
is followed by its neighbour naming the person asked for; quoted apart, the neighbour leads, as a reader
takes the first statement as the answer. A scene that tells someone by a role keeps its place, and with
no neighbour naming anyone the reply is as before (the scene first)."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import engine_of as _engine
from tests.retrieval.answer.corpora import filler as _filler
from tests.retrieval.answer.corpora import first_statement

_SCENE = (
    "A petition asking Dunmore Borough Council to restore weekend opening at the Larch Street library "
    "has passed 3,000 signatures{role}.\n\n"
    "It was started by parents two weeks after the library's hours were cut.\n\n"
    "The petition also asks for the children's reading room to reopen. {named}\n\n"
    "The board meets on 4 May."
)
_ASKED = "Who will hand the petition to the council's governing board?"


def _story(role: str = "", named: str = "") -> list[dict[str, str]]:
    text = _SCENE.format(role=role, named=named)
    return [
        {"id": "library-petition", "title": "Library petition passes 3,000 signatures", "text": text},
        *_filler(12),
    ]


def test_the_neighbour_naming_the_person_leads_a_scene(tmp_path: Path) -> None:
    # "deliver it to the Board of Regents" is the act asked in other words, of the petition the scene
    # names: the name, three sentences on, is the answer, and the scene follows it
    named = "Association chair Marta Quillon said she would deliver it to the Board of Regents next week."
    a = _engine(tmp_path, _story(named=named)).ask(_ASKED)
    assert not a.abstained, a.answer
    assert "Marta Quillon" in first_statement(a), a.answer
    assert "3,000 signatures" in a.answer, a.answer


def test_with_no_neighbour_naming_anyone_the_reply_is_as_before(tmp_path: Path) -> None:
    # the twin: the story names no one; the scene keeps its place
    named = "Organisers said they would deliver it to the Board of Regents next week."
    engine = _engine(tmp_path, _story(named=named))
    a = engine.ask(_ASKED)
    assert not a.abstained, a.answer
    assert "3,000 signatures" in first_statement(a), a.answer


def test_a_scene_telling_someone_by_a_role_keeps_its_place(tmp_path: Path) -> None:
    # "handed over by a clerk" answers in words no name pattern reads; the chair named after it is
    # someone else
    engine = _engine(
        tmp_path,
        _story(
            role=" and will be handed over by a clerk",
            named="Residents' association chair Marta Quillon said the board should listen.",
        ),
    )
    a = engine.ask("Who will hand over the petition?")
    assert "a clerk" in first_statement(a), a.answer
