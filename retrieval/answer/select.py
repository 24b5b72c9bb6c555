"""Answer selection: from retrieved sentences to one to three verbatim statements with citations, or
an honest abstention.

BM25 finds sentences that share words with the question; that is not the same as answering it. The
selector reranks candidates by how much of the question they (and their immediate context) cover, by
whether they hold the kind of thing asked for (a person for "who", a date for "when" ...), and by how
relevant their document is. It abstains when the best candidate covers too little of the question: a
fraction of the question's own idf weight, so the threshold means the same on five documents or on a
million and with any engine's score scale.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from retrieval.lexicon import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from retrieval.models import Answer, Citation, Document, Sentence, Statement
from retrieval.search.scorer import Scorer
from retrieval.search.text import Tokenizer, fold

# Words that frame a question rather than say what it is about.
_FRAME_WORDS = frozenset(
    [
        "say",
        "said",
        "says",
        "tell",
        "told",
        "mention",
        "mentioned",
        "accord",
        "according",
        "describe",
        "described",
        "ask",
        "asked",
        "now",
        "currently",
        "recently",
        "today",
        "presently",
        "lately",
        "ever",
        "still",
        "yet",
        "really",
        "actually",
    ]
)
# Phrases that only place a question in time or frame it; dropped before choosing search terms.
_FRAME_PHRASES = re.compile(
    r"\b(?:right now|at the moment|these days|so far|at present|at this point|in the news|"
    r"according to the coverage)\b",
    re.IGNORECASE,
)
_QUESTION_WORDS = frozenset(
    ["what", "which", "who", "whom", "whose", "when", "where", "why", "how", "many", "much"]
)
_PRONOUN_START = re.compile(
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
_QUOTE_MARKS = re.compile("[\"\u201c\u201d\u00ab\u00bb]|'[^']{12,}'")
_OPENS_QUOTE = re.compile('^["\u201c\u00ab]')
_AUXILIARIES = frozenset(
    "is are was were do does did has have had will would can could should may might must".split()
)
# Kinds of thing that are answered with a name: "which country", "which food chain", "which team".
_NAMED_CLASSES = frozenset(
    "country countries nation state states city cities town region province island company companies firm "
    "chain retailer brand airline carrier automaker bank team club league university school party group "
    "organization agency court movie film show series song album band singer rapper actor actress artist "
    "celebrity star player athlete quarterback president leader official minister senator governor mayor "
    "candidate app platform website airport river mountain volcano".split()
)
_MEDIA_WORDS = frozenset(
    ["network", "channel", "outlet", "newspaper", "broadcaster", "station", "paper", "agency", "magazine"]
)
_MEDIA = re.compile(
    r"\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s+(?:News|TV|Times|Post|Network|Journal|Press)\b|"
    r"\b(?:NBC|CBS|ABC|CNN|BBC|FOX|Fox|Reuters|Bloomberg|AP|AFP|Axios|Politico)\b"
)


@dataclass(frozen=True, slots=True)
class QuestionInfo:
    text: str
    kind: str  # person | date | place | number | quote | reason | media | yesno | what
    terms: list[str]  # stemmed content terms, in order, deduplicated
    words: list[str]  # the content words as written, for "I looked for ..."
    entity_terms: frozenset[str] = field(default_factory=frozenset)


def classify(question: str) -> str:
    q = fold(question).lower().strip()
    first = q.split()[0] if q.split() else ""
    if re.match(r"^(?:who|whom|whose)\b", q) or re.search(
        r"\bwhich (?:person|official|leader|minister)\b", q
    ):
        return "person"
    if re.match(r"^when\b", q) or re.search(r"\bwhat (?:date|day|year|month|time)\b|\bon what date\b", q):
        return "date"
    if re.match(r"^where\b", q) or re.search(r"\b(?:which|what) (?:place|platform|venue)\b", q):
        return "place"
    if re.search(r"\bhow (?:many|much|long|often|old)\b|\bwhat (?:number|percentage|share)\b", q):
        return "number"
    m = re.search(r"\b(?:which|what) (\w+(?: \w+){0,2})", q)
    head = m.group(1).split() if m else []
    if head and head[0] not in _AUXILIARIES:
        if head[0] in _MEDIA_WORDS:
            return "media"
        if any(w in _NAMED_CLASSES for w in head):
            return "entity"
    if re.match(r"^why\b", q) or re.search(r"\bfor what reason\b", q):
        return "reason"
    if re.search(
        r"\bwhat (?:did|does|do|has|had|have) .+ (?:say|said|tell|told|call|describe|warn|claim|write|mean|"
        r"promise|offer|threaten|propose|demand|add|argue|suggest|insist|post)\b|"
        r"\bhow did .+ (?:describe|characteri[sz]e|put it|clarify|explain)\b|"
        r"\bwhat message\b|\bin what words\b",
        q,
    ):
        return "quote"
    if first in _AUXILIARIES:
        return "yesno"
    return "what"


def analyze(question: str, tokenizer: Tokenizer) -> QuestionInfo:
    terms: list[str] = []
    words: list[str] = []
    entities: set[str] = set()
    pairs = tokenizer.words(_FRAME_PHRASES.sub(" ", question))
    for i, (low, orig) in enumerate(pairs):
        if low in _QUESTION_WORDS or low in _AUXILIARIES or low in _FRAME_WORDS:
            continue
        toks = tokenizer.tokens(orig)
        for t in toks:
            if t in _FRAME_WORDS:
                continue
            if t not in terms:
                terms.append(t)
            if i > 0 and orig[:1].isupper():
                entities.add(t)
        if toks and orig not in words:
            words.append(orig)
    # multi-word aliases ("United States") fold across words: tokenize the whole question too
    for t in tokenizer.tokens(question):
        if t.startswith("=") and t not in terms:
            terms.append(t)
            entities.add(t)
    return QuestionInfo(question, classify(question), terms, words, frozenset(entities))


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


#: how a candidate's score is made: question coverage (own words, plus context words at W_CONTEXT),
#: its BM25 score relative to the best, the answer type, and its document's relevance
W_COVERAGE = 0.45
W_CONTEXT = 0.5
W_BM25 = 0.25
W_TYPE = 0.15
W_DOC = 0.15
ABSTAIN_COVERAGE = 0.45
#: a question asking for a specific kind of thing (a person, a date, an outlet ...) may be answered with
#: less of its wording covered, if the sentence names every entity asked about and holds that kind of thing
TYPED_COVERAGE = 0.3
TYPED_KINDS = frozenset({"person", "date", "place", "number", "media", "entity"})
LEAD_BONUS = 0.15
#: another sentence scoring this close to the best is quoted as a second statement
SECOND_RATIO = 0.85
#: a statement whose novelty is below this only restates the question; the next sentence is added
RESTATES = 0.35
#: a neighbouring sentence this close to the best one is quoted with it: the answer spans both
ADJACENT_RATIO = 0.75
CANDIDATES = 40
#: terms of a statement used to look for the same statement in other outlets: its rarest, which any
#: restatement shares; more only slow the probe (at a million passages 0.8 ms with 6, 1.9 ms with 10,
#: the same answers on the development set)
MERGE_TERMS = 6
#: distinct statements in one answer (each may carry several outlets' citations)
MAX_STATEMENTS = 2


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
        return 1.0 if _QUOTE_MARKS.search(text) else 0.0
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


_WORD_MEMO = 200_000
_CAPITALISED = re.compile(r"\b[A-Z][a-z'\u2019-]+")


def document_subjects(
    doc: Document, tokenizer: Tokenizer, memo: dict[str, tuple[str, ...]]
) -> frozenset[str]:
    """The three names a document mentions most (capitalised words): whom its pronouns most likely
    mean. A property of the document, worked out when it is indexed: at query time the stemmer would
    see most of a document's names for the first time (milliseconds per question after a restart).
    ``memo`` maps a word to its tokens across documents."""
    words = Counter(_CAPITALISED.findall("\n".join(s.text for s in doc.sentences)))
    counts: dict[str, int] = {}
    for word, n in words.items():  # each distinct word tokenized once
        toks = memo.get(word)
        if toks is None:
            if len(memo) > _WORD_MEMO:
                memo.clear()
            toks = memo[word] = tuple(tokenizer.tokens(word))
        for t in toks:
            counts[t] = counts.get(t, 0) + n
    top = sorted(counts, key=lambda t: -counts[t])[:3]
    return frozenset(t for t in top if counts[t] >= 2)


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


def _quotable_neighbour(s: Sentence) -> bool:
    return not s.heading and not s.text.rstrip(" \"'\u201d\u2019)").endswith("?")


def _novelty(terms: frozenset[str], q: QuestionInfo) -> float:
    """Share of a sentence's terms that the question does not already hold."""
    return len(terms.difference(q.terms)) / len(terms) if terms else 0.0


def _typed_answer(q: QuestionInfo, c: Candidate, ctx: AnswerContext) -> bool:
    return (
        q.kind in TYPED_KINDS
        and c.type_score >= 1.0
        and c.coverage >= TYPED_COVERAGE
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
    return (own_w + W_CONTEXT * ctx_w) / total, own_w / total


def _quote_balance(text: str) -> int:
    t = fold(text)
    return t.count('"') % 2


def _expand(ctx: AnswerContext, s: Sentence, q: QuestionInfo) -> list[Sentence]:
    """The statement to quote for a chosen sentence: a quotation that runs on is kept whole, and a
    sentence led by a pronoun brings the sentence that names its subject."""
    doc = ctx.documents[s.doc_id]
    parts = [s]
    own_terms = ctx.terms(ctx.rows[(s.doc_id, s.index)])
    if _PRONOUN_START.match(s.text) and s.index > 0 and not (q.entity_terms & own_terms):
        prev = doc.sentences[s.index - 1]
        if _quotable_neighbour(prev):
            parts.insert(0, prev)
    nxt = parts[-1].index + 1
    if nxt < len(doc.sentences) and not doc.sentences[nxt].heading:
        following = doc.sentences[nxt]
        # an open quotation runs on; or the speaker's quotation resumes right after the attribution
        resumes = (
            following.paragraph == s.paragraph
            and _OPENS_QUOTE.match(following.text) is not None
            and _QUOTE_MARKS.search(parts[-1].text) is not None
            and len(following.text) < 240
        )
        if _quote_balance(parts[-1].text) or resumes:
            parts.append(following)
    if len(parts) == 1 and _quote_balance(s.text) and s.index > 0:
        prev = doc.sentences[s.index - 1]
        if not prev.heading and _quote_balance(prev.text):
            parts.insert(0, prev)
    return parts


def _join(parts: Sequence[Sentence]) -> str:
    """Quote sentences as one passage. Sentences of one paragraph are contiguous in the source; across
    paragraphs something (furniture) may have been cut between them, so the seam is marked with an
    ellipsis and each piece stays verbatim."""
    out = parts[0].text
    for prev, cur in itertools.pairwise(parts):
        out += (" " if cur.paragraph == prev.paragraph else " … ") + cur.text
    return out


def _citation(n: int, doc: Document, quote: str) -> Citation:
    m = doc.meta
    return Citation(
        n=n, doc_id=m.doc_id, title=m.title, source=m.source, url=m.url, published=m.published, quote=quote
    )


def _similar(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return max(inter / len(a | b), inter / min(len(a), len(b)) * 0.85 if min(len(a), len(b)) >= 6 else 0.0)


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
    # the best CANDIDATES quotable sentences among the best CANDIDATES * 3 (headings are not quoted);
    # a smaller k first, since pruning is faster the fewer rows it must keep: the same hits whenever
    # that many quotable ones are among them, as they nearly always are
    first = ctx.scorer.top_k(q.terms, CANDIDATES * 3 // 2)
    hits = [h for h in first if ctx.quotable[h.index]][:CANDIDATES]
    if len(hits) < CANDIDATES and len(first) == CANDIDATES * 3 // 2:
        hits = [h for h in ctx.scorer.top_k(q.terms, CANDIDATES * 3) if ctx.quotable[h.index]][:CANDIDATES]
    if not hits:
        return abstain(question, q)
    weights = _weights(q, ctx)
    top_bm25 = hits[0].score or 1.0
    doc_best: dict[str, float] = {}
    if ctx.doc_scorer is not None:
        # exact scores of the candidates' documents only, relative to the best document's: a corpus
        # may hold a million, and the pruned top 1 finds the best without scoring them all
        cand_docs = list(dict.fromkeys(ctx.sentences[h.index].doc_id for h in hits))
        best_doc = ctx.doc_scorer.top_k(q.terms, 1)
        dmax = best_doc[0].score if best_doc and best_doc[0].score > 0 else 1.0
        drows = np.fromiter((ctx.doc_rows[d] for d in cand_docs), np.int64, len(cand_docs))
        dscores = ctx.doc_scorer.score_rows(q.terms, drows)
        doc_best = {d: float(v) / dmax for d, v in zip(cand_docs, dscores.tolist(), strict=True)}
    cands: list[Candidate] = []
    title_cov: dict[str, float] = {}
    for h in hits:
        s = ctx.sentences[h.index]
        own = ctx.terms(h.index)
        if q.entity_terms - own and _PRONOUN_START.match(s.text):  # "He lauded ..." is about the main actor
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
        penalty = 0.0
        stripped = s.text.rstrip(" \"'\u201d\u2019)")
        if stripped.endswith("?"):
            penalty += 0.3
        if _novelty(own, q) < RESTATES:  # it only repeats the question: the answer is around it
            penalty += 0.1
        nwords = len(s.text.split())
        if nwords < 5:
            penalty += 0.3
        elif nwords > 70:
            penalty += 0.1
        # news leads elaborate their headline, and questions often paraphrase headlines
        lead = LEAD_BONUS * _title_coverage(ctx, s.doc_id, weights, title_cov) if s.index <= 1 else 0.0
        c.score = (
            W_COVERAGE * cov + W_BM25 * c.bm25 + W_TYPE * c.type_score + W_DOC * c.doc_score + lead - penalty
        )
        cands.append(c)
    cands.sort(key=lambda c: c.score, reverse=True)
    best = cands[0]
    if best.coverage < ABSTAIN_COVERAGE and not _typed_answer(q, best, ctx):
        missing = [w for w in q.words if not (set(ctx.tokenizer.tokens(w)) & (ctx.terms(best.row)))]
        q2 = QuestionInfo(q.text, q.kind, q.terms, missing or q.words, q.entity_terms)
        return abstain(question, q2)
    return _compose(question, q, best, cands, ctx)


def _compose(
    question: str, q: QuestionInfo, best: Candidate, cands: list[Candidate], ctx: AnswerContext
) -> Answer:
    citations: list[Citation] = []
    statements: list[Statement] = []
    cited_rows: set[int] = set()
    keys: list[frozenset[str]] = []

    def row(s: Sentence) -> int:
        return ctx.rows[(s.doc_id, s.index)]

    def add_statement(parts: list[Sentence]) -> None:
        quote = _join(parts)
        key = frozenset().union(*(ctx.terms(row(p)) for p in parts))
        lead = parts[0]
        citations.append(_citation(len(citations) + 1, ctx.documents[lead.doc_id], quote))
        nums = [len(citations)]
        cited_rows.update(row(p) for p in parts)
        # the same statement carried by other outlets: found by retrieving with the statement itself,
        # each outlet cited with its own verbatim sentence
        seen_docs = {lead.doc_id}
        # its rarest terms find the same statement elsewhere; common ones only make the query slow
        probe = sorted(key, key=lambda t: (-ctx.scorer.idf(t), t))[:MERGE_TERMS]
        for h in ctx.scorer.top_k(probe, 25):
            s = ctx.sentences[h.index]
            if s.doc_id in seen_docs or not ctx.quotable[h.index] or h.index in cited_rows:
                continue
            if _similar(key, ctx.terms(h.index)) >= 0.5:
                seen_docs.add(s.doc_id)
                other = _expand(ctx, s, q)
                citations.append(_citation(len(citations) + 1, ctx.documents[s.doc_id], _join(other)))
                nums.append(len(citations))
                cited_rows.update(row(p) for p in other)
        statements.append(Statement(text=quote, citations=nums))
        keys.append(key)

    first = _expand(ctx, best.sentence, q)
    for c in cands[1:]:
        s = c.sentence
        if s.doc_id != best.sentence.doc_id or c.score < ADJACENT_RATIO * best.score:
            continue
        if s.index == first[-1].index + 1 and s.paragraph == first[-1].paragraph:
            first = [*first, *(p for p in _expand(ctx, s, q) if p.index > first[-1].index)]
        elif s.index == first[0].index - 1 and s.paragraph == first[0].paragraph:
            first = [*(p for p in _expand(ctx, s, q) if p.index < first[0].index), *first]
        else:
            continue
        break
    window_terms = frozenset().union(*(ctx.terms(row(p)) for p in first))
    if _novelty(window_terms, q) < RESTATES:
        doc = ctx.documents[best.sentence.doc_id]
        nxt = first[-1].index + 1
        if nxt < len(doc.sentences) and _quotable_neighbour(doc.sentences[nxt]):
            first = [*first, doc.sentences[nxt]]
        elif first[0].index > 0 and _quotable_neighbour(doc.sentences[first[0].index - 1]):
            first = [doc.sentences[first[0].index - 1], *first]
    if first[0].index < best.sentence.index and _PRONOUN_START.match(best.sentence.text):
        # the sentence naming the subject was brought for a pronoun; not needed if the window names it
        rest = frozenset().union(*(ctx.terms(row(p)) for p in first[1:]))
        if q.entity_terms and q.entity_terms <= rest:
            first = first[1:]
    add_statement(first)
    # a further statement, when another sentence answers nearly as well and says something new
    for c in cands[1:]:
        if len(statements) >= MAX_STATEMENTS:
            break
        if c.row in cited_rows or c.score < SECOND_RATIO * best.score or c.coverage < ABSTAIN_COVERAGE:
            continue
        if c.type_score < best.type_score:
            continue
        parts = _expand(ctx, c.sentence, q)
        if any(row(p) in cited_rows for p in parts):
            continue
        key = frozenset().union(*(ctx.terms(row(p)) for p in parts))
        if any(_similar(key, k) >= 0.5 for k in keys):
            continue
        add_statement(parts)
    text = " ".join(f"{s.text} " + "".join(f"[{n}]" for n in s.citations) for s in statements)
    return Answer(
        question=question,
        abstained=False,
        answer=text,
        citations=citations,
        statements=statements,
        confidence=round(min(1.0, best.coverage), 3),
        looked_for=q.words,
    )
