"""One outlet credited two ways across a corpus's files ("The Brennport Courier" and "Brennport Courier")
is one outlet in answers: counted once in "which outlets reported ...", named and cited under its most
complete name, and found by either name in "according to ...". An acronym stays its own outlet though its
letters are another outlet's initials ("BBC", "Bramley Borough Chronicle"). The sources listing keeps
each document's own outlet as its file gives it."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler


def _engine(root: Path) -> Engine:
    docs = [
        {
            "id": "courier-fine",
            "source": "The Brennport Courier",
            "title": "Ferry operator fined over Tarrow crossing",
            "text": "The Tarrow ferry operator was fined 40,000 pounds on Tuesday for overloading its "
            "vessel.",
        },
        {
            "id": "courier-appeal",
            "source": "Brennport Courier",
            "title": "Ferry operator to appeal fine",
            "text": "The Tarrow ferry operator will appeal the fine for overloading its vessel, its lawyer "
            "said.",
        },
        {
            "id": "wire-fine",
            "source": "Tessaly Press Wire",
            "title": "Tarrow ferry firm penalised",
            "text": "A court fined the Tarrow ferry operator for carrying too many passengers.",
        },
        {
            "id": "wire-crane",
            "source": "TPW",
            "title": "Port board backs new crane",
            "text": "The Brennport port board approved a new container crane costing 3 million pounds.",
        },
        {
            "id": "times-crane",
            "source": "Orrin Times",
            "title": "Crane plan approved",
            "text": "The port board approved a new crane for the container terminal on Monday.",
        },
        *filler(12),
    ]
    return engine_of(root, docs)


def test_an_outlet_under_two_names_is_listed_once(tmp_path: Path) -> None:
    a = _engine(tmp_path).ask("which outlets reported the ferry operator's fine")
    assert not a.abstained, a.answer
    assert a.answer.count("Brennport Courier") == 1, a.answer
    assert "The Brennport Courier" in a.answer, a.answer
    assert "Tessaly Press Wire" in a.answer, a.answer


def test_an_acronyms_articles_keep_their_outlet(tmp_path: Path) -> None:
    a = _engine(tmp_path).ask("which outlets reported the new crane")
    assert not a.abstained, a.answer
    assert "TPW" in a.answer and "Tessaly Press Wire" not in a.answer, a.answer
    assert {c.source for c in a.citations if c.doc_id == "wire-crane"} == {"TPW"}


def test_an_acronym_is_not_the_outlet_its_letters_are_the_initials_of(tmp_path: Path) -> None:
    docs = [
        {"id": "bbc1", "title": "Storm closes Tarrow bridge", "source": "BBC", "published": "2026-03-02",
         "text": "The Tarrow bridge was closed on Sunday after gusts of 80 mph hit the coast, the highways "
         "office said."},
        {"id": "bbc2", "title": "Tarrow schools shut", "source": "BBC", "published": "2026-03-03",
         "text": "Schools in Tarrow stayed shut on Monday as engineers inspected the bridge."},
        {"id": "bc1", "title": "Bramley fete", "source": "Bramley Borough Chronicle",
         "published": "2026-03-01",
         "text": "The Bramley summer fete raised 4,000 pounds for the village hall."},
        *filler(8),
    ]  # fmt: skip
    engine = engine_of(tmp_path, docs)
    a = engine.ask("Why was the Tarrow bridge closed?")
    assert {c.doc_id: c.source for c in a.citations} == {"bbc1": "BBC"}, a.answer
    a = engine.ask("What did the BBC report about the Tarrow bridge?")
    assert not a.abstained, a.answer
    assert a.citations and {c.source for c in a.citations} == {"BBC"}, a.answer
    a = engine.ask("What did the Bramley Borough Chronicle report about the Tarrow bridge?")
    assert "bbc1" not in {c.doc_id for c in a.citations}, a.answer


def test_either_name_finds_the_outlets_articles(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    a = engine.ask("according to TPW, how much will the crane cost")
    assert not a.abstained, a.answer
    assert "3 million pounds" in a.answer, a.answer
    # the crane is TPW's story, not that of the outlet whose initials TPW's letters are
    assert engine.ask("according to Tessaly Press Wire, how much will the crane cost").abstained
    a = engine.ask("what did Brennport Courier report about the ferry operator's appeal")
    assert not a.abstained, a.answer
    assert [c.doc_id for c in a.citations][:1] == ["courier-appeal"], a.answer
    a = engine.ask("what did The Brennport Courier report about the ferry operator's fine")
    assert not a.abstained, a.answer
    assert [c.doc_id for c in a.citations][:1] == ["courier-fine"], a.answer


def test_the_sources_listing_keeps_each_documents_own_outlet(tmp_path: Path) -> None:
    own = {d.doc_id: d.source for d in _engine(tmp_path).sources().documents}
    assert own["courier-appeal"] == "Brennport Courier"
    assert own["wire-crane"] == "TPW"


def test_a_timeline_cites_the_outlet_by_its_one_name(tmp_path: Path) -> None:
    docs = [
        {"id": "c1", "source": "The Brennport Courier", "published": "2026-03-02", "title": "Fined",
         "text": "The Tarrow ferry operator was fined 40,000 pounds on Monday for overloading its vessel."},
        {"id": "c2", "source": "Brennport Courier", "published": "2026-03-05", "title": "Appeal",
         "text": "The Tarrow ferry operator said on Thursday it will appeal the fine."},
        {"id": "w1", "source": "Tessaly Press Wire", "published": "2026-03-01", "title": "Dues to rise",
         "text": "Harbour dues at Brennport will rise next spring."},
        {"id": "w2", "source": "TESSALY PRESS WIRE", "published": "2026-03-06", "title": "Appeal lodged",
         "text": "The Tarrow ferry operator lodged its appeal on Friday."},
        *filler(12),
    ]  # fmt: skip
    cited = {
        c.doc_id: c.source
        for e in engine_of(tmp_path, docs).timeline("ferry operator").events
        for c in e.citations
    }
    assert cited == {"c1": "The Brennport Courier", "c2": "The Brennport Courier", "w2": "Tessaly Press Wire"}
