"""The Engine is made of its parts and only answers: built, opened and reloaded engines are the same
engine, and the one assembly place shares what did not change. Small made-up corpora, not the seeds."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from retrieval import Engine, build_engine, open_engine, reload_engine, save_engine
from retrieval.lifecycle import assemble
from retrieval.lifecycle.persist import index_dir


def _corpus(root: Path, docs: dict[str, str]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    with (root / "docs.jsonl").open("w", encoding="utf-8") as fh:
        for doc_id, text in docs.items():
            fh.write(json.dumps({"id": doc_id, "title": f"Story {doc_id}", "text": text}) + "\n")
    return root


DOCS = {
    "harbour": "The harbour master said the new pier will open in March. Fishermen welcomed the plan.",
    "library": "The city library will extend its opening hours, the council said on Tuesday.",
    "bridge": "Engineers closed the old bridge after cracks were found. Repairs will take two years.",
}


def test_an_engine_is_made_of_its_parts_and_answers_from_them(tmp_path: Path) -> None:
    engine = build_engine(_corpus(tmp_path / "c", DOCS))
    again = Engine(engine.parts)
    assert again.version == engine.version
    answer = again.ask("When will the new pier open?")
    assert not answer.abstained and answer.citations[0].doc_id == "harbour"
    assert {d.doc_id for d in again.sources().documents} == set(DOCS)


def test_parts_that_do_not_hold_the_corpus_are_refused(tmp_path: Path) -> None:
    one = build_engine(_corpus(tmp_path / "a", DOCS))
    other = build_engine(_corpus(tmp_path / "b", {"x": "Only one document here, about nothing much."}))
    mixed = dataclasses.replace(one.parts, corpus=other.corpus)
    with pytest.raises(ValueError, match="do not hold this corpus"):
        Engine(mixed)


def test_assembling_an_unchanged_corpus_shares_what_was_built(tmp_path: Path) -> None:
    engine = build_engine(_corpus(tmp_path / "c", DOCS))
    same = assemble(engine.corpus, engine.tokenizer, prior=engine)
    assert same.tables is engine.tables and same.indexes is engine.indexes
    other_kind = assemble(engine.corpus, engine.tokenizer, "rank_bm25", prior=engine)
    assert other_kind.indexes is None and other_kind.version != engine.version


def test_build_writes_nothing_and_open_reads_what_save_wrote(tmp_path: Path) -> None:
    root = _corpus(tmp_path / "c", DOCS)
    db = tmp_path / "var" / "bot.db"
    build_engine(root)
    assert not db.parent.exists()
    first = open_engine(root, db)
    assert first.needs_save and not index_dir(db).exists()  # opening writes nothing either
    save_engine(first, db)
    assert index_dir(db).is_dir()
    second = open_engine(root, db)
    assert not second.needs_save and second.engine.version == first.engine.version


def test_reload_reads_only_what_changed_and_equals_a_fresh_build(tmp_path: Path) -> None:
    root = _corpus(tmp_path / "c", DOCS)
    old = build_engine(root)
    changed = {**DOCS, "school": "The new school opened its doors to 300 pupils on Monday."}
    _corpus(root, changed)
    new = reload_engine(old, root).engine
    fresh = build_engine(root)
    assert new.version == fresh.version
    kept, carried = old.documents["harbour"], new.documents["harbour"]
    # an unchanged document is carried over (its sentences copied from the old store), not rebuilt
    assert carried.meta is kept.meta and list(carried.sentences) == list(kept.sentences)
    assert new.ask("How many pupils does the new school have?").citations[0].doc_id == "school"


def test_a_changed_date_formats_file_reads_the_persisted_corpus_again(tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    record = {
        "id": "post",
        "source": "Daily Post",
        "text": "Pier opens\nPublished 03/04/2005\n\n" + DOCS["harbour"],
    }
    (root / "docs.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    formats, db = tmp_path / "date_formats.toml", tmp_path / "var" / "bot.db"
    save_engine(first := open_engine(root, db, date_formats=formats), db)
    assert first.engine.documents["post"].meta.published is None  # no file: an order nobody set
    formats.write_text('[sources]\n"Daily Post" = "day-first"\n', encoding="utf-8")
    second = open_engine(root, db, date_formats=formats)
    assert second.needs_save and str(second.engine.documents["post"].meta.published) == "2005-04-03"
    reloaded = reload_engine(second.engine, root, db, date_formats=formats)
    assert reloaded.engine.version == second.engine.version
