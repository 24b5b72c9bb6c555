"""A decline says which words it searched the coverage for, as that: a list headed "I looked for" was read as
the words the coverage never writes, when the first of them ("tanker") was in every article; and what the
passage nearest to an answer lacks ("does not mention school") read as false of a coverage where most passages
write it."""

from __future__ import annotations

from pathlib import Path

from retrieval import build_engine

TEXT = (
    "Title: Tanker runs aground\nBy Ana Ruiz\n\n"
    "The tanker Marisol Venture ran aground off Port Aven on Monday. The tanker's captain, Ivo Brandt, was "
    "arrested on Tuesday. Coastguards said the tanker was leaking oil into the bay.\n"
)


def test_a_decline_names_the_words_searched_for_as_searched(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(TEXT, encoding="utf-8")
    answer = build_engine(corpus).ask("what did the tanker's owner say")
    assert answer.abstained, answer.answer
    assert "mention" not in answer.answer and "looked for" not in answer.answer, answer.answer
    assert answer.answer.endswith("I searched it for: tanker, owner."), answer.answer
    assert answer.looked_for == ["tanker", "owner"]
