"""A page naming no outlet that speaks as one of the corpus's outlets to its reader is that outlet's: a
live page's "welcome to the Wexmoor Ledger's live coverage", "you are following live updates from the
Wexmoor Ledger", "Stay with the Wexmoor Ledger for updates." A story that only mentions the outlet, or
describes it, is not; nor is a page speaking as two outlets. And a newsroom's credit "By the Wexmoor
Ledger live desk" names the outlet, not "By the Wexmoor Ledger"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from retrieval.ingest.byline import read_byline
from retrieval.ingest.corpus import build_corpus

_OTHER = {
    "id": "rain",
    "source": "The Wexmoor Ledger",
    "title": "Rain",
    "text": "Rain fell all day in Ormsby.",
}
_RIVAL = {"id": "wind", "source": "Ormsby Echo", "title": "Wind", "text": "Gales closed the coast road."}


def _source_of(root: Path, page: str) -> str | None:
    root.mkdir(parents=True, exist_ok=True)
    (root / "page.md").write_text(f"# LIVE: Ormsby floods\n\n{page}\n", encoding="utf-8")
    (root / "other.jsonl").write_text(json.dumps(_OTHER) + "\n" + json.dumps(_RIVAL) + "\n", encoding="utf-8")
    return {d.meta.doc_id: d.meta.source for d in build_corpus(root).documents}["page"]


@pytest.mark.parametrize(
    "page",
    [
        "**9:05 a.m.** Good morning and welcome to the Wexmoor Ledger's live coverage of the floods.",
        "**9:05 a.m.** The river is rising.\n\n**9:30 a.m.** You are following live updates from the "
        "Wexmoor Ledger.",
        "**9:05 a.m.** The river is rising.\n\nStay with the Wexmoor Ledger for updates through the day.",
    ],
)
def test_a_page_speaking_as_a_corpus_outlet_is_its(tmp_path: Path, page: str) -> None:
    assert _source_of(tmp_path, page) == "The Wexmoor Ledger"


@pytest.mark.parametrize(
    "page",
    [
        "**9:05 a.m.** The Wexmoor Ledger is owned by Harwick Media, the river is rising.",
        "**9:05 a.m.** The river is rising, the Wexmoor Ledger reported.",
        "**9:05 a.m.** Welcome to the Ormsby Echo's live coverage.\n\nStay with the Wexmoor Ledger for more.",
        "**9:05 a.m.** Welcome to the Harwick Post's live coverage of the floods.",
    ],
)
def test_a_page_only_naming_an_outlet_is_not_its(tmp_path: Path, page: str) -> None:
    assert _source_of(tmp_path, page) is None


def test_a_desk_credited_with_the_before_it_names_the_outlet() -> None:
    credit = read_byline("By the Wexmoor Ledger live desk")
    assert credit is not None and credit.outlet == "Wexmoor Ledger"


@pytest.mark.parametrize(
    ("page", "outlet"),
    [
        ("**9:05 a.m.** The river is rising.\n\n**5:10 p.m.** That's all from us today. Stay with the "
         "Harwick Post for updates.", "Harwick Post"),
        ("Crews worked through the night.\n\nStay with KCVR News 7 on air and online for continuing "
         "coverage.", "KCVR News 7"),
    ],
)  # fmt: skip
def test_a_sign_off_names_the_page_outlet_no_other_document_names(
    tmp_path: Path, page: str, outlet: str
) -> None:
    assert _source_of(tmp_path, page) == outlet


@pytest.mark.parametrize(
    "page",
    [
        # not a sign-off: the story goes on after it, or it asks nothing of the coverage
        "Stay with the Harwick Post for updates.\n\nThe river is rising.\n\nRoads are shut.\n\n"
        "Schools are closed.",
        "**9:05 a.m.** The river is rising.\n\nJoin Mayor Hale for a walk on Friday.",
        # a closing line asking the reader to call or visit someone names a helpline or a place
        "Health officials confirmed 14 measles cases.\n\nCall NHS 111 for more advice.",
        "The river is rising.\n\nVisit Ormsby Town Hall online for more updates.",
        # two outlets signing off: neither is told apart
        "The river is rising.\n\nStay with the Harwick Post for updates.\n\nStay with Ormsby Radio for more.",
    ],
)
def test_no_sign_off_or_two_names_no_outlet(tmp_path: Path, page: str) -> None:
    assert _source_of(tmp_path, page) is None


def test_a_sign_off_with_another_verb_names_an_outlet_the_corpus_credits(tmp_path: Path) -> None:
    page = "The river is rising.\n\nCheck Ormsby Echo online for more updates."
    assert _source_of(tmp_path, page) == "Ormsby Echo"


def test_a_named_outlet_is_not_replaced_by_a_sign_off(tmp_path: Path) -> None:
    page = "By Ann Lee, Ormsby Echo\n\nThe river is rising.\n\nStay with the Harwick Post for updates."
    assert _source_of(tmp_path, page) == "Ormsby Echo"
