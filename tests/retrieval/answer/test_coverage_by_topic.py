"""Questions about the coverage itself ("who covered X for OUTLET", "who wrote the Q&A explainer") find
the article by what it is about within that outlet, or by the kind its headline's rubric names: an
article on a court order that writes "ordered" is the one "the injunction" means in its outlet, "who
covered ... for the Ledger" asks for its reporter (not which outlets), and "Q&A" is one word for a kind
of article, not the letters "q" and "a"."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler

_DOCS = [
    {
        "id": "ledger-court",
        "title": "Court tells port to reopen two berths",
        "source": "Harrow Ledger",
        "author": "Ada Brightwell",
        "published": "2031-03-04",
        "text": "A county judge on Tuesday ordered the Saltmere port authority to reopen two cargo berths it "
        "had shut during the dockworkers' dispute. The berths must reopen by Friday.",
    },
    {
        "id": "ledger-fares",
        "title": "Saltmere ferry fares to rise in April",
        "source": "Harrow Ledger",
        "author": "Colm Dervish",
        "published": "2031-03-06",
        "text": "Ferry fares across Saltmere harbor will rise by 40 cents in April, the port authority said. "
        "The dockworkers' dispute has cost the authority about $90,000 a week.",
    },
    {
        "id": "post-court",
        "title": "Judge grants injunction in Saltmere berth dispute",
        "source": "Fenwick Post",
        "author": "Milo Tran",
        "published": "2031-03-04",
        "text": "A judge granted an injunction on Tuesday requiring the Saltmere port authority to reopen "
        "two berths. Dockworkers said they would comply.",
    },
    {
        "id": "weekly-qa",
        "title": "Q&A: What the berth closures mean for Saltmere shippers",
        "source": "Coastline Weekly",
        "author": "Priya Halden",
        "text": "Shippers have moved some cargo to the Dunmoor terminal while the berths are closed. "
        "Most contracts allow a delay of up to ten days without penalty.",
    },
    {
        "id": "weekly-news",
        "title": "Saltmere dockworkers reject pay offer",
        "source": "Coastline Weekly",
        "author": "Tobias Wren",
        "published": "2031-03-01",
        "text": "Dockworkers at Saltmere voted to reject a pay offer of 5 percent over two years.",
    },
]


def _engine(tmp_path: Path) -> Engine:
    return engine_of(tmp_path, [*_DOCS, *filler(10)])


def test_who_covered_a_topic_for_an_outlet_is_its_reporter_on_it(tmp_path: Path) -> None:
    a = _engine(tmp_path).ask("who covered the injunction for the harrow ledger")
    assert not a.abstained
    assert a.answer.startswith("Ada Brightwell")
    assert [c.doc_id for c in a.citations] == ["ledger-court"]


def test_a_q_and_a_is_named_by_its_rubric(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    for question in ("who wrote the q&a explainer", "who wrote the coastline weekly q&a"):
        a = engine.ask(question)
        assert not a.abstained, question
        assert a.answer.startswith("Priya Halden"), question
        assert a.citations[0].doc_id == "weekly-qa"
