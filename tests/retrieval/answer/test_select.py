"""Answers over the seeds: verbatim, cited, merged across outlets, and honest when the coverage is silent."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rank_bm25 import BM25Okapi

from retrieval import Engine, build_engine
from retrieval.answer import analyze, classify
from retrieval.lifecycle.assemble import assemble
from retrieval.search.text import normalize_for_match


def _doc_text(engine: Engine, doc_id: str) -> str:
    return normalize_for_match(" ".join(s.text for s in engine.documents[doc_id].sentences))


@pytest.mark.parametrize(
    "question",
    [
        "Who is the NATO Secretary General?",
        "What did Barrot say about how quickly Russia must answer?",
        "When did Umerov say Ukraine wants a Zelensky-Putin meeting?",
        "Why did Russia want a 2-3 day truce?",
    ],
)
def test_quotes_are_verbatim_and_every_statement_is_cited(seeds_engine: Engine, question: str) -> None:
    a = seeds_engine.ask(question)
    assert not a.abstained
    assert a.citations
    for c in a.citations:
        for piece in c.quote.split(" \u2026 "):  # pieces from different paragraphs are joined by an ellipsis
            assert normalize_for_match(piece) in _doc_text(seeds_engine, c.doc_id)
    numbers = {c.n for c in a.citations}
    for st in a.statements:
        assert st.citations and set(st.citations) <= numbers
        for n in st.citations:
            assert f"[{n}]" in a.answer


def test_same_statement_from_two_outlets_is_shown_once_with_both_citations(seeds_engine: Engine) -> None:
    a = seeds_engine.ask("What did Rutte say about the ball being in the court of the Russians?")
    assert not a.abstained
    ball = [st for st in a.statements if "ball clearly is in the court" in st.text]
    assert len(ball) == 1, a.answer
    cited_docs = {c.doc_id[:3] for c in a.citations if c.n in ball[0].citations}
    assert cited_docs == {"000", "001"}
    assert a.answer.count("ball clearly is in the court") == 1


@pytest.mark.parametrize(
    "question",
    [
        "What did Olaf Scholz say about sanctions?",
        "Who is the prime minister of Japan?",
        "lorem ipsum dolor sit amet",
        "qwxz vbnm plok zzzt?",
    ],
)
def test_abstains_on_unknown_entities_and_gibberish(seeds_engine: Engine, question: str) -> None:
    a = seeds_engine.ask(question)
    assert a.abstained
    assert not a.citations
    assert "does not answer" in a.answer
    assert a.looked_for  # it says what it looked for


@pytest.mark.parametrize(
    "question",
    [
        "How do I send feedback and news alerts to the Kyiv Independent?",
        "What did the IPI say about Roshchyna's death?",
        "Where did Tim Zadorozhnyy begin his career?",
        "How can I get Forbes Breaking News Text Alerts?",
    ],
)
def test_furniture_never_answers(seeds_engine: Engine, question: str) -> None:
    a = seeds_engine.ask(question)
    assert a.abstained, a.answer


def test_headings_and_questions_are_never_quoted(seeds_engine: Engine) -> None:
    a = seeds_engine.ask("What has Trump said about Russia-Ukraine talks?")
    for c in a.citations:
        assert not c.quote.rstrip().endswith("?")


def test_answer_is_short(seeds_engine: Engine) -> None:
    a = seeds_engine.ask("Who interviewed Rutte?")
    assert not a.abstained and "Margaret Brennan" in a.answer
    assert len(a.statements) <= 3


def test_non_contiguous_sentences_are_joined_with_an_ellipsis() -> None:
    from retrieval.answer.quoting import join_parts
    from retrieval.models import Sentence

    a, b, c = (Sentence("d", 0, 0, "One."), Sentence("d", 1, 0, "Two."), Sentence("d", 2, 1, "Three."))
    assert join_parts([a, b]) == "One. Two."
    assert join_parts([b, c]) == "Two. \u2026 Three."


def test_question_types() -> None:
    assert classify("Who interviewed Rutte?") == "person"
    assert classify("When did the talks take place?") == "date"
    assert classify("Where did Putin speak?") == "place"
    assert classify("How many sources did Reuters cite?") == "number"
    assert classify("What did Barrot say about Russia?") == "quote"
    assert classify("Did Trump give a deadline?") == "yesno"
    assert classify("Which network aired it?") == "media"


def test_question_terms_drop_framing(seeds_engine: Engine) -> None:
    q = analyze("What is being discussed between the US and Russia right now?", seeds_engine.tokenizer)
    assert "now" not in q.terms and "right" not in q.terms
    assert "discuss" in q.terms


def test_retrieval_ranking_agrees_with_rank_bm25_on_seeds(seeds_engine: Engine) -> None:
    tokens = [seeds_engine.tokenizer.tokens(s.text) for s in seeds_engine.sentences]
    ref = BM25Okapi(tokens)
    for question in (
        "Who is the NATO Secretary General?",
        "minerals deal Ukraine",
        "Peskov press briefing July",
        "Rubio Paris walk away",
    ):
        terms = analyze(question, seeds_engine.tokenizer).terms
        ours = [h.index for h in seeds_engine.scorer.top_k(terms, 10)]
        scores = ref.get_scores(terms)
        theirs = sorted(range(len(scores)), key=lambda i: -scores[i])[: len(ours)]
        assert ours == theirs


def test_reference_engine_gives_the_same_answers(seeds_engine: Engine) -> None:
    ref = assemble(seeds_engine.corpus, seeds_engine.tokenizer, "rank_bm25")
    for q in ("Who interviewed Rutte?", "Where did Lindsey Graham post his warning?", "lorem ipsum"):
        a, b = seeds_engine.ask(q), ref.ask(q)
        assert (a.abstained, a.answer) == (b.abstained, b.answer)


def test_markers_match_citations(seeds_engine: Engine) -> None:
    a = seeds_engine.ask("Who was involved in the heated White House exchange with Zelensky?")
    assert sorted(int(n) for n in re.findall(r"\[(\d+)\]", a.answer)) == sorted(c.n for c in a.citations)


def test_a_replaced_engine_is_freed_without_a_full_garbage_collection() -> None:
    """A reload drops the old engine; if it sat in a reference cycle, the collector would free a
    million-passage engine in one long pause on the event loop's thread."""
    import gc
    import weakref

    from tests.conftest import ALIASES, SEEDS

    gc.disable()
    try:
        engine = build_engine(SEEDS, aliases=ALIASES)
        engine.ask("Who interviewed Rutte?")
        engine.timeline("Rubio")
        ref = weakref.ref(engine)
        del engine
        assert ref() is None
    finally:
        gc.enable()


def test_candidates_are_the_best_quotable_ones_even_when_few_of_the_first_hits_are(
    seeds_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first, smaller retrieval is widened when too few of its hits may be quoted: the answer is
    the one the best CANDIDATES quotable sentences among the wider hits give."""
    import dataclasses
    import importlib

    import numpy as np

    answer_module = importlib.import_module("retrieval.answer.select")
    # (the seeds are small: few candidates; the asked speaker's statements outside the hits are
    # ``test_pronoun_statements_reached``'s)
    few = dataclasses.replace(answer_module.WEIGHTS, candidates=4, speaker_documents=0)
    monkeypatch.setattr(answer_module, "WEIGHTS", few)
    # what the best documents' own sentences add is another retrieval's (test_story)
    reach = importlib.import_module("retrieval.answer.reach")
    monkeypatch.setattr(reach, "WEIGHTS", dataclasses.replace(few, story_documents=0))
    question = "What did Rutte say about Russia?"
    terms = analyze(question, seeds_engine.tokenizer).terms
    ranked = [h.index for h in seeds_engine.scorer.top_k(terms, few.candidates * 3)]
    assert len(ranked) == few.candidates * 3, "enough hits for both retrievals"
    quotable = np.array(seeds_engine.quotable, copy=True)
    first = few.candidates * 3 // 2
    quotable[ranked[:first]] = False  # the first retrieval's hits are all unquotable
    ctx = dataclasses.replace(seeds_engine._ctx, quotable=quotable)
    got = answer_module.select(question, ctx)
    assert not got.abstained
    allowed = {seeds_engine.sentences[i].text for i in ranked[first:]}
    for statement in got.statements:
        assert any(s in statement.text for s in allowed)


def test_a_documents_subjects_are_the_names_it_mentions_most(seeds_engine: Engine) -> None:
    from retrieval.answer import document_subjects
    from retrieval.models import Document, DocumentMeta, Sentence

    texts = ["Rutte met Zelensky in Kyiv.", "Rutte said Zelensky agreed.", "Later Rutte left.", "Paris."]
    doc = Document(
        meta=DocumentMeta(doc_id="d", title="T"),
        sentences=tuple(Sentence("d", i, 0, t, False) for i, t in enumerate(texts)),
        paragraphs=((0, len(texts)),),
    )
    tok = seeds_engine.tokenizer
    got = document_subjects(doc, tok, {})
    # the three most mentioned, each at least twice: Rutte (3), Zelensky (2); Kyiv and Paris once
    assert got == frozenset(tok.tokens("Rutte")) | frozenset(tok.tokens("Zelensky"))


def test_neighbour_rows_are_the_row_map_s_in_any_row_layout(seeds_engine: Engine) -> None:
    import dataclasses

    from retrieval.answer.scoring import _neighbour_rows

    ctx = seeds_engine._ctx
    reordered = list(reversed(ctx.sentences))  # a layout where a document's rows are not consecutive
    moved = dataclasses.replace(
        ctx,
        sentences=reordered,
        rows={(s.doc_id, s.index): r for r, s in enumerate(reordered)},
    )
    for c in (ctx, moved):
        for row, s in enumerate(c.sentences):
            doc = c.documents[s.doc_id]
            expected = [
                c.rows[(s.doc_id, j)] for j in (s.index - 1, s.index + 1) if 0 <= j < len(doc.sentences)
            ]
            assert _neighbour_rows(c, s, row) == expected


def test_a_documents_terms_read_at_once_are_its_sentences_terms_together(tmp_path: Path) -> None:
    """``document_terms`` reads a document's rows as one span of the forward table; it must give what
    its sentences' own terms give together (and nothing of its headline or a neighbour document)."""
    from retrieval.answer.scoring import document_terms
    from tests.retrieval.answer.corpora import engine_of, filler

    story = {
        "id": "tram",
        "title": "Headline words only",
        "text": "Tram drivers walked out on Monday. The council offered a pay rise. Talks resume today.",
    }
    engine = engine_of(tmp_path, [*filler(3), story, *filler(2)])
    ctx = engine._ctx
    for doc_id, doc in engine.documents.items():
        first = ctx.rows[(doc_id, 0)]
        rows = range(first, first + len(doc.sentences))
        assert document_terms(ctx, doc_id) == frozenset().union(*(ctx.terms(r) for r in rows))
    title = engine.tokenizer.term_set("Headline words only")
    assert title and title.isdisjoint(document_terms(ctx, "tram"))
