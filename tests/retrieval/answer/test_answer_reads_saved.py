"""What answering reads only where it can matter (speed, not answers): a digest's revisions are looked for
among the rows of its article that say the same (``compose._revised``), the other rows are not made
into Sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer import compose
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
