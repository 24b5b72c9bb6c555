"""What the cache calls "the same request", and the key it stores it under."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from enum import Enum

from retrieval import fold


def _option(value: object) -> object:
    """An option value as JSON: dates as ISO text, enums by value, sets sorted; nothing else changed."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return _option(value.value)
    if isinstance(value, list | tuple | set | frozenset):
        items = [_option(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, set | frozenset) else items
    return str(value)


def normalize_request(command: str, text: str = "", **options: object) -> str:
    """The cache's notion of "the same request": the request as the engine sees it, and nothing looser.

    The text is the question (or topic) exactly as the engine receives it, with only its whitespace
    collapsed (the service hands the engine collapsed text anyway). Nothing else is folded: the engine
    reads case (a capital marks a name), accents and punctuation, so "when did trump say …" can get
    another answer than "When did Trump say …", and a key that folded them served whichever was
    asked first. Options are sorted and ``None`` options dropped (an absent bound and ``None`` mean
    the same). The result is a stable JSON string, hashed with the corpus version to make the key.
    """
    opts = {k: _option(v) for k, v in sorted(options.items()) if v is not None}
    # "q", not the "t" of the folding keys: entries cached under those are never served again
    body = {"c": command.strip(), "q": " ".join(text.split()), "o": opts}
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def cache_key(version: str, request: str) -> str:
    """A fixed-size primary key: requests can be long, and the hash keeps the index small."""
    return hashlib.sha256(f"{version}\x1f{request}".encode()).hexdigest()


def gap_key(looked_for: list[str]) -> str:
    """What a declined question looked for, as one key: the terms folded, deduplicated, sorted and
    joined by spaces, so "Who is Rutte?" and "rutte, who?" count as one gap in the coverage."""
    terms = {" ".join(fold(t).casefold().split()) for t in looked_for}
    return " ".join(sorted(t for t in terms if t))
