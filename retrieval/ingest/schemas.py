"""The shapes a corpus's own files must have: a manifest of known metadata, and a JSONL record. Unknown
manifest keys are errors (typos are caught); JSONL exports may carry more keys than ours."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, StrictStr, ValidationError, field_validator


def _check_iso_date(value: str | None) -> str | None:
    """Dates must be exact ``YYYY-MM-DD`` so that a typo is reported instead of silently mis-dating."""
    if value is None:
        return None
    if len(value) != 10:
        raise ValueError(f"published must be YYYY-MM-DD, got {value!r}")
    try:
        date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"published must be a real YYYY-MM-DD date, got {value!r}") from exc
    return value


class ManifestEntry(BaseModel):
    """Known-for-certain metadata for one document; unknown keys are errors so typos are caught."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: StrictStr | None = None
    source: StrictStr | None = None
    author: StrictStr | None = None
    url: StrictStr | None = None
    published: StrictStr | None = None

    _published = field_validator("published")(_check_iso_date)


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    documents: dict[str, ManifestEntry]


class JsonlRecord(BaseModel):
    """One JSONL line. Extra keys are tolerated (exports often carry more) but the known ones are typed."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    id: StrictStr
    text: StrictStr
    title: StrictStr | None = None
    url: StrictStr | None = None
    published: StrictStr | None = None
    source: StrictStr | None = None
    author: StrictStr | None = None

    _published = field_validator("published")(_check_iso_date)

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
