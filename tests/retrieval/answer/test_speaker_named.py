""" "What did X say" is answered by X's words: a sentence that neither names X nor can refer back to X (a
pronoun, "the union leader said") is someone else's, however much of the topic it holds ("A union
official told the Gazette the strike would go on" is no answer to what Ana Ruiz said about the strike)."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

STRIKE = (
    "Bus drivers in Corvale walked out on Monday over pay. "
    "A union official told the Gazette the strike would go on until the company improved its offer. "
    "Ana Ruiz, the transport minister, said she would meet both sides on Friday."
)
RUIZ = (
    "Ana Ruiz, the transport minister, visited the depot in Corvale on Tuesday. "
    "She also described the walkout as a strike that nobody wanted."
)


def test_a_statement_by_someone_else_unnamed_is_not_the_asked_persons(tmp_path: Path) -> None:
    news = engine_of(
        tmp_path, [{"id": "strike", "title": "Bus drivers walk out", "text": STRIKE}, *filler(12)]
    )
    a = news.ask("What did Ana Ruiz say about the strike?")
    assert "union official" not in a.answer, a.answer


def test_a_pronoun_may_refer_back_to_the_asked_person(tmp_path: Path) -> None:
    news = engine_of(tmp_path, [{"id": "ruiz", "title": "Minister visits depot", "text": RUIZ}, *filler(12)])
    a = news.ask("What did Ana Ruiz say about the strike?")
    assert not a.abstained, a.answer
    assert "nobody wanted" in a.answer
    assert_verbatim(news, a)


def test_adding_to_a_thing_is_not_saying() -> None:
    from retrieval.answer.question import classify

    assert classify("What did Watt add to the steam engine?") == "what"
    assert classify("what did the minister add") == "quote"


def test_a_pronoun_after_a_named_subjects_saying_verb_is_not_the_speaker() -> None:
    """ "the player said he had ..." is the player's (no name to label it with), not whoever an earlier
    sentence names ("the World Anti-Doping Code"); "'...,' said she" and "..., she said" are a pronoun's."""
    from retrieval.answer.statements import PRONOUN_SPEAKER, speaker
    from retrieval.models import Document, DocumentMeta, Sentence

    texts = (
        "The agency said the sample held a drug banned under the World Anti-Doping Code.",
        'In a statement, the player said he had "never knowingly taken a banned substance" in his life.',
    )
    doc = Document(
        meta=DocumentMeta(doc_id="d", title="Striker suspended"),
        sentences=tuple(Sentence("d", i, i, t) for i, t in enumerate(texts)),
        paragraphs=((0, 1), (1, 2)),
    )
    assert speaker(doc, [doc.sentences[1]]) is None
    assert PRONOUN_SPEAKER.search('"We will appeal," she said.')
    assert PRONOUN_SPEAKER.search('"We will appeal," said she.')
    assert not PRONOUN_SPEAKER.search("The player said he had never taken it.")
