"""What a date expression looks like in news prose: the patterns (anchored on month and weekday names,
case-sensitive, or on explicit deictic phrases, so that durations, modal "may" and bare numbers never
match), the cheap cues that decide which sentences a pattern is tried on, and the DateMention found."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from retrieval import lexicon
from retrieval.lexicon import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

MentionPrecision = Literal["day", "week", "month", "year"]


#: how a mention got its date: stated whole, stated without its year, counted from the publication date
#: (or a date of its own sentence), or counted from the last date the text gave ("two days later")
Kind = Literal["explicit", "partial", "relative", "anaphoric"]


Tense = Literal["past", "future"]


def _cased(words: list[str]) -> str:
    """Capitalised or ALL-CAPS spellings only: lowercase "may"/"march" are verbs, not months."""
    alts: list[str] = []
    for w in words:
        alts += [w.capitalize(), w.upper()]
    return "|".join(sorted(alts, key=len, reverse=True))


MONTH_FULL = _cased(list(MONTHS))


MONTH_ABBR = _cased(list(MONTH_ABBREVIATIONS))


# A month before a day number: abbreviations with or without a period ("Dec. 4", "Dec 4").
MON_D = rf"(?P<mon>(?:{MONTH_FULL})\b|(?:{MONTH_ABBR})\b\.?)"


# A month standing without a day: full names, or abbreviations with their period ("Dec. 2024").
MON_Y = rf"(?P<mon>(?:{MONTH_FULL})\b|(?:{MONTH_ABBR})\.)"


WD = rf"(?P<wd>{_cased(list(WEEKDAYS))})\b"


YEAR = r"(?P<y>(?:1[89]|20)\d\d)(?![\d])"


ORD = r"(?:st|nd|rd|th)?"


RANGE_SEP = r"\s*(?:-|–|—|and|to|through|&)\s*"


# What may not follow a day number: more digits, a decimal, a percentage, a unit ("March 2,000", "May 5%"),
# or a time's minutes ("10 March 17:20": 17:20 is the time of the 10th, not March 17).
NOT_NUMBERISH = r"(?![\d]|[.,:]\d|\s*%|\s*(?:per\s*cent|percent)\b)"


# Scoped case-insensitivity: "Early in March" opens a sentence, while month names stay case-sensitive.
MODS = (
    r"(?i:early|earlier|mid|late|later|"
    r"the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)"
)


US = re.compile(
    rf"(?:{WD},?\s*(?:\(\s*)?(?:on\s+)?)?"
    rf"\b{MON_D}\s*(?P<d1>[0-3]?\d){ORD}\b(?:{RANGE_SEP}(?P<d2>[0-3]?\d){ORD}\b)?{NOT_NUMBERISH}"
    rf"(?:,?\s*{YEAR})?(?P<close>\s*\))?"
)


BRIT = re.compile(
    rf"(?:{WD},?\s*(?:\(\s*)?(?:the\s+)?)?"
    rf"(?<![\d.,$£€/:-])\b(?P<d1>[0-3]?\d){ORD}(?:{RANGE_SEP}(?P<d2>[0-3]?\d){ORD})?\s+(?:of\s+)?"
    rf"{MON_D}(?!\s*[0-3]?\d\b(?!\d|[:.]\d))(?:,?\s*{YEAR})?(?P<close>\s*\))?"
)


ISO = re.compile(r"(?<![\d/-])(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d/-])")


MONTH_YEAR = re.compile(rf"\b(?:(?P<mod>{MODS})[\s-]+(?:in\s+)?)?{MON_Y}\s*,?\s*(?:of\s+)?{YEAR}")


MONTH_REL_YEAR = re.compile(
    rf"\b(?:(?P<mod>{MODS})[\s-]+(?:in\s+)?)?{MON_Y}\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b",
)


SEASON_YEAR = re.compile(
    rf"\b(?:(?:early|late|mid)[\s-]+)?(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+(?:of\s+)?{YEAR}"
)


MONTH_CUE = re.compile(
    rf"\b(?P<cue>(?i:in|since|until|till|by|from|during|throughout|before|after|last|next|this)|"
    rf"(?:{MODS})(?:[\s-]+in)?|of)\s+(?P<mon>{MONTH_FULL})\b(?!\s*[0-3]?\d\b)(?!\s*,?\s*(?:1[89]|20)\d\d)"
)


YEAR_CUE = re.compile(
    rf"\b(?P<cue>[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Tt]hroughout|[Bb]efore|[Aa]fter|"
    rf"(?:{MODS})(?:[\s-]+in)?)\s+{YEAR}\b(?!\s*(?:%|per\s*cent|percent|people|troops|km|miles|metres))(?!,\d)"
)


REL_DAY = re.compile(
    r"\b(?P<w>today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b", re.I
)


WEEKDAY = re.compile(
    rf"\b(?:(?P<rel>last|next|this|coming|past)\s+|(?P<pre>on|early|late|later|earlier|by|until|since|from|"
    rf"early\s+on|late\s+on|later\s+on|earlier\s+on)\s+)?{WD}(?P<possess>'s|’s)?",
    re.I,
)


REL_UNIT = re.compile(
    r"\b(?:(?P<mod>early|earlier|late|later|mid)[\s-]+)?(?P<rel>this|last|next)\s+(?P<unit>week|month|year)\b(?!s)",
    re.I,
)


# Anaphora: a date counted from the last date the text gave ("two days later", "the following week",
# "the day before"), never from the publication date. "after"/"before" only when no noun follows ("two
# days after the vote" counts from the vote, whose date the text may not give): checked when built.
ANAPHORA = re.compile(
    r"\b(?:(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>day|week|month|year)s?"
    # ("a week later than planned" compares with a plan: no date)
    r"\s+(?P<dir>later|earlier|afterwards|after|before)(?!\s+than\b)|(?:the|that)\s+(?:(?P<rel>next|following|"
    r"previous|preceding|same)\s+(?P<unit2>day|week|month|year)|(?P<unit3>day|week)\s+(?P<dir3>after|before)))\b",
    re.I,
)


AGO = re.compile(
    r"\b(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>day|week|month|year)s?\s+ago\b",
    re.I,
)


# Weekday names that are part of a name, not a date ("Good Friday", "the Sunday Times", "Super Tuesday").
WD_NAME_BEFORE = re.compile(r"(?:Black|Good|Bloody|Super|Ash|Holy|Cyber|Easter|Maundy|Mail\s+on)\s+$")


WD_NAME_AFTER = re.compile(
    r"\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Mail|Independent|Tribune|Sport|People|Star|Night\s+Football)\b"
)


TODAY_NAME_BEFORE = re.compile(r"(?:[A-Z][\w.]*|the)\s+$")


#: a clause's marker of what is still to come: the future tense, a plan or schedule (``lexicon``), and the
#: present tense of the verbs a schedule is told in
FUTURE = re.compile(
    rf"\b(?:{lexicon.SURE_FUTURE}|{lexicon.REPORTED_PLAN}|"
    # ("due to" after a participle gives a cause too: "cancelled due to fog")
    rf"(?<!ed\s)due{lexicon.NOT_CAUSE}\s+to|set\s+to|scheduled|"
    # ("going to the clinic" goes to a place, "next to the station" stands by one: no future)
    rf"going{lexicon.NOT_PLACE}\s+to|to\s+be\s+held|upcoming|next(?!\s+to\b)|"
    r"(?:is|are)(?=\s*$)|"
    # the present of "expect" with its object and "to" ("the council expects the square to reopen on"):
    # an expectation told as it stands now, of what is still to come ("was expected to" is REPORTED_PLAN)
    r"expects?\s+(?:[\w'’-]+\s+){0,5}?to\s+[a-z]+|"
    # present tense of scheduling verbs reads as the future ("the match kicks off on Saturday")
    r"kicks\s+off|get\s+under\s+way|gets\s+under\s+way|begins|starts|opens|takes\s+place|go\s+to\s+the\s+polls|"
    r"goes\s+to\s+the\s+polls|meets|arrives|travels|resumes|ends|closes|"
    # ... and of verbs that put a rule or order in force ("the order takes effect Wednesday")
    r"takes\s+effect|take\s+effect|goes\s+into\s+effect|go\s+into\s+effect|comes\s+into\s+force|"
    r"come\s+into\s+force|expires|lapses|"
    # ... and so does the plural ("talks resume on Thursday", "ministers meet on Friday")
    # (verbs that are rarely nouns: "the vote on Thursday" may well be past)
    r"meet|resume|begin|convene|reconvene|arrive|kick\s+off|"
    # ... and any verb's present after a pronoun subject, which can only be a verb there ("He takes charge
    # for the first time on Saturday"): news copy tells what was done in the past tense, a present with a
    # day is a schedule (not a verb of saying, "says", nor "is", "was", "has", "does": an auxiliary's tense
    # is its participle's)
    r"(?:he|she|it)\s+(?!(?:says|tells|was|is|has|does)\b)[a-z]{2,}[^s\W]s)\b",
    re.I,
)


#: a day something starts from, written right before it ("buses stop running starting Wednesday",
#: "Beginning Thursday, trains run hourly", "effective Monday"): ahead of the article unless a past verb
#: earlier in the sentence tells what already began ("service was suspended starting Thursday")
STARTING_FROM = re.compile(r"\b(?:starting|beginning|effective)\s+(?:on\s+|from\s+)?$", re.I)


#: a marker that puts what follows in the future whoever reports it ("will", "is expected", "now expects to
#: return ... in September": ``lexicon.SURE_FUTURE``), unlike "would" or "expected to", as often a plan
#: reported after the day it named ("was expected to sign on April 17")
SURE_FUTURE = re.compile(lexicon.SURE_FUTURE, re.I)


#: the participles of the verbs that move a date ("postponed", "pushed back"), for SET_FOR and SET_BEFORE
_MOVED = (
    r"moved|postponed|pushed\s+back|put\s+off|rescheduled|delayed|deferred|adjourned|brought\s+forward|"
    r"shifted|switched"
)


#: a noun of time a day or month is set through after a moving verb's "to" ("moved to a new date in May",
#: "postponed to a later day in June"): what it names is the day set, as "moved to May" would
_TIME_NOUN = r"(?:\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?(?:date|day)(?:\s+(?:in|on|of))?)"


#: what names a weekday as the day something is set for, not the day it happened: "cancelled for Tuesday",
#: "scheduled for Friday", "postponed until Monday", "moved the hearing to Thursday". News copy tells a past
#: day with a bare weekday or "on" ("were cancelled Tuesday", "said on Tuesday"); a day something is put on
#: or off to is the coming one, whatever the tense of the verb that put it there. "to" only after a verb
#: that moves a date ("from Monday to Wednesday" is a span, either side of now); ``moved`` the moving
#: verb's "to" ("moved to a new date in November"), which sets the day ahead of the moving
SET_FOR = re.compile(
    rf"\b(?:for|until|till|(?:{_MOVED}|moves|move|postpones|postpone|reschedules|delays|defers|adjourns)"
    # "moved to a new date in May", "postponed until a later date in June": the day set, named through a
    # noun of time after the verb's "to" (not a bare "for": "seen for the first time on Tuesday")
    rf"\s+(?:[\w'’-]+\s+){{0,4}}?(?:(?P<moved>to|until|till){_TIME_NOUN}?|for))"
    # "until at least March 14", "until the end of": a bound hedged is still the day set
    r"(?:\s+at\s+(?:least|the\s+earliest|the\s+latest))?\s+$",
    re.I,
)


#: the day a verb moves something away from ("the vote was moved from March 3 to March 10", "postponed the
#: hearing from Monday"): a day given up, as SET_BEFORE's, no event beside the day it moved to
MOVED_FROM = re.compile(
    rf"\b(?:{_MOVED}|moves|move|postpones|postpone|reschedules|delays|defers|adjourns)"
    r"\s+(?:[\w'’-]+\s+){0,4}?from\s+$",
    re.I,
)


#: a day set for something in a clause told in the past perfect or as the original plan ("had originally
#: been scheduled for Tuesday but was called off", "was originally set for Friday"): a day that was set,
#: not one it is set for now, so the last such day, before the article
SET_BEFORE = re.compile(
    r"\b(?:had\s+(?:[a-z]+ly\s+)?(?:been\s+)?|originally\s+(?:been\s+)?)(?:[a-z]+ly\s+)?"
    rf"(?:scheduled|set|planned|slated|due|{_MOVED})\s+(?:[\w'’-]+\s+){{0,4}}?"
    rf"(?:(?:to|until|till){_TIME_NOUN}?|for|on)\s+$",
    re.I,
)


#: the words of a schedule in a SET_BEFORE clause ("had originally been scheduled for", not "had been moved
#: to"): a plan given up, whose day was behind the article; a day a plan was moved to may be either side
PLAN_WORD = re.compile(r"\b(?:originally|initially|scheduled|slated|planned|due|set\s+for)\b", re.I)


#: a verb putting something on a day's business ("has added a hearing to Tuesday's agenda", "a vote has been
#: put on Friday's order paper", "will list the case on Monday's docket"), with the auxiliary that tells
#: whether what it put there still lies ahead (``puts_ahead``): a present perfect, present or future one
#: says the day's business is still to come (its result holds now); a bare past ("placed the item on
#: Tuesday's agenda") may have been put on a day already gone or one coming
PUT_ON = re.compile(
    r"(?:\b(?P<aux>has|have|is|are|will)\s+(?:been\s+|being\s+|be\s+)?)?\b"
    r"(?:(?:add|put|place|list|schedule|slot)(?P<present>s)|add(?:ed)?|put|plac(?:ed|e)|list(?:ed)?|"
    r"schedul(?:ed|e)|slot(?:ted)?)"
    r"\s+(?:[\w'’-]+\s+){0,6}?(?:to|on|onto)\s+$",
    re.I,
)


def puts_ahead(put: re.Match[str]) -> bool:
    """Whether a ``PUT_ON`` match tells business still to come: an auxiliary ("has added", "will list")
    or a present tense ("adds"), not a bare past ("added")."""
    return bool(put.group("aux") or put.group("present"))


#: a future verb right after a weekday that is its subject ("Sunday will be hotter", "Sunday could bring
#: storms", "Friday is expected to be"): the coming day; not "could have" (a past the speaker imagines)
SUBJECT_FUTURE = re.compile(
    r"\s+(?:will|shall|is\s+(?:expected|forecast|likely|set|due)\s+to|could|may|might)\b"
    r"(?!\s+(?:not\s+|well\s+)?have\b)",
    re.I,
)
#: a reported plan's verb right after a weekday heading its clause ("Outpatient clinics on Monday would go
#: ahead as normal, the trust said", "the vote on Friday was due to go ahead"): the plan as it stood when it
#: was reported, as after ``REPORTED_PLAN`` before the day, so the nearest such day; not a refusal ("the trust
#: on Monday would not say how many were hurt": a past day's) nor "would have" (a past imagined), nor "due
#: to" giving a cause ("The closure on Friday was due to a burst water main": ``lexicon.NOT_CAUSE``) nor
#: "going to" a place; a narrative's "would later", "would eventually" (what came after, told from a past)
#: is none either. Use ``reported_after``: a bare "would" needs a reporting verb too
REPORTED_AFTER = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+"
    r"(?:(?P<would>would)(?!\s+(?:not|never|have|later|eventually|then|soon|ultimately|go\s+on\s+to)\b)|"
    rf"(?:was|were)\s+(?:due{lexicon.NOT_CAUSE}|expected|set|scheduled|going{lexicon.NOT_PLACE})\s+to\b)",
    re.I,
)
#: a reporting verb ("said", "told", "according to"), whose report a bare "would" can be the plan of
_REPORTS = re.compile(rf"\b(?:{'|'.join(sorted(lexicon.REPORTING_WORDS))})\b", re.I)
#: the rest of a "would" clause telling how it ended ("would burn for three days before it was contained"):
#: a narrator who knows the outcome tells a past, not a plan (a bounded reach, the clause's words)
_OUTCOME_TOLD = re.compile(
    r"[^.;:!?]{0,200}?\b(?:before|until|after|when)\s+(?:\w+\s+){0,4}?(?:was|were|had)\b", re.I
)


def reported_after(text: str, end: int) -> bool:
    """Whether a weekday ending at ``end`` heads a reported plan's clause (``REPORTED_AFTER``): "was due to
    go ahead" is one; a bare "would" only in a sentence that reports it ("..., the trust said") and whose
    clause does not go on to tell how it ended (a past narrative's "would", not a plan)."""
    m = REPORTED_AFTER.match(text, end)
    if m is None:
        return False
    if not m.group("would"):
        return True
    return bool(_REPORTS.search(text)) and _OUTCOME_TOLD.match(text, m.end()) is None


#: words in "-ed" that are no past form: a base verb in "-eed" ("will proceed on Monday", "exceed",
#: "succeed", "need", "speed"; but "agreed", "freed" are "agree", "free" + "d"), "indeed", "hundred", and
#: "bed" and "red" (only the whole word: "robbed", "described" and "published" are past forms)
NOT_PAST_ED = r"\w*(?:ceed|need|feed|speed|bleed|breed|heed|seed|weed|deed)|hundred|bed|red"


#: a participle right before a date ("the layoffs announced on Monday", "a plant acquired in March") with no
#: "be", "remain" or "to" before it ("will be announced on Monday" is the future's): the date is the
#: participle's act, done, whatever the tense of the sentence's main verb ("The layoffs announced on Monday
#: will fall hardest on sales staff": the Monday before the article). Not a participle that looks ahead
#: ("results expected on Monday", "talks scheduled for Friday"); a base verb in "-en" or "-eed" ("will
#: reopen on Monday", "will succeed") is none
PARTICIPLE_BEFORE = re.compile(
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bto\s)(?<!\bremain\s)(?<!\bremains\s)(?<!\bstay\s)"
    r"(?<!\bstays\s)(?<!\bget\s)(?<!\bgets\s)(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)"
    r"\b(?!(?:expected|scheduled|planned|slated|forecast|predicted|timed|intended|projected|billed|earmarked|"
    rf"needed|wanted|hoped|aimed|{NOT_PAST_ED})\b)"
    r"(?:[a-z]{2,}ed|taken|given|shown|seen|written|driven|chosen|broken|"
    r"spoken|stolen|frozen|beaten|hidden|risen|fallen|drawn|known|thrown|grown|flown|sworn|torn|held|sent|paid|"
    r"sold|bought|found|built|lost|won|struck|made|caught|brought|told|kept|shot|fought|sought|laid|led)"
    r"\s+(?:on\s+|in\s+)?$",
)
#: a finite verb right after a date ("... announced on Monday will fall", "... fined in May has appealed"):
#: the participle before the date was no main verb, but a reduced relative clause of the subject
FINITE_AFTER = re.compile(
    r"\s*(?:will|would|shall|could|can|may|might|must|should|is|are|was|were|has|have|had|remains?|"
    r"continues?)\b",
    re.I,
)


#: a verb that grants, orders or decides what its infinitive then tells ("were allowed to return home
#: starting Saturday", "approved a plan to let customers check balances from November 3", "voted to close
#: the road on May 5"): the day belongs to what is allowed or planned, which that verb's past tense does
#: not put behind the article. A vote's tally between them ("voted 19 to 6 on Monday to open the line on 18
#: April", "by 12 votes to 3") counts as one word, its "to" no infinitive's
PLANNED = re.compile(
    r"\b(?:allowed|permitted|approved|authori[sz]ed|agreed|voted|decided|chose|ordered|promised|pledged|vowed|"
    r"urged|asked)\s+(?:(?:by\s+)?\d+(?:\s+votes?)?\s+to\s+\d+\s+|[\w'’-]+\s+){0,4}?to\s+[a-z]+\b",
    re.I,
)


#: a future marker that reports a plan made before the article ("said the notice would be delivered on
#: Friday", "was expected to sign on Monday"): where it lands, past or ahead of the publication date, the
#: marker does not say, so a weekday after it is the nearest one
REPORTED_PLAN = re.compile(lexicon.REPORTED_PLAN, re.I)


PAST_VERB = re.compile(
    # simple past forms no participle shares ("wrote", "went"), past wherever they stand
    r"\b(?:says|was|were|had|did|went|gave|took|saw|came|began|rose|fell|spoke|wrote|drew|grew|knew|threw|"
    r"flew|ran|chose|broke|froze|stole|woke|wore|tore|forgot|sank|rang|sang|drove|rode|shook|became|withdrew|"
    r"oversaw|forbade|swore|blew|dug|hid|slid|spun|stung|swam|sprang|sped|wept|crept|slept|swept|knelt|leapt|"
    r"shrank|stank|strode|clung|flung|swung)\b"
    # a participle after a present or future "be" is no past verb: "is expected in June", "will be held on
    # Tuesday", "will be covered"; nor after a present "remain" or "stay": "cars remain banned until late
    # July". Irregular past forms a participle shares ("held", "heard", "sent") are read the same way.
    # Nor is one after a determiner or "of", "for", "with", which makes it an adjective ("will run a reduced
    # timetable", "two years of supervised release"), nor after a future "have", a future perfect ("will
    # have finished by Monday": done by a day still ahead)
    r"|(?<!\bis\s)(?<!\bare\s)(?<!\bam\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bremain\s)"
    r"(?<!\bremains\s)(?<!\bstay\s)(?<!\bstays\s)"
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bour\s)"
    r"(?<!\bof\s)(?<!\bfor\s)(?<!\bwith\s)(?<!\bwill\shave\s)(?<!\bshall\shave\s)(?<!ll\shave\s)"
    r"\b(?:said|told|met|held|made|sent|won|lost|left|hit|struck|heard|thought|felt|stood|sought|brought|"
    r"bought|sold|caught|taught|fought|got|shot|sat|upheld|paid|laid|built|spent|led|fled|found|meant|kept|"
    rf"dealt|hung|stuck|(?!(?:{NOT_PAST_ED})\b)\w+ed)\b",
    re.I,
)


def future_marker(before: str) -> re.Match[str] | None:
    """The marker of what is still to come in the clause ``before`` an expression (the sentence up to it):
    its last future marker when no past verb follows it ("talks will resume on", not "will review the
    footage, arrested two men on"), or a day something starts from unless a past verb before it tells
    what already began (but what was allowed or planned starts then: "were allowed to return from")."""
    before = before[-90:]
    fut = list(FUTURE.finditer(before))
    if fut and not PAST_VERB.search(before, fut[-1].end()):
        return fut[-1]
    starting = STARTING_FROM.search(before)
    if starting is not None and (
        not PAST_VERB.search(before, 0, starting.start()) or PLANNED.search(before, 0, starting.start())
    ):
        return starting
    return None


def name_cue(text: str, pos: int) -> bool:
    """A month or weekday name starts at ``pos`` of the lowercased text: a capital in the text as written
    (the patterns need one: "market" or "may" the verb are no cue), not inside a word."""
    return pos == 0 or not text[pos - 1].isalpha()


def year_cue(text: str, pos: int) -> bool:
    """ "19"/"20"/"18" starting a four-digit number that stands alone."""
    return (
        text[pos + 2 : pos + 4].isdigit()
        and (pos == 0 or not text[pos - 1].isdigit())
        and not text[pos + 4 : pos + 5].isdigit()
    )


def unit_cue(text: str, pos: int) -> bool:
    """ " week"/" month"/" year" right after this/last/next."""
    return text[max(0, pos - 5) : pos].rstrip()[-4:].lower() in {"this", "last", "next"}


@dataclass(frozen=True, slots=True)
class Cue:
    """Cheap cues for one family of patterns: needles found with str.find (memchr-fast, far cheaper than
    any regex scan over a whole corpus) in the lowercased text, and an optional check of each hit;
    ``capital`` asks the text as written for a capital at the hit."""

    needles: tuple[str, ...]
    check: Callable[[str, int], bool] | None = None
    capital: bool = False


FAMILY_CUES: dict[str, Cue] = {
    "month": Cue(tuple(w[:3] for w in MONTHS), name_cue, capital=True),
    "year": Cue(("18", "19", "20"), year_cue),
    "relday": Cue(("today", "yesterday", "tomorrow", "tonight", "night", "morning", "afternoon", "evening")),
    "weekday": Cue(tuple(WEEKDAYS), name_cue, capital=True),
    "unit": Cue((" week", " month", " year"), unit_cue),
    "ago": Cue((" ago",)),
    "anaphora": Cue(
        (
            "later",
            "earlier",
            "afterwards",
            "after",
            "before",
            "following",
            "previous",
            "preceding",
            "next day",
            "same",
        )
    ),
}


#: how far an expression reaches either side of its cue ("the beginning of March", "21st and 22nd, 2009)")
REACH = 48


# A sentence ends at a newline, or at ".!?" and space before a capital or an opening quote (written so that
# the scan starts from one character class, which the regex engine skips through fast).
SENT_END = re.compile(r"[.!?\n](?:(?<=\n)|(?<=[.!?])\s+(?=[A-Z\"“'‘(]))")


@dataclass(frozen=True, slots=True)
class DateMention:
    """One normalised temporal expression.

    ``value`` is "YYYY-MM-DD" (day and week precision; a week is named by its Monday), "YYYY-MM" or "YYYY";
    when the year could not be fixed ``year_known`` is False and the year reads "XXXX".
    """

    start: int
    end: int
    text: str
    value: str
    precision: MentionPrecision
    kind: Kind
    year_known: bool = True
    #: last day of a range ("April 3 and 4") or of a week, as "YYYY-MM-DD"
    range_end: str | None = None
    #: the weekday the text states (0 = Monday), kept so a year can be checked against it
    weekday: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def date(self) -> date | None:
        """The first day the mention covers, or None while the year is unknown."""
        if not self.year_known:
            return None
        parts = [int(p) for p in self.value.split("-")]
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
