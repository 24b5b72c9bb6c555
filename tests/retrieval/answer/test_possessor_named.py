"""A role asked of a named owner ("what did Harlow Bank's chief executive say") is not answered by the
same role of a body a sentence calls by a common noun ("the federation's chief executive"), which its
article names in full without the owner's words ("the Tarn Builders Federation"); where the article
names no such body ("the bank's chief executive"), the sentence may be the owner's and still answers."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import answer_from, first_statement

OTHERS = (
    "Builders have cut new starts by a third since January, the Tarn Builders Federation said on Friday. "
    '"Nobody can plan with rates moving like this," said the federation\'s chief executive, Ola Brandt. '
    "Harlow Bank said it would review its lending to builders next month."
)

OWNERS = (
    "Harlow Bank has cut new loans to builders by a third since January, according to its results. "
    '"Nobody can plan with rates moving like this," said the bank\'s chief executive, Ola Brandt. '
    "The Tarn Builders Federation said it would meet the bank next month."
)


def test_another_bodys_officer_does_not_speak_for_the_owner(tmp_path: Path) -> None:
    doc = {"id": "builders", "title": "Builders cut starts", "text": OTHERS}
    a = answer_from(tmp_path, doc, "What did Harlow Bank's chief executive say?")
    assert "Ola Brandt" not in first_statement(a), a.answer


def test_the_owners_officer_by_its_common_noun_speaks(tmp_path: Path) -> None:
    doc = {"id": "builders", "title": "Builders cut starts", "text": OWNERS}
    a = answer_from(tmp_path, doc, "What did Harlow Bank's chief executive say?")
    assert not a.abstained and "Ola Brandt" in first_statement(a), a.answer
