"""Declining a question for the holder of a post when the sentence names the holder of that title at
another kind of body than the asked owner: "the association's chief executive" for a bank's, "a
spokesman for the Quarry Workers Union" for the water company's, "the clinic's chief medical officer"
for the mayor's chief of staff. The title at the asked owner, or at a name that may be the asked
owner's, is still answered."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import engine_of as _engine
from tests.retrieval.answer.corpora import filler as _filler
from tests.retrieval.answer.corpora import first_statement

_STORY = [
    {
        "id": "lenders",
        "title": "Nine lenders pull mortgage deals after rate rise",
        "text": "PELLBROOK (Wire) - Nine lenders have withdrawn fixed-rate mortgage deals since the central "
        "bank's rate rise, the Harlow Lenders Association said on Friday.\n\n"
        '"Borrowers are frightened and members are worried," said the association\'s chief executive, '
        'Nora Pell. "People renewing this spring will feel it," she said.\n\n'
        "The average fixed rate rose to 5.9% from 5.1% a week earlier.\n\n"
        "Two days later, the largest lender, Tarnwick Bank, said it would return with new deals next week.",
    },
    {
        "id": "drought",
        "title": "Hosepipe ban in Tarnwick as reservoirs fall",
        "text": "A hosepipe ban began in Tarnwick on Friday as the reservoirs fell to a third of capacity. "
        "Rafe Dunn, a spokesman for the Quarry Workers Union, said crews had been working double shifts. "
        "Tarnwick Water said the ban would last until October.",
    },
    {
        "id": "heat",
        "title": "Clinic opens cooling rooms",
        "text": "The Pellbrook clinic opened two cooling rooms for elderly patients during the heatwave. "
        '"Our staff are doing their job," said Dr. Ivo Marsh, the clinic\'s chief medical officer.',
    },
    {
        "id": "flights",
        "title": "Flights resume at Pellbrook",
        "text": "Flights resumed at Pellbrook airport on Sunday after the storm. "
        "A spokeswoman for Tarn Air, Ida Holm, said the airline would rebook every delayed passenger.",
    },
    {
        "id": "licence",
        "title": "Launch licence suspended",
        "text": "The Space Flight Authority suspended the launch licence on Friday. "
        "The authority's deputy director general, Rana Vell, said an inquiry would report within 30 days.",
    },
    {
        "id": "grounded",
        "title": "Regulator grounds rockets",
        "text": "The launch regulator grounded two rockets last year after an engine fire.",
    },
    {
        "id": "library",
        "title": "New library for Pellbrook",
        "text": "The mayor of Pellbrook opened a new library on Tuesday.",
    },
    *_filler(12),
]


def test_the_title_at_another_kind_of_named_body(tmp_path: Path) -> None:
    engine = _engine(tmp_path, _STORY)
    a = engine.ask("What did Tarnwick Bank's chief executive say?")
    assert a.abstained, a.answer
    a = engine.ask("What did the Harlow Lenders Association's chief executive say?")
    assert not a.abstained and "Nora Pell" in first_statement(a), a.answer


def test_the_title_at_another_body_than_one_asked_without_a_name(tmp_path: Path) -> None:
    engine = _engine(tmp_path, _STORY)
    a = engine.ask("What is the name of the water company's spokesman?")
    assert a.abstained, a.answer
    a = engine.ask("Who is the union's spokesman?")
    assert not a.abstained and "Rafe Dunn" in first_statement(a), a.answer


def test_a_title_with_words_after_of_is_another_title_than_its_first_word(tmp_path: Path) -> None:
    # "chief of staff": "staff" is the title's; "chief medical officer" is another title
    engine = _engine(tmp_path, _STORY)
    a = engine.ask("Who is the mayor's chief of staff?")
    assert a.abstained, a.answer
    a = engine.ask("Who is the clinic's chief medical officer?")
    assert not a.abstained and "Ivo Marsh" in first_statement(a), a.answer


def test_a_name_that_may_be_the_asked_body_is_answered(tmp_path: Path) -> None:
    # "Tarn Air" has no word for a body: it may be the airline asked about
    engine = _engine(tmp_path, _STORY)
    a = engine.ask("What did the airline's spokeswoman say?")
    assert not a.abstained and "Ida Holm" in first_statement(a), a.answer


def test_a_body_described_otherwise_without_a_name_is_answered(tmp_path: Path) -> None:
    # "the regulator" and "the authority" may be one body; the mayor's staff is no clinic's
    engine = _engine(tmp_path, _STORY)
    a = engine.ask("Who is the deputy director general of the regulator?")
    assert not a.abstained and "Rana Vell" in first_statement(a), a.answer
