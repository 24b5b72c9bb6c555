"""An outlet's name is no part of what "according to <outlet> ..." asks: a word of the name ("Wire",
a money transfer) does not make "how much grain" ask for a sum of money, which the outlet's own
sentence giving the tonnes then lacks."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler


def _engine(tmp_path: Path) -> Engine:
    docs = [
        {
            "id": "wire",
            "source": "Plainsfield Wire",
            "title": "Silo collapse spills grain",
            "text": "Inspectors said on Monday that about 3,400 tonnes of grain had spilled from the "
            "collapsed silo at Orrin Junction. The silo's owner, Kestrel Farms, closed the site.",
        },
        {
            "id": "gazette",
            "source": "Orrin Gazette",
            "title": "Silo owner blames storm",
            "text": "Kestrel Farms said a storm had weakened the silo at Orrin Junction before it fell. "
            "The company first estimated that 1,000 tonnes of grain had spilled.",
        },
        *filler(12),
    ]
    return engine_of(tmp_path, docs)


def test_an_outlet_named_wire_is_asked_for_an_amount_of_what_it_names(tmp_path: Path) -> None:
    a = _engine(tmp_path).ask("according to plainsfield wire how much grain spilled")
    assert not a.abstained
    assert "3,400 tonnes" in a.answer
    assert {c.doc_id for c in a.citations} == {"wire"}
