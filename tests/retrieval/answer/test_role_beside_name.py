"""A "who is the ROLE of X" is answered only by a name the coverage writes the role beside ("Principal
Ona Pell", "Ann Bly, the guild's treasurer"): a sentence writing the role apart from everyone it names,
or one naming no one whose next sentence names someone in another role (a pupil's mother for the
school's principal), does not say who holds it, and the question is declined."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.retrieval.answer.corpora import engine_of as _engine
from tests.retrieval.answer.corpora import filler as _filler

#: a sentence on the school naming no one
_TAPS = "Lead was found above the safe level in taps at Tarrow Elementary School, the district said. "


def _school(who: str) -> list[dict[str, str]]:
    return [
        {
            "id": "taps",
            "title": "Lead found in Tarrow school taps",
            "text": _TAPS
            + "The first samples from Tarrow Elementary School were collected by a parent group last month. "
            f"{who} said the school had known about the pipes for a year.",
        },
        *_filler(12),
    ]


def _suit(named: str) -> list[dict[str, str]]:
    return [
        {
            "id": "suit",
            "title": "Parents sue over lead in Tarrow school taps",
            "text": _TAPS + f"The lawsuit, filed by the firm Pell & Ward, names {named}.",
        },
        *_filler(12),
    ]


#: the principal's holder, named with the role beside the name in the next sentence or in the same one
_HOLDERS = [
    _school("Principal Ona Pell of Tarrow Elementary School"),
    _suit("Ona Pell, the principal of Tarrow Elementary School, as plaintiff"),
]
#: their twins naming her in another role: beside the topic's sentence, or with the role's words apart
#: from the name ("lead plaintiff", a word the role's bridge may give, saying another role)
_OTHERS = [
    _school("Ona Pell, a mother of two Tarrow Elementary pupils,"),
    _suit("Ona Pell, a mother of two Tarrow Elementary School pupils, as lead plaintiff"),
]
_ASKED = "who is the principal of tarrow elementary school"


@pytest.mark.parametrize("docs", _OTHERS)
def test_a_name_in_another_role_does_not_give_the_holder(tmp_path: Path, docs: list[dict[str, str]]) -> None:
    a = _engine(tmp_path, docs).ask(_ASKED)
    assert a.abstained, a.answer


@pytest.mark.parametrize("docs", _HOLDERS)
def test_a_name_the_role_is_written_beside_gives_the_holder(
    tmp_path: Path, docs: list[dict[str, str]]
) -> None:
    a = _engine(tmp_path, docs).ask(_ASKED)
    assert not a.abstained, a.answer
    assert "Ona Pell" in a.answer, a.answer


def _club(named: str) -> list[dict[str, str]]:
    return [
        {
            "id": "club",
            "title": "Marl Town look to young players",
            "text": f"{named} said the club would focus its recruitment on young players this season.",
        },
        *_filler(12),
    ]


def test_a_titles_field_written_apart_from_the_role_is_another_role(tmp_path: Path) -> None:
    # (a bare noun "of" the role is its field: the director beside the name heads something else)
    a = _engine(tmp_path, _club("Marl Town director Ivo Renn")).ask(
        "who is the director of recruitment at marl town"
    )
    assert a.abstained, a.answer


def test_a_titles_field_beside_the_role_gives_the_holder(tmp_path: Path) -> None:
    a = _engine(tmp_path, _club("Marl Town's director of recruitment, Ivo Renn,")).ask(
        "who is the director of recruitment at marl town"
    )
    assert not a.abstained, a.answer
    assert "Ivo Renn" in a.answer, a.answer
