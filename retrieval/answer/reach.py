"""Reaching the sentences of the documents a question is about: the answer often shares too few of the
question's words for sentence retrieval to rank it among the candidates, because its story names the
topic in the headline and the lead and the sentence refers back to it ("The technology works over a
range up to 10 metres" in a story whose lead names Ultra Wideband; ``answer.story``).

The few documents that match the question best as a whole (``story_documents``) have their own
sentences that refer back ranked for the question, synonyms and derived forms included (the WordNet
bridges of ``answer.bridge``, searched only inside those documents, where they cannot pull in another
story's sentences), and the best ``story_sentences`` of each join the candidates. Whether one answers
is decided as for any candidate (``scoring.answers``), its story read as its context.
"""

from __future__ import annotations

import numpy as np

from retrieval.answer.question import QuestionInfo
from retrieval.answer.scoring import AnswerContext, is_name
from retrieval.answer.story import refers_back
from retrieval.answer.weights import WEIGHTS
from retrieval.search.scorer import Hit, ranked


def _query(q: QuestionInfo) -> list[str]:
    """The question's search terms with the synonyms and derived forms of its words that are not
    names (a name has no synonyms: a bridge of one is another thing)."""
    out = list(q.search_terms)
    seen = set(out)
    for t in q.terms:
        b = q.bridges.get(t)
        if b is None or is_name(q, t):
            continue
        for v in sorted(b.variants):
            if v not in seen:
                seen.add(v)
                out.append(v)
    return out


def story_hits(q: QuestionInfo, hits: list[Hit], ctx: AnswerContext) -> list[Hit]:
    """``hits`` with the best sentences of the documents the question is most about (module doc)."""
    k, per = WEIGHTS.story_documents, WEIGHTS.story_sentences
    if ctx.doc_scorer is None or not hits or k <= 0 or per <= 0:
        return hits
    # the candidates' own documents scored exactly: the k-th best of them is a score the k best
    # documents reach, which the document search prunes with
    cand_docs = list(dict.fromkeys(ctx.sentences[h.index].doc_id for h in hits))
    drows = np.fromiter((ctx.doc_rows[d] for d in cand_docs), np.int64, len(cand_docs))
    dscores = np.sort(ctx.doc_scorer.score_rows(q.search_terms, drows))[::-1]
    floor = float(dscores[k - 1]) if dscores.shape[0] >= k else 0.0
    top = ctx.doc_scorer.top_k(q.search_terms, k, floor=floor)
    by_number = ctx.memo.get("doc_ids")
    if not isinstance(by_number, dict):  # document number -> id, worked out once per engine
        by_number = ctx.memo["doc_ids"] = {n: d for d, n in ctx.doc_rows.items()}
    seen = {h.index for h in hits}
    query = _query(q)
    more: list[Hit] = []
    for doc_hit in top:
        doc_id = by_number.get(doc_hit.index)
        if doc_id is None or not ctx.documents[doc_id].sentences:
            continue
        start = ctx.rows[(doc_id, 0)]
        rows = np.arange(start, start + len(ctx.documents[doc_id].sentences), dtype=np.int64)
        ranks = ranked(rows, ctx.scorer.score_rows(query, rows), len(rows))
        got = [
            h
            for h in ranks
            if h.score > 0
            and ctx.quotable[h.index]
            and h.index not in seen
            and refers_back(ctx.sentences[h.index].text)
        ][:per]
        if not got:
            continue
        # their retrieval score is the question's own words' (a synonym found them, it does not rank them)
        picked = np.fromiter((h.index for h in got), np.int64, len(got))
        own = ctx.scorer.score_rows(q.search_terms, picked).tolist()
        for row, score in zip(picked.tolist(), own, strict=True):
            seen.add(row)
            more.append(Hit(row, max(float(score), 0.0)))
    return [*hits, *more]
