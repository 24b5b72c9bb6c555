"""The persisted index: a restart reuses it, a reload re-indexes only what changed, and a damaged or
foreign index is rebuilt instead of crashing."""

from __future__ import annotations

import itertools
import json
import shutil
import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from retrieval import Engine, Prepared, build_engine, open_engine, reload_engine, save_engine
from retrieval.ingest.corpus import BuildCancelled
from retrieval.lifecycle import persist, versions


def load_or_build(corpus: Path, db: Path, **kw: Any) -> Engine:
    """What a start-up does: the persisted engine, or one built and saved for the next start."""
    prepared = open_engine(corpus, db, **kw)
    save_engine(prepared, db)
    return prepared.engine


SEEDS = Path(__file__).resolve().parents[3] / "seeds"
ALIASES = Path(__file__).resolve().parents[3] / "config" / "aliases.toml"
QUESTION = "Who interviewed Rutte?"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    shutil.copytree(SEEDS, root)
    return root


def _add(root: Path, doc_id: str, text: str) -> None:
    with (root / "extra.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": doc_id, "title": f"Report {doc_id}", "text": text}) + "\n")


def test_restart_loads_the_persisted_engine_with_the_same_answers(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    built = load_or_build(corpus, db, aliases=ALIASES)
    assert (persist.index_dir(db) / persist.MANIFEST).is_file()
    restarted = load_or_build(corpus, db, aliases=ALIASES)
    assert restarted is not built
    assert restarted.version == built.version
    assert restarted.ask(QUESTION).model_dump() == built.ask(QUESTION).model_dump()
    assert [s.text for s in restarted.sentences] == [s.text for s in built.sentences]
    assert restarted.sources() == built.sources()
    assert restarted.subjects == built.subjects and any(built.subjects.values())


def test_a_database_kept_inside_the_corpus_is_not_read_as_articles(corpus: Path) -> None:
    """``--db corpus/bot.db`` puts the persisted index (JSONL files among them) inside the corpus; the
    next start must load the same articles, with no problem reported about the bot's own files."""
    db = corpus / "bot.db"
    built = load_or_build(corpus, db, aliases=ALIASES)
    (corpus / "new.txt").write_text("Harbour reopens\n\nThe harbour reopened on Friday.", encoding="utf-8")
    again = open_engine(corpus, db, aliases=ALIASES).engine
    assert not again.corpus.problems and not built.corpus.problems
    assert len(again.sources().documents) == len(built.sources().documents) + 1


def test_restart_after_a_file_changed_rebuilds_only_that(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    first = load_or_build(corpus, db, aliases=ALIASES)
    _add(corpus, "fresh-1", "The mayor of Springfield said the bridge will reopen in June.")
    second = load_or_build(corpus, db, aliases=ALIASES)
    assert "fresh-1" in second.documents and len(second.documents) == len(first.documents) + 1
    answer = second.ask("When will the Springfield bridge reopen?")
    assert not answer.abstained and answer.citations[0].doc_id == "fresh-1"
    # and the index on disk now has it too
    third = load_or_build(corpus, db, aliases=ALIASES)
    assert "fresh-1" in third.documents


def _hits(engine: Engine, terms: list[str], k: int) -> list[tuple[str, int, float]]:
    """Hits as (document, sentence, score): row numbers differ between a merged and a fresh index."""
    out = []
    for h in engine.scorer.top_k(terms, k):
        s = engine.sentences[h.index]
        out.append((s.doc_id, s.index, round(h.score, 9)))
    return out


def test_incremental_reload_equals_a_full_build(corpus: Path) -> None:
    old = build_engine(corpus, aliases=ALIASES)
    _add(corpus, "fresh-2", "Officials in Riverton confirmed that 40 new buses were ordered on Monday.")
    victim = sorted(p for p in corpus.iterdir() if p.suffix in {".md", ".txt", ".html"})[0]
    victim.unlink()
    incremental = reload_engine(old, corpus, aliases=ALIASES).engine
    full = build_engine(corpus, aliases=ALIASES)
    assert incremental.version == full.version
    assert set(incremental.documents) == set(full.documents)
    for q in (QUESTION, "How many buses were ordered in Riverton?", "What did Rutte say about Russia?"):
        terms = full.tokenizer.tokens(q)
        assert _hits(incremental, terms, 10) == _hits(full, terms, 10)
        assert incremental.ask(q).model_dump() == full.ask(q).model_dump()
    assert incremental.subjects == full.subjects
    kept = set(old.documents) & set(full.documents)
    assert all(incremental.subjects[d] is old.subjects[d] for d in kept), "kept, not worked out again"


def test_each_sentences_notice_is_told_once_and_kept_by_a_restart_and_a_reload(
    corpus: Path, tmp_path: Path
) -> None:
    """Whether a sentence is a correction notice's is told when the corpus is built (the store's
    ``notice`` column, which the answers read instead of testing the sentence per question): persisted
    and read back on restart, copied with an unchanged document on a reload, told anew for a new one."""
    from retrieval.ingest.notices import retracts

    _add(
        corpus,
        "fix-1",
        "Correction: An earlier version of this story misstated the date. The vote is Monday.",
    )
    db = tmp_path / "bot.db"
    built = load_or_build(corpus, db, aliases=ALIASES)
    restarted = load_or_build(corpus, db, aliases=ALIASES)
    _add(corpus, "fix-2", "The council met. We earlier reported that five people were hurt; three were.")
    reloaded = reload_engine(restarted, corpus, aliases=ALIASES).engine
    for engine in (built, restarted, reloaded):
        store = engine.corpus.store
        told = [retracts(store.text_at(i)) for i in range(len(store))]
        assert store.notice.tolist() == told
        assert engine._ctx.notices.tolist() == [retracts(s.text) for s in engine.sentences]
    assert sum(built.corpus.store.notice) == 1 and sum(reloaded.corpus.store.notice) == 2


def _news(n: int, seed: int) -> list[dict[str, str]]:
    import random

    rnd = random.Random(seed)
    towns = ["Riverton", "Lakeside", "Westport", "Millbrook", "Ashford", "Granton", "Elmstead", "Bayview"]
    things = ["bridge", "library", "harbour", "school", "hospital", "railway", "market", "stadium"]
    verbs = ["approved", "rejected", "delayed", "funded", "opened", "closed", "inspected", "expanded"]
    out = []
    for i in range(n):
        sents = []
        for _ in range(rnd.randint(3, 8)):
            town, thing, verb = rnd.choice(towns), rnd.choice(things), rnd.choice(verbs)
            n = rnd.randint(2, 90)
            sents.append(f"The council of {town} {verb} the {thing} after {n} residents wrote in.")
        out.append({"id": f"n{seed}-{i}", "title": f"{rnd.choice(towns)} news {i}", "text": " ".join(sents)})
    return out


def test_incremental_reload_merges_the_index_and_ranks_as_a_full_build(corpus: Path) -> None:
    """Enough documents that the reload merges postings (not a rebuild): new documents in a file that
    sorts first (their rows still go last), an edited one, a removed one."""
    (corpus / "news.jsonl").write_text("".join(json.dumps(r) + "\n" for r in _news(120, 1)))
    old = build_engine(corpus, aliases=ALIASES)
    (corpus / "000-first.jsonl").write_text("".join(json.dumps(r) + "\n" for r in _news(6, 2)))
    records = _news(120, 1)
    records[5]["text"] += " The mayor of Riverton resigned on Friday."
    del records[9]
    (corpus / "news.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    incremental = reload_engine(old, corpus, aliases=ALIASES).engine
    full = build_engine(corpus, aliases=ALIASES)
    assert incremental.indexes is not None and old.indexes is not None and full.indexes is not None
    assert incremental.indexes.sentences.avgdl_ref == old.indexes.sentences.avgdl_ref  # merged
    assert incremental.indexes.sentences.avgdl_ref != full.indexes.sentences.avgdl_ref
    assert incremental.tables.doc_ids[-1] == "n1-5" and incremental.tables.doc_ids[0] != "n2-0"
    assert [d.meta.doc_id for d in incremental.corpus.documents] == [
        d.meta.doc_id for d in full.corpus.documents
    ]
    for q in (
        "Who resigned in Riverton?",
        "What did the council of Lakeside approve?",
        "Which bridge was delayed in Westport after residents wrote in?",
        QUESTION,
    ):
        terms = full.tokenizer.tokens(q)
        for k in (1, 10, 120):
            ours, theirs = _hits(incremental, terms, k), _hits(full, terms, k)
            # the same scores in the same order; among equal scores rows may come in another order
            assert [h[2] for h in ours] == [h[2] for h in theirs], (q, k)
            for doc_id, index, score in ours:
                row = np.asarray([full.rows[(doc_id, index)]], dtype=np.int64)
                assert round(float(full.scorer.score_rows(terms, row)[0]), 9) == score
    answer = incremental.ask("Who resigned in Riverton?")
    assert answer.model_dump() == full.ask("Who resigned in Riverton?").model_dump()
    assert answer.citations[0].doc_id == "n1-5"


def test_reload_without_changes_shares_the_index(corpus: Path) -> None:
    old = build_engine(corpus, aliases=ALIASES)
    again = reload_engine(old, corpus, aliases=ALIASES).engine
    assert again.indexes is old.indexes and again.tables is old.tables


@pytest.mark.parametrize(
    "damage", ["truncate", "garbage", "manifest", "missing", "metadata", "subjects", "texts", "rows"]
)
def test_damaged_index_is_rebuilt_never_fatal(corpus: Path, tmp_path: Path, damage: str) -> None:
    db = tmp_path / "bot.db"
    built = load_or_build(corpus, db, aliases=ALIASES)
    d = persist.index_dir(db)
    if damage == "truncate":
        path = d / "idx.sent.docs.npy"
        path.write_bytes(path.read_bytes()[:-12])
    elif damage == "garbage":
        (d / "store.offsets.npy").write_bytes(b"\x93NUMPY not really")
    elif damage == "texts":
        path = d / "texts.bin"
        path.write_bytes(path.read_bytes()[:-5])
    elif damage == "rows":
        slots = np.load(d / "tables.doc_slots.npy")
        np.save(d / "tables.doc_slots.npy", slots[::-1].copy())
    elif damage == "manifest":
        manifest = json.loads((d / persist.MANIFEST).read_text())
        manifest["code"] = "someone-else"
        (d / persist.MANIFEST).write_text(json.dumps(manifest))
    elif damage == "metadata":
        with (d / "documents.jsonl").open("ab") as fh:
            fh.write(b'[{"doc_id": 5}]\n')
    elif damage == "subjects":
        lines = (d / "subjects.txt").read_bytes().splitlines(keepends=True)
        (d / "subjects.txt").write_bytes(b"".join(lines[1:]))
    else:
        (d / "documents.jsonl").unlink()
    with pytest.raises(persist.PersistError):
        persist.load(db, built.tokenizer)
    rebuilt = load_or_build(corpus, db, aliases=ALIASES)
    assert rebuilt.ask(QUESTION).model_dump() == built.ask(QUESTION).model_dump()
    persist.load(db, built.tokenizer)  # and the rebuilt index was saved in its place


def test_cancelled_build_raises_and_progress_is_reported(corpus: Path) -> None:
    seen: list[tuple[int, int]] = []
    build_engine(corpus, aliases=ALIASES, progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1]  # ends at 100%
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(seen))
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(BuildCancelled):
        build_engine(corpus, aliases=ALIASES, cancel=cancel)


def test_cli_progress_bar_draws_percentages_once_each() -> None:
    import io

    from bot.cli import ProgressBar

    out = io.StringIO()
    bar = ProgressBar(out, width=10)
    for done in range(2001):
        bar(done, 2000)
    bar.finish()
    text = out.getvalue()
    assert text.count("\r") == 101 and text.endswith("100%\n")


async def test_service_reload_is_incremental_and_cancellable(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.service import Service
    from bot.settings import Settings
    from retrieval.ingest import clean as clean_module

    settings = Settings(corpus=corpus, db=tmp_path / "bot.db", aliases=ALIASES)
    service = await Service.start(settings, use_store=False, warm=False)
    before = service.engine
    _add(corpus, "fresh-3", "The council of Lakeside approved a new library on Tuesday.")
    cancel = threading.Event()
    cancel.set()
    report = await service.reload("test", cancel=cancel)
    assert not report.ok and "cancel" in (report.error or "").lower()
    assert service.engine is before  # nothing swapped in
    messages: list[str] = []

    async def progress(text: str) -> None:
        messages.append(text)

    cleaned: list[str] = []
    clean = clean_module.clean
    monkeypatch.setattr(clean_module, "clean", lambda raw: cleaned.append(raw.doc_id) or clean(raw))
    report = await service.reload("test", progress=progress)
    assert report.ok and report.added == ["fresh-3"] and not report.changed
    assert messages and messages[-1].endswith("100% done")
    # unchanged documents were not cleaned or segmented again: their sentences are copied over
    assert cleaned == ["fresh-3"]
    assert all(
        list(service.engine.documents[d].sentences) == list(before.documents[d].sentences)
        and service.engine.documents[d].meta == before.documents[d].meta
        for d in before.documents
    )


async def test_reload_persists_after_the_swap_and_close_waits_for_it(corpus: Path, tmp_path: Path) -> None:
    """The reload answers from the new corpus first; its index reaches the disk in the background,
    and a restart after close() loads it instead of rebuilding."""
    from bot.service import Service
    from bot.settings import Settings

    settings = Settings(corpus=corpus, db=tmp_path / "bot.db", aliases=ALIASES)
    service = await Service.start(settings, warm=False)  # with its store: --no-cache persists nothing
    _add(corpus, "fresh-4", "The harbour of Westport reopened after the storm on Friday.")
    report = await service.reload("test")
    assert report.ok and report.added == ["fresh-4"]
    new = service.engine
    await service.close()
    assert persist.read_manifest(settings.db).corpus_version == new.corpus.version
    prepared = open_engine(corpus, settings.db, aliases=ALIASES, date_formats=settings.date_formats)
    assert not prepared.needs_save and "fresh-4" in prepared.engine.documents


def _age(root: Path, seconds: float = 3600) -> None:
    """Date every corpus file an hour back: files modified just before a scan are always re-read."""
    import os
    import time

    past = time.time() - seconds
    for path in root.rglob("*"):
        os.utime(path, (past, past))


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    from retrieval.ingest import load

    seen: list[str] = []
    real_jsonl, real_file = load._read_jsonl, load._read_file

    def jsonl(cand: Any, *args: Any) -> Any:
        seen.append(cand.shown)
        return real_jsonl(cand, *args)

    def file(cand: Any, *args: Any) -> Any:
        seen.append(cand.shown)
        return real_file(cand, *args)

    monkeypatch.setattr(load, "_read_jsonl", jsonl)
    monkeypatch.setattr(load, "_read_file", file)
    return seen


def test_reload_reads_only_the_files_that_changed(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (corpus / "news.jsonl").write_text("".join(json.dumps(r) + "\n" for r in _news(30, 3)))
    _age(corpus)
    db = tmp_path / "bot.db"
    old = load_or_build(corpus, db, aliases=ALIASES)
    seen = _reads(monkeypatch)
    _add(corpus, "fresh-5", "The ferry to Bayview was cancelled on Sunday.")  # a new file
    (corpus / "news.jsonl").write_text(  # rewritten: read again, though its size may be the same
        "".join(json.dumps(r) + "\n" for r in _news(29, 3))
    )
    new = reload_engine(old, corpus, aliases=ALIASES).engine
    assert sorted(seen) == ["extra.jsonl", "news.jsonl"]
    full = build_engine(corpus, aliases=ALIASES)
    assert new.version == full.version and set(new.documents) == set(full.documents)
    assert new.sources() == full.sources()
    # after a restart, the persisted index knows the files too: a reload with no change reads nothing
    save_engine(Prepared(new, versions.corpus_signature(corpus), True), db)
    _age(corpus)
    restarted = load_or_build(corpus, db, aliases=ALIASES)
    seen.clear()
    again = reload_engine(restarted, corpus, aliases=ALIASES).engine
    assert seen == [] and again.version == full.version


def test_a_changed_manifest_makes_every_file_read(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _age(corpus)
    old = build_engine(corpus, aliases=ALIASES)
    seen = _reads(monkeypatch)
    doc_id = old.corpus.documents[0].meta.doc_id
    manifest = {"documents": {doc_id: {"author": "A. Reporter"}}}
    (corpus / "manifest.json").write_text(json.dumps(manifest))
    new = reload_engine(old, corpus, aliases=ALIASES).engine
    assert len(seen) == len(old.corpus.documents)
    assert new.documents[doc_id].meta.author == "A. Reporter"


def test_a_file_touched_just_before_the_scan_is_read_again(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Same size, same modification time, but written within the clock's tick of the previous scan:
    it may have changed unseen, so it is read (git's racily-clean rule)."""
    import os

    path = corpus / "news.jsonl"
    path.write_text(json.dumps({"id": "r1", "text": "The bridge in Ashford opened today."}) + "\n")
    old = build_engine(corpus, aliases=ALIASES)
    st = path.stat()
    path.write_text(json.dumps({"id": "r1", "text": "The bridge in Ashford closed today."}) + "\n")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    new = reload_engine(old, corpus, aliases=ALIASES).engine
    assert "closed" in new.documents["r1"].sentences[0].text
