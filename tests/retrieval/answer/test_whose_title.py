"""A title the question gives its owner ("the prime minister of the eu") is another's when a sentence
writes it under a body's acronym ("UK Prime Minister ...") or a nationality, and another role when a word
before it makes it one past the title's other words ("Deputy Prime Minister", "Vice-Prime Minister"); an
owner written as an acronym is a name though WordNet files it under common words ("eu": europium). A
plural title bound to a body ("nato's foreign ministers") is its members' ("French Foreign Minister
..."). Pinned on small made-up corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.bridge import wordnet
from retrieval.answer.elsewhere import bound_elsewhere, other_role
from retrieval.answer.question import analyze
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import engine_of, filler

_ROME = (
    "Tom Reed met Italian Prime Minister Aldo Ferri in Rome to discuss the EU budget. "
    "The talks lasted two hours."
)
_BRUSSELS = (
    "UK Prime Minister Jane Holt addressed EU leaders in Brussels on the farm subsidy plan. "
    "Farmers have protested against the plan."
)


def test_a_title_under_another_body_does_not_answer_for_the_eu(tmp_path: Path) -> None:
    if wordnet() is None:
        pytest.skip("WordNet is not installed")
    docs = [
        {"id": "rome", "title": "Reed in Rome", "text": _ROME},
        {"id": "brussels", "title": "Farm subsidy plan", "text": _BRUSSELS},
        *filler(12),
    ]
    engine = engine_of(tmp_path, docs)
    for asked in ("who is the prime minister of the eu", "Who is the prime minister of the EU?"):
        a = engine.ask(asked)
        assert a.abstained, a.answer


def _is_name(*names: str):  # type: ignore[no-untyped-def]
    return lambda t: t in names


def test_a_deputy_or_hyphened_vice_title_is_another_role() -> None:
    if wordnet() is None:
        pytest.skip("WordNet is not installed")
    tok = Tokenizer()
    q = analyze("who is the prime minister of ruritania", tok)
    name = _is_name("ruritania")
    assert other_role(q, "Vice-Prime Minister Oleg Marenko spoke in Ruritania.", tok, name)
    assert other_role(q, "Deputy Prime Minister Oleg Marenko spoke in Ruritania.", tok, name)
    assert not other_role(q, "Prime Minister Oleg Marenko spoke in Ruritania.", tok, name)


def test_members_titles_and_spelled_out_acronyms_are_the_owners() -> None:
    if wordnet() is None:
        pytest.skip("WordNet is not installed")
    tok = Tokenizer()
    text = "French Foreign Minister Luc Perrin said NATO envoys met in Oslo."
    q = analyze("where did NATO's foreign ministers meet", tok)
    assert not bound_elsewhere(q, text, tok.term_set(text), tok, _is_name("nato"))
    one = analyze("where did NATO's foreign minister go", tok)
    assert bound_elsewhere(one, text, tok.term_set(text), tok, _is_name("nato"))
