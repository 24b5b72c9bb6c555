"""A column whose credit line under the headline labels it opinion ("The Ledger Post (opinion)",
"Opinion | The Quayside Post") is an opinion piece, as a rubric opening its headline makes one: who
wrote it is asked of it as of an opinion column, and a news article's sentence answers a factual
question before its writer's view. A news credit line is none."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import build_engine
from retrieval.ingest.corpus import build_corpus

_COLUMN = """Why the harbour tolls have to go

{credit}

By Marta Quill

The harbour tolls are a tax on the people least able to pay them.
The council should scrap the tolls before the summer season begins.
"""
_NEWS = """Council keeps harbour tolls

Brackenford Echo

The council voted to keep the harbour tolls for another year, officials said.
"""


@pytest.mark.parametrize(
    "credit", ["The Ledger Post (opinion)", "Opinion | The Ledger Post", "The Ledger Post — Comment"]
)
def test_a_credit_line_labelling_opinion(tmp_path: Path, credit: str) -> None:
    (tmp_path / "column.txt").write_text(_COLUMN.format(credit=credit))
    meta = build_corpus(tmp_path).documents[0].meta
    assert meta.opinion
    assert meta.source == "The Ledger Post"


def test_a_news_credit_line_is_no_opinion(tmp_path: Path) -> None:
    (tmp_path / "news.txt").write_text(_NEWS)
    (tmp_path / "column.txt").write_text(_COLUMN.format(credit="The Ledger Post | Harbour news"))
    assert not any(d.meta.opinion for d in build_corpus(tmp_path).documents)


def test_who_wrote_the_opinion_column(tmp_path: Path) -> None:
    (tmp_path / "column.txt").write_text(_COLUMN.format(credit="The Ledger Post (opinion)"))
    (tmp_path / "news.txt").write_text(_NEWS)
    a = build_engine(tmp_path).ask("Who wrote the opinion column about the harbour tolls?")
    assert not a.abstained, a.answer
    assert a.answer.startswith("Marta Quill"), a.answer
