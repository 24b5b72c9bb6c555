"""The built corpus and index on disk beside the database (``<db>.index/``), so a restart does not
clean, segment, tokenize and index a million passages again.

Format: numpy ``.npy`` arrays, the sentence store as it is in memory (its text one UTF-8 blob with
byte offsets, mapped again on restart; see ``retrieval.ingest.sentences``), document metadata as
JSON, and ``manifest.json`` naming the format, the code and tokenizer versions, the corpus
fingerprint and a cheap signature of the corpus (its resolved directory; the files' paths, inodes, sizes,
modification and change times: see ``versions.corpus_signature``). No pickle:
a persisted index is data, never code. Anything unexpected (another version, a missing or truncated
file, arrays whose shapes disagree) raises ``PersistError``; the caller rebuilds, never crashes.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from pydantic import TypeAdapter

from retrieval.ingest.corpus import Corpus, shared_meta
from retrieval.ingest.files import FileEntry, FileIndex, FileStat
from retrieval.ingest.load import INDEX_MARKER
from retrieval.ingest.sentences import SentenceStore
from retrieval.lifecycle.release import collector_paused
from retrieval.lifecycle.tables import EngineParts, Indexes, Tables
from retrieval.lifecycle.versions import INDEX_VERSION, tokenizer_signature
from retrieval.models import DocumentMeta, EngineKind, LoadProblem
from retrieval.search.arrays import Forward, IndexArrays
from retrieval.search.text import Tokenizer

log = logging.getLogger(__name__)

FORMAT = 6
MANIFEST = "manifest.json"
_METAS = TypeAdapter(list[DocumentMeta])
#: bytes of sentence text written per call
_TEXT_CHUNK = 1 << 22
#: metadata records and lines serialised per chunk, for the same reason
_META_CHUNK = 2_000
_LINE_CHUNK = 20_000


def _write_lines(path: Path, items: Sequence[str]) -> None:
    """One item per line (items never hold a newline: terms and hex fingerprints)."""
    with path.open("wb") as fh:
        for lo in range(0, len(items), _LINE_CHUNK):
            fh.write("".join(f"{t}\n" for t in items[lo : lo + _LINE_CHUNK]).encode("utf-8", "surrogatepass"))


def _write_scan(path: Path, scan: FileIndex | None) -> None:
    """What each corpus file held, one JSON line per file (a restart's first reload then skips the
    unchanged files too). The first line: when the scan started and the manifest's stat."""
    with path.open("w", encoding="utf-8") as fh:
        if scan is None:
            return
        head = {"started_ns": scan.started_ns, "manifest": scan.manifest, "root": scan.root}
        fh.write(json.dumps(head, ensure_ascii=False) + "\n")
        for name, e in scan.files.items():
            problems = [[p.path, p.message, p.line] for p in e.problems]
            record = {"path": name, "stat": e.stat, "docs": e.docs, "problems": problems}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def _read_scan(path: Path, ids: dict[str, str]) -> FileIndex | None:
    """The persisted scan; None (every file is read at the next reload) if it is absent or odd. Its
    document ids are the metadata's own strings (``ids``), not another copy of each."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        if not lines:
            return None
        head = json.loads(lines[0])
        files: dict[str, FileEntry] = {}
        for line in lines[1:]:
            r = json.loads(line)
            docs = tuple((ids.get(i, str(i)), None if n is None else int(n)) for i, n in r["docs"])
            problems = tuple(LoadProblem(str(a), str(b), c) for a, b, c in r["problems"])
            files[str(r["path"])] = FileEntry(_file_stat(r["stat"]), docs, problems)
        manifest = head["manifest"]
        root = head["root"]
        if not isinstance(root, str):
            raise TypeError("the corpus root is not a path")
        return FileIndex(
            files, int(head["started_ns"]), None if manifest is None else _file_stat(manifest), root
        )
    except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
        log.info("no usable file list in the persisted index (%s)", exc)
        return None


def _file_stat(values: Any) -> FileStat:
    return FileStat(*(int(v) for v in values))


def _read_lines(path: Path) -> list[str]:
    text = path.read_bytes().decode("utf-8", "surrogatepass")
    return text.split("\n")[:-1] if text else []


class PersistError(Exception):
    """The persisted index cannot be used (absent, another version, corrupt); rebuild instead."""


def index_dir(db: Path) -> Path:
    return db.with_name(db.name + ".index")


@dataclass(frozen=True, slots=True)
class Manifest:
    format: int
    code: str
    kind: str
    tokenizer: str
    corpus_version: str
    corpus_signature: str

    def as_json(self) -> dict[str, Any]:
        return {f: getattr(self, f) for f in self.__slots__}


def _save_forward(d: Path, name: str, fwd: Forward) -> None:
    for part in ("ptr", "terms", "tfs", "lengths"):
        np.save(d / f"{name}.{part}.npy", getattr(fwd, part))


def _load_forward(d: Path, name: str) -> Forward:
    fwd = Forward(*(_load(d / f"{name}.{p}.npy") for p in ("ptr", "terms", "tfs", "lengths")))
    if fwd.ptr.shape[0] != fwd.lengths.shape[0] + 1 or fwd.terms.shape != fwd.tfs.shape:
        raise PersistError(f"{name}: inconsistent forward arrays")
    if fwd.ptr.shape[0] and int(fwd.ptr[-1]) != fwd.terms.shape[0]:
        raise PersistError(f"{name}: postings do not match their offsets")
    return fwd


_ARRAY_PARTS = ("ptr", "docs", "weights", "impact", "idf")


def _save_arrays(d: Path, name: str, arr: IndexArrays) -> None:
    for part in _ARRAY_PARTS:
        np.save(d / f"{name}.{part}.npy", getattr(arr, part))
    np.save(d / f"{name}.avgdl_ref.npy", np.asarray([arr.avgdl_ref], dtype=np.float64))


def _load_arrays(d: Path, name: str, vocab: int, rows: int) -> IndexArrays:
    ref = np.asarray(_load(d / f"{name}.avgdl_ref.npy"), dtype=np.float64)
    if ref.shape != (1,) or not np.isfinite(ref[0]) or ref[0] < 0:
        raise PersistError(f"{name}: bad reference length")
    ptr, docs, weights, impact, idf = (_load(d / f"{name}.{p}.npy") for p in _ARRAY_PARTS)
    arr = IndexArrays(ptr, docs, weights, impact, idf, float(ref[0]))
    n = arr.docs.shape[0]
    if arr.ptr.shape[0] != vocab + 1 or arr.idf.shape[0] != vocab or int(arr.ptr[-1]) != n:
        raise PersistError(f"{name}: index does not match its vocabulary")
    if arr.weights.shape[0] != n or arr.impact.shape[0] != n:
        raise PersistError(f"{name}: index arrays differ in length")
    if n and (int(arr.docs.max()) >= rows or int(arr.docs.min()) < 0):
        raise PersistError(f"{name}: postings point past the corpus")
    return arr


def _load(path: Path) -> npt.NDArray[Any]:
    try:
        # memory-mapped: pages are read as queries touch them, so a restart costs no copying
        arr: npt.NDArray[Any] = np.load(path, mmap_mode="r", allow_pickle=False)
    except (OSError, ValueError) as exc:
        raise PersistError(f"{path.name}: {exc}") from exc
    # a plain array over the same mapping: every slice of an np.memmap is a new memmap made in Python
    # (microseconds each, and a question slices the token tables thousands of times)
    return arr.view(np.ndarray)


def save(parts: EngineParts, db: Path, signature: str) -> Path:
    """Write an engine's parts beside the database, atomically (a new directory renamed into place)."""
    if parts.indexes is None:
        raise PersistError("only the bm25 engine is persisted")
    target = index_dir(db)
    tmp = target.with_name(f"{target.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        (tmp / INDEX_MARKER).write_text("the bot's persisted index, not articles\n", encoding="utf-8")
        _write(parts, tmp, signature)
        old = target.with_name(f"{target.name}.old-{os.getpid()}")
        if target.exists():
            target.rename(old)
        tmp.rename(target)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return target


def _write(parts: EngineParts, d: Path, signature: str) -> None:
    corpus, tables, indexes = parts.corpus, parts.tables, parts.indexes
    assert indexes is not None
    docs = corpus.documents  # in the store's order
    _write_store(d, corpus.store)
    slot = {doc.meta.doc_id: i for i, doc in enumerate(docs)}
    np.save(d / "tables.doc_slots.npy", np.fromiter((slot[x] for x in tables.doc_ids), np.int64, len(docs)))
    np.save(d / "tables.doc_start.npy", tables.doc_start)
    # Written and read in pieces, a JSON array of metadata records per line: one dump or validation
    # of 100k records, or of 300k terms, is a single C call that holds the GIL for a tenth of a second
    # (the bot's event loop waits for it).
    with (d / "documents.jsonl").open("wb") as fh:
        for lo in range(0, len(docs), _META_CHUNK):
            fh.write(_METAS.dump_json([doc.meta for doc in docs[lo : lo + _META_CHUNK]]) + b"\n")
    _write_lines(d / "terms.txt", tables.terms)
    ids = corpus.store.doc_ids
    _write_lines(d / "fingerprints.txt", [corpus.fingerprints[doc_id] for doc_id in ids])
    # each document's subjects as tab-separated terms (terms never hold whitespace)
    _write_lines(d / "subjects.txt", ["\t".join(sorted(parts.subjects[doc_id])) for doc_id in ids])
    _write_scan(d / "files.jsonl", corpus.files)
    (d / "corpus.json").write_text(
        json.dumps(
            {
                "version": corpus.version,
                "problems": [[p.path, p.message, p.line] for p in corpus.problems],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    _save_forward(d, "fwd.sent", tables.sentences)
    _save_forward(d, "fwd.title", tables.titles)
    _save_forward(d, "fwd.doc", indexes.doc_forward)
    _save_arrays(d, "idx.sent", indexes.sentences)
    _save_arrays(d, "idx.doc", indexes.documents)
    manifest = Manifest(
        FORMAT,
        INDEX_VERSION,
        parts.kind,
        tables.signature,
        corpus.version,
        signature,
    )
    (d / MANIFEST).write_text(json.dumps(manifest.as_json()), encoding="utf-8")


def read_manifest(db: Path) -> Manifest:
    path = index_dir(db) / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Manifest(**data)
    except (OSError, ValueError, TypeError) as exc:
        raise PersistError(f"no usable manifest: {exc}") from exc


def load(db: Path, tokenizer: Tokenizer, kind: EngineKind = "bm25") -> tuple[EngineParts, Manifest]:
    """The persisted engine's parts, if this code made them for this tokenizer; PersistError otherwise."""
    manifest = read_manifest(db)
    expected = (FORMAT, INDEX_VERSION, kind, tokenizer_signature(tokenizer))
    found = (manifest.format, manifest.code, manifest.kind, manifest.tokenizer)
    if found != expected:
        raise PersistError("the persisted index was made by other code or settings")
    d = index_dir(db)
    try:
        with collector_paused():  # a million new objects, no cycles: see retrieval.lifecycle.release
            return _read(d, tokenizer, kind, manifest), manifest
    except PersistError:
        raise
    except (OSError, ValueError, KeyError, TypeError, IndexError, UnicodeDecodeError) as exc:
        raise PersistError(f"corrupt persisted index: {type(exc).__name__}: {exc}") from exc


def _read(d: Path, tokenizer: Tokenizer, kind: EngineKind, manifest: Manifest) -> EngineParts:
    info = json.loads((d / "corpus.json").read_text(encoding="utf-8"))
    metas: list[DocumentMeta] = []
    for line in (d / "documents.jsonl").read_bytes().splitlines():
        metas.extend(shared_meta(m) for m in _METAS.validate_json(line))
    store = _read_store(d, [m.doc_id for m in metas])
    docs = tuple(store.as_document(i, m) for i, m in enumerate(metas))
    terms = _read_lines(d / "terms.txt")
    vocab = {t: i for i, t in enumerate(terms)}
    prints = _read_lines(d / "fingerprints.txt")
    subject_lines = _read_lines(d / "subjects.txt")
    if len(prints) != len(metas) or len(vocab) != len(terms) or len(subject_lines) != len(metas):
        raise PersistError("the persisted fingerprints, terms or subjects do not match the corpus")
    # subjects are index terms: the vocabulary's strings, not a copy of each per document
    subjects = {
        m.doc_id: frozenset(terms[vocab[t]] if t in vocab else t for t in line.split("\t"))
        if line
        else frozenset()
        for m, line in zip(metas, subject_lines, strict=True)
    }
    fingerprints = {m.doc_id: fp for m, fp in zip(metas, prints, strict=True)}
    problems = tuple(LoadProblem(p, m, line) for p, m, line in info["problems"])
    scan = _read_scan(d / "files.jsonl", {m.doc_id: m.doc_id for m in metas})
    corpus = Corpus(docs, problems, info["version"], fingerprints, store, scan)
    if corpus.version != manifest.corpus_version:
        raise PersistError("the persisted corpus is not the one the manifest names")
    slots = np.asarray(_load(d / "tables.doc_slots.npy"), dtype=np.int64)
    doc_start = np.asarray(_load(d / "tables.doc_start.npy"), dtype=np.int64)
    n_sent = len(store)
    if (
        slots.shape != (len(metas),)
        or not np.array_equal(np.sort(slots), np.arange(len(metas)))
        or doc_start.shape != (len(metas) + 1,)
        or not np.array_equal(np.diff(doc_start), np.diff(store.doc_start)[slots])
    ):
        raise PersistError("the persisted row order does not match the corpus")
    sent_fwd = _load_forward(d, "fwd.sent")
    title_fwd = _load_forward(d, "fwd.title")
    doc_fwd = _load_forward(d, "fwd.doc")
    if sent_fwd.rows != n_sent or title_fwd.rows != len(metas) or doc_fwd.rows != len(metas):
        raise PersistError("the persisted token tables do not match the corpus")
    for fwd in (sent_fwd, title_fwd, doc_fwd):
        if fwd.terms.shape[0] and int(fwd.terms.max()) >= len(terms):
            raise PersistError("the persisted token tables use unknown terms")
    doc_ids = tuple(metas[i].doc_id for i in slots.tolist())
    tables = Tables(vocab, terms, sent_fwd, title_fwd, doc_ids, doc_start, manifest.tokenizer)
    indexes = Indexes(
        _load_arrays(d, "idx.sent", len(terms), n_sent),
        _load_arrays(d, "idx.doc", len(terms), len(metas)),
        doc_fwd,
    )
    return EngineParts(corpus, tokenizer, kind, tables, indexes, subjects)


_STORE_ARRAYS = ("offsets", "paragraph", "heading", "doc_start", "para_start", "paragraphs", "notice")


def _write_store(d: Path, store: SentenceStore) -> None:
    """The sentence store as it is in memory: its text buffer as raw UTF-8 (``texts.bin``, mapped
    again on restart) and its columns as arrays."""
    with (d / "texts.bin").open("wb") as fh:
        buf = store.text.data
        for lo in range(0, len(buf), _TEXT_CHUNK):
            fh.write(buf[lo : lo + _TEXT_CHUNK])
    for name in _STORE_ARRAYS:
        np.save(d / f"store.{name}.npy", getattr(store, name))


def _read_store(d: Path, doc_ids: Sequence[str]) -> SentenceStore:
    path = d / "texts.bin"
    if path.stat().st_size:
        # memory-mapped: a restart reads none of it; a question reads the pages of the sentences it quotes
        text = np.memmap(path, dtype=np.uint8, mode="r").view(np.ndarray)
    else:
        text = np.zeros(0, dtype=np.uint8)  # an empty file cannot be mapped
    cols = {name: _load(d / f"store.{name}.npy") for name in _STORE_ARRAYS}
    dtypes = {
        "offsets": np.int64,
        "paragraph": np.int32,
        "heading": np.bool_,
        "doc_start": np.int64,
        "para_start": np.int64,
        "paragraphs": np.int32,
        "notice": np.bool_,
    }
    for name, dtype in dtypes.items():
        if cols[name].dtype != dtype:
            raise PersistError(f"store.{name}: unexpected type {cols[name].dtype}")
    try:
        return SentenceStore(
            text,
            cols["offsets"],
            cols["paragraph"],
            cols["heading"],
            doc_ids,
            cols["doc_start"],
            cols["para_start"],
            cols["paragraphs"],
            cols["notice"],
        )
    except ValueError as exc:
        raise PersistError(f"the persisted sentences: {exc}") from exc
