""" "Which outlets covered the strike" lists the outlets with an article holding the word (or its
searched spelling), not one whose article holds only a variant WordNet relates to it, of another of its
senses ("struck" of "strike": a storm struck the harbour): that article never mentions the strike."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import engine_of, filler


def test_an_outlet_holding_only_a_synonym_of_another_sense_did_not_cover_it(tmp_path: Path) -> None:
    docs = [
        {
            "id": "walk",
            "source": "Brambleton Herald",
            "title": "Brambleton nurses walk out",
            "text": "Nurses at Brambleton Hospital began a strike on Monday over staffing levels. "
            "The strike closed two wards, the hospital said.",
        },
        {
            "id": "union",
            "source": "Tri-Valley Times",
            "title": "Nurses' union vote",
            "text": "The nurses' union said the strike at Brambleton Hospital would last a week.",
        },
        {
            "id": "storm",
            "source": "Coastline Weekly",
            "title": "Storm closes harbour",
            "text": "A winter storm struck the Brambleton harbour on Tuesday, closing the ferry pier. "
            "Fishing crews stayed in port for two days.",
        },
        *filler(12),
    ]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("which outlets covered the strike")
    assert not a.abstained
    assert "Brambleton Herald" in a.answer and "Tri-Valley Times" in a.answer
    assert "Coastline Weekly" not in a.answer


def test_an_article_on_it_by_its_headline_is_cited_by_its_lead(tmp_path: Path) -> None:
    # the explainer's body never writes the topic's word; its first line is a one-word reply
    docs = [
        {
            "id": "news",
            "source": "Brambleton Herald",
            "title": "Ferry walkout halts crossings",
            "text": "A walkout by ferry crews halted every crossing to Gullholm on Monday. "
            "The operator said talks would resume on Friday.",
        },
        {
            "id": "explainer",
            "source": "Coastline Weekly",
            "title": "Ferry walkout: your questions answered",
            "text": "Will I get my fare back?\n\nYes. The operator says every passenger booked on a "
            "cancelled sailing will be refunded in full within ten days.\n\nCan I travel another way?\n\n"
            "A relief boat leaves the north quay twice a day.",
        },
        *filler(12),
    ]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("which outlets covered the walkout")
    assert not a.abstained and "Coastline Weekly" in a.answer, a.answer
    quotes = {c.source: c.quote for c in a.citations}
    assert quotes["Coastline Weekly"].startswith("The operator says every passenger"), quotes
