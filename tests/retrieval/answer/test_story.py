"""A sentence read as part of its story, pinned on small made-up corpora (not the seeds): news names its
topic in the headline and the lead and then refers back to it ("He fell ill during rehearsals for
...", "The device works over a range of ..."), so the answer shares few of the question's words."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from retrieval.answer.story import refers_back
from tests.retrieval.answer.corpora import FILLER_TOPICS, assert_verbatim, filler
from tests.retrieval.answer.corpora import engine_of as _engine

#: the words of what is asked are common in the coverage (as in real news), the story's names are not
_TOPICS = [
    *FILLER_TOPICS,
    ("clinic", "Doctors said the stroke unit at the clinic treated more patients this year."),
    ("choir", "The choir held extra rehearsals before the spring concert."),
]


def _conductor(tmp_path: Path) -> Engine:
    docs = [
        {
            "id": "conductor",
            "title": "Venice conductor dies",
            "text": "Conductor Marcello Vantini, director of the Teatro Ronda in Venice, has died aged 50. "
            "The theatre reopened in 2003 after a fire destroyed its wooden hall. "
            "His orchestra will perform without a principal guest this season. "
            "He fell into a coma after suffering a stroke during rehearsals for Massenet's Manon last week. "
            "A funeral will be held in Milan on Friday.",
        },
        {
            "id": "media",
            "title": "Holding company results",
            "text": "Harbin Media said on Friday that it now owns 8% of the search firm Quello. "
            "The firm's profits were buoyed by one-off gains from its music business. "
            "It has already offered to pay $300m to settle charges brought by market regulators.",
        },
        *filler(16, _TOPICS),
    ]
    return _engine(tmp_path, docs)


def test_a_sentence_referring_back_to_its_story_answers_with_the_topic_its_lead_names(tmp_path: Path) -> None:
    engine = _conductor(tmp_path)
    # the answer names neither the conductor nor an opera: its story's lead names him, "He" refers back
    a = engine.ask("what opera was marcello vantini rehearsing when he had his stroke")
    assert not a.abstained, a.answer
    assert "Manon" in a.answer
    assert a.citations[0].doc_id == "conductor"
    assert_verbatim(engine, a)


def test_a_story_sentence_not_holding_what_is_asked_does_not_answer_for_its_topic(tmp_path: Path) -> None:
    engine = _conductor(tmp_path)
    # the story is Harbin Media's and Quello's, and "It ... offered to pay $300m" holds a sum paid: for
    # something else (a settlement), not the stake; read under its story it covers the question, but
    # what is asked about the topic ("stake") is not in it
    a = engine.ask("how much did harbin media pay for its stake in quello")
    assert a.abstained, a.answer


def test_a_sentence_refers_back_when_it_opens_on_a_pronoun_or_a_common_noun_description() -> None:
    assert refers_back("The technology works over a range up to 10 metres.")
    assert refers_back("He fell into a coma after a stroke.")
    assert refers_back("“These devices will ship in May,” she said.")
    # a name after "The" is the sentence's own subject, not a reference back
    assert not refers_back("The Golden Globes are awarded by the foreign press.")
    assert not refers_back("Spokesman Alan Jones said he expected 150,000 shoppers.")


def test_the_sentences_of_the_story_a_question_is_about_are_reached_past_the_best_sentence_hits(
    tmp_path: Path,
) -> None:
    # fifty short sentences holding the asked words rank above the answer, which holds them in a longer
    # sentence and names neither the conductor nor the opera: only his story's document leads to it
    topics = [("drama", "A stroke of luck saved the drama club's rehearsals.")]
    others = [*FILLER_TOPICS, ("opera", "The opera house sold out its winter season.")]
    docs = [
        {
            "id": "conductor",
            "title": "Venice conductor dies",
            "text": "Conductor Marcello Vantini, director of the Teatro Ronda in Venice, has died aged 50. "
            "The theatre reopened in 2003 after a fire destroyed its wooden hall. "
            "His orchestra will perform without a principal guest this season. "
            "He fell into a coma after suffering a stroke during rehearsals for Massenet's Manon last week. "
            "A funeral will be held in Milan on Friday.",
        },
        *filler(50, topics),
        *filler(140, others),
    ]
    engine = _engine(tmp_path, docs)
    a = engine.ask("what opera was marcello vantini rehearsing when he had his stroke")
    assert not a.abstained, a.answer
    assert "Manon" in a.answer
    assert_verbatim(engine, a)


def test_a_storys_words_decide_whether_a_sentence_answers_not_how_it_ranks(tmp_path: Path) -> None:
    import importlib

    from retrieval.answer.question import analyze
    from retrieval.answer.scoring import score_candidates
    from retrieval.answer.weights import WEIGHTS
    from retrieval.search.scorer import Hit

    select = importlib.import_module("retrieval.answer.select")
    engine = _conductor(tmp_path)
    ctx = engine._ctx
    q = select.bridged(
        analyze("what opera was marcello vantini rehearsing when he had his stroke", ctx.tokenizer), ctx
    )
    row = next(r for r, s in enumerate(ctx.sentences) if s.text.startswith("He fell into a coma"))
    (c,) = score_candidates(q, [Hit(row, 1.0)], ctx)
    # read under its story it covers the question (and answers: test above); its coverage, which ranks
    # it and makes it a second statement beside another answer ("That could mean adding Amazon ..."
    # beside the answer naming Google), is its own and its neighbours'
    assert c.coverage < WEIGHTS.abstain_coverage <= c.storied


def test_a_story_sentence_holding_what_is_asked_answers_over_an_echo_of_its_topic(tmp_path: Path) -> None:
    """ "Zetaband could link televisions ..." covers the question's name (with its neighbours) but none
    of what is asked about it, the range: the story's sentence that holds it answers instead."""
    text = (
        "Fast wireless links moved closer on Thursday when Velcor said it would publish standards for "
        "the technology later this year.\n\n"
        "Velcor is developing zetaband technology which would allow fast data transfer with low power "
        "needs. Zetaband could link televisions, cameras and computers in the home. The technology works "
        "over a range of up to 10 metres and uses short radio pulses to carry data."
    )
    docs = [
        {"id": "zeta", "title": "Velcor backs fast wireless", "text": text},
        {
            "id": "hills",
            "title": "Walkers warned",
            "text": "Walkers in the northern range were warned of snow. A wide range of shops closed early.",
        },
        {"id": "prices", "title": "Prices", "text": "Prices rose across a range of goods this month."},
        *filler(12),
    ]
    engine = _engine(tmp_path, docs)
    a = engine.ask("what is the range of zetaband")
    assert not a.abstained, a.answer
    assert "10 metres" in a.answer, a.answer
    assert_verbatim(engine, a)
