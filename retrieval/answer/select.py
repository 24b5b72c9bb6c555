"""Where an answer is chosen: the question analysed, sentences retrieved, scored, and either quoted with
citations or declined.

BM25 finds sentences that share words with the question; that is not the same as answering it. The
candidates are reranked (``scoring``, with every weight in ``weights``) by how much of the question they
and their neighbours cover, whether they hold the kind of thing asked for, and how relevant their
document is. The bot abstains when the best candidate covers too little of the question; otherwise
``compose`` quotes it, with the same statement from other outlets cited beside it.
"""

from __future__ import annotations

from retrieval.answer.compose import compose
from retrieval.answer.question import QuestionInfo, analyze
from retrieval.answer.scoring import AnswerContext, answers, score_candidates
from retrieval.answer.weights import WEIGHTS
from retrieval.models import Answer


def abstain(question: str, q: QuestionInfo, reason: str = "") -> Answer:
    looked = ", ".join(q.words) if q.words else "nothing I could search for"
    msg = "The coverage I have does not answer that"
    msg += f" ({reason})." if reason else "."
    msg += f" I looked for: {looked}."
    return Answer(question=question, abstained=True, answer=msg, looked_for=q.words)


def select(question: str, ctx: AnswerContext) -> Answer:
    q = analyze(question, ctx.tokenizer)
    if not q.terms:
        return abstain(question, q, "the question has no words to search for")
    # the best quotable candidates among 1.5x (then 3x) as many hits (headings are not quoted): a smaller
    # k first, since pruning is faster the fewer rows it must keep, and that many quotable ones are
    # nearly always among them
    n = WEIGHTS.candidates
    first = ctx.scorer.top_k(q.terms, n * 3 // 2)
    hits = [h for h in first if ctx.quotable[h.index]][:n]
    if len(hits) < n and len(first) == n * 3 // 2:
        hits = [h for h in ctx.scorer.top_k(q.terms, n * 3) if ctx.quotable[h.index]][:n]
    if not hits:
        return abstain(question, q)
    cands = score_candidates(q, hits, ctx)
    best = cands[0]
    if not answers(q, best, ctx):
        missing = [w for w in q.words if not (set(ctx.tokenizer.tokens(w)) & (ctx.terms(best.row)))]
        q2 = QuestionInfo(q.text, q.kind, q.terms, missing or q.words, q.entity_terms)
        return abstain(question, q2)
    return compose(question, q, best, cands, ctx)
