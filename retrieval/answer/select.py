"""Where an answer is chosen: the question analysed, sentences retrieved, scored, and either quoted with
citations or declined.

BM25 finds sentences that share words with the question; that is not the same as answering it. The
candidates are reranked (``scoring``, with every weight in ``weights``) by how much of the question they
and their neighbours cover, whether they hold the kind of thing asked for, and how relevant their
document is. The bot abstains when the best candidate covers too little of the question; otherwise
``compose`` quotes it, with the same statement from other outlets cited beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np

from retrieval.answer.about import answer_about, mentioned_outlet, meta_kind, outlets, without_outlet
from retrieval.answer.bridge import TermBridge, bridge_term, cased_names
from retrieval.answer.compose import compose
from retrieval.answer.question import CALENDAR, FUNCTION_WORDS, TYPED_KINDS, QuestionInfo, analyze
from retrieval.answer.scoring import AnswerContext, answers, holds_asked_kind, score_candidates
from retrieval.answer.statements import narration
from retrieval.answer.weights import WEIGHTS
from retrieval.models import Answer
from retrieval.search.scorer import Hit, ranked

#: question words whose bridges an engine remembers (a few MB at most)
_BRIDGE_MEMO = 50_000


def abstain(question: str, q: QuestionInfo, reason: str = "") -> Answer:
    looked = ", ".join(q.words) if q.words else "nothing I could search for"
    msg = "The coverage I have does not answer that"
    msg += f" ({reason})." if reason else "."
    msg += f" I looked for: {looked}."
    return Answer(question=question, abstained=True, answer=msg, looked_for=q.words)


def bridged(q: QuestionInfo, ctx: AnswerContext) -> QuestionInfo:
    """The question with each term as the corpus knows it (``answer.bridge``), remembered per engine:
    questions repeat their words, and a bridge costs WordNet and vocabulary look-ups."""
    memo = ctx.memo.setdefault("bridges", {})
    assert isinstance(memo, dict)
    if len(memo) > _BRIDGE_MEMO:
        memo.clear()
    bridges: dict[str, TermBridge] = {}
    for t in q.terms:
        word, capitalised = q.term_words.get(t, t), t in q.entity_terms
        got = memo.get((word, t, capitalised))
        if got is None:
            got = memo[(word, t, capitalised)] = bridge_term(
                word, t, ctx.scorer, ctx.vocab, capitalised=capitalised, function_words=FUNCTION_WORDS
            )
        bridges[t] = replace(got, name=False) if got.name and word in CALENDAR else got
    return replace(q, bridges=bridges)


def _retrieve(q: QuestionInfo, ctx: AnswerContext, docs: list[str] | None) -> list[Hit]:
    """The best quotable sentences for the question, from the given documents only when there are
    some (an outlet's articles): from the index's top hits when enough of them are theirs, else scored
    exactly over those documents' rows."""
    # the best quotable candidates among 1.5x (then 3x) as many hits (headings are not quoted): a smaller
    # k first, since pruning is faster the fewer rows it must keep, and that many quotable ones are
    # nearly always among them
    n = WEIGHTS.candidates
    keep = set(docs) if docs is not None else None

    def ok(h: Hit) -> bool:
        return bool(ctx.quotable[h.index]) and (keep is None or ctx.sentences[h.index].doc_id in keep)

    first = ctx.scorer.top_k(q.search_terms, n * 3 // 2)
    hits = [h for h in first if ok(h)][:n]
    if len(hits) < n and len(first) == n * 3 // 2:
        hits = [h for h in ctx.scorer.top_k(q.search_terms, n * 3) if ok(h)][:n]
    if docs is not None and len(hits) < n // 2:
        rows = np.concatenate(
            [
                np.arange(start, start + len(ctx.documents[d].sentences), dtype=np.int64)
                for d in docs
                if ctx.documents[d].sentences
                for start in (ctx.rows[(d, 0)],)
            ]
            or [np.zeros(0, dtype=np.int64)]
        )[: WEIGHTS.outlet_rows]
        hits = [h for h in ranked(rows, ctx.scorer.score_rows(q.search_terms, rows), n * 3) if ok(h)][:n]
    if len(hits) < n and ctx.scorer.size <= WEIGHTS.small_corpus:
        hits = _by_matches(q, ctx, hits, ok)
    return hits


def _by_matches(q: QuestionInfo, ctx: AnswerContext, hits: list[Hit], ok: Callable[[Hit], bool]) -> list[Hit]:
    """A small corpus's sentences holding any of the question's terms, when BM25 finds too few: with a
    handful of sentences a word every sentence holds gets a negative idf, and a two-article corpus
    would answer nothing. Ranked after BM25's own hits by how many of the terms they hold."""
    seen = {h.index for h in hits}
    terms = set(q.search_terms)
    more: list[Hit] = []
    for r in range(ctx.scorer.size):
        got = len(terms & ctx.terms(r))
        if got and r not in seen and ok(Hit(r, 0.0)):
            more.append(Hit(r, float(got)))
    more.sort(key=lambda h: -h.score)
    floor = min((h.score for h in hits), default=1.0)
    top = max((h.score for h in more), default=1.0)
    # below the weakest BM25 hit, in their own order (scores stay positive for the reranker)
    scaled = [Hit(h.index, floor * h.score / (top + 1.0)) for h in more]
    return [*hits, *scaled][: WEIGHTS.candidates]


def select(question: str, ctx: AnswerContext) -> Answer:
    q = analyze(question, ctx.tokenizer)
    if not q.terms:
        return abstain(question, q, "the question has no words to search for")
    q = bridged(q, ctx)
    kind = meta_kind(question)
    outlet = mentioned_outlet(q, ctx)
    if kind is not None or outlet is not None:
        q = without_outlet(q, outlet, ctx)
    if not q.search_terms:
        return abstain(question, q)
    hits = _retrieve(q, ctx, outlets(ctx).docs[outlet] if outlet else None)
    if not hits:
        return abstain(question, q, f"nothing from {outlet} matches" if outlet else "")
    texts = [ctx.sentences[h.index].text for h in hits]
    cased = {t: w for t, w in q.term_words.items() if w not in CALENDAR}
    q = replace(q, bridges=cased_names(q.bridges, cased, texts))
    cands = score_candidates(q, hits, ctx)
    if kind is not None:
        got = answer_about(question, kind, q, cands, ctx)
        return abstain(question, q, got) if isinstance(got, str) else got
    best = next((c for c in cands if answers(q, c, ctx)), None)
    if best is not None and q.kind in TYPED_KINDS and best.type_score < 1.0 and not q.phrase:
        # an echo of the question without the asked-for kind of thing: a sentence of the same story
        # holding one wins (another story's would answer about something else), if it holds as much
        # of what is asked (an echo holding all of it may give the answer in words no pattern tells:
        # "could reopen once the inspectors are satisfied")
        echo = best
        best = next(
            (
                c
                for c in cands
                if c.sentence.doc_id == echo.sentence.doc_id
                and c.relation >= echo.relation
                and holds_asked_kind(q, c)
            ),
            echo,
        )
    if best is not None and q.kind == "quote" and not best.said and narration(best.sentence.text):
        # "what did Ruiz say": a statement of hers that answers, over narration about her
        best = next((c for c in cands if c.said and answers(q, c, ctx)), best)
    if best is None:
        best = cands[0]
        missing = [w for w in q.words if not (set(ctx.tokenizer.tokens(w)) & (ctx.terms(best.row)))]
        return abstain(question, replace(q, words=missing or q.words))
    return compose(question, q, best, [best, *(c for c in cands if c is not best)], ctx)
