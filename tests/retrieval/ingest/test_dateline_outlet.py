"""A wire's record with no outlet field whose dateline gives, in brackets, the name the corpus's other
documents credit as their outlet ("ORMSBY (Kestrel) —" among the wire Kestrel's records) is that
outlet's: the corpus says the bracketed word is an outlet's name, which alone it would not."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval.ingest.corpus import build_corpus


def _wire_records(root: Path, last_source: str | None) -> None:
    records = [
        {"id": "w1", "source": "Kestrel", "title": "Dam gates opened",
         "text": "ORMSBY (Kestrel) — Engineers opened two spillway gates at the Ormsby dam on Friday."},
        {"id": "w2", "source": "Kestrel", "title": "Town hall shut",
         "text": "ORMSBY (Kestrel) — The town hall stayed shut as the river rose past the bridge."},
        {"id": "w3", "title": "Evacuation lifted",
         "text": "ORMSBY (Kestrel) — Residents of the lower town were allowed home on Sunday evening."},
    ]  # fmt: skip
    if last_source is not None:
        records[0]["source"] = records[1]["source"] = last_source
    root.mkdir(parents=True, exist_ok=True)
    (root / "wire.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")


def test_a_record_naming_no_outlet_is_the_one_its_dateline_names_as_the_others_do(tmp_path: Path) -> None:
    """A wire's record with no outlet field, dated "ORMSBY (Kestrel) —" as its other records are: the
    outlet is the wire the corpus's other records credit, though "Kestrel" alone reads as a bird."""
    _wire_records(tmp_path, None)
    docs = {d.meta.doc_id: d.meta for d in build_corpus(tmp_path).documents}
    assert docs["w3"].source == "Kestrel"
    assert docs["w3"].provenance["source"] == "inferred"


def test_a_bracketed_word_no_document_credits_is_no_outlet(tmp_path: Path) -> None:
    _wire_records(tmp_path, "Ormsby Evening News")
    docs = {d.meta.doc_id: d.meta for d in build_corpus(tmp_path).documents}
    assert docs["w3"].source is None


def test_a_page_speaking_as_an_outlet_is_its_not_the_bracketed_words(tmp_path: Path) -> None:
    """A dateline bracketing a name no document credits ("(Kestrel)") on a page that speaks as another
    outlet ("Stay with the Wexmoor Ledger for updates."): the page is the outlet it speaks as."""
    records = [
        {"id": "rain", "source": "The Wexmoor Ledger", "title": "Rain",
         "text": "Rain fell all day in Ormsby."},
        {"id": "w3", "title": "Evacuation lifted",
         "text": "ORMSBY (Kestrel) — Residents of the lower town were allowed home on Sunday evening. "
         "Stay with the Wexmoor Ledger for updates."},
    ]  # fmt: skip
    (tmp_path / "wire.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    docs = {d.meta.doc_id: d.meta for d in build_corpus(tmp_path).documents}
    assert docs["w3"].source == "The Wexmoor Ledger"
    assert docs["w3"].provenance["source"] == "inferred"
