""" "What is the name of the tanker" asks for a name, which news writes beside the thing's noun without a
naming word ("the oil tanker Arvida Star", "the Talon Ridge Fire"): that sentence gives the name, one that
only mentions the noun near some other name ("The tanker was insured by the Nordmark Club") does not, nor
a firm named after the noun's plural ("Halvard Tankers")."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.question import analyze, asked_called_noun
from retrieval.answer.types import type_score
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

OWNER = (
    "The stricken tanker was insured by the Nordmark Club, its owner said on Monday. "
    "The company apologised to the people of the coast."
)
ARREST = (
    "Police in Kilbarra arrested the captain of the oil tanker Arvida Star on Wednesday on suspicion of "
    "negligent navigation, three days after the ship ran aground on the Tollan Reef. "
    "The captain was released on bail."
)


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    docs = [
        {"id": "owner", "title": "Shipowner apologises for spill", "text": OWNER},
        {"id": "arrest", "title": "Captain arrested after grounding", "text": ARREST},
        *filler(12),
    ]
    return engine_of(tmp_path, docs)


@pytest.mark.parametrize("question", ["What is the name of the tanker?", "what was the tanker called"])
def test_the_name_beside_the_noun_answers(engine: Engine, question: str) -> None:
    a = engine.ask(question)
    assert not a.abstained
    assert "Arvida Star" in first_statement(a)
    assert_verbatim(engine, a)


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("Police arrested the captain of the oil tanker Arvida Star.", 1.0),
        ("The Talon Ridge Fire has grown to 3,500 acres.", 1.0),
        # a name beside the noun's plural is a firm of them, not the thing's name
        ("Halvard Tankers operates a fleet of 14 tankers from Kessel.", 0.5),
        ("The tanker was insured by the Nordmark Club.", 0.5),
    ],
)
def test_a_name_beside_the_asked_noun_is_the_kind_asked(text: str, score: float) -> None:
    tokenizer = Tokenizer()
    noun = "fire" if "Fire" in text else "tanker"
    q = analyze(f"What is the name of the {noun}?", tokenizer)
    assert type_score(q.kind, text, q, tokenizer) == score


@pytest.mark.parametrize(
    ("question", "searched"),
    [
        ("what was the tanker called", False),
        ("What is the software platform at the centre of the outage called?", False),
        # a person's: who it is, which the person's own word beside the name tells ("called" is searched
        # for as before, and the sentence naming someone else beside "the sister of" still falls short)
        ("What was the murder victim's sister called?", True),
    ],
)
def test_called_is_no_topic_of_a_things_name(question: str, searched: bool) -> None:
    assert ("call" in analyze(question, Tokenizer()).terms) is searched


def test_the_noun_called_is_the_one_before_its_clause() -> None:
    # "what was the tanker that spilled oil off Hesketh called": the tanker's name, not Hesketh's; a name
    # away from "tanker" ("insured by the Nordmark Club") is not the kind asked
    question = "What was the tanker that spilled oil off Hesketh called?"
    assert asked_called_noun(question) == "tanker"
    tokenizer = Tokenizer()
    q = analyze(question, tokenizer)
    insured = "The tanker was insured by the Nordmark Club, its owner said."
    assert type_score(q.kind, insured, q, tokenizer) < 1.0
