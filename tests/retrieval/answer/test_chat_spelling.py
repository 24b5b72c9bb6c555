"""A question opening with a chat spelling of its asking word ("whos", "wich", "wen") is read as the
question word it stands for, so the kind of answer it asks for is the same as when spelt out; a real
word, or one the coverage itself uses, stays as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.bridge import correct
from retrieval.answer.phrases import subject
from retrieval.answer.question import analyze, spelled_out
from retrieval.answer.select import FUNCTION_WORDS
from retrieval.search.text import stem
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

FERRY = {
    "id": "ferry",
    "title": "Ferry operator fills top post",
    "text": "The director of the ferry operator is chosen by the board of the ferry operator every five "
    "years. "
    "The board said on Tuesday that Maria Keller will be the next director. "
    "The board thanked the outgoing director for her years of service.",
}

ARREST = (
    "Police arrested two men early on Tuesday in connection with the fire at the grain warehouse, "
    "the county police said. "
    "Officers detained the two men at separate addresses in Oakridge. "
    "The two men will appear in court next week."
)


@pytest.fixture(scope="module")
def ferry(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("ferry"), [FERRY, *filler(12)])


@pytest.mark.parametrize(
    "question", ["whos the director of the ferry operator", "Whos the director of the ferry operator?"]
)
def test_a_chat_spelling_of_who_asks_for_a_person(ferry: Engine, question: str) -> None:
    """Read as a "who", the echo of the question is not the whole answer: the name is quoted too."""
    a = ferry.ask(question)
    assert not a.abstained
    assert "Maria Keller" in a.answer
    assert a.question == question  # shown as asked
    assert_verbatim(ferry, a)


def test_an_asking_word_run_into_a_function_word_asks_as_both(ferry: Engine, tmp_path: Path) -> None:
    """ "howmany", "whois" read as written were names the coverage lacks (a decline: "I searched it for:
    howmany")."""
    a = ferry.ask("whois the next director")
    assert not a.abstained, a.answer
    assert "Maria Keller" in a.answer
    news = engine_of(tmp_path, [{"id": "arrest", "title": "Two men held", "text": ARREST}, *filler(12)])
    a = news.ask("howmany men did police arrest")
    assert not a.abstained, a.answer
    assert "two men" in first_statement(a), a.answer


def _never(word: str) -> bool:
    return False


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("wich app did he use", "which app did he use"),
        ("whats the plan", "what is the plan"),
        ("Whos in charge?", "who is in charge?"),
        ("wen did it open", "when did it open"),
        ("wat happened", "what happened"),
        ("wher did it open", "where did it open"),  # one edit from "when" too, but no dropped letter of it
        ("whn did it open", "when did it open"),  # and from "who"
        ("howmany died", "how many died"),
        ("whatis the plan", "what is the plan"),
        ("according to the Post whats the margin", "according to the Post what is the margin"),
        ("ok so whos running it", "ok so who is running it"),
    ],
)
def test_the_asking_word_is_spelt_out(asked: str, read: str) -> None:
    assert spelled_out(asked, _never) == read


@pytest.mark.parametrize(
    "asked",
    [
        "that bridge, when does it open",  # a real word one edit from "what"
        "then what happened",
        "how did it end",  # already spelt
        "ho did it end",  # a dropped letter from both "how" and "who"
        "however it ends",  # a word of its own
        "Sandra said what",  # not near an asking word
    ],
)
def test_other_first_words_stay(asked: str) -> None:
    assert spelled_out(asked, _never) == asked


def test_a_word_the_coverage_uses_stays() -> None:
    assert spelled_out("Wat Arun reopened when", lambda w: w == "wat") == "Wat Arun reopened when"


@pytest.mark.parametrize(
    "question", ["When does the new bus start?", "when will the bus service start", "Where is the war?"]
)
def test_the_noun_a_question_is_about_is_not_a_chat_spelling_of_a_function_word(
    ferry: Engine, question: str
) -> None:
    """ "bus" is one edit from "but", "war" from "was": a question about a bus the coverage never
    mentions is declined, not answered by its other words ("the next director will be chosen ...
    start"). A verb the coverage lacks may still be read as a chat spelling ("add" ~ "and")."""
    a = ferry.ask(question)
    assert a.abstained, a.answer


def test_a_chat_spelling_of_a_function_word_still_searches_for_nothing(ferry: Engine) -> None:
    a = ferry.ask("hav the board chosen the next director of the ferry operator")
    assert not a.abstained, a.answer
    assert "Maria Keller" in a.answer


def test_a_chat_letter_for_you_is_not_what_the_question_is_about(ferry: Engine) -> None:
    # "u" for "you": not a noun the coverage lacks ("nothing in it mentions u"), read past as "you" is
    tokenizer = ferry._ctx.tokenizer
    assert subject("why do u have to renew the ferry director", tokenizer) == subject(
        "why do you have to renew the ferry director", tokenizer
    )
    a = ferry.ask("is u the next director of the ferry operator")
    assert "nothing in it mentions" not in a.answer


@pytest.mark.parametrize(
    "question", ["why werent the kestrel ballots counted", "why didnt they count the kestrel ballots"]
)
def test_a_contraction_without_its_apostrophe_is_no_search_word(tmp_path: Path, question: str) -> None:
    text = (
        "The Kestrel ballots were not counted because the envelopes had been sealed after the deadline, "
        "the county clerk said. A judge will review the decision next week."
    )
    engine = engine_of(tmp_path, [{"id": "ballots", "title": "Kestrel ballots", "text": text}, *filler(12)])
    a = engine.ask(question)
    assert not a.abstained, a.answer
    assert "because the envelopes" in a.statements[0].text


@pytest.mark.parametrize("question", ["what is the 6m for", "whats the $6m for?", "what was the 2.5bn for"])
def test_a_figure_with_its_scale_run_in_finds_it_written_out(tmp_path: Path, question: str) -> None:
    """ "6m" is how chat writes "$6 million"; the coverage writes it out, in two words held together."""
    text = (
        "The harbour board released $6 million in emergency funding for the sea wall on Thursday. "
        "The port also set aside $2.5 billion for a new container terminal. "
        "Work on the wall starts next week."
    )
    news = engine_of(tmp_path, [{"id": "wall", "title": "Sea wall money", "text": text}, *filler(12)])
    a = news.ask(question)
    assert not a.abstained, a.answer
    figure = "$2.5 billion" if "2.5bn" in question else "$6 million"
    assert figure in a.statements[0].text, a.answer
    assert_verbatim(news, a)


@pytest.mark.parametrize("word", ["lost", "owns"])
def test_a_word_in_use_is_no_chat_spelling_of_the_function_word_one_edit_away(
    ferry: Engine, word: str
) -> None:
    """ "lost" is one edit from "most", "owns" from "own": read as those, the word
    the question turns on weighed nothing ("how many jobs were lost" asked only "how many jobs"). A
    word WordNet's tagged corpus saw is meant as written, and weighs as a word the coverage lacks."""
    ctx = ferry._ctx
    assert correct(word, stem(word), ctx.scorer, ctx.vocab, FUNCTION_WORDS) != ""


@pytest.mark.parametrize("word", ["wat", "wether", "hav"])
def test_a_rare_or_unknown_word_one_edit_from_a_function_word_is_still_chat(ferry: Engine, word: str) -> None:
    """ "wether" (a ram to WordNet, never seen in its tagged corpus) and "wat" are chat's "whether" and
    "what": nothing to search."""
    ctx = ferry._ctx
    assert correct(word, stem(word), ctx.scorer, ctx.vocab, FUNCTION_WORDS) == ""


@pytest.mark.parametrize(
    "question", ["What kinds of boats does the ferry operator run?", "which types of boats run"]
)
def test_a_plural_kind_of_frames_the_question_as_the_singular_does(ferry: Engine, question: str) -> None:
    """ "what kinds of fish": the answer names the kinds; "kinds" is how the question asks, as "what kind
    of" is, and no word a sentence must hold (read as one, "kinds" was chat's "kinda")."""
    q = analyze(question, ferry._ctx.tokenizer)
    assert "boat" in q.terms
    assert not {"kind", "type"} & set(q.terms)


def test_a_chat_where_with_a_dropped_letter_asks_for_a_place(tmp_path: Path) -> None:
    """ "wher" is one edit from "when" too: read as neither, the question asked for nothing in
    particular and was answered by the arrest's own sentence, which names no place."""
    news = engine_of(tmp_path, [{"id": "arrest", "title": "Two men held", "text": ARREST}, *filler(12)])
    a = news.ask("wher did the police arrest them")
    assert not a.abstained, a.answer
    assert "Oakridge" in first_statement(a), a.answer
    assert_verbatim(news, a)
