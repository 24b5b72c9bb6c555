"""Sentences kept in columns change nothing a reader sees: the same sentences and documents as
``build_document`` makes, the same answers as from Sentence objects, and the same again after the
index is persisted and memory-mapped back, including after a reload that kept rows out of order."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

from retrieval import Engine, build_engine, open_engine, reload_engine, save_engine
from retrieval.answer import select
from retrieval.ingest import build_document, load_corpus
from retrieval.ingest.corpus import shared_meta
from retrieval.models import Document, DocumentMeta
from tests.conftest import ALIASES, SEEDS

QUESTIONS = [
    "Who interviewed Rutte?",
    "What did Rutte say about Russia?",
    "Who is the NATO Secretary General?",
    "When did Umerov say Ukraine wants a Zelensky-Putin meeting?",
    "Why did Russia want a 2-3 day truce?",
    "How many buses were ordered in Riverton?",
]


def _with_objects(engine: Engine) -> Engine:
    """The engine's answer context as it was before the store: a Sentence object per row and a tuple
    of them per document."""
    docs = {k: Document(d.meta, tuple(d.sentences), tuple(d.paragraphs)) for k, d in engine.documents.items()}
    rows = [s for doc_id in engine.tables.doc_ids for s in docs[doc_id].sentences]
    clone = Engine(engine.parts)
    clone._ctx = dataclasses.replace(engine._ctx, sentences=rows, documents=docs)
    return clone


def _answers(engine: Engine) -> list[dict[str, object]]:
    return [select(q, engine._ctx).model_dump() for q in QUESTIONS]


def _same_corpus(a: Engine, b: Engine, *, rows: bool = True) -> None:
    """The same documents; and with ``rows``, the same sentences in the same row order."""
    if rows:
        assert list(a.sentences) == list(b.sentences)
        assert [a.sentences[r] for r in range(len(a.sentences))] == list(b.sentences)
        assert a.quotable.tolist() == b.quotable.tolist()
    assert a.documents.keys() == b.documents.keys()
    for doc_id, doc in a.documents.items():
        other = b.documents[doc_id]
        assert doc.meta == other.meta
        assert list(doc.sentences) == list(other.sentences)
        assert list(doc.paragraphs) == list(other.paragraphs)
    assert a.sources() == b.sources()


def test_documents_hold_the_sentences_build_document_makes() -> None:
    engine = build_engine(SEEDS, aliases=ALIASES)
    raws, _ = load_corpus(SEEDS)
    for raw in raws:
        made = build_document(raw)
        doc = engine.documents[raw.doc_id]
        assert list(doc.sentences) == list(made.sentences)
        assert list(doc.paragraphs) == list(made.paragraphs)
    assert [s.heading for s in engine.sentences] == [not q for q in engine.quotable.tolist()]


def test_answers_are_those_of_sentence_objects() -> None:
    engine = build_engine(SEEDS, aliases=ALIASES)
    assert _answers(engine) == _answers(_with_objects(engine))


def _news(path: Path, ids: range) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in ids:
            text = f"The council of Riverton ordered {i + 2} new buses on Monday. Drivers welcomed them."
            fh.write(json.dumps({"id": f"n{i}", "title": f"Buses {i}", "text": text}) + "\n")


def test_a_persisted_engine_reads_back_the_same_after_a_reload(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    shutil.copytree(SEEDS, root)
    _news(root / "zz-news.jsonl", range(30))
    db = tmp_path / "bot.db"
    first = open_engine(root, db, aliases=ALIASES)
    save_engine(first, db)
    # new documents in a file that sorts first: their rows go last, so rows and store order differ
    _news(root / "00-news.jsonl", range(30, 40))
    reloaded = reload_engine(first.engine, root, db, aliases=ALIASES)
    assert reloaded.engine.sentences.positions is not None  # type: ignore[attr-defined]
    save_engine(reloaded, db)
    restarted = open_engine(root, db, aliases=ALIASES)
    assert not restarted.needs_save
    _same_corpus(restarted.engine, reloaded.engine)
    _same_corpus(restarted.engine, build_engine(root, aliases=ALIASES), rows=False)
    assert _answers(restarted.engine) == _answers(reloaded.engine)
    assert _answers(restarted.engine) == _answers(_with_objects(restarted.engine))
    # the text buffer is the saved file, mapped: a restart copies none of it
    maps = Path("/proc/self/maps").read_text()
    assert str((db.with_name(db.name + ".index") / "texts.bin").resolve()) in maps


def test_metadata_records_share_what_they_have_in_common(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    _news(root / "news.jsonl", range(5))
    db = tmp_path / "bot.db"
    built = open_engine(root, db, aliases=ALIASES)
    save_engine(built, db)
    restarted = open_engine(root, db, aliases=ALIASES).engine
    for engine in (built.engine, restarted):
        metas = [d.meta for d in engine.corpus.documents]
        assert len({id(m.model_fields_set) for m in metas}) == 1
        assert len({id(m.provenance) for m in metas}) == 1
    assert [d.meta for d in restarted.corpus.documents] == [d.meta for d in built.engine.corpus.documents]


def test_a_shared_record_changed_by_a_copy_leaves_the_others_alone() -> None:
    """The way publication dates change a record: model_copy with an update."""
    first, second = (
        shared_meta(DocumentMeta(doc_id=i, title="T", provenance={"title": "file"})) for i in "ab"
    )
    assert first.model_fields_set is second.model_fields_set and first.provenance is second.provenance
    update = {"author": "Someone", "provenance": {**first.provenance, "author": "inferred"}}
    changed = first.model_copy(update=update)
    assert changed.author == "Someone" and "author" in changed.model_fields_set
    assert second.model_fields_set == {"doc_id", "title", "provenance"} and second.provenance == {
        "title": "file"
    }
    assert shared_meta(changed) == changed
