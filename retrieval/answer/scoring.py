"""Candidate scoring: how much of the question a retrieved sentence (and its neighbours) covers, whether it
holds the kind of thing asked for, its BM25 score and its document's relevance."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import NamedTuple, TypeVar, cast, get_args

import numpy as np

from retrieval.answer.amounts import CURRENCY_ASKED, Measure, pays
from retrieval.answer.bridge import office_noun, person_noun, plural_noun, verb_bases, verb_form, wordnet
from retrieval.answer.complement import passive_subject
from retrieval.answer.elsewhere import elsewhere
from retrieval.answer.outcome import outcome_to_come
from retrieval.answer.phrases import AUXILIARIES, noun_phrase, participle
from retrieval.answer.question import (
    ASKS_TIME,
    TYPED_KINDS,
    QuestionInfo,
    analyze,
    asked_called_noun,
    asked_person_role,
    asked_role,
    asked_sentence,
    asked_which_one,
    asks_name,
    doer_verb,
)
from retrieval.answer.relation import adjective_only, counts, credit
from retrieval.answer.statements import (
    PRONOUN_SPEAKER,
    asked_addressee,
    asked_speaker,
    reported_of,
    said_by,
    said_of,
    someone_elses,
    speaker,
    speakers,
    speaking_role,
)
from retrieval.answer.story import refers_back, story_terms, title_terms
from retrieval.answer.subjects import asked_months, document_subjects, published_months
from retrieval.answer.types import (
    PRONOUN_START,
    QUOTE_MARKS,
    a_person,
    asked_names,
    common_word,
    date_positions,
    dated_by_condition_only,
    holds_role,
    maybe_noun,
    name_runs,
    names_head,
    names_kind,
    new_names,
    place_like,
    reason_act,
    type_score,
)
from retrieval.answer.weights import WEIGHTS
from retrieval.ingest.notices import retracts
from retrieval.ingest.sentences import DocumentSentences
from retrieval.lexicon import (
    DETERMINERS,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
    SPELLED_NUMBER,
    STOP_WORDS,
    WEEKDAYS,
)
from retrieval.models import Document, Sentence
from retrieval.search.scorer import Hit, Scorer
from retrieval.search.text import Tokenizer, fold, greets_readers, stem
from retrieval.search.wordnet import (
    NOUN_LOCATION,
    NOUN_PERSON,
    NOUN_QUANTITY,
    NOUN_TIME,
    VERB_COMMUNICATION,
    WordNet,
)

#: the best hit's BM25 score and the documents' relative ones, which candidates' scores are relative to
Scale = tuple[float, dict[str, float]]
#: kinds of question whose asked-for noun a name fills ("which theatre", "which company", "what film")
NAMED_KINDS = frozenset({"entity", "what", "person", "place"})


@dataclass
class Candidate:
    sentence: Sentence
    row: int  # position in the engine's flat sentence list
    bm25: float
    coverage: float = 0.0
    own_coverage: float = 0.0
    type_score: float = 0.0
    #: whether it names someone by a title for the doer a "who VERBs X" asks for (``_titled_doer``)
    titled: bool = False
    #: whether that title holds what the verb is done to ("Ferry operator Bluewake Lines" for "who runs
    #: the ferries", "Mara Quill, the founder of Arden" for "who founded Arden"): the doer of the very
    #: thing asked about, not of another ("Civil defence director Hugo Brandt")
    titled_of: bool = False
    #: whether its only such titles name another owner ("Halvard Tankers chief executive Ingrid Falkvik"
    #: for "who runs the fishermen's association"): a doer of another thing (``_titled_doer``)
    titled_other: bool = False
    doc_score: float = 0.0
    score: float = 0.0
    #: share of what the question asks about its names (its other terms) that the sentence itself holds
    relation: float = 1.0
    #: ``relation`` before the words its story's headline holds count too: what the sentence holds of
    #: what is asked beyond its story's topic
    asked: float = 1.0
    #: share of the question's names the sentence, its neighbours, headline or document subjects hold
    names: float = 1.0
    #: it names, beside the noun the question asks for, something the question does not ("which theatre"
    #: -> "the Palace Theatre")
    fills_head: bool = False
    #: it names something WordNet knows as an instance or kind of the noun asked for ("California" for
    #: "which state"): it fills the slot in any story (``types.names_kind``)
    names_kind: bool = False
    #: a statement by the person a "what did X say" asks about
    said: bool = False
    #: coverage with its story's headline and lead, for a sentence referring back to them (``answer.story``)
    storied: float = 0.0


_V = TypeVar("_V")


@dataclass
class AnswerContext:
    """What the selector needs from the engine: flat sentence table and its retrieval."""

    tokenizer: Tokenizer
    scorer: Scorer
    sentences: Sequence[Sentence]
    #: a row's index terms; computed on demand so the engine need not hold a set per sentence
    terms: Callable[[int], frozenset[str]]
    #: the terms of a span of rows together (rows lo..hi-1): a document's, in one read
    span_terms: Callable[[int, int], frozenset[str]]
    documents: dict[str, Document]
    #: (doc_id, sentence index) -> row in ``sentences``
    rows: dict[tuple[str, int], int]
    #: rows whose sentences may be quoted (not headings, not furniture)
    quotable: np.ndarray
    #: rows whose sentences are a correction notice's (``retracts``, told when the corpus was built)
    notices: np.ndarray
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
    #: the index's vocabulary (term -> id): which spellings the corpus holds, without counting
    vocab: dict[str, int] | None = None
    #: each outlet name the documents give as written -> the one name its outlet goes by
    #: (``ingest.outlets``; ``documents`` carry the latter): "according to Brennport Courier" finds it
    outlet_names: dict[str, str] = field(default_factory=dict)
    #: what answering works out once per engine on first use (the outlets and their documents)
    memo: dict[str, object] = field(default_factory=dict)

    def remembered(self, table: str, key: Hashable, make: Callable[[], _V], most: int = 10_000) -> _V:
        """``make()``, worked out once per engine for ``key`` in the memo's ``table``; a table past
        ``most`` entries is emptied first (a long-running bot reads ever more documents and words)."""
        memo = self.memo.setdefault(table, {})
        assert isinstance(memo, dict)
        if key in memo:
            return cast(_V, memo[key])
        if len(memo) > most:
            memo.clear()
        got = memo[key] = make()
        return got


def _weights(q: QuestionInfo, ctx: AnswerContext) -> dict[str, float]:
    """Each question term's weight: its idf (a corrected or bridged term's from the corpus term found
    for it), with the idf of an unseen term for terms the corpus lacks, and double for named entities,
    which a question is most about. A general English word the corpus lacks (and no synonym bridges)
    weighs little: the coverage says it otherwise, so it should not decide. A misspelt function word
    weighs nothing."""
    n = max(ctx.scorer.size, 1)
    unseen = math.log((n + 0.5) / 0.5)
    weights: dict[str, float] = {}
    for t in q.terms:
        b = q.bridges.get(t)
        if b is not None and b.standing == "corrected" and not b.search:
            continue
        probe = [t] if b is None or b.standing == "known" or not b.search else list(b.search)
        df = max(ctx.scorer.df(p) for p in probe)
        w = math.log((n - df + 0.5) / (df + 0.5)) if df else unseen
        w = max(w, 0.1 * unseen)
        if b is not None and b.standing == "unknown_word":
            w *= WEIGHTS.unknown_word
        elif b is not None and b.standing == "unknown_name" and t not in q.entity_terms:
            w *= WEIGHTS.unknown_lowercase
        if t in q.entity_terms:
            w *= 2.0
        weights[t] = w
    return weights


def subjects_of(ctx: AnswerContext, doc_id: str) -> frozenset[str]:
    """A document's main named subjects (``document_subjects``), worked out once per document."""
    if (got := ctx.subjects.get(doc_id)) is None:  # a context made without them (an engine gives them)
        got = ctx.subjects[doc_id] = document_subjects(ctx.documents[doc_id], ctx.tokenizer, ctx.word_terms)
    return got


def writer_terms(ctx: AnswerContext, doc_id: str) -> frozenset[str]:
    """The terms of an opinion piece's writer's name (its byline: "Dr. Helen Marsh"), whose first person
    its sentences are; none for a news report, whose reporter tells what others did and said."""
    meta = ctx.documents[doc_id].meta
    if not meta.opinion or not meta.author:
        return frozenset()
    return ctx.tokenizer.term_set(meta.author)


def _title_coverage(
    q: QuestionInfo, ctx: AnswerContext, doc_id: str, weights: dict[str, float], memo: dict[str, float]
) -> float:
    if doc_id not in memo:
        terms = title_terms(ctx, doc_id)
        total = sum(weights.values()) or 1.0
        memo[doc_id] = sum(w * credit(q, t, terms) for t, w in weights.items()) / total
    return memo[doc_id]


def novelty(terms: frozenset[str], q: QuestionInfo) -> float:
    """Share of a sentence's terms that the question does not already hold."""
    return len(terms.difference(q.terms)) / len(terms) if terms else 0.0


def _typed_answer(q: QuestionInfo, c: Candidate, ctx: AnswerContext) -> bool:
    """Whether a candidate covering little of the question answers it all the same: it holds the kind of
    thing asked for and every name the question gives, as it writes them or as the coverage does (a
    lowercase "how much did tidewater stock drop" names Tidewater as much as a capitalised one)."""
    names = asked_names(q)
    return (
        q.kind in TYPED_KINDS
        and c.type_score >= 1.0
        and c.coverage >= WEIGHTS.typed_coverage
        and bool(names)
        and names <= ctx.terms(c.row)
        and not _head_unheld(q, c, ctx)
    )


def _head_unheld(q: QuestionInfo, c: Candidate, ctx: AnswerContext) -> bool:
    """Whether a "how much X" (X a thing the coverage writes: "how much cash does Kessler have") is put
    to a sentence that does not hold X in any form: its figure is of something else ("Kessler paid
    $150 million"), which only holding the question's names does not make an answer. Not for an X
    that names the kind of amount itself ("how much money", "how much time": the figure says it)."""
    wn = wordnet()
    if q.kind != "number" or not q.head or wn is None or ctx.scorer.df(q.head) == 0:
        return False
    word = q.term_words.get(q.head, q.head)
    # (the measures' own names, "money", and nouns of times and quantities, "time", "distance")
    if word in get_args(Measure) or wn.sense_classes(word, "n") & {NOUN_TIME, NOUN_QUANTITY}:
        return False
    return credit(q, q.head, ctx.terms(c.row)) == 0


def _neighbour_rows(ctx: AnswerContext, s: Sentence, row: int) -> list[int]:
    """The rows of the sentences before and after ``s`` in its document (from the row map, none read)."""
    n = len(ctx.documents[s.doc_id].sentences)
    return [ctx.rows[(s.doc_id, j)] for j in (s.index - 1, s.index + 1) if 0 <= j < n]


#: a reply in an explainer's answer's first sentence ("Yes.", "No, boiling does not ...", "The utility
#: says yes.")
_REPLY = re.compile(r"\b(?:yes|no)\b", re.IGNORECASE)


def heading_answer(ctx: AnswerContext, heading: Sentence) -> range:
    """The rows of the paragraph answering a question heading (an explainer's "Is the water safe now?"
    over "The utility says yes."): the paragraphs after it (``answer_paragraphs``), when they reply
    ("Yes.", "No, ...", "... says yes") or are about what it asks (``_on_heading``). Empty for any
    other heading, and for a quiz's question, whose options the cleaner took out, so that an unrelated
    paragraph follows it ("That's how many ... robocalls" under "Which product is scarce?")."""
    doc = ctx.documents[heading.doc_id]
    if (
        not heading.heading
        or not heading.text.rstrip().endswith("?")
        or heading.index + 1 >= len(doc.sentences)
    ):
        return range(0)
    lo = hi = heading.index + 1
    for _ in range(WEIGHTS.answer_paragraphs):
        if hi >= len(doc.sentences) or doc.sentences[hi].heading:
            break
        hi = doc.paragraphs[doc.sentences[hi].paragraph][1]
    base = ctx.rows[(heading.doc_id, 0)]
    if hi == lo:
        return range(0)
    answer = range(base + lo, base + hi)
    first = doc.sentences[lo].text
    if _REPLY.search(first) or _on_heading(ctx, heading, answer) or _typed_reply(ctx, heading, base + lo):
        return answer
    return range(0)


#: the kinds of question heading whose reply is told by the kind of thing it gives: a person's name, a
#: figure, a date. (An "entity" or "place" pattern fits nearly any capitalised word: a quiz question's
#: next item would pass for its reply)
_REPLY_KINDS = frozenset({"person", "number", "date"})


def _typed_reply(ctx: AnswerContext, heading: Sentence, row: int) -> bool:
    """Whether the sentence after a question heading gives the kind of thing it asks for ("Who is
    leading the investigation?" over "Detective Inspector Miriam Okafor, head of ...", "How much do
    they earn now?" over "The base wage is $39.50 an hour"): an explainer's reply, which names what is
    asked rather than repeating the heading's nouns. Remembered per heading: every candidate of its
    document asks for it."""
    memo = ctx.memo.setdefault("typed_replies", {})
    assert isinstance(memo, dict)
    got = memo.get(row)
    if got is None:
        asked = analyze(heading.text.removeprefix("Q:").strip(), ctx.tokenizer)
        got = memo[row] = (
            asked.kind in _REPLY_KINDS
            and type_score(asked.kind, ctx.sentences[row].text, asked, ctx.tokenizer) >= 1.0
        )
    return bool(got)


def _on_heading(ctx: AnswerContext, heading: Sentence, answer: range) -> bool:
    """Whether a paragraph is about what a question heading asks: its nouns (or names) hold
    ``heading_share`` of the heading's words' idf weight. Nouns, as a "how many" shares its "many"
    with any paragraph; a share, as a long quiz question shares a common word ("US", "company") with
    the next item of a digest by chance."""
    said = ctx.span_terms(answer.start, answer.stop)
    total = got = 0.0
    seen: set[str] = set()
    for word in _SAID_WORD.findall(heading.text):
        for t in ctx.tokenizer.tokens(word):
            if t in seen:
                continue
            seen.add(t)
            w = max(ctx.scorer.idf(t), 0.0)
            total += w
            if t in said and maybe_noun(word):
                got += w
    return total > 0 and got >= WEIGHTS.heading_share * total


def heading_asks(q: QuestionInfo, ctx: AnswerContext, row: int, table: list[_Term] | None = None) -> bool:
    """Whether a question heading asks the question: it holds ``heading_match`` of the question's
    weight. Only then does the paragraph under it answer the question with it: under "Can I get my
    water tested?" a paragraph on test kits does not say where to get bottled water. ``table``: the
    question's terms, when the caller has them."""
    table = _term_table(q, _weights(q, ctx)) if table is None else table
    m = _measure(table, ctx.terms(row), set(), frozenset(), frozenset(), tuple(False for _ in table))
    return m.own_coverage >= WEIGHTS.heading_match


def _headed(ctx: AnswerContext) -> frozenset[str]:
    """The documents holding a heading, worked out once per engine from the rows that may not be
    quoted (a heading is one of them): a sentence of any other document answers no heading."""
    got = ctx.memo.get("headed")
    if not isinstance(got, frozenset):
        got = frozenset(ctx.sentences[int(r)].doc_id for r in np.flatnonzero(~ctx.quotable))
        ctx.memo["headed"] = got
    return got


def asked_heading(ctx: AnswerContext, s: Sentence) -> int | None:
    """The row of the question heading whose answer ``s`` is part of (``heading_answer``): the
    question it answers says what it is about, though the answer need not repeat its words. None when
    ``s`` answers no heading."""
    if s.doc_id not in _headed(ctx):  # (most documents have none: hundreds of candidates a question)
        return None
    doc = ctx.documents[s.doc_id]
    first = s.index
    for _ in range(WEIGHTS.answer_paragraphs):
        first = doc.paragraphs[doc.sentences[first].paragraph][0]
        if first == 0:
            return None
        head = doc.sentences[first - 1]
        if head.heading:
            row = ctx.rows[(s.doc_id, first - 1)]
            return row if ctx.rows[(s.doc_id, s.index)] in heading_answer(ctx, head) else None
        first -= 1
    return None


def _before(ctx: AnswerContext, s: Sentence) -> frozenset[str]:
    """The terms of the sentence before ``s`` in its document (none for a document's first)."""
    row = ctx.rows.get((s.doc_id, s.index - 1)) if s.index > 0 else None
    return ctx.terms(row) if row is not None else frozenset()


def is_name(q: QuestionInfo, term: str) -> bool:
    if term in q.entity_terms:
        return True
    b = q.bridges.get(term)
    return term not in q.kind_terms and (b.name if b is not None else term.startswith("="))


@dataclass(frozen=True, slots=True)
class _Term:
    """A question term as candidates are measured against it (``credit`` worked out once per question:
    hundreds of sentences are measured against the same few terms)."""

    term: str
    weight: float
    #: a misspelt term's correction, which counts in full
    fixed: str | None
    #: synonyms and derived forms, which count ``bridge_credit``
    variants: frozenset[str]
    #: the terms of the words an acronym stands for, which count in full together (``TermBridge.phrase``)
    phrase: frozenset[str]
    name: bool
    #: what is asked about the names (not a name, not the word naming the kind of answer)
    relation: bool


def _term_table(q: QuestionInfo, q_weights: dict[str, float]) -> list[_Term]:
    out: list[_Term] = []
    for t, w in q_weights.items():
        b = q.bridges.get(t)
        fixed = b.search[0] if b is not None and b.standing == "corrected" and b.search else None
        variants = b.variants if b is not None else frozenset()
        name = is_name(q, t)
        phrase = b.phrase if b is not None else frozenset()
        # the noun asked for names the kind of answer, not what is asked about it; but one the coverage
        # lacks, bridged to its kinds or synonyms ("what holiday" -> "Easter"), is held only by the answer
        asked_kind = t == q.head and b is not None and b.standing == "bridged"
        relation = not name and (t != q.head or asked_kind) and t not in q.aside
        out.append(_Term(t, w, fixed, variants, phrase, name, relation))
    return out


def _held(t: _Term, terms: frozenset[str] | set[str]) -> float:
    """``credit`` of one table term."""
    if t.term in terms or (t.fixed is not None and t.fixed in terms) or (t.phrase and t.phrase <= terms):
        return 1.0
    if t.variants and not t.variants.isdisjoint(terms):
        return WEIGHTS.bridge_credit
    return 0.0


def _asked(table: list[_Term], title: frozenset[str]) -> tuple[bool, ...]:
    """Which relation terms a story asks about: those its headline does not hold (its topic), unless
    the headline holds them all."""
    asked = tuple(t.relation and _held(t, title) < 1.0 for t in table)
    return asked if any(asked) else tuple(t.relation for t in table)


class _Measure(NamedTuple):
    """A sentence's measures against a question's terms (``_measure``; a tuple: hundreds are made a
    question, and a frozen dataclass is made field by field, several times slower)."""

    coverage: float
    own_coverage: float
    storied: float
    relation: float
    stated: float
    names: float


def _measure(
    table: list[_Term],
    own: frozenset[str],
    context: set[str],
    story: frozenset[str],
    subjects: frozenset[str],
    asked: tuple[bool, ...],
) -> _Measure:
    """How much of the question a sentence covers (its neighbours' words at ``context``), and its
    (relation, stated, names): a question names what it is about and asks something about it. The
    names may be supplied by the sentence's story (its neighbours, headline, main subjects); what is
    asked about them must be in the sentence itself, or it only echoes the topic. Words the story's
    headline holds are its topic too ("Who leads the trade delegation?" under "Trade delegation heads
    to Oslo" asks who leads), unless they are all the question has (``_asked``). ``stated`` counts them
    as asked all the same: a headline states its story's main fact ("... sentenced to 12 years"),
    which the sentence holding it with the asked-for kind of thing states in full."""
    total = own_w = ctx_w = story_w = name_w = name_got = rel_w = rel_got = all_w = all_got = 0.0
    bridged = WEIGHTS.bridge_credit
    for t, is_asked in zip(table, asked, strict=True):
        w = t.weight
        total += w
        # ``_held`` written out for the sentence and its neighbours: hundreds of candidates a question
        got = (
            1.0
            if t.term in own or (t.fixed is not None and t.fixed in own) or (t.phrase and t.phrase <= own)
            else bridged
            if t.variants and not t.variants.isdisjoint(own)
            else 0.0
        )
        own_w += w * got
        near = got
        if got < 1.0 and context:
            if (
                t.term in context
                or (t.fixed is not None and t.fixed in context)
                or (t.phrase and t.phrase <= context)
            ):
                near = 1.0
            elif t.variants and not t.variants.isdisjoint(context):
                near = max(got, bridged)
            ctx_w += w * (near - got)
        if near < 1.0 and story and (in_story := _held(t, story)) > near:  # a referring sentence's story
            story_w, near = story_w + w * (in_story - near), in_story
        if t.name:
            name_w += w
            name_got += w * (near if near >= 1.0 else max(near, _held(t, subjects)))
        elif t.relation:
            all_w += w
            all_got += w * got
            if is_asked:
                rel_w += w
                rel_got += w * got
    total = total or 1.0
    return _Measure(
        (own_w + WEIGHTS.context * ctx_w) / total,
        own_w / total,
        (own_w + WEIGHTS.context * (ctx_w + story_w)) / total,
        rel_got / rel_w if rel_w else 1.0,
        all_got / all_w if all_w else 1.0,
        name_got / name_w if name_w else 1.0,
    )


def document_scores(q: QuestionInfo, hits: Sequence[Hit], ctx: AnswerContext) -> dict[str, float]:
    """The candidates' documents' BM25 scores relative to the best document's: exact scores of those
    documents only (a corpus may hold a million, and the pruned top 1 finds the best without scoring
    them all)."""
    if ctx.doc_scorer is None:
        return {}
    cand_docs = list(dict.fromkeys(ctx.sentences[h.index].doc_id for h in hits))
    drows = np.fromiter((ctx.doc_rows[d] for d in cand_docs), np.int64, len(cand_docs))
    dscores = ctx.doc_scorer.score_rows(q.search_terms, drows)
    # the best candidate document's score is one the best document reaches: the search prunes with it
    floor = float(dscores.max()) if dscores.shape[0] else 0.0
    best_doc = ctx.doc_scorer.top_k(q.search_terms, 1, floor=floor)
    dmax = best_doc[0].score if best_doc and best_doc[0].score > 0 else 1.0
    return {d: float(v) / dmax for d, v in zip(cand_docs, dscores.tolist(), strict=True)}


def retracting_sentences(doc: Document) -> list[Sentence]:
    """An article's sentences (not headings) that retract (``retracts``), in order: as its store told
    them when it was built (``SentenceStore.notice``), a Sentence made only of one that retracts."""
    sentences = doc.sentences
    if not isinstance(sentences, DocumentSentences):
        return [s for s in sentences if not s.heading and retracts(s.text)]
    return [s for i in sentences.notices() if not (s := sentences[i]).heading]


#: a question asking about a correction itself ("what did the paper correct", "was there an error"):
#: the one a correction notice answers, not one it only mentions the topic of
ASKS_CORRECTION = re.compile(
    r"\b(?:in)?correct(?:ed|ion|ions|s)?\b|\b(?:errors?|erroneous\w*|mistak\w*|wrong\w*|retract\w*)\b"
    r"|\bmis(?:stat|report|identif|spell)\w*",
    re.I,
)

#: a question asking for opinion ("what does the op-ed argue", "what did the editorial say", "which
#: columnists criticised the mayor"): one an opinion piece answers as well as a report
ASKS_OPINION = re.compile(
    r"\b(?:opinions?|op-?eds?|op\s+eds?|columns?|columnists?|editorials?|commentary|commentators?|essays?|"
    r"argu(?:e|es|ed|ing|ment|ments))\b",
    re.I,
)


def _penalty(s: Sentence, own: frozenset[str], question_terms: frozenset[str], notice: bool) -> float:
    """``question_terms``: ``q.terms`` as a set (made once for all of a question's candidates);
    ``notice``: whether the sentence is a correction notice to penalise (``retracts``; not when the
    question asks about one: a notice repeats the wrong claim's words, which makes it rank for any
    question on its topic, "what caused the fire" answered by "An article incorrectly reported that
    4,300 were evacuated after the fire")."""
    w = WEIGHTS
    penalty = 0.0
    if notice:
        penalty += w.penalty_notice
    if s.text.rstrip(" \"'\u201d\u2019)").endswith("?"):
        penalty += w.penalty_question
    # it only repeats the question (``novelty``): the answer is around it
    if (len(own - question_terms) / len(own) if own else 0.0) < w.restates:
        penalty += w.penalty_restatement
    nwords = len(s.text.split())
    if nwords < w.short_words:
        penalty += w.penalty_short
    elif nwords > w.long_words:
        penalty += w.penalty_long
    return penalty


def score_candidates(
    q: QuestionInfo, hits: Sequence[Hit], ctx: AnswerContext, scale: Scale | None = None
) -> list[Candidate]:
    """The retrieved sentences as scored candidates, best first (the weights: ``answer.weights``),
    on ``scale`` when given: the candidates scored before had it (to score more beside them)."""
    w = WEIGHTS
    weights = _weights(q, ctx)
    top_bm25, doc_best = scale if scale is not None else (hits[0].score or 1.0, document_scores(q, hits, ctx))
    cands: list[Candidate] = []
    title_cov: dict[str, float] = {}
    table = _term_table(q, weights)
    asked_by_doc: dict[str, tuple[bool, ...]] = {}
    relations = any(t.relation for t in table)
    unasked = tuple(False for _ in table)
    subjects_by_doc: dict[str, frozenset[str]] = {}
    months = asked_months(q.entity_terms, q.term_words)  # "in April": held by an article of April
    # "what did Ruiz say", "who did Ruiz say pushed ...", "summarize what Ruiz said": whose words are asked
    # for (for other kinds of question only when the words before "say" are a name and nothing else)
    speaking = asked_speaker(
        q.text, asked_names(q), ctx.tokenizer, only_name=q.kind not in ("quote", "broad")
    )
    # "what did the mayor say": the statements of those the coverage titles so ("Mayor Gil Ferreira")
    holders = _role_holders(q, ctx) if q.kind == "quote" and not speaking else frozenset()
    doers = doer_roles(q.text, tuple(q.term_words.items())) if q.kind == "person" else None
    # what the doer's verb is done to: the question's other terms ("ferri" of "who runs the ferries")
    doer_objects = frozenset(q.terms) - {doers[0]} if doers is not None else frozenset()
    # what every candidate reads, looked up once (hundreds of candidates a question)
    sentences, terms_of, documents = ctx.sentences, ctx.terms, ctx.documents
    lengths: dict[str, int] = {}  # each document's sentence count
    whole_docs: dict[str, frozenset[str]] = {}  # the terms of the documents whose statements are asked
    question_terms = frozenset(q.terms)
    notices = not ASKS_CORRECTION.search(q.text)
    opinions = not ASKS_OPINION.search(q.text)  # whether an opinion piece's sentence is penalised
    notice_rows = ctx.notices
    for h in hits:
        s = sentences[h.index]
        if greets_readers(s.text):
            continue  # a live page's "Good morning and welcome to our coverage of ...": no answer to anything
        own = terms_of(h.index)
        if not own.issuperset(q.entity_terms) and PRONOUN_START.match(s.text):
            # "He lauded ...", "Now 58, she ...": about the main actor, or the one the sentence before names
            own = own | ((subjects_of(ctx, s.doc_id) | _before(ctx, s)) & q.entity_terms)
        heading = asked_heading(ctx, s)
        if heading is not None and heading_asks(q, ctx, heading, table):  # its question says what it is about
            own = own | terms_of(heading)
        # "what did Ruiz say": her statement, though "..., she said" does not write her name
        by_person = bool(speaking) and said_by(
            documents[s.doc_id], s, lambda n: not speaking.isdisjoint(ctx.tokenizer.term_set(n))
        )
        if holders and not by_person:
            by_person = said_by(documents[s.doc_id], s, lambda n: _surname(n, ctx) in holders)
        titles = _titled_doer(s.text, doers[1], doer_objects, ctx.tokenizer) if doers is not None else 0
        titled = titles > 0
        if titled and doers is not None:
            own = own | {doers[0]}  # "who runs Kessler": "Kessler chief executive Matthias Brandt ..."
        if by_person and (
            PRONOUN_SPEAKER.search(s.text)
            or not speakers(s.text)
            or speaking <= _document_terms(ctx, s.doc_id, whole_docs)
        ):
            # "..., she said", a quotation going on with hers without naming her again ('"Most of the
            # results are reassuring," she said. "But there is no safe level ..."'), and "Ashdown said" in
            # an article naming Ruth Ashdown: her words hold her (not "Mr Blair said" for Cherie Blair in
            # an article that never names her: the speaker holds only the name written)
            own = own | speaking
        # the sentences before and after it in its document (``_neighbour_rows``, written out): a
        # document's rows are consecutive, so its neighbours are the rows beside the hit's
        n = lengths.get(s.doc_id)
        if n is None:
            n = lengths[s.doc_id] = len(documents[s.doc_id].sentences)
        context: set[str] = set()
        if s.index > 0:
            context |= terms_of(h.index - 1)
        if s.index + 1 < n:
            context |= terms_of(h.index + 1)
        if s.index <= 1:  # a lead is read under its headline
            context |= title_terms(ctx, s.doc_id)
        asked = asked_by_doc.get(s.doc_id)
        if asked is None:  # (without relation terms nothing is asked, whatever the headline holds)
            asked = _asked(table, title_terms(ctx, s.doc_id)) if relations else unasked
            asked_by_doc[s.doc_id] = asked
        subjects = subjects_by_doc.get(s.doc_id)
        if subjects is None:
            # (an opinion piece is its writer's: "what did Helen Marsh say" of her op-ed, which never
            # writes her name)
            subjects = subjects_of(ctx, s.doc_id) | writer_terms(ctx, s.doc_id)
            if months:
                subjects = subjects | published_months(months, documents[s.doc_id])
            subjects_by_doc[s.doc_id] = subjects
        m = _measure(table, own, context, frozenset(), subjects, asked)
        c = Candidate(s, h.index, h.score / top_bm25, m.coverage, m.own_coverage)
        c.relation, stated, c.names, c.storied = m.relation, m.stated, m.names, m.storied
        c.asked = m.relation
        c.type_score = type_score(q.kind, s.text, q, ctx.tokenizer)
        c.said, c.titled, c.titled_of, c.titled_other = by_person, titled, titles > 2, titles == 1
        if q.kind == "person" and c.type_score < 1.0 and speaker(ctx.documents[s.doc_id], [s]):
            c.type_score = 1.0  # "..., he added": the article names him before
        if q.kind in TYPED_KINDS and c.type_score >= 1.0:
            c.relation = max(c.relation, stated)
        low = c.coverage < w.abstain_coverage and c.relation >= w.story_relation
        if low and refers_back(s.text):  # read under its story (``answer.story``) where that may decide
            ms = _measure(table, own, context, story_terms(ctx, s.doc_id), subjects, asked)
            c.storied, c.names = ms.storied, ms.names
        said = q.phrase and q.phrase in " ".join(fold(s.text).lower().split())
        c.names_kind = q.kind in NAMED_KINDS and names_kind(s.text, q, ctx.tokenizer)
        c.fills_head = c.names_kind or (
            q.head in own and q.kind in NAMED_KINDS and names_head(s.text, q, ctx.tokenizer, w.head_window)
        )
        c.doc_score = doc_best.get(s.doc_id, 0.0)
        lead = w.lead_bonus * _title_coverage(q, ctx, s.doc_id, weights, title_cov) if s.index <= 1 else 0.0
        c.score = (
            w.coverage * m.coverage
            + w.bm25 * c.bm25
            + w.answer_type * c.type_score
            + w.document * c.doc_score
            + lead
            + (w.phrase if said else 0.0)
            - _penalty(s, own, question_terms, notices and bool(notice_rows[h.index]))
            - (w.penalty_opinion if opinions and documents[s.doc_id].meta.opinion else 0.0)
        )
        if said:
            c.relation = c.coverage = max(c.coverage, 1.0)
        cands.append(c)
    cands.sort(key=lambda c: c.score, reverse=True)
    _names_from_documents(q, weights, cands, ctx)
    return cands


def _document_terms(ctx: AnswerContext, doc_id: str, memo: dict[str, frozenset[str]]) -> frozenset[str]:
    """``document_terms``, read once per document of a question's candidates (``memo``, the question's
    own: reading a document's rows costs more than scoring a sentence, and an engine-wide memo would
    hold every document's terms)."""
    got = memo.get(doc_id)
    if got is None:
        got = memo[doc_id] = document_terms(ctx, doc_id)
    return got


def document_terms(ctx: AnswerContext, doc_id: str) -> frozenset[str]:
    """Every term of a document's sentences (its headline's not included)."""
    doc = ctx.documents[doc_id]
    if not doc.sentences:
        return frozenset()
    first = ctx.rows[(doc_id, 0)]
    return ctx.span_terms(first, first + len(doc.sentences))


def _names_from_documents(
    q: QuestionInfo, weights: dict[str, float], cands: list[Candidate], ctx: AnswerContext
) -> None:
    """A sentence's story is its whole document: a name the question gives may be in a sentence far
    from the one that answers ("Mars - real name ..." under a first line naming "Mick Mars"). Looked
    up only for the best few candidates short of the question's names (reading a document's rows
    costs more than scoring a sentence)."""
    docs: dict[str, frozenset[str]] = {}
    for c in cands[: WEIGHTS.document_names]:
        if c.names >= WEIGHTS.min_names:
            continue
        terms = _document_terms(ctx, c.sentence.doc_id, docs)
        name_w = name_got = 0.0
        for t, w in weights.items():
            if is_name(q, t):
                name_w += w
                name_got += w * max(credit(q, t, ctx.terms(c.row)), credit(q, t, terms))
        c.names = max(c.names, name_got / name_w if name_w else 1.0)


def _holds_subject(
    q: QuestionInfo, c: Candidate, ctx: AnswerContext, subject: tuple[str, ...] | None = None
) -> bool:
    """Whether a sentence, or one beside it (which a pronoun of it may refer to), or a lead's headline,
    holds what a yes/no question asks about: its subject when that is a common noun ("fares" of "will
    fares go up"; a name is the names check's, which reads the whole story: "Kremlin" may stand for
    "Moscow"; one the question does not search for, "anything" of "has anything moved", names
    nothing). Not asked of a choice ("is the focus high or low"), whose answer may name the subject in
    other words ("the emphasis is high").
    ``subject``: the terms to look for instead of the question's subject (``_doer``)."""
    common = [
        t for t in (q.subject if subject is None else subject) if t in q.term_words and not is_name(q, t)
    ]
    if not common:
        return True
    terms = set(ctx.terms(c.row))
    for r in _neighbour_rows(ctx, c.sentence, c.row):
        terms |= ctx.terms(r)
    if c.sentence.index < WEIGHTS.story_lead:
        # a lead is read under its headline: "Gordon Pryce ... resigned Monday" under "Water authority
        # director resigns" says when the director resigned
        terms |= title_terms(ctx, c.sentence.doc_id)
    return any(credit(q, t, terms) > 0 for t in common)


def _anothers_doing(q: QuestionInfo, c: Candidate, ctx: AnswerContext) -> bool:
    """Whether a sentence answering a yes/no question about what a named subject did names another
    person and not the subject (whose name its neighbours or story may give): it tells of the other's
    doing ("did Osei resign" -> "... its finance director, Peter Lamb, had resigned"), which reads as a
    yes about the subject."""
    names = asked_names(q)
    subject = [t for t in q.subject if t in names]
    if not subject or not set(subject).isdisjoint(ctx.terms(c.row)):
        return False
    if not a_person(" ".join(q.term_words.get(t, t).capitalize() for t in subject)):
        return False  # a place or a body ("did Moscow's negotiator ...") acts through people it names
    if _leads_names(ctx, frozenset(subject)):
        return False  # "did Harlow pay": the coverage's "Harlow Valley Health" is a body, which acts so too
    text = c.sentence.text
    if FIRST_PERSON.search(text):
        return False  # words quoted in the first person may be the subject's own
    for run in name_runs(text):
        words = run.split()
        while words and words[0].lower() in STOP_WORDS:
            words = words[1:]  # "The United players": no one
        if len(words) >= 2 and a_person(" ".join(words)) and names.isdisjoint(ctx.tokenizer.term_set(run)):
            return True
    return False


#: what opens a noun phrase that is a verb's object right after it ("end the deal", "ends a review")
_OBJECT_OPENER = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that"})


def _done_to_another(q: QuestionInfo, c: Candidate, ctx: AnswerContext) -> bool:
    """Whether a sentence answering a yes/no about a common noun ("is the trial over") names that noun
    only beside it (a neighbour's, which ``_holds_subject`` reads for a pronoun's sake) and writes the
    asked verb only with another object right after it ("Kessler can end the deal with 90 days'
    notice"): it tells of the verb done to that other thing, not of the subject. Or, whatever its
    subject, the question asks its verb of an object ("did Brightway win its appeal") that the sentence
    writes the verb only with another object after ("Brightway won a contract"; "Northpath won a court
    order" for "did the union win its appeal"): another thing was won."""
    if not q.done:
        return False
    if asked := _asked_object(q, ctx):
        return _with_other_object(q, c, ctx, asked)
    common = [t for t in q.subject if t in q.term_words and not is_name(q, t)]
    if not common or any(credit(q, t, ctx.terms(c.row)) > 0 for t in common):
        return False
    return _with_other_object(q, c, ctx, q.terms)


def _asked_object(q: QuestionInfo, ctx: AnswerContext) -> list[str]:
    """The terms of the object a yes/no question writes right after its verb ("win its appeal" ->
    appeal): its terms among the words after one opening a noun phrase (``_OBJECT_OPENER``), up to the
    first that is none. Empty when the verb has none ("did the mayor resign")."""
    verb = q.term_words.get(q.done, "").lower()
    words = [m.group(0).lower() for m in _SAID_WORD.finditer(q.text)]
    for i, w in enumerate(words[:-2]):
        if w == verb and words[i + 1] in _OBJECT_OPENER:
            out: list[str] = []
            for after in words[i + 2 : i + 5]:
                held = [t for t in ctx.tokenizer.term_set(after) if t in q.terms]
                if not held:
                    break
                out += held
            return out
    return []


def _with_other_object(q: QuestionInfo, c: Candidate, ctx: AnswerContext, asked: list[str]) -> bool:
    """Whether a sentence writes a yes/no question's verb only with an object right after it that holds
    none of the ``asked`` terms ("end the deal" for "is the trial over")."""
    b = q.bridges.get(q.done)
    forms = {q.done} | (set(b.search) | b.variants if b is not None else set())
    words = [m.group(0) for m in _SAID_WORD.finditer(c.sentence.text)]
    at = [i for i, w in enumerate(words) if ctx.tokenizer.term_set(w) & forms]
    for i in at:
        after = words[i + 1 : i + 4]
        if not after or after[0].lower() not in _OBJECT_OPENER:
            return False  # the verb without an object ("the study ended"), or a noun ("the end of June")
        thing = {t for w in after[1:] for t in ctx.tokenizer.term_set(w)}
        if any(credit(q, t, thing) > 0 for t in asked):
            return False  # its object is the question's own ("accept the offer")
    return bool(at)


def _leads_names(ctx: AnswerContext, subject: frozenset[str]) -> bool:
    """Whether the coverage writes a name the question asks about mostly at the head of a longer
    name ("Harlow" of "Harlow Valley Health said ..."), as a body's or a place's name runs on past its
    first words; a person's surname ends the name written ("Chief executive Margaret Okonjo",
    "Okonjo said"). WordNet knows few such names, so a one-word "Harlow" may pass for a surname
    where the coverage shows it is not one."""
    key = "leads_names:" + " ".join(sorted(subject))
    if isinstance(got := ctx.memo.get(key), bool):
        return got  # (asked of every candidate short of the name: read the coverage once)
    leads = ends = 0
    for text in _mentions(ctx, sorted(subject)):
        for run in name_runs(text):
            words = [frozenset(ctx.tokenizer.term_set(w)) for w in run.split()]
            at = [i for i, terms in enumerate(words) if terms & subject]
            if not at:
                continue
            if any(words[i] for i in range(at[-1] + 1, len(words))):
                leads += 1
            else:
                ends += 1
    ctx.memo[key] = leads > ends
    return leads > ends


FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|me|us)\b")


#: a "when" asking when something did or will do something ("when did the bus strike start", "when will
#: the pool reopen"), and the words after its auxiliary
_WHEN_DOES = re.compile(
    r"^when\s+(?:did|does|do|will|would|is|are|was|were|has|have|had)\s+(?:the\s+|an?\s+)?(.*)$"
)


def _doer(q: QuestionInfo) -> tuple[str, str]:
    """The noun a "when did/will X VERB" asks about and its verb, as terms: the last noun of X before
    the verb ("when did the bus strike start" -> strike, start; "when will the pool reopen" -> pool,
    reopen), the verb right after it and, for a "when will", ending the question. None when X holds a
    name (the names check reads the whole story for those) or is no noun."""
    nouns, verb = _doer_words(asked_sentence(q.text), q.term_words.get(q.done, q.done) if q.done else "")
    terms = [t for n in nouns for t in q.term_words if q.term_words[t] == n]
    verb_terms = [t for t, w in q.term_words.items() if w == verb] if verb else []
    if not nouns or not verb_terms or len(terms) != len(nouns):
        return "", ""
    return ("", "") if any(is_name(q, t) for t in terms) else (terms[-1], verb_terms[0])


@lru_cache(maxsize=1024)
def _doer_words(asked: str, verb: str) -> tuple[tuple[str, ...], str]:
    """``_doer``'s words: the nouns of X up to the one before the verb, and the verb (``verb``: the
    question's "did" verb, if any). Read once per question, not per candidate (``noun_phrase`` looks
    words up in WordNet)."""
    m = _WHEN_DOES.match(asked.rstrip(" ?.!"))
    if m is None:
        return (), ""
    words = m.group(1).split()
    nouns = noun_phrase(" ".join(words))
    if verb in nouns:
        nouns = nouns[: nouns.index(verb)]
    elif not verb and len(nouns) > 1 and nouns[-1] == words[-1]:
        nouns = nouns[:-1]  # "when will the fare increase start": the last can be a noun, and is the verb
    if not nouns or nouns[-1] not in words:
        return (), ""
    at = words.index(nouns[-1]) + 1  # the verb is the word right after the noun ("... strike start")
    verb = verb or (words[at] if at == len(words) - 1 else "")
    if at >= len(words) or words[at] != verb:
        return (), ""
    return tuple(nouns), verb


#: "what is the X (of ...)", "what was Germany's X", "what is Kevin Strand's X", "whats the X": the noun
#: phrase naming the thing asked
#: for, after its determiner ("what was put on pylons" names none)
_WHAT_IS_THE = re.compile(
    r"^whats?(?:'s|\s+is|\s+was|\s+are|\s+were)?\s+(?:the\s+|an?\s+|[\w-]+'s?\s+|"
    # ("what is Kevin Strand's X"; not "what did Gasquet's book blame": an auxiliary's subject)
    r"(?!(?:did|does|do|has|have|had|will|would|can|could|should|may|might)\b)(?:[\w-]+\s+){1,2}[\w-]+'s?\s+)"
    r"(?P<phrase>[^?]+?)\s*\??$"
)


def _what_thing(q: QuestionInfo) -> str:
    """The term of the noun a "what is the X" asks for (the last noun of X's phrase: "the verdict in the
    trial" -> verdict, "Germany's trade surplus" -> surplus): the thing the answer must state, which a
    sentence about its topic that never names it (nor a synonym of it) does not. Empty when the noun is
    no term of the question or the phrase holds none, and when the noun is of more than one kind in
    WordNet (its senses in several lexicographer classes): "name", "number", "result", "example" frame
    what is asked ("what is the name of the stadium") and are seldom written with the answer, where
    "verdict", "surplus", "salary" name one thing."""
    noun = what_noun(q.text)
    wn = wordnet()
    if not noun or wn is None or len(wn.sense_classes(noun, "n", WEIGHTS.thing_senses)) != 1:
        return ""
    return noun_term(q, noun)


def unwritten_thing(q: QuestionInfo) -> str:
    """The question's term for the noun a "what is (the|X's) N" asks the value of (``what_noun``), when
    the coverage never writes it nor bridges it, and WordNet reads it mostly as a noun ("what is Western
    Basin Power's stock ticker": "ticker"); else ''. A sentence holding X beside other names then names
    some other thing of X's ("households in Hadley Flats sued Western Basin Power"), not its N. (A noun the
    coverage writes may have its value written without it: "Dana Kowalczyk, 29, a process operator"
    gives her job.)"""
    noun = what_noun(q.text)
    term = noun_term(q, noun) if noun else ""
    b = q.bridges.get(term) if term else None
    wn = wordnet()
    if b is None or b.standing != "unknown_word" or wn is None or not wn.mostly_noun(noun):
        return ""
    return term


@lru_cache(maxsize=1024)
def what_noun(question: str) -> str:
    """The last noun of a "what is the X" phrase ("Germany's trade surplus" -> surplus), or ''."""
    m = _WHAT_IS_THE.match(asked_sentence(question))
    if m is None:
        return ""
    phrase = re.sub(r"^[\w-]+'s\s+", "", m.group("phrase"))
    nouns = noun_phrase(phrase)  # "the ceo's salary": its noun
    if nouns and passive_subject(phrase, nouns[-1]):
        return ""  # "what is the mayor charged with": the mayor is charged; the charge is asked
    return nouns[-1] if nouns else ""


def noun_term(q: QuestionInfo, noun: str) -> str:
    """The question's term for ``noun``, when it is no name of the question's."""
    return next((t for t, w in q.term_words.items() if w == noun and not is_name(q, t)), "")


def _noun_classes(noun: str, senses: int) -> frozenset[int]:
    """The WordNet lexicographer classes of the ``senses`` most frequent senses of each of ``noun``'s
    base forms ("things": "things", personal effects, and "thing", an act or a state): empty when
    WordNet knows no noun of it, so that it is of no class asked about."""
    wn = wordnet()
    if wn is None:
        return frozenset()
    bases = {lemma for pos, lemma in wn.lemmas(noun) if pos == "n"}
    classes = frozenset(k for b in bases for k in wn.sense_classes(b, "n", senses))
    return classes or frozenset({-1})


def _asked_kind(q: QuestionInfo) -> tuple[str, str]:
    """The noun a "what/which X" or "what is (the|Y's) X" asks for and its term, when X's most frequent
    WordNet senses are all things the coverage names or counts (``AnswerWeights.kind_classes``: a body, a
    sum, a place, a made thing: "what party", "Kevin Strand's law firm", "what fee"). Such a thing
    is written as X, one of its kinds, or a name WordNet files under X; an abstract noun ("endgame",
    "injury") may be paraphrased, and is left to the rest."""
    if q.kind not in ("what", "entity"):
        return "", ""
    noun = q.term_words.get(q.head, q.head) if q.head else what_noun(q.text)
    wn = wordnet()
    if not noun or wn is None or not noun.isalpha():
        return "", ""
    if not _noun_classes(noun, WEIGHTS.kind_senses) <= WEIGHTS.kind_classes:
        return "", ""
    term = q.head or noun_term(q, noun)
    return (noun, term) if term else ("", "")


def _only_some(noun: str, term: str, text: str, tokenizer: Tokenizer) -> bool:
    """Whether a sentence writes the noun a "which X" asks for only as some X ("in a hospital", "two
    hospitals", "taken to hospital": ``_all_unnamed``), X a
    thing told apart by its name (``AnswerWeights.named_classes``: a building, a body, a place), no
    name beside it (the caller has checked): it says there is one, not which. A sum ("a fee of $900")
    is told by its figure, which the rest checks."""
    if not _noun_classes(noun, 1) <= WEIGHTS.named_classes:
        return False
    return _all_unnamed(text, {term}, tokenizer)


def _new_name_run(q: QuestionInfo, text: str, tokenizer: Tokenizer) -> bool:
    """Whether a sentence writes a capitalised run, its first word's too ("Ford is recalling ..."), of
    terms the question does not hold, no function word: a name that may fill a "which X" slot."""
    own = set(q.terms)
    for run in name_runs(text):
        terms = tokenizer.term_set(run)
        if terms and not terms <= own and run.lower() not in STOP_WORDS:
            return True
    return False


def _kind_unsaid(q: QuestionInfo, c: Candidate, ctx: AnswerContext) -> bool:
    """Whether a sentence leaves out the thing a "what/which X" asks for (``_asked_kind``): it holds
    neither X (nor a synonym) nor a word of one of X's kinds nor a name WordNet files under X, and the
    coverage never writes X ("what party is the mayor in": a sentence about the mayor, in coverage
    naming no party; "what is the lawyer's law firm": "Attorney Kevin Strand, representing the
    authority, ..."), or X is a sum its article never writes ("what fine did GM pay"). Where the
    coverage writes a body or place X, a name in the sentence may be it ("which club did he join":
    "he joined Chelsea"), and the rest decides."""
    noun, term = _asked_kind(q)
    if not term:
        return False
    held = ctx.terms(c.row)
    if c.names_kind or c.fills_head:
        return False
    if credit(q, term, held):
        # "what hospital was her son in": "spent four days in a hospital" writes one, and names none
        return _only_some(noun, term, c.sentence.text, ctx.tokenizer)
    verb = doer_verb(q.text)
    verb_terms = ctx.tokenizer.tokens(verb) if verb else []
    if verb_terms and credit(q, verb_terms[0], held) and _new_name_run(q, c.sentence.text, ctx.tokenizer):
        return False  # "which news agency reported ...": "Reuters reported ..." names the doer
    wn = wordnet()
    kinds = wn.narrower(noun, WEIGHTS.bridge_senses, WEIGHTS.head_narrower) if wn is not None else frozenset()
    if any(ctx.tokenizer.term_set(k) & held for k in kinds if k.isalpha()):
        return False
    if ctx.scorer.df(term) == 0:
        # a place is named without its kind's word ("moved the orchestra to which town": "to Ashdown"),
        # as a body is not: a new name in the sentence may be the place
        place = _noun_classes(noun, 1) <= {NOUN_LOCATION}
        return not (place and _new_name_run(q, c.sentence.text, ctx.tokenizer))
    # a sum ("what fee", "what fine") is told by its figure, which no name fills: an article never
    # writing X gives none. A body or a place may be named without X ("which team does Watson play
    # for": "Cleveland Browns quarterback Deshaun Watson"), which this cannot tell
    counted = not _noun_classes(noun, WEIGHTS.kind_senses) <= WEIGHTS.named_classes
    return counted and term not in document_terms(ctx, c.sentence.doc_id)


def _ends_on(q: QuestionInfo, verb: str) -> bool:
    """Whether the question ends on its verb ("when did the chairman resign"): the event it dates is
    then that verb's, where a word read as a verb in the middle may be a noun ("when did the
    undergraduate program become coeducational")."""
    words = asked_sentence(q.text).rstrip(" ?.!").lower().split()
    return bool(words) and words[-1] == q.term_words.get(verb, verb).lower()


#: a determiner or possessive opening a verb's object ("open his investigation", "sign the deal")
_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|his|her|its|their|our|this|that|these|those)\b")


def _object_words(q: QuestionInfo) -> frozenset[str]:
    """The words of the object after a "when did ..." question's verb ("when did the ag open his
    investigation" -> investigation), when a determiner opens it: the word is then a verb for certain,
    and the event the question dates is its doing to that object, which a sentence must state by one
    or the other ("the Patent Office ruled in favour of the BBC" for "receive a favorable ruling").
    None for a verb of telling ("when did Oregon announce the cluster"), which a sentence states by any
    verb of saying ("officials said Monday they are investigating a cluster")."""
    word = q.term_words.get(q.done, q.done)
    wn = wordnet()
    text = asked_sentence(q.text).rstrip(" ?.!")
    if wn is None or VERB_COMMUNICATION in wn.sense_classes(word, "v", 1) or not _WHEN_DOES.match(text):
        return frozenset()
    for m in re.finditer(rf"\b{re.escape(word)}\b", text):
        if _OBJECT_AFTER.match(text, m.end()):
            after = set(text[m.end() :].split())
            return frozenset(w for t, w in q.term_words.items() if w in after and t != q.done)
    return frozenset()


def holds_lemma(text: str, words: frozenset[str]) -> bool:
    """Whether a sentence writes one of ``words`` in some form WordNet reads back to a base form of it
    ("ruled" for "ruling": to rule), not a word sharing only its stem ("investigators" for
    "investigation")."""
    wn = wordnet()
    if wn is None:
        return True
    bases = {b for w in words for _, b in wn.lemmas(w)} | set(words)
    return any(
        low in bases or any(b in bases for _, b in wn.lemmas(low))
        for low in (w.lower() for w in _SAID_WORD.findall(text))
    )


#: "what did X VERB", "what will the review find": a "what" whose last word is its verb, asked of its
#: subject alone, or whose verb is followed only by a phrase saying when or where it was done ("what did
#: the board decide at its meeting"): that phrase places the act, the "what" is still the verb's object
_WHAT_DID = re.compile(
    r"^\W*what\s+(?:did|does|do|will|would|has|have|had)\s+.+?\s([a-z]+)"
    r"(?:\s+(?:at|in|during|on|after|before)\s+(?:its|his|her|their|the|this|that|last|a|an)\s+(?:[a-z]+\s+)?[a-z]+)?"
    r"\W*$"
)


def _asks_what_done(q: QuestionInfo) -> bool:
    """Whether a question asks what its subject did and no more ("what did the inquiry conclude"): its
    verb (``QuestionInfo.done``) closes it, so the verb is all it asks of the subject, and a sentence
    that does not say it (in some form or synonym) is about the subject, not what it did."""
    m = _WHAT_DID.match(asked_sentence(q.text))
    return bool(q.done) and m is not None and q.term_words.get(q.done, q.done).lower() == m.group(1)


def _says_verb(q: QuestionInfo, verb: str, c: Candidate, ctx: AnswerContext) -> bool:
    """Whether a candidate's sentence holds a "when did X VERB"'s verb (``_writes_verb``)."""
    return _writes_verb(q, verb, c.sentence.text, ctx.terms(c.row))


def _writes_verb(q: QuestionInfo, verb: str, text: str, terms: frozenset[str]) -> bool:
    """Whether a sentence (its text and index terms) holds a question's verb: its term or a synonym
    (``credit``), or an irregular form of it ("became" of "become", which no stemmer joins; WordNet's
    exception lists do)."""
    if credit(q, verb, terms):
        return True
    wn = wordnet()
    word = q.term_words.get(verb, verb).lower()
    if wn is None:
        return True  # (without WordNet no form is known for certain: not judged)
    bases = {b for pos, b in wn.lemmas(word) if pos == "v"} | {word}
    return any(pos == "v" and b in bases for w in _SAID_WORD.findall(text) for pos, b in wn.lemmas(w))


#: a word opening a relative, a reported or a temporal clause ("the area where the fire started", "said
#: Monday that", "arrested on Friday, six days after the ferry capsized"): an event told in it is
#: another than the one a date before it dates
_CLAUSE_OPENER = re.compile(
    r"\b(?:where|that|which|who|whom|whose|after|before|since|following|when|while)\b", re.IGNORECASE
)


#: a word opening a reported or relative clause right after the verb, or after its object of up to two words
#: ("testified that ... in the spring of 2024", "told her that"): not a temporal one, whose date may be the
#: verb's own ("overturned shortly after 6 a.m.", "capsized when it struck rocks on Saturday"), nor a "that"
#: further on, which opens another verb's clause ("statements have been made ... we hope that ...")
_CLAUSE_AFTER = re.compile(
    r"\W*(?:[\w'\u2019-]+\s+){0,2}(?:that|where|which|who|whom|whose)\b", re.IGNORECASE
)


#: a preposition and a determiner before a word ("inquiry into the capsizing", "burns from the fire"),
#: with up to four modifiers between them ("into the Carrow Lane school bus crash", which only a word that
#: can be a noun ends: "after the ferry capsized" is a clause): the word is then a noun inside another
#: noun's phrase, not the verb the sentence dates. Group 1: the modifiers
_NOUN_IN_PHRASE = re.compile(
    r"\b(?:into|of|over|about|for|from|in|on|after|before|since|following)\s+(?:the|a|an|its|their|this|that)\s+"
    r"((?:(?!(?:the|a|an|its|their|this|that)\s)[\w'\u2019-]+\s+){0,4})$",
    re.IGNORECASE,
)
#: words after such a noun a date dating it stands within ("the capsizing on Saturday")
_DATE_BESIDE = 40


def _dates_another_event(q: QuestionInfo, verb: str, c: Candidate, ctx: AnswerContext) -> bool:
    """Whether a sentence's dates belong to another event than a "when did X VERB"'s, the verb written in
    it (in any form its bridge searches for) only
    - in a clause opened after the last of its dates ("Sierra Crest acknowledged Thursday that one of its
      lines runs through the area where the fire started", "Police arrested the captain on Friday, six days
      after the ferry capsized"): the day dates the verb before that clause (the acknowledging, the arrest);
    - or as a noun inside another noun's phrase with no date right after it ("The inquiry into the
      capsizing of the Kestrel Star will begin public hearings next week"): the date dates what the sentence
      says of the other noun (the hearings). A date beside the noun ("the capsizing on Saturday") dates it;
    - or before a clause it opens that holds every date ("Quell testified that Kalloway told her in the spring
      of 2024 ..."): the date is of what the clause tells (the telling), not of the testifying."""
    text = c.sentence.text
    dates = date_positions(text)
    if not dates:
        return False
    b = q.bridges.get(verb)
    forms = {verb} | (set(b.search) | b.variants if b is not None else set())
    found = [m for m in _SAID_WORD.finditer(text) if ctx.tokenizer.term_set(m.group(0)) & forms]
    if not found:
        return False
    if all(m.end() <= dates[0] and _CLAUSE_AFTER.match(text, m.end(), dates[0]) for m in found):
        return True
    return all(_CLAUSE_OPENER.search(text, dates[-1], m.start()) for m in found) or all(
        _in_noun_phrase(text, m) and not any(m.end() <= d <= m.end() + _DATE_BESIDE for d in dates)
        for m in found
    )


#: the marks that close a clause or open an aside between a verb and a date ("charged him (the court
#: heard on Tuesday)"); a comma is not one, as it may set off an apposition ("charged Kamp, 54, on Tuesday")
_CLAUSE_MARK = re.compile(r"[;:()\u2013\u2014]")


def asked_act_forms(q: QuestionInfo) -> frozenset[str]:
    """The terms a sentence may write the act a "when did X VERB" asks about as (``dates_asked_act``): the
    asked verb (``reason_act``, a passive's too: "when was the harbour master charged"; or the noun
    ``_asked_event`` reads for it) and the forms its bridge searches for; empty when it asks of none. Read
    once per question, not per candidate."""
    event = _asked_event(q, reason_act(q))
    if not event:
        return frozenset()
    b = q.bridges.get(event)
    return frozenset({event} | (set(b.search) | b.variants if b is not None else set()))


def dates_asked_act(forms: frozenset[str], text: str, ctx: AnswerContext) -> bool:
    """Whether a day phrase of a sentence dates the act a "when did X VERB" asks about ("Prosecutors
    charged harbour master Ivo Kamp with fraud on Tuesday", "On Tuesday, prosecutors charged ..."): the
    asked act written in one of its ``forms`` (``asked_act_forms``), and a date with nothing between them
    opening another clause (``_CLAUSE_OPENER``, a clause mark, ``_NEW_SUBJECT`` before a date its verb
    follows) nor another inflected verb ("The board met on Monday, a day after Pryce resigned", "charged
    ..., a spokesman said on Tuesday", "charged ... with fraud and a judge on Tuesday refused him bail":
    that day is the meeting's, the saying's, the refusal's), the verb not put to come (``_TO_COME``: "is
    expected to be completed by the end of the month" dates a plan, not the act). In a dated article such
    a weekday or "last month" places the asked act, counted from the day its citation shows."""
    dates = date_positions(text)
    if not forms or not dates:
        return False
    for m in _SAID_WORD.finditer(text):
        if not ctx.tokenizer.term_set(m.group(0)) & forms or _TO_COME.search(text, 0, m.start()):
            continue  # (nor the act to come: "is expected to be completed by the end of the month")
        for d in dates:
            if m.start() <= d < m.end():
                continue
            between = text[m.end() : d] if d >= m.end() else text[d : m.start()]
            if _CLAUSE_OPENER.search(between) or _CLAUSE_MARK.search(between):
                continue
            if d >= m.end() and _NEW_SUBJECT.search(between) and _verb_follows(text, d):
                continue  # "and a judge on Tuesday refused him bail": the day is the other clause's
            if not any(verb_form(w) for w in _SAID_WORD.findall(between)):
                return True
    return False


#: a coordinator and a new subject after it, a determiner's or a name's ("and a judge", "but Kamp"): with a
#: verb after the date it opens another clause, whose the date is ("charged Kamp and Smith on Tuesday" has
#: no verb after the date: one clause)
_NEW_SUBJECT = re.compile(
    r"\b(?:and|but)\s+(?:(?:the|a|an|its|their|his|her|this|that)\b|(?-i:[A-Z]))", re.IGNORECASE
)
#: the rest of a clause after a date: up to a clause's mark, a comma or the sentence's end
_REST_OF_CLAUSE = re.compile(r"[^,;:.()\u2013\u2014]*")


def _verb_follows(text: str, at: int) -> bool:
    """Whether an inflected verb comes after the date at ``at`` before its clause ends ("on Tuesday
    refused him bail"); the date phrase's own words are none."""
    m = _REST_OF_CLAUSE.match(text, at)
    rest = m.group(0) if m is not None else ""
    return any(verb_form(w) for w in _SAID_WORD.findall(rest))


def _in_noun_phrase(text: str, word: re.Match[str]) -> bool:
    """Whether a word of a sentence is a noun inside another noun's phrase (``_NOUN_IN_PHRASE``): right
    after its determiner, or after modifiers when WordNet reads the word as a noun ("crash"; not
    "capsized", a verb whose subject the modifiers are)."""
    m = _NOUN_IN_PHRASE.search(text, 0, word.start())
    if m is None:
        return False
    wn = wordnet()
    return not m.group(1) or (
        wn is not None and any(pos == "n" for pos, _ in wn.lemmas(word.group(0).lower()))
    )


def _asked_event(q: QuestionInfo, verb: str) -> str:
    """The term whose event a "when did X VERB" dates: its verb, or the last noun of X when the verb is
    one the index drops as saying nothing of its own ("when did the bus crash happen", "... occur"): it
    then asks the day of the noun's event, as "when was the bus crash" does."""
    if not q.done or q.done in q.term_words:
        return verb or q.done
    nouns, _ = _doer_words(asked_sentence(q.text), q.done)
    return next((t for t, w in q.term_words.items() if nouns and w == nouns[-1]), "")


def _mentions(ctx: AnswerContext, terms: list[str]) -> list[str]:
    """The sentences holding all of ``terms`` (a name's), the best few (``role_mentions``)."""
    need = frozenset(terms)
    hits = ctx.scorer.top_k(terms, WEIGHTS.role_mentions)
    return [ctx.sentences[h.index].text for h in hits if need <= ctx.terms(h.index)]


#: "who runs Kessler", "who prosecuted her": the verb right after "who"
#: "who runs", "who is running", "who's suing": the verb a "who" asks the doer of, in the progressive
#: too (the auxiliary before an "-ing" form is its aspect, not "who is the mayor"'s copula)
_WHO_VERB = re.compile(r"^\W*who(?:(?:'s|\u2019s|\s+(?:is|are|was|were))\s+(?=[a-z]+ing\b))?\s*([a-z]+)\b")


@lru_cache(maxsize=1024)
def doer_roles(question: str, term_words: tuple[tuple[str, str], ...]) -> tuple[str, frozenset[str]] | None:
    """For a "who VERBs X", the verb's term and the nouns WordNet derives for the one doing it, from the
    verb and the words of its most frequent senses ("runs" ~ "lead" -> "leader"; "prosecuted" ->
    "prosecutor"): the coverage may name the doer only by a title of that role, or of a kind of it
    ("Kessler chief executive Matthias Brandt": an executive is a kind of leader), and never write
    the verb. None when "who" is followed by an auxiliary ("who is the mayor") or no verb."""
    m = _WHO_VERB.match(asked_sentence(question))
    wn = wordnet()
    if m is None or wn is None or m.group(1) in AUXILIARIES or m.group(1) in STOP_WORDS:
        return None
    word = m.group(1)
    term = next((t for t, w in term_words if w == word), "")
    bases = {b for pos, b in wn.lemmas(word) if pos == "v"}
    if not term or not bases:
        return None
    agents = {
        d
        for b in bases
        for v in wn.related(b, WEIGHTS.bridge_senses) | {b}
        for d in wn.related(v, WEIGHTS.bridge_senses, synonyms=False)
        if _person_sense(d, wn)
    }
    return (term, frozenset(agents)) if agents else None


#: the last word of a title right before a person's full name ("executive" of "chief executive Matthias
#: Brandt", "Chief" of "Fire Chief Daniel Okafor")
_TITLE_BEFORE_NAME = re.compile(r"\b([A-Za-z][a-z]+)\s+(?:Dr\.\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'-]+")


def _person_sense(word: str, wn: WordNet) -> bool:
    """Whether a person is among the ``doer_senses`` most frequent noun senses of ``word`` (in a base
    form): a noun derived from a verb names its doer in such a sense though its first is another thing
    ("operator", "founder")."""
    bases = (lemma for pos, lemma in wn.lemmas(word) if pos == "n")
    return any(NOUN_PERSON in wn.sense_classes(b, "n", WEIGHTS.doer_senses) for b in bases)


#: a name of two or more capitalised words and the appositive after it: "Mara Quill, the founder of
#: Arden Labs," (the up to four words of the description, the words after its "of")
_NAME_THEN_ROLE = re.compile(
    r"\b[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)+,\s+(?:the|a|an|its|their)\s+((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)"
    r"(?:\s+of\s+([^,;.]*))?"
)
#: the words of a title before its head noun ("Ferry" of "Ferry operator Bluewake Lines")
_TITLE_WORDS = re.compile(r"((?:[\w'\u2019-]+\s+){1,3})$")


def _doer_noun(word: str, agents: frozenset[str], wn: WordNet) -> bool:
    """Whether ``word`` is a noun for the doer (``agents``), or, as a person noun, a kind of one within
    ``doer_levels`` classes ("executive": three classes up, a leader)."""
    word = word.lower()
    if word in STOP_WORDS:
        return False
    bases = {b for pos, b in wn.lemmas(word) if pos == "n"}
    if bases & agents:
        return True
    return person_noun(word, wn) and any(wn.broader(b, WEIGHTS.doer_levels) & agents for b in bases)


def _titled_doer(text: str, agents: frozenset[str], objects: frozenset[str], tokenizer: Tokenizer) -> int:
    """Whether a sentence names someone by a title whose head noun is a noun for the doer (``agents``)
    or a kind of one (``_doer_noun``): before the name ("chief executive Matthias Brandt") or in an
    appositive after it ("Mara Quill, the founder of Arden Labs"). 3 when the title also holds one of
    ``objects``, what the question's verb is done to ("Kessler chief executive ...", "the founder of
    Arden"): the doer of that very thing; 2 for a title naming no owner ("chief executive Matthias
    Brandt"), whose thing the article may be about; 1 when every such title names another owner by its
    name ("Halvard Tankers chief executive ...", "..., the chief executive of Greyfield Minerals"): the
    doer of something else, no answer to who runs the thing asked; 0 for none."""
    wn = wordnet()
    if wn is None:
        return 0
    found = 0
    for m in _TITLE_BEFORE_NAME.finditer(text):
        if not _doer_noun(m.group(1), agents, wn):
            continue
        before = _TITLE_WORDS.search(text[: m.start(1)])
        if before is not None and tokenizer.term_set(before.group(1)) & objects:
            return 3
        found = max(found, 1 if before is not None and _names_owner(before.group(1), wn) else 2)
    for m in _NAME_THEN_ROLE.finditer(text):
        words = m.group(1).split()
        if not _doer_noun(words[-1], agents, wn):
            continue
        held = tokenizer.term_set(" ".join(words[:-1]) + " " + (m.group(2) or ""))
        if held & objects:
            return 3
        # (the appositive to its comma: the lazy head stops at "chief" of "the chief executive of
        # Greyfield Minerals")
        rest = _APPOSITIVE_REST.match(text, m.end(1))
        owner = " ".join(words[:-1]) + " " + (rest.group(0) if rest is not None else "")
        found = max(found, 1 if _names_owner(owner, wn) else 2)
    return found


#: the rest of an appositive after a title's head, to its closing comma
_APPOSITIVE_REST = re.compile(r"[^,;.]*")


def _names_owner(words: str, wn: WordNet) -> bool:
    """Whether a title's words beside its head noun name its owner by a name: a capitalised word that is
    no person noun ("Halvard" of "Halvard Tankers chief executive", not "Chief" of "Chief Executive")."""
    return any(
        w[0].isupper() and not person_noun(w.lower().removesuffix("'s").removesuffix("\u2019s"), wn)
        for w in re.findall(r"[\w'\u2019-]+", words)
    )


def _role_holders(q: QuestionInfo, ctx: AnswerContext) -> frozenset[str]:
    """The surname terms of the people the coverage titles with the role whose words a question asks
    for ("what did the mayor say": "Mayor Gil Ferreira" -> ferreira), the role the last word before the
    name and not itself led by another role ("Deputy Mayor Renata Voss" is a deputy, no mayor): their
    statements are the role's, though "Ferreira said" no longer writes it."""
    role = speaking_role(q.text, ctx.tokenizer)
    word = q.term_words.get(role, role)
    wn = wordnet()
    if not role or wn is None or not word.isalpha():
        return frozenset()
    key = "role_holders:" + word
    if isinstance(got := ctx.memo.get(key), frozenset):
        return got  # (asked of every candidate: read the coverage once a role)
    # (the name after the role, or set beside it between commas: "the school's nurse, Hannah Ostrowski,
    # spent ..."; not "After meeting the mayor, Jones said ...", which closes no apposition)
    titled = re.compile(
        rf"(?:\b([\w'\u2019-]+)\s+)?\b(?i:{re.escape(word)})(?:\s+|,\s+(?=(?:[A-Z][\w'\u2019.-]*\s+){{0,2}}"
        rf"[A-Z][\w'\u2019-]+,))((?:[A-Z][\w'\u2019.-]*\s+){{0,2}}[A-Z][\w'\u2019-]+)"
    )
    out: set[str] = set()
    for text in _mentions(ctx, [role]):
        for m in titled.finditer(text):
            if m.group(1) and person_noun(m.group(1).lower(), wn):
                continue  # "Deputy Mayor ...", "Assistant Coach ...": another role
            if len(m.group(2).split()) > 1 and a_person(m.group(2)):
                out.add(_surname(m.group(2), ctx))
    ctx.memo[key] = got = frozenset(out - {""})
    return got


def _surname(name: str, ctx: AnswerContext) -> str:
    """The term of a name's last word ("Gil Ferreira" -> ferreira), or ""."""
    words = name.split()
    terms = ctx.tokenizer.tokens(words[-1]) if words else []
    return terms[0] if len(terms) == 1 else ""


def answers(q: QuestionInfo, c: Candidate, ctx: AnswerContext, lone: bool = False) -> bool:
    """Whether a candidate answers the question at all: it covers enough of the question, the
    question's names are its story's, it holds what is asked about them itself (not only its topic),
    and for a question asking for a date, a number or a person it holds one. With ``lone`` (the only
    retrieved sentence holding the kind of thing asked for: ``select._lone_typed``) how much of the
    question it covers is not asked: being the only one is the evidence its few words lack; every
    other check still holds."""
    w = WEIGHTS
    if c.names < w.min_names:
        return False
    held = ctx.terms(c.row) if q.bound else frozenset()  # read only when a check needs them
    if elsewhere(q, c.sentence.text, held, ctx.tokenizer, partial(is_name, q), partial(_mentions, ctx)):
        # another's ("Italian Prime Minister" for "the eu's", "Defense Minister X" beside "Russian President
        # Y" for "russia's defence minister"), or a plan ("expected to sign")
        return False
    # what is asked must be in the sentence, unless it covers nearly all of the question and holds the
    # kind of thing asked for (the few missing words are then a paraphrase, not the point)
    covered = c.coverage >= w.full_coverage and c.type_score >= 0.5
    # "what did Okafor say after the deal": her own words in the story whose headline is the deal are
    # about it, though they do not name it
    storied_said = c.said and q.kind == "quote" and (_about_story(q, c, ctx) or _led_into(q, c, ctx))
    covered = covered or storied_said
    # "if they give birth to how many children": a number of the very thing counted ("more than 10
    # children"), in a story holding the question's names, gives what is asked, however the question
    # words the rest ("reward" for "award", "dwindling population" for "a demographic crisis")
    covered = covered or (
        bool(q.counted)
        and c.type_score >= 1.0
        and c.coverage >= w.typed_coverage
        and counts(q, c.sentence.text, ctx.tokenizer, itself=True)
    )
    if c.relation < w.min_relation and q.kind != "broad" and not covered and not lone:
        return False
    if q.kind == "number" and c.type_score < 1.0 and CURRENCY_ASKED.search(q.text):
        return False  # "what did they pay in euros": a sum in euros, or nothing
    heading = asked_heading(ctx, c.sentence) if q.kind == "yesno" and q.done else None
    heading = heading if heading is not None and heading_asks(q, ctx, heading) else None
    # (an explainer's answer under "Will my pass still work?" says it of what its heading asks: "Yes.")
    said = ctx.terms(c.row) | (ctx.terms(heading) if heading is not None else frozenset())
    if (
        q.kind == "yesno"
        and q.done
        and (not credit(q, q.done, said) or adjective_only(q, c.sentence.text, ctx.tokenizer))
        # (one saying the opposite answers no: "did the union accept the offer" -> "has rejected it")
        and not _opposite(q, ctx) & said
    ):
        # "did the mayor resign": a sentence about the mayor that does not say it; "has it been fined": "may
        # seem fine" says another thing
        return False
    if (
        q.kind == "yesno"
        and (state := _state_of_act(q, ctx))
        and not all(credit(q, t, ctx.terms(c.row)) for t in (state, *q.subject))
    ):
        # "was the appeal successful": "said it would appeal" tells of no success or failure, and "won a
        # contract" of another thing's: the sentence tells the act of the subject asked
        return False
    if q.kind in _OUTCOME_KINDS and only_to_come(q, c.sentence.text, ctx):
        return False  # "how did the board vote": "The board will vote next week" tells of no vote yet
    if outcome_to_come(q.text, c.sentence.text, ctx.tokenizer):
        # "what did the review conclude": "Varga will lead an independent review" tells of no review yet
        return False
    if _asks_what_done(q) and not _says_verb(q, q.done, c, ctx):
        # "what did the final report conclude": "Final reports typically take 12 to 18 months" tells of no
        # concluding (its other words are the question's subject, which any sentence on it holds)
        return False
    if q.kind == "yesno" and " or " not in q.text and not _holds_subject(q, c, ctx):
        return False  # "will fares go up": "… cannot get where they need to go" says nothing of fares
    if q.kind == "yesno" and _done_to_another(q, c, ctx):
        return False  # "is the trial over": "Kessler can end the deal" (beside a sentence on the trial)
    if q.kind == "yesno" and _anothers_doing(q, c, ctx):
        return False  # "did osei resign": "its finance director, Peter Lamb, had resigned" tells of Lamb
    if q.kind == "date":
        doer, verb = _doer(q)
        # "when did the bus strike start": "a fare increase ... starting in July" is another's start
        if doer and verb and credit(q, verb, ctx.terms(c.row)) and not _holds_subject(q, c, ctx, (doer,)):
            return False
        if doer and verb and _ends_on(q, verb) and not _says_verb(q, verb, c, ctx):
            # "when did the chairman resign": "The next chairman must publish ... within 30 days" dates
            # something else he does
            return False
        if (
            q.done
            and (obj := _object_words(q))
            and not _says_verb(q, q.done, c, ctx)
            and not holds_lemma(c.sentence.text, obj)
        ):
            return False  # "when did the ag open his investigation": "... misstated the number on Feb 12"
        # (of a named subject too, by the asked verb: "when did the Kestrel Star capsize" is not dated by
        # "gathered on Sunday evening for a vigil for the 17 people who died when the Kestrel Star capsized")
        if (event := _asked_event(q, verb)) and _dates_another_event(q, event, c, ctx):
            # "when did the fire start": "... said Thursday that ... where the fire started"; "when did the
            # ferry sink": "the inquiry into the sinking opens next week"
            return False
    speaking = asked_speaker(q.text, asked_names(q), ctx.tokenizer) if q.kind == "quote" else frozenset()
    if speaking and not c.said:
        if reported_of(q.text, c.sentence.text, lambda x: bool(ctx.tokenizer.term_set(x) & speaking)):
            return False  # "what did Griffin say": "a spokesman said Griffin was arrested" is not his
        # "what did Ruiz say": "Tom Abbot ... He added that ..." is Abbot's (a country or a body speaks
        # through others: "Russia is calling for ..., Kremlin spokesperson Dmitry Peskov said")
        person = a_person(" ".join(q.term_words.get(t, t).capitalize() for t in sorted(speaking)))
        if person and someone_elses(ctx.documents[c.sentence.doc_id], c.sentence):
            return False
        if person and not speaking & ctx.terms(c.row) and not _MAY_BE_SOMEONE_NAMED.search(c.sentence.text):
            # "what did Zelensky say": a sentence that neither names him nor can refer to him ("A senior
            # U.S. official had told NBC News ..."); "She also described ...", "..., the Conservative
            # leader said" may be hers or his
            return False
    if (
        not speaking
        and q.kind == "quote"
        and not c.said
        and speakers(c.sentence.text)
        and _role_holders(q, ctx)
    ):
        return False  # "what did the mayor say": "Deputy Mayor Lena Ashcroft said ..." is another's words
    if not speaking and q.kind == "quote" and not c.said:
        # "what did the governor say": a sentence telling what someone else said of the governor does not
        # give the governor's words (narration naming the role may lead into them: "Mayor Ed Vance
        # defended the vote. 'Nobody likes ...,' Vance said.")
        role = speaking_role(q.text, ctx.tokenizer)
        if role and said_of(c.sentence.text, lambda x: role in ctx.tokenizer.term_set(x)):
            return False
    if (
        q.kind in w.required_types
        and c.type_score < 1.0
        and not (ASKS_TIME.search(q.text) and _held_beside(q, c, ctx))
    ):
        # (the day's sentence of a "what time" answers with the next one giving the hour: "The bridge
        # reopened on Tuesday ... Traffic began crossing at 6:15 a.m.")
        return False
    if (
        q.kind == "entity"
        and asks_name(q.text)
        and (
            (c.type_score <= 0.0 and _unnamed_thing(q, c, ctx))
            or (c.type_score < 1.0 and _thing_unwritten(q, c, ctx))
        )
        and not _named_in_story(q, c, ctx)
    ):
        # "what is Grant's book called": "the author of a book on corporate governance" names no book,
        # nor does its article elsewhere; the question's own names are not the name asked for (nor does
        # "Grant spoke at the meeting", which writes no book at all)
        return False
    if (
        q.kind == "date"
        and c.relation < w.condition_relation
        and dated_by_condition_only(c.sentence.text, q, ctx.tokenizer)
    ):
        return False  # "safeguards when decisions are made" for when the bill becomes law
    if (
        q.kind == "what"
        and (thing := _what_thing(q))
        and ctx.scorer.df(thing) > 0
        and not credit(q, thing, ctx.terms(c.row))
    ):
        # "what was the verdict in the Balco trial": a sentence on the trial naming no verdict; "what was
        # Germany's trade surplus": "Germany's Securities Trading Act says ...". (A noun the coverage never
        # writes, "endgame", it can only have put in other words.)
        return False
    if _kind_unsaid(q, c, ctx):
        return False  # "what is Kevin Strand's law firm": "Attorney Kevin Strand, representing ..."
    if q.kind == "person" and c.type_score < 1.0 and not c.said and not _someone(q, c, ctx):
        return False  # "who runs ABN Amro": its operations, and no one named
    if q.kind == "person" and _role_unsaid(q, c, ctx):
        return False  # "who is the treasurer of the guild": "said Ann Bly of the guild" names no treasurer
    if (
        q.kind in ("person", "entity")
        or (q.kind == "what" and (asked_called_noun(q.text) or asked_which_one(q.text)))
    ) and _asked_one_unnamed(q, c, ctx):
        # "who is the harbour pilot": "the ship took on a harbour pilot at dawn" names none; nor does "a
        # store in Eastport" give the name "what is the name of the eastport store" asks
        return False
    if q.counted and not counts(q, c.sentence.text, ctx.tokenizer):
        return False  # "how many prisoners": its number counts something else
    if (
        (group := _share_group(q, ctx.tokenizer))
        and not _SHARE_OF_THOSE.search(c.sentence.text)
        and not any(
            credit(q, group, ctx.terms(r)) > 0 for r in (c.row, *_neighbour_rows(ctx, c.sentence, c.row))
        )
    ):
        return False  # "what percentage of doctors": "Of the members who took part, 81% backed ..." (nurses)
    if _named_other_place(q, c, ctx):
        return False  # "the transit authority in Alder County": "the Brennick Regional Transit Authority"
    if q.counted and _counts_other_kind(q, c.sentence.text, ctx.tokenizer):
        return False  # "how many singles titles": "three mixed doubles titles" counts another kind of title
    if q.kind == "number" and _counted_elsewhere(q, c, ctx):
        return (
            False  # "how many fell ill in Tarn": "40 people in six counties", "... in Ashby" count elsewhere
        )
    if q.kind == "quote" and not _addressed(q, c, ctx):
        return False  # "what did Okwu tell the Finance Committee": her vote, or her words to the press
    if _another_day(q.text, c.sentence.text):
        return False  # "how much did shares fall on Wednesday": "fell 8.4% on Tuesday" is another day's
    if c.coverage >= w.abstain_coverage or _typed_answer(q, c, ctx) or storied_said or lone:
        return True
    # covering enough only read under its story's headline and lead: it must hold what is asked itself
    return c.storied >= w.abstain_coverage and c.relation >= w.story_relation


def _addressed(q: QuestionInfo, c: Candidate, ctx: AnswerContext) -> bool:
    """Whether a candidate for the words a question asks someone said to someone ("what did Okwu tell the
    Finance Committee", ``asked_addressee``) tells them said to that one, itself or in a sentence beside
    it: the addressee's words after a verb of communication, whose object they are, or after a
    preposition of address ("Okwu told the committee ...", "He assured monks and nuns that ...", "Okwu
    appeared before the Finance Committee. 'We ...,' she said."), not anywhere ("a summary of the
    committee's vote" says nothing to it); true when the question names no one."""
    told = asked_addressee(q.text, ctx.tokenizer)
    if not told:
        return True
    wn = wordnet()
    texts = [c.sentence.text, *(ctx.sentences[r].text for r in _neighbour_rows(ctx, c.sentence, c.row))]
    for text in map(fold, texts):
        for m in _SAID_WORD.finditer(text):
            word = m.group(0).lower()
            cue = word in _TO_WHOM or (
                wn is not None
                and word not in _SAYING
                and VERB_COMMUNICATION in wn.sense_classes(word, "v")
                and not wn.mostly_noun(word)
            )
            if not cue:
                continue
            clause = re.split(r"[,.;:\"\u201c\u201d]", text[m.end() :], maxsplit=1)[0]
            if told <= ctx.tokenizer.term_set(" ".join(clause.split()[: WEIGHTS.addressee_words])):
                return True
    return False


#: the prepositions a statement's addressee follows ("a letter to the committee", "appeared before MPs")
_TO_WHOM = frozenset({"to", "before", "front"})
#: the verbs of saying, whose object is what was said, not whom to
_SAYING = frozenset({"say", "says", "said", "saying"})


def _another_day(question: str, text: str) -> bool:
    """Whether a question placing what it asks on one weekday ("how much did shares fall on Wednesday")
    meets a sentence telling it of other weekdays only ("Shares fell 8.4% on Tuesday"): the sentence tells
    another day's event, not the one asked about. A weekday only saying when something was said ("...,
    the bank said on Tuesday") dates the statement, not what it tells, and a sentence naming no weekday
    may be of any day."""
    asked = _weekdays(question)
    if len(asked) != 1:
        return False
    told = _weekdays(_SAID_ON.sub("", text))
    return bool(told) and told.isdisjoint(asked)


def _weekdays(text: str) -> frozenset[str]:
    """The weekdays a text names, lowercase."""
    return frozenset(m.group(0).lower() for m in _WEEKDAY.finditer(text))


#: a weekday's name
_WEEKDAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b", re.IGNORECASE)
#: a statement's own day: "said on Tuesday", "told reporters Monday", "said late on Friday"
_SAID_ON = re.compile(
    rf"\b(?:said|says|told\s+\w+|added)\s+(?:\w+\s+)?(?:on\s+)?"
    rf"(?:{'|'.join(WEEKDAYS)})\b",
    re.IGNORECASE,
)


#: the words a question asks a name by, which a sentence giving the name need not share
_NAMING_TERMS = frozenset({"call", "name", "titl", "entitl", "dub", "known", "nicknam"})


def holds_nothing_asked(q: QuestionInfo, c: Candidate, ctx: AnswerContext) -> bool:
    """Whether a sentence and those beside it hold none of what the question asks beyond its story's
    topic, in any form or synonym: "who designed the market hall" under "Market hall to close for
    rebuild" asks "designed", which "Dunmere's Victorian market hall will close in April" does not hold;
    "who is the chief executive of St Aldric's" asks a role a sentence naming only the hospital does not.
    Such a sentence passes ``answers`` by covering most of the question (the topic's words are most of
    it) and is an echo, not an answer. What the answer's own kind gives is held: a "how many" whose noun
    the sentence's number counts, in any word, has its figure, the verb put otherwise ("drew 18,000
    visitors" for how many people attended, "could take 90 buses off the road" for how many will be
    withdrawn), and the word of payment of a money question ("how much did the centre cost": "A £40m
    centre opened" gives the cost) is said by the sum itself. Never for a "when": a date's sentence
    often puts the verb otherwise ("signed on the air on August 10, 1948" for when it began
    broadcasting), and a date beside the event's names is mostly its date; but a "when was X built"
    (``_asked_made``) asks the date of the one event its participle names, which a sentence and its
    neighbours writing it in no form or synonym do not date."""
    made = _asked_made(q, ctx.tokenizer) if q.kind == "date" else ""
    if (q.kind == "date" and not made) or (q.counted and counts(q, c.sentence.text, ctx.tokenizer)):
        return False
    table = _term_table(q, _weights(q, ctx))
    asked = _asked(table, title_terms(ctx, c.sentence.doc_id))
    wn = wordnet() if q.measure == "money" else None
    rest = [
        t
        for t, is_asked in zip(table, asked, strict=True)
        if is_asked and not (wn is not None and pays(q.term_words.get(t.term, t.term).lower(), wn))
    ]
    # (a word of the sentence beside it is its story's too: "The fossils were dated to about 480 million
    # years ago" after "Fossils ... were found in a quarry near Dunmore")
    held = ctx.terms(c.row).union(*(ctx.terms(r) for r in _neighbour_rows(ctx, c.sentence, c.row)))
    if made:  # (a word the coverage never writes is in no weighed term: the question's own word counts)
        return credit(q, made, held) == 0.0
    if not rest or any(_held(t, held) > 0.0 for t in rest):
        return False
    if q.kind == "number" or (wn := wordnet()) is None:
        return True
    # a sentence naming, beside the question's names, someone or something of the kind asked that the
    # question does not name may say what is asked in other words ("a 7-5 6-3 win over Taylor Dent"
    # for who Johansson beat in the final; "..., per Bloomberg" for which outlet it credited), unless
    # what it lacks is the role asked by ("who is Rafferty's barrister": a name beside Rafferty is
    # anyone's). A figure beside a story's names is one of the many its story gives.
    role = any(person_noun(q.term_words.get(t.term, t.term).lower(), wn) for t in rest)
    # nor when it lacks the noun a "what is X's N" asks the value of, a word the coverage never writes
    # (``unwritten_thing``): a name beside X is some other thing of X's, not its N
    thing = unwritten_thing(q)
    owned = bool(thing) and any(t.term == thing for t in rest)
    return role or owned or not new_names(q.kind, c.sentence.text, q, ctx.tokenizer, strict=True)


def _asked_made(q: QuestionInfo, tokenizer: Tokenizer) -> str:
    """The term of the participle a "when" asks the date of, in the passive ("when was the hospital
    built", "what year was the town founded"), or "": it names the one event asked, which a date of the
    thing's other news ("placed into special measures on Thursday") does not date."""
    m = _WHEN_MADE.match(asked_sentence(q.text).lower())
    wn = wordnet()
    # (a regular participle, "founded", or a verb's form WordNet reads back to another base, "built",
    # which after "when was X" is the passive's participle though WordNet also files it as an adjective)
    if m is None or wn is None or not (participle(m.group(1), wn) or verb_bases(m.group(1)) - {m.group(1)}):
        return ""
    terms = tokenizer.tokens(m.group(1))
    return terms[0] if len(terms) == 1 and terms[0] in q.terms else ""


#: "when was X built", "what year were they founded", "in what year was it opened": the participle last
_WHEN_MADE = re.compile(r"^\W*(?:when|(?:in\s+)?what\s+year)\s+(?:was|were)\b.*\s([a-z]+)\W*$")


#: "what percentage of doctors", "what share of the voters": the group a share is asked of
_SHARE_OF = re.compile(
    r"\b(?:percentage|per ?cent|percent|share|proportion|fraction|majority)\s+of\s+"
    r"(?:the\s+|all\s+|its\s+|their\s+)?(.+)",
    re.IGNORECASE,
)


#: a group written as a pronoun ("of those that contract the plague, 80 percent die", "of them"): it may
#: be the group asked about
_SHARE_OF_THOSE = re.compile(r"\bof (?:those|them|these)\b", re.IGNORECASE)


def _share_group(q: QuestionInfo, tokenizer: Tokenizer) -> str:
    """The term of the group a share question asks about ("what percentage of doctors backed ...":
    "doctor"), a common noun of the question: a sentence giving a share of another group (its members,
    "81% backed walkouts" of nurses) gives none of it. Its sentence or one beside it must hold the group
    in some form ("Nurses ... voted. Of the members who took part, 81% backed ..."); "" when the
    question asks no share of a group."""
    term = next(iter(tokenizer.tokens(_share_noun(q.text))), "")
    return term if term in q.terms and not is_name(q, term) else ""


@lru_cache(maxsize=1024)
def _share_noun(question: str) -> str:
    """The head noun of the group after a question's share word ("of the cold water flow": "flow"), read
    once a question (``answers`` asks for every candidate)."""
    m = _SHARE_OF.search(fold(question).lower())
    nouns = noun_phrase(m.group(1).rstrip("?!. ")) if m is not None else []
    return nouns[-1] if nouns else ""


def _unnamed_thing(q: QuestionInfo, c: Candidate, ctx: AnswerContext) -> bool:
    """Whether a sentence writes a noun of the question only after "a" or "an" ("the author of a book
    on ...", "owns a marine supply business"): an indefinite noun brings in something it does not
    name, where "the immune system of the brain" may be followed by what it is known as."""
    wn = wordnet()
    if wn is None:
        return False
    low = fold(c.sentence.text)
    for t, word in q.term_words.items():
        if t in _NAMING_TERMS or is_name(q, t) or not wn.mostly_noun(word):
            continue
        at = [m for m in _SAID_WORD.finditer(low) if t in ctx.tokenizer.term_set(m.group(0))]
        if at and all(_INDEFINITE_BEFORE.search(low[: m.start()]) for m in at):
            return True
    return False


def _thing_unwritten(q: QuestionInfo, c: Candidate, ctx: AnswerContext) -> bool:
    """Whether a sentence leaves out the noun of the thing whose name is asked ("novel" of "what is Ines
    Varga's novel called"): the names it writes beside no such noun are no name of that thing."""
    noun = asked_called_noun(q.text)
    terms = ctx.tokenizer.tokens(noun) if noun else []
    return bool(terms) and terms[-1] not in ctx.terms(c.row)


#: an indefinite article opening the noun phrase a word ends: "a book", "a marine supply business"
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[a-z-]+\s+){0,3}$", re.IGNORECASE)


def _asked_one_unnamed(q: QuestionInfo, c: Candidate, ctx: AnswerContext) -> bool:
    """Whether a question asking for a name by the thing or person it names ("who is the harbour pilot",
    "what was the name of the harbour pilot", "what is the ferry company called") is answered by a
    sentence writing that noun only as someone or something it brings in unnamed: after "a", "an" or
    "another" ("the ship took on a harbour pilot at dawn", "Maris sold its stake in a ferry company"),
    with no name set beside it ("a harbour pilot, Ona Reyes,", "a company called Tidewind") nor said to
    be it ("Ona Reyes, a harbour pilot", "Reyes is a harbour pilot"). The names it holds are other
    people's or the question's own, and the sentences beside it may name anyone: none gives the name
    asked for, which the coverage does not write. So for a "which X" ("which bank was first to reissue
    cards": "Seventeen banks are now reissuing cards ..."), unless a sentence quoted with it names an X
    (``_names_one``)."""
    asked = asked_person_role(q.text) if q.kind == "person" else asked_called_noun(q.text)
    which = not asked
    asked = asked or asked_which_one(q.text)
    terms = set(ctx.tokenizer.tokens(asked)) if asked else set()
    if not terms or any(is_name(q, t) for t in terms):
        return False
    if not _all_unnamed(c.sentence.text, terms, ctx.tokenizer):
        return False
    if q.kind != "person" and not which:
        # (a lead bringing in "a mobile phone chip" is followed by its name: "The chip, called ...")
        return not _named_in_story(q, c, ctx)
    # (one of the sentences quoted with it may name the one brought in: "The pilot, Ona Reyes, ...";
    # of a "which X", one writing X otherwise than as some of them: not "At least 12 banks have ...")
    doc = ctx.documents[c.sentence.doc_id]
    beside = doc.sentences[c.sentence.index + 1 : c.sentence.index + 1 + WEIGHTS.holder_after]
    return not any(
        not terms.isdisjoint(ctx.tokenizer.term_set(s.text))
        and (
            _names_one(s.text, terms, ctx.tokenizer)
            if which
            else type_score(q.kind, s.text, q, ctx.tokenizer) >= 1
        )
        for s in beside
    )


def _said_at(text: str, terms: set[str], tokenizer: Tokenizer) -> list[re.Match[str]]:
    """Where a (folded) sentence writes the asked noun, any of ``terms``."""
    return [m for m in _SAID_WORD.finditer(text) if not terms.isdisjoint(tokenizer.term_set(m.group(0)))]


def _all_unnamed(sentence: str, terms: set[str], tokenizer: Tokenizer) -> bool:
    """Whether a sentence writes the asked noun (any of ``terms``) and every time only as one or some
    of its kind brought in unnamed (``_brought_in_unnamed``)."""
    text = fold(sentence)
    at = _said_at(text, terms, tokenizer)
    return bool(at) and all(_brought_in_unnamed(text, m.start(), m.end()) for m in at)


def _names_one(sentence: str, terms: set[str], tokenizer: Tokenizer) -> bool:
    """Whether a sentence names one of the asked noun's kind: the noun is a word of a name ("Elsby
    General Hospital", "Bank of Norland") or has a name set beside it ("the bank, Halden Savings", "the
    firm Dunmore & Pell"). "Banks would seek ...", "their bank" name none."""
    text = fold(sentence)
    at = _said_at(text, terms, tokenizer)
    return any(text[m.start()].isupper() or _NAME_BESIDE.match(text[m.end() :]) for m in at)


def _brought_in_unnamed(text: str, start: int, end: int) -> bool:
    """Whether the noun at ``text[start:end]`` ends a noun phrase opened by an indefinite article, a
    number or a quantifier ("seventeen banks"), or stands bare after a preposition ("report to prison"),
    that is no predicate or apposition of a name before it ("Reyes, a pilot", "Reyes is a pilot",
    "served as a pilot") and that sets no name beside it after it ("a pilot, Ona Reyes", "a firm called
    Tidewind", "a pilot (Ona Reyes)")."""
    opened = _UNNAMED_OPENER.search(text[:start]) or _COUNTED_OPENER.search(text[:start])
    noun = text[start:end]
    if opened is None and noun.islower() and ((wn := wordnet()) is None or not plural_noun(noun, wn)):
        # ("must report to prison", "taken to hospital": the kind of place, none named; a bare plural is
        # some of them, which what follows may place or name: "spread to sites in Dunmore and Ravensholt")
        opened = _BARE_AFTER.search(text[:start])
    if opened is None or _PREDICATE_BEFORE.search(text[: opened.start()]):
        return False
    return not _NAME_BESIDE.match(text[end:])


#: an indefinite article (or "another") opening a noun phrase of up to four words the noun ends ("a
#: retired harbour pilot from", "an independent"): someone or something brought in without a name.
#: The words between may be capitalised ("a Lisbon payments start-up") or written as figures
#: ("a 19-year-old"), but a preposition, article or possessive starts another phrase ("an operation on her
#: left wrist" brings in an operation, and says which wrist)
_PHRASE_WORD = rf"(?!(?:{'|'.join(sorted(PREPOSITIONS | DETERMINERS | POSSESSIVE_DETERMINERS))})\s)"
_UNNAMED_OPENER = re.compile(
    rf"\b(?:a|an|another)\s+(?:{_PHRASE_WORD}[\w'\u2019-]+\s+){{0,4}}$", re.IGNORECASE
)
#: a number or quantifier opening a plural noun phrase the noun ends ("seventeen banks", "at least 12
#: lenders", "several outside firms"): some of them brought in, none by name (a figure ends on a digit:
#: "aged 94, the team announced" counts no team)
_COUNTED_OPENER = re.compile(
    rf"\b(?:\d(?:[\d,]*\d)?|{SPELLED_NUMBER}|several|many|some|other|dozens\s+of|hundreds\s+of)\s+"
    rf"(?:{_PHRASE_WORD}[a-z][\w'\u2019-]*\s+){{0,2}}$",
    re.IGNORECASE,
)
#: a preposition right before a lowercase noun that has no determiner ("report to prison", "in hospital")
_BARE_AFTER = re.compile(r"\b(?:to|in|into|from|at|after|before|out\s+of)\s+$", re.IGNORECASE)
#: what makes the phrase after it a name's description: a comma or bracket ("Reyes, a pilot"), a form of
#: "be" or "become", or "as" ("served as a pilot")
_PREDICATE_BEFORE = re.compile(
    r"(?:[,(\u2014]|\b(?:is|was|are|were|be|been|being|becomes?|became|as))\s*$", re.IGNORECASE
)
#: a name set beside the noun after it: "a pilot, Ona Reyes", "a firm called Tidewind", "a pilot (Reyes)",
#: "a pilot named Reyes", a name its "of" gives ("a strain of Listeria Brenna"; not "a pilot of the
#: Marlow Star"), or one run straight on ("a harbour pilot Ona Reyes")
_NAME_BESIDE = re.compile(
    r"^(?:\s*(?:,|\(|-|\u2014|:)?\s*(?:(?:called|named|dubbed|titled|known\s+as|of)\s+)?[\"'\u201c\u2018]?[A-Z])"
)


def _named_in_story(q: QuestionInfo, c: Candidate, ctx: AnswerContext) -> bool:
    """Whether the candidate's article names the thing elsewhere: another sentence of it holds a word
    of the question the candidate holds ("chip") and a name the question lacks ("The chip, called
    OMAP-Vox, ..."), or one of the few after it (those its answer brings along, ``_held_beside``) names
    something other than a person ("The technology, Zephyr-Vox, ..." after "A mobile phone chip which
    ..."): a lead that only sets the scene is followed by the name. Another person named after it
    ("The board's chair, Evelyn Strand, said ...") names no thing."""
    doc = ctx.documents[c.sentence.doc_id]
    after = doc.sentences[c.sentence.index + 1 : c.sentence.index + 1 + WEIGHTS.holder_after]
    for s in after:
        people = new_names("person", s.text, q, ctx.tokenizer)
        if any(not any(n & p for p in people) for n in new_names("entity", s.text, q, ctx.tokenizer)):
            return True
    shared = {t for t in ctx.terms(c.row) & set(q.terms) if t not in _NAMING_TERMS and not is_name(q, t)}
    if not shared:
        return False
    return any(
        s is not c.sentence
        and s.text != c.sentence.text
        and not shared.isdisjoint(ctx.tokenizer.term_set(s.text))
        and type_score("entity", s.text, q, ctx.tokenizer) > 0.0
        for s in doc.sentences
    )


_SAID_WORD = re.compile(r"[\w'\u2019-]+")
#: a place a question puts its count in ("how many fell ill in tarn")
_ASKED_IN = re.compile(r"\bin\s+([\w'\u2019-]+)", re.IGNORECASE)
#: a count a sentence spreads over several places or units ("in six states", "in 12 counties")
_IN_SEVERAL = re.compile(rf"\bin\s+(?:\d[\d,]*|{SPELLED_NUMBER})\s+[a-z]+s\b", re.IGNORECASE)
#: a capitalised run after "in" ("in Seattle", "in Maricopa and Pima counties")
_IN_NAMED = re.compile(r"\bin\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*")


#: a number, in digits or spelled out, that may count the words after it
_COUNT = re.compile(rf"(?:\d[\d,.]*|{SPELLED_NUMBER})", re.IGNORECASE)


def noun_modifier(word: str) -> bool:
    """Whether a lowercase word before a noun is itself a noun, never an adjective ("singles" in
    "singles titles", "union" is also an adjective): a noun before a noun names a kind of it, where an
    adjective ("new", "young") only describes one."""
    wn = wordnet()
    if wn is None or word in STOP_WORDS or not word.isalpha() or wn.is_adjective(word):
        return False
    return any(pos == "n" for pos, _ in wn.lemmas(word))


#: a common noun a question places "in" somewhere ("the transit authority in alder county")
_NOUN_IN = re.compile(
    r"\b((?:[A-Za-z]+\s+)?[A-Za-z]+)\s+in\s+((?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?)"
)
#: a run of capitalised words: a name as a sentence writes it ("Brennick Regional Transit Authority")
_NAME_RUN = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*)*")


def _named_other_place(q: QuestionInfo, c: Candidate, ctx: AnswerContext) -> bool:
    """Whether a question's common noun placed "in" a name ("the transit authority in Alder County") is
    answered by a sentence naming that noun only as part of a name of its own that holds another name
    and not the place ("the Brennick Regional Transit Authority"), the place nowhere in the sentence:
    the body named is another place's."""
    wn = wordnet()
    if wn is None:
        return False
    tokens = ctx.tokenizer.tokens
    held = ctx.terms(c.row)
    for m in _NOUN_IN.finditer(q.text):
        # (common nouns as English has them, however the coverage capitalises them: "water board"; one
        # the question capitalises, or a head that is also an adjective, "Chinese in the Yuan", may be
        # a people or a name)
        words = [w for w in m.group(1).split() if w not in STOP_WORDS]
        if (
            not words
            or not m.group(1).islower()
            or wn.is_adjective(words[-1])
            or not all(any(p == "n" for p, _ in wn.lemmas(w)) and not wn.proper(w) for w in words)
        ):
            continue
        nouns = {t for w in words for t in tokens(w) if t in q.terms}
        place = {t for t in tokens(m.group(2)) if t in q.terms and is_name(q, t)}
        if not nouns or not place or not place.isdisjoint(held):
            continue
        runs = [r.group(0) for r in _NAME_RUN.finditer(c.sentence.text)]
        mine = [r for r in runs if nouns <= set(tokens(r))]
        if mine and all(_others_place(r, nouns, q, ctx, wn) for r in mine):
            return True
    return False


def _others_place(run: str, nouns: set[str], q: QuestionInfo, ctx: AnswerContext, wn: WordNet) -> bool:
    """Whether a name run holding the asked noun holds another name than the question's: the body it names
    is another place's ("Brennick Regional Transit Authority"). When the noun is a person's, a title
    before a name ("U.S. District Judge Ellen Marchetti" for "the judge in the Kalloway trial"), the
    words after it are the holder's own name and the title's common words ("District") name no place:
    only a name before the title does ("Brennick Mayor Ann Cole" is Brennick's mayor)."""
    words = run.split()
    at = [i for i, w in enumerate(words) if set(ctx.tokenizer.tokens(w)) & nouns]
    title = bool(at) and at[-1] < len(words) - 1 and person_noun(words[at[-1]].lower(), wn)
    if title:
        words = [w for w in words[: at[-1]] if not common_word(w, wn)]
    return bool({t for w in words for t in ctx.tokenizer.tokens(w)} - nouns - set(q.terms))


def _after_count(words: list[str]) -> list[str] | None:
    """The words between the last number of ``words`` and their end, that number within
    ``count_window`` lowercase words of the end (a name, "Grand Slam", is one thing however long), or
    None: the noun phrase the number counts, when it ends there."""
    lower = 0
    for j in range(len(words) - 1, -1, -1):
        if _COUNT.fullmatch(words[j]):
            return words[j + 1 :]
        lower += words[j].islower()
        if lower > WEIGHTS.count_window:
            break
    return None


def _counts_other_kind(q: QuestionInfo, text: str, tokenizer: Tokenizer) -> bool:
    """Whether a "how many A X" whose A is a noun naming a kind of X ("how many singles titles") is
    answered by a sentence whose every number of X counts another kind, a noun of its own standing
    between the number and X instead of A ("three Grand Slam mixed doubles titles"). A number of X
    with no such noun ("three titles") may count the question's kind, and is left to the rest."""
    # (the question's names, "grand slam", say whose; only a common noun names a kind)
    kinds = {t for t in q.counted_with if not is_name(q, t) and noun_modifier(q.term_words.get(t, t))}
    wn = wordnet()
    word = q.term_words.get(q.counted, q.counted)
    if not kinds or wn is None or not any(pos == "n" and base != word for pos, base in wn.lemmas(word)):
        return False  # (what is counted is a plural noun: "how many miles south" counts no souths)
    words = _SAID_WORD.findall(text)
    counted = [i for i, w in enumerate(words) if q.counted in tokenizer.term_set(w)]
    seen = False
    for i in counted:
        between = _after_count(words[:i])
        if between is None:
            continue
        seen = True
        held = {t for w in between if w.islower() for t in tokenizer.term_set(w)}
        if held & kinds:
            return False
        own = [
            w
            for w in between
            if w.islower() and noun_modifier(w) and not tokenizer.term_set(w) & set(q.terms)
        ]
        if not own:
            return False
    return seen


class _Role(NamedTuple):
    """The role a "who is the ROLE of X" asks the holder of: its index terms, and the stems of its
    WordNet family (hyponyms, hypernyms, derived words: "owned" for an owner)."""

    asked: list[str]
    family: frozenset[str]


def _asked_office(q: QuestionInfo, ctx: AnswerContext) -> _Role | None:
    """The office a "who is the ROLE of X" asks the holder of (a noun for a person, held "of" someone or
    something), or None."""
    role = asked_role(q.text)
    wn = wordnet()
    if not role or wn is None or not office_noun(role, wn):
        return None
    # (only a role "of" someone, an office: "the male singer who performed" describes whom it asks for)
    asked = [t for t in ctx.tokenizer.tokens(role) if any(noun == t and of for _, noun, of in q.bound)]
    # (the role's own family says it too: "Wipro is majority owned by Azim Premji" names its owner)
    # (stemmed whole: "own" is a stop word, but "owned" is indexed as its stem)
    family = frozenset(stem(w) for w in wn.related(role, synonyms=False))
    return _Role(asked, family) if asked else None


def _role_unsaid(q: QuestionInfo, c: Candidate, ctx: AnswerContext) -> bool:
    """Whether a "who is the ROLE of X" whose role is a noun for a person is answered by a sentence that
    holds no form of the role (nor a synonym the question's bridge gives), or names people only apart
    from it (``_role_beside_name``): the people it names stand in some other relation to X ("said Ann
    Bly of the guild" for its treasurer), and the question's other words covering the sentence make it
    near the topic, not an answer. A role the coverage never writes ("governor") no sentence can give;
    one its verb says ("owned by", "founded") is given."""
    role = _asked_office(q, ctx)
    if role is None:
        return False
    held = ctx.terms(c.row)
    if all(credit(q, t, held) == 0 for t in role.asked) and held.isdisjoint(role.family):
        return True
    names = new_names("person", c.sentence.text, q, ctx.tokenizer, strict=True)
    # (a sentence naming no one new is ``_someone``'s to read)
    return bool(names) and not _role_beside_name(q, role, names, c.sentence.text, ctx.tokenizer)


def _role_beside_name(
    q: QuestionInfo, role: _Role, names: frozenset[frozenset[str]], text: str, tokenizer: Tokenizer
) -> bool:
    """Whether a sentence writes the role asked (its word, a synonym the question's bridge gives or its
    family) beside one of the people it ``names``, within ``WEIGHTS.role_name_window`` words: as the
    title before the name ("Fire Chief Ramona Ellery"), after it ("Ann Bly, the guild's treasurer") or
    as what the person is ("Bly is the treasurer"). Written apart from every name ("struck with owner
    Derek Hollis ... under the league's owners' and directors' test", "names Tamara Greene ... as lead
    plaintiff" for a principal), the role is someone else's or no one's, and the people named hold
    another."""
    words = _SAID_WORD.findall(fold(text))
    terms = [tokenizer.term_set(w) for w in words]
    at_name = [i for i, ts in enumerate(terms) if any(ts & n for n in names)]
    # (an acronym's words spelled out each say it: "chief executive Harold Vance" for the CEO)
    spelled = {p for t in role.asked if (b := q.bridges.get(t)) is not None for p in b.phrase}
    at_role = [
        i
        for i, (w, ts) in enumerate(zip(words, terms, strict=True))
        if any(credit(q, t, ts) for t in role.asked)
        or stem(w.lower()) in role.family
        or not ts.isdisjoint(spelled)
    ]
    # (a bare common noun "of" the role is part of its title, a field: "director of football" is not
    # "manager Tomas Reyes ... focused on football"; "the boss of the freight firm" says whose)
    asking = asked_sentence(q.text)
    kinds = [
        x
        for x, noun, of in q.bound
        if of
        and noun in role.asked
        and not is_name(q, x)
        and re.search(rf"\bof\s+{re.escape(q.term_words.get(x, x))}\b", asking) is not None
    ]
    at_kind = [i for i, ts in enumerate(terms) if any(credit(q, k, ts) for k in kinds)]
    w = WEIGHTS.role_name_window
    return any(
        abs(i - j) <= w and (not kinds or any(abs(i - k) <= w for k in at_kind))
        for i in at_role
        for j in at_name
    )


def _counted_elsewhere(q: QuestionInfo, c: Candidate, ctx: AnswerContext) -> bool:
    """Whether a "how many ... in X" (X a name: a place) is answered by a sentence counting elsewhere:
    it does not hold X (nor a word made of it: "Tarnians" of "Tarn") and puts its count in other
    places ("in six counties", "in Ashby"). A sentence naming no place may count X's, told by its
    article."""
    places = [
        t
        for m in _ASKED_IN.finditer(q.text)
        for t in ctx.tokenizer.tokens(m.group(1))
        if t in q.terms and is_name(q, t)
    ]
    if not places:
        return False
    held = ctx.terms(c.row)
    # (a word made of the place's name: its stem begins the other's, "tarn" of "tarnian")
    if any(t in held or (len(t) >= 4 and any(h.startswith(t) for h in held)) for t in places):
        return False
    text = c.sentence.text
    return bool(_IN_SEVERAL.search(text)) or any(place_like(m.group(0)) for m in _IN_NAMED.finditer(text))


def says_of_subject(q: QuestionInfo, text: str, ctx: AnswerContext) -> bool:
    """Whether a sentence says a yes/no question's verb of its subject, the two within
    ``said_of_window`` words ("fares will go up"), where both are words the question searches (a name
    or no verb: not judged). A sentence with both far apart tells of another's doing ("fares keep
    rising and people cannot get where they need to go")."""
    subject = [t for t in q.subject if t in q.term_words and not is_name(q, t)]
    if not subject or not q.done:
        return True
    at_subject, at_verb = [], []
    for i, w in enumerate(_SAID_WORD.findall(text)):
        terms = ctx.tokenizer.term_set(w)
        if any(credit(q, t, terms) for t in subject):
            at_subject.append(i)
        if credit(q, q.done, terms):
            at_verb.append(i)
    return any(abs(i - j) <= WEIGHTS.said_of_window for i in at_subject for j in at_verb)


def states_verb(q: QuestionInfo, text: str, ctx: AnswerContext) -> bool:
    """Whether a sentence states a yes/no question's verb as done or not done ("paid", "did not pay"),
    not only as what someone is to do ("gave it seven days to pay", "was ordered to resign"): a demand
    or a plan answers neither yes nor no. Not judged (True) without a verb asked."""
    if not q.done:
        return True
    words, at = _verb_at(q, text, ctx)
    return any(not (i and words[i - 1].lower() == "to") for i in at)


def _verb_at(q: QuestionInfo, text: str, ctx: AnswerContext) -> tuple[list[str], list[int]]:
    """A sentence's words, and the positions among them where it writes the question's verb
    (``QuestionInfo.done``) in any form or synonym: what stands before each tells how it is said."""
    words = _SAID_WORD.findall(text)
    return words, [i for i, w in enumerate(words) if credit(q, q.done, ctx.tokenizer.term_set(w))]


#: the word opening an open question inside a sentence ("whether he would be fired"), whose verb is
#: asked, not told
_OPEN_QUESTION = frozenset({"whether"})


def _left_open(words: list[str], i: int) -> bool:
    """Whether the word at ``i`` stands in a "whether" clause (``WEIGHTS.open_question_words`` words
    before it at most) that no one was asked: an open question, which tells neither that it was done
    nor that it was not. One put to someone ("Asked by a reporter whether he would resign, Reyner
    said no"; the asking as many words before it at most) is answered in the same sentence as often."""
    start = max(0, i - WEIGHTS.open_question_words)
    return any(
        w.lower() in _OPEN_QUESTION
        and not any(b.lower() in _ASKING for b in words[max(0, j - WEIGHTS.open_question_words) : j])
        for j, w in enumerate(words[start:i], start)
    )


#: the words putting a question to someone ("asked whether"), whose answer the sentence may give
_ASKING = frozenset({"ask", "asks", "asked", "asking"})


def only_left_open(q: QuestionInfo, text: str, ctx: AnswerContext) -> bool:
    """Whether a sentence writes a yes/no question's verb only in an open question ("Marsh declined to
    say whether he would be fired" for "will Stroud be fired"): it says the coverage does not know, not
    yes or no, whatever auxiliary the question opens with."""
    words, at = _verb_at(q, text, ctx) if q.done else ([], [])
    return bool(at) and all(_left_open(words, i) for i in at)


#: the words putting a verb after them in the future ("will vote", "is expected to vote", "is due to
#: rule"): a plan or a schedule, not an act done. ("would" is left out: reported speech writes a past
#: plan and a done act's terms alike, "said it would pay $4 million"; so is a bare "to": "agreed to pay
#: $27 million" gives the sum paid.)
_TO_COME = re.compile(
    r"\b(?:will|shall|(?:going|expected|scheduled|set|due|poised|planning|plans|intends)\s+to)"
    r"(?:\s+(?:also|not|now|then|still|again|formally|finally|soon|be))*\s+$",
    re.IGNORECASE,
)


def only_to_come(q: QuestionInfo, text: str, ctx: AnswerContext) -> bool:
    """Whether a sentence writes the verb a "how (what, who) did X VERB" asks about only as to come
    ("The school board will vote next week on the plan" for how the board voted): the act has not
    happened, so nothing of it, its result or its figure, is told. The question's past "did" asks of a
    done act; without a verb asked, or a "did", not judged (False)."""
    if not q.done or not _DID_ASKED.search(asked_sentence(q.text)) or QUOTE_MARKS.search(text):
        # (a speaker's "I will apologize for the years before that" is the act itself, said)
        return False
    spans = [m for m in _SAID_WORD.finditer(text) if credit(q, q.done, ctx.tokenizer.term_set(m.group(0)))]
    return bool(spans) and all(_TO_COME.search(text, 0, m.start()) for m in spans)


#: a question asking of a done act ("how did the board vote", "what did the review conclude")
_DID_ASKED = re.compile(r"\bdid\b", re.IGNORECASE)
#: the kinds of question asking what came of an act, its outcome or who did it ("how did the board vote",
#: "who did they appoint"), which a plan does not tell; a "why", "when" or "how much" of a planned act
#: is told by its plan ("will close for two weeks after cases rose", "will pay £38 million")
_OUTCOME_KINDS = frozenset({"what", "person", "entity", "place"})


def only_planned(q: QuestionInfo, text: str, ctx: AnswerContext) -> bool:
    """Whether a sentence writes a yes/no question's verb only as what someone is to do ("Brandt asked
    Marchetti to let Kalloway remain free", "would decide next week whether to seek repayment", "I urge
    every member to pass it"), never as done or not done (``states_verb``): for a "did/has X VERB" the
    act is a plan, a request or a plea, which says neither yes nor no."""
    if not q.done or states_verb(q, text, ctx):
        return False
    return bool(_verb_at(q, text, ctx)[1])


#: a word that negates the verb after it ("did not pay", "never paid", "didn't pay")
_NEGATION = frozenset({"not", "never", "no"})
#: a question asking why something was not done ("why didn't they pay", "why did the board not vote")
_ASKS_NOT = re.compile(
    r"\b(?:(?:did|does|do|was|were|is|are|has|have|had|would|could|wo|ca)n['\u2019]?t|not|never)\b"
)


def asks_not(q: QuestionInfo) -> bool:
    """Whether a question asks about something not done ("why didn't the council sell")."""
    return bool(_ASKS_NOT.search(asked_sentence(q.text)))


def denies_verb(q: QuestionInfo, text: str, ctx: AnswerContext) -> bool:
    """Whether a sentence states the question's verb as not done ("the council did not sell the depot",
    "never paid"), not as what someone should not do ("advises victims not to pay"): the fact a "why
    didn't they ..." asks the reason for."""
    if not q.done:
        return False
    words = [w.lower() for w in _SAID_WORD.findall(text)]
    for i, w in enumerate(words):
        if not credit(q, q.done, ctx.tokenizer.term_set(w)) or (i and words[i - 1] == "to"):
            continue
        before = words[max(0, i - 2) : i]
        if any(b in _NEGATION or b.endswith(("n't", "n\u2019t")) for b in before):
            return True
    return False


def _about_story(q: QuestionInfo, c: Candidate, ctx: AnswerContext) -> bool:
    """Whether a candidate's headline holds everything the question asks about its names (and about the
    role whose words it asks for: "what did the mayor say about the verdict" under "Verdict in Voss
    trial" asks the headline for the verdict, the mayor being the speaker), or the headline with the lead,
    which tells in full the story the headline names ("what did Marsh say about the points deduction"
    under "Rovers docked six points", led by "Rovers have been deducted six points ...")."""
    title = title_terms(ctx, c.sentence.doc_id)
    role = speaking_role(q.text, ctx.tokenizer)
    asked = [t for t in q.terms if not is_name(q, t) and t != role]
    if not asked:
        return False
    lead = next((s for s in ctx.documents[c.sentence.doc_id].sentences if not s.heading), None)
    if lead is not None and lead.index != c.sentence.index:
        title = title | ctx.terms(ctx.rows[(lead.doc_id, lead.index)])
    return all(credit(q, t, title) >= 1.0 for t in asked)


def _led_into(q: QuestionInfo, c: Candidate, ctx: AnswerContext) -> bool:
    """Whether a statement and the sentence before it in its paragraph hold what the question asks about
    its names as a sentence answering must (``min_relation`` of it): narration leads into the words
    said of it ("The union rejected the offer within hours. Marisol Okafor said it 'doesn't even keep
    up with rent.'" for what Okafor said about the first offer)."""
    s = c.sentence
    if s.index == 0:
        return False
    before = ctx.documents[s.doc_id].sentences[s.index - 1]
    if before.paragraph != s.paragraph or before.heading:
        return False
    # (the question's term table, worked out once per question: this is asked of every candidate)
    got = ctx.memo.get("led_into_table")
    if not (isinstance(got, tuple) and got[0] is q):
        got = ctx.memo["led_into_table"] = (q, _term_table(q, _weights(q, ctx)))
    table = got[1]
    if not any(t.relation for t in table):
        return False  # ("what did Okafor say": nothing asked of her words but that they are hers)
    held = ctx.terms(c.row) | ctx.terms(c.row - 1)
    m = _measure(table, held, set(), frozenset(), frozenset(), tuple(t.relation for t in table))
    return m.relation >= WEIGHTS.min_relation


#: a word that may refer to a person named before: a personal pronoun, or a definite description of the
#: speaker ("the Conservative leader said")
_MAY_BE_SOMEONE_NAMED = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b|\bthe (?:[\w'-]+\s+){1,3}(?:said|says|told|added)\b"
)


def _state_of_act(q: QuestionInfo, ctx: AnswerContext) -> str:
    """The term of an adjective a yes/no question asks that the coverage writes only as the act WordNet
    defines it as having done ("successful": won, lost, failed; ``WordNet.perfect_of``), or "": the
    sentence answering must tell that act of the question's subject, as one answering "did it succeed"
    must."""
    wn = wordnet()
    if wn is None:
        return ""
    for t, b in q.bridges.items():
        word = q.term_words.get(t, t)
        if t != q.done and b.standing == "bridged" and wn.perfect_of(word):
            return t
    return ""


def _opposite(q: QuestionInfo, ctx: AnswerContext) -> frozenset[str]:
    """The index terms of the words WordNet opposes to a yes/no question's verb that the corpus holds."""
    wn = wordnet()
    word = q.term_words.get(q.done, q.done)
    if wn is None:
        return frozenset()
    return frozenset(t for w in wn.antonyms(word) for t in ctx.tokenizer.tokens(w) if ctx.scorer.df(t) > 0)


def _someone(q: QuestionInfo, c: Candidate, ctx: AnswerContext) -> bool:
    """Whether a "who" answered by a sentence naming no one holds someone all the same: people of some
    role the question does not name ("An architect normally manages the job", "teachers may have
    responsibility for discipline"), or a person named in the sentences quoted with it. A question
    asking by a role ("who is the editor of the Telegraph") is answered by a name, not by people of
    another role ("axing 90 journalist jobs")."""
    if asked_person_role(q.text):
        return _held_beside(q, c, ctx, role=_asked_office(q, ctx))
    if holds_role(c.sentence.text, frozenset(q.terms), ctx.tokenizer):
        return True
    return _held_beside(q, c, ctx, _who_verb(q))


#: "who replaced X", "who will replace X", "who did they appoint": the verb after "who" and an auxiliary
#: (and a verb it frames: "who decided to make ...")
_WHO_AUX_VERB = re.compile(
    r"^\W*who\s+(?:(?:will|would|did|has|had|could|might)\s+)?([a-z]+)\b(?:\s+to\s+([a-z]+)\b)?"
)
#: verbs whose object says what is done ("make a donation", "give a speech"): the news writes the act
_LIGHT_VERBS = frozenset({"make", "give", "get", "take", "have", "do"})


def _who_verb(q: QuestionInfo) -> str:
    """The term of the verb a "who VERB ..." asks about ("who replaced Rachel Tamsin" -> replac), or ""
    ("who is the mayor": a state; a word the question holds no term for; a light verb, whose object is
    the act: "who decided to make a donation" is answered by "X donated"). A verb framing another ("decide
    to make") gives way to the framed one, which says what was done."""
    m = _WHO_AUX_VERB.match(asked_sentence(q.text))
    wn = wordnet()
    if m is None or wn is None or m.group(1) in AUXILIARIES or m.group(1) in STOP_WORDS:
        return ""
    word = m.group(2) or m.group(1)
    if word in _LIGHT_VERBS or any(pos == "v" and b in _LIGHT_VERBS for pos, b in wn.lemmas(word)):
        return ""
    if not any(pos == "v" for pos, _ in wn.lemmas(word)):
        return ""
    return next((t for t, w in q.term_words.items() if w == word), "")


def _held_beside(
    q: QuestionInfo, c: Candidate, ctx: AnswerContext, verb: str = "", role: _Role | None = None
) -> bool:
    """Whether a sentence without the kind of thing asked for finds it in the sentences the answer is
    quoted with (``select._holder``: the next few, then the one before): news states the event in one
    sentence and names who did it, or at what hour, in the next ("The Lib Dems have appointed a senior
    figure from BT ... Sandy Walkington will now work ..."). Where none of them holds it, the sentence
    is on the topic without the asked-for thing: not an answer. ``verb``: a "who VERB"'s verb, which
    the sentence or the one naming someone must tell ("who replaced Tamsin as head of midwifery" is not
    answered by "Tamsin left the trust in January" and a union officer quoted after it: neither tells of
    replacing). ``role``: a "who is the ROLE of X"'s office, which the sentence naming someone must
    write beside the name ("Lead was found in taps at Lincoln Elementary ..." and a pupil's mother named
    next do not give its principal)."""
    s = c.sentence
    doc = ctx.documents[s.doc_id]
    told = not verb or _says_verb(q, verb, c, ctx)
    for j in (*range(s.index + 1, s.index + 1 + WEIGHTS.holder_after), s.index - 1):
        other = doc.sentences[j] if 0 <= j < len(doc.sentences) else None
        if other is None or other.heading or type_score(q.kind, other.text, q, ctx.tokenizer) < 1:
            continue
        if role is not None and not _role_beside_name(
            q, role, new_names("person", other.text, q, ctx.tokenizer, strict=True), other.text, ctx.tokenizer
        ):
            continue
        if told or _writes_verb(q, verb, other.text, ctx.tokenizer.term_set(other.text)):
            return True
    return False


def holds_asked_kind(q: QuestionInfo, c: Candidate) -> bool:
    """Whether a candidate holds the kind of thing a typed question asks for (a person's name for a
    "who") in a sentence about the question's names that holds what is asked about them: preferred
    to a better-covering sentence without one, which only echoes the question ("The festival moved to
    Manchester" for "Who organised the festival?")."""
    w = WEIGHTS
    return (
        q.kind in TYPED_KINDS
        and c.type_score >= 1.0
        and c.names >= w.min_names
        and c.relation >= w.min_relation
        and c.coverage >= w.typed_coverage
    )
