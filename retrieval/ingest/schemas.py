"""The shapes a corpus's own files must have: a manifest of known metadata, and a JSONL record. Unknown
manifest keys are errors (typos are caught); JSONL exports may carry more keys than ours."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, StrictStr, ValidationError, field_validator


def _check_iso_date(value: str | None) -> str | None:
    """Dates must be exact ``YYYY-MM-DD`` so that a typo is reported instead of silently mis-dating. An
    ISO 8601 date and time, as exports write it ("2026-01-13T07:30:00Z"), states its date too: its date
    part, as written (the day in the time zone the export gives, never shifted to another)."""
    if value is None:
        return None
    if len(value) > 10 and value[10:11] in ("T", " "):
        try:
            datetime.fromisoformat(value)
        except ValueError as exc:
            raise ValueError(f"published must be a real YYYY-MM-DD date, got {value!r}") from exc
        value = value[:10]
    if len(value) != 10:
        raise ValueError(f"published must be YYYY-MM-DD, got {value!r}")
    try:
        date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"published must be a real YYYY-MM-DD date, got {value!r}") from exc
    return value


def _names_joined(value: Any) -> Any:
    """A list of authors, as exports often give it (["A", "B"]), read as the byline would say it ("A and
    B"); anything but a list of names is left for the type check to report."""
    if isinstance(value, list) and value and all(isinstance(v, str) and v.strip() for v in value):
        names = [" ".join(v.split()) for v in value]
        return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    return value


# built at first use (``defer_build``): a process uses few of these models, and building each at import
# cost every start of a one-shot ``newsbot ask`` some milliseconds
class ManifestEntry(BaseModel):
    """Known-for-certain metadata for one document; unknown keys are errors so typos are caught."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    title: StrictStr | None = None
    source: StrictStr | None = None
    author: StrictStr | None = None
    url: StrictStr | None = None
    published: StrictStr | None = None

    _published = field_validator("published")(_check_iso_date)


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    documents: dict[str, ManifestEntry]


class JsonlRecord(BaseModel):
    """One JSONL line. Extra keys are tolerated (exports often carry more) but the known ones are typed."""

    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)

    id: StrictStr
    text: StrictStr
    title: StrictStr | None = None
    url: StrictStr | None = None
    published: StrictStr | None = None
    source: StrictStr | None = None
    author: StrictStr | None = None

    _published = field_validator("published")(_check_iso_date)
    _authors = field_validator("author", mode="before")(_names_joined)

    @field_validator("id", "text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value


def describe_error(exc: ValidationError) -> str:
    """A one-line, human summary of a pydantic error: which field, what was wrong."""
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"]) or "value"
        msg = "missing" if err["type"] == "missing" else str(err["msg"])
        parts.append(f"{loc}: {msg}")
    return "; ".join(parts)
