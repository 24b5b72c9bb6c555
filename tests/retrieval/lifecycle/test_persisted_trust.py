"""What persisted data is trusted for: only the corpus it was made from, and only while no file changed
in a way its stat can show (inode, ctime, size, modification time). A file edited to the same size
with its modification time put back is read again at the next start and by a reload; another corpus
sharing the database is never answered from this one's index."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from retrieval import build_engine, open_engine, reload_engine, save_engine
from retrieval.lifecycle import versions

ALIASES = Path(__file__).resolve().parents[3] / "config" / "aliases.toml"

ALPHA = "The harbour ferry of Westport sails at dawn on Mondays."
OMEGA = "The harbour ferry of Eastport halts at dusk on Fridays."  # the same length as ALPHA
PAST = time.time() - 3600  # an hour back: older than any scan's "racily clean" window


def _text(engine: object, doc_id: str) -> str:
    documents = getattr(engine, "documents")  # noqa: B009 - Engine.documents, typed loosely here
    return " ".join(s.text for s in documents[doc_id].sentences)


def _corpus(root: Path, text: str) -> Path:
    root.mkdir()
    (root / "ferry.txt").write_text(text, encoding="utf-8")
    (root / "news.jsonl").write_text(json.dumps({"id": "wire", "text": text}) + "\n", encoding="utf-8")
    for path in root.iterdir():
        os.utime(path, (PAST, PAST))
    return root


def test_two_corpora_sharing_a_database_are_never_answered_from_each_other(tmp_path: Path) -> None:
    assert len(ALPHA) == len(OMEGA)
    db = tmp_path / "shared.db"
    first = _corpus(tmp_path / "first", ALPHA)
    second = _corpus(tmp_path / "second", OMEGA)
    prepared = open_engine(first, db, aliases=ALIASES)
    save_engine(prepared, db)
    assert _text(prepared.engine, "ferry") == ALPHA
    other = open_engine(second, db, aliases=ALIASES)
    assert _text(other.engine, "ferry") == OMEGA and _text(other.engine, "wire") == OMEGA
    assert other.needs_save


def _edit_hiding_the_change(path: Path, old: str, new: str) -> None:
    """Rewrite ``path`` with text of the same size and put its modification time back."""
    st = path.stat()
    raw = path.read_text(encoding="utf-8").replace(old, new)
    assert len(raw.encode()) == st.st_size
    path.write_text(raw, encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (st.st_size, st.st_mtime_ns)


def test_an_edit_with_size_and_mtime_put_back_is_read_at_the_next_start(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    corpus = _corpus(tmp_path / "corpus", ALPHA)
    save_engine(open_engine(corpus, db, aliases=ALIASES), db)
    for name in ("ferry.txt", "news.jsonl"):
        _edit_hiding_the_change(corpus / name, ALPHA, OMEGA)
    restarted = open_engine(corpus, db, aliases=ALIASES).engine
    assert _text(restarted, "ferry") == OMEGA and _text(restarted, "wire") == OMEGA


def test_an_edit_with_size_and_mtime_put_back_is_read_by_a_reload(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    corpus = _corpus(tmp_path / "corpus", ALPHA)
    prepared = open_engine(corpus, db, aliases=ALIASES)
    save_engine(prepared, db)
    for name in ("ferry.txt", "news.jsonl"):
        _edit_hiding_the_change(corpus / name, ALPHA, OMEGA)
    reloaded = reload_engine(prepared.engine, corpus, db, aliases=ALIASES).engine
    assert _text(reloaded, "ferry") == OMEGA and _text(reloaded, "wire") == OMEGA
    # and from a restart's loaded engine too (its file list came from disk)
    _edit_hiding_the_change(corpus / "ferry.txt", OMEGA, ALPHA)
    again = reload_engine(open_engine(corpus, db, aliases=ALIASES).engine, corpus, aliases=ALIASES).engine
    assert _text(again, "ferry") == ALPHA


def test_a_file_replaced_by_another_of_the_same_size_and_mtime_is_read(tmp_path: Path) -> None:
    """Swapped in by rename (a new inode), as rsync and editors do."""
    corpus = _corpus(tmp_path / "corpus", ALPHA)
    old = build_engine(corpus, aliases=ALIASES)
    st = (corpus / "ferry.txt").stat()
    fresh = tmp_path / "fresh.txt"
    fresh.write_text(OMEGA, encoding="utf-8")
    os.utime(fresh, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.replace(fresh, corpus / "ferry.txt")
    assert _text(reload_engine(old, corpus, aliases=ALIASES).engine, "ferry") == OMEGA


def test_the_corpus_signature_names_the_corpus_and_what_an_edit_cannot_hide(tmp_path: Path) -> None:
    first = _corpus(tmp_path / "first", ALPHA)
    second = _corpus(tmp_path / "second", ALPHA)
    for name in ("ferry.txt", "news.jsonl"):
        st = (first / name).stat()
        os.utime(second / name, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert versions.corpus_signature(first) != versions.corpus_signature(second)
    before = versions.corpus_signature(first)
    _edit_hiding_the_change(first / "ferry.txt", ALPHA, OMEGA)
    assert versions.corpus_signature(first) != before


def test_nothing_is_persisted_beside_a_device_or_a_directory(tmp_path: Path) -> None:
    """``--db /dev/null`` created ``/dev/null.index``: a device, a directory or a path with no file name
    is no place for a database, nor for an index beside it. Checked without writing anything."""
    from retrieval import index_location_problem

    assert index_location_problem(Path("/dev/null")) == "/dev/null is not a regular file"
    assert "directory" in (index_location_problem(tmp_path) or "")
    assert index_location_problem(Path("/")) is not None
    assert index_location_problem(tmp_path / "new.db") is None, "a file yet to be made is fine"
    corpus = _corpus(tmp_path / "corpus", ALPHA)
    prepared = open_engine(corpus, Path("/dev/null"), aliases=ALIASES)
    assert not prepared.needs_save and _text(prepared.engine, "ferry") == ALPHA
