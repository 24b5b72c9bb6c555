"""A model's code run together in chat ("the k40") is the one the coverage writes with a hyphen ("the
K-40"), whose index keeps only its number: read so when a sentence writes the code, not when the number
only stands beside another word ("40 farms")."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval import Engine, build_engine
from tests.retrieval.answer.corpora import assert_verbatim, filler, first_statement

DRONES = {
    "id": "drones",
    "title": "Crop-spraying drones grounded after crash",
    "published": "2026-07-02",
    "text": "Farm regulators have grounded the K-40 crop-spraying drone after one fell onto a greenhouse "
    "near Ostby on Tuesday.\n\n"
    "The K-40 is built by Marren Robotics, a company based in Lund.\n\n"
    "About 40 farms in the region use the drones, the growers' association said.\n\n"
    "Nobody was hurt in the crash, which investigators blamed on a faulty battery.",
}
FERRIES = {
    "id": "ferries",
    "title": "Island ferry timetable cut",
    "published": "2026-07-03",
    "text": "The island ferry will run 40 crossings a week this summer, down from 52.\n\n"
    "The operator blamed a shortage of crew for the cuts.",
}


def _engine(tmp_path: Path, *docs: dict[str, str]) -> Engine:
    root = tmp_path / "corpus"
    root.mkdir()
    rows = [*docs, *filler(12)]
    (root / "docs.jsonl").write_text("".join(json.dumps(d) + "\n" for d in rows), encoding="utf-8")
    return build_engine(root)


def test_a_code_run_together_is_the_hyphenated_one(tmp_path: Path) -> None:
    engine = _engine(tmp_path, DRONES)
    a = engine.ask("who builds the k40")
    assert not a.abstained, a.answer
    assert "Marren Robotics" in first_statement(a)
    assert_verbatim(engine, a)


def test_a_number_alone_is_no_code(tmp_path: Path) -> None:
    engine = _engine(tmp_path, FERRIES)
    a = engine.ask("who builds the k40")
    assert a.abstained, a.answer
