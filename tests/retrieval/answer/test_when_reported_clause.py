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
