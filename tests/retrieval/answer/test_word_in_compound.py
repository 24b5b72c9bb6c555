"""A question's word that a sentence writes only as the first word of another thing WordNet names
("money" of "money laundering") is not what the question asks about: a sentence of the same story
holding the word itself answers ("... moved $40 million of client money ..."). Pinned on a small
made-up corpus."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim as _verbatim
from tests.retrieval.answer.corpora import engine_of as _engine
from tests.retrieval.answer.corpora import filler as _filler

_CASE = (
    "Prosecutors in Lindqvard charged fund manager Petra Osk with fraud and conspiracy to commit money "
    "laundering on Monday. "
    "Osk was arrested at her office in the harbour district. "
    "The charge sheet says Osk moved about $40 million of client money to a yacht company she owns. "
    "Her lawyer said she would plead not guilty."
)


def test_a_word_inside_another_compound_is_not_the_one_asked(tmp_path: Path) -> None:
    docs = [{"id": "case", "title": "Fund manager charged in Lindqvard", "text": _CASE}, *_filler(12)]
    engine = _engine(tmp_path, docs)
    a = engine.ask("what did prosecutors say osk did with the money")
    assert not a.abstained, a.answer
    assert "client money" in a.answer.split("[1]")[0], a.answer
    _verbatim(engine, a)
