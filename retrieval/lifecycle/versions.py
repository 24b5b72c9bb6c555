"""Fingerprints that decide what may be reused: of the core's code, of a tokenizer, of corpus files.

A cached answer was shaped by code somewhere under ``retrieval/``, so the code version hashes every
source file there. The persisted index was shaped only by the code that builds and saves it: its
version hashes the modules that code imports, followed from the modules that build the corpus, its
tables and indexes and save them — worked out from the sources, not a hand-kept list that a new
module could be left out of (one was: the document subjects, persisted, were made by a module the
list did not name). A release that changes how answers are chosen then reopens a large index as it
is instead of rebuilding it (minutes at a million passages); ``tests/retrieval/lifecycle`` checks
that every function a build runs is in a module this version covers.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Mapping
from pathlib import Path

from retrieval.search.text import Tokenizer

PACKAGE_ROOT = Path(__file__).resolve().parents[1]


def _sources(root: Path) -> dict[Path, bytes]:
    """Every ``.py`` file under ``root`` and its contents, in sorted order: read once for both versions."""
    return {path: path.read_bytes() for path in sorted(root.rglob("*.py"))}


def _fingerprint(paths: list[Path], root: Path, sources: Mapping[Path, bytes]) -> str:
    """A fingerprint of source files: their paths under ``root`` and contents, in the order given."""
    h = hashlib.sha256()
    for path in paths:
        h.update(path.relative_to(root).as_posix().encode())
        h.update(b"\0")
        h.update(sources[path])
        h.update(b"\0")
    return h.hexdigest()[:12]


def source_version(root: Path = PACKAGE_ROOT, sources: Mapping[Path, bytes] | None = None) -> str:
    """A fingerprint of every ``.py`` file under ``root`` (paths and contents, in sorted order)."""
    sources = _sources(root) if sources is None else sources
    return _fingerprint(list(sources), root, sources)


#: the core's sources, read once at import for the two versions below
_SOURCES = _sources(PACKAGE_ROOT)

#: the core's code: answers cached by other code are never served
CODE_VERSION = source_version(PACKAGE_ROOT, _SOURCES)

#: the modules that build the persisted parts (the corpus, its token tables, subjects and indexes) and
#: write and read them, relative to the package root
INDEX_ROOTS = (
    "lifecycle/assemble.py",
    "ingest/corpus.py",
    "lifecycle/tables.py",
    "lifecycle/persist.py",
    "search/text.py",
)
#: imported by the builders but not followed: the engine wraps the parts it is handed, and what it
#: works out for answering is not persisted
NOT_FOLLOWED = ("lifecycle/engine.py",)

#: an import of a module of the package, at the top of a file or inside a function (a lazy import)
_IMPORT = re.compile(
    r"^[ \t]*(?:from[ \t]+(retrieval(?:\.\w+)*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)"
    r"|import[ \t]+(retrieval(?:\.\w+)*))",
    re.MULTILINE,
)


def _module_file(name: str, root: Path, sources: Mapping[Path, bytes]) -> Path | None:
    """The source file of module ``name`` (``retrieval.x.y``) under ``root``, if there is one."""
    rel = Path(*name.split(".")[1:])
    for path in (root / rel.with_suffix(".py"), root / rel / "__init__.py"):
        if path in sources:
            return path
    return None


def index_modules(root: Path = PACKAGE_ROOT, sources: Mapping[Path, bytes] | None = None) -> list[Path]:
    """The source files of ``INDEX_ROOTS`` and of every package module they import, directly or
    through each other. A name imported from a package (``from retrieval.x import y``) is its module
    ``y`` if there is one, otherwise the package's ``__init__``, whose imports are then followed too.
    A package's ``__init__`` run only because a module inside it is imported shapes nothing."""
    sources = _sources(root) if sources is None else sources
    todo = [root / r for r in INDEX_ROOTS]
    seen: set[Path] = set()
    skipped = {root / r for r in NOT_FOLLOWED}
    while todo:
        path = todo.pop()
        if path in seen or path in skipped or path not in sources:
            continue
        seen.add(path)
        for m in _IMPORT.finditer(sources[path].decode("utf-8")):
            if m.group(3):
                found = _module_file(m.group(3), root, sources)
                todo.extend([found] if found else [])
                continue
            names = [n for n in re.findall(r"\w+", re.sub(r"#[^\n]*", "", m.group(2))) if n != "as"]
            subs = [f for n in names if (f := _module_file(f"{m.group(1)}.{n}", root, sources)) is not None]
            todo.extend(subs)
            if len(subs) < len(names):
                found = _module_file(m.group(1), root, sources)  # a name defined in that module
                todo.extend([found] if found else [])
    return sorted(seen)


def index_version(root: Path = PACKAGE_ROOT, sources: Mapping[Path, bytes] | None = None) -> str:
    """A fingerprint of the files ``index_modules`` finds (paths and contents)."""
    sources = _sources(root) if sources is None else sources
    return _fingerprint(index_modules(root, sources), root, sources)


#: the code that shapes the persisted index: an index persisted by other code is never loaded
INDEX_VERSION = index_version(PACKAGE_ROOT, _SOURCES)
del _SOURCES


def tokenizer_signature(tokenizer: Tokenizer, code: str = INDEX_VERSION) -> str:
    """Identifies what the tokenizer does (the code and its aliases): token tables made by another one
    cannot be reused."""
    h = hashlib.sha256(code.encode())
    h.update(repr(sorted(tokenizer.aliases.phrases.items())).encode())
    h.update(repr(sorted(tokenizer.aliases.caps_only)).encode())
    return h.hexdigest()[:16]


def corpus_signature(root: Path, date_formats: Path | None = None) -> str:
    """The corpus directory (resolved) and, for every file under it, its path, device, inode, size,
    modification and change times, and the contents of the outlets' date formats file that reads their
    publication dates: if none changed, the persisted corpus is this corpus (no file needs reading to
    know it). The directory keeps two corpora sharing one database apart, however alike their files;
    the change time, which no one can set back, gives away a file rewritten to the same size with its
    modification time put back; the inode, a file replaced by another."""
    h = hashlib.sha256()
    if date_formats is not None:
        try:
            h.update(date_formats.read_bytes())
        except OSError:
            h.update(b"no date formats\0")
    base = root.resolve()
    h.update(os.fsencode(base) + b"\0")
    for dirpath, dirnames, filenames in os.walk(base, followlinks=False):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath, name)
            try:
                st = path.stat()
            except OSError:
                continue
            h.update(os.fsencode(path.relative_to(base)))
            h.update(
                f"\0{st.st_dev}\0{st.st_ino}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ctime_ns}\0".encode()
            )
    return h.hexdigest()[:24]
