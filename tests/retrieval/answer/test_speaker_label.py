"""The name shown before a quotation spoken by "he" or "she" is the speaker's: not a ship's or a band's
name that reads like a person's, not the person a relative ("Her father said") is related to; and a
titled full name ("Dr Priya Hallam") is a person's."""

from __future__ import annotations

from retrieval.answer.statements import speaker
from retrieval.models import Document, DocumentMeta, Sentence


def _doc(*texts: str) -> Document:
    return Document(
        meta=DocumentMeta(doc_id="d", title="Oil reaches the coast"),
        sentences=tuple(Sentence("d", i, 0, t) for i, t in enumerate(texts)),
        paragraphs=((0, len(texts)),),
    )


def test_a_titled_full_name_speaks_not_the_ship_named_after_it() -> None:
    doc = _doc(
        "Dr Priya Hallam, director of marine protection at the Coastal Trust, walked the beach on Monday.",
        "The crude oil tanker Marisol Venture ran aground off the cove last week.",
        '"We are seeing oil in rock pools," she said.',
    )
    assert speaker(doc, [doc.sentences[2]]) == "Priya Hallam"


def test_a_name_a_thing_noun_introduces_is_no_speaker() -> None:
    doc = _doc(
        "Fans had queued for hours to see the band Hollow Pines.",
        '"It was chaos at the gate," he said.',
    )
    assert speaker(doc, [doc.sentences[1]]) is None


def test_a_person_a_role_noun_introduces_speaks() -> None:
    doc = _doc(
        "Fans were helped out by the steward Jordan Pike.",
        '"It was chaos at the gate," he said.',
    )
    assert speaker(doc, [doc.sentences[1]]) == "Jordan Pike"


def test_a_relative_speaking_is_not_the_person_named_before() -> None:
    doc = _doc(
        "Ellie Walsh, 19, was among those who died at Gate C.",
        "Her father said the family wanted answers from the promoter.",
        '"We were told nothing for six hours," he said.',
    )
    assert speaker(doc, [doc.sentences[2]]) is None
