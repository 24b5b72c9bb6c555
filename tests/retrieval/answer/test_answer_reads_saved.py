"""What answering reads only where it can matter (speed, not answers): a digest's revisions are looked for
among the rows of its article that say the same (``compose._revised``), the other rows are not made into
Sentences; a question word is checked against the coverage's sentences as a misspelt name
(``spellings._name_near``) only where a name one edit away sounds as it does."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer import compose, spellings
from retrieval.answer.question import analyze
from retrieval.ingest.sentences import SentenceStore
from tests.retrieval.answer.corpora import engine_of, filler

#: a live page's count, which none of its many other entries says again
LIVE = {
    "id": "live",
    "title": "LIVE: Tunnel fire",
    "source": "Capital Herald",
    "text": "08:05 At least 12 people were injured in the tunnel fire, the fire service said.\n\n"
    + "\n\n".join(
        f"09:{i:02d} Crews on shift {i} cleared debris from lane {i} of the approach road." for i in range(20)
    ),
}


#: a name one edit from a common word ("Bell", "sell"), which does not sound as the word does
MAYOR = {
    "id": "mayor",
    "title": "Mayor opens market hall",
    "text": "Mayor Ola Bell opened the new market hall on Friday. Bell said stalls would open at dawn.",
}


def test_a_revision_is_looked_for_without_making_the_articles_other_sentences(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = engine_of(tmp_path, [LIVE, *filler(6)])._ctx
    doc = ctx.documents["live"]
    first = doc.sentences[0]
    made: list[int] = []
    real = SentenceStore.make

    def make(store: SentenceStore, i: int) -> object:
        made.append(i)
        return real(store, i)

    monkeypatch.setattr(SentenceStore, "make", make)
    q = analyze("how many people were injured in the tunnel fire", ctx.tokenizer)
    assert compose._revised(ctx, [[first]], q) == [[first]]  # (no entry revises it)
    assert made == []  # none of the twenty crews' entries, which share none of its words


def test_a_word_no_name_near_it_sounds_like_reads_no_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = engine_of(tmp_path, [MAYOR, *filler(6)])._ctx
    read: list[str] = []

    def writes(word: str, ctx: object, *, cased: bool = False) -> bool:
        read.append(word)
        return False

    monkeypatch.setattr(spellings, "writes", writes)
    monkeypatch.setattr(spellings, "_written_as_name", lambda word, ctx: read.append(word) or False)
    assert "bell" in spellings.edits1("sell")
    assert spellings._name_near("sell", ctx) == ""  # "did ola sell the hall": "sell" is meant as written
    assert read == []
