"""Questions the coverage answers in other words than the question's (small made-up corpora), answered
rather than declined: a kind of thing newer than the dictionary ("which app"), a word used in a rarer
sense that is another's first ("shoot" ~ "film"), a misspelling that is itself a word ("reel name")
and a chat clipping ("comms")."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

RUIZ = {
    "id": "ruiz",
    "title": "Ruiz to run for governor",
    "text": "Mayor Ana Ruiz will leave the council in May. She announced her run for governor in a video "
    "posted on Snapchat on Monday.",
}


def _engine(tmp_path: Path, *docs: dict[str, str]) -> Engine:
    return engine_of(tmp_path, [*filler(12), RUIZ, *docs])


def test_a_kind_of_thing_the_dictionary_lacks_is_asked_for_not_named(tmp_path: Path) -> None:
    # WordNet has no "app": the word names the kind of answer, not something the story must mention
    engine = _engine(tmp_path)
    a = engine.ask("which app did ruiz post the video on")
    assert not a.abstained, a.answer
    assert a.citations[0].doc_id == "ruiz" and "Snapchat" in a.answer
    assert_verbatim(engine, a)
    # still declined about someone the coverage never mentions
    assert engine.ask("which app did garcia post the video on").abstained


PARK = {
    "id": "park",
    "title": "Director returns home",
    "text": "Director Lena Park has bought a house near the harbour. She is in Oslo to film her next drama, "
    "Winter Light, with a local cast.",
}
CUP = {"id": "cup", "title": "Cup final", "text": "The striker will shoot the penalties in the cup final."}


def test_a_word_in_a_rarer_sense_bridges_to_the_word_usually_meaning_it(tmp_path: Path) -> None:
    # "shoot" means making a film only in a rarer sense, which is the first sense of "film"
    engine = _engine(tmp_path, PARK, CUP)
    a = engine.ask("what is lena park shooting in oslo")
    assert not a.abstained, a.answer
    assert a.citations[0].doc_id == "park" and "Winter Light" in a.answer
    assert_verbatim(engine, a)


BAND = {
    "id": "band",
    "title": "Guitarist sued",
    "text": "Rock guitarist Nikko Mars is being sued by a former manager. Mars - real name Bob Allen Deal - "
    "denies the claim.",
}
REAL = [
    {
        "id": f"real-{i}",
        "title": f"Market {i}",
        "text": f"Real wages fell in region {i}, said a report that would not name the bank.",
    }
    for i in range(12)
]
FISHING = {"id": "fishing", "title": "Angling", "text": "The angler lost his reel in the river."}


def test_a_misspelling_that_is_itself_a_word_is_read_as_the_word_meant(tmp_path: Path) -> None:
    # "reel" is a word the coverage uses, but never with the question's other words; "real", one
    # letter away and far more frequent, is used with them
    engine = _engine(tmp_path, BAND, FISHING, *REAL)
    a = engine.ask("whats nikko mars reel name")
    assert not a.abstained, a.answer
    assert a.citations[0].doc_id == "band" and "Bob Allen Deal" in a.answer
    assert_verbatim(engine, a)
    # a word used with the question's other words is read as written
    a = engine.ask("what did the angler lose in the river")
    assert not a.abstained and a.citations[0].doc_id == "fishing", a.answer


PRESS = {
    "id": "press",
    "title": "New press chief",
    "text": "The council has hired a former bank manager as its communications director. Dana Holt starts "
    "on Monday.",
}
FAIR = {"id": "fair", "title": "Fair", "text": "Thousands of visitors come to the council fair every year."}


def test_a_chat_clipping_is_read_as_the_word_it_clips(tmp_path: Path) -> None:
    # "comms" is one letter from "come", which the coverage uses too; "communications" begins with its
    # stem and is found with the question's other words
    engine = _engine(tmp_path, PRESS, FAIR)
    a = engine.ask("who left the bank to do the council's comms")
    assert not a.abstained, a.answer
    assert a.citations[0].doc_id == "press" and "Dana Holt" in a.answer
    assert_verbatim(engine, a)
