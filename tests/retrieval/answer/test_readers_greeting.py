"""A live page's greeting or sign-off to its readers ("Good morning and welcome to our coverage of the
ferry inquiry", "That's the end of our live coverage for today") answers no question, however many of
its words it holds: it tells no event."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import engine_of, filler

BLOG = (
    "9:05 a.m. Good morning and welcome to our coverage of the first day of the Kestle ferry inquiry.\n\n"
    "10:20 a.m. The ferry's chief engineer, Ola Brandt, told the inquiry the bow door had been repaired "
    "twice in 2024.\n\n"
    "4:45 p.m. That's the end of our live coverage of the ferry inquiry for today."
)


def test_a_greeting_or_sign_off_answers_nothing(tmp_path: Path) -> None:
    docs = [
        {"id": "blog", "title": "LIVE: Kestle ferry inquiry", "published": "2025-05-12", "text": BLOG},
        *filler(12),
    ]
    news = engine_of(tmp_path, docs)
    asked = ("what time did the ferry inquiry end", "when did the first day of the ferry inquiry start")
    for question in asked:
        a = news.ask(question)
        assert all("welcome" not in s.text and "end of our" not in s.text for s in a.statements), (
            question,
            a.answer,
        )
    a = news.ask("who is the ferry's chief engineer")
    assert not a.abstained and "Ola Brandt" in a.answer, a.answer
