"""Mentions: the dated events one document reports, each a sentence (or its date's clause) with the date
it gives, found once per corpus when the timeline index is built."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from retrieval.ingest.pubdate import day_line_date
from retrieval.lexicon import (
    FILLER_WORDS,
    MONTHS,
    NUMBER_WORDS,
    REPORTED_PLAN,
    REPORTING_WORDS,
    SPELLED_NUMBER,
    STOP_WORDS,
    SURE_FUTURE,
    TIME_WORDS,
    UNSETTLED,
    WEEKDAYS,
)
from retrieval.models import Document, Precision, Sentence
from retrieval.search.text import greets_readers, leaves_quote_open
from retrieval.timeline.dates import body_sentences, find_dates
from retrieval.timeline.expressions import (
    FINITE_AFTER,
    MOVED_FROM,
    PARTICIPLE_BEFORE,
    PAST_VERB,
    PLAN_WORD,
    PUT_ON,
    SET_BEFORE,
    SET_FOR,
    SUBJECT_FUTURE,
    DateMention,
    future_marker,
    reported_after,
)
from retrieval.timeline.finder import dateline_end
from retrieval.timeline.page import CORRECTS, OWN_CORRECTION, STAMP, entry_stamps


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


WORD = re.compile(r"[^\W_]+")


STOP = FILLER_WORDS


# Clause boundaries a date's event line may be cut at: semicolons, dashes, and a comma before a
# subordinating word ("..., after a previous meeting on May 16, following ...").
_CLAUSE_CUT = re.compile(
    r";\s+|\s+[—–]\s+|,\s+(?=(?:after|before|while|but|as|when|following|despite|although|though|amid|"
    r"whereas|because|which|where|and\s+(?:then|later))\b)"
)


#: a date this long before the article's publication is background, not news (so is a year alone before
#: the publication's year)
_BACKGROUND = timedelta(days=180)


#: a sentence longer than this is cut to the clause of its date
_LONG = 170


#: the fewest words beside its date a sentence needs to tell an event: someone and what they did ("Donate
#: today." is a footer's plea, "Talks resumed today." an event)
_EVENT_WORDS = 2


#: days after a date from which its report is a look back
_RETRO_DAYS = 2


#: how far before a date its span cue may start ("throughout early ")
_SPAN_REACH = 40


#: a date that bounds a span rather than dating an event ("until June", "since 2019", "homes built before
#: 1950", "prior to March 3"): the event is not on it ("after" is left out: "two days after March 3" dates)
_SPAN_CUE = re.compile(
    r"\b(?:until|till|since|by|through|throughout|before|prior\s+to)\s+(?:early\s+|late\s+|mid-?)?$",
    re.I,
)


#: a date closing a period a noun phrase names ("the accounts for the year to March 2024", "the quarter
#: ending June 30", "in the three months ended 31 March", "the season to May"): a reporting period's bound,
#: as "until March" is a span's, which dates no act (the sentence's act, a qualified opinion or a loss, was
#: told on another day). Only after a determiner or a count ("postponed by a week to Friday" sets a day)
_PERIOD_END = re.compile(
    r"\b(?:(?:the|its|their|his|her|this|that|each|every|last|first|second|third|fourth|final)\s+"
    r"(?:(?:financial|fiscal|calendar|accounting|trading|reporting|football|playing|academic|school|tax|"
    r"budget|\d+|two|three|four|six|nine|twelve|eighteen)[\s-]+){0,2}"
    r"|(?:\d+|two|three|four|six|nine|twelve|eighteen)\s+)"
    r"(?:year|years|quarter|quarters|half|half-year|season|month|months|week|weeks|period|term)\s+"
    r"(?:to|ending|ended|through|until|till|up\s+to)\s+(?:the\s+end\s+of\s+)?(?:early\s+|late\s+|mid-?)?$",
    re.I,
)
#: how far before a date its period's noun phrase may start ("the financial year ending ")
_PERIOD_REACH = 70


#: a date a deadline is set for ("set a deadline of midnight on March 9", "with a deadline of 31 January",
#: "the deadline is Friday"): an attribute of the demand or notice the sentence tells, which was issued on
#: another day; what is due may be done before it, or never (unlike "is due to report by May 15, 2026",
#: which dates the act due, below)
_DEADLINE_OF = re.compile(
    r"\bdeadline\s+(?:of|for|is|was|on|at)?\s*(?:(?:midnight|noon|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?)\s+)?"
    r"(?:on\s+)?$",
    re.I,
)


#: ... unless "by" closes a deadline set in its clause for a full date the text writes out ("is due to report
#: by May 15, 2026"): the day something is due is the event of the plan, as "will report on May 15, 2026"
#: is ("had restored water by Monday morning" still bounds a state; "must report to prison by June 15",
#: its year not written, is left out: an undated article's year for it would be a guess)
_DEADLINE_BY = re.compile(
    r"\b(?:due|must|required|ordered|deadline|expected|obliged|will|shall|plans?|set)\b[^,;:.!?]{0,60}\bby\s+$",
    re.I,
)


#: ... or that starts the expression itself ("since Monday's attack", "until Thursday": a weekday's
#: pattern takes its preposition in)
_SPAN_LEAD = re.compile(r"(?:until|till|since|by|through|throughout|before)\s", re.I)


#: a quotation mark opening the older figure as another's words ("up from the 'at least 12' reported")
_QUOTE_OPEN = "[\"'\u2018\u201c]?"
#: a date in a comparison's baseline ("the toll rose to 17 on Wednesday, up from 12 reported on Monday",
#: "fell to 4.1 percent in March, down from 4.4 percent in February", "compared with April", "revised it
#: to £52 million, up from the £38 million it gave last week"): the day the older figure held or was given,
#: not the sentence's event (under it the line would read as if the toll reached 17
#: that day); so is a "from" after the new figure ("rose to 5.9% from 5.1% a week earlier"), and the
#: figure a multiple or a comparative measures against ("nearly three times the figure given two days
#: earlier", "twice the number reported on Monday", "more than the 40 homes lost in March"). "Up"/"down
#: from" only before the older figure ("fares go up from Monday" dates the rise); the phrase still open
#: at the date: no clause mark between them
_BASELINE = re.compile(
    rf"\b(?:(?:up|down|to\s+(?:[£$€¥]\s?)?\d[^,;:!?()]*?)\s+from\s+(?:(?:the|its|their|an?)\s+)?{_QUOTE_OPEN}"
    rf"(?:(?:at\s+least|about|around|nearly|almost|roughly|some|over|under)\s+)?"
    rf"(?:[£$€¥]\s?)?(?:\d|(?:{SPELLED_NUMBER})\b)|compared\s+(?:with|to)\b"
    rf"|(?:(?:(?:\d+(?:\.\d+)?|{SPELLED_NUMBER}|several|many)\s+times|twice)"
    r"|(?:more|less|fewer|higher|lower|greater|larger|smaller|bigger)\s+than)"
    r"\s+(?:the|its|their|those|that|an?)\s)[^,;:!?()]*$",
    re.I,
)
#: how far before a date its baseline phrase may start ("up from at least 1,200 cases reported on ")
_BASELINE_REACH = 60

#: verbs of saying, which tell what was said, not done (``Mention.saying``; the merge's ``_saying_acts``;
#: ``_SAID_ON``, ``_SAYS``)
SAYING_VERBS = (
    "said says stated wrote announced confirmed added told informed warned briefed disclosed revealed "
    "explained insisted acknowledged admitted noted reported claimed"
).split()
_SAYING = "|".join(SAYING_VERBS)
#: a date right after the attribution's verb ("the airline said Monday", "announced on Friday"): it dates
#: the saying, which the sentence's other date, the event told, already places on the timeline
_SAID_ON = re.compile(rf"\b(?:{_SAYING}|told\s+\w+)\s+(?:on\s+)?$", re.I)
#: a verb of saying anywhere in a sentence ("X will close from Monday, the principal has confirmed")
_SAYS = re.compile(rf"\b(?:{_SAYING}|told)\b", re.I)

#: how far before a date the attribution's verb may start
_SAID_REACH = 24

#: a date the saying is told on, with whom it was told to or where or how it was said between ("said on
#: Tuesday", "told the Post on Friday", "informed BP officials late Wednesday", "said in an email on Tuesday
#: evening", "announced at a news conference on Monday", "in a statement issued on Monday", "announced in
#: June"): the report's event is the saying (``Mention.saying``), whatever the words of what was said. A
#: hearer is a few words, none a past verb ("told him it collapsed on" is no hearer)
_HEARER_WORD = r"(?!\w+ed\b|to\b|that\b)[\w'\u2019.-]+"
_SAID_THROUGH = re.compile(
    rf"(?:\b(?:{'|'.join(SAYING_VERBS)})"
    rf"|\b(?:told|informed|warned|briefed)\s+(?:(?:the|an?|his|her|its|their)\s+)?(?:{_HEARER_WORD}\s+)?"
    rf"{_HEARER_WORD})"
    r"(?:\s+(?:in|at|during|through|via)\s+(?:an?|the|his|her|its|their)\s+(?:[\w'\u2019-]+\s+){0,2}?"
    r"[\w'\u2019-]+)?"
    r"\s+(?:(?:on|in)\s+)?(?:(?:early|late)\s+)?$"
    r"|\b(?:in|through|via|according\s+to)\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:statement|e-?mail|letter|interview|briefing|post|tweet|memo|(?:news|press)\s+(?:conference|release))"
    r"(?:\s+(?:issued|released|published|posted|sent|given))?\s+(?:on\s+)?(?:(?:early|late)\s+)?$",
    re.I,
)
#: how far before a date a saying told through its medium may start ("announced at a news conference on ")
_SAID_REACH_THROUGH = 64

#: a date written as the name of an event it modifies ("caused the March 3 fire", "its May 5 vote"):
#: the determiner before it and a lowercase noun after it
_LABEL_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our)\s+$", re.I)
_LABEL_AFTER = re.compile(r"\s+([a-z][a-z-]+)\b")
#: a date owning the noun after it names that thing ("handled Sunday's heat", "the March 3 fire"'s kin):
#: the sentence's event is dated by its other date, if it has one
_POSSESSED = re.compile(r"['\u2019]s\s+[a-z]")
#: what may open the clause a dated noun phrase stands at the head of: the sentence's start (past a live
#: entry's time stamp), a dateline's dash, a colon or semicolon, "that" or a verb of saying ("said Tuesday's
#: fire destroyed 40 homes"); a determiner before the date is the phrase's ("The March 3 fire forced ...")
_CLAUSE_HEAD = re.compile(
    r"(?:^\W*(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?\s?m\b\.?)?)?|[\u2014\u2013:;]|\bthat|\b(?:said|says))\W*"
    r"(?:\b(?:the|its|their|his|her|our)\s+)?$",
    re.I,
)
#: a dated noun phrase as where or when a verb's act takes place ("were vaccinated at Saturday's clinic",
#: "will speak at Monday's rally", "injured in Tuesday's blast"): the act's date, not a name
_AT_EVENT = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:at|in|on|during)\s+(?:the\s+)?$", re.I)
#: how far before a date its sentence is read for a plan since given up ("originally set for March 10"),
#: in characters: a clause's verb and the few words before its date
_PLAN_REACH = 80

#: a date naming when the coverage itself appeared ("An article on March 3 incorrectly stated ...", "in
#: a story published Tuesday"): a correction's or a follow-up's reference to a page, not an event. The
#: page's noun in lower case, or opening the sentence: a capitalised one inside it is an outlet's name,
#: told as a hearer ("the coroner's office told the Post on Friday": the saying's day)
_PAGE_OF = re.compile(
    r"(?:\b(?:article|story|edition|column|version|update|post)|^\W*(?:Article|Story|Edition|Column|Version|"
    r"Update|Post))\s+(?i:(?:published|posted|that\s+ran)\s+)?"
    r"(?:(?i:by|in)\s+(?:[Tt]he\s+)?(?:[A-Z][\w&'\u2019.-]*\s+){1,4})?(?i:on\s+|in\s+|of\s+)?(?i:the\s+)?$"
)
#: a date naming a page by the word after it ("An October 6 article by Capital Markets Wire misstated ...")
_PAGE_AFTER = re.compile(r"\s+(?i:article|story)\b")
#: how far before a date a reference to a page may start: its outlet's name between ("An article published
#: by the Harbor Ledger on October 4 misstated ...")
_PAGE_REACH = 64

#: how far before a date its negation may start ("not until the spring of ")
_NEGATION_REACH = 24

#: a date inside an open question ("has not said when the bridge will reopen on Friday", "it is unclear
#: whether the vote will go ahead on May 5"): what it would date is neither done nor set for that day
_OPEN_QUESTION = re.compile(rf"{UNSETTLED}[^,;:!?()]*$", re.I)

#: how far before a date its open question may start ("has not yet said whether the depot at Harlow will
#: close on ")
_OPEN_QUESTION_REACH = 100

#: a date inside a condition ("could reopen by September if building work starts in April", "unless talks
#: resume on Monday"): what it would date may never happen, and the sentence's own act is not on it
_CONDITION = re.compile(r"\b(?:if|unless)\b[^,;:!?()]*$", re.I)

#: how far before a date its condition may open ("if the contractor's crews can start work in ")
_CONDITION_REACH = 60

#: what opens a page's note on its own copy, the date right after it ("Updated 10 March 17:20 with comment
#: from the council", "Last updated: 11 March 2026"): when the page changed, no event of the story
#: ("Updated figures released on Monday show ..." opens on no date, and tells one)
_UPDATE_NOTE = re.compile(r"\s*(?:last\s+)?updated\s*(?::\s*|on\s+)?", re.I)

#: how far before a date the label of a product's printed date may start ("with best-by dates from ")
_ATTRIBUTE_REACH = 36

# A date printed on or naming an attribute of a thing, not an event: "cups with best-by dates from Oct. 2",
# "an expiration date of March 3", "packages stamped May 5", "a letter dated June 1". The event the
# sentence tells (a recall) is dated elsewhere, or by nothing the sentence says. ("The lease's expiration
# on May 3", "the ceasefire expired on Monday" are events: only an expiration's printed date is a label.)
_ATTRIBUTE = re.compile(
    r"\b(?:(?:(?:best|use|sell|freeze|enjoy)[- ]by|best[- ]before|packed[- ]on)(?:\s+(?:dates?|codes?))?"
    r"|(?:expiration|expiry|printed|stamped|lot|pack|packing|production|manufacturing)\s+(?:dates?|codes?)"
    r"|dated|stamped)\s*:?\s*(?:(?:of|from|between|on|as)\s+)?(?:the\s+)?$",
    re.I,
)

#: ... but a document's own date, the document being what the sentence's act is told through ("In a letter
#: dated 14 October 2024, she warned the board ...", "said in an email dated May 2 that ...", "according to a
#: memo dated 3 June, ..."), dates that act: the writing is the warning. (A document only named, "the suit
#: cites a letter dated June 1", keeps its date as the letter's label.)
_THROUGH_DOCUMENT = re.compile(
    r"\b(?:in|through|by|via|according\s+to)\s+(?:a|an|the|his|her|its|their|our|my|your)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:letter|memo|memorandum|e-?mail|note|notice|message|statement|submission|filing|"
    r"report|affidavit|complaint|petition|motion|circular|directive|order|ruling|judgment|text)\s+dated\s+$",
    re.I,
)
#: how far before a date the document it is of may be named ("according to a confidential internal memo
#: dated ", "an internal audit of the trust's computer systems, dated ")
_DOCUMENT_REACH = 100
#: ... or the document is the sentence's subject, its date in apposition and its act after ("The report,
#: dated March 14, 2025, found ...", "The letter, dated 2 June, warned ...", "An internal audit of the
#: trust's systems, dated 14 November 2025, warned ...": the noun with what it is of, by or into): its
#: writing is the act told
_DOCUMENT_SUBJECT = re.compile(
    r"\b(?:the|an?|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:report|review|audit|letter|memo|memorandum|"
    r"e-?mail|note|notice|statement|submission|filing|affidavit|complaint|petition|ruling|judgment|study)"
    r"(?:\s+(?:of|into|by|from|on|for|to)\s+(?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+)?"
    r"\s*,\s*dated\s+$",
    re.I,
)
#: the act after the apposition, which may go on before it closes ("dated 14 November 2025 and seen by the
#: BBC, warned ...")
_DOCUMENT_ACT = re.compile(
    rf"(?:\s+and\s+(?:[\w'\u2019-]+\s+){{0,5}}?[\w'\u2019-]+)?,\s+(?:[a-z]+ly\s+)?(?:{PAST_VERB.pattern})",
    re.I,
)


# What joins a date to the one before it as the end of one span ("Sept. 18 through Sept. 30", "May 3 -
# May 9"), or, after "between"/"from" before the first, "and"/"to" ("between Sept. 18 and Sept. 30"); or
# as the next of a list (", " / "or"), which a printed date's label also covers ("dated May 2, May 3 or
# May 4").
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|through|thru|until|till)\s*", re.I)
_PAIRED_JOIN = re.compile(r"\s*(?:and|to|-|–|—)\s*", re.I)
_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+$", re.I)
#: ... or opening the first date's own expression ("from Monday", read with its "from")
_RANGE_LEAD = re.compile(r"(?:between|from)\s", re.I)
#: two dates joined by a plain "and" ("on Friday and Saturday")
_PAIR_AND = re.compile(r"\s*(?:and|&)\s*(?:on\s+)?", re.I)
#: how far before a date the verb that moves something to it may start ("postponed the vote from May 3 to ")
_SET_FOR_REACH = 80
_LIST_JOIN = re.compile(r"\s*(?:,|,?\s*(?:and|or|to|through|-|–|—))\s*", re.I)

# A date the sentence denies or sets aside dates nothing: "my mum needs care today, not next month", "the vote
# was held in May rather than in June", "the ruling came on Tuesday instead of Friday". Only a negation right
# before the date: in "the talks did not resume on Friday" the verb is denied, and the day still dates it.
_NEGATED = re.compile(
    r"\b(?:not|never|rather\s+than|instead\s+of)\s+(?:(?:on|in|at|by|until|till|before|after|from|"
    r"during|for|as\s+early\s+as|as\s+late\s+as)\s+)?(?:the\s+)?(?:early\s+|late\s+|mid-?)?$",
    re.I,
)


#: how far before a date a record's comparison may start ("the most significant change to the city's
#: government since the charter was rewritten in ")
_RECORD_REACH = 120


# A date in the "since" clause of a superlative is the yardstick of a record, not the sentence's event: "the
# reservoir fell to 18 percent this week, the lowest level since records began in 1962" tells of this week. (A
# "since" clause alone is kept: "killed since protests began on 18 March" dates the protests.)
_RECORD_SINCE = re.compile(
    r"\b(?:the|its|their|his|her)\s+(?:\w+est|first|most|least|only)\b[^,;:.!?]{0,60}?\bsince\s+[^,;:.!?]*\b(?:in|on)\s+$",
    re.I,
)


#: a word opening a subordinate clause: a relative one ("talks that began on March 9", "the port, which
#: reopened on March 19, ...") or an adverbial one ("after", "while", "when", ...). A date inside such a
#: clause tells of a participant or the circumstances of the sentence's main event, not the event itself
#: ("that" only before a verb: "talks that began", not "said that the talks")
_SUBORDINATOR = re.compile(
    r"\b(?:which|who|whom|whose|where|when|while|after|because|although|though|following|amid|once"
    r"|that(?=\s+(?:(?:will|would|had|has|have|is|are|was|were|could|might|may)\b|"
    + PAST_VERB.pattern
    + r")))\b",
    re.I,
)
#: "that" opening a complement clause with its own subject and finite verb ("ruled on 17 April that the
#: council had consulted ... before its vote in March"): not a subordinator for ``_subordinate`` (after a
#: saying, "said on Friday that the bridge will reopen on 3 May", the clause is the news), but after another
#: act's date it tells what that act found, whose own dates are not the sentence's event
_COMPLEMENT = re.compile(
    r"\bthat\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:will|would|had|has|have|is|are|was|were|could|might|may|" + PAST_VERB.pattern + r")\b",
    re.I,
)
#: what closes a subordinate clause before the main clause goes on ("The port, which reopened on March 19,
#: said ..."): a comma, semicolon, colon or dash
_CLAUSE_CLOSE = re.compile(r"[,;:]|\s[—–-]\s")


def _subordinate(sentence: str, local: int) -> int:
    """Where the subordinate clause the date at ``local`` stands in opens, -1 when it stands in none still
    open there: the last subordinating word before it with no clause mark between them."""
    before = sentence[:local]
    opened = list(_SUBORDINATOR.finditer(before))
    if not opened or _CLAUSE_CLOSE.search(before, opened[-1].end()):
        return -1
    return opened[-1].start()


def _complement(sentence: str, local: int) -> int:
    """Where the "that" complement clause the date at ``local`` stands in opens (``_COMPLEMENT``), -1 when
    it stands in none still open there."""
    before = sentence[:local]
    opened = list(_COMPLEMENT.finditer(before))
    if not opened or _CLAUSE_CLOSE.search(before, opened[-1].end()):
        return -1
    return opened[-1].start()


def _after_act(
    out: list[Mention], said_on: set[int], complement_at: dict[int, int], at: dict[int, int]
) -> set[int]:
    """The mentions (by position in ``out``) in a complement clause opened after another date of their
    sentence that is no saying's ("ruled on 17 April that ... before its vote in March": the ruling's
    sentence, at the ruling's day). A sentence dated by a saying is left to ``_under_saying``."""
    saying = {out[i].sentence for i in said_on}
    found: set[int] = set()
    for i, m in enumerate(out):
        opens = complement_at[i]
        if opens < 0 or m.background or m.sentence in saying:
            continue
        if any(j != i and out[j].sentence == m.sentence and at[j] < opens for j in range(len(out))):
            found.add(i)
    return found


def _under_saying(
    out: list[Mention], said_on: set[int], clause_at: dict[int, int], at: dict[int, int]
) -> set[int]:
    """The mentions (by position in ``out``) a saying's day in their sentence tells better than they do,
    after it in the sentence the saying heads: a date coarser than that day holding it ("said on Thursday
    that it expects to resume all flights this month"), or one in a subordinate clause opened after it
    ("said on Thursday that the outage that grounded its fleet last month cost ..."; not "Protesters who
    were gathered in the square said Monday they were planning a march for Tuesday", whose "who" clause
    closes unmarked). A saying closing the sentence only attributes it ("This month's raid netted 2,000
    phones, the detective said on Friday": the raid's)."""
    days = {
        out[i].sentence: (at[i], date.fromisoformat(out[i].value))
        for i in said_on
        if out[i].precision == "day"
    }
    found: set[int] = set()
    for i, m in enumerate(out):
        said = days.get(m.sentence)
        if said is None or i in said_on or m.background:
            continue
        span = span_of(m.value)
        if at[i] > said[0] and (
            (m.precision != "day" and span.first <= said[1] <= span.last) or clause_at[i] > said[0]
        ):
            found.add(i)
    return found


# A phrase inside the sentence whose own act a date in it tells, not the sentence's main act: a reason
# ("was docked six points for failing to pay wages in January": the deduction is not January's) or a
# comparison ("said explosions like the one on Tuesday are rare") or a relative clause in the past perfect
# ("Okafor, who had called for Voss to step aside on Monday, said ...": done before the main act), still
# open at the date (no clause mark between). (Another relative or a "when" clause is kept when it is the
# only date, ``_subordinate``: "The ferry that capsized on Saturday was carrying 143 people", "When the storm
# hit on Monday, 300 homes lost power" tell the main act's day too; measured on the users' corpora, dropping
# them lost more right lines than wrong ones.) But a relative clause on the object of a preposition the main
# act is about or done for ("fined the operator on Friday over the derailment that injured 40 people on 3
# May", "charged with the murder which took place on 4 May", "the families of the victims who died on ...")
# tells that object's act: its date is not the main act's, and listed there the line would read as the
# fine's day. (Not "in", "at" or "on", whose object is mostly the main act's own event: "were hurt in the
# crash that happened on 3 May"; nor "after" or "following", which frame the main act in time.)
_OWNING_PHRASE = re.compile(
    r"(?:\bfor\s+(?:not\s+)?[a-z]+ing\b"
    r"|\b(?:like|unlike|such\s+as|similar\s+to)\s+(?:the|those|that|this|one)\b"
    r"|\b(?:who|which|that|whose\s+[a-z]+)\s+had\s+(?:(?:not|never|already|[a-z]+ly)\s+)?"
    r"(?!been\s+[a-z]+ing\b)(?:been\s+)?[a-z]+(?:ed|en)\b"
    r"|\b(?:over|for|about|against|with|of|from|into)\s+(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:that|which|who)\s+(?:[a-z]+ly\s+)?(?:" + PAST_VERB.pattern + r")"
    r")"
    r"[^,;:!?()\u2014\u2013]*$",
    re.I,
)
#: ... and, for a day the text does not write out but counts ("nine days ago", "on Tuesday"), a relative
#: clause set off by a comma on the object of a preposition of a topic (over, for, about, against, into:
#: "ordered an inquiry into the failure of the spillway, which flooded the town nine days ago"; not
#: "clashed with the police, who fired tear gas on Tuesday", whose day is the clash's too) and a question
#: a preposition's object asks ("suspended pending an investigation into how three inmates escaped on
#: Tuesday"; not an infinitive's, "vote on whether (or not) to ... at a meeting on Friday"): listed at the
#: day counted, the line would read as the main act's, the
#: reader seeing no date beside the clause's verb ("the show, which was first broadcast in 1964" shows
#: its year where it belongs)
_OWNING_CLAUSE = re.compile(
    r"(?:\b(?:over|for|about|against|into)\s+(?:the|a|an|its|their|his|her)\s+"
    r"(?:[\w'\u2019-]+\s+){0,5}?[\w'\u2019-]+,\s+"
    r"(?:that|which|who)\s+(?:[a-z]+ly\s+)?(?:" + PAST_VERB.pattern + r")"
    r"|\b(?:over|for|about|against|of|from|into|on|as\s+to)\s+(?:how|why|what|whether|where|when)\b"
    r"(?!\s+(?:or\s+not\s+)?to\b)"
    r")"
    r"[^,;:!?()\u2014\u2013]*$",
    re.I,
)
#: a "since" clause still open before a date ("acting mayor since Kalloway took leave in "): it owns the date
#: only when the sentence's main clause goes on after it (``_MAIN_GOES_ON``): "Farms have lost 400 wells
#: since the drought began in 2019." ends on it, and its line at 2019 tells the span's start
_SINCE_CLAUSE = re.compile(
    r"\bsince\s+(?-i:(?:[A-Z][\w'\u2019-]+\s+)+|(?:the|an?|his|her|its|their|he|she|it|they|we)\s+)[a-z]"
    r"[^,;:!?()\u2014\u2013]*$",
    re.I,
)
#: after a date, the clause closing and the sentence going on with more than an attribution (", declined
#: to comment", not ", officials said")
_MAIN_GOES_ON = re.compile(
    r"[^,;:!?()\u2014\u2013]*(?:[,;:]|\s[\u2014\u2013-]\s)\s*"
    r"(?!(?:[\w'\u2019.-]+\s+){0,5}(?:said|says|told|added|according)\b)[\w\"\u201c]",
    re.I,
)
#: how far before a date the phrase owning it may open ("for failing to pay players' wages on time in ")
_OWNING_REACH = 70


def _phrase_owned(sentence: str, local: int, end: int, counted: bool) -> bool:
    """Whether the date at [local, end) dates a phrase inside the sentence, not its main act: a reason or a
    comparison (``_OWNING_PHRASE``), a clause on a preposition's object when the day is ``counted`` (not
    written out: ``_OWNING_CLAUSE``), a "since" clause the main clause goes on after, or a participle
    modifying a noun before a finite verb ("The layoffs announced on Monday will fall ...")."""
    lo = max(0, local - _OWNING_REACH)
    return (
        _OWNING_PHRASE.search(sentence, lo, local) is not None
        or (counted and _OWNING_CLAUSE.search(sentence, lo, local) is not None)
        or (
            _SINCE_CLAUSE.search(sentence, lo, local) is not None
            and _MAIN_GOES_ON.match(sentence, end) is not None
        )
        or (
            PARTICIPLE_BEFORE.search(sentence, max(0, local - 30), local) is not None
            and FINITE_AFTER.match(sentence, end) is not None
        )
    )


#: a sentence this short right after a dated one continues it ("Maybe even bilaterally.")
_FOLLOW_UP_WORDS = 6


# Words that say nothing about which event a sentence tells: dates themselves, numbers, reporting verbs.
NOT_STORY = (
    frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | TIME_WORDS
    | (frozenset(NUMBER_WORDS) - {"a", "an"})
    | REPORTING_WORDS
)


@dataclass(frozen=True, slots=True)
class Mention:
    """One report of a dated event: a sentence of a document and the date it gives."""

    doc: int
    sentence: int  # the sentence's index in its document
    text: str  # the event line: the sentence or its date's clause, verbatim
    quote: str  # the full sentence
    value: str
    precision: Precision
    background: bool
    words: frozenset[str]
    #: reported more than a couple of days after the date: a look back, the surest sign the date mattered
    retro: bool = False
    #: the words written as names (capitalised inside the sentence): who and where the event is about
    names: frozenset[str] = frozenset()
    #: a short sentence right after, which continues this one ("Maybe even bilaterally.")
    follow_up: str = ""
    #: a correction's report (dated by its publication): the date of the outlet's own article it corrects
    #: ("" when it does not say), whose report of the withdrawn claim ``TimelineIndex`` drops
    corrects: str | None = None
    #: a live blog's entry: the minutes into the day of its time stamp, which orders the day's entries
    clock: int | None = None
    #: a correction's sentence after its notice that says what is right ("The vote was nine to four."), shown
    #: with it: a notice alone shows only the wrong claim. Not compared when reports are merged
    righted: str = ""
    #: a date in a subordinate clause of a sentence whose main clause's date shows the same line ("talks
    #: that began on March 9" of "... ended their strike on March 18 after talks that began on March 9"):
    #: it counts for its date's salience, and is cited there, but is never the line shown for it
    aside: bool = False
    #: the last day of a range the sentence states from this day ("from 3 to 7 April", "between March 3
    #: and March 7", "on Friday and Saturday"), "" for a single day
    end: str = ""
    #: told as still to come: a future marker before its date in its clause ("will open on Saturday", "is
    #: due to meet on April 2", "the trial resumes on Monday") or the day something is set for ("set the
    #: hearing for May 11"). A plan, which the merge never cites for the act of its day (a date after the
    #: article alone is no sign: a page's comments, "At 9:47 am on 10 Jun 2010, X wrote", run on after it)
    ahead: bool = False
    #: told only as a plan of its date: the future marker heads the clause its date stands in, and the
    #: sentence says nothing and tells nothing done before it ("The committee will question the chief
    #: executive next week"; not "The minister says she will ...", nor "The towpath will stay shut until
    #: the bank is rebuilt in May", whose date is another verb's): a live entry's plan of another day,
    #: which stands at that day, never at the entry's stamp
    plan_only: bool = False
    #: the Monday of the week a month's report stands for ("next week", shown as the month holding it),
    #: "" for any other: the merge joins it only to a day of that week, not to any day of its month
    week: str = ""
    #: told as still to come by the future tense or a plan's words ("will", "was expected to", "is due to"),
    #: not only by a present tense read as a schedule ("where it remains today"): a plan for later on the
    #: article's own day ("the team was expected to land tonight") is still one
    marked_future: bool = False
    #: its date is the day of a saying the sentence tells ("said in an email on Tuesday evening that ...",
    #: "told the Post on Friday"): the merge never cites it for another outlet's act of that day, whatever
    #: words of that act what was said holds ("would not comment on the charges")
    saying: bool = False


@dataclass(frozen=True, slots=True)
class Span:
    """The first and last day an event date covers, for window filtering."""

    first: date
    last: date


def _words_and_names(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The content words of an event line, and those written as names inside it (capitalised, not the
    first word unless all capitals)."""
    words: set[str] = set()
    names: set[str] = set()
    for i, tok in enumerate(WORD.findall(text)):
        low = tok.lower()
        if low in STOP or low.isdigit():
            continue
        words.add(low)
        if tok[0].isupper() and (i > 0 or tok.isupper()) and low not in NOT_STORY:
            names.add(low)
    return frozenset(words), frozenset(names)


#: word -> its term stem ("" for a word that is no term): news vocabulary repeats, so each word is looked
#: at once (bounded, like the tokenizer's stem memo)
_TERMS: dict[str, str] = {}


_TERMS_MAX = 500_000


def term_stems(text: str) -> frozenset[str]:
    """The stems of a text's content words, for matching a topic against an event's sentence."""
    out: set[str] = set()
    for low in set(WORD.findall(text.lower())):
        st = _TERMS.get(low)
        if st is None:
            st = "" if low in STOP or low in STOP_WORDS or low.isdigit() else crude_stem(low)
            if len(_TERMS) < _TERMS_MAX:
                _TERMS[low] = st
        if st:
            out.add(st)
    return frozenset(out)


def topic_words(topic: str) -> list[str]:
    """A topic's content words, lowercased, in order: the words its events must be about."""
    out: list[str] = []
    for low in WORD.findall(topic.lower()):
        if low not in STOP and low not in STOP_WORDS and not low.isdigit() and low not in out:
            out.append(low)
    return out


def crude_stem(low: str) -> str:
    """A crude stem that costs nothing: a plural "s" dropped, then the first six letters ("bilaterally" and
    "bilateral", "reporters" and "reporter" meet). Snowball would be finer but is the slow part on a big
    corpus, and only the overlap of two short lines depends on it."""
    if len(low) > 3 and low[-1] == "s" and low[-2] != "s":
        low = low[:-1]
    return low[:6]


def span_of(value: str) -> Span:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        d = date(*parts)
        return Span(d, d)
    if len(parts) == 2:
        first = date(parts[0], parts[1], 1)
        nxt = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return Span(first, nxt - timedelta(days=1))
    return Span(date(parts[0], 1, 1), date(parts[0], 12, 31))


def _inside_quote(sentence: str, pos: int, carried: bool = False) -> bool:
    """Whether ``pos`` stands inside a quotation: one opened before it in the sentence, or (``carried``)
    one a sentence before opened and this one has not yet closed ("Today we begin," she said.)."""
    before = sentence[:pos]
    opened = sum(before.count(q) for q in "“‘") - sum(before.count(q) for q in "”’")
    straight = before.count('"')
    if carried:
        return before.count("”") + straight == 0
    return opened > 0 or straight % 2 == 1


#: a relative or subordinate clause's opening word, which leaves the clause's subject and main verb in
#: the clause before: "after a previous meeting on May 16" alone says neither who met nor what came after
_RELATIVE_OPEN = re.compile(
    r"(?:which|where|after|before|while|as|when|following|despite|although|though|amid|whereas|because)\b",
    re.I,
)


def clause_of(sentence: str, start: int, end: int, later: Sequence[int] | None = None) -> str:
    """The clause of ``sentence`` holding [start, end): a verbatim slice, the whole sentence when short.
    ``later``: where the sentence's dates after this one start. When none stands past the clause, no other
    event's line needs the rest of the sentence cut off: the clause runs on to the sentence's end (its
    full stop), not stopping short at a clause the sentence still goes on with (", where 17 babies are
    believed to have died")."""
    if len(sentence) <= _LONG:
        return sentence.strip()
    cuts = [0]
    for m in _CLAUSE_CUT.finditer(sentence):
        cuts.append(m.start())
        cuts.append(m.end())
    cuts.append(len(sentence))
    pieces = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    idx = next((i for i, (s, e) in enumerate(pieces) if s <= start < e), 0)
    lo, hi = pieces[idx]
    # a clause opening with "which" or "where" is about the clause before: "Harlow Valley Health, which
    # runs five hospitals, said on Sunday ..." reads from its subject
    while idx > 0 and _RELATIVE_OPEN.match(sentence, lo):
        idx -= 1
        lo = pieces[idx][0]
    # too short to read alone: take in the clause before (its subject), then the one after
    while len(sentence[lo:hi].split()) < 7 and (idx > 0 or hi < len(sentence)):
        if idx > 0:
            idx -= 1
            lo = pieces[idx][0]
        else:
            nxt = next((p for p in pieces if p[0] >= hi), None)
            if nxt is None:
                break
            hi = nxt[1]
    hi = max(hi, end)
    if later is not None and all(at < hi for at in later):
        hi = len(sentence)
    text = sentence[lo:hi].strip().rstrip(",;:")
    # a cut that leaves a quotation open is not readable: keep the sentence
    if text.count("“") != text.count("”") or text.count('"') % 2:
        return sentence.strip()
    return text


def _event_date(m: DateMention) -> tuple[str, Precision] | None:
    """A timeline date for a mention: weeks are shown as the month holding most of their days."""
    if not m.year_known:
        return None
    if m.precision == "week":
        monday = date.fromisoformat(m.value)
        sunday = monday + timedelta(days=6)
        if (monday.year, monday.month) != (sunday.year, sunday.month):
            return None  # a week across two months can not be placed on a month honestly
        return f"{monday.year:04d}-{monday.month:02d}", "month"
    if m.precision == "day":
        return m.value, "day"
    return m.value, m.precision


def _range_last(m: DateMention) -> str:
    """The last day a day expression states ("7 April" of "3 to 7 April", the day itself alone), "" when
    it is no day of a known year."""
    if m.precision != "day" or not m.year_known:
        return ""
    return m.range_end or m.value


#: how many sentences after one opening a quotation may close it: a quotation of a few sentences
_QUOTE_SENTENCES = 3


def _quote_closed(sentences: list[Sentence], si: int) -> str:
    """A sentence, with the next ones of its paragraph up to the one closing a quotation it leaves open
    ("...: "The court has spoken." + "Now the companies need to come back ...""): a sentence splitter
    cuts a quotation of several sentences into as many, and its first alone misquotes the speaker."""
    s = sentences[si]
    text = s.text.strip()
    if not leaves_quote_open(text):
        return text
    parts = [text]
    for nxt in sentences[si + 1 : si + 1 + _QUOTE_SENTENCES]:
        if nxt.paragraph != s.paragraph:
            break
        parts.append(nxt.text.strip())
        if leaves_quote_open(nxt.text):
            return " ".join(parts)
    return text


def _quote_opener(sentences: list[Sentence], si: int) -> int | None:
    """The sentence of the paragraph that opened a quotation sentence ``si`` goes on with, when it opens
    inside one (its paragraph's quotation marks before it are odd in number) opened at most
    ``_QUOTE_SENTENCES`` back: "It has been a long road." + "Today we begin," she said." is one
    quotation, and the second alone opens mid-quote."""
    paragraph = sentences[si].paragraph
    odd = False
    opener: int | None = None
    j = si - 1
    while j >= 0 and sentences[j].paragraph == paragraph:
        if leaves_quote_open(sentences[j].text):
            odd = not odd
            opener = j if opener is None else opener
        j -= 1
    return opener if odd and opener is not None and si - opener <= _QUOTE_SENTENCES else None


def doc_mentions(di: int, doc: Document, coverage_start: date | None = None) -> list[Mention]:
    """The dated events a document reports. A date long before its publication is background; in an
    undated article, long before the earliest publication the corpus states (``coverage_start``): "who
    was treated there in 2023" in a story of 2026 is no news of it, though its own page gives no year."""
    anchor = doc.meta.published
    measure = anchor if anchor is not None else coverage_start
    sentences = body_sentences(doc)
    if not sentences:
        return []
    joined = "\n".join(s.text for s in sentences)
    days = heading_days(doc.sentences, anchor) if anchor is not None else {}
    stamped = entry_stamps(sentences, days) if anchor is not None else {}
    blog = {si for si, s in enumerate(sentences) if s.paragraph in stamped}  # a live blog's entries
    starts: list[int] = []
    pos = 0
    for s in sentences:
        starts.append(pos)
        pos += len(s.text) + 1
    out: list[Mention] = []
    said_on: set[int] = set()  # mentions (by position in ``out``) dating only the saying
    at: dict[int, int] = {}  # each mention's place in its sentence
    clause_at: dict[int, int] = {}  # ... and where the subordinate clause it stands in opens (-1: none)
    complement_at: dict[int, int] = {}  # ... and where the "that" complement it stands in opens (-1: none)
    labels: set[int] = set()  # mentions of a date naming an event the sentence refers to ("the March 3 fire")
    given_up: set[int] = set()  # mentions of a day once set, since moved or dropped ("originally set for")
    # of ``labels``, those only naming what the sentence refers to, not heading the clause it tells
    # ("details of this month's dredging contract had leaked", not "This month's raid netted ...")
    naming: set[int] = set()
    openers: dict[int, int | None] = {}  # each sentence's quotation opener (``_quote_opener``), read once
    subordinate: set[int] = (
        set()
    )  # mentions of a date in a subordinate clause ("talks that began on March 9")
    owned: set[int] = set()  # mentions of a date a phrase inside its sentence owns (``_phrase_owned``)
    # sentence -> the date of the article it refers to ("an article published Monday")
    pages: dict[int, str] = {}
    # sentence -> the day a correction notice states as its own ("Correction, 10 March: ...")
    notice_days: dict[int, str] = {}
    # the last expression seen: its sentence, span, and whether it was a printed date's
    prev: tuple[int, int, int, bool] = (-1, 0, 0, False)
    prev_day: date | None = None  # the last expression's day, when it is one
    prev_out: int | None = None  # the report (in ``out``) the last expression made, when it made one
    si = 0
    # (an undated article's day of history lends no year to a year-less day after it: ``find_dates``)
    history = measure - _BACKGROUND if anchor is None and measure is not None else None
    found = list(find_dates(joined, anchor, history))
    for k, m in enumerate(found):
        while si + 1 < len(starts) and starts[si + 1] <= m.start:
            si += 1
        sent = sentences[si]
        local = m.start - starts[si]
        if m.end - starts[si] > len(sent.text):
            continue  # an expression can not span two sentences
        attribute, span_end = _attribute_or_span_end(
            sent.text, local, local + (m.end - m.start), prev if prev[0] == si else None
        )
        # "the vote is on Friday and Saturday": two days running are one event, dated by the first
        next_day = (
            prev[0] == si
            and m.precision == "day"
            and m.year_known
            and bool(_PAIR_AND.fullmatch(sent.text[prev[2] : local]))
            and prev_day is not None
            and date.fromisoformat(m.value) - prev_day == timedelta(days=1)
        )
        prev = (si, local, local + (m.end - m.start), attribute)
        prev_day = date.fromisoformat(m.value) if m.precision == "day" and m.year_known else None
        opened, prev_out = prev_out, None
        if attribute or span_end or next_day:
            # "between March 3 and March 7": the report of March 3 spans to the 7th
            range_last = _range_last(m)
            if span_end and opened is not None and m.weekday is not None and range_last < out[opened].value:
                # "from Monday to Friday": the Friday after the Monday, read alone as the nearest one
                range_last = (date.fromisoformat(range_last) + timedelta(days=7)).isoformat()
            if (
                not attribute
                and opened is not None
                and out[opened].precision == "day"
                and range_last > max(out[opened].value, out[opened].end)
            ):
                out[opened] = replace(out[opened], end=range_last)
            continue
        if si not in openers:
            openers[si] = _quote_opener(sentences, si)
        opener = openers[si]
        if (
            m.kind == "relative"
            and m.precision != "year"
            and _inside_quote(sent.text, local, carried=opener is not None)
        ):
            # "Today, Russia owes...", "Ewes that were due to lamb next week, gone," in a quote: counted
            # from the speaker's now, which the article does not date (a quote may be days old), and told
            # as speech, no event of the day, week or month it names ("We told them last year" keeps its
            # year: a year is coarse enough for the speaker's now to be the article's)
            continue
        if (
            m.kind == "relative"
            and si in blog
            and _to_readers(entry := _unstamped(sent.text), _words_and_names(entry)[1])
        ):
            continue  # "That is all from us today." in a live blog's entry: its word to its readers
        if _withdrawn(sent.text, local):
            continue  # "Correction: An earlier post said the crane was built in 1968.": a date taken back
        if (
            m.precision == "day"
            and m.year_known
            and _NOTICE_LEAD.fullmatch(sent.text, 0, local)
            and (cue := _own_correction(sent.text, len(sent.text))) is not None
            and cue.start() >= local
        ):
            # "Correction, 10 March: An earlier update said ...": the notice's own day, which
            # ``_corrections`` gives the notice, one event (not a report of its own besides)
            notice_days.setdefault(si, m.value)
            continue
        if (
            (
                _SPAN_CUE.search(sent.text, max(0, local - _SPAN_REACH), local)
                and not (
                    m.kind == "explicit"
                    and m.precision == "day"
                    and _DEADLINE_BY.search(sent.text, max(0, local - _SPAN_REACH - 60), local)
                )
            )
            or _SPAN_LEAD.match(m.text)
            or _DEADLINE_OF.search(sent.text, max(0, local - _SPAN_REACH), local)
            or _PERIOD_END.search(sent.text, max(0, local - _PERIOD_REACH), local)
            or _RECORD_SINCE.search(sent.text, max(0, local - _RECORD_REACH), local)
            or _BASELINE.search(sent.text, max(0, local - _BASELINE_REACH), local)
            or _NEGATED.search(sent.text, max(0, local - _NEGATION_REACH), local)
            or _OPEN_QUESTION.search(sent.text, max(0, local - _OPEN_QUESTION_REACH), local)
            or _CONDITION.search(sent.text, max(0, local - _CONDITION_REACH), local)
            or _UPDATE_NOTE.fullmatch(sent.text, 0, local)
        ):
            continue
        if _PAGE_OF.search(sent.text, max(0, local - _PAGE_REACH), local) or _PAGE_AFTER.match(
            sent.text, local + (m.end - m.start)
        ):
            if m.year_known and m.precision == "day":
                pages.setdefault(si, m.value)
            continue
        when = _event_date(m)
        if when is None:
            continue
        end = local + (m.end - m.start)
        if dateline_end(sent.text, 0, local, end, len(sent.text)) == len(sent.text):
            continue  # "March 9, 2026, 8:00 p.m.": a live blog's stamp tells nothing of its own
        if len(WORD.findall(sent.text[:local] + " " + sent.text[end:])) < _EVENT_WORDS:
            continue  # "Donate today.": a bare verb and its day name no one doing anything
        value, precision = when
        last = span_of(value).last
        # a year alone before the article's own ("treated there last year", "told in 2024") is background
        # however near its last day: a story's news is dated finer than its year
        background = measure is not None and (
            last < measure - _BACKGROUND or (precision == "year" and last.year < measure.year)
        )
        retro = anchor is not None and (anchor - last).days > _RETRO_DAYS
        # where the sentence's later dates stand: past its clause, they keep the rest of the sentence
        later: list[int] = []
        sentence_end = starts[si] + len(sent.text)
        while k + 1 + len(later) < len(found) and found[k + 1 + len(later)].start < sentence_end:
            later.append(found[k + 1 + len(later)].start - starts[si])
        text = clause_of(sent.text, local, local + (m.end - m.start), later)
        # a sentence going on with a quotation opened before it is shown from the quotation's start
        whole = (
            _quote_closed(sentences, si)
            if opener is None
            else " ".join(x.text.strip() for x in sentences[opener : si + 1])
        )
        if text == sent.text.strip():
            text = whole
        nxt = sentences[si + 1].text if si + 1 < len(sentences) else ""
        follow_up = nxt if len(nxt.split()) <= _FOLLOW_UP_WORDS else ""
        words, names = _words_and_names(text)
        marker = future_marker(sent.text[:local])
        set_for = SET_FOR.search(sent.text, max(0, local - _SET_FOR_REACH), local)
        # (or a weekday heading a future's clause: "Outpatient clinics on Monday would go ahead", "Sunday
        # will be hotter", told as to come like a marker's before the day)
        after_future = m.weekday is not None and bool(
            SUBJECT_FUTURE.match(sent.text, end) or reported_after(sent.text, end)
        )
        ahead = marker is not None or set_for is not None or after_future
        called_off = ahead and _called_off(sent.text, local, end)
        if called_off and (anchor is None or span_of(value).first > anchor):
            # "a follow-up audit she had scheduled for September 2026 was postponed": nothing is to happen
            # on the day, and what the sentence tells done, the postponing, was done by the article's day
            continue
        if _SAID_ON.search(sent.text, max(0, local - _SAID_REACH), local):
            said_on.add(len(out))
        at[len(out)] = local
        clause_at[len(out)] = _subordinate(sent.text, local)
        complement_at[len(out)] = _complement(sent.text, local)
        plan = SET_BEFORE.search(sent.text[max(0, local - _PLAN_REACH) : local])
        if (
            called_off
            or (plan is not None and PLAN_WORD.search(plan.group()))
            or MOVED_FROM.search(sent.text, max(0, local - _PLAN_REACH), local)
        ):
            given_up.add(len(out))
        if _phrase_owned(sent.text, local, end, m.kind in ("relative", "anaphoric")) and not background:
            owned.add(len(out))
        elif clause_at[len(out)] >= 0 and not background:
            subordinate.add(len(out))
        after = _LABEL_AFTER.match(sent.text, end)
        if (
            m.kind in ("explicit", "partial")
            and after is not None
            and after.group(1) not in FILLER_WORDS
            and _LABEL_BEFORE.search(sent.text, max(0, local - 8), local)
        ) or _POSSESSED.match(sent.text, end):
            labels.add(len(out))
            if _names_only(sent.text, local):
                naming.add(len(out))
        prev_out = len(out)
        saying = _SAID_THROUGH.search(sent.text, max(0, local - _SAID_REACH_THROUGH), local) is not None
        # (the marker's place in the sentence: ``future_marker`` reads the last 90 characters)
        marker_at = marker.start() + max(0, local - 90) if marker is not None else -1
        out.append(
            Mention(
                di,
                sent.index,
                text,
                whole,
                value,
                precision,
                background,
                words,
                retro,
                names,
                follow_up,
                end=(m.range_end or "") if precision == "day" and m.year_known else "",
                week=m.value if m.precision == "week" else "",
                ahead=ahead,
                marked_future=marker is not None and _MARKED_FUTURE.fullmatch(marker.group()) is not None,
                plan_only=marker is not None and _plan_only(sent.text, marker_at, local),
                saying=saying,
            )
        )
    keep = [True] * len(out)
    # "X will resume on Tuesday, the airline said Monday": one event, placed at its own date, not the
    # same sentence twice; a sentence whose only date is the saying's keeps it
    # a background date does not take the saying's place ("a valve fitted in 1994 caused the flood,
    # inspectors said on Tuesday": the finding is Tuesday's news, the fitting background)
    # A date only naming a thing the sentence refers to is no event it tells: "Vale told councillors on
    # Tuesday that details of this month's dredging contract had leaked" is Tuesday's testimony ("This
    # month's raid netted 2,000 phones, the detective said on Friday" tells the raid, of this month)
    # A saying's day is kept, though, over a date the saying's day says more than: a coarser one holding
    # it ("said on Thursday that it expects to resume all flights this month": the Thursday), and one in a
    # subordinate clause of what it says ("said on Thursday that the outage that grounded its fleet last
    # month cost it £40 million": last month dates the grounding, the sentence tells Thursday's figure)
    # "Hallam ruled on 17 April that the council had consulted before its vote in March": the ruling's day
    # dates the sentence; the month is of what the ruling found, set aside below when it shows the same line
    subordinate |= _after_act(out, said_on, complement_at, at) - owned
    under = _under_saying(out, said_on, clause_at, at)
    told = {
        m.sentence
        for i, m in enumerate(out)
        if i not in said_on and i not in naming and i not in under and not m.background
    }
    for i in said_on:
        keep[i] = out[i].sentence not in told
    for i in under:
        keep[i] = keep[i] and i in subordinate  # set aside below when it shows the saying's line
    # "Vell told senators on Wednesday that a valve caused the March 3 fire": the sentence tells the
    # testimony, dated by its own date; the fire is named by its day, not told (listed there, the
    # sentence would stand for the fire, cited with the outlets that tell it). Kept when it is the
    # sentence's only date
    _give_way(out, keep, labels)
    # "The hearing, originally set for March 10, has been moved to March 17": the day given up is no
    # event of its own when the sentence dates what happens instead; kept when it is the only date ("had
    # been scheduled for Tuesday but was called off": the calling off, that day or after)
    _give_way(out, keep, given_up)
    # "Dock workers ended their strike on March 18 after talks that began on March 9": shown whole, the
    # sentence is one event, at its main clause's date; a date in a subordinate clause is set aside
    # when both show the same line (two main clauses, "reopened on March 19 and resumed on March 23",
    # are two events; a long sentence cut to each date's clause shows two lines). A background date is
    # history of its own ("the war that has gone on since Putin launched an invasion in February 2022")
    for i in _yielding(out, keep, subordinate, same_line=True):
        out[i] = replace(out[i], aside=True)
    # "deducted six points for failing to pay wages in January", "Ferrante, acting mayor since Kalloway took
    # leave in January, declined to comment": the date is the inner phrase's act; the sentence is dated
    # by another date of its own, else not at all
    for i in owned:
        keep[i] = False
    kept = [m for i, m in enumerate(out) if keep[i]]
    if anchor is not None:
        notices = _corrections(di, doc, sentences, anchor, pages, notice_days)
        kept.extend(notices)
        kept = _clocked(kept, sentences, stamped, anchor, days)
        # (a notice's entry is the notice, never an entry of its own besides: ``edit_note``)
        told = {m.sentence for m in out} | {m.sentence for m in notices}
        # an entry's sentence whose dates only name what it refers to ("20:40 Police have now confirmed
        # that nine people were arrested after Saturday's match") or tell what is still to come on
        # another day ("1:15 p.m. The minister says she will make a statement on Monday": the saying is
        # the entry's news, at its stamp; the Monday is of another verb, a plan that may not be kept)
        # tells the entry's news, of its stamp's day: the entry stands for it, in place of those dates
        paragraph = {s.index: s.paragraph for s in sentences}
        own_news = {
            m.sentence
            for i, m in enumerate(out)
            if i not in naming and not _announced(m, paragraph.get(m.sentence, -1), stamped, days, anchor)
        }
        entry_news = told - own_news - {m.sentence for m in notices}
        entries = _stamped_entries(di, sentences, anchor, told - entry_news, stamped, days)
        replaced = entry_news & {m.sentence for m in entries}
        kept = [m for m in kept if m.sentence not in replaced]
        kept.extend(entries)
    return kept


def _announced(
    m: Mention, paragraph: int, stamps: dict[int, int], days: dict[int, date], anchor: date
) -> bool:
    """Whether a mention is a stamped live-blog entry's word of something still to come on a day other
    than the entry's own ("will close from Monday", "will open tomorrow", or any day after the entry's):
    the entry reports the announcement at its time; the day named is another verb's."""
    if paragraph not in stamps or m.plan_only:
        return False
    day = days.get(paragraph, anchor)
    # a day after the entry's own is still to come at its stamp, however the sentence puts it ("has added a
    # hearing to Tuesday's agenda")
    return (m.ahead and m.value != day.isoformat()) or span_of(m.value).first > day


#: what opens a clause of another verb between a plan's marker and a date ("will stay shut until the bank
#: is rebuilt in May"), besides ``_SUBORDINATOR``'s words
_OTHER_CLAUSE = re.compile(r"\b(?:until|till|before|unless|if|since)\b", re.I)


#: a future marker that is the future tense or a plan's words (``Mention.marked_future``)
_MARKED_FUTURE = re.compile(rf"{SURE_FUTURE}|{REPORTED_PLAN}|(?:due|set|going)\s+to|scheduled", re.I)


#: a plan given up, told done ("was postponed", "has been called off", "the board cancelled ..."; not "was
#: not cancelled", nor "could be postponed")
_GIVEN_UP = re.compile(
    r"\b(?:postponed|cancell?ed|called\s+off|shelved|scrapped|abandoned|put\s+off|deferred|axed|suspended|"
    r"delayed|dropped)\b",
    re.I,
)
#: ... denied, or not yet done, right before it ("has not been postponed", "may be cancelled")
_NOT_GIVEN_UP = re.compile(
    r"\b(?:not|never|n['\u2019]t|be|being|to|could|may|might|would|will|should)\s+(?:been\s+)?$", re.I
)
#: the words of a plan between a verb giving it up and its day ("cancelled the review planned for October");
#: without one the verb sets the day itself ("were cancelled for Wednesday", "postponed to 3 June")
_PLAN_BETWEEN = re.compile(r"\b(?:scheduled|planned|set|slated|due|expected|booked|arranged)\b", re.I)
#: what parts a plan's clause from another's it does not tell of ("The audit went ahead, but the review was
#: postponed", "will go ahead despite the storm that delayed training", "on 12 May, although the contract was
#: delayed")
_OTHER_CLAUSE_OPEN = re.compile(
    r";|\b(?:but|while|whereas|although|though|despite|because)\b|\s[\u2014\u2013]\s", re.I
)
#: ... and, after the plan, a relative clause of another noun ("despite the storm that delayed training")
_OTHER_RELATIVE = re.compile(r"\b(?:that|which)\b", re.I)
#: a verb of the plan's own clause between its day and a later verb of giving up ("The final set for 20 May
#: will go ahead and the concert was cancelled"): that verb then has another subject
_OWN_VERB = re.compile(
    rf"\b(?:will|would|shall|can|could|may|might|must|should|is|are|was|were|has|have|had|do|does|did)\b|"
    rf"{PAST_VERB.pattern}",
    re.I,
)
#: a parenthesis telling who said it ("The meeting planned for 22 May, the union said, was postponed")
_SAID_ASIDE = re.compile(rf",[^,]*\b(?:{'|'.join(SAYING_VERBS)})\b[^,]*,", re.I)
#: a person's relative clause the plan is told in ("Kamp, who is due in court on 3 June, was suspended"):
#: a verb after its close has the person for its subject
_WHO = re.compile(r"\b(?:who|whom|whose)\b", re.I)
#: the auxiliaries and adverbs right before a verb of giving up ("has since been", "was later")
_GIVEN_UP_AUX = re.compile(
    r"(?:\b(?:is|are|was|were|has|have|had|been|got|later|since|now|also|\w+ly)\s+)*$", re.I
)


def _called_off(sentence: str, local: int, end: int) -> bool:
    """Whether the plan the date at [local, end) is told as ("scheduled for September 2026", "due to open
    on Friday") is told given up in its sentence: a verb of giving up done after it with the plan its subject
    ("... was postponed", "was called off"; not "will go ahead despite the storm that delayed training") or
    before it with the plan's words between ("cancelled the vote planned for 20 May"); not one that sets the
    day ("were cancelled for Wednesday", "postponed to 3 June": the day set), nor one of another clause
    ("although the contract was delayed")."""
    for g in _GIVEN_UP.finditer(sentence):
        if _NOT_GIVEN_UP.search(sentence, max(0, g.start() - 16), g.start()):
            continue
        if g.start() >= end:
            between = sentence[end : g.start()]
            own = _GIVEN_UP_AUX.sub("", _SAID_ASIDE.sub(",", between))
            if (
                _OTHER_RELATIVE.search(between)
                or _OWN_VERB.search(own)
                or ("," in own and _WHO.search(sentence, 0, local))
            ):
                continue
        elif g.end() <= local:
            between = sentence[g.end() : local]
            if not _PLAN_BETWEEN.search(between):
                continue
        else:
            continue
        if not _OTHER_CLAUSE_OPEN.search(between):
            return True
    return False


def _plan_only(sentence: str, marker_at: int, local: int) -> bool:
    """Whether the date at ``local`` is told only as the plan the future marker at ``marker_at`` opens
    (``Mention.plan_only``): no saying in the sentence, no verb done before the marker, and no clause of
    another verb opened between the marker and the date."""
    return not (
        _SAYS.search(sentence)
        or PAST_VERB.search(sentence, 0, marker_at)
        or _SUBORDINATOR.search(sentence, marker_at, local)
        or _OTHER_CLAUSE.search(sentence, marker_at, local)
    )


def _names_only(sentence: str, local: int) -> bool:
    """Whether a date naming a thing (a label, "this month's contract", "the March 3 fire") at ``local``
    only names what the sentence refers to ("details of this month's contract had leaked", "arrested after
    Saturday's match", "the suspect in this month's raid"), rather than heading the clause it tells ("This
    month's raid netted ...", "said Tuesday's fire destroyed ..."), setting the day's business ("has added a
    hearing to Tuesday's agenda") or placing a verb's act ("were vaccinated at Saturday's clinic", "will
    speak at Monday's rally")."""
    if _CLAUSE_HEAD.search(sentence, 0, local) or PUT_ON.search(sentence, max(0, local - _PLAN_REACH), local):
        return False
    at = _AT_EVENT.search(sentence, max(0, local - 40), local)
    return at is None or not (
        PAST_VERB.fullmatch(at.group("verb")) or future_marker(sentence[: at.start("verb")]) is not None
    )


def _give_way(out: list[Mention], keep: list[bool], marked: set[int]) -> None:
    """Drop (in ``keep``) each ``marked`` mention whose sentence has another, unmarked one still kept: the
    sentence is that one's event; a marked mention that is its sentence's only date stays."""
    for i in _yielding(out, keep, marked):
        keep[i] = False


def _yielding(out: list[Mention], keep: list[bool], marked: set[int], same_line: bool = False) -> list[int]:
    """The ``marked`` mentions (still kept) whose sentence has another, unmarked one still kept (with
    ``same_line``, one showing the same line)."""

    def key(m: Mention) -> tuple[int, str]:
        return (m.sentence, m.text if same_line else "")

    others = {key(m) for i, m in enumerate(out) if i not in marked and keep[i]}
    return [i for i in marked if keep[i] and key(out[i]) in others]


#: the fewest words after its stamp for an entry's sentence to stand for it ("Good morning." does not)
_ENTRY_WORDS = 5

#: a sentence whose first verb is in the past perfect ("The group had threatened to publish the data"):
#: what happened before the entry's time, background to it, not the entry's news
_PAST_PERFECT_LEAD = re.compile(
    r"^[^,;:\"\u201c]*?\b(?P<had>had)\s+(?:(?:not|never|already|earlier|previously|\w+ly)\s+)?"
    r"(?!been\s+\w+ing\b)(?:been|\w+ed|\w+en|made|told|sent|held|left|won|lost|paid|said|done|gone|come|"
    r"sought|brought|set)\b",
    re.I,
)


def heading_days(sentences: Sequence[Sentence], anchor: date) -> dict[int, date]:
    """The day each paragraph was written under, by the live blog's day headings ("Sunday, July 12" on
    its own line over the day's entries), a year-less one in the year of the page's publication date:
    paragraph -> day, for the paragraphs after the first such heading (none when the page has none)."""
    days: dict[int, date] = {}
    day: date | None = None
    for s in sentences:
        if s.heading:
            day = day_line_date(s.text, anchor.year) or day
        elif day is not None:
            days[s.paragraph] = day
    return days


def _clocked(
    mentions: list[Mention],
    sentences: list[Sentence],
    stamps: dict[int, int],
    anchor: date,
    days: dict[int, date],
) -> list[Mention]:
    """The mentions dated to the blog's own day by a sentence of a stamped entry ("8:10 p.m. Inspectors
    are on site. Divers will inspect the breach tonight.") at that entry's time: the day's events stand
    in the order the blog told them, not a sentence without a stamp of its own before the morning's."""
    if not stamps:
        return mentions
    paragraph = {s.index: s.paragraph for s in sentences}
    return [
        replace(m, clock=stamps[p])
        if m.clock is None
        and (p := paragraph.get(m.sentence, -1)) in stamps
        and m.value == days.get(p, anchor).isoformat()
        else m
        for m in mentions
    ]


#: a live blog speaking to its readers ("That is all from us today.", "Thanks for following our coverage.",
#: "Stay with us"): the newsroom and the reader, first and second person
_TO_READERS = re.compile(r"\b(?:we|us|our|ours|you|your)\b", re.I)


def _to_readers(text: str, names: frozenset[str]) -> bool:
    """Whether a sentence is a page's word to its readers, which tells no event: a greeting or sign-off
    ("Good morning and welcome to our coverage of the Halberd hearing"), or a line speaking as the
    newsroom or to the reader (first or second person) that names no one (``names``: its names) and no
    figure."""
    return greets_readers(text) or (
        not names and bool(_TO_READERS.search(text)) and not any(ch.isdigit() for ch in text)
    )


def _unstamped(text: str) -> str:
    """An entry's sentence without the time stamp opening it ("16:40 That is where we will leave our live
    coverage for today."): a stamp's figures are no figure the sentence tells."""
    stamp = STAMP.match(text)
    return text[stamp.end() :] if stamp is not None else text


def _past_perfect_lead(text: str) -> bool:
    """Whether a sentence tells, as its first verb, something in the past perfect: no verb before its
    "had" ("Officers said they had seized laptops" tells the saying)."""
    lead = _PAST_PERFECT_LEAD.match(text)
    return lead is not None and PAST_VERB.search(text, 0, lead.start("had")) is None


def _stamped_entries(
    di: int,
    sentences: list[Sentence],
    anchor: date,
    dated: set[int],
    stamps: dict[int, int],
    days: dict[int, date],
) -> list[Mention]:
    """A live blog's entries stamped with a time of day only (``entry_stamps``), each at the day of the
    day heading it stands under (``heading_days``), else the article's stated publication day: the stamp
    places the entry in that day. Each entry is its first sentence long
    enough to tell something, unless a sentence of it states its own date (``dated``)."""
    out: list[Mention] = []
    told: set[int] = set()
    for i, s in enumerate(sentences):
        if s.paragraph not in stamps or s.paragraph in told:
            continue
        if s.index in dated:
            told.add(s.paragraph)
            continue
        rest = _unstamped(s.text)
        if len(WORD.findall(rest)) < _ENTRY_WORDS:
            continue
        words, names = _words_and_names(rest)
        if _to_readers(rest, names):
            continue  # "We are closing this live blog.": the blog's word to its readers, no event
        if _past_perfect_lead(rest):
            continue  # "The group had threatened to publish ...": before the entry's time, no date of it
        told.add(s.paragraph)
        text = _quote_closed(sentences, i)
        out.append(
            Mention(
                di,
                s.index,
                text,
                text,
                days.get(s.paragraph, anchor).isoformat(),
                "day",
                False,
                words,
                False,
                names,
                clock=stamps[s.paragraph],
            )
        )
    return out


def _attribute_or_span_end(
    sentence: str, local: int, end: int, prev: tuple[int, int, int, bool] | None
) -> tuple[bool, bool]:
    """Whether a date at ``local`` is printed on a thing ("best-by dates from Oct. 2", or the next of
    such a list), and whether it ends the span the previous date of its sentence (``prev``) opens ("between
    Sept. 18 and Sept. 30": one event, dated by its first day, as "April 3 and 4" is)."""
    gap = sentence[prev[2] : local] if prev is not None else None
    lo = max(0, local - _ATTRIBUTE_REACH)
    attribute = bool(
        _ATTRIBUTE.search(sentence, lo, local)
        and not _THROUGH_DOCUMENT.search(sentence, max(0, local - _DOCUMENT_REACH), local)
        and not (
            _DOCUMENT_SUBJECT.search(sentence, max(0, local - _DOCUMENT_REACH), local)
            and _DOCUMENT_ACT.match(sentence, end)
        )
    ) or (prev is not None and prev[3] and gap is not None and bool(_LIST_JOIN.fullmatch(gap)))
    span_end = (
        prev is not None
        and gap is not None
        # "moved from May 3 to May 10": the day it is set for, not the end of a span
        and not SET_FOR.search(sentence, max(0, local - _SET_FOR_REACH), local)
        and (
            bool(_RANGE_JOIN.fullmatch(gap))
            or (
                bool(_PAIRED_JOIN.fullmatch(gap))
                and bool(
                    _RANGE_OPEN.search(sentence, max(0, prev[1] - 12), prev[1])
                    or _RANGE_LEAD.match(sentence, prev[1])
                )
            )
        )
    )
    return attribute, span_end


#: a correction names the coverage it corrects ("An article ...", "A story ...") before saying it was wrong
_PAGE_NOUN = re.compile(r"\b(?:article|story|report|edition|column|version|post|headline|caption)\b", re.I)


def _corrections(
    di: int,
    doc: Document,
    sentences: list[Sentence],
    anchor: date,
    pages: dict[int, str],
    stated: dict[int, str],
) -> list[Mention]:
    """The correction notices of an article, each an event of the day it is published: "An article
    published Monday incorrectly reported that two people had died" is what the outlet said on the
    correction's day, while the withdrawn claim keeps no date of its own. Only an outlet's correction of
    itself (headed "Correction", naming "this article" or the outlet): "the senator said the report
    misstated his vote" is a dispute, told on no day the sentence states. A notice's later sentence ("The
    article also misstated ...") corrects the article its first one named. The day is the one the notice
    states as its own (``stated``, by sentence: "Correction, 10 March: ..." appended to a live page last
    updated on the 11th), else the article's."""
    out: list[Mention] = []
    own = bool(OWN_CORRECTION.search(doc.meta.title or ""))
    outlet = (doc.meta.source or "").lower()
    page = ""
    for si, sent in enumerate(sentences):
        page = pages.get(si, page)
        cue = _own_correction(sent.text, len(sent.text))
        if cue is None:
            continue
        if not (own or OWN_CORRECTION.search(sent.text) or (outlet and outlet in sent.text.lower())):
            continue
        text = clause_of(sent.text, cue.start(), cue.end())
        words, names = _words_and_names(text)
        out.append(
            Mention(
                di,
                sent.index,
                text,
                sent.text.strip(),
                stated.get(si, anchor.isoformat()),
                "day",
                False,
                words,
                names=names,
                corrects=page,
                righted=_what_is_right(sentences, si),
            )
        )
    return out


#: what may stand before the day a correction notice states as its own: its heading word, or a live entry's
#: stamp, or nothing ("Correction, 10 March: ...", "Correction (March 10, 2026): ...", "4:10 p.m.
#: Clarification, 10 March: ...", "10 March 2026: An earlier version of this story said ...")
_NOTICE_LEAD = re.compile(
    r"[\W_]*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\b\.?)?[\W_]*)?"
    r"(?:(?:correction|clarification|editor['\u2019]s\s+note)\b[\s,:;(\[\u2013\u2014-]*(?:on\s+|dated\s+)?)?",
    re.I,
)


def _withdrawn(text: str, at: int) -> bool:
    """Whether a date at ``at`` lies in the claim a correction withdraws ("An earlier post said the crane
    was built in 1968", "incorrectly reported that the vote was on Monday"): what the outlet takes back
    dates nothing, and the notice's own day is its event (``_corrections``)."""
    return _own_correction(text, at) is not None


def _own_correction(text: str, end: int) -> re.Match[str] | None:
    """The cue of a correction (``page.CORRECTS``) in ``text`` before ``end`` that names the copy it takes
    back: a live page's own earlier entry ("An earlier update said") or a page ("this article incorrectly
    reported"); None for none, or a cue naming no copy of the outlet's."""
    cue = CORRECTS.search(text, 0, end)
    return cue if cue is not None and (cue.group("own") or _PAGE_NOUN.search(text, 0, cue.end())) else None


#: a sentence that says it gives what is right ("The correct figure is £42.6 million.", "It should have
#: said nine.")
_RIGHT_CUE = re.compile(r"\b(?:correct|right|actual|accurate|should\s+have|in\s+fact)\b", re.I)


def _what_is_right(sentences: list[Sentence], si: int) -> str:
    """The sentence after a correction notice's in its paragraph, which says what is right ("The vote was
    nine to four."), or opening the next paragraph when it says so ("The correct figure is £42.6
    million."), unless it is another notice; "" otherwise."""
    if si + 1 >= len(sentences):
        return ""
    nxt = sentences[si + 1]
    if CORRECTS.search(nxt.text):
        return ""
    if nxt.paragraph != sentences[si].paragraph and not _RIGHT_CUE.search(nxt.text):
        return ""
    return nxt.text.strip()


#: past forms of "be", "have", "do" and of saying, which tell a state or an account, not an event
_NO_EVENT_VERBS = frozenset({"was", "were", "had", "did", "says", "said"})


def edit_note(m: Mention) -> bool:
    """Whether a correction is a page's note on its own copy that tells no event: it names no other
    article's day (``corrects`` is "") and what it says is right tells nothing done ("Correction: an
    earlier entry said he was 34. He is 31.", or nothing at all): it withdraws the claim it names
    (``TimelineIndex``), but a live page's fixing of its copy is no event of the story. One whose right
    version tells an event ("... She resigned.") stands for that event."""
    if m.corrects != "":
        return False
    return not any(v.group().lower() not in _NO_EVENT_VERBS for v in PAST_VERB.finditer(m.righted))


def restates_claim(m: Mention, claim: frozenset[str]) -> bool:
    """Whether a live page's notice naming its own earlier entry only tells again what the claim did, with
    its right detail ("An earlier update said the panel examined 19 papers. It examined 17."): every verb
    of its right version is the claim's (or says nothing: "told"). Such a notice fixes copy; it is no event
    where the page's entry of that event stands (``TimelineIndex``). ``claim``: the stems of its withdrawn
    claim, ``term_stems(withdrawn_claim(m.quote))``."""
    cue = CORRECTS.search(m.quote)
    if m.corrects != "" or cue is None or not cue.group("own") or not m.righted:
        return False
    return all(term_stems(v.group()) <= claim for v in PAST_VERB.finditer(m.righted))
