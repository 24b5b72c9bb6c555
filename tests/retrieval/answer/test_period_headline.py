"""A question placed in a year is answered by a sentence of an article whose headline places its story
in that year, though the sentence itself names only a later date ("... which it repaid in 2020")."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

AUDIT = (
    "Auditors found the Tollbridge Ferry Company overcharged riders on its harbour route, records show. "
    "The regional transport board penalized the operator $12,500, which Tollbridge settled in 2020. "
    "The route has not been audited since, a board spokeswoman said."
)
LATER = (
    "The Tollbridge Ferry Company added two boats to its harbour route this spring. "
    "Fares on the route will rise by 50 cents in June, the operator said."
)


def test_the_headlines_year_places_its_articles_sentences(tmp_path: Path) -> None:
    docs = [
        {
            "id": "audit",
            "title": "Tollbridge ferry overcharged riders in 2019, audit found",
            "published": "2025-04-02",
            "text": AUDIT,
        },
        {"id": "boats", "title": "Tollbridge adds boats", "published": "2025-05-10", "text": LATER},
    ]
    for i, doc in enumerate(filler(12)):
        docs.append({**doc, "published": f"2025-03-{i + 1:02d}"})
    engine = engine_of(tmp_path, docs)
    a = engine.ask("how much was tollbridge penalized in 2019")
    assert not a.abstained
    assert_verbatim(engine, a)
    assert "$12,500" in first_statement(a)


def test_a_year_no_headline_or_sentence_states_still_declines(tmp_path: Path) -> None:
    docs = [
        {"id": "audit", "title": "Ferry overcharged riders", "published": "2025-04-02", "text": AUDIT},
    ]
    engine = engine_of(tmp_path, [*docs, *filler(12)])
    assert engine.ask("how much was tollbridge penalized in 2017").abstained
