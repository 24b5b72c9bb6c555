"""A decline says which words it searched the coverage for, as that: a list headed "I looked for" was read as
the words the coverage never writes, when the first of them ("tanker") was in every article; and what the
passage nearest to an answer lacks ("does not mention school") read as false of a coverage where most passages
write it."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import build_engine
from tests.retrieval.answer.corpora import engine_of, filler

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


# A decline naming the act no sentence holds quotes the word as asked ('nothing in it mentions "replaced"'): a
# verb read bare after "mentions" is not English, and the quotes show it is the reader's own word.
_MUSEUM = (
    "The Halden Art Museum closed its east wing on Monday after a water pipe burst above the gallery. "
    "Director Mira Solberg said repairs would take several weeks. "
    "The museum's west wing stays open to visitors."
)


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Who replaced Solberg as director?", "replaced"),
        ("who bought the halden art museum", "bought"),
        ("When did the east wing reopen?", "reopen"),
    ],
)
def test_the_missing_act_is_quoted_as_asked(tmp_path: Path, question: str, word: str) -> None:
    docs = [{"id": "wing", "title": "Museum wing closed", "published": "2026-03-03", "text": _MUSEUM}]
    docs += [{**d, "published": f"2026-02-{i + 1:02d}"} for i, d in enumerate(filler(12))]
    a = engine_of(tmp_path, docs).ask(question)
    assert a.abstained, a.answer
    assert f'(nothing in it mentions "{word}")' in a.answer, a.answer
