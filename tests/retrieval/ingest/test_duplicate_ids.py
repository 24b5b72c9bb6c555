"""Two documents with one id both load: a file named like a JSONL record's id (or two files of one name
in two folders) is loaded under an id of its own, the same on every load, and the warning names it."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from retrieval.ingest.corpus import build_corpus
from retrieval.ingest.load import load_corpus


def _corpus(root: Path) -> Path:
    root.mkdir()
    (root / "port-floods.md").write_text(
        "# Floods reach the port\n\nWater covered the quay on Monday, the harbour master said.\n",
        encoding="utf-8",
    )
    records = [
        {"id": "port-floods", "text": "The ferry service was suspended after the storm.", "source": "Wire"},
        {"id": "other", "text": "The council met on Tuesday."},
    ]
    (root / "wire.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return root


def _age(root: Path) -> None:
    """Files older than the racy-clean window, so a reload may take them unread."""
    past = time.time() - 60
    for path in root.iterdir():
        os.utime(path, (past, past))


def test_a_file_and_a_jsonl_record_with_one_id_both_load(tmp_path: Path) -> None:
    docs, problems = load_corpus(_corpus(tmp_path / "c"))
    texts = {d.doc_id: d.text for d in docs}
    assert sorted(texts) == ["other", "port-floods", "port-floods@wire.jsonl"]
    assert "Water covered the quay" in texts["port-floods"]
    assert texts["port-floods@wire.jsonl"] == "The ferry service was suspended after the storm."
    (warning,) = problems
    assert warning.path == "wire.jsonl" and warning.line == 1
    assert "duplicate document id 'port-floods'" in warning.message
    assert "loaded as 'port-floods@wire.jsonl'" in warning.message


def test_two_records_with_one_id_in_one_file_both_load(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "x", "text": f"Story number {n}."}) for n in range(3)]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, problems = load_corpus(tmp_path)
    assert [d.doc_id for d in docs] == ["x", "x@feed.jsonl", "x@feed.jsonl~2"]
    assert [p.line for p in problems] == [2, 3]


def test_a_reload_gives_the_ids_a_fresh_load_gives(tmp_path: Path) -> None:
    root = _corpus(tmp_path / "c")
    _age(root)
    first = build_corpus(root)
    again = build_corpus(root, previous=first)
    ids = sorted(d.meta.doc_id for d in again.documents)
    assert (
        ids
        == sorted(d.meta.doc_id for d in first.documents)
        == sorted(d.doc_id for d in load_corpus(root)[0])
    )
    # the file that held the id goes: the record takes its own id back, as a fresh load gives it
    (root / "port-floods.md").unlink()
    after = build_corpus(root, previous=again)
    by_id = {d.meta.doc_id: d for d in after.documents}
    assert sorted(by_id) == ["other", "port-floods"]
    assert by_id["port-floods"].meta.source == "Wire"
    assert not any("duplicate" in p.message for p in after.problems)
    # and it comes back: the file (first in path order) has the id again, the record its own
    (root / "port-floods.md").write_text("Water covered the quay again.\n", encoding="utf-8")
    back = build_corpus(root, previous=after)
    assert sorted(d.meta.doc_id for d in back.documents) == ["other", "port-floods", "port-floods@wire.jsonl"]
