"""A "when did X VERB" is not dated by a date inside the clause the verb opens: "Quell testified that the
mayor told her in the spring of 2029 ..." dates the telling, not the testifying. Small made-up documents."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler


def test_a_date_in_the_clause_the_verb_opens_does_not_date_the_verb(tmp_path: Path) -> None:
    trial = (
        "Marisa Tolland, the former planning director of Orbury, took the stand in the bribery trial of "
        "Mayor Ned Varrow.\n\n"
        'Tolland testified that Varrow told her in the spring of 2029 that "Pike helps friends."\n\n'
        "The trial continues next week."
    )
    engine = engine_of(tmp_path, [{"id": "trial", "title": "Planner testifies", "text": trial}, *filler(12)])
    a = engine.ask("When did Tolland testify?")
    assert a.abstained or "spring of 2029" not in a.statements[0].text, a.answer
    assert_verbatim(engine, a)


def test_a_clause_opened_further_on_leaves_the_verbs_date(tmp_path: Path) -> None:
    """ "Many promises have been made ... we hope that ..., Ames said at a briefing on June 3": the
    "that" opens the hoping's clause, far from "made"; the briefing is dated."""
    text = (
        '"Many promises have been made, many words have been spoken, but we hope that the port reopens '
        'soon," Harbour Master Lena Ames said at a press briefing on June 3.\n\n'
        "The port has been closed for a week."
    )
    engine = engine_of(tmp_path, [{"id": "port", "title": "Port stays shut", "text": text}, *filler(12)])
    a = engine.ask("what day did ames make the statement at the press briefing")
    assert not a.abstained, a.answer
    assert "June 3" in a.statements[0].text
