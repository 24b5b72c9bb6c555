"""What a reload did, as every front end reports it (the Discord embed, the console and the CLI text):
the versions, the documents added, removed and changed, the problems found, and whether the reload is
on record in the history — a report never claims a record that failed."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

#: what became of a reload's record in the history: not yet tried, written, or not written
HistoryState = Literal["pending", "recorded", "failed"]


class ReloadReport(BaseModel):
    model_config = ConfigDict(defer_build=True)  # built at first use: most runs never reload

    ok: bool
    by: str
    version_before: str
    version_after: str
    added: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)
    changed: list[str] = Field(default_factory=list)
    documents: int = 0
    sentences: int = 0
    problems: list[str] = Field(default_factory=list)
    error: str | None = None
    cancelled: bool = False
    #: how long the reload took, from reading the corpus to the swap (or to the failure)
    seconds: float | None = None
    #: whether the reload history holds this reload; a report never claims a record that failed
    history: HistoryState = "pending"
    history_error: str | None = None
