"""A name the question writes before a noun it binds to it ("the US Mint") is the same owner when a
sentence writes it as a dotted acronym ("the U.S. Mint"): the aliases fold "U.S." and "US" into one name.
Read without its last dot, "U.S" is only a letter "u", so the sentence was taken for one about another's
mint and declined, though it gives what is asked. Another's ("the Perth Mint") still does not answer."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval import Engine, build_engine
from tests.retrieval.answer.corpora import assert_verbatim, filler, first_statement

ALIASES = 'groups = [["united kingdom", "uk", "u.k."], ["united states", "us", "u.s."]]\n'
OURS = (
    "Collectors queued outside the Harlow fair on Saturday. "
    "The U.S. Mint struck 1,200 silver medals for the Harlow fair, its director said."
)
THEIRS = "The Perth Mint struck 800 silver medals for the Harlow fair, a spokesman said."
ASKED = "How many silver medals did the US Mint strike for the Harlow fair?"


def _engine(tmp_path: Path, docs: list[dict[str, str]]) -> Engine:
    (tmp_path / "aliases.toml").write_text(ALIASES, encoding="utf-8")
    root = tmp_path / "corpus"
    root.mkdir()
    rows = [*docs, *filler(12)]
    (root / "docs.jsonl").write_text("".join(json.dumps(d) + "\n" for d in rows), encoding="utf-8")
    return build_engine(root, aliases=tmp_path / "aliases.toml")


def test_a_dotted_acronym_owns_the_noun_as_the_question_writes_it(tmp_path: Path) -> None:
    engine = _engine(
        tmp_path,
        [
            {"id": "ours", "title": "Medals for the fair", "text": OURS},
            {"id": "theirs", "title": "Perth medals", "text": THEIRS},
        ],
    )
    a = engine.ask(ASKED)
    assert not a.abstained, a.answer
    assert "1,200" in first_statement(a)
    assert_verbatim(engine, a)


def test_another_owner_of_the_noun_still_does_not_answer(tmp_path: Path) -> None:
    engine = _engine(tmp_path, [{"id": "theirs", "title": "Perth medals", "text": THEIRS}])
    a = engine.ask(ASKED)
    assert "800" not in a.answer


#: the owner named only in another title, dotted: the minister is someone else's
TALKS = (
    "Defense Minister Karel Voss said the talks with U.S. President Tom Ward in Harlow had gone well. "
    "The two men met for three hours on Friday."
)


def test_a_dotted_owner_in_another_title_is_not_the_owner_of_the_asked_one(tmp_path: Path) -> None:
    engine = _engine(tmp_path, [{"id": "talks", "title": "Harlow talks", "text": TALKS}])
    a = engine.ask("Who is the US defense minister?")
    assert "Karel Voss" not in a.answer
