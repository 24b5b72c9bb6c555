"""What a corpus scan knows of each file, so the next scan can skip the unchanged ones: the parts of
its stat a change cannot hide, the documents it yielded and the problems it had. Kept apart from the
loader because the persisted index stores it too (``lifecycle.persist``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from retrieval.models import LoadProblem


class FileStat(NamedTuple):
    """What a change to a file cannot hide from its stat: a rewrite moves the change time (which no
    one can set back) even when size and modification time are put back, and a replacement by rename
    is another inode."""

    dev: int
    ino: int
    size: int
    mtime_ns: int
    ctime_ns: int


@dataclass(frozen=True, slots=True)
class FileEntry:
    """What one corpus file held when it was last read: its stat, the ids of the documents it yielded
    (with their JSONL line) and the problems it had. A reload that finds the file's stat unchanged in
    every field takes those documents from the previous corpus unread; any other file is read, and
    its documents' content fingerprints decide which of them changed."""

    stat: FileStat
    docs: tuple[tuple[str, int | None], ...]
    problems: tuple[LoadProblem, ...]


@dataclass(frozen=True, slots=True)
class FileIndex:
    """What a scan found in each file: all the next scan needs to skip the unchanged ones (a corpus
    keeps this, never the raw texts)."""

    #: file (as shown) -> what it held
    files: dict[str, FileEntry]
    #: when the scan started (ns since the epoch): files modified after it are never trusted unread
    started_ns: int
    #: the manifest file's stat, or None without one
    manifest: FileStat | None
    #: the corpus directory, resolved: a scan of another directory trusts nothing of this one
    root: str = ""


def file_stat(path: Path) -> FileStat | None:
    """The stat of ``path`` as a scan compares it, or None when it cannot be examined."""
    try:
        st = path.stat()
    except OSError:
        return None
    return FileStat(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
