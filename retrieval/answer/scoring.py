"""Candidate scoring: how much of the question a retrieved sentence (and its neighbours) covers, whether it
holds the kind of thing asked for, its BM25 score and its document's relevance."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from retrieval.answer.question import TYPED_KINDS, QuestionInfo
from retrieval.answer.subjects import document_subjects
from retrieval.answer.weights import WEIGHTS
from retrieval.lexicon import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from retrieval.models import Document, Sentence
from retrieval.search.scorer import Hit, Scorer
from retrieval.search.text import Tokenizer

PRONOUN_START = re.compile(
    r"^\W*(?:(?:but|and|so|yet|still|however|meanwhile|instead),?\s+)?"
    r"(?:he|she|they|it|his|her|their|its|this|that|these|those|the (?:president|minister|official|"
    r"spokesman|spokesperson|secretary|chief|leader|kremlin|latter|former))\b",
    re.IGNORECASE,
)


_MONTH_NAMES = sorted([*MONTHS, *MONTH_ABBREVIATIONS], key=len, reverse=True)


_MONTH = rf"(?:{'|'.join(_MONTH_NAMES)})\.?"


_DATE_LIKE = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH}\b|\b(?:19|20)\d\d\b|"
    rf"\b(?:{'|'.join(WEEKDAYS)})\b|\b(?:yesterday|today|last|next)\s+"
    r"(?:week|month|year)\b",
    re.IGNORECASE,
)


_NUMBER_LIKE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens|several)\b",
    re.IGNORECASE,
)


_NAME = re.compile(r"\b[A-Z][a-z'\u2019]+(?:[ -](?:[A-Z]\.|[A-Z][a-z'\u2019]+))+")


_NAME_ANY = re.compile(  # a quoted title ("Squid Game") or a run of capitalised words
    '[\u201c"][A-Z][^\u201d"]{1,60}[\u201d"]|\\b[A-Z][\\w\'\u2019&.-]*(?:\\s+[A-Z][\\w\'\u2019&.-]*)*'
)


_PLACE = re.compile(r"\b(?:in|at|on|from|to|near|via|through)\s+(?:the\s+)?[A-Z][\w.'\u2019-]*")


_REASON = re.compile(
    r"\b(?:because|since|so that|in order to|to|due to|as a result|after|for)\b", re.IGNORECASE
)


QUOTE_MARKS = re.compile("[\"\u201c\u201d\u00ab\u00bb]|'[^']{12,}'")


OPENS_QUOTE = re.compile('^["\u201c\u00ab]')


_MEDIA = re.compile(
    r"\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s+(?:News|TV|Times|Post|Network|Journal|Press)\b|"
    r"\b(?:NBC|CBS|ABC|CNN|BBC|FOX|Fox|Reuters|Bloomberg|AP|AFP|Axios|Politico)\b"
)


@dataclass
class Candidate:
    sentence: Sentence
    row: int  # position in the engine's flat sentence list
    bm25: float
    coverage: float = 0.0
    own_coverage: float = 0.0
    type_score: float = 0.0
    doc_score: float = 0.0
    score: float = 0.0


@dataclass
class AnswerContext:
    """What the selector needs from the engine: flat sentence table and its retrieval."""

    tokenizer: Tokenizer
    scorer: Scorer
    sentences: Sequence[Sentence]
    #: a row's index terms; computed on demand so the engine need not hold a set per sentence
    terms: Callable[[int], frozenset[str]]
    documents: dict[str, Document]
    #: (doc_id, sentence index) -> row in ``sentences``
    rows: dict[tuple[str, int], int]
    #: rows whose sentences may be quoted (not headings, not furniture)
    quotable: np.ndarray
    doc_scorer: Scorer | None = None
    doc_rows: dict[str, int] = field(default_factory=dict)
    #: a document's title terms, read from the index's title table (no tokenizing at query time)
    title_source: Callable[[str], frozenset[str]] | None = None
    #: memo of each document's title terms
    title_terms: dict[str, frozenset[str]] = field(default_factory=dict)
    #: each document's main named subjects (the engine works them out when it indexes the document)
    subjects: dict[str, frozenset[str]] = field(default_factory=dict)
    #: memo of the terms of single capitalised words (names repeat across a corpus' documents)
    word_terms: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _new_name(
    pattern: re.Pattern[str], text: str, q: QuestionInfo, ctx: AnswerContext, *, skip_initial: bool = False
) -> float:
    """1.0 if the text holds a match (a name, a place) saying something the question does not: the
    answer, not the question's own words. A sentence's first word is capitalised anyway."""
    for m in pattern.finditer(text):
        if skip_initial and m.start() == 0:
            continue
        toks = set(ctx.tokenizer.tokens(m.group(0)))
        if toks and not toks <= set(q.terms):
            return 1.0
    return 0.0


def _type_score(kind: str, text: str, q: QuestionInfo, ctx: AnswerContext) -> float:
    if kind == "date":
        return 1.0 if _DATE_LIKE.search(text) else 0.0
    if kind == "number":
        return 1.0 if _NUMBER_LIKE.search(text) else 0.0
    if kind == "person":
        return _new_name(_NAME, text, q, ctx)
    if kind == "place":
        return _new_name(_PLACE, text, q, ctx)
    if kind == "entity":
        return _new_name(_NAME_ANY, text, q, ctx, skip_initial=True)
    if kind == "media":
        return 1.0 if _MEDIA.search(text) else 0.0
    if kind == "quote":
        return 1.0 if QUOTE_MARKS.search(text) else 0.0
    if kind == "reason":
        return 1.0 if _REASON.search(text) else 0.0
    return 0.5


def _weights(q: QuestionInfo, ctx: AnswerContext) -> dict[str, float]:
    """Each question term's weight: its idf, with the idf of an unseen term for terms the corpus lacks,
    and double for named entities, which a question is most about."""
    n = max(ctx.scorer.size, 1)
    unseen = math.log((n + 0.5) / 0.5)
    weights: dict[str, float] = {}
    for t in q.terms:
        df = ctx.scorer.df(t)
        w = math.log((n - df + 0.5) / (df + 0.5)) if df else unseen
        w = max(w, 0.1 * unseen)
        if t in q.entity_terms:
            w *= 2.0
        weights[t] = w
    return weights


def _subjects(ctx: AnswerContext, doc_id: str) -> frozenset[str]:
    got = ctx.subjects.get(doc_id)
    if got is None:  # a context made without them (the engine gives every document's)
        got = ctx.subjects[doc_id] = document_subjects(ctx.documents[doc_id], ctx.tokenizer, ctx.word_terms)
    return got


def _title_terms(ctx: AnswerContext, doc_id: str) -> frozenset[str]:
    terms = ctx.title_terms.get(doc_id)
    if terms is None:
        if ctx.title_source is not None:
            terms = ctx.title_source(doc_id)
        else:
            terms = frozenset(ctx.tokenizer.tokens(ctx.documents[doc_id].meta.title or ""))
        ctx.title_terms[doc_id] = terms
    return terms


def _title_coverage(
    ctx: AnswerContext, doc_id: str, weights: dict[str, float], memo: dict[str, float]
) -> float:
    if doc_id not in memo:
        terms = _title_terms(ctx, doc_id)
        total = sum(weights.values()) or 1.0
        memo[doc_id] = sum(w for t, w in weights.items() if t in terms) / total
    return memo[doc_id]


def novelty(terms: frozenset[str], q: QuestionInfo) -> float:
    """Share of a sentence's terms that the question does not already hold."""
    return len(terms.difference(q.terms)) / len(terms) if terms else 0.0


def _typed_answer(q: QuestionInfo, c: Candidate, ctx: AnswerContext) -> bool:
    return (
        q.kind in TYPED_KINDS
        and c.type_score >= 1.0
        and c.coverage >= WEIGHTS.typed_coverage
        and bool(q.entity_terms)
        and q.entity_terms <= ctx.terms(c.row)
    )


def _neighbour_rows(ctx: AnswerContext, s: Sentence, row: int) -> list[int]:
    """The rows of the sentences before and after ``s`` (at ``row``) in its document. A document's
    sentences sit in consecutive rows in an engine, so the row map (a lookup that costs more than the
    rest) is only asked where they do not."""
    doc = ctx.documents[s.doc_id]
    out: list[int] = []
    for d in (-1, 1):
        j = s.index + d
        if 0 <= j < len(doc.sentences):
            nb, r = doc.sentences[j], row + d
            if not (0 <= r < len(ctx.sentences) and ctx.sentences[r] is nb):
                r = ctx.rows[(nb.doc_id, nb.index)]
            out.append(r)
    return out


def _coverage(q_weights: dict[str, float], own: frozenset[str], context: set[str]) -> tuple[float, float]:
    total = sum(q_weights.values()) or 1.0
    own_w = sum(w for t, w in q_weights.items() if t in own)
    ctx_w = sum(w for t, w in q_weights.items() if t not in own and t in context)
    return (own_w + WEIGHTS.context * ctx_w) / total, own_w / total


def document_scores(q: QuestionInfo, hits: Sequence[Hit], ctx: AnswerContext) -> dict[str, float]:
    """The candidates' documents' BM25 scores relative to the best document's: exact scores of those
    documents only (a corpus may hold a million, and the pruned top 1 finds the best without scoring
    them all)."""
    if ctx.doc_scorer is None:
        return {}
    cand_docs = list(dict.fromkeys(ctx.sentences[h.index].doc_id for h in hits))
    best_doc = ctx.doc_scorer.top_k(q.terms, 1)
    dmax = best_doc[0].score if best_doc and best_doc[0].score > 0 else 1.0
    drows = np.fromiter((ctx.doc_rows[d] for d in cand_docs), np.int64, len(cand_docs))
    dscores = ctx.doc_scorer.score_rows(q.terms, drows)
    return {d: float(v) / dmax for d, v in zip(cand_docs, dscores.tolist(), strict=True)}


def _penalty(s: Sentence, own: frozenset[str], q: QuestionInfo) -> float:
    w = WEIGHTS
    penalty = 0.0
    if s.text.rstrip(" \"'\u201d\u2019)").endswith("?"):
        penalty += w.penalty_question
    if novelty(own, q) < w.restates:  # it only repeats the question: the answer is around it
        penalty += w.penalty_restatement
    nwords = len(s.text.split())
    if nwords < w.short_words:
        penalty += w.penalty_short
    elif nwords > w.long_words:
        penalty += w.penalty_long
    return penalty


def score_candidates(q: QuestionInfo, hits: Sequence[Hit], ctx: AnswerContext) -> list[Candidate]:
    """The retrieved sentences as scored candidates, best first (the weights: ``answer.weights``)."""
    w = WEIGHTS
    weights = _weights(q, ctx)
    top_bm25 = hits[0].score or 1.0
    doc_best = document_scores(q, hits, ctx)
    cands: list[Candidate] = []
    title_cov: dict[str, float] = {}
    for h in hits:
        s = ctx.sentences[h.index]
        own = ctx.terms(h.index)
        if q.entity_terms - own and PRONOUN_START.match(s.text):  # "He lauded ..." is about the main actor
            own = own | (_subjects(ctx, s.doc_id) & q.entity_terms)
        context: set[str] = set()
        for r in _neighbour_rows(ctx, s, h.index):
            context |= ctx.terms(r)
        if s.index <= 1:  # a lead is read under its headline
            context |= _title_terms(ctx, s.doc_id)
        cov, own_cov = _coverage(weights, own, context)
        c = Candidate(s, h.index, h.score / top_bm25, cov, own_cov)
        c.type_score = _type_score(q.kind, s.text, q, ctx)
        c.doc_score = doc_best.get(s.doc_id, 0.0)
        lead = w.lead_bonus * _title_coverage(ctx, s.doc_id, weights, title_cov) if s.index <= 1 else 0.0
        c.score = (
            w.coverage * cov
            + w.bm25 * c.bm25
            + w.answer_type * c.type_score
            + w.document * c.doc_score
            + lead
            - _penalty(s, own, q)
        )
        cands.append(c)
    cands.sort(key=lambda c: c.score, reverse=True)
    return cands


def answers(q: QuestionInfo, best: Candidate, ctx: AnswerContext) -> bool:
    """Whether the best candidate answers the question at all (else the bot abstains)."""
    return best.coverage >= WEIGHTS.abstain_coverage or _typed_answer(q, best, ctx)
