"""Other outlets confirming an answer, quoted after it under "Also reported:": the same value (a number of
the same kind, the same name) in a sentence saying what the answer says (``confirm_value``), or, for a
question about a person's post, the role other outlets write beside the name (``confirm_role``).

Outlets name a person's role beside the name ("Secretary of State Marco Rubio", "the Kremlin's top
spokesperson, Dmitry Peskov"), each in a sentence about something else. Those sentences are not the
same statement as the answer's, so the statement merge never joins them, and the limit on statements
leaves them out; yet each says the one thing a "what position does X hold" asks. The phrase itself --
role and name, as an outlet writes them -- is what such an outlet says of the answer, so it is cited
for that phrase alone, quoted verbatim. A confirming sentence is quoted whole, cited to its own article:
a [k] follows only k's own words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from retrieval.answer.bridge import person_noun, wordnet
from retrieval.answer.question import QuestionInfo
from retrieval.answer.quoting import citation_of, join_parts, terms_of
from retrieval.answer.relation import credit
from retrieval.answer.scoring import (
    AnswerContext,
    Candidate,
    answers,
    document_scores,
    document_terms,
    is_name,
    score_candidates,
    subjects_of,
)
from retrieval.answer.statements import conflict, differ, facts
from retrieval.answer.story import title_terms
from retrieval.answer.types import counted_numbers, counting, head_names, new_names
from retrieval.answer.weights import WEIGHTS
from retrieval.lexicon import OTHER_ROLE_WORDS, REPORTING_WORDS, SCALE_ABBREVIATIONS, SUM_SCALE, figures
from retrieval.models import Citation, Sentence, Statement
from retrieval.search.scorer import Hit
from retrieval.search.text import Tokenizer

#: a word as written, keeping dotted abbreviations ("U.S.") and possessives ("Kremlin's") whole
_WORD = re.compile(r"\w[\w.'\u2019-]*\w|\w")


@dataclass(frozen=True)
class Role:
    """A name with the role written right before it, in one sentence."""

    #: role and name as the sentence writes them ("U.S. Secretary of State Marco Rubio")
    phrase: str
    #: the role's terms ("secretari", "state", "u.s"): what a confirming outlet's role must hold, or be
    #: held by
    terms: frozenset[str]
    #: the terms of the role's last word, its head ("state" / "spokesperson"): the kind of role it is
    head: frozenset[str]
    #: that word as written
    head_word: str


def nounish(word: str) -> bool:
    """A lower-case word that can stand in a title before a name ("top spokesperson"), not a verb that
    has the name as its object ("met Marco Rubio"): WordNet knows it as a noun or adjective at least as
    often as a verb in its tagged corpus."""
    wn = wordnet()
    if wn is None or word in REPORTING_WORDS:
        return False
    tagged = {"n": 0, "a": 0, "v": 0}
    seen = False
    for pos, lemma in wn.lemmas(word):
        if pos in tagged:
            seen = True
            tagged[pos] = max(tagged[pos], wn.tagged(lemma, pos) + (pos != "v"))
    return seen and max(tagged["n"], tagged["a"]) >= tagged["v"]


def _name_runs(
    text: str, names: frozenset[str], tokenizer: Tokenizer
) -> Iterator[tuple[list[re.Match[str]], list[frozenset[str]], int, int]]:
    """Each run of words written together (nothing but spaces between them) whose terms are all the name's
    and hold every one of them: the text's words, their terms, and the run's first and past-the-last word."""
    words = list(_WORD.finditer(text))
    terms = [tokenizer.term_set(w.group()) for w in words]
    for i in range(len(words)):
        j = i
        got: set[str] = set()
        while j < len(words) and terms[j] and terms[j] <= names:
            if j > i and text[words[j - 1].end() : words[j].start()].strip():
                break
            got |= terms[j]
            j += 1
        if j > i and names <= got:
            yield words, terms, i, j


def role_of(text: str, names: frozenset[str], tokenizer: Tokenizer, longest: int) -> Role | None:
    """The role ``text`` writes right before the name whose terms are ``names`` (all of them, in a run
    of words), or across one comma before it (an appositive): capitalised words, "of"-like small words
    between them, and lower-case nouns and adjectives, at most ``longest`` words; None without one."""
    for words, terms, i, j in _name_runs(text, names, tokenizer):
        start = i
        role: set[str] = set()
        head: frozenset[str] = frozenset()
        head_word = ""
        k = i - 1
        while k >= 0 and i - k <= longest:
            gap = text[words[k].end() : words[k + 1].start()].strip()
            if gap and not (k == i - 1 and gap == ","):
                break
            w = words[k].group()
            if not terms[k]:  # a small word, kept only inside a title ("Secretary of State")
                if not (k > 0 and start == k + 1 and w.islower() and words[k - 1].group()[0].isupper()):
                    break
                if not text[words[k + 1].start()].isupper():
                    break
            elif not w[0].isupper() and not nounish(w):
                break
            if terms[k]:
                role |= terms[k]
                if not head:
                    head, head_word = terms[k], w
            start = k
            k -= 1
        if role and terms[start] and _names_a_post(words[start:i]):
            return Role(text[words[start].start() : words[j - 1].end()], frozenset(role), head, head_word)
        return None
    return None


def role_after(text: str, names: frozenset[str], tokenizer: Tokenizer, longest: int) -> Role | None:
    """The role ``text`` writes right after the name whose terms are ``names``, as an appositive: a
    comma, an optional "the", then capitalised words or lower-case nouns and adjectives (at most
    ``longest``) closed by a comma, a full stop or the text's end ("Dr. Priya Castellano, the regional
    health officer, said ..."). An outlet names the holder of a post this way as often as with the post
    before the name; a run not closed there ("Castellano, the officer who ...", "Smith, the company
    said") is no role of the name's. None without one."""
    for words, terms, i, j in _name_runs(text, names, tokenizer):
        if j >= len(words):
            continue
        if text[words[j - 1].end() : words[j].start()].strip() != ",":
            continue
        start = j + 1 if words[j].group().lower() == "the" else j
        k = start
        role: set[str] = set()
        while k < len(words) and k - start < longest:
            if k > start and text[words[k - 1].end() : words[k].start()].strip():
                break
            w = words[k].group()
            if not terms[k] or not (w[0].isupper() or nounish(w)):
                return None
            role |= terms[k]
            k += 1
        closed = k == len(words) or text[words[k - 1].end() : words[k].start()].strip()[:1] in {",", ".", ";"}
        if k == start or not closed or not _names_a_post(words[start:k]):
            return None
        last = words[k - 1]
        return Role(text[words[i].start() : last.end()], frozenset(role), terms[k - 1], last.group())
    return None


def _names_a_post(words: list[re.Match[str]]) -> bool:
    """Whether words before a name hold a role: one is a noun for a person ("Secretary", "spokesperson",
    "chief"; not a name WordNet files as a person's, "Harlow"), not only a place or a body ("the
    Ridgeport Lynx": "Ridgeport" is where the team plays, not a post)."""
    wn = wordnet()
    return wn is not None and any(
        person_noun(w.group().lower(), wn) and not wn.proper(w.group()) for w in words
    )


def same_kind(a: Role, b: Role) -> bool:
    """The same head, or one head a kind of the other's by WordNet ("spokesman" of "spokesperson")."""
    if a.head == b.head:
        return True
    wn = wordnet()
    return wn is not None and (
        b.head_word.lower() in wn.broader(a.head_word) or a.head_word.lower() in wn.broader(b.head_word)
    )


def same_role(a: Role, b: Role) -> bool:
    """Two outlets give the same role: heads of the same kind and the same other words ("Kremlin
    spokesman" for "Kremlin spokesperson"; not "Secretary General" for "Secretary of State", nor
    "Deputy Harbour Commissioner" for "Harbour Commissioner", "Ukrainian spokesperson" for "Kremlin
    spokesperson"). One may add a name the tokenizer knows as one (an alias: "US Secretary of State"
    for "Secretary of State"): where the role is held, not another role."""
    x, y = a.terms - a.head, b.terms - b.head
    return same_kind(a, b) and (x <= y or y <= x) and all(t.startswith("=") for t in x ^ y)


#: a number as written with what makes it a kind of amount: a currency sign before it, a scale word or
#: letter, a percent sign or word, and the word after it ("£800m", "2.25%", "46.68 seconds", "7.4 million
#: households")
_KINDED = re.compile(
    r"(?P<cur>US\$|[£$€¥])?\s?(?P<num>\d[\d,]*(?:\.\d+)?)"
    rf"(?:\s?(?P<scale>{SUM_SCALE})\b)?"
    r"(?P<pct>\s?%|\s(?:percent|per cent)\b)?"
    r"(?:[\s-]*(?P<next>[A-Za-z][\w'\u2019-]*))?"
)
#: a currency's sign, and the sign of a currency written by name after the number ("250 dollars")
_SIGNS = {"dollar": "$", "pound": "\u00a3", "sterl": "\u00a3", "euro": "\u20ac", "yen": "\u00a5"}
CURRENCIES = frozenset("$\u00a3\u20ac\u00a5")


def kinded_figures(text: str, tokenizer: Tokenizer) -> frozenset[tuple[str, str]]:
    """Each number ``text`` states with its kind: the value as ``figures`` reads it (scale multiplied
    out) and the currency ("£"), percent ("%") or, for a bare number, the terms of the word after it
    ("second", "household"; none after a small word). The same value of another kind is another fact:
    "46.68 seconds" is not "46.68 metres", "£800m" not "800m viewers"."""
    out: set[tuple[str, str]] = set()
    for m in _KINDED.finditer(text):
        scale = m.group("scale") or ""
        written = f"{m.group('num')} {SCALE_ABBREVIATIONS.get(scale, scale)}".strip()
        value = next(iter(figures(written)), None)
        if value is None:
            continue
        after = m.group("next") or ""
        word = after.lower().rstrip("s")
        if m.group("cur"):
            kind = m.group("cur").replace("US$", "$")
        elif m.group("pct"):
            kind = "%"
        elif word in _SIGNS or word[:5] in _SIGNS:
            kind = _SIGNS.get(word, _SIGNS.get(word[:5], ""))
        else:
            kind = " ".join(sorted(tokenizer.term_set(after)))
        out.add((value, kind))
    return frozenset(out)


# --------------------------------------------------------------------------- quoting other outlets

#: punctuation a sentence may open with, left by a page's layout (": NATO leaders have ...")
_LEAD_IN = ":;,.-\u2013\u2014 "
#: the label before the quotes of other outlets confirming a statement
ALSO_REPORTED = "Also reported: "


def confirm_role(
    q: QuestionInfo,
    first: Sequence[Sentence],
    chosen: Sequence[Sequence[Sentence]],
    cands: list[Candidate],
    ctx: AnswerContext,
    citations: list[Citation],
    statements: list[Statement],
) -> None:
    """For a question asking what the person it names is ("what position does X hold", "what is X's
    job"), other outlets' sentences giving that person the answer's role (see ``confirm``): each such
    phrase, as its outlets write it, stated once and cited to each of them with its own sentence."""
    names = frozenset(t for t, b in q.bridges.items() if b.name)
    rest = frozenset(q.terms) - names
    if not names or len(rest) > WEIGHTS.role_question_terms:
        return

    def role(s: Sentence) -> Role | None:
        return role_of(s.text, names, ctx.tokenizer, WEIGHTS.role_words)

    lead = next((r for s in first if (r := role(s)) is not None), None)
    if lead is None or not rest.isdisjoint(lead.terms):
        return  # no role beside the name, or one the question already gives (it asks something else)
    if not rest.isdisjoint(terms_of(ctx, first)):
        return  # the answer says what is asked beside the role ("what unit does X run": "X of the ... unit")
    # the answer's role as each statement quoted writes it, when of the answer's kind ("Kremlin
    # spokesperson" beside "the Kremlin's top spokesperson"): another outlet confirms any of them
    given = [lead, *(r for ps in chosen for s in ps if (r := role(s)) is not None and same_kind(lead, r))]
    _cite_roles(
        names,
        lambda own, _: next((r for r in given if same_role(r, own)), None),
        cands,
        ctx,
        citations,
        statements,
    )


def confirm_holder(
    q: QuestionInfo,
    first: Sequence[Sentence],
    cands: list[Candidate],
    ctx: AnswerContext,
    citations: list[Citation],
    statements: list[Statement],
) -> None:
    """For a "who" asking who holds a role ("who is the Kremlin spokesman"), the converse of
    ``confirm_role``: the answer names the holder with the asked role written before the name, and
    other outlets writing the same role beside the same name ("The Kremlin's top spokesperson, Dmitry
    Peskov, later clarified ...") say the very thing asked, though the rest of their sentence is about
    something else, so that no statement merge joins them and their sentence may be too long to quote
    whole. Each is cited for the role and name as it writes them. The answer's role, and each other
    outlet's, must hold every word the question asks with (its own or a form of it), with a head of
    the same kind: the post asked, however an outlet qualifies it ("top spokesperson" for "spokesman"),
    unless by a word making it another post ("deputy", "former": ``OTHER_ROLE_WORDS``). The role may be
    written before the name or after it, as an appositive (``role_after``). Another outlet's role may
    leave out a name the question qualifies the post with ("the regional health officer" for "the
    Brennock Valley regional health officer") when its article names it: there it is that place's or
    body's post; every other word asked it must still hold. Such an outlet's own sentence is quoted
    (when short enough to read) rather than its phrase, which alone does not say whose post it is."""
    answer = join_parts(first)

    def asked(role: Role, doc_id: str | None = None) -> bool:
        words = {w.lower() for w in _WORD.findall(role.phrase)}
        if not words.isdisjoint(OTHER_ROLE_WORDS):
            return False
        if all(credit(q, t, role.terms) > 0 for t in q.terms):
            return True
        told = document_terms(ctx, doc_id) if doc_id is not None else frozenset()
        if doc_id is None or not all(
            credit(q, t, role.terms) > 0 or (is_name(q, t) and credit(q, t, told) > 0) for t in q.terms
        ):
            return False
        unnamed.add(doc_id)
        return True

    unnamed: set[str] = set()  # the outlets whose role leaves out a name asked, which their article holds

    def role(text: str, name: frozenset[str]) -> Role | None:
        return role_of(text, name, ctx.tokenizer, WEIGHTS.role_words) or role_after(
            text, name, ctx.tokenizer, WEIGHTS.role_words
        )

    # the answer's person with the asked role written before the name (the longest name first)
    held = (
        (frozenset(name), lead)
        for name in sorted(_asked_names(q, answer, ctx), key=lambda n: (-len(n), n))
        if (lead := role(answer, frozenset(name))) is not None and asked(lead)
    )
    found = next(held, None) if q.terms else None
    if found is not None:
        holder, lead = found
        _cite_roles(
            holder,
            lambda own, s: lead if same_kind(lead, own) and asked(own, s.doc_id) else None,
            cands,
            ctx,
            citations,
            statements,
            whole=unnamed,
            after=True,
        )


def _cite_roles(
    names: frozenset[str],
    matches: Callable[[Role, Sentence], Role | None],
    cands: list[Candidate],
    ctx: AnswerContext,
    citations: list[Citation],
    statements: list[Statement],
    whole: bool | set[str] = True,
    after: bool = False,
) -> None:
    """Other outlets' sentences writing a role beside the name whose terms are ``names`` that
    ``matches`` one the answer writes (returning it): each such phrase, as its outlets write it,
    stated once after the answer and cited to each of them. With ``whole``, an outlet's own sentence
    is quoted instead when short enough to read (the phrase is what it says of the person asked
    about); without, the phrase always (for "who is the X", role and name are the whole answer, and
    the rest of each sentence only lengthens the reply); given a set, only for the outlets whose
    document ids it holds (filled as ``matches`` is called). With ``after``, a role written after the name
    (``role_after``) counts too."""

    def quoted_whole(s: Sentence) -> bool:
        return whole if isinstance(whole, bool) else s.doc_id in whole

    cited = {c.doc_id for c in citations}
    found: list[tuple[Role, list[Sentence]]] = []
    for c in cands:
        s = c.sentence
        if (
            len(cited) > WEIGHTS.max_outlets
            or s.doc_id in cited
            or not ctx.quotable[ctx.rows[(s.doc_id, s.index)]]
        ):
            continue
        own = role_of(s.text, names, ctx.tokenizer, WEIGHTS.role_words)
        if own is None and after:
            own = role_after(s.text, names, ctx.tokenizer, WEIGHTS.role_words)
        match = matches(own, s) if own is not None else None
        if own is None or match is None:
            continue
        cited.add(s.doc_id)
        # outlets writing a quoted statement's own phrase share one statement; another wording is its own
        shown = match if match.phrase.casefold() in s.text.casefold() else own
        group = next((g for r, g in found if r.phrase.casefold() == shown.phrase.casefold()), None)
        if group is not None:
            group.append(s)
        elif len(found) < WEIGHTS.role_phrases:
            found.append((shown, [s]))
    i = 0
    for shown, group in found:
        long = [s for s in group if len(s.text) > WEIGHTS.quote_chars or not quoted_whole(s)]
        # each outlet's own sentence when short enough to read: a statement, which a [k] after it means
        # k says (a role and name alone, "Detective Sergeant Ann Hale", read as a name with nothing said
        # of it); the outlets whose sentence is too long share the phrase they write, cited for it
        lines = [(s.text, [s]) for s in group if s not in long] + ([(shown.phrase, long)] if long else [])
        for text, said in lines:
            nums = []
            for s in said:
                citations.append(citation_of(len(citations) + 1, ctx.documents[s.doc_id], text))
                nums.append(len(citations))
            statements.append(Statement(text=_also_reported(i, text), citations=nums))
            i += 1


def _also_reported(i: int, quote: str) -> str:
    """The ``i``-th of other outlets' quotes confirming a statement, as the reply writes it: the first
    labelled "Also reported:" (a bare quoted phrase after the answer reads as a fragment of it, not
    as what other outlets say), each in quotation marks, its words verbatim."""
    return f"{ALSO_REPORTED if i == 0 else ''}\u201c{quote}\u201d"


#: the kinds of question whose answer is a value another outlet can be seen to give too (a number of
#: its kind, a name, a date read to the calendar: ``_dates``); a reason or a quotation is no value
_VALUED = frozenset({"number", "person", "place", "entity", "media", "what", "date"})


#: a figure given as a bound ("its licensed limit of 90 passengers", "a capacity of 2,000 fans"): what
#: could be, not what the statement reports was, so another outlet stating that bound confirms nothing
#: of the answer's count
_BOUND = re.compile(
    r"\b(?:limit|capacity|maximum|cap|ceiling)\s+of\s+(?:about\s+|around\s+)?[\d$\u00a3\u20ac][\w,.]*",
    re.IGNORECASE,
)
#: a question asking a bound: its noun, or leave to do as much ("how many was it allowed to carry"),
#: as written or as its terms' stems
_BOUND_ASKED = re.compile(r"\b(?:limit|capacit|maxim|cap\b|ceiling|allow|licens|permit)", re.IGNORECASE)


def _asks_bound(q: QuestionInfo) -> bool:
    """Whether a question asks a bound (``_BOUND_ASKED``: "what is the ferry's limit", "how many was it
    allowed to carry"), in its words or in its terms as searched (a misspelt "alowed" is read as
    "allowed"): then a bound a statement gives is the answer, not a figure to set aside."""
    return any(_BOUND_ASKED.search(t) for t in (q.text, *q.terms, *q.search_terms))


def _dates(text: str, published: date | None) -> frozenset[tuple[str, ...]]:
    """The days, weeks, months and years a statement states, each read to the calendar as the timeline
    reads it (``find_dates``: "on Friday" against its article's date, "23 March" and "March 23" alike),
    so that outlets writing one date their own ways give one value; a day or month also by itself, its
    year aside ("XXXX-03-23"), as an article whose year is unknown gives it. A weekday in an undated
    article places nothing and gives no value."""
    # imported here, as ``period`` does: the date grammar is start-up an undated corpus need not pay for
    from retrieval.timeline.dates import find_dates

    out: set[tuple[str, ...]] = set()
    for m in find_dates(text, published):
        out.add((m.value,))
        if m.precision in ("day", "month"):
            out.add((_year_aside(m.value),))
    return frozenset(out)


def _year_aside(value: str) -> str:
    """A calendar value with its year set aside ("2026-03-23" -> "XXXX-03-23"), as ``find_dates`` writes
    a day of an article whose year is unknown."""
    return "XXXX" + value[4:]


def _yearless(dates: frozenset[tuple[str, ...]]) -> frozenset[tuple[str, ...]]:
    """Dates (``_dates``) with a day's or month's year set aside: what an article of unknown year can
    be compared by."""
    return frozenset((_year_aside(v),) if len(v) > 4 else (v,) for (v,) in dates)


def _values(
    q: QuestionInfo, text: str, ctx: AnswerContext, published: date | None = None
) -> frozenset[tuple[str, ...]]:
    """What a statement gives as the answer to ``q``: its numbers of the kind asked (``kinded_figures``:
    a sum of money for "how much", a share for "what percentage", a number of the things a "how many X"
    counts, of any kind for another measure), not the question's own nor a bound (``_BOUND``); else the
    names it gives of the kind asked (``new_names``); for a date, the dates it states (``_dates``, read
    against ``published``, its article's date). A count of what a "how many X" counts is its value
    alone, however the sentence writes X beside it: right after the number ("70 staff") or a few words on,
    as the answer's own count is read (``counted_numbers``: "70 members of staff", "injuring at least 12
    others" of people), so that two outlets counting it in other words give one value."""
    if q.kind == "number":
        asked = figures(q.text)
        counted = {q.counted, *q.counted_with} - {""}
        if not _asks_bound(q):
            text = _BOUND.sub(" ", text)
        if counted and not q.measure:
            near = counted_numbers(text, counting(q), ctx.tokenizer, WEIGHTS.count_window)
            kinded = {v for v, kind in kinded_figures(text, ctx.tokenizer) if counted & set(kind.split())}
            return frozenset((value, "") for value in (near | kinded) - asked)

        def fits_kind(kind: str) -> bool:
            if q.measure == "money":
                return kind in CURRENCIES
            if q.measure == "percent":
                return kind == "%"
            # a question naming no kind ("what are rates expected to rise to") takes any: which of a
            # statement's numbers is the answer is then told by the answer's (``_sole_figure``)
            if q.measure or not counted:
                return True
            return bool(counted & set(kind.split()))

        return frozenset(
            (value, kind)
            for value, kind in kinded_figures(text, ctx.tokenizer)
            if value not in asked and fits_kind(kind)
        )
    if q.kind == "date":
        return _dates(text, published)
    return _asked_names(q, text, ctx)


def _asked_names(
    q: QuestionInfo, text: str, ctx: AnswerContext, longer: bool = False
) -> frozenset[tuple[str, ...]]:
    """The names of the kind asked that a statement gives (``new_names``), each as its sorted terms;
    none for a question asking for a number."""
    if q.kind == "number":
        return frozenset()
    kind = q.kind if q.kind in ("person", "place") else "entity"
    return frozenset(tuple(sorted(n)) for n in new_names(kind, text, q, ctx.tokenizer, longer))


def _shares(q: QuestionInfo, given: frozenset[tuple[str, ...]], other: frozenset[tuple[str, ...]]) -> bool:
    """Whether another statement gives one of the answer's values: a number of the same value and kind,
    or a name with all of its words ("Salmonella" is not "Salmonella Newport")."""
    if q.kind == "number":
        return not given.isdisjoint(other)
    return any(set(a) <= set(b) for a in given for b in other)


class _Story:
    """The answer's story, for another outlet stating the answer's figure in other words ("Mr Glazer's
    offer values the club at \u00a3800m" beside "the latest proposal ... values the club at \u00a3800m").
    Such a sentence lacks question words the answer has ("latest proposal"), so it neither covers the
    question nor holds every word the answer says; yet the same amount of the same kind, told of the
    same story, is the same fact. The story is what the answer's article is about: the question's names
    its headline or main subjects hold (a first name the article leaves out is no part of it). Another
    outlet's sentence restates the figure when its own sentence, headline or subjects hold those names
    too, it says at least one of the question's words beside its names, when the answer says one (its
    relation: "values"; an answer saying none has no relation to match; the other outlet may say one the
    answer does not: "Borrowing costs are tipped to rise ... to 2.25%" beside "Minutes of the meeting
    which pushed rates up to 2.25%", for "what are rates expected to rise to"), and every name it gives
    that the question does not is one of the story's (either article's headline or subjects, the
    answer's words): "Mr Glazer's offer for Other FC valued it at \u00a3800m" is another thing with the
    same number. Only for a number: a name is written beside too many things of a story to be told
    apart this way."""

    def __init__(self, q: QuestionInfo, ctx: AnswerContext, doc_id: str, said: frozenset[str]):
        self.q, self.ctx = q, ctx
        about = self._about(doc_id)
        self.names = frozenset(t for t in q.terms if is_name(q, t) and credit(q, t, about) > 0)
        self.known = about | said

    def _about(self, doc_id: str) -> frozenset[str]:
        """An article's headline terms and main subjects: what it is about."""
        return title_terms(self.ctx, doc_id) | subjects_of(self.ctx, doc_id)

    def restates(self, c: Candidate, held: Sequence[str]) -> bool:
        """Whether ``c``, another outlet's sentence giving the answer's figure, tells it of this story."""
        if not self.names:
            return False  # a story named by nothing: any article could hold the figure
        terms = self.ctx.terms(c.row)
        about = self._about(c.sentence.doc_id)
        if not all(credit(self.q, t, terms | about) > 0 for t in self.names):
            return False
        # (of a "how many X", a word beside X: X itself is what any count of the story's counts, "four
        # counts of bribery" at a verdict beside "indicted on nine counts", and says no relation)
        asked = [t for t in self.q.terms if not is_name(self.q, t)]
        counted = {self.q.counted, *self.q.counted_with}
        asked = [t for t in asked if t not in counted] or asked
        if not held or not any(credit(self.q, t, terms) > 0 for t in asked):
            return False
        known = self.known | about
        names = new_names("entity", c.sentence.text, self.q, self.ctx.tokenizer)
        return all(not n.isdisjoint(known) for n in names)


def _value_terms(
    q: QuestionInfo, answer: str, given: frozenset[tuple[str, ...]], ctx: AnswerContext
) -> list[str]:
    """The index terms writing the answer's value: a name's own terms; for a number, the terms of the
    figure as the answer writes it ("2.25%" -> "2", "25"; "\u00a3800m" -> "800m")."""
    if q.kind == "date":
        return []  # (a date's calendar value is no index term: confirmations come from the candidates)
    if q.kind != "number":
        return sorted({t for name in given for t in name})
    out: set[str] = set()
    for m in _KINDED.finditer(answer):
        written = kinded_figures(m.group(0), ctx.tokenizer)
        # (a count is given as its value alone: ``_values``)
        if written & given or {(value, "") for value, _ in written} & given:
            scale = m.group("scale") or ""
            out.update(ctx.tokenizer.tokens(f"{m.group('num')}{scale}"))
    return sorted(out)


def _found_by_value(
    q: QuestionInfo,
    best: Candidate,
    answer: str,
    given: frozenset[tuple[str, ...]],
    cands: Sequence[Candidate],
    ctx: AnswerContext,
) -> list[Candidate]:
    """Other articles' sentences writing the answer's value that the question's own retrieval left
    out: an outlet stating the same figure or name in other words ("Reports have put the offer at 300p
    per share, which would value Manchester United at about \u00a3800m" beside "the latest proposal
    ... values the club at \u00a3800m") shares too few of the question's words to rank among its
    candidates, though it is the same fact. They are searched for with the value's own terms beside
    the question's, then scored against the question on the candidates' scale, so that every check a
    confirmation must pass (it answers the question, tells the same story, agrees on every fact)
    applies to them as to any candidate; a sentence holding none of the question's terms is none."""
    terms = _value_terms(q, answer, given, ctx)
    if not terms:
        return []
    search = q.search_terms
    probe = list(dict.fromkeys([*terms, *search]))
    seen = {c.row for c in cands}
    rows = [
        h.index
        for h in ctx.scorer.top_k(probe, WEIGHTS.confirm_search)
        if h.index not in seen and ctx.sentences[h.index].doc_id != best.sentence.doc_id
    ]
    if not rows:
        return []
    raw = ctx.scorer.score_rows(search, np.array([best.row, *rows], dtype=np.int64)).tolist()
    # the question's best retrieval score, which the candidates' BM25 share is of (read back from the
    # answer's own share of it)
    top = raw[0] / best.bm25 if best.bm25 > 0 and raw[0] > 0 else max(raw)
    hits = [Hit(r, v) for r, v in zip(rows, raw[1:], strict=True) if v > 0]
    if not hits or top <= 0:
        return []
    return score_candidates(q, hits, ctx, (top, document_scores(q, hits, ctx)))


def confirm_value(
    q: QuestionInfo,
    best: Candidate,
    first: Sequence[Sentence],
    cands: list[Candidate],
    ctx: AnswerContext,
    citations: list[Citation],
) -> list[Statement]:
    """Other outlets stating the fact of ``first`` (the answer, or a version of it): a sentence of
    another article that answers the question as well (``answers``, with the coverage an answer
    needs), says what the answer says of the question's words, gives its value (``_values``: the same
    number of the same kind, the same name) and places it at no other time or place (``conflict``).
    Each is quoted whole, verbatim, as what that outlet reports, to follow the statement labelled as
    such, so a [k] follows only k's own words; outlets writing the very same sentence share one quote
    (their citations are appended to ``citations``). One giving another value is no confirmation (it
    may be a version: ``compose._versions``, confirmed in turn)."""
    # an open "what" is answered by a name only when it asks for a kind of thing the answer names
    # ("what language" -> "Xhosa"); its other answers ("what does the plant do") hold no value to match
    named = q.kind != "what" or best.fills_head or best.names_kind
    if q.kind not in _VALUED or not named or best.type_score < (1.0 if q.kind != "what" else 0.5):
        return []
    answer = join_parts(first)

    def published(doc_id: str) -> date | None:
        return ctx.documents[doc_id].meta.published

    given = _values(q, answer, ctx, published(first[0].doc_id))
    every = _asked_names(q, answer, ctx, longer=True)
    if q.kind not in ("number", "date") and given:
        # a name that most of the retrieved articles are about (one of their main subjects, or in their
        # headline: the company at the centre of an outbreak) is their story's, named by sentences about
        # anything in it: no value of the answer's own
        docs = {c.sentence.doc_id for c in cands}
        terms = [subjects_of(ctx, d) | title_terms(ctx, d) for d in docs]
        given = frozenset(
            v for v in given if sum(not t.isdisjoint(v) for t in terms) <= WEIGHTS.confirm_topic * len(terms)
        )
    if q.kind == "number" and not q.measure and not (q.counted or q.counted_with) and len(given) > 1:
        return []  # no kind asked, and the answer gives several numbers: which one answers is not told
    if not given:
        return []
    # the question's words the answer itself says (its relation to them: "won" in "who won the cup"),
    # which a confirming sentence must say too, in its own words or the question's (``credit``): one
    # naming the winner in a sentence about something else ("Moya admitted: ...") states another fact
    said = terms_of(ctx, first)
    held = [t for t in q.terms if not is_name(q, t) and credit(q, t, said) >= 1.0]
    story = _Story(q, ctx, first[0].doc_id, said)
    cited = {c.doc_id for c in citations}
    found: dict[str, list[Sentence]] = {}
    for c in [*cands, *_found_by_value(q, best, answer, given, cands, ctx)]:
        s = c.sentence
        # (a sentence's text from its first word: a page's stray lead-in ": NATO leaders ..." dropped, so
        # that outlets carrying one sentence share its quote, still a slice of each)
        text = s.text.lstrip(_LEAD_IN)
        if len(found) >= WEIGHTS.confirm_quotes and text not in found:
            continue
        if (
            s.doc_id in cited
            or not ctx.quotable[c.row]
            or len(s.text) > WEIGHTS.quote_chars
            or c.score < WEIGHTS.corroborate_ratio * best.score
            or c.type_score < best.type_score
        ):
            continue
        if q.kind == "what" and not (c.fills_head or c.names_kind):
            continue
        if ctx.notices[c.row]:
            # a correction notice (``retracts``, told when the corpus was built) repeats the figure it
            # takes back: it confirms nothing
            continue
        theirs = _values(q, s.text, ctx, published(s.doc_id))
        if not _shares(q, given, theirs):
            continue
        full = (
            c.coverage >= WEIGHTS.abstain_coverage
            and all(credit(q, t, ctx.terms(c.row)) > 0 for t in held)
            and answers(q, c, ctx)
        )
        if not full and not (q.kind == "number" and story.restates(c, held)):
            continue
        # names, numbers, places and dates agree: it names nothing of the asked kind that the answer
        # does not ("Tom Brady announced his retirement" for "Rob Gronkowski announced his retirement"),
        # gives no other figure of a kind the answer gives ("$250 (\u00a3132)" for "$250 (\u00a3129)"),
        # and places it nowhere the answer does not ("in San Francisco" for a nationwide average)
        # (of a date, the asked kind: a confirmation states no day, month or year the answer does not)
        if q.kind == "date" and not _yearless(theirs) <= _yearless(given):
            continue
        others = _asked_names(q, s.text, ctx, longer=True) if q.kind != "date" else frozenset()
        filling = list(head_names(s.text, q, ctx.tokenizer, WEIGHTS.head_window)) if c.fills_head else []
        if q.kind in ("what", "entity") and filling:
            # of "which firm": the names standing at the asked noun ("Harlow Engineering, the firm that
            # built ...") are the ones of the asked kind; the sentence's others ("Residents are suing
            # Tamworth Council and ...") are what it says of them, as the answer's own are
            others = frozenset(b for b in others if any(not f.isdisjoint(b) for f in filling))
        if any(not any(set(a) & set(b) for a in every) for b in others) or differ(answer, s.text):
            continue
        if conflict(answer, s.text) or not facts(s.text)[2] <= facts(answer)[2]:
            continue
        cited.add(s.doc_id)
        found.setdefault(text, []).append(s)
    out = []
    for i, (text, group) in enumerate(found.items()):
        nums = []
        for s in group:
            citations.append(citation_of(len(citations) + 1, ctx.documents[s.doc_id], text))
            nums.append(len(citations))
        out.append(Statement(text=_also_reported(i, text), citations=nums))
    return out


def in_reading_order(
    citations: list[Citation], statements: list[Statement]
) -> tuple[list[Citation], list[Statement]]:
    """The citations renumbered in the order the statements first mark them (a confirmation placed
    after the statement it confirms was numbered after the statements below it), and the statements'
    markers with them; a citation no statement marks keeps its place after them."""
    order = list(dict.fromkeys([n for st in statements for n in st.citations] + [c.n for c in citations]))
    new = {old: i + 1 for i, old in enumerate(order)}
    by_n = {c.n: c for c in citations}
    renumbered = [by_n[n].model_copy(update={"n": new[n]}) for n in order if n in by_n]
    marked = [st.model_copy(update={"citations": [new[n] for n in st.citations]}) for st in statements]
    return renumbered, marked
