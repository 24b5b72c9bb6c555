"""What /help suggests and /timeline's topic completes: example questions made from the loaded corpus's
own headlines and statements, kept only when the engine answers them from that very article; and the
names its dated events mention most."""

from __future__ import annotations

import json
from pathlib import Path

from bot.digest import build_digest, statement_questions
from retrieval import Engine, build_engine


def test_statements_suggest_what_a_speaker_said_about_another_name() -> None:
    assert statement_questions(
        '"The ball is in their court," NATO Secretary General Mark Rutte said of Russia.'
    ) == [
        "What did Mark Rutte say about Russia?",
        "What did Mark Rutte say?",
    ]
    assert statement_questions("Putin Says He’s Open To Direct Talks With Kyiv") == [], (
        "Title Case proves nothing"
    )
    assert statement_questions("The weather was fine.") == []


def test_seed_examples_are_answered_from_their_own_article(seeds_engine: Engine) -> None:
    digest = build_digest(seeds_engine)
    assert 2 <= len(digest.examples) <= 4
    for question in digest.examples:
        answer = seeds_engine.ask(question)
        assert not answer.abstained and answer.citations, question
    assert digest.subjects[0] == ("Ukraine", 10)
    assert all(name[0].isupper() for name, _ in digest.subjects)


def test_another_corpus_gets_its_own_examples(tmp_path: Path) -> None:
    people = ("Hydrologist Mara Lind", "Ranger Ivo Brant", "Mayor Kaja Holm", "Pilot Sven Ro")
    things = ("glacier lake", "mountain hut", "valley road", "rescue helicopter")
    docs = [
        {
            "id": f"g{i}",
            "title": f"Report number {i} from the valley",
            "source": "Alpine Post",
            "published": f"2025-06-{i + 1:02d}",
            "text": f"{people[i]} said the {things[i]} near Sentor needed {i + 2} more weeks of work. "
            f"Volunteers from Vell helped with the {things[i]}.",
        }
        for i in range(4)
    ]
    (tmp_path / "g.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    engine = build_engine(tmp_path)
    examples = build_digest(engine).examples
    assert len(examples) >= 2, examples
    assert all(any(p in q for p in ("Mara Lind", "Ivo Brant", "Kaja Holm", "Sven Ro")) for q in examples), (
        examples
    )
