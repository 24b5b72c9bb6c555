"""Timelines: dated events extracted once per corpus, filtered and ranked per request.

Build does the expensive part (date expressions in every body sentence, clause cutting, the cross-outlet
merge) so that a query is only filtering precomputed events by the topic's relevant sentences and the
date window, then ranking dates by how much of the coverage reports them — the signal that DATEWISE-style
timeline systems found strongest for picking the dates a human editor would pick.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from retrieval.answer.bridge import person_noun, wordnet
from retrieval.ingest.sentences import DocumentSentences
from retrieval.lexicon import LOWER, MONTHS, STOP_WORDS, UPPER, WEEKDAYS, CasedPattern, figures
from retrieval.models import Citation, Document, Timeline, TimelineEvent
from retrieval.timeline.dates import body_sentences, find_dates
from retrieval.timeline.mentions import (
    NOT_STORY,
    Mention,
    doc_mentions,
    edit_note,
    restates_claim,
    span_of,
    term_stems,
    topic_words,
)
from retrieval.timeline.merge import Event, merge_mentions
from retrieval.timeline.page import withdrawn_claim

_T = TypeVar("_T")
#: whether a sentence (article, sentence number; its text) is about a query's topic
_OnTopic = Callable[[tuple[int, int], str], bool]


# A date that only bounds a span ("until January", "since 2003", "by May") is not an event.
#: what a same-day report of a date counts for, against 1 for a report written later
_SAME_DAY_WEIGHT = 0.5
#: the least idf-weighted share of a topic's terms an event's sentence must hold to be on the topic: more
#: than half, so a topic's distinctive word ("Istanbul", "minerals") is needed, not just a generic one
#: ("talks", "deal") that many other events share
_TOPIC_COVERAGE = 0.55
#: how many of the retriever's best sentences are read for the topic words the coverage holds outside its
#: dated sentences: more finds a word only weak matches hold, at a cost per topic query on a big corpus
_HELD_READ = 200
#: a day an undated article's sentence is read against to see whether it names one relative to the
#: article's own day ("on Wednesday"); any day would do, it is never shown
_ANY_DAY = date(2000, 1, 5)
#: the least share of a correction's withdrawn claim's terms an earlier report of the same outlet must hold
#: to be that claim (and be dropped): lower drops more of the corrected article's other sentences, higher
#: keeps a reworded claim ("two people had died" of "Two people have now died in ...")
_RETRACTED_SHARE = 0.6


#: a sentence opening on a person's subject pronoun: it tells of someone the sentence before named
_PRONOUN_LED = re.compile(r"(?:He|She)\s")
#: a run of capitalised words ("Mayor Jane Doe", "Doe"): a name as written
_NAME_RUN = CasedPattern(rf"[{UPPER}][{LOWER}'\u2019.-]*(?:\s+[{UPPER}][{LOWER}'\u2019.-]*)*")


def subject_name(text: str) -> str:
    """The first name a sentence writes (its first run of capitalised words, a capitalised function or
    date word aside: "On Tuesday, Jane Doe said ..." gives "Jane Doe"): the subject, the person a
    following sentence's "She" means first (English puts the subject first, and a pronoun subject
    mostly carries the subject before it on). A lone sentence-initial word is capitalised by its place
    alone ("Union leader Tom Briggs said ..." names "Tom Briggs"), so it is the name only when no other
    follows ("Doe said ..."). "" when the sentence names no one."""
    text = text.lstrip()
    first = ""
    for run in _NAME_RUN.finditer(text):
        words = [w for w in run.group().split() if w.lower().strip(".") not in STOP_WORDS | NOT_STORY]
        if not words:
            continue
        if run.start() == 0 and len(run.group().split()) == 1:
            first = first or words[0]
            continue
        return " ".join(words)
    return first


#: a sentence's subject written as a common noun phrase ("The guard remains ...", "A security guard was
#: attacked ..."; a live entry's stamp before it): who a following "He" or "She" means where no name is
#: written. Its up to three words before the verb (a form of "be" or "have", or a word in "-ed" or "-s")
_NOUN_SUBJECT = re.compile(
    r"^\W*(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?\s?m\b\.?)?\s*)?(?:The|A|An)\s+"
    r"(?P<noun>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:was|were|is|are|has|had|have|\w+ed|\w+s)\b"
)


def subject_noun(text: str) -> str:
    """The common noun phrase naming a person that a sentence opens on as its subject ("guard" of "The
    guard remains in hospital.", a person noun by WordNet), "" when it opens otherwise: a "He" or "She"
    after it means it as it means a name, and the subject written first comes before any name after it
    ("Brantwood General Hospital")."""
    m = _NOUN_SUBJECT.match(text)
    wn = wordnet()
    if m is None or wn is None:
        return ""
    noun = m.group("noun")
    return noun if person_noun(noun.split()[-1], wn) else ""


@dataclass(frozen=True, slots=True)
class _Picked:
    """An event a query keeps, with the reports of it that the query's topic keeps."""

    index: int
    event: Event
    mentions: list[Mention]


class TimelineIndex:
    """The corpus' dated events, merged across outlets; answers timeline queries from memory."""

    def __init__(self, docs: Sequence[Document], events: list[Event]) -> None:
        self._docs = list(docs)
        self._events = events
        self._spans = [span_of(e.value) for e in events]
        # the stems of every dated sentence and how many dated sentences hold each: what a topic is
        # matched against, and how distinctive each of its terms is among the corpus' events
        self._sentence_stems: dict[tuple[int, int], frozenset[str]] = {}
        for ev in events:
            for m in ev.mentions:
                key = (m.doc, m.sentence)
                if key not in self._sentence_stems:
                    self._sentence_stems[key] = term_stems(m.quote)
        self._df: Counter[str] = Counter(w for stems in self._sentence_stems.values() for w in stems)
        # a dated sentence opening on "He" or "She" tells of the person its paragraph's sentence before
        # names first ("Jane Doe was elected in 2024. She resigned on 4 March.", or a subject written as a
        # common noun, "The guard remains in hospital. He was ..."): it is about that name
        # for a topic (shown verbatim all the same), and is visited when the sentence before is relevant
        self._carried: dict[tuple[int, int], frozenset[str]] = {}
        self._follower: dict[tuple[str, int], tuple[str, int]] = {}
        for di, si in self._sentence_stems:
            sentences = docs[di].sentences
            if not 0 < si < len(sentences) or not _PRONOUN_LED.match(sentences[si].text.lstrip()):
                continue
            before = sentences[si - 1]
            if before.paragraph == sentences[si].paragraph and (
                name := subject_noun(before.text) or subject_name(before.text)
            ):
                self._carried[(di, si)] = term_stems(name)
                doc_id = docs[di].meta.doc_id
                self._follower[(doc_id, si - 1)] = (doc_id, si)
        # the whole-corpus lines (no topic) never change: rendered once here, so a query only picks them
        self._whole = [self._render(ev, ev.mentions, None) for ev in events]
        # which events each dated sentence reports, so a topic query only visits its relevant sentences
        self._by_sentence: dict[tuple[str, int], list[tuple[int, Mention]]] = {}
        for ei, ev in enumerate(events):
            for m in ev.mentions:
                self._by_sentence.setdefault((self._docs[m.doc].meta.doc_id, m.sentence), []).append((ei, m))
        self._order: list[int] | None = None  # every event by salience, for queries without a topic
        self._title_stems: dict[int, frozenset[str]] = {}  # filled as headline fallbacks read them
        self._doc_index: dict[str, int] | None = None  # by id, made when a topic first needs it
        # the sentences topics have reached, by (document id, sentence): those of articles stating no date
        # that name a day only relative to one, which no timeline places, to their place and text
        # (``_relative_day``), else None
        self._unanchored: dict[tuple[str, int], tuple[tuple[int, int], str] | None] = {}
        self._unplaced_all: int | None = None  # how many of them the whole corpus holds, once counted
        # the articles whose headline holds each stem (what a topic's ledes are found by), made here in the
        # build, not by the first topic query
        self._by_title: dict[str, set[int]] = {}
        for di, d in enumerate(self._docs):
            for stem in term_stems(d.meta.title or ""):
                self._by_title.setdefault(stem, set()).add(di)
        # the events with a report to show: one whose every report is set aside (``Mention.aside``) is
        # the same line as an event at its sentence's main date
        self._shown = [i for i, ev in enumerate(events) if _has_line(ev.mentions)]
        self._whole_order()  # part of the build: the first query after start-up should not pay for it

    # ------------------------------------------------------------------ build

    @classmethod
    def build(cls, docs: Sequence[Document]) -> TimelineIndex:
        mentions: list[Mention] = []
        start = min((d.meta.published for d in docs if d.meta.published is not None), default=None)
        for di, doc in enumerate(docs):
            mentions.extend(doc_mentions(di, doc, start))
        return cls(docs, merge_mentions(_withdrawn_dropped(docs, mentions)))

    # ------------------------------------------------------------------ query

    def query(
        self,
        *,
        topic: str | None = None,
        relevant: Mapping[tuple[str, int], float] | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
        families: Mapping[str, frozenset[str]] | None = None,
        compounds: Mapping[str, frozenset[str]] | None = None,
    ) -> Timeline:
        """The events on ``topic`` (the sentences ``relevant`` holds, about its words or their other forms
        in ``families``: "ratified" for "ratification", or the corpus' ``compounds`` of them: "ransomware"
        for "ransom") between ``since`` and ``until``, the ``limit`` most salient; without a topic, every
        event."""
        if relevant is None:
            # without a topic every event keeps all its reports, and a date window keeps or drops a date's
            # events together: the whole corpus' salience order holds (computed once), and the query only
            # handles event numbers
            inside = [i for i in self._shown if self._inside(i, since, until)]
            matching = len(inside)
            if limit is not None and limit >= 0:
                keep = set(inside)
                ranked = [i for i in self._whole_order() if i in keep]
                inside = _most_salient(ranked, lambda i: self._events[i].value, limit)
            inside.sort(key=lambda i: _in_time(self._events[i]))
            return Timeline(
                topic=topic,
                events=[self._whole[i] for i in inside],
                left_out=matching - len(inside),
                unplaced=self._unplaced_anywhere(),
            )
        relevant = self._with_followers(relevant)
        groups_of_topic = _topic_groups(topic, families) if topic else {}
        with_compounds = _topic_groups(topic, _joined(families, compounds)) if topic and compounds else None
        on_topic = self._topic_filter(groups_of_topic, relevant, with_compounds)
        groups: dict[int, list[Mention]] = {}
        for key in relevant:
            for ei, m in self._by_sentence.get(key, ()):
                if self._inside(ei, since, until) and (
                    on_topic is None or on_topic((m.doc, m.sentence), m.quote)
                ):
                    groups.setdefault(ei, []).append(m)
        if groups:
            for ei, ms in self._headline_ledes(with_compounds or groups_of_topic, since, until).items():
                kept = groups.setdefault(ei, [])
                kept.extend(m for m in ms if m not in kept)
        elif groups_of_topic and not self._told_outside(relevant, on_topic, since, until):
            # (only when no dated sentence anywhere is about the topic: a date window narrows the events
            # a topic has, it does not swap them for its headlines' events)
            groups = self._headline_events(groups_of_topic, since, until)
        picked = [
            _Picked(i, self._events[i], sorted(ms, key=lambda m: (m.doc, m.sentence, m.text)))
            for i, ms in sorted(groups.items())
        ]
        if limit is not None and limit >= 0:
            # (the reports set aside count for their date's salience before their events are left out)
            salient = [p for p in _salience_order(picked) if _has_line(p.mentions)]
            matching = len(salient)
            picked = _most_salient(salient, lambda p: p.event.value, limit)
        else:
            picked = [p for p in picked if _has_line(p.mentions)]
            matching = len(picked)
        picked.sort(key=lambda p: _in_time(p.event))
        shown = with_compounds or groups_of_topic
        return Timeline(
            topic=topic,
            events=[self._render(p.event, p.mentions, relevant, shown) for p in picked],
            left_out=matching - len(picked),
            unplaced=self._unplaced(relevant, on_topic),
        )

    def _unplaced(self, relevant: Mapping[tuple[str, int], float], on_topic: _OnTopic | None) -> int:
        """How many sentences about the topic, in articles stating no publication date, name a day only
        relative to one ("on Wednesday", "yesterday"): they tell the topic's events but have nothing to be
        counted from, so no timeline places them. A reader told "No dated events found" is also told they
        exist (the day is never guessed). Each sentence is read once, when a topic first reaches it."""
        count = 0
        for key in relevant:
            relative = self._unanchored_sentence(key)
            if relative and (on_topic is None or on_topic(*relative)):
                count += 1
        return count

    def _still_to_come(self, m: Mention) -> bool:
        """Whether a report tells its event as still to come: told as a plan (``Mention.ahead``) of a date
        from its article's day on, or of any date in an undated article. ("will examine the authority's
        decision in 2024" names a past decision, the future being the examination's; "the team was
        expected to land tonight" is still to come on the article's own day, told by the future's or a
        plan's words: the article tells no landing; "where it remains today" is no plan.)"""
        published = self._docs[m.doc].meta.published
        if not m.ahead or published is None:
            return m.ahead
        last = span_of(m.value).last
        return last > published or (last == published and m.marked_future)

    def _planned(self, ms: list[Mention]) -> bool:
        """Whether an event is shown as a plan: some report tells it still to come, and every other was
        written before its day (or in an undated article) and so could not tell it done, whatever its
        tense ("said the petition would be checked and, if valid, debated at the meeting on 28 April":
        the participle reads as past, but the article is older than the meeting)."""
        return any(self._still_to_come(m) for m in ms) and all(
            self._still_to_come(m) or self._written_before(m) for m in ms
        )

    def _written_before(self, m: Mention) -> bool:
        """Whether a report's article was published before the first day of the date it gives."""
        published = self._docs[m.doc].meta.published
        return published is not None and span_of(m.value).first > published

    def _unplaced_anywhere(self) -> int:
        """``_unplaced`` without a topic: every sentence of an article stating no date that names a day
        only relative to one, the same count a topic's timeline gives of its own sentences (a whole
        timeline saying 0 while a topic's says 2 would read as the topic finding what the whole corpus
        lacks). Read once, on the first timeline without a topic; a date window does not narrow it (the
        sentences have no day to be inside it); not kept per sentence, as a topic's are: a large undated
        corpus would hold a key for every sentence."""
        if self._unplaced_all is None:
            self._unplaced_all = sum(
                1
                for d in self._docs
                if d.meta.published is None
                for si, text in enumerate(_texts(d))
                if _names_relative_day(text) and self._relative_day((d.meta.doc_id, si)) is not None
            )
        return self._unplaced_all

    def _unanchored_sentence(self, key: tuple[str, int]) -> tuple[tuple[int, int], str] | None:
        """``_relative_day`` of a sentence a topic reached, read once and kept."""
        if key not in self._unanchored:
            self._unanchored[key] = self._relative_day(key)
        return self._unanchored[key]

    def _position(self, doc_id: str) -> int | None:
        """An article's place among the documents, by its id (the table made when a topic first needs it)."""
        if self._doc_index is None:
            self._doc_index = {d.meta.doc_id: i for i, d in enumerate(self._docs)}
        return self._doc_index.get(doc_id)

    def _relative_day(self, key: tuple[str, int]) -> tuple[tuple[int, int], str] | None:
        """The place (article, sentence) and text of the sentence ``key`` when its article states no date
        and it names a day relative to the article's own ("on Wednesday") and is on no timeline: read as if
        the article had a day, a day found then is one only the missing date keeps off. None otherwise."""
        di = self._position(key[0])
        if di is None or key in self._by_sentence or self._docs[di].meta.published is not None:
            return None
        sentences = self._docs[di].sentences
        si = key[1]
        if not (0 <= si < len(sentences) and sentences[si].index == si) or sentences[si].heading:
            return None
        text = sentences[si].text
        if not _names_relative_day(text):
            return None
        found = find_dates(text, _ANY_DAY)
        return ((di, si), text) if any(m.precision == "day" and m.kind == "relative" for m in found) else None

    def _with_followers(self, relevant: Mapping[tuple[str, int], float]) -> Mapping[tuple[str, int], float]:
        """The relevant sentences, with each pronoun-led dated sentence after one of them (at its score):
        the retriever finds "Jane Doe was elected in 2024." but not "She resigned on 4 March." after it."""
        added = {
            nxt: score
            for key, score in relevant.items()
            if (nxt := self._follower.get(key)) is not None and nxt not in relevant
        }
        return {**relevant, **added} if added else relevant

    def _told_outside(
        self,
        relevant: Mapping[tuple[str, int], float],
        on_topic: _OnTopic | None,
        since: date | None,
        until: date | None,
    ) -> bool:
        """Whether a dated sentence about the topic reports an event outside the window (none inside it)."""
        if since is None and until is None:
            return False
        return any(
            on_topic is None or on_topic((m.doc, m.sentence), m.quote)
            for key in relevant
            for _, m in self._by_sentence.get(key, ())
        )

    def _headline_events(
        self, want: Mapping[str, frozenset[str]], since: date | None, until: date | None
    ) -> dict[int, list[Mention]]:
        """When no dated sentence is about the topic, the events of the articles whose headline holds every
        term of it: "drought" in "State weighs desalination plant for drought-hit valley" makes the bill's
        vote in June part of the drought's timeline, though no dated sentence says "drought". Only a
        fallback: a sentence naming the topic is surer than its article's headline."""
        groups: dict[int, list[Mention]] = {}
        for ei, ev in enumerate(self._events):
            if not self._inside(ei, since, until):
                continue
            for m in ev.mentions:
                stems = self._title_stems.get(m.doc)
                if stems is None:
                    stems = self._title_stems[m.doc] = term_stems(self._docs[m.doc].meta.title or "")
                if all(forms & stems for forms in want.values()):
                    groups.setdefault(ei, []).append(m)
        return groups

    def _headline_ledes(
        self, want: Mapping[str, frozenset[str]], since: date | None, until: date | None
    ) -> dict[int, list[Mention]]:
        """The events of the first body sentence of each article whose headline holds every term of the
        topic: a news lede tells what its headline says, often in other words ("Black Heron leaks
        Tidewater patient data" over "The group on Friday published 300 gigabytes of files stolen from
        Tidewater"), so it is about the topic though it may not name it."""
        if not want:
            return {}
        docs: set[int] | None = None
        for forms in want.values():
            held = set().union(*(self._by_title.get(f, set()) for f in forms))
            docs = held if docs is None else docs & held
            if not docs:
                return {}
        out: dict[int, list[Mention]] = {}
        for di in sorted(docs or ()):
            body = body_sentences(self._docs[di])
            if not body:
                continue
            for ei, m in self._by_sentence.get((self._docs[di].meta.doc_id, body[0].index), ()):
                if self._inside(ei, since, until):
                    out.setdefault(ei, []).append(m)
        return out

    def _inside(self, i: int, since: date | None, until: date | None) -> bool:
        """Whether event ``i``'s date lies in the window. A month or year only partly inside it, open
        or closed, says little about it ("in 2026" for "since next week": most of the year is not the
        days asked for, and the event may be any of them), so it is left out."""
        span = self._spans[i]
        if (since is not None and span.last < since) or (until is not None and span.first > until):
            return False
        return self._events[i].precision == "day" or not (
            (since is not None and span.first < since) or (until is not None and span.last > until)
        )

    def _topic_filter(
        self,
        topic: Mapping[str, frozenset[str]],
        relevant: Mapping[tuple[str, int], float],
        matched: Mapping[str, frozenset[str]] | None = None,
    ) -> _OnTopic | None:
        """Whether a report's own sentence is about the topic: it must hold most of the topic's terms,
        by count ("swine flu" of "H1N1 swine flu") or weighted by how rare each is among the dated
        sentences ("Istanbul" of "Istanbul talks", but not "talks" alone). The retriever's relevant set is not
        enough on its own: a sentence sharing only a generic word ("talks") still scores, and so the
        events of other stories would come in. A term only undated sentences hold ("student" of "student
        nurses" when the students' story gives no date) weighs as the rarest, and a dated sentence holds it
        when its own article does ("the council met on March 4" in the article on the new moorings): the
        events of the topic's other words ("nurses") in articles that never say it are not about it. Terms
        the coverage nowhere holds are left out (they can not tell events apart); with none left, the
        relevant set decides alone. A term is held in any of its forms ("ratify" for "ratification"), or
        of the forms ``matched`` gives it (its compounds too: "ransomware"), which are not counted in how
        rare it is: a compound widens what holds the word, and a few more sentences in the count would
        re-weigh every topic whose word the corpus also writes inside a rarer one."""
        if not topic:
            return None
        match = matched or topic
        n = len(self._sentence_stems)
        df = {t: min(n, sum(self._df[f] for f in forms)) for t, forms in topic.items()}
        undated = {t for t in topic if not df[t]}
        by_doc: dict[int, frozenset[str]] = {}  # the undated terms each article holds
        if undated:  # (read only then: most topics' words are all in dated sentences)
            # which undated terms the coverage holds: those the best relevant sentences hold
            held_best: set[str] = set()
            for stems in self._relevant_stems(relevant).values():
                held_best.update(t for t in undated if match[t] & stems)
            undated = held_best

        def doc_held(di: int) -> frozenset[str]:
            """The undated terms article ``di`` holds in any of its sentences, read when one of its dated
            sentences is first weighed: not only in its sentences among the best of a large coverage, where
            an article's "housing" may rank below many others' ("temporary accommodation on Saturday" in
            the article that also speaks of housing is on "temporary housing")."""
            got = by_doc.get(di)
            if got is None:
                stems: set[str] = set()
                for sentence in self._docs[di].sentences:
                    stems.update(term_stems(sentence.text))
                got = by_doc[di] = frozenset(t for t in undated if match[t] & stems)
            return got

        weights = {t: math.log((n + 1) / (df[t] + 0.5)) for t in topic if df[t] or t in undated}
        total = sum(weights.values())
        if total <= 0:
            return None
        need = _TOPIC_COVERAGE * total
        memo: dict[tuple[int, int], bool] = {}

        def on_topic(key: tuple[int, int], quote: str) -> bool:
            """Whether the sentence ``key`` (article, sentence), reading ``quote``, is about the topic."""
            got = memo.get(key)
            if got is None:
                stems = self._sentence_stems.get(key) or term_stems(quote)
                stems |= self._carried.get(key, frozenset())
                in_doc = doc_held(key[0]) if undated else frozenset()
                held = [
                    w
                    for t, w in weights.items()
                    if t in in_doc or (not match[t].isdisjoint(stems) and not _only_as_month(t, quote))
                ]
                got = memo[key] = 2 * len(held) > len(weights) or sum(held) >= need
            return got

        return on_topic

    def _relevant_stems(self, relevant: Mapping[tuple[str, int], float]) -> dict[int, set[str]]:
        """The stems of the retriever's best relevant sentences, dated or not, by article: the topic's
        terms the coverage holds, and where (a rare topic word lifts the sentences holding it to the top
        of the set)."""
        out: dict[int, set[str]] = {}
        best = sorted(relevant, key=lambda k: -relevant[k])[:_HELD_READ]
        for doc_id, si in best:
            di = self._position(doc_id)
            if di is None:
                continue
            sentences = self._docs[di].sentences
            if 0 <= si < len(sentences) and sentences[si].index == si:
                out.setdefault(di, set()).update(term_stems(sentences[si].text))
        return out

    def _whole_order(self) -> list[int]:
        if self._order is None:
            everything = [_Picked(i, ev, ev.mentions) for i, ev in enumerate(self._events)]
            self._order = [p.index for p in _salience_order(everything)]
        return self._order

    def _render(
        self,
        ev: Event,
        ms: list[Mention],
        relevant: Mapping[tuple[str, int], float] | None,
        topic: Mapping[str, frozenset[str]] | None = None,
    ) -> TimelineEvent:
        """An event as shown: its best report's line, or on a topic the report's whole sentence when the
        line (its date's clause) leaves out every topic word the sentence holds ("… restored email and its
        internal phone directory" of "…, but that MedChart would stay offline"), so that a reader sees
        why the event is on the topic. The report shown (and cited first) is one whose own date is the
        event's where one is kept: "resigned last week" merged into another outlet's "resigned on 10 March"
        would show a week's telling under a day it does not state."""

        def rank(m: Mention) -> tuple[bool, float, int, int]:
            score = relevant.get((self._docs[m.doc].meta.doc_id, m.sentence), 0.0) if relevant else 0.0
            return (m.value != ev.value or m.precision != ev.precision, -score, len(m.text), m.doc)

        best = min([m for m in ms if not m.aside] or ms, key=rank)
        citations: list[Citation] = []
        seen: set[int] = set()
        for m in [best, *sorted(ms, key=lambda m: (m.doc, m.sentence))]:
            if m.doc in seen:
                continue
            seen.add(m.doc)
            meta = self._docs[m.doc].meta
            citations.append(
                Citation(
                    n=len(citations) + 1,
                    doc_id=meta.doc_id,
                    title=meta.title,
                    source=meta.source,
                    url=meta.url,
                    published=meta.published,
                    quote=m.quote,
                    opinion=meta.opinion,
                )
            )
        # a date is shown only as a cited report states it: a month's report merged into another outlet's
        # day ("filed last month" into "filed on February 12") shows its month when the day's report is
        # not among those kept (a topic only the month's sentence is about)
        value, precision = (
            (ev.value, ev.precision) if any(m.value == ev.value for m in ms) else (best.value, best.precision)
        )
        return TimelineEvent(
            date=value,
            precision=precision,
            text=" ".join(filter(None, [_topic_line(best, topic) if topic else best.text, best.righted])),
            citations=citations,
            background=all(m.background for m in ms),
            planned=self._planned(ms),
            # the range its shown report states, else one another cited report states
            end=best.end or next((m.end for m in ms if m.end), None),
        )


def _texts(doc: Document) -> list[str]:
    """A document's sentences' texts, in order: from its store without a Sentence made for each, when it
    is a store's view (a whole-corpus pass would make one for every sentence of the corpus)."""
    sentences = doc.sentences
    if isinstance(sentences, DocumentSentences):
        return sentences.texts()
    return [s.text for s in sentences]


def _has_line(ms: list[Mention]) -> bool:
    """Whether some report of an event can be its line: one not set aside (``Mention.aside``)."""
    return any(not m.aside for m in ms)


def _in_time(ev: Event) -> tuple[str, bool, int]:
    """Where an event stands in a timeline: by its date, a day before its month, and inside a day a live
    blog's stamped entries by their time ("9:40 a.m." before "5:50 p.m."), after the day's other events,
    which keep their salience order (the sort is stable)."""
    clocks = [m.clock for m in ev.mentions if m.clock is not None]
    return (ev.value, ev.precision != "day", min(clocks) if clocks else -1)


def _withdrawn_dropped(docs: Sequence[Document], mentions: list[Mention]) -> list[Mention]:
    """The reports without the claims their own outlet later corrected: a correction ("An article
    published Monday incorrectly reported that two people had died ...") withdraws the claim of the
    outlet's article of that day (or, when it names no day, of its latest article before the correction
    that holds it), so the reports holding most of the claim's terms are no events; the correction itself
    is one, on its day. A page's own notice ("10:48 a.m. Correction: An earlier update said Dr Vell had
    been dismissed.") withdraws the claim of its earlier entries (earlier by their stamps, or on the page),
    unless it names another article's day: a live blog keeps the entry it corrects above the notice. A
    claim stating a figure is withdrawn only from a report stating it; a notice that only gives the figure
    right ("It examined 17.") is no event while the entry it fixes still stands."""
    corrections = [(ci, m) for ci, m in enumerate(mentions) if m.corrects is not None]
    if not corrections:
        return mentions
    dropped: set[int] = set()
    for ci, c in corrections:
        meta = docs[c.doc].meta
        withdrawn = withdrawn_claim(c.quote)
        claim = term_stems(withdrawn)
        if not claim:
            continue
        # a figure the claim states is what was wrong ("An earlier update said 19 papers."): a report that
        # states none of its figures ("... in nine papers") is another statement, however many words it shares
        stated = figures(withdrawn)

        def holds_claim(m: Mention, claim: frozenset[str] = claim, stated: frozenset[str] = stated) -> bool:
            return len(claim & term_stems(m.quote)) >= _RETRACTED_SHARE * len(claim) and (
                not stated or bool(stated & figures(m.quote))
            )

        if not c.corrects:  # the page's own earlier entries: by their stamps, which a newest-first blog
            # puts above the notice, else by their place on the page
            own = {
                i
                for i, m in enumerate(mentions)
                if m.doc == c.doc
                and m.corrects is None
                and (
                    m.clock < c.clock
                    if m.clock is not None and c.clock is not None
                    else m.sentence < c.sentence
                )
                and holds_claim(m)
            }
            dropped |= own
            if not own and restates_claim(c, claim):
                dropped.add(ci)  # "It examined 17.": the entry it fixes still stands, the notice is no event
        if meta.published is None:
            continue
        found: list[tuple[date, int]] = []
        for i, m in enumerate(mentions):
            other = docs[m.doc].meta
            if m.doc == c.doc or m.corrects is not None or other.published is None:
                continue
            same_outlet = (meta.source is not None and other.source == meta.source) or (
                other.source is not None and other.source.lower() in c.quote.lower()
            )
            corrected_day = (
                other.published.isoformat() == c.corrects if c.corrects else other.published < meta.published
            )
            if same_outlet and corrected_day and holds_claim(m):
                found.append((other.published, i))
        latest = max((day for day, _ in found), default=None)
        dropped.update(i for day, i in found if day == latest)
    # a page's note on its own copy withdraws what it names, and is no event itself
    return [m for i, m in enumerate(mentions) if i not in dropped and not edit_note(m)]


def _topic_groups(topic: str, families: Mapping[str, frozenset[str]] | None) -> dict[str, frozenset[str]]:
    """Each topic word's stem, with the stems of its other forms (``families``, by word)."""
    out: dict[str, frozenset[str]] = {}
    for word in topic_words(topic):
        own = term_stems(word)
        if not own:
            continue
        (key,) = own
        forms = term_stems(" ".join((families or {}).get(word, ())))
        out[key] = out.get(key, frozenset()) | own | forms
    return out


def _only_as_month(word: str, quote: str) -> bool:
    """Whether a topic word that is a month's name ("march": the fans' march) is in a sentence only as
    the month ("free to play again in March 2028"): written capitalised inside the sentence, or before a
    number. Its own sense is written in lower case, or capitalised opening the sentence."""
    if word not in MONTHS:
        return False
    for m in re.finditer(rf"\b{word}\b", quote, re.IGNORECASE):
        month = m.group(0)[:1].isupper() and (m.start() > 0 or re.match(r"\s+\d", quote[m.end() :]))
        if not month:
            return False
    return True


def _topic_line(m: Mention, topic: Mapping[str, frozenset[str]]) -> str:
    """The report's line, or its whole sentence when only the rest of the sentence holds the topic."""
    if m.text == m.quote:
        return m.text
    forms = frozenset().union(*topic.values())
    if forms.isdisjoint(term_stems(m.text)) and not forms.isdisjoint(term_stems(m.quote)):
        return m.quote
    return m.text


def _joined(
    families: Mapping[str, frozenset[str]] | None, compounds: Mapping[str, frozenset[str]]
) -> dict[str, frozenset[str]]:
    """Each word's other forms and its compounds together."""
    out = dict(families or {})
    for word, forms in compounds.items():
        out[word] = out.get(word, frozenset()) | forms
    return out


def _salience_order(picked: list[_Picked]) -> list[_Picked]:
    """The events by salience: the best-reported dates first, background and coarse dates last. A date
    scores by the articles citing any event on it; an article written days later counts fully, a same-day
    report less: looking back at a date is what coverage does for the turning points (measured on the
    Timeline17 dev topics)."""
    weight: dict[str, dict[int, float]] = defaultdict(dict)
    for p in picked:
        per_doc = weight[p.event.value]
        for m in p.mentions:
            per_doc[m.doc] = max(per_doc.get(m.doc, 0.0), 1.0 if m.retro else _SAME_DAY_WEIGHT)
    date_score = {value: sum(per_doc.values()) for value, per_doc in weight.items()}

    def key(p: _Picked) -> tuple[bool, bool, float, int, str]:
        ev, ms = p.event, p.mentions
        background = all(m.background for m in ms)
        return (
            background,
            ev.precision != "day",
            -date_score[ev.value],
            -len({m.doc for m in ms}),
            ev.value,
        )

    return sorted(picked, key=key)


#: the words a day named relative to the article's own day opens on ("on Wednesday", "yesterday"): read
#: before the date finder, which only the sentences holding one are given
_RELATIVE_DAY_CUE = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r"|yesterday|today|tomorrow|tonight)\b", re.I)
#: ... as plain substrings, looked for first (``str.find`` is many times faster than the pattern, and most
#: sentences hold none: a whole undated corpus is read for them)
_RELATIVE_DAY_WORDS = (*WEEKDAYS, "yesterday", "today", "tomorrow", "tonight")


def _names_relative_day(text: str) -> bool:
    """Whether a sentence holds a word a day relative to its article's opens on (``_RELATIVE_DAY_CUE``)."""
    low = text.lower()
    return any(w in low for w in _RELATIVE_DAY_WORDS) and _RELATIVE_DAY_CUE.search(text) is not None


def _most_salient(ranked: list[_T], value: Callable[[_T], str], limit: int) -> list[_T]:
    """The ``limit`` events to keep from events ranked by salience: one event per date until each date has
    had its turn."""
    first_per_date: list[_T] = []
    rest: list[_T] = []
    seen: set[str] = set()
    for p in ranked:
        v = value(p)
        (rest if v in seen else first_per_date).append(p)
        seen.add(v)
        if len(first_per_date) >= limit:
            break
    return (first_per_date + rest)[:limit]


def doc_date_counts(docs: Sequence[Document]) -> Counter[date]:
    """How many articles were published on each day (a salience signal for dates)."""
    return Counter(d.meta.published for d in docs if d.meta.published is not None)
