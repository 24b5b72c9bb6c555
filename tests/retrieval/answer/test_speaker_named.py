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


def test_a_pronoun_quotation_after_a_surname_alone_is_that_persons() -> None:
    """ "Pell is expected to start next week. '...,' she said." is Pell's, named in full earlier in the
    article; not the body a man's words before it name ("He said he would cooperate with the National
    Ports Authority's review"), which would label her quotation as the Authority's."""
    from retrieval.answer.statements import speaker
    from retrieval.models import Document, DocumentMeta, Sentence

    texts = (
        "Anna Pell was confirmed on Wednesday as harbour master of Dunmore.",
        "The clerk signed the papers at the town hall.",
        "He said he would cooperate fully with the National Ports Authority's review.",
        "Pell is expected to start work next week.",
        '"I will earn their trust," she said.',
    )
    doc = Document(
        meta=DocumentMeta(doc_id="d", title="Harbour master confirmed"),
        sentences=tuple(Sentence("d", i, i, t) for i, t in enumerate(texts)),
        paragraphs=((0, 1), (1, 3), (3, 5)),
    )
    assert speaker(doc, [doc.sentences[4]]) == "Anna Pell"
    # without the surname's sentence, a man's words are passed over for the woman who speaks
    alone = Document(
        meta=doc.meta,
        sentences=tuple(Sentence("d", i, i, t) for i, t in enumerate(texts[:3] + texts[4:])),
        paragraphs=((0, 1), (1, 3), (3, 4)),
    )
    assert speaker(alone, [alone.sentences[3]]) == "Anna Pell"


def test_a_resumed_quotation_of_several_sentences_is_quoted_to_its_close(tmp_path: Path) -> None:
    """ "X said the result 'changes nothing'. 'I accepted defeat once. I will accept it again only
    when ...,' he said." is quoted to the closing mark, not cut after the resumed quotation's first
    sentence with its opening mark left dangling."""
    text = (
        'Speaking in Dunmore, Gil Marsh said the harbour vote "changes nothing". "I accepted defeat once '
        'because I trusted the count. I will accept it again only when every vote is counted," he said. '
        "He said his campaign had raised 4,000 pounds for legal costs."
    )
    news = engine_of(tmp_path, [{"id": "vote", "title": "Marsh fights on", "text": text}, *filler(12)])
    a = news.ask("What did Gil Marsh say about the harbour vote?")
    assert not a.abstained, a.answer
    assert "trusted the count. I will accept it again" in a.statements[0].text, a.answer
    assert_verbatim(news, a)


def test_a_quotation_too_long_to_quote_whole_is_cut_at_a_neighbour_never_joined_across_a_gap(
    tmp_path: Path,
) -> None:
    """A resumed quotation of three long sentences does not fit one quote: the statement keeps the
    sentence beside the chosen one, never the chosen one with the closing sentence two along (printed
    together, they would read as one passage the article never wrote)."""
    text = (
        "Speaking outside the harbour office in Dunmore on Thursday evening, Gil Marsh said the harbour "
        'vote "changes nothing at all for the fishermen of this town". "I accepted defeat once because I '
        "trusted the count that the clerk and his staff carried out through the night in the town hall. "
        "Then a sealed box of ballots turned up in a cupboard at the leisure centre three days after the "
        "count had closed and the result had been declared. I will not accept it again until every "
        'single vote is counted," he said.'
    )
    news = engine_of(tmp_path, [{"id": "vote", "title": "Marsh fights on", "text": text}, *filler(12)])
    a = news.ask("What did Gil Marsh say about the harbour vote?")
    assert not a.abstained, a.answer
    assert_verbatim(news, a)
