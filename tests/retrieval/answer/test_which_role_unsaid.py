"""A "which X VERB ..." asking for a person by a role the coverage never writes ("which pathologist is
examining the bodies"): when the coverage does not say the act either, no one in it is that person, and
a sentence holding the question's other words is declined; when it says the act, the sentence naming who
did it answers, whatever it calls them."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import answer_from, first_statement

_LEAD = (
    "Two climbers died on Mount Carrow on Saturday after a rock fall near the summit path. "
    "Sergeant Ivo Lamb of Carrow Police said the bodies were recovered on Sunday morning. "
)


def _ask(tmp_path: Path, text: str) -> str:
    a = answer_from(
        tmp_path,
        {"id": "climb", "title": "Climbers die on Mount Carrow", "text": text},
        "Which pathologist examined the bodies?",
    )
    return "" if a.abstained else first_statement(a)


def test_a_role_never_written_for_an_act_never_said_is_declined(tmp_path: Path) -> None:
    text = _LEAD + "The families of the climbers asked for the summit path to be closed."
    assert _ask(tmp_path, text) == ""


def test_a_sentence_saying_the_act_names_who_did_it(tmp_path: Path) -> None:
    text = _LEAD + "Dr Ruth Vale examined the bodies at Carrow General Hospital on Monday."
    assert "Ruth Vale" in _ask(tmp_path, text)


def test_a_kind_of_role_asks_for_the_role(tmp_path: Path) -> None:
    # ("what kind of pathologist" asks for a pathologist as "which pathologist" does, not for a "kind")
    a = answer_from(
        tmp_path,
        {
            "id": "climb",
            "title": "Climbers die on Mount Carrow",
            "text": _LEAD + "The families asked for the summit path to be closed.",
        },
        "What kind of pathologist examined the bodies?",
    )
    assert a.abstained
