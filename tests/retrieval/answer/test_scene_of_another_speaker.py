"""A "who" answer whose first sentence only tells the asked act of someone unnamed ("A 34-year-old man has
been charged ..., police said") is followed by the sentence naming them ("Dorian Pell, of Quarry Lane,
...", "Edna Morrow, a retired teacher, ..."): that sentence leads. The speaker of the scene ("police said")
is no answer to anything but a "who said"; an age written before the noun ("a 34-year-old man") still
tells a person by a role; a home written after a name ("Dorian Pell, of Quarry Lane,") names a person as
one. A "who said" keeps the quotation's sentence first."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

_CHARGED = (
    "EAST BRAMWICK (Northgate Press) — A 34-year-old man has been charged with handling stolen goods after "
    "police said he sold copper cable taken from the Bramwick rail depot, where signalling failures "
    "delayed hundreds of trains on the Northgate line over two weeks in January.\n\n"
    "Dorian Pell, of Quarry Lane, Eastbury, was charged on Monday and appeared before Eastbury "
    "Magistrates' Court on Tuesday, where he was remanded in custody until a hearing next month.\n\n"
    "About 400 metres of cable disappeared from the depot in January, delaying trains for two days."
)
_MISSING = (
    "HOLLOWAY (Northgate Press) - A 68-year-old woman who went missing when the River Teme burst its banks "
    "at Holloway has been found safe, police said on Friday.\n\n"
    "Edna Morrow, a retired teacher, was found in a church hall two miles from her home, a day after she "
    "was reported missing.\n\n"
    "Water levels on the Teme were falling on Friday."
)


def _engine(tmp_path: Path, text: str, doc: str, title: str):  # type: ignore[no-untyped-def]
    return engine_of(tmp_path, [{"id": doc, "title": title, "text": text}, *filler(12)])


def test_the_name_leads_a_scene_whose_speaker_is_someone_else(tmp_path: Path) -> None:
    engine = _engine(tmp_path, _CHARGED, "cable-charge", "Man charged over rail depot cable theft")
    a = engine.ask("Who was charged with handling the stolen cable?")
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    assert "Dorian Pell" in first_statement(a), a.answer
    assert "34-year-old man" in a.answer, a.answer  # the scene still follows it


def test_a_person_told_by_age_is_named_by_the_sentence_after(tmp_path: Path) -> None:
    engine = _engine(tmp_path, _MISSING, "teme-missing", "Missing woman found safe after Teme flood")
    a = engine.ask("Who went missing in the flood?")
    assert not a.abstained, a.answer
    assert "Edna Morrow" in first_statement(a), a.answer


def test_a_who_said_keeps_the_saying_first(tmp_path: Path) -> None:
    # the twin: asked who said it, the sentence with the saying answers, and keeps its place
    engine = _engine(tmp_path, _CHARGED, "cable-charge", "Man charged over rail depot cable theft")
    a = engine.ask("Who said the man sold copper cable from the depot?")
    assert not a.abstained, a.answer
    assert "police said" in first_statement(a), a.answer
