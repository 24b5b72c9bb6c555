"""A sentence that answers a "which X" but calls the thing "the X" (or names no place for a "where")
is quoted after its article's headline when the headline names it: the headline is the article's own
words, stated as its headline and cited to the article with the sentence as the quote (every quote
stays the page's text). Not when the sentence names it itself, nor under a headline that tells another
story (a newsletter's list of topics), nor when its capitals are no name the article writes."""

from __future__ import annotations

from pathlib import Path

from retrieval import Answer, Engine
from tests.retrieval.answer.corpora import engine_of, filler

QUESTION = "Which country was declared bankrupt by its prime minister?"
BODY = (
    "Fuel queues stretched for miles as protests spread through Ruritania for a third month. "
    "The prime minister declared the country bankrupt on Tuesday, officials said. "
    "Talks with foreign lenders are expected to resume next week."
)


def _ask(root: Path, title: str, text: str = BODY) -> tuple[Engine, Answer]:
    engine = engine_of(root, [{"id": "crisis", "title": title, "text": text}, *filler(12)])
    a = engine.ask(QUESTION)
    assert not a.abstained, a.answer
    return engine, a


def _verbatim(engine: Engine, a: Answer) -> None:
    for c in a.citations:
        body = " ".join(s.text for s in engine.documents[c.doc_id].sentences)
        assert c.quote in body, c.quote


def test_the_headline_naming_what_the_sentence_calls_the_country_is_stated_first(tmp_path: Path) -> None:
    engine, a = _ask(tmp_path, "Ruritania crisis deepens as bankrupt state seeks loans - Daily Planet")
    # a title from the file's metadata, not the page's text: stated as the headline (outlet cut) and
    # cited to the article by the answer's own citation, whose quote is the page's sentence
    title = "Ruritania crisis deepens as bankrupt state seeks loans"
    assert a.statements[0].text == f"Headline: \u201c{title}\u201d"
    assert "declared the country bankrupt" in a.statements[1].text
    assert a.statements[0].citations == a.statements[1].citations
    assert {c.doc_id for c in a.citations} == {"crisis"}
    assert a.answer.startswith("Headline: \u201cRuritania crisis")
    _verbatim(engine, a)


def test_a_sentence_naming_the_country_itself_needs_no_headline(tmp_path: Path) -> None:
    text = BODY.replace("declared the country bankrupt", "declared Ruritania bankrupt")
    _, a = _ask(tmp_path, "Ruritania crisis deepens as bankrupt state seeks loans", text)
    assert not any(s.text.startswith("Ruritania crisis") for s in a.statements)


def test_a_headline_of_another_story_is_not_quoted(tmp_path: Path) -> None:
    _, a = _ask(tmp_path, "Five things to know for Monday: Ruritania, tennis, storms")
    assert not any("things to know" in s.text for s in a.statements)


def test_capitals_the_article_does_not_write_as_a_name_are_no_name(tmp_path: Path) -> None:
    # a Title Case headline is one run of capitals, which no sentence of the article writes
    _, a = _ask(tmp_path, "Ruritania Crisis Deepens As Bankrupt State Seeks Foreign Loans")
    assert not any(s.text.startswith("Ruritania") for s in a.statements)


def test_a_digest_headline_listing_topics_is_not_quoted(tmp_path: Path) -> None:
    _, a = _ask(tmp_path, "Three things to know: Ruritania bankrupt, tennis final, storms")
    assert not any("things to know" in s.text for s in a.statements)


def _led_by_answer(root: Path, title: str, text: str, question: str, answer: str) -> None:
    """The reply to ``question`` opens with the sentence holding ``answer``, not the headline."""
    engine = engine_of(root, [{"id": "story", "title": title, "text": text}, *filler(12)])
    a = engine.ask(question)
    assert not a.abstained, a.answer
    assert not a.statements[0].text.startswith("Headline:"), a.answer
    assert answer in a.statements[0].text, a.answer
    _verbatim(engine, a)


def test_a_headline_naming_nobody_does_not_lead_the_answer_to_a_who(tmp_path: Path) -> None:
    """The sentence names the one asked for by a role ("a chaplain"), no name a pattern reads;
    the headline names a town, not a person: stated first, it would lead with words that do not answer."""
    text = (
        "About 300 people gathered on Tuesday evening for a vigil. "
        "Families carried candles, and the names of the flood victims were read aloud by a chaplain. "
        "The river at Dunmore is expected to fall below its banks by the weekend."
    )
    title = "Hundreds hold candlelit vigil in Dunmore for flood victims"
    question = "Who read out the names of the flood victims at the vigil?"
    _led_by_answer(tmp_path, title, text, question, "by a chaplain")


def test_no_headline_leads_when_the_next_sentence_names_the_one_asked_for(tmp_path: Path) -> None:
    """The sentence sets the scene ("an improvement director named by the regulator") and the next
    names her: they answer together, which a headline stated first would not."""
    text = (
        "Under special measures, the trust must work with an improvement director named by the regulator. "
        "The commission named Gillian Marsh, a former head of midwifery in Harford, to the role. "
        "The unit will be inspected again within six months."
    )
    title = "Minister Alan Cole backs special measures at Harford unit"
    question = "Who was named improvement director for the unit?"
    _led_by_answer(tmp_path, title, text, question, "Gillian Marsh")


def test_a_headline_naming_only_the_story_does_not_lead(tmp_path: Path) -> None:
    """The headline names the story's subject ("the Harrow Queen train") but says nothing of what is
    asked of it (where it derailed): stated first, it would read as the answer. The sentence, calling
    the siding "the Dalby siding", answers alone."""
    text = (
        "Rescue teams worked through the night after the crash of the Harrow Queen. "
        "The train derailed near the Dalby siding shortly after noon, police said. "
        "Services on the line are expected to resume on Friday."
    )
    title = "LIVE: Harrow Queen train crash - latest updates"
    question = "Near which siding did the train derail?"
    _led_by_answer(tmp_path, title, text, question, "Dalby siding")
