"""Composing the cited reply: the statement to quote around a chosen sentence (a run-on quotation kept
whole, a pronoun's antecedent brought along), the same statement found in other outlets, numbered
citations."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from datetime import date

from retrieval.answer.bridge import person_noun, verb_form, wordnet
from retrieval.answer.confirm import (
    CURRENCIES,
    confirm_holder,
    confirm_role,
    confirm_value,
    in_reading_order,
    kinded_figures,
    nounish,
)
from retrieval.answer.phrases import AUXILIARIES, participle
from retrieval.answer.question import TYPED_KINDS, QuestionInfo, asks_latest
from retrieval.answer.quoting import citation_of, join_parts, terms_of
from retrieval.answer.relation import credit
from retrieval.answer.scoring import (
    AnswerContext,
    Candidate,
    answers,
    document_terms,
    is_name,
    novelty,
    retracting_sentences,
    says_of_subject,
)
from retrieval.answer.slot import names_doer, sets_scene
from retrieval.answer.statements import (
    agree,
    conflict,
    differ,
    fits,
    joins_holder,
    quoted_on,
    speaker,
    speakers,
)
from retrieval.answer.story import title_terms
from retrieval.answer.types import (
    OPENS_QUOTE,
    PRONOUN_START,
    QUOTE_MARKS,
    counted_numbers,
    counted_words,
    counting,
    name_runs,
    names_kind,
    type_score,
)
from retrieval.answer.weights import WEIGHTS
from retrieval.ingest.notices import retracts
from retrieval.lexicon import (
    MONTH_ABBREVIATIONS,
    MONTHS,
    PREPOSITIONS,
    REPORTING_WORDS,
    SPELLED_NUMBER,
    SPELLED_SCALES,
    WEEKDAYS,
    figures,
    spelled_value,
)
from retrieval.models import Answer, Citation, Document, Sentence, Statement
from retrieval.search.text import fold, leaves_quote_open
from retrieval.search.wordnet import VERB_COMMUNICATION
from retrieval.timeline.page import entry_stamps, withdrawn_claim

#: a sentence giving someone's words: a verb of saying attributing them ("..., Kelsey Brandt said")
_ATTRIBUTED = re.compile(r"\b(?:said|says|told|added|stated)\b")


#: a sentence giving a part of a whole the sentence before it states ("Of that, $285 million would go to
#: the arena and $25 million to roads"): alone, its figure reads as the whole ("$285 million" for the
#: package), and the other outlet's whole ("$310 million in all") is lost; with its whole before it, the
#: reader sees both the total and how it splits
_PART_OF = re.compile(
    r"^\W*of (?:that|this|those|these|it|them|which|the (?:total|sum|amount|money))\b", re.I
)


#: a word written in lowercase (not a name)
_LOWER_WORD = re.compile(r"(?<![\w'\u2019-])[a-z][\w'\u2019-]*")


def _anothers(c: Candidate) -> bool:
    """Whether a candidate gives the words of someone other than the speaker a question asks about: not
    theirs, and attributed by a verb of saying to a speaker it names ("..., mill spokesman Ron Pike
    said"; not "..., he stated", which may be theirs, nor "X promised to ...", which gives no words)."""
    return not c.said and _ATTRIBUTED.search(c.sentence.text) is not None and bool(speakers(c.sentence.text))


def _quotable_neighbour(s: Sentence) -> bool:
    return not s.heading and not s.text.rstrip(" \"'\u201d\u2019)").endswith("?")


def _opened_before(doc: Document, s: Sentence) -> int | None:
    """The index of the sentence of ``s``'s paragraph that opens a quotation still open where ``s``
    begins (the quotation marks before it, from the paragraph's start, left one open), when ``s`` does
    not open one itself; None otherwise. A sentence splitter cuts a quotation of several sentences into
    as many sentences, the closing mark in the last."""
    if OPENS_QUOTE.match(s.text):
        return None  # (a quotation's middle sentence has no mark: "... satisfied. That could take weeks.")
    opener: int | None = None
    for i in range(s.index - 1, -1, -1):
        other = doc.sentences[i]
        if other.heading or other.paragraph != s.paragraph:
            break
        opener = i
    if opener is None:
        return None
    open_at: int | None = None
    for i in range(opener, s.index):
        if leaves_quote_open(doc.sentences[i].text):
            open_at = i if open_at is None else None
    return open_at


def _names(q: QuestionInfo) -> frozenset[str]:
    """The question's names, however it writes them (the coverage may write "luis ortega" as a name)."""
    return frozenset(t for t in q.terms if is_name(q, t))


def _correcting(ctx: AnswerContext, first: Sequence[Sentence], q: QuestionInfo) -> list[Sentence]:
    """The correction notice that takes back a figure the answer gives (a sentence that ``retracts``,
    with the one after it, ``_expand``'s reading, holding one of the answer's numbers): the answer's
    article's own (articles keep a wrong figure in their text and append the notice), else one its
    outlet printed in another article naming it by its date or headline ("Correction: An article on
    March 3 incorrectly stated ..."): the wrong figure stays in the first article's text."""
    doc = ctx.documents[first[0].doc_id]
    if any(_notice_part(doc, p) for p in first):
        return []  # the answer is a notice's own (what it says is right), not what one takes back
    shown = {p.index for p in first}
    own = (doc.sentences[i] for i in _retracting(ctx, doc) if i not in shown)
    named = [(s, False) for s in itertools.chain(own, _outlet_notices(ctx, doc))]
    found = [*named, *((s, True) for s in _unnamed_notices(ctx, doc))]
    if not found:
        return []  # (most answers: what they state is read only for a notice)
    given = frozenset().union(*(_stated(ctx, p.text) for p in first))
    said = frozenset().union(*(ctx.tokenizer.term_set(p.text) for p in first))
    for s, unnamed in found:
        notice = _expand(ctx, s, q)
        if s.doc_id == doc.meta.doc_id and shown.intersection(p.index for p in notice):
            continue
        told = _taken_back_figures(ctx, notice, s)
        if unnamed:
            # a notice naming no article ("An earlier version of our coverage said ...") is this one's
            # only by a figure it takes back counting the same thing ("48,000 vehicles" in both)
            if _shared(given, told, strict=True):
                return notice
            continue
        # an article with no outlet is another's notice's only by its date and more than one figure
        # ("passed 7 to 4, not 8 to 3" of "by a vote of 8 to 3"): one shared number is too common
        known = bool(doc.meta.source) or s.doc_id == doc.meta.doc_id
        if _shared(given, told) >= (1 if known else 2) or (
            known and (_takes_back(ctx, notice, said) or _withdraws(ctx, s, said))
        ):
            return notice
    return []


#: a figure a notice's later sentence gives as the one wrongly stated: "It was 48 parts per billion, not 84."
_NOT_FIGURE = re.compile(r"\b(?:not|rather\s+than|instead\s+of)\s+(?:the\s+|an?\s+)?[^,.;:]*", re.I)


def _taken_back_figures(ctx: AnswerContext, notice: Sequence[Sentence], s: Sentence) -> frozenset[Figure]:
    """The figures a notice may take back: its own sentence's ("An earlier update said four officials")
    and those its later sentences give as the wrong ones ("..., not 84"), not those they state as right
    ("The audit says they were sent to 40."): an answer giving the right figure is what the notice
    confirms, and the notice does not lead it."""
    own = _stated(ctx, s.text)
    later = [p for p in notice if p.index > s.index]
    wrong = frozenset().union(*(_stated(ctx, m.group()) for p in later for m in _NOT_FIGURE.finditer(p.text)))
    right = frozenset().union(*(_stated(ctx, _NOT_FIGURE.sub(" ", p.text)) for p in later)) - own - wrong
    return frozenset().union(own, *(_stated(ctx, p.text) for p in notice if p is not s)) - right


#: the kinds of question asking for a name (of someone, a place, a body or an outlet) or a reason: no
#: figure fills them
_NAMING_KINDS = frozenset({"person", "place", "entity", "media", "reason"})


def _names_asked(q: QuestionInfo) -> bool:
    """Whether ``q`` asks for a name or a reason, not a figure: who, where, which body or outlet, why, or a
    "which X" of a person noun ("which judge")."""
    if q.kind in _NAMING_KINDS:
        return True
    wn = wordnet()
    return (
        q.kind == "what"
        and bool(q.head)
        and wn is not None
        and person_noun(q.term_words.get(q.head, q.head), wn)
    )


def _takes_back_figure(ctx: AnswerContext, notice: Sequence[Sentence], parts: Sequence[Sentence]) -> bool:
    """Whether a correction notice states a figure of the statement it is quoted with (``_shared``): what
    it takes back is a number the statement gives, not the words it says of someone."""
    given = frozenset().union(*(_stated(ctx, p.text) for p in parts))
    told = frozenset().union(*(_stated(ctx, p.text) for p in notice))
    return _shared(given, told) > 0


def _retracting(ctx: AnswerContext, doc: Document) -> tuple[int, ...]:
    """The indexes of an article's correction notices (its sentences that ``retract``), worked out once per
    article: a digest asks it of each of its statements, and reading every sentence each time cost a
    question about a millisecond."""
    return ctx.remembered(
        "retracting",
        doc.meta.doc_id,
        lambda: tuple(s.index for s in retracting_sentences(doc)),
    )


def _shared(given: frozenset[Figure], told: frozenset[Figure], strict: bool = False) -> int:
    """How many of an answer's figures a notice states of the same thing: the same value, counting
    things of the same kind ("three paintings" is not the "three people" a notice takes back, "four
    observers" not "A Nov. 4 article") or of a kind one of them leaves unsaid ("$120,000" and "not
    $120,000."); ``strict``: both say what it counts."""
    return len(
        {
            value
            for value, kind in given
            for other, its in told
            if value == other and (kind & its if strict else not kind or not its or kind & its)
        }
    )


#: what a notice takes back, after the right version: "He was a vice president, not the chief executive"
_TAKEN_BACK = re.compile(r",\s+not\s+(?:the\s+|an?\s+)?([^,.;:]+)", re.I)


def _takes_back(ctx: AnswerContext, notice: Sequence[Sentence], said: frozenset[str]) -> bool:
    """Whether a notice takes back words the answer says, not a figure: its "not the company's chief
    executive" names what the answer's "Greystone's chief executive" does, by two words or more, its
    last (the thing named) among them."""
    for p in notice:
        for m in _TAKEN_BACK.finditer(p.text):
            words = ctx.tokenizer.term_set(m.group(1))
            last = ctx.tokenizer.term_set(m.group(1).split()[-1])
            if last and last <= said and len(words & said) >= 2:
                return True
    return False


#: words that only carry a claim's verb ("had been dismissed"): not the act it withdraws
_NOT_THE_VERB = AUXILIARIES | {"be", "been", "being"}


def _withdraws(ctx: AnswerContext, notice: Sentence, said: frozenset[str]) -> bool:
    """Whether a notice withdraws in words what the answer says, not a figure: "An earlier update said
    Dr Vell had been dismissed" of "Dr Ana Vell has been dismissed as chief executive": the claim's act
    (its first inflected verb, "dismissed") and at least one more of its terms are the answer's. A name
    alone, or the act alone, is another claim about the same person. A claim stating a figure ("said the
    papers were sent to four officials") takes back that figure, which ``_shared`` weighs: an answer
    giving another one for the same act is the one the notice says is right."""
    claim = withdrawn_claim(notice.text)
    wn = wordnet()
    if not claim or wn is None or _stated(ctx, claim):
        return False
    words = re.findall(r"[A-Za-z][\w'\u2019-]*", claim)
    verb = next((w for w in words if w.lower() not in _NOT_THE_VERB and verb_form(w)), "")
    acts = ctx.tokenizer.term_set(verb) if verb else frozenset()
    return bool(acts) and acts <= said and len(ctx.tokenizer.term_set(claim) & said) >= 2


#: the words a correction notice is written with, searched for its sentences
_NOTICE_WORDS = (
    "correction incorrectly erroneously wrongly mistakenly misstated misidentified misreported version"
)


def correction_notices(ctx: AnswerContext) -> list[Sentence]:
    """The corpus' correction notices ("Correction: ...", "... incorrectly reported ..."), found once per
    engine by a search for the words notices are written with (``WEIGHTS.notice_scan`` best sentences),
    not by reading every sentence."""
    notices = ctx.memo.get("notices")
    if not isinstance(notices, list):
        query = sorted(ctx.tokenizer.term_set(_NOTICE_WORDS))
        hits = ctx.scorer.top_k(query, WEIGHTS.notice_scan)
        notices = [ctx.sentences[h.index] for h in hits if ctx.notices[h.index]]
        ctx.memo["notices"] = notices
    return notices


def _outlet_notices(ctx: AnswerContext, doc: Document) -> list[Sentence]:
    """The correction notices in the other articles of ``doc``'s outlet (any outlet's, when it names
    none) that name it: by its
    publication date as news copy writes it ("March 3", "3 March", "Mar. 3") or by its headline. The
    corpus' notices are found once per engine, by a search for the words notices are written with
    (``correction_notices``)."""
    meta = doc.meta
    if meta.published is None and not meta.title:
        return []
    # an article that names no outlet may be any outlet's (scraped copy often drops the masthead)
    outlet = meta.source.casefold() if meta.source else None
    names = _date_names(meta.published) if meta.published is not None else []
    if meta.title:
        names.append(meta.title.casefold())
    out: list[Sentence] = []
    for s in correction_notices(ctx):
        other = ctx.documents[s.doc_id].meta
        if s.doc_id == meta.doc_id or (outlet is not None and (other.source or "").casefold() != outlet):
            continue
        text = " ".join(fold(s.text).casefold().split())
        named = names + (_weekday_names(meta.published, other.published) if meta.published else [])
        if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) for n in named):
            # its notice's other takings-back are of the same article ("The article also misstated ...")
            rest = (t for t in ctx.documents[s.doc_id].sentences if t.index != s.index and not t.heading)
            out += [s, *(t for t in rest if retracts(t.text) and t not in out)]
    return out


def _notice_part(doc: Document, s: Sentence) -> bool:
    """Whether a sentence is a correction notice or the sentence after one (what it says is right)."""
    near = (doc.sentences[i] for i in (s.index, s.index - 1) if 0 <= i < len(doc.sentences))
    return any(retracts(p.text) for p in near)


#: a number spelled as news copy writes a count ("Two people have died", "Twelve people were injured");
#: not "one", "a" or "an" (``_stated`` passes "one" over), which nearly every sentence holds without
#: counting anything
_SPELLED = re.compile(rf"\b{SPELLED_NUMBER}\b", re.I)


#: a figure a sentence states, with the terms of the nouns right after it that say what it counts
Figure = tuple[str, frozenset[str]]

#: the (at most two) words right after a number, in the same clause: what it counts
_AFTER = re.compile(r"[ \t]+([A-Za-z][\w'\u2019-]*)(?:[ \t]+([A-Za-z][\w'\u2019-]*))?")


#: a time of day written with a colon, "13:12", "9:40"; a tally of two sides written with a dash, a vote's
#: or a match's result ("voted 33-22", "won 3–1"), which no other reading of its numbers sees (neither is
#: a number on its own: ``_NUMBER`` skips a number joined to another by a dash, as in "Covid-19")
_JOINED_FIGURE = re.compile(
    r"(?<![\w:.])\d{1,2}:\d{2}(?![\w:])|(?<![\w.,:-])\d{1,3}[-\u2013]\d{1,3}(?![\w.,:-]*\d)"
)


def _stated(ctx: AnswerContext, text: str) -> frozenset[Figure]:
    """The figures a sentence states, in digits or spelled ("two people" and "2 people" alike), each
    with what it counts (the terms of the nouns among the two words after it: "three people had" ->
    "peopl"; a verb or small word says nothing of it): what a correction notice and the statement it
    takes back share."""
    out: set[Figure] = set()
    clocks = list(_JOINED_FIGURE.finditer(text))
    # a time of day or a tally is one figure ("13:12", not 13 and 12); a live entry's stamp opening it
    # ("10:48 a.m. Correction: ...") dates the entry and states nothing of the story
    out.update((m.group(), frozenset()) for m in clocks if text[: m.start()].strip())
    for m in itertools.chain(_NUMBER.finditer(text), _SPELLED.finditer(text)):
        if any(c.start() <= m.start() < c.end() for c in clocks):
            continue
        word = m.group()
        if not word[0].isdigit() and spelled_value(word) < 2:
            continue  # "one of the ...", as often no count
        values = figures(word) if word[0].isdigit() else {str(spelled_value(word))}
        after = _AFTER.match(text, m.end())
        nouns = [w for w in (after.groups() if after else ()) if w and nounish(w.lower())]
        kind = frozenset().union(*(ctx.tokenizer.term_set(w) for w in nouns))
        if not kind and (named := _NAMED_BY.search(text, 0, m.start())):
            # "Unit 2", "Gate 4", "Route 28": the number tells which one of the capitalised word's, a
            # name's part, no count of anything else ("two miles" is no "Unit 2" a notice takes back)
            kind = ctx.tokenizer.term_set(named.group(1))
        out.update((v, kind) for v in values)
    return frozenset(out)


_MONTH = "|".join(sorted({*MONTHS, *MONTH_ABBREVIATIONS}, key=len, reverse=True))
#: a day named as news copy writes it: a weekday, or a month with its day ("March 3", "3 March", "Mar. 3")
_NAMES_DAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b|\b(?:{_MONTH})\b\.?\s+\d|\d\s+(?:{_MONTH})\b", re.I)


def _unnamed_notices(ctx: AnswerContext, doc: Document) -> list[Sentence]:
    """The correction notices in the other articles of ``doc``'s outlet (a named one) that name no day
    or headline ("An earlier version of our coverage said ...", "An article in yesterday's Ledger
    said ...") and were not printed before it: notices that may take back what it says."""
    meta = doc.meta
    if not meta.source:
        return []
    outlet = meta.source.casefold()
    out: list[Sentence] = []
    for s in correction_notices(ctx):
        other = ctx.documents[s.doc_id].meta
        if s.doc_id == meta.doc_id or (other.source or "").casefold() != outlet:
            continue
        if meta.published and other.published and other.published < meta.published:
            continue
        if _NAMES_DAY.search(fold(s.text)):
            continue  # it names a day: ``_outlet_notices`` reads it
        if meta.title and meta.title.casefold() in fold(s.text).casefold():
            continue
        out.append(s)
    return out


def _weekday_names(day: date, notice: date | None) -> list[str]:
    """A day as a notice of the week after it names it ("An article published Monday"): its weekday,
    when the notice is from the six days after it (a weekday names no day further back)."""
    if notice is None or not 0 < (notice - day).days <= 6:
        return []
    return [WEEKDAYS[day.weekday()]]


def _date_names(day: date) -> list[str]:
    """A day as news copy names it, lowercased: "march 3", "3 march", "mar. 3", "mar 3"."""
    month = next(m for m, i in MONTHS.items() if i == day.month)
    short = [a for a, i in MONTH_ABBREVIATIONS.items() if i == day.month and a != month]
    out = [f"{month} {day.day}", f"{day.day} {month}"]
    for a in short:
        out += [f"{a}. {day.day}", f"{a} {day.day}"]
    return out


#: a number as written ("84", "1,200", "3.5"), not one inside a name ("Covid-19", "Dash 8-400")
_NUMBER = re.compile(r"(?<![\w-])(?:\d[\d,.]*\d|\d)(?![\w-]*\d)")

#: the capitalised word a number in digits follows right after ("Unit 2", "Route 28"): what it numbers
_NAMED_BY = re.compile(r"\b([A-Z][a-z]+)[ \t]+$")


def _expand(ctx: AnswerContext, s: Sentence, q: QuestionInfo) -> list[Sentence]:
    """The statement to quote for a chosen sentence: a quotation that runs on is kept whole, a
    sentence led by a pronoun brings the sentence that names its subject, and a correction brings the
    sentence that corrects (quoted alone, it would repeat the wrong figure as the answer)."""
    doc = ctx.documents[s.doc_id]
    parts = [s]
    own_terms = ctx.terms(ctx.rows[(s.doc_id, s.index)])
    # (a quotation opening "That ..." is the speaker's word; its attribution names the speaker, however
    # the question writes the name: "how old is luis ortega" -> '"That means ...," said ... Luis Ortega, 54.')
    named = _names(q) if OPENS_QUOTE.match(s.text) else q.entity_terms
    if _PART_OF.match(s.text) and s.index > 0:
        whole = doc.sentences[s.index - 1]
        if _quotable_neighbour(whole) and len(whole.text) + len(s.text) < WEIGHTS.quote_chars:
            # the whole with its part, across a paragraph break too (business copy gives each its own)
            return [whole, s]
    if s.index > 0 and not retracts(s.text):
        notice = doc.sentences[s.index - 1]
        joined = len(notice.text) + len(s.text) < WEIGHTS.quote_chars
        if retracts(notice.text) and notice.paragraph == s.paragraph and not notice.heading and joined:
            # what a notice says is right, with the notice: alone ("The company is cutting 1,200 jobs.")
            # it hides that the outlet first reported another figure, and that this one corrects it
            return [notice, s]
    if PRONOUN_START.match(s.text) and s.index > 0 and not (named & own_terms):
        prev = doc.sentences[s.index - 1]
        if _quotable_neighbour(prev):
            parts.insert(0, prev)
    opener = _opened_before(doc, parts[0])
    if opener is not None:
        # the sentence goes on with a quotation an earlier sentence of its paragraph opened ('"We're
        # flying blind. We can't see ...," Reyes said.'): quoted from where the quotation opens, not from
        # the middle of it with a dangling closing mark
        parts = [*doc.sentences[opener : parts[0].index], *parts]
    nxt = parts[-1].index + 1
    if nxt < len(doc.sentences) and not doc.sentences[nxt].heading:
        following = doc.sentences[nxt]
        # an open quotation runs on; or the speaker's quotation resumes right after the attribution
        resumes = (
            following.paragraph == s.paragraph
            and OPENS_QUOTE.match(following.text) is not None
            and QUOTE_MARKS.search(parts[-1].text) is not None
            and len(following.text) < 240
            # (not another's quotation: '"Our permit was followed," mill spokesman Ron Pike said.')
            and (
                not (others := speakers(following.text))
                or not set(others).isdisjoint(speakers(parts[-1].text))
            )
        )
        if leaves_quote_open(" ".join(p.text for p in parts)) or resumes:
            parts.append(following)
            # to where the quotation closes: a resumed quotation of several sentences ('"I accepted
            # defeat once. I will accept it again only when ...," he said.') is not cut after its first
            while leaves_quote_open(" ".join(p.text for p in parts)) and parts[-1].index + 1 < len(
                doc.sentences
            ):
                more = doc.sentences[parts[-1].index + 1]
                if more.heading or more.paragraph != s.paragraph:
                    break
                parts.append(more)
        elif retracts(parts[-1].text) and len(s.text) + len(following.text) < WEIGHTS.quote_chars:
            # a correction with the sentence that says what is right, across a paragraph break too (a
            # notice is often a paragraph of its own): alone it would give the wrong figure
            return [*parts, following]
    if not fits(parts, WEIGHTS.quote_chars):
        # too long or across paragraphs: the sentence alone, or with the one neighbour beside it that
        # fits (never with a sentence further off: quoted together, the two would read as one passage)
        at = next(i for i, p in enumerate(parts) if p.index == s.index)
        options = (parts[max(0, at - 1) : at + 1], parts[at : at + 2])
        parts = next((p for p in options if fits(p, WEIGHTS.quote_chars)), [s])
    return parts


def _alike(
    ctx: AnswerContext, other: list[Sentence], key: frozenset[str], parts: Sequence[Sentence]
) -> list[Sentence]:
    """Another article's sentences grown to a statement's length by their neighbours (the window of
    as many sentences as ``parts`` around them sharing most of the statement's terms ``key``, within
    one paragraph when the statement is): a statement quoted over several sentences ("US firms added
    only 146,000 jobs in January. The gain ... was below expectations of 190,000") is matched by one
    of them, and the other article, telling it in the same sentences, says all of it only with the
    rest."""
    size = len(parts)
    if len(other) >= size:
        return other
    doc = ctx.documents[other[0].doc_id]
    first, last = other[0].index, other[-1].index
    extra = size - len(other)
    one_paragraph = len({p.paragraph for p in parts}) == 1
    best, best_held = other, len(key & terms_of(ctx, other))
    for before in range(extra + 1):
        lo, hi = first - before, last + extra - before
        if lo < 0 or hi >= len(doc.sentences):
            continue
        window = list(doc.sentences[lo : hi + 1])
        if any(p.heading for p in window) or (one_paragraph and len({p.paragraph for p in window}) > 1):
            continue
        held = len(key & terms_of(ctx, window))
        if held > best_held:
            best, best_held = window, held
    return best


def _outside(grown: Sequence[Sentence], first: Sequence[Sentence]) -> list[Sentence]:
    """The sentences a grown window added to ``first``, as one quote (the nearest alone if they are
    too long together)."""
    have = {p.index for p in first}
    added = [p for p in grown if p.index not in have]
    if fits(added, WEIGHTS.quote_chars):
        return added
    return added[:1] if added and added[0].index > first[-1].index else added[-1:]


def _published(ctx: AnswerContext, s: Sentence) -> int | None:
    d = ctx.documents[s.doc_id].meta.published
    return d.toordinal() if d is not None else None


#: a statement the article marks as said before another ("Police initially said three people had died"):
#: an adverb of sequence before a verb of saying, which only a later statement of the same thing follows
_SAID_FIRST = re.compile(
    r"\b(?:initially|originally|at\s+first|first|earlier)\s+(?:had\s+)?"
    r"(?:said|says|reported|stated|put|gave|estimated|counted|announced|told)\b",
    re.I,
)
#: the verbs revising a figure said before ("revised the toll to five"), and those of a figure's change
#: ("the toll had risen to nine"), which ``_SAID_LATER`` and ``_REPLACED`` share
_REVISED = "revised|updated|raised|lowered"
_CHANGED = "risen|rose|climbed|grown|grew|increased|jumped|fallen|fell|dropped"
#: a count found, confirmed or changed since a first account ("a survey had found 52", "has risen to 17")
_FOUND_SINCE = re.compile(
    rf"\b(?:found|finds|counted|confirmed|established|{_REVISED}|{_CHANGED}|corrected)\b|\bnow\b", re.I
)
#: a source's present account, set against what it said before ("Caldera now says 17 depots are affected")
_NOW_SAYS = re.compile(
    r"\bnow\s+(?:says|said|reports|reported|confirms|confirmed|puts|estimates|estimated|counts)\b", re.I
)
#: a statement the article marks as said after another ("They later said five had died", "officials
#: revised the toll to five", a source that "now says" (``_NOW_SAYS``)), or as a figure's change from an
#: earlier one ("the toll had risen to nine")
_SAID_LATER = re.compile(
    r"\b(?:later|since|subsequently|then)\s+(?:had\s+)?(?:said|reported|stated|put|gave|announced|told|"
    rf"{_REVISED}|corrected)\b|\b(?:{_REVISED})\s+(?:\w+\s+){{0,3}}?to\b"
    rf"|\b(?:{_CHANGED})\s+to\b|{_NOW_SAYS.pattern}",
    re.I,
)


#: the figure a statement says it replaces: the one a change came from ("up from the figure of 12 given on
#: the day", "revised the toll from nine to 11", "has risen from 12"), up to where the new one is given
_REPLACED = re.compile(
    rf"\b(?:up|down|{_REVISED}|{_CHANGED}|reduced|cut|corrected|changed|rising|falling)\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?"
    # (a thousands separator is no end: "up from its earlier figure of 3,400")
    r"from\s+((?:[^,;:()]|,(?=\d{3})){1,60}?)(?=\s+to\b|,(?!\d{3})|[;:()]|\.(?:\s|$)|$)",
    re.I,
)


#: the figure a statement sets its own above or below as the one told first ("17 contracts ..., more than
#: the at least 12 first reported"): the comparison alone ("more than 300 homes") is a hedge, not a
#: revision, so the first account must be named as such
_EXCEEDS_FIRST = re.compile(
    r"\b(?:more|fewer|less|higher|lower|greater)\s+than\s+(?:the\s+)?((?:[^,;:()]|,(?=\d{3})){1,40}?)\s+"
    r"(?:first|initially|originally|earlier|previously)\s+(?:reported|given|stated|said|announced|put)\b",
    re.I,
)


def _replaced(text: str) -> frozenset[str]:
    """The figures a statement says it replaces ("up from the figure of 12 given on the day": 12; "more
    than the at least 12 first reported": 12)."""
    found = [*_REPLACED.finditer(text), *_EXCEEDS_FIRST.finditer(text)]
    return frozenset().union(*(figures(m.group(1)) for m in found))


#: a figure said to be changed to a new one by whoever gives it, the new figure and the word after it
#: ("raised its estimate of the oil spilled to 4,200 tonnes", "increased the reward for information
#: leading to their capture to £40,000"): the verb and the "to" before a figure, a few words apart; the
#: verb says which way it went (up, down, or either: "revised")
_UP = "raised|increased|risen|rose|climbed|grown|grew|jumped|doubled"
_DOWN = "lowered|reduced|fallen|fell|dropped|halved"
_CHANGED_TO = re.compile(
    rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN})|revised|updated)\s+(?P<what>(?:[\w'\u2019-]+\s+){{0,8}}?)to\s+"
    r"(?P<fig>(?P<sign>[$\u00a3\u20ac]?)\d[\d,.]*(?:\s+(?:million|billion|thousand|m|bn)\b)?)"
    r"(?:\s+(?P<unit>[a-z]+))?",
    re.I,
)
#: a figure as a text writes it, with its currency sign and the word after it ("£20,000", "3,500 tonnes")
_FIGURE_UNIT = re.compile(
    r"(?P<fig>(?P<sign>[$\u00a3\u20ac]?)\d[\d,.]*(?:\s+(?:million|billion|thousand|m|bn)\b)?)"
    r"(?:\s+(?P<unit>[a-z]+))?",
    re.I,
)


def _kind(m: re.Match[str]) -> str:
    return m.group("sign") or (m.group("unit") or "").lower()


def _value(written: str) -> float | None:
    got = figures(written)
    return float(max(got, key=float)) if got else None


def _changed_thing(text: str, m: re.Match[str]) -> str:
    """What a change (``_CHANGED_TO`` in ``text``) says was changed: the words between its verb and its
    "to" ("its estimate of the oil spilled", "the daily cargo limit for the port"), or where the verb
    takes none ("has risen to 15") the clause before it ("The number of people killed in the crush ...
    has"), each up to its first preposition but "of": what follows another says whose or where it is
    ("for the port"), not what is counted."""
    words = m.group("what").split() or re.split(r"[,;:()]", text[: m.start()])[-1].split()
    cut = next(
        (i for i, w in enumerate(words) if w.lower() in PREPOSITIONS and w.lower() != "of"), len(words)
    )
    return " ".join(words[:cut])


def _names_figure(ctx: AnswerContext, thing: str, answer_text: str, asked: frozenset[str]) -> bool:
    """Whether what a change says was changed (``_changed_thing``) is the thing the answer's figure
    counts: it shares a term with the question (``asked``: "oil" of "its estimate of the oil spilled"
    for "how many tonnes of oil leaked") or with the words the answer writes beside its figure
    (``AnswerWeights.revision_naming_window``: "reward" of "a reward of £15,000"). A change of another
    figure of the story in the same unit ("raised the daily cargo limit for the port to 5,000 tonnes"
    beside "3,500 tonnes of crude oil leaked") is no revision of it."""
    named = ctx.tokenizer.term_set(thing)
    if named & asked:
        return True
    words = answer_text.split()
    for i, w in enumerate(words):
        if figures(w):
            span = WEIGHTS.revision_naming_window
            near = " ".join(words[max(0, i - span) : i + span + 1])
            if named & ctx.tokenizer.term_set(near):
                return True
    return False


def _changed_to_kind(
    text: str,
    answer_text: str,
    given: frozenset[str],
    named: Callable[[str], bool] = lambda thing: True,
) -> str:
    """The kind of figure ``text`` says was changed to a new one (``_CHANGED_TO``) where that is the kind of
    one the answer gives (of ``given``, its asked figures, when it has them): the same currency, or the
    same word after it ("to 4,200 tonnes" of "about 3,500 tonnes of crude"), the change going the way its
    verb says from the answer's figure ("raised ... to 4,200 tonnes" is no revision of "85,000 tonnes")
    and by less than ``AnswerWeights.revision_factor``; "" when none is. Whose figure it is the caller
    checks (the answer's story)."""
    olds: dict[str, list[float]] = {}
    for m in _FIGURE_UNIT.finditer(answer_text):
        value = _value(m.group("fig"))
        if _kind(m) and value is not None and (not given or not figures(m.group("fig")).isdisjoint(given)):
            olds.setdefault(_kind(m), []).append(value)
    for m in _CHANGED_TO.finditer(text):
        new = _value(m.group("fig"))
        if new is None or not named(_changed_thing(text, m)):
            continue
        for old in olds.get(_kind(m), []):
            wrong_way = (m.group("up") and new <= old) or (m.group("down") and new >= old) or new == old
            # (a figure many times another is another measure of the story: a share price of "$41.20"
            # beside a market value of "$900 million")
            if not wrong_way and max(new, old) <= WEIGHTS.revision_factor * min(new, old):
                return _kind(m)
    return ""


def _replaces(a: str, b: str) -> bool:
    """Whether statement ``a`` says it replaces a figure ``b`` gives ("17 people were arrested, up from
    the figure of 12 given on the day" of "at least 12 people were arrested"): it is the later report,
    whoever printed the two and whether or not either is dated (it says so itself), unless ``b`` says
    the same of one of ``a``'s figures."""
    old = _replaced(a)
    if not old or not old & figures(b) or figures(a) - old <= figures(b):
        return (
            False  # (``b`` giving the figure ``a`` says it became tells the same change: "cut from 11 to 7")
        )
    return not _replaced(b) & figures(a)


def _entry_clock(ctx: AnswerContext, s: Sentence) -> int | None:
    """The time of day (minutes) of the live blog entry holding a sentence: the stamp opening its
    paragraph or the nearest one before it (an entry may run on for paragraphs), when the article's
    stamps run one way (``entry_stamps``); None in an article without them."""
    doc = ctx.documents[s.doc_id]
    stamps = ctx.remembered(
        "entry_stamps", s.doc_id, lambda: entry_stamps([p for p in doc.sentences if not p.heading])
    )
    held = [p for p in stamps if p <= s.paragraph]
    return stamps[max(held)] if held else None


def _later(ctx: AnswerContext, a: Sequence[Sentence], b: Sequence[Sentence], by_date: bool) -> bool:
    """Whether statement ``a`` is known to be stated after ``b``. In one article, as the article orders
    them: its live entries' stamps ("14:40 GMT" after "12:20 GMT"), or a statement marked as the first
    ("initially said three") before any other, a later one ("later said five", "revised the toll to
    five", "has risen to five") after one not so marked, wherever the article writes them. Across
    articles (``by_date``), by publication date, both dated: an undated statement is never later nor
    earlier than another (it could be either), unless it is marked as the first said ("had earlier
    said at least 12"), which a report of its article replaced. In one article or two, dated or not,
    a statement giving the other's figure as the one it replaces ("up from 12", ``_replaces``) is the
    later."""
    sa, sb = a[0], b[0]
    ta, tb = join_parts(a), join_parts(b)
    fwd = _replaces(ta, tb)
    if fwd or _replaces(tb, ta):
        return fwd
    if sa.doc_id != sb.doc_id:
        da, db = _published(ctx, sa), _published(ctx, sb)
        if da is not None and db is not None and (by_date or da < db):
            return da > db  # a report is never later than one its article's date puts after it
        # either undated, or the question asks of the past (no date then orders them): a statement marked
        # as the one first said ("The agency had earlier said at least 12 people died") was since
        # replaced, by any other report of it (unless it tells the later account beside it: "has risen
        # to 15 ... Police had initially said at least 11" is the revision); a dated statement saying its
        # figure was changed to the one it gives ("increased the reward ... to £40,000") follows an
        # undated one telling no change, which it revises (an undated report telling a change is put
        # after no other by it: the change it tells may be from a figure given before that one)
        if _SAID_FIRST.search(tb) and not _SAID_FIRST.search(ta) and not _tells_change(tb):
            return True
        return da is not None and db is None and _tells_change(ta) and not _tells_change(tb)
    ca, cb = _entry_clock(ctx, sa), _entry_clock(ctx, sb)
    if ca is not None and cb is not None and ca != cb:
        return ca > cb
    if _SAID_FIRST.search(tb) and not _SAID_FIRST.search(ta):
        return True
    return bool(_SAID_LATER.search(ta)) and not _SAID_LATER.search(tb)


def _tells_change(text: str) -> bool:
    """Whether a statement says its figure is a later account than another: revised, risen, now said
    (``_SAID_LATER``) or changed to it (``_CHANGED_TO``)."""
    return _SAID_LATER.search(text) is not None or _CHANGED_TO.search(text) is not None


def _revises(
    ctx: AnswerContext,
    s: Sentence,
    answer: Sentence,
    answer_text: str,
    given: frozenset[str] = frozenset(),
    asked: frozenset[str] = frozenset(),
) -> bool:
    """Whether sentence ``s`` says it revises the answer's figure: it gives that figure as the one it
    replaces ("17 people were arrested ..., up from the figure of 12 given on the day", ``_replaces``),
    in any article; or, in the answer's own article and stated after it (``_later``: a live blog's later
    entry), the same source gives its present account ("11:15 Caldera National Rail now says 17 depots are
    affected" after "08:05 Caldera National Rail says at least 12 depots remain shut"): every name
    before its "now says" is one the answer writes. Such a sentence is a version of the answer's count
    however it words the rest (a source revising its count need not repeat how it first put it). In
    another article, a report after the answer's (``_later``: by date, or beside an undated answer, by
    its own words)
    saying a figure of the answer's kind was changed to its own ("raised its estimate of the oil spilled
    to 4,200 tonnes" of "about 3,500 tonnes of crude had leaked", ``_changed_to_kind``) of the answer's
    story (``AnswerWeights.revision_shared`` of its words at least: "the National Environment Agency")
    revises it too."""
    if _replaces(s.text, answer_text) and (not given or not _replaced(s.text).isdisjoint(given)):
        return True
    kind = (
        ""
        if s.doc_id == answer.doc_id or _tells_change(answer_text)
        else _changed_to_kind(
            s.text, answer_text, given, lambda thing: _names_figure(ctx, thing, answer_text, asked)
        )
    )
    if kind:
        # (the unit both write is no word of the story: "81 percent backed a walkout" and "availability
        # had fallen to 71 percent" share only their unit and the strike)
        shared = _said(ctx, [s]) & _said(ctx, [answer]) - ctx.tokenizer.term_set(kind)
        if len(shared) >= WEIGHTS.revision_shared and _later(ctx, [s], [answer], True):
            return True
    if s.doc_id != answer.doc_id or _NOW_SAYS.search(answer_text):
        return False
    now = _NOW_SAYS.search(s.text)
    speakers = name_runs(s.text[: now.start()]) if now is not None else []
    return bool(speakers) and all(n in answer_text for n in speakers) and _later(ctx, [s], [answer], False)


#: a statement written with a label before its quote ("Earlier: “…”", "The Ledger reported: “…”", "Also
#: reported: “…”"): the label, then the quoted words
_LABELLED = re.compile(r"^[^\u201c\u201d]{1,80}?: \u201c(?P<quote>.*)\u201d$", re.S)


def statement_quote(text: str) -> str:
    """A statement's own words: its quote without the label a version or a confirmation is written with
    (``_version_label``), which says how it stands to the answer, not what its source says."""
    m = _LABELLED.match(text)
    return m.group("quote") if m else text


def _version_label(ctx: AnswerContext, answer: Sequence[Sentence], v: Sequence[Sentence]) -> str:
    """How a version of the answer stands to it, written before its quote, so the reader tells a figure
    that changed from one that differs, each cited to its own source: "Earlier: " (or "Later: ", where
    the answer leads as a question of the past asks) for a figure the text orders before the answer's
    (``_later`` undated: "up from 12", "initially said", a live blog's stamps, "now says"), or the same
    outlet's article dated before it; another outlet's figure is "<Outlet> reported earlier: " (later)
    by the articles' dates, "<Outlet> reported: " where no date orders them (an undated report is neither
    newer nor older); else nothing."""
    if _later(ctx, answer, v, False):
        return "Earlier: "
    if _later(ctx, v, answer, False):
        return "Later: "
    outlet = ctx.documents[v[0].doc_id].meta.source
    own = ctx.documents[answer[0].doc_id].meta.source
    when = "earlier" if _later(ctx, answer, v, True) else "later" if _later(ctx, v, answer, True) else ""
    if outlet and own and outlet != own:
        return f"{outlet} reported {when}: " if when else f"{outlet} reported: "
    return f"{when.capitalize()}: " if when else ""


def _ordered(ctx: AnswerContext, a: Sentence, b: Sentence) -> bool:
    """Whether one article's two statements are ordered by it (``_later`` one way or the other)."""
    return _later(ctx, [a], [b], False) or _later(ctx, [b], [a], False)


def _joined(
    first: list[Sentence], versions: list[list[Sentence]]
) -> tuple[list[Sentence], list[list[Sentence]]]:
    """The answer and its versions, a version of the answer's own article that shares a sentence with
    it (brought along for its pronoun: "Police initially said three people had died. They later said
    five ...") joined to it in one quote, which orders the two as the article does; too long for one
    quote, the version keeps only its own sentences."""
    out: list[list[Sentence]] = []
    for v in versions:
        held = {(p.doc_id, p.index) for p in first}
        if not any((p.doc_id, p.index) in held for p in v):
            out.append(v)
            continue
        grown = sorted({p.index: p for p in [*first, *v]}.values(), key=lambda p: p.index)
        if fits(grown, WEIGHTS.quote_chars) and grown[-1].index - grown[0].index == len(grown) - 1:
            first = grown
        else:
            out.append([p for p in v if (p.doc_id, p.index) not in held])
    return first, out


def _newest_candidate(ctx: AnswerContext, best: Candidate, cands: list[Candidate]) -> Candidate | None:
    """The best-ranked candidate of the newest dated article that answers nearly as well as ``best``
    (``AnswerWeights.latest_ratio`` of its score, the question's share of words and names a further
    statement needs), when that article is dated after ``best``'s; None else, and when ``best``'s
    article is undated (it may be the latest itself). A story's newest turn tells the latest, though its
    main report names the topic more."""
    was = _published(ctx, best.sentence)
    if was is None:
        return None
    floor = WEIGHTS.latest_ratio * best.score
    fit = [
        c
        for c in cands[1:]
        if c.score >= floor
        and c.coverage >= WEIGHTS.abstain_coverage
        and c.names >= WEIGHTS.min_names
        and _published(ctx, c.sentence) is not None
    ]
    if not fit:
        return None
    newest = max(fit, key=lambda c: _published(ctx, c.sentence) or 0)
    day = _published(ctx, newest.sentence) or 0
    if day <= was:
        return None
    return next(c for c in fit if _published(ctx, c.sentence) == day)


def _newest_first(ctx: AnswerContext, chosen: list[list[Sentence]]) -> list[list[Sentence]]:
    """A digest's statements newest first where the coverage dates its articles (undated ones keep their
    rank), and a live blog's entries, in the places its article's statements take, by their stamps
    (the 14:40 update before the 12:20 entry it revises)."""
    out = sorted(chosen, key=lambda ps: -(_published(ctx, ps[0]) or 0))
    places: dict[str, list[int]] = {}
    for i, ps in enumerate(out):
        places.setdefault(ps[0].doc_id, []).append(i)
    for at in places.values():
        clocks = [_entry_clock(ctx, out[i][0]) for i in at]
        if len(at) > 1 and all(c is not None for c in clocks):
            entries = sorted((out[i] for i in at), key=lambda ps: -(_entry_clock(ctx, ps[0]) or 0))
            for i, ps in zip(at, entries, strict=True):
                out[i] = ps
    return out


def _newest(
    ctx: AnswerContext, first: list[Sentence], versions: list[list[Sentence]], by_date: bool
) -> list[Sentence]:
    """Of an answer and its versions, the one stated after every other (``_later``), else the answer:
    an undated one could be the latest, so the answer keeps its place beside it."""
    every = [first, *versions]
    top = next((v for v in every if all(v is w or _later(ctx, v, w, by_date) for w in every)), None)
    if top is not None:
        return top
    # no one statement is known to follow every other (an undated one could be either): the answer keeps
    # its place unless a version is known to follow it, which then leads, the first such that no other is
    # known to follow ("risen to 17" after "Police had initially said at least 12", beside an undated
    # live blog's "at least nine": a figure known to be replaced does not lead)
    return next(
        (
            v
            for v in versions
            if _later(ctx, v, first, by_date)
            and not any(w is not v and _later(ctx, w, v, by_date) for w in every)
        ),
        first,
    )


def _similar(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    # (the union's size from the sizes: a statement is compared with a score of sentences, each set made
    # only to be counted)
    inter = len(a & b)
    union = len(a) + len(b) - inter
    return max(inter / union, inter / min(len(a), len(b)) * 0.85 if min(len(a), len(b)) >= 6 else 0.0)


#: a question asking about the past ("how many workers did it employ"), whose answer need not be the latest
_ASKS_PAST = re.compile(r"\b(?:did|was|were|had|used to)\b(?:\s+([a-z]+))?", re.IGNORECASE)


#: a question asking for a figure as first given ("how many tonnes leaked at first", "when the outbreak was
#: first reported"), which a later revision does not answer
_ASKS_FIRST = re.compile(
    r"\b(?:at first|initially|originally|first (?:reported|said|given|announced|estimated|stated|put))\b",
    re.I,
)


def _asks_first(question: str) -> bool:
    """Whether a question asks for a figure as it was first given (``_ASKS_FIRST``): the answer chosen
    keeps its place before any later revision of it."""
    return _ASKS_FIRST.search(question) is not None


def _asks_past(question: str) -> bool:
    """Whether a question asks how something stood in the past (``_ASKS_PAST``), not for the count or
    sum of what an event did, asked in the passive ("how many were hurt", "how many workers were
    injured", "how much was the firm fined") or the past perfect ("how many had died"): those only later
    reports revise (a toll's later count is the better one, not another time's), so the latest report
    leads as for the present."""
    wn = wordnet()
    if wn is None:
        return _ASKS_PAST.search(question) is not None
    last = re.findall(r"[a-z]+", question.lower())[-1:]
    for m in _ASKS_PAST.finditer(question):
        verb, after = m.group(0).split()[0].lower(), (m.group(1) or "").lower()
        if verb in ("was", "were") and (
            any(pos == "v" for pos, _ in wn.lemmas(after)) or (last and participle(last[0], wn))
        ):
            continue
        if verb == "had" and participle(after, wn):
            continue
        return True
    return False


#: a quotation: its words up to the closing mark, or to the end when it runs on into the next paragraph
_QUOTED = re.compile(r'["\u201c\u00ab]([^"\u201c\u201d\u00ab\u00bb]{20,})(?:["\u201d\u00bb]|$)')


def _claim_terms(ctx: AnswerContext, quote: str, key: frozenset[str]) -> frozenset[str]:
    """What another outlet must say to share a statement's citation: a quotation's own words when the
    statement quotes someone (outlets attribute the same words differently: "Rutte told CBS" and "Rutte
    stated"), else all of the statement's words."""
    quoted = frozenset(t for m in _QUOTED.finditer(quote) for t in ctx.tokenizer.tokens(m.group(1))) & key
    return quoted if len(quoted) >= WEIGHTS.merge_terms else key


#: a name of two words or more and the post set beside it, up to the word joining what it is held in
#: ("Ann Dorsey, head of the ...", "Raul Fenn, the former chief operating officer at ..."): the post's
#: last word, its head (an apposition closed by a comma too: "Ann Dorsey, the agency's director, said")
_APPOSED = re.compile(
    r"\b[A-Z][\w'\u2019-]+\s+[A-Z][\w'\u2019-]+,\s+(?:the\s+|an?\s+)?(?:[a-z][\w'\u2019-]*\s+){0,3}?"
    r"([a-z][\w'\u2019-]*)(?:\s+(?:of|at|for|with)\b|,)"
)


#: a word of a text as written, with a sum's sign and digits ("$310m", "Twelve", "1,200")
_WRITTEN_WORD = re.compile(r"[$\u00a3\u20ac]?[\w'\u2019.,-]*\w")


def _figure_terms(ctx: AnswerContext, text: str) -> frozenset[str]:
    """The terms of the words a text writes its figures in ("Twelve", "$310m", "1.2 million"): each
    outlet spells a figure its own way, and ``agree`` compares figures by value, so what another outlet
    must also say of a statement is its other words (its figures it must give too, by value)."""
    return frozenset(
        t
        for w in _WRITTEN_WORD.findall(text)
        if figures(w) or w.lower() in SPELLED_SCALES
        for t in ctx.tokenizer.tokens(w)
    )


def _posts(ctx: AnswerContext, quote: str) -> frozenset[str]:
    """The terms of the posts a statement sets beside the names it gives (``_APPOSED``): who it says
    they are, which another outlet must say too to be cited for it (one naming the person "of the
    unit" does not say they head it). A head WordNet knows mostly as a verb is no post ("In Dunmore,
    police said")."""
    heads = (m.group(1) for m in _APPOSED.finditer(quote))
    return frozenset(t for w in heads if nounish(w) for t in ctx.tokenizer.term_set(w))


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text).lower()))


def _quoted_words(quote: str) -> list[str]:
    """A statement's quotations, as plain words: what the speaker said, word for word."""
    return [w for m in _QUOTED.finditer(quote) if len((w := _plain(m.group(1))).split()) >= 4]


def _quotes(quoted: list[str], text: str) -> list[str]:
    """The statement's quotations a sentence quotes word for word ("The Ukrainians are really close to
    the American position," inside another outlet's longer quotation of Rutte, for Rutte pointed out
    that Ukraine is "really close to the American position"), or at least half of a long one, in runs
    of ``AnswerWeights.quote_run`` words (outlets cut one quotation differently: "He added that the
    administration would not 'continue with this endeavor for weeks and months on end…'" for "'We're
    not going to continue with this endeavor for weeks and months on end.'"): the same words of the
    same speaker, however each outlet frames them. Only these are said by that outlet; the rest of the
    statement (its other quotations, its own words around them) must be said too (``_frame_held``)."""
    if not any(quoted):  # most statements quote no one: the sentence is not read
        return []
    plain = f" {_plain(text)} "
    found = [w for w in quoted if w and f" {w} " in plain]
    n = WEIGHTS.quote_run
    words = plain.split()
    runs = {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}
    for w in quoted:
        said = w.split()
        if w in found or len(said) < 2 * n:
            continue  # a short quotation is quoted whole or not at all
        starts = len(said) - n + 1
        if 2 * sum(tuple(said[i : i + n]) in runs for i in range(starts)) >= starts:
            found.append(w)
    return found


def _frame_held(told: frozenset[str], quoted: frozenset[str], held: frozenset[str]) -> bool:
    """Whether another outlet's sentence (its terms ``held``), quoting some of a statement's quotations
    (their terms ``quoted``, none when it quotes none), says what the statement says: of its words that
    are not names nor attribution (``told``), the share ``AnswerWeights.says_same_told`` is quoted or
    held. 'The mayor said the city would "keep funding this tram project" only if the state paid half'
    is not said by an outlet quoting "keep funding this tram project" alone; "Rutte told CBS" is by one
    writing "Rutte stated" before the same words."""
    return len(told & (held | quoted)) >= WEIGHTS.says_same_told * len(told)


def _speech_terms(ctx: AnswerContext, quote: str) -> frozenset[str]:
    """The terms of the words framing a statement's quotations that tell how the speaker said them:
    outside the quotation marks, verbs of communication in their most frequent sense (WordNet's: "pointed
    out", "stressed", "vowed"). Each outlet frames the same quoted words with its own ("Ferris pointed
    out that ..." / "Ferris told the radio station"), which is no part of what the words say."""
    wn = wordnet()
    if wn is None:
        return frozenset()
    frame = _QUOTED.sub(" ", quote)
    return frozenset(
        t
        for w in _LOWER_WORD.findall(frame)
        if VERB_COMMUNICATION in wn.sense_classes(w, "v")
        for t in ctx.tokenizer.term_set(w)
    )


def _told(ctx: AnswerContext, words: dict[str, float], doc_id: str) -> float:
    """The share of ``words`` (each weighing its idf) that a document or its headline holds: whether
    it tells the same story (outlets reporting one event share its rare words, a storm's name, a
    town's)."""
    total = sum(words.values())
    if not total:
        return 1.0
    held = document_terms(ctx, doc_id) | title_terms(ctx, doc_id)
    return sum(w for t, w in words.items() if t in held) / total


#: what a sentence says beside its story: a hedge on its figure ("at least 12", "about 400") and its
#: closing attribution naming who told it (", police said.", ", the county fire marshal said."):
#: outlets reporting one event hedge its figures and source them each their own way
_BESIDE_STORY = re.compile(
    r"\b(?:at\s+least|at\s+most|about|around|roughly|nearly|almost|more\s+than|fewer\s+than|less\s+than|"
    rf"up\s+to|an\s+estimated)\s+(?=\d|{SPELLED_NUMBER}\b)"
    r"|,[^,]{1,60}?\b(?:said|says|told\s+\w+|added)\W*$",
    re.I,
)


def _story(ctx: AnswerContext, q: QuestionInfo, first: Sequence[Sentence]) -> dict[str, float]:
    """The answer's own words (not the question's, not its figures), each weighing its idf: what the
    same story tells too (``_told``). A correction notice quoted with the answer tells of the outlet's
    error ("An earlier version of a TechFront story reported ..."), not the story: its words are left
    out."""
    told = [p for p in first if not retracts(p.text)] or list(first)
    return {t: ctx.scorer.idf(t) for t in _said(ctx, told) - set(q.terms)}


def _said(ctx: AnswerContext, parts: Sequence[Sentence]) -> frozenset[str]:
    """What a statement says of its story: its terms but its figures and the words it says beside the
    story (``_BESIDE_STORY``: a hedge on its figure, its closing attribution)."""
    own = frozenset(t for p in parts for t in ctx.tokenizer.tokens(_BESIDE_STORY.sub(" ", p.text)))
    return frozenset(t for t in terms_of(ctx, parts) & own if not figures(t))


def _revised(ctx: AnswerContext, chosen: list[list[Sentence]], q: QuestionInfo) -> list[list[Sentence]]:
    """A digest's statements, each that its own article revises later (``_later``: a live blog's later
    entry saying the same with other figures, "Seventeen people were injured in the explosion" after "At
    least 12 people were injured in the explosion") replaced by its latest revision, and each a notice
    takes back (``_correcting``) by the notice with what it says is right: a digest of how a story stands
    does not lead with a figure its article has since corrected."""
    taken = {(p.doc_id, p.index) for ps in chosen for p in ps}
    out: list[list[Sentence]] = []
    for ps in chosen:
        notice = _correcting(ctx, ps, q)
        if notice and not taken.intersection((p.doc_id, p.index) for p in notice):
            taken.update((p.doc_id, p.index) for p in notice)
            out.append(notice)
            continue
        quote, words = join_parts(ps), _said(ctx, ps)
        doc_id = ps[0].doc_id
        sentences = ctx.documents[doc_id].sentences
        # (read by row first: a document's rows are consecutive, and its few sentences saying the same
        # are made into Sentences, not all of its others)
        first = ctx.rows[(doc_id, 0)]
        need = WEIGHTS.says_same * len(words)
        revisions = [
            [s]
            for i in range(len(sentences))
            if (doc_id, i) not in taken
            and ctx.quotable[row := first + i]
            and len(words & ctx.terms(row)) >= need  # (set sums first: cheap)
            and not (s := sentences[i]).heading
            and differ(quote, s.text)
            and not conflict(quote, s.text)
            and _later(ctx, [s], ps, False)
        ]
        latest = _newest(ctx, ps, revisions, False) if revisions else ps
        taken.update((p.doc_id, p.index) for p in latest)
        out.append(latest)
    return out


def _same_title(ctx: AnswerContext, a: str, b: str) -> bool:
    """Whether two documents carry one title: parts of one story (an article's pages or sections)."""
    ta, tb = ctx.documents[a].meta.title, ctx.documents[b].meta.title
    return bool(ta) and ta == tb


def _versions(
    q: QuestionInfo,
    best: Candidate,
    first: list[Sentence],
    story: dict[str, float],
    cands: list[Candidate],
    ctx: AnswerContext,
) -> list[list[Sentence]]:
    """Other outlets' answers to a "how many X" giving another count of X than the chosen answer
    ("Power was cut to 3,200 homes" beside "About 4,100 homes lost power"): each is quoted as a
    statement of its own with its own citation, so that the reader sees the reports differ. A
    candidate is one when it answers the question as well (``answers``: its number counts X), holds
    what the question asks about X (one of its other words, when it has any: "45 million people ...
    use a mobile" does not count the people "out of work") and enough of the words describing X,
    states no other month or place than the answer, shares none of the numbers counting X that the
    answer (or a version before it) gives (a sentence that only adds a detail shares them), and is
    from a document telling the same story (``_told`` of ``story``, the answer's own words). Other
    kinds of answer (a date, a name) are told from a sentence's other dates and names by no
    pattern, so only the same statement with other facts is a version of theirs (``compose``)."""
    if q.kind == "number" and not q.counted and q.measure in ("", "money", "percent"):
        return _amount_versions(q, best, first, cands, ctx)
    if q.kind != "number" or not q.counted or q.measure:
        return []
    answer = join_parts(first)
    counted = {q.counted, *q.counted_with}
    asked = [t for t in q.terms if t not in counted and not is_name(q, t)]
    q_counts = counting(q)
    # the act the question asks of X that the answer says in its own words ("died", a word WordNet knows
    # only as a verb): a version says it too, in any of its words (a count of X that says no such act,
    # "carrying 131 people", counts X doing something else; a noun or an adjective, "deals",
    # "affected", an outlet may word otherwise)
    answer_terms = terms_of(ctx, first)
    held = [t for t in asked if _only_verb(q.term_words.get(t, t)) and credit(q, t, answer_terms) >= 1.0]
    # the act's own family ("died": "death", "dying"): a report telling the count by its noun ("the
    # death toll rose to 17") says the act, where a synonym may say another ("gained" ~ "reached")
    family = {t: _act_family(ctx, q.term_words.get(t, t)) for t in held}
    described = counted_words(answer, q_counts, ctx.tokenizer, WEIGHTS.count_window)

    def says(t: str, terms: frozenset[str]) -> bool:
        return credit(q, t, terms) >= 1.0 or not family.get(t, frozenset()).isdisjoint(terms)

    def keep(c: Candidate) -> bool:
        terms = ctx.terms(c.row)
        if asked and not any(says(t, terms) for t in asked):
            return False  # said in its own words (a synonym may say something else: "gained" ~ "reached")
        if any(credit(q, t, terms) <= 0 and not says(t, terms) for t in held):
            return False  # "carrying 131 people" counts no one who "died", which the answer's count does
        if sum(credit(q, t, terms) > 0 for t in q.counted_with) < WEIGHTS.version_described * len(
            q.counted_with
        ):
            return False  # "340 million mobile users" counts no "net users"
        # "337,000 jobs in October" is no version of January's count; another story's count: "80 libraries"
        # at Harvard for Chicago's "six libraries" (a count describing the thing as the answer does,
        # "roughly 400,000 SparkBlocks magnetic building sets", is of the same thing, however the rest of
        # its story is told)
        text = c.sentence.text
        return not conflict(answer, text) and (
            _told(ctx, story, c.sentence.doc_id) >= WEIGHTS.version_story
            or bool(described & counted_words(text, q_counts, ctx.tokenizer, WEIGHTS.count_window))
            # or its headline names the answer's story and it tells the count in one of the answer's
            # own words ("40,000 containers were stuck at the port" beside "22,000 containers remain
            # stuck at the port's terminals"), or says the act asked that the answer says ("17 people
            # died" beside "The agency had earlier said at least 12 people died", an answer whose own
            # words tell no story but its headline's): outlets covering one event word its story
            # differently
            or (
                bool(headline_names & _title_names(ctx, c.sentence.doc_id))
                and (bool(held) or not story.keys().isdisjoint(ctx.terms(c.row)))
            )
            # or it says what the question asks of X (every one of its other words, one at least beside
            # the name: "collapsed") at the event the answer names, by the same name of several words
            # ("after 16 runners collapsed on the course" of "the Kestrel City Marathon" beside "Fourteen
            # runners collapsed during the Kestrel City Marathon"): outlets tell the event's own story
            # each their way, but name it alike (a count saying nothing of X but the name's words, "how
            # many staff does the trust have": "9:05 a.m. Staff at the North Marrow Health Trust have
            # been called to ...", counts something else)
            or _of_named_event(ctx, q, asked, terms, event_names & _event_names(text))
        )

    headline_names = _title_names(ctx, best.sentence.doc_id) - set(q.terms)
    event_names = _event_names(answer)

    def counts(text: str) -> frozenset[str]:
        return frozenset(counted_numbers(text, q_counts, ctx.tokenizer, WEIGHTS.count_window))

    return _rivals(q, best, cands, ctx, answer, counts(answer), counts, keep)


def _act_family(ctx: AnswerContext, word: str) -> frozenset[str]:
    """The index terms of a verb-only act's own family in WordNet (its base form and derived forms:
    "died" -> "die", "death", "dying") and of the verbs causing or entailing it ("killed"), no synonym:
    the noun a report counts the act by ("the death toll") or the act that brings it about ("people
    killed") says that act, where a synonym may say another ("gained" ~ "reached")."""
    wn = wordnet()
    if wn is None:
        return frozenset()
    words = wn.related(word, synonyms=False) | wn.implying(word)
    return frozenset(t for w in words for t in ctx.tokenizer.term_set(w))


def _only_verb(word: str) -> bool:
    """Whether WordNet knows a word only as a verb's form ("died", "withdrew"; not "deals", "affected")."""
    wn = wordnet()
    kinds = {pos for pos, _ in wn.lemmas(word.lower())} if wn is not None else set()
    return kinds == {"v"}


def _of_named_event(
    ctx: AnswerContext, q: QuestionInfo, asked: list[str], terms: frozenset[str], shared: frozenset[str]
) -> bool:
    """Whether a sentence (its ``terms``) naming the answer's event alike (``shared``, ``_event_names``)
    holds every word the question asks of what it counts (``asked``), one at least not of the name."""
    named = {t for n in shared for t in ctx.tokenizer.term_set(n)}
    return (
        bool(shared) and any(t not in named for t in asked) and all(credit(q, t, terms) >= 1.0 for t in asked)
    )


def _event_names(text: str) -> frozenset[str]:
    """The names of several words a sentence writes ("the Kestrel City Marathon", "Harbour Square"),
    past its first word (which every sentence capitalises): a named thing or event, which another
    outlet's sentence naming it alike tells of too, where one capitalised word ("Sunday", "Mayor") names
    nothing in particular."""
    rest = text.split(None, 1)[1:]
    return frozenset(n.lower() for r in rest for n in name_runs(r) if len(n.split()) > 1)


#: a question asking a count ("how many of Stroud's papers"), whatever its counted noun is read as
_COUNT_ASKED = re.compile(r"\bhow\s+many\b", re.IGNORECASE)


def _amount_versions(
    q: QuestionInfo, best: Candidate, first: list[Sentence], cands: list[Candidate], ctx: AnswerContext
) -> list[list[Sentence]]:
    """Other outlets' answers to a "how much" (a sum of money, a share) giving another amount than the
    chosen answer ("about $2.3 million a week" beside "about $1.8 million a week"): as ``_versions``
    does for counts, a candidate from another document that answers as well, holds the amount asked
    for, every word of the question but its names (outlets word one story differently, so its other
    words tell nothing), none of the answer's figures and no other month or place. Of an answer giving
    a sum or a share, whose kind is sure (its currency, a percentage), a version gives an amount of its
    own of that kind, and need hold only the question's words the answer holds: a word the answer says
    in none of its own ("stock" where both outlets write "shares") is none a version must say, the
    amount's kind telling it is of the same thing. (Not of a "how many": a sum in its answer is none of
    what it counts.)"""
    answer = join_parts(first)
    asked = figures(q.text)
    words = [t for t in q.terms if not is_name(q, t)]
    given = kinded_figures(answer, ctx.tokenizer)
    # (the answer's sums and shares: their kind is sure, where the word after a bare number, or a number
    # written in words, tells a count's kind only at times)
    kinds = set() if _COUNT_ASKED.search(q.text) else {kind for _, kind in given} & {*CURRENCIES, "%"}
    values = {value for value, _ in given}
    if kinds:
        said = terms_of(ctx, first)
        # (an answer holding none of them says nothing to match: every one is asked of a version)
        words = [t for t in words if credit(q, t, said) > 0] or words

    def keep(c: Candidate) -> bool:
        terms = ctx.terms(c.row)
        # of an answer giving a sum or a share, its own amount is one of that kind (in the answer's
        # currency, a percentage): "Six people ... tested positive" is no version of "$700,000 to Eastwold"
        own = {kind for value, kind in kinded_figures(c.sentence.text, ctx.tokenizer) if value not in values}
        # not an amount of something else ("the strike cost $5.9 million" for the agency's cost), nor
        # another month's or place's
        return (
            (not kinds or not own.isdisjoint(kinds))
            and all(credit(q, t, terms) > 0 for t in words)
            and not conflict(answer, c.sentence.text)
        )

    def amounts(text: str) -> frozenset[str]:
        return figures(text) - asked

    return _rivals(q, best, cands, ctx, answer, amounts(answer), amounts, keep)


def _rivals(
    q: QuestionInfo,
    best: Candidate,
    cands: list[Candidate],
    ctx: AnswerContext,
    answer: str,
    given: frozenset[str],
    figures_of: Callable[[str], frozenset[str]],
    keep: Callable[[Candidate], bool],
) -> list[list[Sentence]]:
    """The versions of an answer (``answer``, its quote) that gives the figures ``given``: candidates
    from other documents, in rank order, that hold the asked kind of figure, score near the answer,
    answer the question, give figures (``figures_of``) of their own that no answer or version before
    gives, and pass ``keep``; a candidate saying it revises the answer's figure (``_revises``) is one
    whatever its score, its share of the question or ``keep`` says (it counts what the answer counts,
    and says it is that count's revision), the figure it names as replaced not counted as its own; it is
    the only version of an answer whose figure counts nothing of what is asked in the question's words
    ("At least 12 athletes" for "how many people")."""
    seen = set(given)
    out: list[list[Sentence]] = []
    docs = {best.sentence.doc_id}
    past = not given and _asks_past(q.text)
    # a revision of the answer's figure that says so: one giving the answer's figure as the one it
    # replaces ("17 ..., up from the figure of 12 given on the day"), or a later entry of the answer's
    # own article marked as a revision ("11:15 Caldera now says 17 depots are affected" after "08:05
    # ... at least 12 depots remain shut"): the same count, however it is worded or ranked; read before
    # any other outlet's figure, which would otherwise take the places of the versions first
    revising = {
        c.row
        for c in cands[1:]
        if _revises(ctx, c.sentence, best.sentence, answer, given, frozenset(q.terms))
        or _goes_on(q, c.sentence, best.sentence, answer)
    }
    for c in sorted(cands[1:], key=lambda c: c.row not in revising):
        if len(out) >= WEIGHTS.max_versions:
            break
        revises = c.row in revising
        # an answer whose figure counts nothing of what is asked in its words ("At least 12 athletes" for
        # "how many people") is compared with no other count, but its revision names its figure (unless
        # the question asks of the past: "how many guards used to be on duty" is not answered by what
        # their number "fell from four to" since)
        if not given and (not revises or past):
            continue
        if c.type_score < 1.0 or (c.score < WEIGHTS.version_ratio * best.score and not revises):
            continue
        # one version per other article; in the answer's own article, one the article orders with it (a
        # live entry's update, "later said five" after "initially said three"): a revision of its figure
        if c.sentence.doc_id in docs and not (
            c.sentence.doc_id == best.sentence.doc_id
            and _ordered(ctx, c.sentence, best.sentence)
            and (revises or _asked_alike(q, ctx, c.sentence, best.sentence))
        ):
            continue
        # (the figure a revision replaces, which it names, is the answer's, not one of its own)
        got = figures_of(c.sentence.text) - (_replaced(c.sentence.text) if revises else frozenset())
        if revises and (
            not seen or (not got and given <= _replaced(c.sentence.text) and _asks_alike(q, c, best, ctx))
        ):
            # (its figures but the one it replaces: what it says the answer's figure became, also where
            # it counts the thing in another word than the question's when it replaces every figure the
            # answer counts: "340 oiled seabirds ..., up from 120" for "how many birds")
            got = figures(c.sentence.text) - _replaced(c.sentence.text) - figures(q.text)
        if not got or not seen.isdisjoint(got) or not (revises or (answers(q, c, ctx) and keep(c))):
            continue
        out.append(_expand(ctx, c.sentence, q))
        docs.add(c.sentence.doc_id)
        seen |= got
    return out


def _asks_alike(q: QuestionInfo, c: Candidate, best: Candidate, ctx: AnswerContext) -> bool:
    """Whether a candidate holds the question's words but its names and what it counts as well as the
    answer does (each word's ``credit``), and the counted noun in some form: a word of its kind ("the
    number of workers trapped" for "miners") or the head of a compound ("seabirds" for "birds"). A
    revision counting in another word than the question's says what the question asks ("340 oiled
    seabirds" found for "how many oiled birds"), where a toll that "rose to 17" counts none of the people
    a town's answer counts."""
    counted = {q.counted, *q.counted_with} - {""}
    words = [t for t in q.terms if not is_name(q, t) and t not in counted]
    said, answer = ctx.terms(c.row), ctx.terms(best.row)
    written = re.findall(r"[a-z]+", c.sentence.text.lower())

    def holds(t: str) -> bool:
        head = q.term_words.get(t, t).lower()
        return credit(q, t, said) > 0 or any(len(w) > len(head) and w.endswith(head) for w in written)

    return all(holds(t) for t in counted) and sum(credit(q, t, said) for t in words) >= sum(
        credit(q, t, answer) for t in words
    )


def _goes_on(q: QuestionInfo, s: Sentence, answer: Sentence, answer_text: str) -> bool:
    """Whether sentence ``s`` goes on from an answer marking its figure as the one first said ("His
    campaign had earlier said at least 12 ballots were disputed.") to what was found since, later in the
    answer's own paragraph ("His lawyer said a further review of the rejected ballots had found 17 ..."):
    an article sets a first account beside the one replacing it, so ``s`` gives the answer's count as it
    now stands however it words the rest, as long as it says each act the answer says in a word WordNet
    knows only as a verb ("Police had initially said three people died. Forty people were injured."
    counts no deaths)."""
    if s.doc_id != answer.doc_id or s.paragraph != answer.paragraph or s.index <= answer.index:
        return False
    if not _SAID_FIRST.search(answer_text) or _SAID_FIRST.search(s.text):
        return False
    acts = {w.lower() for w in re.findall(r"[A-Za-z]+", answer_text) if _only_verb(w)}
    acts -= REPORTING_WORDS | AUXILIARIES
    if not acts:
        # an act in a participle ("were injured", "were flooded") is no verb-only word to compare: then
        # ``s`` must say its count was found or changed since ("had found 52"), not tell of another act
        # ("3 people were arrested")
        return _FOUND_SINCE.search(s.text) is not None
    return acts <= {w.lower() for w in re.findall(r"[A-Za-z]+", s.text)}


def _asked_alike(q: QuestionInfo, ctx: AnswerContext, later: Sentence, answer: Sentence) -> bool:
    """Whether a sentence of the answer's own article holds every word of the question the answer holds
    but its names (the article's story names them once):
    a revision of the answer's figure says the same of it ("Seventeen people were injured" after "At least
    12 people were injured"), where another count of the same nouns ("sent to 70 members of staff" beside
    "one member of staff has been suspended") tells of something else."""
    held = ctx.terms(ctx.rows[(answer.doc_id, answer.index)]) & set(q.terms) - _names(q)
    return held <= ctx.terms(ctx.rows[(later.doc_id, later.index)])


#: documents whose headline names are remembered at once (a long-running bot reads ever more of them)
_TITLE_NAMES_MEMO = 10_000


def _title_names(ctx: AnswerContext, doc_id: str) -> frozenset[str]:
    """The terms of the names a document's headline writes: the story it tells ("Retailers warn of
    empty shelves as Halverston port strike drags on"). Past its first word, a capitalised word; the
    first, which every headline capitalises, when WordNet knows it as a name or not at all ("Kelso
    flood: ...", not "Flooding closes ..."). Worked out once per document (a version check reads one per
    candidate sentence)."""
    memo = ctx.memo.setdefault("title_names", {})
    assert isinstance(memo, dict)
    if (got := memo.get(doc_id)) is not None:
        return frozenset(got)
    if len(memo) > _TITLE_NAMES_MEMO:
        memo.clear()
    title = ctx.documents[doc_id].meta.title or ""
    names = re.findall(r"(?<=\s)[A-Z][a-z][\w'\u2019-]*", title)
    lead = re.match(r"[A-Z][a-z][\w'\u2019-]*", title)
    wn = wordnet()
    if lead and wn is not None and (wn.proper(lead.group()) or not wn.known(lead.group())):
        names.append(lead.group())
    got = memo[doc_id] = frozenset(t for w in names for t in ctx.tokenizer.term_set(w))
    return got


def _answer_figures(q: QuestionInfo, first: Sequence[Sentence], ctx: AnswerContext) -> frozenset[str]:
    """The numbers an answer gives for a number question: those counting what a "how many X" counts,
    else every number it states but the question's own."""
    text = join_parts(first)
    if q.counted:
        return counted_numbers(text, counting(q), ctx.tokenizer, WEIGHTS.count_window)
    return figures(text) - figures(q.text)


def asks_several(q: QuestionInfo) -> bool:
    """Whether a question asks for several things of a kind: its head noun is plural ("which countries",
    "what companies"), as WordNet's base form of it is not."""
    wn = wordnet()
    if not q.head or wn is None:
        return False
    word = q.term_words.get(q.head, q.head).lower()
    return any(pos == "n" and base != word for pos, base in wn.lemmas(word))


def _listed_after(
    q: QuestionInfo, best: Candidate, first: list[Sentence], ctx: AnswerContext
) -> list[list[Sentence]]:
    """The items of a list the answer opens, for a question asking for several things of a kind
    (``asks_several``): the sentences right after it in its article, each naming a thing of the kind
    asked (``names_kind``), up to the first that names none. An answer naming none WordNet knows as of
    the kind ("The European Union pledged ..." for "which countries") opens a list when two such
    sentences follow it: a run of them is the list; one may name a country in passing."""
    if not asks_several(q):
        return []
    doc = ctx.documents[best.sentence.doc_id]
    out: list[list[Sentence]] = []
    for s in doc.sentences[first[-1].index + 1 :]:
        if len(out) >= WEIGHTS.list_items or s.heading or not ctx.quotable[ctx.rows[(s.doc_id, s.index)]]:
            break
        if not names_kind(s.text, q, ctx.tokenizer):
            break
        out.append([s])
    if len(out) < 2 and not names_kind(best.sentence.text, q, ctx.tokenizer):
        return []
    return out


def compose(
    question: str,
    q: QuestionInfo,
    best: Candidate,
    cands: list[Candidate],
    ctx: AnswerContext,
    holder: Sentence | None = None,
    headline: str | None = None,
) -> Answer:
    """The cited reply quoting ``best`` (and ``holder``, its neighbour holding the kind of thing asked
    for when ``best`` only sets the scene for it, or ``headline``, its article's headline naming what
    it refers to, stated first), with the same statement from other outlets."""
    citations: list[Citation] = []
    statements: list[Statement] = []
    cited_rows: set[int] = set()
    keys: list[frozenset[str]] = []

    def row(s: Sentence) -> int:
        return ctx.rows[(s.doc_id, s.index)]

    #: the text each statement of a version was given (its label before its quote)
    written: dict[int, str] = {}

    def add_statement(
        parts: list[Sentence],
        merge: bool = True,
        versions: list[list[Sentence]] | None = None,
        label: str = "",
    ) -> None:
        quote = join_parts(parts)
        key = frozenset().union(*(ctx.terms(row(p)) for p in parts))
        lead = parts[0]
        # a label names who speaks a quotation; before reported speech ("Whitcomb: She said she would not
        # appeal") it would read as the speaker of the whole sentence
        direct = QUOTE_MARKS.search(quote) is not None
        who = (
            (speaker(ctx.documents[lead.doc_id], parts) or quoted_on(ctx.documents[lead.doc_id], parts))
            if direct
            else None
        )
        citations.append(citation_of(len(citations) + 1, ctx.documents[lead.doc_id], quote))
        nums = [len(citations)]
        cited_rows.update(row(p) for p in parts)
        # the same statement carried by other outlets: found by retrieving with the statement itself,
        # each outlet cited with its own verbatim sentence
        seen_docs = {lead.doc_id}
        # its rarest terms find the same statement elsewhere; common ones only make the query slow
        probe = sorted(key, key=lambda t: (-ctx.scorer.idf(t), t))[: WEIGHTS.merge_terms] if merge else []
        claim = _claim_terms(ctx, quote, key) if probe else key  # what another outlet must also say
        # and of the whole statement (a quotation's frame too: what it says beside the quoted words), the
        # words that are not names: what it says of whom it names (each word's terms memoised by the
        # tokenizer: a statement's words are mostly common ones, met again)
        told = (
            frozenset(
                t
                for w in _LOWER_WORD.findall(quote)
                if w not in REPORTING_WORDS
                for t in ctx.tokenizer.term_set(w)
            )
            & key
        )
        roles = _posts(ctx, quote) if probe else frozenset()
        # (its figures are compared by value, its other words by terms: "Twelve" and "12" are one word)
        spelled = _figure_terms(ctx, quote) if probe else frozenset()
        words = frozenset(t for t in claim if not figures(t)) - spelled
        speech: frozenset[str] | None = None  # (read when another outlet quotes the same words)
        # the quotation's own words, which another outlet may quote inside a sentence of other words
        quoted = _quoted_words(quote) if probe else []
        probe += sorted(frozenset(t for w in quoted for t in ctx.tokenizer.tokens(w)) - set(probe))
        for h in ctx.scorer.top_k(probe, 25) if probe else []:
            if len(nums) >= WEIGHTS.max_outlets:
                break
            if h.index in cited_rows or not ctx.quotable[h.index]:
                continue  # (read before the row is made a Sentence)
            s = ctx.sentences[h.index]
            if s.doc_id in seen_docs:
                continue
            matched = _quotes(quoted, s.text)
            if not matched and any(quoted) and leaves_quote_open(s.text):
                # (a quotation the splitter cut into sentences is read whole, as it is quoted)
                matched = _quotes(quoted, join_parts(_expand(ctx, s, q)))
            verbatim = bool(matched)
            if verbatim or _similar(key, ctx.terms(h.index)) >= WEIGHTS.same_statement:
                other = _alike(ctx, _expand(ctx, s, q), key, parts)
                said = join_parts(other)
                # [k] after a statement means source k says it: k's quote must hold nearly all of it
                held = frozenset().union(*(ctx.terms(row(p)) for p in other))
                # (the same quotation too: framed at a time or place the other outlet does not give, "Rubio
                # said in Paris on April 18" / "He added that", the other outlet does not say when or where;
                # nor when it says the quoted words but not what the statement says around them: "would
                # 'keep funding this tram project' only if the state paid half" / "vowed to 'keep ...'")
                if verbatim and speech is None:
                    speech = _speech_terms(ctx, quote)
                quoted_terms = frozenset(t for w in matched for t in ctx.tokenizer.tokens(w))
                if not agree(quote, said) or (
                    verbatim and not _frame_held(told - (speech or frozenset()), quoted_terms, held)
                ):
                    # not cited for this statement; a version with other numbers, dates or places, or the
                    # same speaker's words told its own way, is quoted as a statement of its own, cited to
                    # itself, when it says the rest (its words but the facts) or the same quoted words
                    if (
                        versions is not None
                        and len(versions) < WEIGHTS.max_versions
                        and (
                            verbatim
                            or (differ(quote, said) and len(words & held) >= WEIGHTS.says_same * len(words))
                        )
                    ):
                        versions.append(other)
                        seen_docs.add(s.doc_id)
                    continue
                # (its figures, which ``agree`` found it gives by value, however it spells them)
                held |= spelled
                if not verbatim and (
                    len(claim & held) < WEIGHTS.says_same * len(claim)
                    or not _frame_held(told, frozenset(), held)
                    or not roles <= held
                ):
                    # (names shared, what is said of them not: "would comply" / "does not comment"; or
                    # not the post it gives them: "Ann Dorsey, head of the unit" / "Ann Dorsey of the unit")
                    continue
                seen_docs.add(s.doc_id)
                citations.append(citation_of(len(citations) + 1, ctx.documents[s.doc_id], join_parts(other)))
                nums.append(len(citations))
                cited_rows.update(row(p) for p in other)
        # (a version's label says how it stands to the answer; a named speaker labels it already)
        text = f"{label}\u201c{quote}\u201d" if label and not who else quote
        written[id(parts)] = text
        statements.append(Statement(text=text, citations=nums, speaker=who))
        keys.append(key)

    first = _expand(ctx, best.sentence, q)
    # a neighbour that belongs with the answer but would make one quote too long: quoted beside it as
    # a statement of its own if there is room (two short quotes read better than one long one)
    beside: list[Sentence] = []
    #: the same for the sentence after (or before) a window that only restates the question
    around: list[Sentence] = []
    for c in cands[1:]:
        s = c.sentence
        if s.doc_id != best.sentence.doc_id or c.score < WEIGHTS.adjacent_ratio * best.score:
            continue
        if q.kind == "quote" and best.said and _anothers(c):
            continue  # another's words beside the asked speaker's (see the further statements below)
        if s.index == first[-1].index + 1 and s.paragraph == first[-1].paragraph:
            grown = [*first, *(p for p in _expand(ctx, s, q) if p.index > first[-1].index)]
        elif s.index == first[0].index - 1 and s.paragraph == first[0].paragraph:
            grown = [*(p for p in _expand(ctx, s, q) if p.index < first[0].index), *first]
        else:
            continue
        if fits(grown, WEIGHTS.quote_chars):
            first = grown
        else:
            beside = _outside(grown, first)
        break
    # (the holder as any statement is quoted: a quotation it closes or opens whole, '"The governor is
    # responsible ... If he cannot ..., he should go," she said.')
    held = (
        []
        if holder is None
        else [p for p in _expand(ctx, holder, q) if all(p.index != f.index for f in first)]
    )
    if held:
        grown = sorted([*first, *held], key=lambda p: p.index)
        if joins_holder(grown, WEIGHTS.quote_chars, WEIGHTS.holder_chars):
            first, beside = grown, []
        else:
            beside = held
    window_terms = frozenset().union(*(ctx.terms(row(p)) for p in first))
    if not beside and novelty(window_terms, q) < WEIGHTS.restates:
        doc = ctx.documents[best.sentence.doc_id]
        nxt, prev = first[-1].index + 1, first[0].index - 1
        after = doc.sentences[nxt] if nxt < len(doc.sentences) else None
        before = doc.sentences[prev] if prev >= 0 else None
        # a neighbour of its own paragraph first (the one after, else before): the next paragraph may be
        # another matter (a live blog's next entry), where the sentence before tells who "she" is
        if after is not None and _quotable_neighbour(after) and after.paragraph == first[-1].paragraph:
            grown = [*first, after]
        elif before is not None and _quotable_neighbour(before) and before.paragraph == first[0].paragraph:
            grown = [before, *first]
        elif after is not None and _quotable_neighbour(after):
            grown = [*first, after]
        elif before is not None and _quotable_neighbour(before):
            grown = [before, *first]
        else:
            grown = first
        if fits(grown, WEIGHTS.quote_chars):
            first = grown
        else:
            around = _outside(grown, first)
    if first[0].index < best.sentence.index and PRONOUN_START.match(best.sentence.text):
        # the sentence naming the subject was brought for a pronoun; not needed if the window names it
        rest = frozenset().union(*(ctx.terms(row(p)) for p in first[1:]))
        if q.entity_terms and q.entity_terms <= rest:
            first = first[1:]
    chosen = [first]
    chosen_keys = [frozenset().union(*(ctx.terms(row(p)) for p in first))]
    taken = {row(p) for p in first}
    # "which countries pledged aid": the article lists them a sentence each ("Japan announced a grant
    # ...", "Britain offered ..."), each item cited
    items = _listed_after(q, best, first, ctx)
    for parts in items:
        chosen.append(parts)
        chosen_keys.append(terms_of(ctx, parts))
        taken.update(row(p) for p in parts)
    # the answer's own words, which another document must tell to be the same story (read once, for the
    # versions and the further statements of a number or date question)
    story = _story(ctx, q, first) if q.kind in ("number", "date") else {}
    versions = [] if q.kind == "broad" else _versions(q, best, first, story, cands, ctx)
    first, versions = _joined(first, versions)
    chosen[0] = first
    taken.update(row(p) for v in versions for p in v)
    # the latest version leads: by its article's date unless the question asks about the past, and as
    # its own article orders them always (an article telling a figure then another revises its report)
    newest = (
        _newest(ctx, first, versions, not _asks_past(q.text))
        if versions and not _asks_first(q.text)
        else first
    )
    if newest is not first:
        # outlets' figures differ and the question asks how things stand: the latest report leads (an
        # older count is what was, not what is), the others follow as its versions; the old answer's
        # neighbours stay out, as they would sit beside another article's quote
        versions = [first, *(v for v in versions if v is not newest)]
        first = chosen[0] = newest
        chosen_keys[0] = frozenset().union(*(ctx.terms(row(p)) for p in first))
        beside, around = [], []
    broad = q.kind == "broad"
    most = (WEIGHTS.digest_statements if broad else WEIGHTS.max_statements) - (headline is not None)
    most = max(most, len(chosen))
    ratio = WEIGHTS.digest_ratio if broad else WEIGHTS.second_ratio
    # a number or date question's answer that gives one (a "how many X" one counting X): a further
    # statement from another document must tell its story, or it is another story's figure
    figured = best.type_score >= 1.0 and (
        not q.counted
        or bool(counted_numbers(join_parts(first), counting(q), ctx.tokenizer, WEIGHTS.count_window))
    )
    rival = story if figured else {}
    # (another outlet giving the answer's figure at the event the answer names tells its story too,
    # ``_event_names``)
    event_names = _event_names(join_parts(first)) if figured else frozenset()
    # a further statement, when another sentence answers nearly as well and says something new (a broad
    # question gets a short digest: the few most relevant statements)
    # the holder of the kind of thing asked for, quoted beside the answer, keeps its place: it holds
    # what the answer only sets the scene for, which a further statement does not replace
    kept = 1 if held and beside == held else 0
    # another article giving the answer's own figure confirms it: quoted first among the further
    # statements, from a lower score (it still has to answer the question and tell the same story)
    value = _answer_figures(q, first, ctx) if figured and not broad and q.kind == "number" else frozenset()

    def confirms(c: Candidate) -> bool:
        """Another article's sentence giving the answer's figure (for a "how many X", as the count of X),
        which says it answers more surely than its share of the question's words."""
        return (
            c.sentence.doc_id != best.sentence.doc_id
            and c.score >= WEIGHTS.corroborate_ratio * best.score
            and len(c.sentence.text) <= WEIGHTS.quote_chars  # a confirmation worth reading is short
            and not value.isdisjoint(_answer_figures(q, [c.sentence], ctx))
        )

    # (each candidate judged once: the figures of its sentence are read by a pattern)
    corroborating = {c.row for c in cands[1:] if confirms(c)} if value else set()

    def corroborates(c: Candidate) -> bool:
        return c.row in corroborating

    if broad and asks_latest(q.text):
        # "what's the latest on the Stroud case": the newest dated article's statement on it joins the
        # digest, which leads with it (``_newest_first``), though it scores below the older reports
        turn = _newest_candidate(ctx, best, cands)
        if turn is not None and len(chosen) + kept < most:
            parts = _expand(ctx, turn.sentence, q)
            if not any(row(p) in taken for p in parts):
                chosen.append(parts)
                chosen_keys.append(terms_of(ctx, parts))
                taken.update(row(p) for p in parts)
    for c in sorted(cands[1:], key=lambda c: not corroborates(c)) if corroborating else cands[1:]:
        if len(chosen) + kept >= most:
            break
        if c.row in taken:
            continue
        if (c.score < ratio * best.score or c.coverage < WEIGHTS.abstain_coverage) and not corroborates(c):
            continue
        if c.names < WEIGHTS.min_names or (not broad and c.type_score < best.type_score):
            continue
        if q.kind == "quote" and best.said and _anothers(c):
            continue  # "what did the FAA say": the FAA's words, not another's naming it ("..., which the FAA
            # approves," airline spokesperson Kelsey Brandt said)
        if q.kind == "yesno" and not (answers(q, c, ctx) and says_of_subject(q, c.sentence.text, ctx)):
            continue  # "will fares go up": a statement not saying fares go up answers something else
        if (
            rival
            and c.sentence.doc_id != best.sentence.doc_id
            and not _same_title(ctx, c.sentence.doc_id, best.sentence.doc_id)
            and _told(ctx, rival, c.sentence.doc_id) < WEIGHTS.version_story
            and not (corroborates(c) and not event_names.isdisjoint(_event_names(c.sentence.text)))
        ):
            continue  # another story's answer to a typed question ("the 19-year-old" beside "a 17-year-old")
        parts = _expand(ctx, c.sentence, q)
        if any(row(p) in taken for p in parts):
            continue
        key = frozenset().union(*(ctx.terms(row(p)) for p in parts))
        if any(_similar(key, k) >= WEIGHTS.same_statement for k in chosen_keys) and not corroborates(c):
            continue  # said already (another article's own words for the answer's figure confirm it)
        chosen.append(parts)
        chosen_keys.append(key)
        taken.update(row(p) for p in parts)
    # the neighbour too long to join the answer's quote, quoted beside it (in the article's order) when
    # no other statement took the place; the reason a "why" asks for leads wherever it stands ("Okwu said
    # in a separate statement that she had favoured waiting ..." a few sentences after "... while Deputy
    # Governor Amara Okwu voted to hold"): the answer, holding no cause, only tells what it is the reason
    # for; so does the name a "which X" asks for ("... Claire Hobbes of Riverside Police said" after
    # "Police arrested the captain ..."). (A typed question's neighbour stays second: a sentence lacking
    # the kind asked by pattern may name it in words no pattern reads, "a hospital chaplain"; but not
    # after a "who" answer that only sets the scene, naming nobody in any way: ``slot.sets_scene``.)
    nearby = beside or around
    if nearby and len(chosen) < most and not any(row(p) in taken for p in nearby):
        # (and the name of whom the answer tells by a role alone: "The contractor, Luis Ardent, ..." after
        # "... a contractor who renovated the cabin", ``unnamed_doer``)
        asked = (
            q.kind == "reason"
            or (q.kind not in TYPED_KINDS and bool(q.head))
            or (bool(held) and names_doer(q, best.sentence.text, join_parts(held), ctx))
        )
        # (not before an answer holding the kind a typed question asks for when the neighbour holds none:
        # "The walkout had been due to start on Monday." leads its paragraph-before's "She said members
        # were 'angry but not beaten'", which only sets its scene)
        typed = (
            q.kind in TYPED_KINDS
            and best.type_score >= 1.0
            and type_score(q.kind, join_parts(nearby), q, ctx.tokenizer) < 1.0
        )
        leads = (nearby[0].index < first[0].index and not typed) or (
            bool(held)
            and beside == held
            and (asked or sets_scene(q, join_parts(first), join_parts(held), ctx))
        )
        chosen.insert(0 if leads else 1, nearby)
    # the article takes back a figure its answer gives ("Correction: ... It was 48 parts per billion, not
    # 84."), or its outlet took it back later: quoted right before it, whatever the room left
    # (the neighbour quoted before it is read first: the notice leads the statement it takes back)
    leading = [ps for ps in chosen[:2] if ps is first or ps is nearby]
    correction = [] if broad else next(filter(None, (_correcting(ctx, ps, q) for ps in leading)), [])
    if {row(p) for ps in leading for p in ps} & {row(p) for p in correction}:
        correction = []  # (a further statement that is the notice moves before the answer)
    chosen = [ps for ps in chosen if not set(map(row, ps)) & set(map(row, correction))]
    if broad:
        chosen = _newest_first(ctx, _revised(ctx, chosen, q))
    shown = {row(p) for ps in [*chosen, *versions] for p in ps}

    def taken_back(parts: list[Sentence]) -> list[Sentence]:
        """The notice taking back a further statement's or a version's figure (quoted right before it,
        as the answer's is: another outlet's later figure may lead, the retracted one follows it)."""
        if broad or any(parts is ps for ps in leading):
            return []
        notice = _correcting(ctx, parts, q)
        return [] if shown & {row(p) for p in notice} else notice

    def add_notice(notice: list[Sentence]) -> None:
        if notice and not any(row(p) in cited_rows for p in notice):
            add_statement(notice, merge=False)

    # the notice leads (what it takes back is no answer, only what was first reported), but when it takes
    # back a figure and the question asks for someone or something by name or for a reason, which no
    # figure is (``_names_asked``): "which judge granted the freezing order" is answered by the judge's
    # name whatever sum the notice corrects, so the notice follows the answer. (A notice taking back
    # words, "He is a deputy director, not the agency's chief engineer", takes back the answer itself.)
    notice_leads = not (correction and _names_asked(q) and _takes_back_figure(ctx, correction, chosen[0]))
    for i, parts in enumerate(chosen):
        answer = parts is first  # the answer itself (a neighbour quoted beside it may come first)
        if i == 0 and correction and notice_leads:
            add_notice(correction)
        if not any(row(p) in cited_rows for p in parts):
            add_notice(taken_back(parts))
            # every statement, a digest's too, is cited to each outlet whose sentence says it (a
            # digest's few statements cost a search each)
            add_statement(parts, versions=versions if answer and not broad else None)
        if answer:  # the other outlets' versions of the answer, right after it
            for v in versions[: WEIGHTS.max_versions]:
                if not any(row(p) in cited_rows for p in v):
                    add_notice(taken_back(v))
                    add_statement(v, label=_version_label(ctx, first, v))
        if i == 0 and correction and not notice_leads:
            add_notice(correction)
    if not broad and q.kind in ("what", "who"):
        confirm_role(q, first, chosen, cands, ctx, citations, statements)
    if not broad and q.kind == "person":
        # the outlets naming the answer's holder with the post follow the answer itself, as a
        # confirmation of its value does, not the statements after it
        so_far = len(statements)
        confirm_holder(q, first, cands, ctx, citations, statements)
        added = statements[so_far:]
        said = written.get(id(first), join_parts(first))
        at = next((i for i, st in enumerate(statements[:so_far]) if st.text == said), None)
        if added and at is not None:
            del statements[so_far:]
            statements[at + 1 : at + 1] = added
    if not broad:
        # each version of the answer (the answer first), followed right away by the other outlets
        # reporting its value; the citations are then numbered in the order the reply reads
        for parts in [first, *versions]:
            said = written.get(id(parts), join_parts(parts))
            at = next((i for i, st in enumerate(statements) if st.text == said), None)
            if at is not None:
                statements[at + 1 : at + 1] = confirm_value(q, best, parts, cands, ctx, citations)
        citations[:], statements[:] = in_reading_order(citations, statements)
    if headline is not None:
        # the headline is the article's title, which its page need not write as text (ingest drops a
        # first line repeating it): stated as its headline, cited to the answer's citation of the
        # article, whose quote is the page's own sentence
        doc_id = best.sentence.doc_id
        cited = next((c.n for c in citations if c.doc_id == doc_id and best.sentence.text in c.quote), None)
        if cited is not None:
            statements.insert(0, Statement(text=f"Headline: \u201c{headline}\u201d", citations=[cited]))
    return answered(question, q, answer_text(statements), statements, citations, best)


def answer_text(statements: Sequence[Statement]) -> str:
    """The reply's text: each statement, its speaker before it when named, its markers after it (one
    writing for every reply that joins statements)."""
    return " ".join(
        (f"{s.speaker}: " if s.speaker else "") + f"{s.text} " + "".join(f"[{n}]" for n in s.citations)
        for s in statements
    )


def answered(
    question: str,
    q: QuestionInfo,
    text: str,
    statements: list[Statement],
    citations: list[Citation],
    best: Candidate | None,
) -> Answer:
    """The reply, its confidence the best candidate's coverage of the question (1 for an answer read
    from the articles' metadata, which no candidate measures)."""
    return Answer(
        question=question,
        abstained=False,
        answer=text,
        citations=citations,
        statements=statements,
        confidence=round(min(1.0, best.coverage), 3) if best is not None else 1.0,
        looked_for=q.words,
    )
