"""Reaching the sentences of the documents a question is about: the answer often shares too few of the
question's words for sentence retrieval to rank it among the candidates, because its story names the
topic in the headline and the lead and the sentence refers back to it ("The technology works over a
range up to 10 metres" in a story whose lead names Ultra Wideband; ``answer.story``).

When none of the candidates answers, the few of their documents that match the question best as a
whole (``story_documents``) have their sentences that refer back ranked for what the question asks
(its words that are not names, synonyms and derived forms included: the WordNet bridges of
``answer.bridge``, searched only inside those documents, where they cannot pull in another story's
sentences), and the best ``story_sentences`` of each join the candidates. Whether one answers is
decided as for any candidate (``scoring.answers``), its story read as its context. Only then: a
question a candidate answers costs nothing more.
"""

from __future__ import annotations

from itertools import islice

import numpy as np

from retrieval.answer.question import QuestionInfo
from retrieval.answer.scoring import AnswerContext, Candidate, is_name
from retrieval.answer.story import refers_back
from retrieval.answer.types import REFERENT_AGE, UNNAMED_AGE, name_runs, person_like
from retrieval.answer.weights import WEIGHTS
from retrieval.search.scorer import Hit


def _query(q: QuestionInfo, ctx: AnswerContext) -> dict[str, float]:
    """What the question asks about its names, as index terms with their idf: its words that are not
    names, their corrections, synonyms and derived forms. The names are the story's (its headline and
    lead hold them); a sentence of it answers only if it holds what is asked (``scoring.answers``)."""
    out: dict[str, float] = {}
    for t in q.terms:
        b = q.bridges.get(t)
        if is_name(q, t) or (b is not None and b.standing == "corrected" and not b.search):
            continue
        for v in (
            *(b.search if b is not None and b.search else (t,)),
            *(b.variants if b is not None else ()),
        ):
            if v not in out:
                out[v] = ctx.scorer.idf(v)
    return out


def story_hits(q: QuestionInfo, cands: list[Candidate], ctx: AnswerContext) -> list[Hit]:
    """The best sentences that refer back of the documents the question is most about (module doc),
    not among ``cands`` already: of the candidates' documents, those matching the question best as a
    whole (their ``doc_score``, worked out when the candidates were scored)."""
    top = list(dict.fromkeys(c.sentence.doc_id for c in sorted(cands, key=lambda c: -c.doc_score)))
    top = top[: WEIGHTS.story_documents]
    seen = {c.row for c in cands}
    query = _query(q, ctx) if top else {}
    if not query and top and q.measure == "age":  # nothing is asked but a person's age
        return _ages_after(q, cands, ctx, set(top), seen)
    if not query:
        return []
    asked = query.keys()
    picked: list[int] = []
    for doc_id in top:
        n = len(ctx.documents[doc_id].sentences)
        start = ctx.rows[(doc_id, 0)] if n else 0
        # ranked by the idf of what is asked (or its synonyms) each holds: a few dozen rows, cheaper read
        # from the forward table than scored
        held = [(sum(query[t] for t in ctx.terms(r) & asked), r) for r in range(start, start + n)]
        quotable = (h for h in held if h[0] > 0 and ctx.quotable[h[1]] and h[1] not in seen)
        ranks = sorted(quotable, key=lambda h: (-h[0], h[1]))
        picked += islice((r for _, r in ranks if refers_back(ctx.sentences[r].text)), WEIGHTS.story_sentences)
    if not picked:
        return []
    # their retrieval score is the question's own words' (a synonym found them, it does not rank them)
    rows = np.fromiter(picked, np.int64, len(picked))
    own = ctx.scorer.score_rows(q.search_terms, rows).tolist()
    return [Hit(r, max(float(v), 0.0)) for r, v in zip(picked, own, strict=True)]


def _ages_after(
    q: QuestionInfo, cands: list[Candidate], ctx: AnswerContext, top: set[str], seen: set[int]
) -> list[Hit]:
    """For a question asking only a person's age ("how old is Luis Ortega"), the sentences right after
    those naming the person that open on the age of whom they refer back to ("The 47-year-old trained
    in ...", "Now 58, she ..."): news names a person and gives the age in the next sentence, which holds
    none of the question's words. (An age later in such a sentence may be another's: "He plans to
    travel with his wife, 61".)"""
    names = frozenset(t for t in q.terms if is_name(q, t))
    out: list[Hit] = []
    for c in cands:
        s = c.sentence
        row = ctx.rows.get((s.doc_id, s.index + 1))
        if (
            s.doc_id not in top
            or row is None
            or row in seen
            or not names
            or not names <= ctx.terms(c.row)
            or not ctx.quotable[row]
            or not REFERENT_AGE.match(ctx.sentences[row].text)
        ):
            continue
        seen.add(row)
        out.append(Hit(row, 0.0))  # (none of the question's words: its retrieval score is nil)
    for doc_id in sorted(top):  # a lead giving the age of the one its story names next
        row = ctx.rows.get((doc_id, 0))
        if row is not None and row not in seen and names and _named_later(ctx, doc_id, names):
            seen.add(row)
            out.append(Hit(row, 0.0))
    return out


def _named_later(ctx: AnswerContext, doc_id: str, names: frozenset[str]) -> bool:
    """Whether a story's lead describes its subject by age without naming anyone ("A three-year-old
    Dayton girl spent nine days in the hospital ...") and the first person the next few sentences name
    in full is the one asked about ("Lily Reyes was taken ..."): news names the person of such a lead
    later, and the age is theirs."""
    sentences = ctx.documents[doc_id].sentences
    if not sentences or not UNNAMED_AGE.match(sentences[0].text) or not ctx.quotable[ctx.rows[(doc_id, 0)]]:
        return False
    if any(len(r.split()) > 1 and person_like(r) for r in name_runs(sentences[0].text)):
        return False  # the lead names someone itself: the age may be theirs
    for s in sentences[1 : 1 + WEIGHTS.named_later]:
        full = [r for r in name_runs(s.text) if len(r.split()) > 1 and person_like(r)]
        if full:
            return names <= ctx.tokenizer.term_set(full[0])
    return False
