"""A particular way of doing something says it was done: a sentence that "Ostrava invaded Velden"
answers when Ostrava attacked it, and "Lisk obtained a licence" whether it got one (WordNet's troponyms
of the asked verb's most frequent sense that mean that particular way first: "go" is no way of
"happening"). The general verb does not stand for the particular one: "Harlan attacked" does not say it
invaded."""

from __future__ import annotations

import pytest

from retrieval import Engine
from retrieval.answer.bridge import wordnet
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

WAR = (
    "Ostrava invaded Velden on 4 May 1921, according to the city archive. "
    "The archive holds letters from the period."
)
MINE = (
    "Lisk Holdings obtained a mining licence for the Corran valley in 2019. "
    "Residents have opposed the quarry since."
)
SIEGE = "Harlan forces attacked Quenby at dawn, the ministry said. The ministry gave no casualty figures."


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    docs = [
        {"id": "war", "title": "Archive opens", "text": WAR},
        {"id": "mine", "title": "Quarry row", "text": MINE},
        {"id": "siege", "title": "Dawn raid", "text": SIEGE},
        *filler(12),
    ]
    return engine_of(tmp_path_factory.mktemp("troponyms"), docs)


def test_troponyms_of_a_verb_s_first_sense_bridge_it() -> None:
    wn = wordnet()
    if wn is None:
        pytest.skip("WordNet is not installed")
    assert "invade" in wn.related("attack", 3, 1)
    assert "invade" not in wn.related("attack", 3, 0)
    assert "go" not in wn.related("happen", 3, 1)  # its own first sense is to travel


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("When did Ostrava attack Velden?", "invaded Velden on 4 May 1921"),
        ("Did Ostrava attack Velden?", "invaded Velden"),
        ("Did Lisk Holdings get a licence?", "Lisk Holdings obtained a mining licence"),
    ],
)
def test_a_particular_way_of_doing_the_asked_thing_answers(news: Engine, question: str, quote: str) -> None:
    a = news.ask(question)
    assert not a.abstained, a.answer
    assert quote in a.answer
    assert_verbatim(news, a)


def test_the_general_verb_does_not_say_the_particular_one(news: Engine) -> None:
    a = news.ask("Did Harlan invade Quenby?")
    assert "Harlan forces attacked Quenby" not in a.answer


@pytest.mark.parametrize(
    ("word", "question", "verb"),
    [
        ("sanctions", "What did she say about lifting sanctions?", False),  # a noun: to sanction is to back
        ("lifting", "What did she say about lifting sanctions?", True),
        ("keep", "does he want to keep fighting", True),
        ("close", "is the museum going to close", True),
        ("attack", "which attack killed most", False),
    ],
)
def test_only_a_word_the_question_uses_as_a_verb_takes_troponyms(
    word: str, question: str, verb: bool
) -> None:
    from retrieval.answer.phrases import used_as_verb

    assert used_as_verb(word, question) is verb
