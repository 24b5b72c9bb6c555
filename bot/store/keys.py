"""What the cache calls "the same request", and the key it stores it under."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from datetime import date, datetime
from enum import Enum

from retrieval import fold


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch).startswith("P")


def _fold_option(value: object) -> object:
    """Option values keep their punctuation (dates, ids) but fold like text otherwise."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return _fold_option(value.value)
    if isinstance(value, list | tuple | set | frozenset):
        items = [_fold_option(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, set | frozenset) else items
    return " ".join(fold(str(value)).casefold().split())


def normalize_request(command: str, text: str = "", **options: object) -> str:
    """The cache's notion of "the same request": what a reader would call the same question.

    Case, Unicode presentation (NFKC, curly quotes, dashes, accents — the engine's own ``fold``),
    whitespace and punctuation of the text are folded; options are sorted and ``None`` options dropped
    (an absent bound and ``None`` mean the same). The result is a stable JSON string, hashed with the
    corpus version to make the key.
    """
    folded = "".join(" " if _is_punct(ch) else ch for ch in fold(text).casefold())
    opts = {k: _fold_option(v) for k, v in sorted(options.items()) if v is not None}
    body = {"c": command.strip().casefold(), "t": " ".join(folded.split()), "o": opts}
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def cache_key(version: str, request: str) -> str:
    """A fixed-size primary key: requests can be long, and the hash keeps the index small."""
    return hashlib.sha256(f"{version}\x1f{request}".encode()).hexdigest()


def gap_key(looked_for: list[str]) -> str:
    """What a declined question looked for, as one key: the terms folded, deduplicated, sorted and
    joined by spaces, so "Who is Rutte?" and "rutte, who?" count as one gap in the coverage."""
    terms = {" ".join(fold(t).casefold().split()) for t in looked_for}
    return " ".join(sorted(t for t in terms if t))
