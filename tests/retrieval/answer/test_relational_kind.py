"""A role asked by its kind ("who is Tessford's chief technology officer") is not answered by a
sentence naming someone in another kind of it that an adjective names ("Chief financial officer Lena
Marsh"): "financial" pertains to finance and names a kind of officer as "finance" would. Its twin,
whose coverage names the technology officer, is answered by her."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import answer_from, first_statement

_OUTAGE = (
    "Tessford Bank's chief financial officer, Lena Marsh, said the outage had cost the bank about "
    "$4 million in refunds. "
    "Tessford Bank said its online banking service was restored on Thursday evening."
)


def _doc(text: str) -> dict[str, str]:
    return {"id": "tessford-outage", "title": "Tessford Bank outage costs $4 million", "text": text}


def test_another_kind_of_the_role_is_no_answer(tmp_path: Path) -> None:
    a = answer_from(tmp_path, _doc(_OUTAGE), "Who is Tessford Bank's chief technology officer?")
    assert a.abstained, a.answer


def test_the_kind_asked_named(tmp_path: Path) -> None:
    named = _doc(
        _OUTAGE + " Tessford Bank's chief technology officer, Ravi Oduya, said a faulty update caused it."
    )
    a = answer_from(tmp_path, named, "Who is Tessford Bank's chief technology officer?")
    assert not a.abstained, a.answer
    assert "Ravi Oduya" in first_statement(a), a.answer
