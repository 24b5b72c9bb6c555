"""What /help suggests and /timeline's topic completes: example questions made from the loaded corpus's
own headlines and statements, kept only when the engine answers them from that very article; and the
names its dated events mention most."""

from __future__ import annotations

from pathlib import Path

from bot.digest import build_digest, statement_questions
from retrieval import Engine, build_engine
from tests.support.alpine import write_alpine_corpus


def test_statements_suggest_what_a_speaker_said_about_another_name() -> None:
    assert statement_questions(
        '"The ball is in their court," NATO Secretary General Mark Rutte said of Russia.'
    ) == [
        "What did Mark Rutte say about Russia?",
        "What did Mark Rutte say?",
    ]
    assert statement_questions("Putin Says He’s Open To Direct Talks With Kyiv") == [], (
        "Title Case proves nothing"
    )
    assert statement_questions("The weather was fine.") == []


def test_a_body_written_with_its_article_is_asked_about_with_it() -> None:
    """ "The Public Service Workers Union said ..." suggests "What did the Public Service Workers Union
    say?" (not "What did Public Service Workers Union say?"); "officials at the union said" suggests
    nothing of the union, whose officials spoke; a modal is no topic word."""
    asked = statement_questions("The Harbour Workers Union said the depot must stay shut until Friday.")
    assert asked[0] == "What did the Harbour Workers Union say?", asked
    assert not any("must" in q for q in asked), asked
    assert statement_questions("Officials at the Harbour Workers Union said the depot would stay shut.") == []
    assert (
        statement_questions("Mayor Ana Ruiz said the depot would stay shut.")[0] == "What did Ana Ruiz say?"
    )


def test_a_currency_code_before_its_figure_is_no_name_to_ask_about() -> None:
    """ "CAD 1,500", "NOK 700 million": a code before a figure, not a name a speaker spoke of."""
    for text in (
        "Harlow Dairy said it would offer CAD 1,500 to every household with a receipt.",
        "Harlow Dairy said the loss came to NOK 700 million.",
    ):
        assert not any("CAD" in q or "NOK" in q for q in statement_questions(text)), statement_questions(text)
    assert (
        statement_questions("Harlow Dairy said it would write to Oslo.")[0]
        == "What did Harlow Dairy say about Oslo?"
    )


def test_seed_examples_are_answered_from_their_own_article(seeds_engine: Engine) -> None:
    digest = build_digest(seeds_engine)
    assert 2 <= len(digest.examples) <= 4
    for question in digest.examples:
        answer = seeds_engine.ask(question)
        assert not answer.abstained and answer.citations, question
    assert digest.subjects[0] == ("Ukraine", 11)  # the dated lines of the seeds naming Ukraine
    assert all(name[0].isupper() for name, _ in digest.subjects)


def test_another_corpus_gets_its_own_examples(tmp_path: Path) -> None:
    engine = build_engine(write_alpine_corpus(tmp_path))
    examples = build_digest(engine).examples
    assert len(examples) >= 2, examples
    assert all(any(p in q for p in ("Mara Lind", "Ivo Brant", "Kaja Holm", "Sven Ro")) for q in examples), (
        examples
    )


def test_an_outlet_in_a_dateline_is_no_one_spoken_about() -> None:
    """A wire's dateline, "(Meridian Press Agency) -", names who reported the statement: "What did Victor
    Aldane say about Meridian Press Agency?" asks something no sentence answers."""
    text = "DUNMORE, March 3 (Meridian Press Agency) - Victor Aldane said on Tuesday that the fund was sound."
    asked = statement_questions(text, outlets=frozenset({"meridian press agency"}))
    assert asked and not any("Meridian" in q for q in asked), asked
    told = "Head teacher Sarah Okafor told the Echo that pupils were safe."
    asked = statement_questions(told, outlets=frozenset({"northfield echo"}))
    assert asked and not any("Echo" in q for q in asked), asked


def test_a_statement_is_asked_about_words_written_together() -> None:
    """ "said repairs to the camera system": "about repairs", not "about repairs camera", which reads as
    no one writes."""
    asked = statement_questions("The Ministry of Justice said repairs to the camera system would take weeks.")
    assert asked == [
        "What did the Ministry of Justice say?",
        "What did the Ministry of Justice say about repairs?",
    ]
    asked = statement_questions("Sarah Okafor said staff acted quickly and calmly.", frozenset({"okafor"}))
    assert asked[-1] == "What did Sarah Okafor say about staff?", asked


def test_a_place_an_outlet_is_named_after_is_still_spoken_about() -> None:
    """ "Scotland" of BBC Scotland, written without "the": a place, not the outlet shortened."""
    asked = statement_questions(
        "Anna Ross said the storm hit Scotland hard.", outlets=frozenset({"bbc scotland"})
    )
    assert asked and any("Scotland" in q for q in asked), asked
