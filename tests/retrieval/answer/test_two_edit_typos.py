"""A long misspelling nothing one edit away reads is read as the coverage's word two edits from it
(``spellings._two_edits_word``: "electrol", a letter dropped and two swapped, of "electoral") where
that word's term is the only one of the coverage two edits from it, with its first letter. Where two
terms are as near ("electric" too), where the word is shorter than seven letters, or where the question
asks for someone there, or where no sentence holds the reading with another of the question's words,
the word stays as typed."""

from __future__ import annotations

import pytest

from retrieval import Engine
from retrieval.answer.spellings import _two_edits_word, respelt
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

INQUIRY = {
    "id": "count-inquiry",
    "title": "Inquiry into the Marshfield count",
    "text": "The National Electoral Commission has opened an inquiry into the lost ballot box in Marshfield. "
    "Commissioner Ada Brook, who will lead the inquiry, announced it on Wednesday. "
    "The electoral register for the ward will be checked again, the commission said. "
    "Volunteers counted the ballots twice before the result was declared.",
}
#: a second term two edits from "electrol": "electric" (its stem "electr")
POWER = {
    "id": "count-power",
    "title": "Power cut at the count",
    "text": "An electric fault cut the lights at the Marshfield count for an hour on Thursday night. "
    "The electric supply was restored by midnight, the council said.",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("two_edits"), [INQUIRY, *filler(12)])


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("two_edits_both"), [INQUIRY, POWER, *filler(12)])


def test_a_two_edit_misspelling_is_read_as_the_coverage_word(engine: Engine) -> None:
    assert respelt("who leads the electrol inquiry", engine._ctx) == "who leads the electoral inquiry"


def test_a_two_edit_misspelling_is_answered_as_spelt_right(engine: Engine) -> None:
    typed = engine.ask("who is leading the electrol commission inquiry")
    right = engine.ask("who is leading the electoral commission inquiry")
    assert not typed.abstained and first_statement(typed) == first_statement(right), typed.answer
    assert "Ada Brook" in first_statement(typed)
    assert_verbatim(engine, typed)


def test_two_coverage_terms_as_near_leave_it(both: Engine) -> None:
    # ("electric" is two edits from "electrol" too: which was meant, the coverage cannot tell)
    assert respelt("who leads the electrol inquiry", both._ctx) == "who leads the electrol inquiry"


def test_a_reading_no_sentence_holds_with_the_other_words_stays(engine: Engine) -> None:
    # (no sentence writes of the electoral and the sculpture together: two edits make many words)
    asked = "who made the electrol sculpture"
    assert respelt(asked, engine._ctx) == asked


def test_a_word_asked_as_someone_stays(engine: Engine) -> None:
    # (a name the coverage lacks, however near a word of it)
    assert respelt("what did electrol say", engine._ctx) == "what did electrol say"


def test_a_short_word_is_not_read_two_edits_away(engine: Engine) -> None:
    # ("cuontd" is two edits from the coverage's "counted" only: two edits of six letters make too many words)
    assert _two_edits_word("cuontd", set(), engine._ctx) == ""
    assert _two_edits_word("cuonted", set(), engine._ctx) == "counted"
