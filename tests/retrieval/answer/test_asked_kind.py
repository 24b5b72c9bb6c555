"""A "what X" whose X is a thing a coverage names or counts (a party, a firm, a fee: WordNet's groups,
possessions, places and made things) is not answered by a sentence about the person asked of that
writes neither X, nor a kind of X, nor a name WordNet files under X, in an article that never writes
X: "Attorney Bram Okoye, representing the port, argued ..." gives no law firm of his. A place or body
written only as "a X" ("in a hospital") is not named; a name doing the question's verb after "which X"
("which news agency reported": "Corvane reported") is."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

FERRY = (
    "Mayor Rosa Tellum on Monday opened the new ferry terminal in Quillby, three years late. "
    "Tellum said the terminal would carry 4,000 passengers a day by the summer. "
    "Attorney Bram Okoye, representing the port authority, argued that the delay was the builder's. "
    "The builder, Sandmark, denied it. "
    "A ferry worker, Ivo Brandt, spent two nights in a hospital after a fall on the ramp. "
    "Arbiter Nils Bergen was paid a visit by the mayor on Monday."
)
COUNCIL = (
    "Mayor Dan Hobb, a Labour councillor since 1998, said the Wexley bypass would be finished in May. "
    "Attorney Lena Fisk, a partner at the law firm Holt Vance, acted for the residents. "
    "The bypass will cost 30 million pounds. "
    "On Friday, Corvane reported that the bypass would open a month early. "
    "The survey fee was 40,000 pounds."
)


def _news(tmp_path: Path):  # type: ignore[no-untyped-def]
    docs = [
        {"id": "ferry", "title": "Quillby ferry terminal opens", "text": FERRY},
        {"id": "council", "title": "Wexley bypass due in May", "text": COUNCIL},
    ]
    return engine_of(tmp_path, [*docs, *filler(12)])


def test_a_sentence_about_the_person_without_the_thing_asked_declines(tmp_path: Path) -> None:
    news = _news(tmp_path)
    for question in (
        "what party is mayor tellum in",
        "what is attorney bram okoye's law firm",
        "which hospital was ivo brandt in",
        # a sum its article never writes, though another article does
        "what fee was arbiter nils bergen paid",
    ):
        a = news.ask(question)
        assert a.abstained, (question, a.answer)


def test_the_thing_asked_or_a_name_of_its_kind_answers(tmp_path: Path) -> None:
    news = _news(tmp_path)
    a = news.ask("what party is mayor dan hobb in")
    assert not a.abstained and "Labour" in a.answer, a.answer
    assert_verbatim(news, a)
    a = news.ask("what is attorney lena fisk's law firm")
    assert not a.abstained and "Holt Vance" in a.answer, a.answer
    assert_verbatim(news, a)


def test_a_name_doing_what_the_kind_asked_did_answers(tmp_path: Path) -> None:
    """ "which news agency reported X": the coverage never writes "agency", and "Corvane reported ..."
    names the doer of the question's verb."""
    news = _news(tmp_path)
    a = news.ask("which news agency reported the wexley bypass would open early")
    assert not a.abstained and "Corvane" in a.answer, a.answer
    assert_verbatim(news, a)
