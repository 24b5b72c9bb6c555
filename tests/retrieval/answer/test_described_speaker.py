"""A quotation attributed to a pronoun ('"...," she said') after a sentence naming its speaker with a
description between commas and no article ("Ana Ruiz, regional organiser of the Dockers' Federation,
said ..."): the name before the description speaks, not the body ending it."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import answer_from

_DOC = {
    "id": "dock-closure",
    "title": "Dockers condemn closure of the east quay",
    "text": "The port authority will close the east quay in June, cutting 140 jobs. "
    'Ana Ruiz, regional organiser of the Dockers\' Federation, said the closure was "a betrayal". '
    '"We warned them for years that the quay was losing money and nobody listened," she said.',
}


def test_the_described_name_speaks_not_its_body(tmp_path: Path) -> None:
    a = answer_from(tmp_path, _DOC, "Who said 'We warned them for years'?")
    assert not a.abstained
    assert a.answer.startswith("Ana Ruiz:")
