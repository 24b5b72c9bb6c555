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
            'Ferris pointed out that the dockers are "very close to the owners\' final offer."',
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


def test_an_outlet_quoting_only_the_quoted_words_is_not_cited_for_what_is_said_around_them(
    tmp_path: Path,
) -> None:
    """A short quotation inside a statement that says more ('... would "keep funding the tram line" only
    if the state paid half of its cost'): another outlet quoting the same words in a sentence of its own
    says the quotation, not the condition around it, so it is not cited for the statement (it was); its
    own sentence is quoted as a statement of its own, cited to itself."""
    docs = [
        {
            "id": "herald",
            "title": "Mayor sets terms for tram money",
            "source": "City Herald",
            "text": "Mayor Lena Ostrova spoke at the council meeting. Ostrova said the city would "
            '"keep funding the Kessel tram line" only if the state government paid half of its cost.',
        },
        {
            "id": "post",
            "title": "Tram line vote delayed",
            "source": "Evening Post",
            "text": "The council delayed its vote on the tram line. Ostrova promised voters that she would "
            '"keep funding the Kessel tram line" after the budget review.',
        },
        *filler(12),
    ]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("on what condition will the city keep funding the Kessel tram line")
    assert not a.abstained, a.answer
    first = a.statements[0]
    assert "state government paid half" in first.text, a.answer
    assert {c.doc_id for c in a.citations if c.n in first.citations} == {"herald"}, a.answer
    own = [st for st in a.statements if "budget review" in st.text]
    assert own and {c.doc_id for c in a.citations if c.n in own[0].citations} == {"post"}, a.answer
    assert_verbatim(engine, a)


def test_an_outlet_quoting_the_words_is_not_cited_for_when_and_where_it_does_not_say_they_were_said(
    tmp_path: Path,
) -> None:
    """'"...," Ferris said in Harwick on March 14': an outlet quoting the same words without saying where
    or when does not state the statement's place and date, so it is not cited for it (it was: only the
    quoted words' own facts were compared)."""
    said = "We will not sign anything until the owners put the pension offer back on the table"
    docs = [
        {
            "id": "gazette",
            "title": "Port chief rules out deal",
            "source": "Harbor Gazette",
            "text": f'"{said}," port director Alma Ferris said in Harwick on March 14 after the talks ended.',
        },
        {
            "id": "courier",
            "title": "Strike talks stall at the port",
            "source": "Coastal Courier",
            "text": f'The dockers\' leader was blunt. "{said}," Ferris said.',
        },
        *filler(12),
    ]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("what did Ferris say about the pension offer in Harwick on March 14")
    assert not a.abstained, a.answer
    first = a.statements[0]
    assert "March 14" in first.text, a.answer
    assert {c.doc_id for c in a.citations if c.n in first.citations} == {"gazette"}, a.answer
    assert_verbatim(engine, a)
