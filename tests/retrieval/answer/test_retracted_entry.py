"""A correction appended to a live blog takes back an earlier entry ("Correction: an earlier entry said
the children's emergency department had closed. It remained open."; "An earlier version of this blog said
eight people had died; the confirmed toll at that time was seven."): the entry whose words and figures
the correction names is marked at ingest as retracted, never quoted as fact nor placed on a timeline; the
correction itself stays quotable. A notice naming no claim, or a claim no entry holds, takes back nothing.
Small made-up blogs."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from retrieval.ingest.notices import taken_back_claim, withdrawn_entries
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

CLOSED = (
    "9:40 a.m. The children's emergency department at Corran General has closed, the hospital trust said."
)
DEAD = "10:15 a.m. Eight people have died in the floods across Corran county, police said."
ENTRIES = (
    "9:05 a.m. Flood water reached the lower wards of Corran General Hospital overnight.",
    CLOSED,
    DEAD,
    "10:50 a.m. Correction: an earlier entry said the children's emergency department had closed. "
    "It remained open.",
    "11:20 a.m. An earlier version of this blog said eight people had died; the confirmed toll at that "
    "time was seven.",
    "11:45 a.m. Sandbags were handed out at the Corran county depot on Mill Lane.",
)


def _engine(tmp_path: Path) -> Engine:
    blog = {
        "id": "blog",
        "title": "LIVE: Corran floods",
        "source": "Fell Courier",
        "published": "2026-02-10",
        "text": "\n\n".join(ENTRIES),
    }
    return engine_of(tmp_path, [blog, *filler(12)])


def test_the_entries_a_correction_names_are_marked_retracted(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    (doc,) = [d for d in engine.corpus.documents if d.meta.doc_id == "blog"]
    texts = [doc.sentences[j].text for j in doc.sentences.retracted()]  # type: ignore[attr-defined]
    assert texts == [CLOSED, DEAD]


def test_a_retracted_entry_is_never_quoted_and_the_correction_is(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    for question in (
        "did the children's emergency department at Corran General close",
        "how many people died in the Corran floods",
    ):
        a = engine.ask(question)
        assert_verbatim(engine, a)
        texts = [st.text for st in a.statements]
        assert CLOSED not in texts and DEAD not in texts, a.answer
    a = engine.ask("did the children's emergency department at Corran General close")
    first = a.statements[0].text if a.statements else ""
    assert not a.abstained and "remained open" in first, a.answer


def test_a_retracted_entry_is_on_no_timeline(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    events = engine.timeline("Corran").events
    quoted = " ".join([ev.text for ev in events] + [c.quote for ev in events for c in ev.citations])
    assert events and "Sandbags" in quoted
    assert "has closed" not in quoted and "have died" not in quoted


def test_a_notice_naming_no_claim_or_one_no_entry_holds_takes_back_nothing() -> None:
    assert taken_back_claim("10:50 a.m. Correction: Dr Vell resigned.") == ""
    texts = [
        "The children's emergency department has closed, the trust said.",
        "Correction: an earlier entry said the maternity ward had moved.",
        "An earlier version of this blog said nine people had died.",
    ]
    assert withdrawn_entries(texts, [0, 1, 2], [False, True, True]) == []
    # a sentence of the notice's own paragraph is what is right, never what it takes back
    said = ["An earlier update said the bridge had closed.", "The bridge had closed to lorries only."]
    assert withdrawn_entries(said, [0, 0], [True, False]) == []
