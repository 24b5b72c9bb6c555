"""The word lists the core shares: one stop list, one month and weekday lexicon, number words (and the
figures a text states, read with them).

Kept in one place because the tokenizer, the date finder, the timeline and the answer selector must
agree on them: a month the date finder knows but the answer's date check does not would make a
"when" question's answer look dateless.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from decimal import Decimal
from functools import lru_cache
from typing import Any


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


#: function words: never index terms, never what a sentence is about
STOP_WORDS = _words(
    "a about above after again against all also am an and any are aren't as at be because been before "
    "being below between both but by can can't cannot could couldn't d did didn't do does doesn't doing "
    "don't down during each few for from further had hadn't has hasn't have haven't having he he'd "
    "he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into "
    "is isn't it it's its itself just let's ll m me more most mustn't my myself no nor not o of off on "
    "once only or other ought our ours ourselves out over own re s same shan't she she'd she'll she's "
    "should shouldn't so some such t than that that's the their theirs them themselves then there "
    "there's these they they'd they'll they're they've this those through to too under until up us ve "
    "very was wasn't we we'd we'll we're we've were weren't what what's when when's where where's which "
    "while who who's whom why why's with won't would wouldn't y you you'd you'll you're you've your "
    "yours yourself yourselves"
)
#: verbs of reporting: every news sentence has one, so they tell no two events apart
REPORTING_WORDS = _words("said says say told according")
#: articles and demonstratives: a noun phrase starts after one ("take the man into custody")
DETERMINERS = _words("the a an this that these those")
#: the possessive determiners ("my", "their"), where a dictionary's phrase writes "one's"
POSSESSIVE_DETERMINERS = _words("my your his her its our their")
#: English prepositions (the closed class): a question may strand one at its end ("charged with"), and a
#: name right after one is its object, not a clause's subject ("engineers at Hollin Airport said")
PREPOSITIONS = _words(
    "to with for on of about from into against at in by over under after through toward towards"
)

#: the prepositions a place's name follows ("in China", "from Dunmore", "found near Dunmore"); a reader
#: adds those its own reading takes as well ("residents of Kirkdal", "the Dunmore abbey")
PLACE_PREPOSITIONS = _words("in at from near across around outside")


def object_of_preposition(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` follows a preposition, making it the preposition's object
    and not the subject of the verb after it ("Engineers inspecting the runway at Hollin Vale Airport said
    ...": the engineers spoke)."""
    before = text[:start].split()
    return bool(before) and before[-1].lower() in PREPOSITIONS


#: modal verbs (kept out of STOP_WORDS: "may" is a month, "will" a noun, in some questions)
MODAL_WORDS = _words("will may might")
#: words that say nothing about which event or story a line tells: comparing two reports ignores them
FILLER_WORDS = STOP_WORDS | REPORTING_WORDS | MODAL_WORDS

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
#: abbreviations as news copy writes them ("Dec.", "Sept.")
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: the seasons, a date as news writes a plan's ("expected in stores in the fall", "by next spring")
SEASONS: tuple[str, ...] = ("spring", "summer", "autumn", "fall", "winter")
NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
#: the most characters a figure's digits and separators run to after its first digit ("1,000,000,000.00" has
#: 15), as a bounded repetition ``[\d,.]{0,30}`` after that digit: a pattern reading a figure and what
#: follows it then reads a run such as "1,1,1,..." in a scraped table a few characters on from each digit,
#: not each time to its end (a time that grew with the square of the run: a 30,000-character run took a
#: question a minute); any figure a sentence writes is read as before
FIGURE_TAIL = "{0,30}"
#: numbers as news copy spells them (below ten, and any number opening a sentence: "Forty-three
#: ambulances were diverted"), by value
_UNIT_WORDS = {w: n for w, n in NUMBER_WORDS.items() if 1 <= n <= 9 and len(w) > 2}
_TEEN_WORDS = dict(
    zip(
        "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(),
        range(10, 20),
        strict=True,
    )
)
_TENS_WORDS = dict(
    zip("twenty thirty forty fifty sixty seventy eighty ninety".split(), range(20, 100, 10), strict=True)
)
#: a spelled number below a hundred: "three", "fifteen", "forty", "forty-three" (one number, not 40 and 3)
SPELLED_NUMBER = (
    rf"(?:(?:{'|'.join(_TENS_WORDS)})(?:-(?:{'|'.join(_UNIT_WORDS)}))?"
    rf"|{'|'.join(_TEEN_WORDS)}|{'|'.join(_UNIT_WORDS)})"
)
_NUMBER_WORD = re.compile(rf"\b{SPELLED_NUMBER}\b", re.IGNORECASE)


def spelled_value(word: str) -> int:
    """The value of a ``SPELLED_NUMBER`` ("forty-three" -> 43)."""
    tens, _, unit = word.lower().partition("-")
    if tens in _TENS_WORDS:
        return _TENS_WORDS[tens] + (_UNIT_WORDS[unit] if unit else 0)
    return _TEEN_WORDS.get(tens) or _UNIT_WORDS[tens]


#: a number with a word of scale: "2.9 million" is the 2,900,000 another outlet writes in digits (not
#: "m" or "k", which are as often metres and kilometres)
_SCALED = re.compile(
    rf"(\d[\d,]{FIGURE_TAIL}(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn)\b", re.IGNORECASE
)
#: a sum's abbreviated scale after a currency sign ("$310m", "£1.2bn", "€45k"): money, never metres,
#: so the same figure as the "$310 million" another outlet writes
_CURRENCY_SCALED = re.compile(r"(?<=[$\u00a3\u20ac])(\d[\d,]*(?:\.\d+)?)(m|mn|b|k)\b", re.IGNORECASE)
#: the words that scale the number before them ("95 million"), making one figure with it
SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion"})
#: a scale as chat and headlines abbreviate it after the digits ("6m", "$2.5bn", "45k"), with its word
SCALE_ABBREVIATIONS = {"m": "million", "mn": "million", "b": "billion", "bn": "billion", "k": "thousand"}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "bn": 10**9, "trillion": 10**12}
#: the scale written after a sum's digits, abbreviated or not ("£800m", "$2.3bn", "45k", "$95 million")
SUM_SCALE = r"(?:m|bn|k|thousand|million|billion|trillion)"


def _scaled(m: re.Match[str]) -> str:
    scale = m.group(2).lower()
    digits = f"{Decimal(m.group(1).replace(',', '')) * _SCALES[SCALE_ABBREVIATIONS.get(scale, scale)]:f}"
    return " " + (digits.rstrip("0").rstrip(".") if "." in digits else digits)


#: a spelled number with a word of scale ("two dozen", "a dozen", "three hundred", "a thousand"): the
#: figure another outlet writes in digits ("24", "300"), not the "2" or "3" it starts with ("half a dozen"
#: is left alone: no figure, as before)
_SPELLED_SCALED = re.compile(
    rf"(?<!half\s)\b({SPELLED_NUMBER}|an?)\s+(dozen|hundred|thousand|million|billion|trillion)\b",
    re.IGNORECASE,
)
_WORD_SCALES = {"dozen": 12, "hundred": 100, **_SCALES}
#: the words a figure is spelled with that scale the number before them ("two dozen", "95 million"),
#: which ``figures`` multiplies out: part of how the figure is written, not a word of what it counts
SPELLED_SCALES = SCALE_WORDS | {"dozen", "hundred"}


def _spelled_scaled(m: re.Match[str]) -> str:
    count = 1 if m.group(1).lower() in ("a", "an") else spelled_value(m.group(1))
    return f" {count * _WORD_SCALES[m.group(2).lower()]} "


_DIGIT = re.compile(r"\d")
#: the words of scale a spelled figure may have (a quick test before the pattern)
_SCALE_WORD = re.compile(r"(?:dozen|hundred|thousand|illion)\b", re.IGNORECASE)


@lru_cache(maxsize=8192)  # a question compares the same few hundred sentences with each other, often
def figures(text: str) -> frozenset[str]:
    """The numbers a text states, as digits ("two" and "2" alike, "two dozen" and "24"; thousands
    separators dropped, words of scale multiplied out): what two outlets' versions of a statement or an
    event must agree on."""
    if _SCALE_WORD.search(text):  # (first: "one hundred thousand" is 100 thousand)
        text = _SPELLED_SCALED.sub(_spelled_scaled, text)
    if _DIGIT.search(text):
        text = _SCALED.sub(_scaled, _CURRENCY_SCALED.sub(_scaled, text))
    nums = {n.replace(",", "") for n in _NUMBER.findall(text)}
    nums |= {str(spelled_value(w)) for w in _NUMBER_WORD.findall(text)}
    return frozenset(nums)


#: words before a role that make it another role, held by someone else ("deputy chief executive",
#: "former chief executive", "vice president"): not the role a "who is the chief executive" asks about
OTHER_ROLE_WORDS = _words(
    "deputy vice assistant former ex erstwhile onetime outgoing incoming future would-be"
)
#: the words title abbreviations stand for, as English news copy writes them before a name ("Gov. Ed
#: Vance", "Det. Supt. Ann Hale") and chat writes them as nouns ("the capt of the ferry"): a question's
#: "capt" asks for the captain, a timeline of "governor" is about "Gov. Ed Vance declared ..."
TITLE_ABBREVIATIONS = {
    "dr": "doctor",
    "prof": "professor",
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "gen": "general",
    "col": "colonel",
    "capt": "captain",
    "lt": "lieutenant",
    "sgt": "sergeant",
    "supt": "superintendent",
    "insp": "inspector",
    "det": "detective",
    "adm": "admiral",
    "cmdr": "commander",
}
#: nouns that are plural as they stand, without a plural ending ("how many people work ...")
PLURAL_NOUNS = _words("people police staff personnel cattle clergy folk")


#: How news copy says something is still to come, one notion for the date finder (a weekday or month
#: after it is the coming one: ``timeline.expressions``), the timeline's merge (a plan for a day is not
#: the act done that day: ``timeline.merge``) and a "what's next" answer (``answer.about``). Regex
#: alternations, to be used inside ``\b(?:...)\b``.
#: the future tense ("will", "won't", "'ll")
FUTURE_TENSE = r"will|shall|won['\u2019]t|['\u2019]ll"
#: a plan its subject holds now ("plans to appeal", "is hoping to reopen")
PLAN_TO = r"(?:plans?|planning|intends?|intending|aims?|aiming|expects?|expecting|hopes?|hoping)\s+to"
#: a negative lookahead to write right after "due" that fails where its "to" gives a cause, so that only
#: a schedule's "due" is read ("is due to reopen": a base verb after "to"). A cause is a noun phrase
#: after "to", known by its first word alone: a determiner or possessive ("due to a cyber attack"), a
#: capital or a digit, matched case-sensitively even in a pattern compiled with ``re.I`` ("due to Storm
#: Ada", "due to 40 absences"), a gerund with three letters or more before its "-ing" ("due to
#: flooding"; "bring" is none), or a plural's "-s" after a letter other than "s" or "u" ("due to
#: shortages"; "discuss", "focus" are base verbs). A phrase opening on a modifier is not caught ("due to
#: staff shortages", "due to heavy rain" read as a schedule): the first word tells no noun from a verb
NOT_CAUSE = (
    r"(?!\s+to\s+(?:(?:a|an|the|this|that|these|those|its|their|his|her|our|my|your|some|no|any|such)\b|"
    r"(?-i:[A-Z0-9])|\w{3,}ing\b|\w+[^su\W]s\b))"
)
#: "going to" a place, not a future: a determiner or possessive after its "to" ("patients going to the clinic
#: on Friday were turned away"); a lookahead to write right after "going"
NOT_PLACE = r"(?!\s+to\s+(?:a|an|the|this|that|these|those|its|their|his|her|our|my|your)\b)"
#: a schedule told in the present ("is due to", "are expected", "is set to", "is to")
SCHEDULED = rf"(?:is|are)\s+(?:due{NOT_CAUSE}|to|expected|scheduled|set\s+to)"
#: a future no reporter shifts: ahead of the article that tells it, not only of the telling
SURE_FUTURE = rf"{FUTURE_TENSE}|{SCHEDULED}|{PLAN_TO}"
#: a plan told as it stood when it was reported ("said the notice would be delivered", "was expected to
#: sign", "the planned vote"): ahead of the telling, either side of the article
REPORTED_PLAN = r"would|expected\s+to|planned"
#: an open question, a step no one has settled ("has not said whether she will run", "did not say when
#: the bridge will reopen", "it is unclear if ..."): what follows is neither done nor set for a day
UNSETTLED = (
    r"(?:\bnot|n['\u2019]t|\bnever|\bunclear|\bundecided|\buncertain|\bunknown)\b(?:\W+\w+){0,4}?\W+"
    r"(?:whether|when|if)\b"
)


#: words of time that place an event without telling which it is ("last week", "on Monday morning")
TIME_WORDS = _words(
    "today yesterday tomorrow tonight week month year morning afternoon evening night day first second "
    "last next earlier later"
)


#: the Basic Multilingual Plane's blocks of alphabets with capital letters: Latin, Greek, Cyrillic,
#: Armenian, Georgian, Cherokee, their extensions, letterlike symbols and fullwidth Latin (the rest of
#: the plane's cased characters are circled letters, superscripts and the like). Read at every start, so
#: scanned by block: the whole plane costs tens of milliseconds of every process's start-up
_CASED_BLOCKS = (
    (0x0000, 0x0590),
    (0x10A0, 0x1100),
    (0x13A0, 0x1400),
    (0x1C80, 0x2000),
    (0x2100, 0x2190),
    (0x2C00, 0x2D30),
    (0xA640, 0xA800),
    (0xAB30, 0xABC0),
    (0xFF00, 0xFF60),
)


def _char_class(test: Callable[[str], bool], below: int = 0x10000) -> str:
    """The body of a regular-expression character class holding every character of the cased alphabets'
    blocks below code point ``below`` for which ``test`` holds, as ranges (``re`` has no Unicode
    categories)."""
    ranges: list[tuple[int, int]] = []
    for c in (c for lo, hi in _CASED_BLOCKS for c in range(lo, min(hi, below))):
        if test(chr(c)):
            if ranges and ranges[-1][1] == c - 1:
                ranges[-1] = (ranges[-1][0], c)
            else:
                ranges.append((c, c))
    return "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges)


#: capital and small letters of any script, for character classes ("[{UPPER}][{LOWER}]+" is a
#: capitalised word in Latin, Cyrillic or Greek script alike: "Ruiz", "Сибіга", "Μητσοτάκης"); a
#: pattern holding them is compiled with ``CasedPattern``
UPPER = _char_class(str.isupper)
LOWER = _char_class(str.islower)
_LATIN1_UPPER = _char_class(str.isupper, below=0x100)
_LATIN1_LOWER = _char_class(str.islower, below=0x100)


@lru_cache(maxsize=1)
def _past_latin1() -> re.Pattern[str]:
    """A capital or small letter past Latin-1 ("Ł", "С", "Μ"): the only characters on which a class
    of ``UPPER`` or ``LOWER`` and the same class over Latin-1's letters disagree."""
    past = _char_class(lambda c: c >= "\u0100" and (c.isupper() or c.islower()))
    return re.compile(f"[{past}]")


class CasedPattern:
    """A regular expression written with ``UPPER`` and ``LOWER`` classes, which cost ~1 ms each to
    compile (hundreds of ranges), at every process start: a text with no letter past Latin-1 (most
    news text) is matched by the same pattern over Latin-1's letters alone, cheap to compile, and the
    whole one is compiled the first time a text holds such a letter. Both find the same matches on such
    a text: a class is only ever tested on the text's own characters, and on none of them do the two
    classes disagree (hence no IGNORECASE over these classes, which would test other cases too)."""

    __slots__ = ("_full", "_latin1", "_source")

    def __init__(self, source: str) -> None:
        self._source = source
        self._latin1 = re.compile(source.replace(UPPER, _LATIN1_UPPER).replace(LOWER, _LATIN1_LOWER))
        self._full: re.Pattern[str] | None = None

    def _for(self, text: str) -> re.Pattern[str]:
        if text.isascii() or not _past_latin1().search(text):
            return self._latin1
        if self._full is None:
            self._full = re.compile(self._source)
        return self._full

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._for(text).search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._for(text).match(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self._for(text).finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self._for(text).findall(text, pos, endpos)
