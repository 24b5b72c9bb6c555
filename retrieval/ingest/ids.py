"""Ids for documents whose id another document already has, and which file held an id first.

A corpus may hold two documents with one id: a file named like a JSONL record's id ("port-floods.md"
beside a record "port-floods"), two files of one name in two folders, two records of one id. The first
in the walk's sorted order keeps the id; each later one is loaded under an id of its own made from its
file, so every load of the same corpus gives the same ids and no document is lost. Kept apart from the
loader because a reload that takes unchanged files unread must know which file kept each id.
"""

from __future__ import annotations

from retrieval.ingest.files import FileIndex


def unique_id(doc_id: str, path: str, taken: dict[str, str]) -> str:
    """An id for a second document with ``doc_id``: the id and the file it is in ("a@feed.jsonl"),
    numbered on when even that is taken (two records of one id in one file). Made from the path and
    the walk's sorted order only, so every load of the same corpus gives the same ids."""
    base = unique = f"{doc_id}@{path}"
    n = 2
    while unique in taken:
        unique, n = f"{base}~{n}", n + 1
    return unique


def first_owners(previous: FileIndex) -> dict[str, str]:
    """Each document id of a previous scan -> the file that held it first (the file whose document
    kept the id; a later one was loaded under another). Files are kept in the walk's order."""
    owners: dict[str, str] = {}
    for shown, entry in previous.files.items():
        for doc_id, _ in entry.docs:
            owners.setdefault(doc_id, shown)
    return owners
