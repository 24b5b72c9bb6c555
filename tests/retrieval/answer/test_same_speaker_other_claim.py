"""[k] after a statement means source k says it. Two outlets quoting the same person, by the same name
and title, saying different things ("would comply" / "does not comment on pending litigation") share
nearly every word by their names alone: the words that are not names must agree too, or the other
outlet is not cited for the statement."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

LEDGER = (
    "The state ordered the Harlow Water Board to replace its lead pipes by 2030. "
    "Interim director Nadia Brook said the board would comply."
)
TV = (
    "Parents sued the Harlow Water Board over lead in school fountains. "
    "Interim director Nadia Brook said the board does not comment on pending litigation."
)
POST = (
    "Harlow must replace its lead pipes by 2030, the state said. "
    "Interim director Nadia Brook said the board would comply with the order."
)


def test_an_outlet_quoting_the_same_person_saying_something_else_is_not_cited(tmp_path: Path) -> None:
    engine = engine_of(
        tmp_path,
        [
            {"id": "ledger", "title": "State orders Harlow pipe replacement", "text": LEDGER},
            {"id": "tv", "title": "Parents sue Harlow Water Board", "text": TV},
            {"id": "post", "title": "Harlow told to replace lead pipes", "text": POST},
            *filler(12),
        ],
    )
    a = engine.ask("what did nadia brook say")
    assert not a.abstained
    assert_verbatim(engine, a)
    first = a.statements[0]
    cited = {a.citations[n - 1].doc_id for n in first.citations}
    if "would comply" in first.text:
        assert "tv" not in cited  # says she does not comment, not that the board would comply
        assert "post" in cited  # says it, with a detail more
    else:
        assert cited == {"tv"}
