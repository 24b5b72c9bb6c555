"""A quotation standing alone after one its paragraph attributes is the same speaker's words ('"Most of
the results are reassuring," she said. "But there is no safe level of lead ..."'): news gives a speaker's
next words without naming them again. So "what did Ruiz say about lead" is answered by those words,
which hold what is asked, over her reported speech about something else. A twin without them is left as
it was by design (her reported speech is the statement of hers that holds the most of the question); a
quotation opening a paragraph of its own after narration of another speaker's is not hers. Her words
credited to her surname ("..., Calder said") hold her full name where the article names her so, and not
where it names only another of that surname (then left as it was: her full name is not held)."""

from __future__ import annotations

from pathlib import Path

from retrieval.answer.statements import said_by
from retrieval.models import Document, DocumentMeta, Sentence
from tests.retrieval.answer.corpora import answer_from, assert_verbatim, engine_of, filler, first_statement

CLINIC = (
    "Dr. Ana Ruiz, a pediatrician at Harlow Children's Hospital, said the hospital had tested the blood of "
    '300 children from the affected schools so far. "Most of the results are reassuring," she said. '
    "\"But there is no safe level of lead in a child's blood, and we are following up with every family "
    'whose child tested above 3.5 micrograms per deciliter."'
)
CLINIC_SHORT = (
    "Dr. Ana Ruiz, a pediatrician at Harlow Children's Hospital, said the hospital had tested the blood of "
    '300 children from the affected schools so far. "Most of the results are reassuring," she said.'
)
QUESTION = "What did Ruiz say about lead in children's blood?"


def test_her_next_quotation_answers_what_she_said(tmp_path: Path) -> None:
    news = engine_of(tmp_path, [{"id": "a1", "title": "Lead tests in Harlow", "text": CLINIC}, *filler(12)])
    a = news.ask(QUESTION)
    assert not a.abstained, a.answer
    assert "no safe level of lead" in first_statement(a), a.answer
    assert_verbatim(news, a)


def test_without_it_her_reported_speech_answers(tmp_path: Path) -> None:
    a = answer_from(tmp_path, {"id": "a1", "title": "Lead tests in Harlow", "text": CLINIC_SHORT}, QUESTION)
    assert not a.abstained, a.answer
    assert "Ana Ruiz" in first_statement(a), a.answer


def _doc(texts: list[tuple[int, str]]) -> Document:
    sentences = tuple(Sentence("d", i, p, t) for i, (p, t) in enumerate(texts))
    spans: dict[int, list[int]] = {}
    for s in sentences:
        spans.setdefault(s.paragraph, []).append(s.index)
    return Document(DocumentMeta(doc_id="d"), sentences, tuple((v[0], v[-1] + 1) for v in spans.values()))


def test_a_quotation_goes_on_in_its_paragraph_only() -> None:
    doc = _doc(
        [
            (0, '"Most of the results are reassuring," Ana Ruiz said.'),
            (0, '"But there is no safe level of lead."'),
            (1, '"We will appeal," Tom Vale said.'),
            (2, "The council met on Monday."),
            (3, '"Nothing has changed."'),
        ]
    )
    ruiz = lambda n: "Ruiz" in n  # noqa: E731
    assert said_by(doc, doc.sentences[1], ruiz)
    assert not said_by(doc, doc.sentences[4], ruiz)
    assert not said_by(doc, doc.sentences[4], lambda n: "Vale" in n)


INQUIRY = (
    "Detective Superintendent Ruth Calder said the investigation into the Tamber bridge collapse was "
    '"complex and fast-moving". She said officers had reviewed more than 4,000 documents and interviewed '
    "dozens of engineers.\n\n"
    '"We are investigating whether criminal offences, including corporate manslaughter, were committed. '
    'No one has been arrested at this stage," Calder said.'
)
INQUIRY_OTHER = (
    "Council leader Tom Calder said the inquiry into the Tamber bridge collapse would report in the "
    "spring. Officers had reviewed more than 4,000 documents and interviewed dozens of engineers.\n\n"
    '"No one has been arrested at this stage, and I do not expect that to change," Calder said.'
)


def test_her_words_under_her_surname_hold_her_full_name(tmp_path: Path) -> None:
    news = engine_of(tmp_path, [{"id": "a1", "title": "Bridge inquiry", "text": INQUIRY}, *filler(12)])
    a = news.ask("What did Ruth Calder say about arrests?")
    assert not a.abstained, a.answer
    assert "No one has been arrested" in first_statement(a), a.answer
    assert_verbatim(news, a)


def test_another_of_her_surname_does_not_speak_for_her(tmp_path: Path) -> None:
    doc = {"id": "a1", "title": "Bridge inquiry", "text": INQUIRY_OTHER}
    a = answer_from(tmp_path, doc, "What did Ruth Calder say about arrests?")
    assert a.abstained or "No one has been arrested" not in first_statement(a), a.answer
