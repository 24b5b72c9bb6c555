"""A few sentences holding a question's word as asked may not answer it, where another writes the word in
another of its own forms ("agreed to pay $4 million to settle" for "how much is the settlement"): such
sentences are searched too, below them. Only a word's own forms (one begins the other), never its
synonyms, which may be of another sense."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

CLAIMS = (
    "Two ferry operators have agreed to pay $4 million to settle claims brought by passengers stranded "
    "in the Kestle harbour strike. "
    "The settlement still needs the approval of a judge. "
    "Passengers' lawyer Ola Brandt said the settlement was fair."
)


def test_a_word_in_another_of_its_forms_answers(tmp_path: Path) -> None:
    news = engine_of(tmp_path, [{"id": "claims", "title": "Ferry claims", "text": CLAIMS}, *filler(12)])
    a = news.ask("how much is the settlement")
    assert not a.abstained and "$4 million" in a.statements[0].text, a.answer
    assert_verbatim(news, a)
