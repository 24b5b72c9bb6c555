""" "How old is the bridge" asks a thing's age, which news gives as the year it was made ("a steel bridge
built in 1931", "founded in 1994") as often as in years: a sentence giving that year answers, where it
was declined for holding no age."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

BRIDGE = (
    "The Kettle Bridge over the Arden river was closed on Monday after inspectors found cracks. "
    "The span, a steel truss bridge built in 1931, carries about 9,000 cars a day."
)


def test_a_things_age_is_answered_by_the_year_it_was_made(tmp_path: Path) -> None:
    engine = engine_of(
        tmp_path, [{"id": "bridge", "title": "Kettle Bridge closed", "text": BRIDGE}, *filler(12)]
    )
    a = engine.ask("how old is the kettle bridge")
    assert not a.abstained
    assert "built in 1931" in a.answer
    assert_verbatim(engine, a)
