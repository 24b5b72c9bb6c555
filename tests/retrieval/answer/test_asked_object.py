"""A "what did X <verb>" asks for the verb's object: the sentence writing the verb with what it was done to
("officers seized laptops and phones"), not one writing the verb without it ("the items seized were sent
to a lab") nor a synonym of another sense with its own object ("police arrested two men"). Pinned on small
made-up corpora."""

from __future__ import annotations

from pathlib import Path

from retrieval.answer.complement import asked_completion
from retrieval.answer.question import analyze
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

_RAID = (
    "Two men have been arrested in the harbour town of Pellow over the theft of ticket data from Marlin "
    "Ferries, police said on Monday. "
    "Inspector Tova Brask of the regional fraud squad said officers had seized laptops, phones and a "
    "hardware wallet during the raid. "
    "Police said the items seized in the raid were sent to a laboratory for police examination."
)

_MILL = (
    "Fire crews spent the night at the Harrow Vale mill after a dust explosion at the mill on Saturday, "
    "the mill said. "
    "The mill, on the north bank of the Tamsin river, makes oat flour and animal feed for farms across "
    "the region. "
    "Farmers in the valley make hay and silage, which they store in barns near the mill. "
    "Its owner said it would make sure the site was safe before staff returned."
)

_ANTHEM = (
    "The Harrow choir's anthem was first sung at the Easter service in Pellow in 1524. "
    "The Harrow anthem, written by the organist Ines Quarry, seemed to prefigure the town's later troubles."
)

_SLUMP = "Traders said the slump in harbour fees seemed to foretell a recession along the coast."


def test_the_verb_with_its_object_completes_the_question() -> None:
    tok = Tokenizer()
    completes = asked_completion(analyze("what did police seize", tok), tok)
    assert completes is not None
    assert completes("Officers had seized laptops, phones and a hardware wallet.")
    assert completes("Laptops were seized in the raid.")
    assert not completes("The items seized were sent to a laboratory.")
    assert not completes("Police seized them.")
    assert not completes("The seizure was reported on Monday.")


def test_an_irregular_form_of_the_verb_is_the_verb() -> None:
    tok = Tokenizer()
    completes = asked_completion(analyze("what did the inspectors find", tok), tok)
    assert completes is not None
    assert completes("Inspectors found faulty wiring in the plant room.")
    assert completes("Inspectors found that the alarm had been switched off.")
    assert not completes("The charity was founded in 2019.")


def test_the_asking_sentence_is_read_and_a_progressive_is_no_passive() -> None:
    tok = Tokenizer()
    completes = asked_completion(
        analyze("The mill reopened this week. What does the mill produce?", tok), tok
    )
    assert completes is not None
    assert completes("The mill is producing oat flour again.")
    assert not completes("The mill is producing again after the fire.")


def test_a_phrase_after_the_verb_leaves_its_object_asked() -> None:
    tok = Tokenizer()
    completes = asked_completion(analyze("What did police seize in the raid?", tok), tok)
    assert completes is not None
    assert completes("Officers seized two laptops in the raid.")
    assert not completes("A raid was carried out by police on Monday.")
    assert not completes("The items seized in the raid were sent to a laboratory.")


def test_a_clause_of_its_own_or_a_gerund_holds_no_asked_verb() -> None:
    tok = Tokenizer()
    assert asked_completion(analyze("What does a town acquire as it grows?", tok), tok) is None
    assert asked_completion(analyze("What could a warden help in organizing?", tok), tok) is None


def test_a_participle_after_a_degree_word_is_an_adjective() -> None:
    tok = Tokenizer()
    completes = asked_completion(analyze("What did the towns develop?", tok), tok)
    assert completes is not None
    assert not completes("More developed towns move back to lower rents.")
    assert completes("The towns developed new ferry routes.")


def test_the_same_verb_in_another_story_is_no_object_of_the_asked_doer(tmp_path: Path) -> None:
    docs = [
        {"id": "anthem", "title": "Choir anthem", "text": _ANTHEM},
        {"id": "slump", "title": "Harbour slump", "text": _SLUMP},
        *filler(12),
    ]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("What did the anthem foretell?")
    assert "prefigure the town's later troubles" in first_statement(a), a.answer


def test_a_figure_is_an_object() -> None:
    tok = Tokenizer()
    completes = asked_completion(analyze("what did the council vote", tok), tok)
    assert completes is not None
    assert completes("Councillors have voted 33-22 to approve the lease.")
    assert not completes("He wants the vote delayed until spring.")


def test_a_phrasal_verb_takes_no_object_of_the_bare_verb() -> None:
    tok = Tokenizer()
    completes = asked_completion(analyze("what did the engineers set", tok), tok)
    assert completes is not None
    assert completes("The engineers set four traps along the fence.")
    assert not completes("The engineers set up four monitors along the fence.")


def test_what_police_seized_is_the_seizing_sentence(tmp_path: Path) -> None:
    engine = engine_of(
        tmp_path, [{"id": "raid", "title": "Two held over ferry data theft", "text": _RAID}, *filler(12)]
    )
    a = engine.ask("What did police seize?")
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    assert "seized laptops" in first_statement(a)


def test_what_the_mill_produces_is_its_synonyms_object_not_anothers(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [{"id": "mill", "title": "Mill explosion", "text": _MILL}, *filler(12)])
    a = engine.ask("What does the mill produce?")
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    assert "makes oat flour" in first_statement(a)
