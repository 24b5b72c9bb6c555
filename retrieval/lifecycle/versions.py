"""Fingerprints that decide what may be reused: of the core's code, of a tokenizer, of corpus files.

Anything persisted or cached was shaped by code somewhere under ``retrieval/``, so the code version
hashes every source file there — no hand-kept list that a new module could be left out of (one was:
the document subjects, persisted, were made by a module the list did not name).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from retrieval.search.text import Tokenizer

PACKAGE_ROOT = Path(__file__).resolve().parents[1]


def source_version(root: Path = PACKAGE_ROOT) -> str:
    """A fingerprint of every ``.py`` file under ``root`` (paths and contents, in sorted order)."""
    h = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        h.update(path.relative_to(root).as_posix().encode())
        h.update(b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()[:12]


#: the core's code: answers cached by other code are never served, data persisted by it never loaded
CODE_VERSION = source_version()


def tokenizer_signature(tokenizer: Tokenizer, code: str = CODE_VERSION) -> str:
    """Identifies what the tokenizer does (the code and its aliases): token tables made by another one
    cannot be reused."""
    h = hashlib.sha256(code.encode())
    h.update(repr(sorted(tokenizer.aliases.phrases.items())).encode())
    h.update(repr(sorted(tokenizer.aliases.caps_only)).encode())
    return h.hexdigest()[:16]


def corpus_signature(root: Path, date_formats: Path | None = None) -> str:
    """Paths, sizes and modification times of every file under the corpus, and the contents of the
    outlets' date formats file that reads their publication dates: if none changed, the persisted
    corpus is the corpus (no file needs reading to know it)."""
    h = hashlib.sha256()
    if date_formats is not None:
        try:
            h.update(date_formats.read_bytes())
        except OSError:
            h.update(b"no date formats\0")
    base = root.resolve()
    for dirpath, dirnames, filenames in os.walk(base, followlinks=False):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath, name)
            try:
                st = path.stat()
            except OSError:
                continue
            h.update(f"{path.relative_to(base)}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    return h.hexdigest()[:24]
