"""Several outlets quoting the same words of one speaker are each cited for the statement, however
each frames the quotation."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler


def test_an_outlet_quoting_the_same_words_inside_a_longer_quotation_is_cited_too(tmp_path: Path) -> None:
    """One outlet quotes a fragment in a sentence of its own words; another quotes the same words as
    the last sentence of a longer quotation. Their word sets share too little to look like one
    statement, but the speaker's words are the same: both are cited (only the first was)."""
    docs = [
        {
            "id": "gazette",
            "title": "Port chief says strike must end soon",
            "source": "Harbor Gazette",
            "text": "Port director Alma Ferris said the strike has cost the harbour dearly. In contrast, "
            'Ferris pointed out that the dockers are "very close to the owners\' final offer," '
            "suggesting that a settlement could come within days.",
        },
        {
            "id": "courier",
            "title": "Strike talks resume at the port",
            "source": "Coastal Courier",
            "text": '"The ball is with the owners now," Ferris told the radio station on Friday. '
            "\u201cWe cannot wait for ever. The dockers are very close to the owners' final offer.\u201d",
        },
        *filler(12),
    ]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("how close are the dockers to a deal, according to ferris")
    assert not a.abstained, a.answer
    assert {c.doc_id for c in a.citations} == {"gazette", "courier"}, a.answer
    assert_verbatim(engine, a)
