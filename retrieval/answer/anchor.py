"""A question placed relative to an event ("what did the coach say after the ruling", "what happened
before the injunction"): the event anchors a time, and the answer is a statement from after (before)
it.

Read as written, the event's words are search terms like the others: a sentence holding them and
what is asked answers ("After the truce, Putin ordered ..."), and is kept (``select._placed``). When
that reading declines, or answers from the other side of the event, the sentences holding the
event's words were its own report ("Ruling: the judge grants a partial injunction"), and a statement
of the person asked about, which seldom repeats the event's words, did not answer at all: then the
event's words place the question instead of being searched.
The event is the earliest statement holding its words among the coverage's best matches for them
in dated articles, not speaking of it as ahead (a preview: "the vote is scheduled for Friday"; later
ones look back on it: "since the ruling", "the vote's result was corrected"); it is placed by that
article's date and, inside one article (a live blog's updates, a story told in order), by where the
sentence stands. A statement is after it when its article is of a later day, or it stands later in
the same article; an undated article, or another article of the same day, cannot tell: no date is
guessed, and such a statement answers only when none placed after the event does. Of the statements
after (before) the event that answer, the nearest to it in time answers, when it scores near the
best of them (what followed the event, not what followed weeks later).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from retrieval.answer.question import QuestionInfo, asked_sentence
from retrieval.answer.scoring import AnswerContext, Candidate
from retrieval.answer.weights import WEIGHTS
from retrieval.lexicon import MONTHS, WEEKDAYS
from retrieval.models import Citation, Sentence
from retrieval.search.text import normalize_for_match

#: "after the ruling", "before his arrest", "since the vote", "following the crash": a relation in time
#: to an event named by a noun phrase that ends the question; a date ("after June 3", "before 2020")
#: is a period, which ``period`` reads
_ANCHORED = re.compile(
    r"\b(?P<rel>after|before|since|following|prior to)\s+(?P<event>(?:the|a|an|his|her|their|its|this|that)"
    r"\s+[a-z][a-z'\u2019 -]*?)\s*[?.!]*$"
)
#: a sentence speaking of the event as still ahead ("the vote is scheduled for Friday", "members will
#: vote", "a ruling is expected"): a preview, which places nothing
_AHEAD = re.compile(
    r"\b(?:will|would|shall|scheduled|expected|set to|plans? to|planned|upcoming|ahead of"
    r"|awaits?|awaiting)\b",
    re.IGNORECASE,
)
_AFTER = frozenset({"after", "since", "following"})
_NOT_EVENT = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"year", "week", "month", "day", "time"}


#: the distance in days given a statement no date places (after every dated one)
_FAR = 1 << 30


@dataclass(frozen=True, slots=True)
class Anchor:
    """The event a question is placed after (``after``) or before, and where it stands in time."""

    after: bool
    words: str
    terms: frozenset[str]
    sentence: Sentence
    published: date

    def without(self, q: QuestionInfo) -> QuestionInfo:
        """The question without the event's words, when others remain: they place it, not what it
        asks about."""
        terms = [t for t in q.terms if t not in self.terms]
        if not terms:
            return q
        return replace(
            q,
            terms=terms,
            words=[w for w in q.words if w.lower() not in self.words.split()] or q.words,
            entity_terms=q.entity_terms - self.terms,
            bridges={t: b for t, b in q.bridges.items() if t not in self.terms},
            subject=tuple(t for t in q.subject if t not in self.terms),
        )

    def holds(self, s: Sentence, ctx: AnswerContext) -> bool:
        """Whether a sentence is told after (before) the event, as far as dates and order can tell."""
        if s.doc_id == self.sentence.doc_id:
            return s.index > self.sentence.index if self.after else s.index < self.sentence.index
        published = ctx.documents[s.doc_id].meta.published
        if published is None:
            return False
        return published > self.published if self.after else published < self.published

    def against(self, cited: Citation, ctx: AnswerContext) -> bool:
        """Whether a cited statement is told on the other side of the event: in an article of the
        other side's days, or before (after) it in the event's own article."""
        doc = ctx.documents.get(cited.doc_id)
        if doc is None:
            return False
        if cited.doc_id == self.sentence.doc_id:
            quote = normalize_for_match(cited.quote)
            i = next((s.index for s in doc.sentences if normalize_for_match(s.text) in quote), None)
            return i is not None and (i < self.sentence.index if self.after else i > self.sentence.index)
        published = doc.meta.published
        if published is None:
            return False
        return published < self.published if self.after else published > self.published

    def unplaced(self, s: Sentence, ctx: AnswerContext) -> bool:
        """Whether nothing tells on which side of the event a sentence stands: its article is undated,
        or of the event's day in another article."""
        if s.doc_id == self.sentence.doc_id:
            return False
        published = ctx.documents[s.doc_id].meta.published
        return published is None or published == self.published

    def placed(
        self, cands: list[Candidate], ctx: AnswerContext, ok: Callable[[Candidate], bool]
    ) -> list[Candidate]:
        """The candidates told after (before) the event, when one of them answers (``ok``); else those
        and the ones nothing places (``unplaced``): a statement the coverage does not date may be the
        one asked for, where one dated on the other side of the event is not."""
        held = [c for c in cands if self.holds(c.sentence, ctx)]
        if any(ok(c) for c in held):
            return held
        return [c for c in cands if self.holds(c.sentence, ctx) or self.unplaced(c.sentence, ctx)]

    def distance(self, s: Sentence, ctx: AnswerContext) -> tuple[int, int]:
        """How far a sentence is from the event: days, then sentences in one article; an undated one
        after every dated one."""
        if s.doc_id == self.sentence.doc_id:
            return 0, abs(s.index - self.sentence.index)
        published = ctx.documents[s.doc_id].meta.published
        if published is None:
            return _FAR, 0
        return abs((published - self.published).days), 0

    def nearest(
        self, best: Candidate, cands: list[Candidate], ctx: AnswerContext, ok: Callable[[Candidate], bool]
    ) -> Candidate:
        """Of the candidates that answer (``ok``) and score at least ``AnswerWeights.anchor_ratio`` of
        ``best``, the one nearest the event."""
        floor = WEIGHTS.anchor_ratio * best.score
        near = [c for c in cands if c is best or (c.score >= floor and ok(c))]
        return min(near, key=lambda c: self.distance(c.sentence, ctx))


def asked_anchor(question: str, q: QuestionInfo, ctx: AnswerContext) -> Anchor | None:
    """The event a question is placed after or before, when it names one the coverage reports in a
    dated article; None otherwise (the question is answered as it reads)."""
    m = _ANCHORED.search(asked_sentence(question))
    if m is None:
        return None
    words = m.group("event")
    if any(w in _NOT_EVENT or any(ch.isdigit() for ch in w) for w in words.split()):
        return None
    terms = frozenset(t for t in ctx.tokenizer.tokens(words) if t in q.terms)
    if not terms:
        return None
    found: list[tuple[date, int, Sentence]] = []
    for h in ctx.scorer.top_k(sorted(terms), WEIGHTS.candidates):
        if not ctx.quotable[h.index] or not terms <= ctx.terms(h.index):
            continue
        s = ctx.sentences[h.index]
        published = ctx.documents[s.doc_id].meta.published
        if published is not None and not _AHEAD.search(s.text):
            found.append((published, s.index, s))
    if not found:
        return None
    published, _, s = min(found, key=lambda f: (f[0], f[1]))
    return Anchor(m.group("rel") in _AFTER, words, terms, s, published)
