"""A question says a verb in several words, which the coverage says in one: a phrase WordNet defines a
verb by ("taken into custody": to arrest; "in charge of": to head or lead), and a phrasal verb whose
particle ends the verb's phrase ("tip over": to overturn). Neither word says it alone ("custody" is no
arrest, "tip" is no overturn), and the rest of the question may be worded otherwise too, so no other word
of it confirms the reading: the phrase itself is the sense meant."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.bridge import wordnet
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

DOCK = {
    "id": "dock",
    "title": "Harbour crane collapse",
    "published": "2026-02-11",
    "text": "A crane collapsed onto the barge Orla at Wessport docks on Monday, injuring four dock "
    "workers.\n\n"
    "Police arrested the crane operator, Ivo Strand, on Tuesday.\n\n"
    "Four workers were taken to Wessport General Hospital.\n\n"
    "The port's safety review is led by engineer Mara Lindqvist.\n\n"
    "The vessel overturned at its berth shortly after 6 a.m. on Wednesday as the tide fell.",
}


@pytest.fixture(scope="module")
def dock(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("dock"), [DOCK, *filler(12)])


def test_a_phrase_a_verb_is_defined_by_is_said_by_the_verb(dock: Engine) -> None:
    """ "taken into custody" is "arrested" (WordNet defines "arrest" so), not "taken to hospital"."""
    a = dock.ask("Who was taken into custody?")
    assert not a.abstained, a.answer
    assert "arrested" in first_statement(a)
    assert_verbatim(dock, a)


def test_in_charge_of_is_said_by_leading(dock: Engine) -> None:
    """ "in charge of" is "lead" or "head" ("be in charge of"), not "charge" as a complaint."""
    a = dock.ask("Who is in charge of the safety review?")
    assert not a.abstained, a.answer
    assert "Mara Lindqvist" in first_statement(a)
    assert_verbatim(dock, a)


def test_a_phrasal_verb_closing_its_phrase_is_searched_for_its_own_words(dock: Engine) -> None:
    """ "tip over" is "overturn", though no other word of the question is there to confirm it; "tip"
    alone ("lean", "tilt") is another verb, not searched in its stead."""
    a = dock.ask("When did it tip over?")
    assert not a.abstained, a.answer
    assert "overturned" in first_statement(a)
    assert_verbatim(dock, a)


TRIBUNAL = {
    "id": "tribunal",
    "title": "Harbour tribunal opens",
    "published": "2026-03-02",
    "text": "A statutory tribunal into the Wessport crane collapse opened on Monday.\n\n"
    "It can compel witnesses to give evidence under oath, its chair said.\n\n"
    "Hearings are expected to last until the summer.",
}


def test_a_definition_holds_places_for_the_questions_own_words(tmp_path: Path) -> None:
    """ "force people to testify" is "force somebody to do something", which defines "compel": the
    people and the testifying are the question's own words, read as they are."""
    engine = engine_of(tmp_path, [TRIBUNAL, *filler(12)])
    a = engine.ask("Can the tribunal force people to testify?")
    assert not a.abstained, a.answer
    assert "compel witnesses" in first_statement(a)
    assert_verbatim(engine, a)


def test_defined_phrases_read_base_forms_and_skip_adverbs() -> None:
    from retrieval.answer.phrases import defined_phrases

    wn = wordnet()
    assert wn is not None
    assert "arrest" in wn.defined_as("take into custody")
    assert {"head", "lead"} <= wn.defined_as("be in charge of")
    found = defined_phrases("Who is temporarily in charge of the trust?", wn)
    assert [span for _, span in found] == [["is", "in", "charge", "of"]]
    # a verb and its particle alone are a phrasal verb's, read as such
    assert not defined_phrases("what did they look at", wn)
    # the verb's object is the definition's place, or left out where it leaves it out
    assert [span for _, span in defined_phrases("did they force the bank to pay", wn)] == [["force", "to"]]
    assert [span for _, span in defined_phrases("did they take the man into custody", wn)] == [
        ["take", "into", "custody"]
    ]
    # nothing but held places: "make something" defines "mould", which a decision is not made in
    assert not defined_phrases("when did the board make the decision", wn)
    # "be" has no object: "was put in charge" is no "be in charge"
    assert not defined_phrases("who was put in charge of the unit", wn)


def test_a_particle_before_a_word_of_content_may_be_a_preposition() -> None:
    from retrieval.answer.select import _particle_closes

    assert _particle_closes("tip", "over", "What time did the boat tip over?")
    assert _particle_closes("give", "up", "what did he give up on")
    assert _particle_closes("kick", "out", "when did they kick him out?")
    assert not _particle_closes("put", "in", "Who was put in charge of the review?")
    assert not _particle_closes("put", "in", "how much did they put in the bank")


def test_definitions_are_read_word_by_word_from_their_starts() -> None:
    """A phrase grows only while a definition begins as it does (``WordNet.begins_definition``): the
    same phrases are found as by trying every form of every word, with a later word's forms never read
    once no definition goes on so."""
    import retrieval.answer.phrases as phrases

    wn = wordnet()
    assert wn is not None
    assert wn.begins_definition("take") and wn.begins_definition("take into")
    assert wn.begins_definition("take into custody")
    assert not wn.begins_definition("take into custod") and not wn.begins_definition("into custody take")
    read: list[str] = []
    base_forms = phrases._base_forms

    def counted(word: str, before: list[str], wn_: object) -> list[str]:
        read.append(word)
        return base_forms(word, before, wn)

    phrases._base_forms = counted  # type: ignore[assignment]
    try:
        found = phrases.defined_phrases("they take the man into custody", wn)
        took = list(read)
        read.clear()
        assert not phrases.defined_phrases("they take zorbl quenx wivvet", wn)
    finally:
        phrases._base_forms = base_forms
    assert [span for _, span in found] == [["take", "into", "custody"]]
    assert sorted(took) == ["custody", "into", "man", "the"]  # each once, for every span it is in
    # no definition begins "take zorbl": the words after it are never read
    assert read == ["zorbl"]
