""" "What did the school nurse say": the statements of the one the coverage sets beside the role between
commas ("the school's nurse, Jane Roe, spent two days ...") are the role's, as those of one it titles so
("Nurse Jane Roe") are, though "..., Roe said" no longer writes the role. A name after the role and a
comma that closes no apposition ("After speaking to the school nurse, Jane Roe said ...") is someone else:
left as it was by design (her words are not the nurse's)."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import answer_from, first_statement

RECORDS = (
    "For school nurses, the outbreak is a reminder that vaccination records are only useful if they are "
    "checked. At Elmfield Primary, the school's nurse, Jane Roe, spent two days calling families whose "
    "records were incomplete.\n\n"
    '"We found dozens of children whose second dose had simply never been recorded," Roe said.'
)
RECORDS_OTHER = (
    "For school nurses, the outbreak is a reminder that vaccination records are only useful if they are "
    "checked. After speaking to the school nurse, Jane Roe said families whose records were incomplete "
    "would be called.\n\n"
    '"We found dozens of children whose second dose had simply never been recorded," Roe said.'
)
QUESTION = "What did the school nurse say about the vaccination records?"


def test_the_nurse_set_beside_her_role_speaks_for_it(tmp_path: Path) -> None:
    a = answer_from(tmp_path, {"id": "a1", "title": "Measles at Elmfield", "text": RECORDS}, QUESTION)
    assert not a.abstained, a.answer
    assert "found dozens of children" in first_statement(a), a.answer


def test_a_name_after_a_closing_comma_is_not_the_role(tmp_path: Path) -> None:
    a = answer_from(tmp_path, {"id": "a1", "title": "Measles at Elmfield", "text": RECORDS_OTHER}, QUESTION)
    assert "found dozens of children" not in first_statement(a), a.answer
