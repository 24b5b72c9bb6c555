"""Answer types: whether a sentence holds the kind of thing a question asks for (a date, a number, a
person's name, a place, an outlet, a quotation, a reason), by patterns over its text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from retrieval.answer.amounts import CURRENCY_ASKED, CURRENCY_SIGNS, asks_summed
from retrieval.answer.bridge import person_noun, verb_bases, verb_form, wordnet
from retrieval.answer.owners import AskedSum, another_owner, asked_sum
from retrieval.answer.phrases import AUXILIARIES
from retrieval.answer.question import (
    ASKS_TIME,
    QuestionInfo,
    asked_called_noun,
    asked_sentence,
    asks_ahead,
    asks_cause_of,
)
from retrieval.answer.weights import WEIGHTS
from retrieval.lexicon import (
    DETERMINERS,
    FIGURE_TAIL,
    LOWER,
    MONTH_ABBREVIATIONS,
    MONTHS,
    PLACE_PREPOSITIONS,
    POSSESSIVE_DETERMINERS,
    SCALE_WORDS,
    SEASONS,
    SPELLED_NUMBER,
    STOP_WORDS,
    UPPER,
    WEEKDAYS,
    CasedPattern,
    figures,
)
from retrieval.search.text import Tokenizer, fold
from retrieval.search.wordnet import NOUN_PERSON, NOUN_POSSESSION, NOUN_TIME, WordNet

PRONOUN_START = re.compile(
    r"^\W*(?:(?:but|and|so|yet|still|however|meanwhile|instead),?\s+)?"
    # an age opening it ("Now 58, she ...", "At 63, he ...") is said of the person the pronoun refers to
    r"(?:(?:(?:now|at|aged?)\s+)?\d{1,3},\s+)?"
    r"(?:he|she|they|it|his|her|their|its|this|that|these|those|the (?:president|minister|official|"
    r"spokesman|spokesperson|secretary|chief|leader|kremlin|latter|former|\d{1,3}-year-old))\b",
    re.IGNORECASE,
)


_MONTH_NAMES = sorted([*MONTHS, *MONTH_ABBREVIATIONS], key=len, reverse=True)


_MONTH = rf"(?:{'|'.join(_MONTH_NAMES)})\.?"


#: a month's day written month first ("March 23", "Sept. 4") and a weekday: a date's words that
#: ``_DATE_LIKE`` and ``_DAY_GIVEN`` both read
_MONTH_DAY = rf"\b{_MONTH}\s+\d{{1,2}}\b"
_WEEKDAY = rf"\b(?:{'|'.join(WEEKDAYS)})\b"


#: a date or time: a day of a month, a year or decade ("1817", "the 1970s"), a weekday, a century, a
#: time of day, "last week", "years ago", "the end of the month"
_DATE_LIKE = re.compile(
    rf"{_MONTH_DAY}|\b\d{{1,2}}\s+{_MONTH}\b|\bc?(?:1\d|20)\d\d(?:s|\u2019s|'s)?\b|"
    rf"{_WEEKDAY}|\b(?:yesterday|today|last|next)\s+"
    r"(?:week|month|year)\b|\b[\w-]{1,20}(?:st|nd|rd|th)[- ]century\b|\byears? ago\b|"
    # a part of a period the article's time names ("by the end of the month", "at the start of next year")
    r"\b(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?:the|this|next|last)\s+(?:week|month|year|quarter)\b|"
    r"\b\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|"
    # a season a preposition or "this"/"next"/"last" dates by ("in the fall", "by next spring"; not "the fall
    # of the city")
    rf"\b(?:in|by|until|before|after|during|this|next|last)\s+(?:the\s+)?(?:(?:early|late)\s+)?"
    rf"(?:next\s+)?(?:{'|'.join(SEASONS)})\b(?!\s+of\b)",
    re.IGNORECASE,
)


#: an amount of change a "how much did it rise" is answered with, no figure written: "trips more than
#: doubled", "the price has halved"
_MULTIPLE = re.compile(r"\b(?:doubled|doubling|tripled|trebled|quadrupled|halved)\b", re.IGNORECASE)
_HOW_MUCH = re.compile(r"\bhow much\b", re.IGNORECASE)
_NUMBER_LIKE = re.compile(
    rf"\d|\b(?:{SPELLED_NUMBER}|"
    r"hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens|several)\b",
    re.IGNORECASE,
)


#: a capital and small letters of any script: "Ruiz", "Сибіга", "Μητσοτάκης"
_CAP = f"[{UPPER}]"
_SMALL = f"[{LOWER}'\u2019]"
_NAME = CasedPattern(rf"\b{_CAP}{_SMALL}+(?:[ -](?:{_CAP}\.|{_CAP}{_SMALL}+))+")


_SINGLE_NAME = CasedPattern(  # one capitalised word, not a month or weekday ("Putin told ...")
    rf"\b(?!(?i:{'|'.join(_MONTH_NAMES)}|{'|'.join(WEEKDAYS)})\b){_CAP}{_SMALL}+\b"
)


_NAME_ANY = CasedPattern(  # a quoted title ("Squid Game") or a run of capitalised words
    f'[\u201c"]{_CAP}[^\u201d"]{{1,60}}[\u201d"]|\\b{_CAP}[\\w\'\u2019&.-]*(?:\\s+{_CAP}[\\w\'\u2019&.-]*)*'
)


_PLACE = CasedPattern(
    rf"\b(?:in|at|on|from|to|near|via|through)\s+(?:the\s+)?(?:[a-z]+\s+of\s+)?"
    rf"{_CAP}[\w.'\u2019-]*(?:\s+{_CAP}[\w.'\u2019-]*)*"
)


#: WordNet's lexicographer classes of a common noun that a place's name can end on: 6 artefact (a
#: street, a stadium, a plant's "Works"), 15 location, 17 natural object (a river, a bay)
_PLACE_HEAD = frozenset({6, 15, 17})


def place_like(match: str) -> bool:
    """Whether a capitalised run after a preposition can name a place: one of its words is neither a
    day's or month's name nor a word WordNet knows as a verb ("to Get Up to Speed", "on Monday" are
    no places; "in Lucerne", "at the Palace Theatre", "in New York" are); a noun between the
    preposition and the name says what the name is, and only a place's noun makes it one ("in the town
    of Dunmore", not "in the wake of Katrina"); and a name ending on a common noun that in no sense is a
    place, a structure or a natural feature names a body ("from Corvane Retail Group", "at the Data
    Protection Commission"): who did something, not where."""
    wn = wordnet()
    words = [w.strip(".'\u2019") for w in match.split()[1:] if w[:1].isupper()]
    if wn is None:
        return bool(words)
    if (noun := _PLACE_NOUN.search(match)) and not _a_place_noun(noun.group(1), wn):
        return False
    if len(words) > 1:  # (a word alone is the name itself: "in Lucerne", "in Reading")
        named, common = wn.noun_classes(words[-1])
        if not named and common and common.isdisjoint(_PLACE_HEAD):
            return False
    return any(
        w.lower() not in _CALENDAR_WORDS and not any(pos == "v" for pos, _ in wn.lemmas(w)) for w in words
    )


#: the noun saying what a name after a preposition is: "in the town of Dunmore"
_PLACE_NOUN = re.compile(r"^\S+\s+(?:the\s+)?([a-z]+)\s+of\s")


def _a_place_noun(noun: str, wn: WordNet) -> bool:
    """Whether a noun's first sense is a location or a natural feature ("town", "county", "island"),
    or its first two are a community's, a place and its people ("village", "parish"): "wake", "name",
    "orders" are none."""
    first = wn.sense_classes(noun, "n", 1)
    return bool(first & {15, 17}) or {14, 15} <= wn.sense_classes(noun, "n", 2)


_CALENDAR_WORDS = frozenset(w.lower() for w in [*_MONTH_NAMES, *WEEKDAYS])
_MONTHS_WRITTEN = frozenset(w.lower() for w in _MONTH_NAMES)


#: words giving a cause or a purpose ("because of the rain", "Processors blamed the wet autumn", "in
#: protest at", "A corroded weld caused the leak", "stemmed from a faulty valve"; not "has not said what
#: caused it", which asks); English's causal prepositional phrases, which give the grounds of the act
#: before them ("arrested on suspicion of", "shut as a precaution", "in response to", "accusing the
#: company of negligence"; not "a man accused of theft", which names him), and a consequence's ", so",
#: whose clause before it is the reason ("had been placed in bypass, so it could not trigger the
#: shutdown"; not "so far", "so-called"); not "to" or "for", which nearly every sentence holds, so that a
#: "why" answered by an echo of its topic finds the neighbour that gives the reason (``select._holder``);
#: "until" and the clause it opens after the asked act, the condition its going on waits for ("wants the
#: vote delayed until the league has finished its test", "would stay closed until the company could show
#: ..."), which is why it goes on (``_until_unasked``)
_REASON = re.compile(
    r"\b(?:because|since|so that|so as to|in order to|due to|owing to|thanks to|as a result|after|amid|"
    r"following|(?<!what )(?<!which )caus(?:e|ed|es|ing)|blam(?:e|ed|es|ing)|result(?:ed|s|ing)? from|"
    r"stem(?:med|s|ming)? from|attribut(?:e|ed|es|ing)|the reasons? (?:for|why|was|is)|"
    r"led to|prompt(?:ed|ing)|trigger(?:ed|ing)|in protest|over (?:fears|concerns)|citing|cited|"
    r"on suspicion|on (?:the )?grounds? (?:of|that)|on charges? of|as a precaution(?:ary)?|in response to|"
    r"in retaliation|for fear|out of (?:fear|concern)|accus(?:e|ed|es|ing) (?:[\w'\u2019.-]+ ){1,6}?of|"
    r"in (?:the )?hopes? (?:of|that)|in an? (?:effort|attempt|bid) to|, saying|"
    r"reflect(?:s|ed|ing)?(?! (?:on|upon)\b)|until|"
    r", so(?! (?:far|much|many|long|too|called)\b)(?!-))\b",
    re.IGNORECASE,
)


#: an explanation frame: a finding stated as such, a verb of finding out or concluding and the clause or
#: the evidence it found ("Investigators found that a section of the fence had collapsed", "the review
#: concluded that ...", "We have found evidence that the work ... was not completed"). News gives an
#: event's cause as what an inquiry found, in no reason word and through another verb than the event's.
#: Weak evidence: "found that" reports findings of anything ("a poll found that most voters ..."), so it
#: is read only of a sentence a few after one telling the asked event that itself gives no reason
#: (``select._holder``), never as a candidate's own type; more verbs (say, "showed", "revealed") would
#: take a survey's or a document's contents for an explanation
_FINDING = re.compile(r"\b(?:found|finds?|concluded|concludes|established|determined)\s+(?:that|evidence)\b")


def states_finding(text: str) -> bool:
    """Whether a sentence states a finding (``_FINDING``): what an inquiry found, a cause given as a
    finding rather than by a reason word."""
    return _FINDING.search(text) is not None


#: "for" and a verb's "-ing" form: the grounds of an act ("fined for failing to pay", "sacked for
#: breaching", "criticised for ignoring"), read as a reason when WordNet knows the word as an inflected
#: verb that is not mostly a noun ("for funding", "for the morning" are none); not "by" and one, the
#: means of any act the sentence tells ("encouraged trade by stimulating ...", which is how, and of that)
_GERUND_GROUNDS = re.compile(r"\bfor (?:not )?(?P<gerund>[a-z]+ing)\b", re.IGNORECASE)


#: the words before a "following" that make it the verb or an adjective, no preposition: a form of "be"
#: or a determiner ("We are following a dramatic day", "the following week")
_FOLLOWING_NOT_CAUSE = re.compile(
    r"\b(?:am|is|are|was|were|be|been|being|the|a|this|that|these|those)\s+$", re.IGNORECASE
)


def _reason_words(text: str) -> list[re.Match[str]]:
    """The reason words of ``text`` in order: ``_REASON``'s and the verified ``_GERUND_GROUNDS``; not a
    "following" that is the verb or an adjective (``_FOLLOWING_NOT_CAUSE``)."""
    found = [
        m
        for m in _REASON.finditer(text)
        if m.group(0).lower() != "following" or not _FOLLOWING_NOT_CAUSE.search(text, 0, m.start())
    ]
    wn = wordnet()
    if wn is not None:
        for m in _GERUND_GROUNDS.finditer(text):
            word = m.group("gerund").lower()
            if verb_form(word) and not wn.mostly_noun(word):
                found.append(m)
    return sorted(found, key=lambda m: m.start())


QUOTE_MARKS = re.compile("[\"\u201c\u201d\u00ab\u00bb]|'[^']{12,}'")


OPENS_QUOTE = re.compile('^["\u201c\u00ab]')


_MEDIA = re.compile(
    r"\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s+(?:News|TV|Times|Post|Network|Journal|Press)\b|"
    r"\b(?:NBC|CBS|ABC|CNN|BBC|FOX|Fox|Reuters|Bloomberg|AP|AFP|Axios|Politico)\b"
)


def _new_name(
    pattern: CasedPattern,
    text: str,
    q: QuestionInfo,
    tokenizer: Tokenizer,
    *,
    skip_initial: bool = False,
    kind: Callable[[str], bool] | None = None,
    inside: Sequence[tuple[int, int]] = (),
    not_after: re.Pattern[str] | None = None,
    titled: bool = False,
    affiliation: bool = False,
) -> float:
    """1.0 if the text holds a match (a name, a place) saying something the question does not: the
    answer, not the question's own words. A sentence's first word is capitalised anyway. ``kind``,
    when given, says whether a match can be the kind of name asked for; a match within one of the
    ``inside`` spans (a word of a longer name) is not one, nor one right after a match of ``not_after``.
    ``titled``: the question's own words opening a match are its title, not part of the name
    (``_untitled``); ``affiliation``: a match before a role and a name is whose the role is, not the
    person (``_affiliation``)."""
    terms, names = set(q.terms), asked_names(q)
    for m in pattern.finditer(text):
        if (skip_initial and m.start() == 0) or any(a <= m.start() < b for a, b in inside):
            continue
        if not_after is not None and not_after.search(text, max(0, m.start() - 8), m.start()):
            continue
        if affiliation and (_affiliation(text, m.end()) or _possessor(m.group(0), text, m.end())):
            continue
        found = _untitled(m.group(0), terms, tokenizer) if titled else m.group(0)
        toks = tokenizer.term_set(found)
        # a longer form of a name the question gives ("Robert Kilroy-Silk" for "Kilroy-Silk") is the
        # one asked about, not the answer
        if toks and not toks <= terms and toks.isdisjoint(names) and (kind is None or kind(found)):
            return 1.0
    return 0.0


_ROLE_THEN_NAME = CasedPattern(rf"\s+([a-z][a-z-]+)\s+{_CAP}")


def _affiliation(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by a lowercase noun for a person's role and a
    capitalised word: news writes a person's club, firm or country before the role and the name
    ("Former Southampton manager Gordon Strachan", "Pompey chairman Milan Mandaric"), and that first
    name is whose the role is, a place or a body, however WordNet knows it (Southampton it does not)."""
    m = _ROLE_THEN_NAME.match(text, end)
    if m is None:
        return False
    wn = wordnet()
    if wn is None:
        return False
    named, common = wn.noun_classes(m.group(1))
    return not named and NOUN_PERSON in common


_LOWER_RUN = re.compile(r"\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)")


def _possessor(name: str, text: str, end: int) -> bool:
    """Whether a name is written as whose another person is: a possessive followed by a noun for a
    person, past adjectives ("Chancellor Gordon Brown's closest ally", "Smith's wife"), not by a noun
    for a thing ("Brown's speech angered ..." is his speech: he is the one it tells of). The person a "who"
    asks for is then the one described, whom the sentence does not name."""
    if not name.endswith(("'s", "\u2019s")):
        return False
    m = _LOWER_RUN.match(text, end)
    wn = wordnet()
    if m is None or wn is None:
        return False
    for word in m.group(1).split():
        kinds = {pos for pos, _ in wn.lemmas(word)}
        bases = [lemma for pos, lemma in wn.lemmas(word) if pos == "n"]
        if any(NOUN_PERSON in wn.sense_classes(b, "n", WEIGHTS.possessed_senses) for b in bases):
            return True
        if word in STOP_WORDS or "n" in kinds or not kinds & {"a", "s"}:
            return False  # the noun it owns is a thing, or a verb follows
    return False


def _untitled(run: str, terms: set[str], tokenizer: Tokenizer) -> str:
    """A run of capitalised words without the question's own words opening it: "Veldoria's Prime
    Minister Ilse Marr" for "who is the prime minister of veldoria" names Ilse Marr, the person in the
    asked title, where the whole run shares the question's name and looks like a longer form of it.
    The last word always stays ("Robert Kilroy-Silk" is still the name asked about). Where only common
    words follow the question's, the run is its name of a body ("Corvane Holdings" for "Corvane"), whole.
    A title's common words before the question's ("District" of "U.S. District Judge Ellen Marchetti" for
    "who is the judge in the Kalloway trial") are the title's too: they go with it."""
    words = run.split()
    wn = wordnet()
    i = 0
    for j, word in enumerate(words[:-1]):
        toks = tokenizer.term_set(word)
        if toks and toks <= terms:
            i = j + 1  # the question's word, with the title words before it
        elif wn is None or not common_word(word, wn):
            break
    if i and wn is not None and all(common_word(w, wn) for w in words[i:]):
        return run  # "Corvane Holdings", "Tarn Glassworks": the question's name with common nouns, a body's
    return " ".join(words[i:])


def common_word(word: str, wn: WordNet) -> bool:
    """A capitalised word WordNet knows only as a common word, in no sense a name or a person ("Holdings",
    "Glassworks"; not "Ilse", "Marr", "Brown")."""
    named, common = wn.noun_classes(word)
    return wn.known(word) and not named and NOUN_PERSON not in common and not wn.proper(word)


def asked_names(q: QuestionInfo) -> frozenset[str]:
    """The question's terms that are names (written capitalised, aliases, or names to the corpus)."""
    return frozenset(
        t
        for t in q.terms
        if t in q.entity_terms or t.startswith("=") or (t in q.bridges and q.bridges[t].name)
    )


def _new_figure(
    pattern: re.Pattern[str],
    text: str,
    q: QuestionInfo,
    tokenizer: Tokenizer,
    keep: Callable[[str, re.Match[str]], bool] | None = None,
) -> bool:
    """Whether the text holds a date or number (a match of ``pattern``) the question does not give
    itself: "the Nokia 3220" holds no price for "how much does the Nokia 3220 cost", and "the 30-day
    ceasefire" no date for "when will the 30-day ceasefire take effect". ``keep``: whether a match
    stands for the kind asked (``_a_sum``)."""
    terms = set(q.terms)
    for m in pattern.finditer(text):
        if keep is not None and not keep(text, m):
            continue
        start = text.rfind(" ", 0, m.start()) + 1
        end = text.find(" ", m.end())
        toks = tokenizer.term_set(text[start : len(text) if end < 0 else end])  # whole words: "3220,"
        if not toks or not toks <= terms:
            return True
    return False


#: WordNet's lexicographer classes of nouns that name no person: 15 location, 17 natural object,
#: 14 group (bodies, peoples), 28 time, 10 communication (languages), 6 artefact (buildings)
_NOT_PERSON = frozenset({15, 17, 14, 28, 10, 6})
#: classes of a common noun that heads the name of a place, a body or a publication ("Trafford Centre",
#: "Deutsche Bank", "Midwifery Practice Review": 10 communication)
_BODY_HEAD = frozenset({10, 14, 15})


def _single_person(word: str) -> bool:
    """A capitalised word alone that can be a person's name: no adjective ("European", "Russian":
    nationalities are no one's name)."""
    wn = wordnet()
    if wn is not None and wn.is_adjective(word):
        return False
    return person_like(word)


def a_person(name: str) -> bool:
    """Whether a name a sentence gives can be a person's: one word as ``_single_person``, more as
    ``person_like``."""
    return person_like(name) if len(name.split()) > 1 else _single_person(name)


def person_like(name: str) -> bool:
    """Whether a capitalised name can be a person's, by WordNet's classes of its words: not when
    every word is a place's, body's or time's name ("Canada", "Christmas", "Kremlin"), nor when its
    last word is a common noun for a place or body and its first word is no person's name ("Trafford
    Centre", "Deutsche Bank", not "Jude Law"). Words WordNet does not know (most surnames) can be."""
    wn = wordnet()
    if wn is None:
        return True
    words = [w for w in re.split(r"[\s-]+", name.replace("\u2019", "'")) if w[:1].isupper()]
    words = [w[:-2] if w.endswith("'s") else w for w in words]
    if not words:
        return True
    kept = _without_leading_adjectives(words, wn)
    if not kept:
        return False  # "Former", "Veteran": a description, no one's name
    if len(kept) < len(words) and len(kept) == 1:
        return _single_person(kept[0])  # "Former Southampton" is Southampton, a place
    words = kept
    classes = [wn.noun_classes(w) for w in words]

    def place_like(c: tuple[frozenset[int], frozenset[int]]) -> bool:
        named = c[0]
        return bool(named) and 18 not in named and named <= _NOT_PERSON

    if all(place_like(c) for c in classes):
        return False
    if len(words) > 1:
        named, common = classes[-1]
        last_body = 18 not in named | common and bool((named | common) & _BODY_HEAD)
        if last_body and 18 not in classes[0][0]:
            return False
    return True


def _without_leading_adjectives(words: list[str], wn: WordNet) -> list[str]:
    """A name run without the capitalised words opening it that WordNet knows as adjectives and as no
    one's or nothing's name: a sentence's first word is capitalised whatever it is, and so are titles
    written before a name ("Former Southampton manager ...", "Veteran Ian Marsh"), which would make a
    place's or a body's name look like a person's. A word with a named sense stays ("Frank", "Young",
    "British"): it may be the name itself, and so does one WordNet knows with the word after it as one
    name ("United States", "Great Britain")."""
    i = 0
    while (
        i < len(words)
        and wn.is_adjective(words[i])
        and not wn.noun_classes(words[i])[0]
        and not (i + 1 < len(words) and wn.known(f"{words[i]}_{words[i + 1]}"))
    ):
        i += 1
    return words[i:]


#: what a person's name does not follow: an article ("the Dane's agent", "the Kremlin": a description or a
#: body, as names of people take none) or a preposition of place ("at the Norwich Union Grand Prix", "in
#: Birmingham": a place or an event), or an ordinal ("the 18th Century", "the 3rd Division": a time or a
#: rank, as no one's name follows one)
_NO_PERSON_BEFORE = re.compile(r"\b(?:the|a|an|at|in)\s+$|\b\d+(?:st|nd|rd|th)\s+$", re.IGNORECASE)


_MONTH_ALONE = re.compile(  # "in March", "by June": a month named alone (May only after a preposition)
    r"\b(?:January|February|March|April|June|July|August|September|October|November|December)\b|"
    r"\b(?:in|by|since|until|from|during|early|late|mid|last|next)[- ]May\b"
)


#: an event that dates another ("could come back when he is ready for peace", "once the inspectors are
#: satisfied"): a "when" may be answered by a condition as well as by a date
#: what answers "what time": a clock time ("7:42 a.m.", "19:30", "noon"), a time of day ("on Monday
#: morning"), or a time measured ("one minute 46.68 seconds", "2:05:33", "in 9.58")
_TIME_GIVEN = re.compile(
    r"\b\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d\d(?::\d\d)?(?:\.\d+)?(?!\d)|"
    r"\b(?:noon|midday|midnight|o'clock|morning|afternoon|evening|night|overnight|tonight|dawn|dusk)\b|"
    # a time run: "46.68 seconds", "one minute, 46.68", "in 2 hours 15 minutes", "31 minutes 20 seconds" (not
    # "closed for 48 hours", a span)
    r"\b\d+\.\d{1,2}(?!\d)\s?(?:s\b|sec|seconds)|\bminutes?,?\s\d+\.\d|"
    r"\b(?:in\s+)\d+\s(?:hours?|minutes?)\b|\b\d+\s(?:hours?|minutes?),?\s(?:and\s)?\d+\s(?:minutes?|seconds?)\b",
    re.IGNORECASE,
)


def _gives_time(text: str) -> bool:
    """Whether a sentence gives a time of the kind "what time" asks for (``_TIME_GIVEN``). A part of the
    day written capitalised inside the sentence is a word of a name ("the Evening Post understands",
    "a Morning Star editorial", "Saturday Night Live"), which tells no time; at the sentence's opening
    the capital is the sentence's ("Evening traffic was halted")."""
    for m in _TIME_GIVEN.finditer(text):
        word = m.group()
        if not (word[0].isupper() and word.isalpha() and text[: m.start()].strip(" \"'\u201c(")):
            return True
    return False


#: a reading of the clock ("7:42 a.m.", "14:52", "noon", "six o'clock"): the hour a "what time" asks for,
#: which a part of the day ("on Tuesday afternoon") only narrows down
_CLOCK = re.compile(
    r"\b\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|(?<![\d:.])\d{1,2}:\d\d(?![\d:])|\b(?:noon|midday|midnight|o'clock)\b",
    re.IGNORECASE,
)


def reads_clock(text: str) -> bool:
    """Whether a sentence gives an hour of the clock ("landed at 14:52", "at 7 p.m."), not only a day or
    a part of it ("on Tuesday afternoon"): what a "what time" question asks for."""
    return bool(_CLOCK.search(fold(text) if not text.isascii() else text))


_WHEN_CLAUSE = re.compile(r"\b(?:when|once|until|as soon as)\s+(?:the\s+|a\s+)?[a-z]", re.IGNORECASE)


#: an amount of money: a currency sign or code, a number followed by a currency's name, or a sum in
#: millions or billions (whose currency an article often leaves to its context: "will cost 55 million")
_CURRENCY_NAME = (
    r"(?:dollars?|pounds?|sterling|euros?|yen|francs?|cents?|pence|rupees?|yuan|roubles?|rubles?)\b"
)
_MONEY = re.compile(
    rf"[$\u00a3\u20ac\u00a5]\s?\d|\b(?:USD|GBP|EUR|JPY|CHF)\s?\d|\d[\d,.]{FIGURE_TAIL}\s?(?:m|bn|million|billion)\b|"
    rf"\d[\d,.]{FIGURE_TAIL}(?:\s?(?:k|thousand))?\s+{_CURRENCY_NAME}",
    re.IGNORECASE,
)
#: a figure and the word after it ("400 crowns"), read for a currency WordNet knows
_FIGURE_WORD = re.compile(rf"\d[\d,.]{FIGURE_TAIL}\s+([a-z]+)\b")


def _money_of(text: str) -> re.Pattern[str]:
    """``_MONEY``, and a figure before any other word WordNet files as a monetary unit or a coin ("400
    crowns", "50 dirhams"): a currency ``_CURRENCY_NAME`` does not list is money too."""
    found = tuple(sorted({w for m in _FIGURE_WORD.finditer(text) if _currency(w := m.group(1).lower())}))
    return _money_with(found) if found else _MONEY


@lru_cache(maxsize=256)
def _money_with(words: tuple[str, ...]) -> re.Pattern[str]:
    """``_MONEY`` with a figure before one of ``words`` (currencies WordNet knows) as money."""
    return re.compile(
        _MONEY.pattern + rf"|\d[\d,.]{FIGURE_TAIL}\s+(?:{'|'.join(map(re.escape, words))})\b", re.IGNORECASE
    )


@lru_cache(maxsize=4096)
def _currency(word: str) -> bool:
    """Whether a word is a currency's name: mostly a noun ("3 real problems" and "Spain 3 won" are not
    sums) and no function word (WordNet's "at" is Laos's coin: "led 6-3 at the break"), of a base form
    that is a kind of monetary unit or coin within ``WEIGHTS.currency_levels``."""
    wn = wordnet()
    if wn is None or word in STOP_WORDS or _A_CURRENCY.fullmatch(word) or not wn.mostly_noun(word):
        return False
    base = next((lemma for pos, lemma in wn.lemmas(word) if pos == "n"), None)
    levels = WEIGHTS.currency_levels
    return base is not None and (
        wn.kind_of(base, "monetary_unit", levels, 1) or wn.kind_of(base, "coin", levels, 1)
    )


#: a sum in millions or billions written without a currency ("20 million", "3bn") and the word after it
_BARE_SUM = re.compile(r"^\d[\d,.]*\s?(?:m|bn|million|billion)$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_A_CURRENCY = re.compile(_CURRENCY_NAME, re.IGNORECASE)


def _a_sum(text: str, m: re.Match[str]) -> bool:
    """Whether a match of ``_MONEY`` is an amount of money: a sum in millions without a currency is one
    only when no noun naming something else follows it, which it then counts ("20 million copies", "14
    million viewers"); one WordNet knows only as other things than a possession (noun class 21)
    ("2 million shares" of stock may be money). A currency's sign or name makes it money."""
    if not _BARE_SUM.match(m.group(0)) or (m.start() > 0 and text[m.start() - 1] in "$\u00a3\u20ac\u00a5"):
        return True
    nxt = _NEXT_WORD.match(text, m.end())
    wn = wordnet()
    if nxt is None or wn is None or _A_CURRENCY.match(nxt.group(1)):
        return True
    classes = wn.sense_classes(nxt.group(1), "n", 50)
    return not classes or NOUN_POSSESSION in classes


#: the rest of a sum's figure after where ``_MONEY`` ends, its scale and currency's name, up to what
#: follows it ("$46| a share", "£2.4| million a year", "400| crowns per month")
_SUM_THEN = rf"[\d,.]*(?:\s?(?:m|bn|million|billion|k|thousand))?(?:\s+|-)(?:{_CURRENCY_NAME}\s+)?"
#: what a sum is given for, right after it: "$46 a share", "$42-a-share", "£3 per litre", "$5 each"
_PER_UNIT = re.compile(rf"{_SUM_THEN}(?:(?:a|an|per)[\s-][a-z]+|each\b|apiece\b)", re.IGNORECASE)


#: a sum for a period of time, right after it ("£2.4 million a year", "$900 per month"): what a contract or
#: a salary is worth as a whole, told by the period it runs for, not the price of one of many units
_PER_PERIOD = re.compile(rf"{_SUM_THEN}(?:a|an|per)[\s-](?:year|month|week|day|annum)\b", re.IGNORECASE)


#: a sum scaled to millions or more, right after its figure ("$8.4 billion", "£3bn"): a whole, never a price
#: of one unit however the sentence prices its units
_SCALED = re.compile(r"[\d,.]*\s?(?:m|bn|million|billion|trillion)\b", re.IGNORECASE)


def per_unit(text: str, m: re.Match[str]) -> bool:
    """Whether the sum ``m`` matched is an amount for each unit of something ("$46 a share", "the
    $42-a-share offer", "£3 per litre"), not a whole ("$8.4 billion"); or a sum beside one, unscaled, as
    news compares a unit's price with another ("to $46 a share, up from $42")."""
    if _PER_UNIT.match(text, m.end()) is not None:
        return True
    return _SCALED.match(text, m.end()) is None and _prices_a_unit(text)


@lru_cache(maxsize=1024)
def _prices_a_unit(text: str) -> bool:
    """Whether any sum a text writes is for each unit of something: read once a text, not again for each
    of its sums (a scraped row of a thousand sums was read a million times)."""
    return any(_PER_UNIT.match(text, o.end()) is not None for o in _MONEY.finditer(text))


#: the rest of a sum given as an added amount, after where ``_MONEY`` ends ("$400 more", "400 crowns
#: more a month", "£3m extra"; not "55 million, more than the mayor claimed")
_ADDED_SUM = re.compile(
    rf"(?:[\d,.]*\d)?(?:\s?(?:m|bn|million|billion|k|thousand))?(?:\s+{_CURRENCY_NAME})?\s+(?:more|less|extra)\b",
    re.IGNORECASE,
)


def _money_keep(q: QuestionInfo, tokenizer: Tokenizer) -> Callable[[str, re.Match[str]], bool]:
    """Which sums answer a money question: an amount of money (``_a_sum``) of the basis asked
    (``amounts.basis``): for each unit when it asks "per share", as a whole when it asks a total or what
    a thing is worth; either when it says neither; and none the sentence ties to another thing than
    the one asked ("The final price was £88m" for "how much is the tax bill": ``owners``)."""
    basis = _money_basis(q)

    def keep(text: str, m: re.Match[str]) -> bool:
        # (a sum given as an added amount, "paying 400 crowns more a month", is a difference: what a "how
        # much more" asks, ``states_change``; not what was paid for the flat, nor the whole monthly bill)
        return _ADDED_SUM.match(text, m.end()) is None and basis(text, m)

    asked = asked_sum(asked_sentence(q.text))
    if asked is None:
        return keep
    stems = _asked_stems(asked, tokenizer)
    return lambda text, m: (
        keep(text, m) and not another_owner(text, m.start(), asked, stems, tokenizer.term_set)
    )


def _asked_stems(asked: AskedSum, tokenizer: Tokenizer) -> frozenset[str]:
    """The stems of a money question's asked nouns ("tax bill": "tax", "bill"), as a sentence's words
    are read."""
    return tokenizer.term_set(" ".join(asked.nouns))


def _money_basis(q: QuestionInfo) -> Callable[[str, re.Match[str]], bool]:
    """Which sums answer a money question by their basis: an amount of money (``_a_sum``) of the basis
    asked (``amounts.basis``): for each unit when it asks "per share", as a whole when it asks a total
    or what a thing is worth; either when it says neither."""
    currency = CURRENCY_ASKED.search(q.text)
    if currency is not None:
        # "how much was the bid in dollars": a sum in dollars ("$91 million", "91 million dollars"), not the
        # same bid in euros
        word = currency.group(1).lower().rstrip("s")
        sign = CURRENCY_SIGNS[word]
        base = _money_basis(replace(q, text=CURRENCY_ASKED.sub("", q.text)))
        return lambda text, m: (
            base(text, m) and (sign in m.group(0) or word in text[m.start() : m.end() + 12].lower())
        )
    if q.basis == "each":
        return lambda text, m: _a_sum(text, m) and per_unit(text, m)
    if q.basis == "total":
        # ("how much is the contract worth": "worth £2.4 million a year" is its worth, by the year; not a
        # total asked in so many words: "how much in total over the years")
        by_period = not asks_summed(q.text)
        return lambda text, m: (
            _a_sum(text, m)
            and (not per_unit(text, m) or (by_period and _PER_PERIOD.match(text, m.end()) is not None))
        )
    return _a_sum


#: a change stated as itself: "by $4", "by 12%", "up 6%", "rose 4.2 percent", "doubled"; or from where it
#: went: "up from $42", "from 12,000 to 47,000"
_CHANGE_GIVEN = re.compile(
    r"\bby (?:about |around |roughly |nearly |almost |more than |some |another |an extra |a further )?"
    r"[$\u00a3\u20ac\u00a5]?\d|\bfrom (?:about |around |roughly |just |some )?[$\u00a3\u20ac\u00a5]?\d|"
    r"\d\s?%|\d\s?(?:per\s?cent|percent)\b|"
    # "twelve more families joined", "two more blades were found", "400 crowns more a month": the added
    # number, a difference (its unit may stand between)
    rf"\b(?:\d[\d,.]{FIGURE_TAIL}|{SPELLED_NUMBER})\s+(?:[a-z]+\s+)?(?:more|fewer|additional|further|extra)\b",
    re.IGNORECASE,
)


#: a change or a comparison as a multiple: "twice the figure", "three times as many", "4 times higher"
_TIMES = re.compile(rf"\b(?:twice|thrice)\b|\b(?:\d[\d.]*|{SPELLED_NUMBER}) times\b", re.IGNORECASE)


def states_change(text: str, q: QuestionInfo, tokenizer: Tokenizer) -> bool:
    """Whether a sentence states by how much something changed, as a "by how much" asks: the difference
    itself ("by $4", "rose 4%", "doubled") or both figures it lies between ("to $46 a share, up from
    $42", "from 12,000 to 47,000"), two sums of money counting for both. A sentence giving only the
    new figure ("agreed at $48.50 a share after it raised its offer") answers what it is now, not by how
    much it changed, and an extractive answer cannot compute the difference."""
    if _MULTIPLE.search(text) or _TIMES.search(text) or _new_figure(_CHANGE_GIVEN, text, q, tokenizer):
        return True
    sums = {m.group(0) for m in _MONEY.finditer(text) if _a_sum(text, m)}
    return len(sums) >= 2


#: a share: "13%", "13 per cent"
_PERCENT = re.compile(r"\d\s?%|\b(?:per\s?cent|percent)\b", re.IGNORECASE)
#: a figure read whole from its first digit ("1,200", "2.5"): never begun inside another figure nor given back
#: digit by digit, so a long run of "1,1,1,..." is read in one pass, not once from each comma
_FIGURE = r"(?<!\d)(?<!\d[,.])\d[\d,.]*+"
#: a number of units as written ("48", "two", "a few", "an")
_NUMERAL = rf"(?:{_FIGURE}|a|an|{SPELLED_NUMBER}|several|a few)"
#: a lead describing its subject by age before naming them ("A three-year-old Dayton girl spent ...", "An
#: 82-year-old man was ..."): news names the person in a later sentence
UNNAMED_AGE = re.compile(rf"^\W*(?:A|An)\s+{_NUMERAL}[- ](?:years?|months?)[- ]old\b", re.IGNORECASE)
#: a sentence opening on the age of the person it refers back to: "Now 58, she ...", "At 63, he ...", "The
#: 47-year-old trained ...", "She is 58 and ...", "He turned 40 ..."
_REFERENT_AGE = (
    r"^\W*(?:(?:(?:now|at|aged?)\s+)?\d{1,3},\s+(?:he|she)\b|the \d{1,3}-year-old\b|"
    r"(?:he|she),? (?:is|was|turned|turns|is now) \d{1,3}(?: years old)?(?:[,.;]| and\b))"
)
REFERENT_AGE = re.compile(_REFERENT_AGE, re.IGNORECASE)
#: an age as news writes it: "aged 34", "at age 39", "a 34-year-old", "34 years old", "Tom Abbot, 34,
#: said", a name closing a sentence ("..., said grower Luis Ortega, 54."), "when she was 81"; a thing's:
#: "Now 58, she ..."; a thing's: "dating from the 13th century", "a 12th-century abbey"
_AGE = re.compile(
    rf"\baged?\s+\d|\bage of \d|"
    rf"\b{_NUMERAL}(?:[- ](?:thousand|million|billion))?[- ](?:years?|months?)[- ]old\b|"
    r"(?<=\w), \d{1,3}, (?=\w)|\b(?-i:[A-Z])[\w'\u2019-]+, \d{1,3}[.!]?\s*$|"
    r"\bwhen (?:he|she|they) (?:was|were) \d|"
    rf"{_REFERENT_AGE}|"
    r"\bdat(?:ing|es|ed) (?:from|back to)\b|\b\d{1,2}(?:st|nd|rd|th)[- ]century\b",
    re.IGNORECASE,
)
#: how long something lasts or reaches: a number of units of time ("a 48-hour strike", "for two weeks",
#: "the 19th month"), its bounds ("since 2003", "until 1796", "from 1961 to 1972", hedged as news hedges a
#: bound still to come: "until at least 27 March", "until the end of May", "until early June"; the year or
#: month it reaches: "enough to fund operations into 2028", "through March") or a length ("a 9km line")
_SPAN = re.compile(
    r"\b(?:since|until|till) "
    r"(?:at (?:least|the earliest) |the (?:end|middle|start) of |(?:early|late|mid)[- ])?"
    rf"(?:\d|{_MONTH}\b)|\bfrom \d{{4}} (?:to|until) \d{{4}}\b|"
    rf"\b(?:into|through|till) (?:(?:early|late|mid)[- ])?(?:(?:1[89]|20)\d\d|{_MONTH})\b|"
    r"\b\d{4}\s?[-\u2013]\s?\d{2,4}\b|"
    rf"\b(?:{_NUMERAL}|\d+(?:st|nd|rd|th))[- ]?"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|"
    r"centur(?:y|ies)|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|feet|foot|yards?|inches|cm)\b",
    re.IGNORECASE,
)
#: the time since an event ("515 million years ago", "vanished 12 years ago"): a thing's age when the
#: event is its making ("fossils dated to 515 million years ago"), never a person's, whose age is
#: counted from a birth no such sentence tells (``_asks_persons_age``)
_AGO = re.compile(
    rf"\b\d[\d,.]{FIGURE_TAIL}(?: (?:thousand|million|billion))? years ago\b|"
    # a thing's age as the year it was made ("a cast-iron pipe installed in 1958", "founded in 1994"; not
    # "upgraded in 2015")
    r"\b(?:built|founded|established|installed|constructed|erected|laid|opened|made|created|launched|"
    r"completed|formed|dat(?:ed|ing)(?: back)?(?: from| to)?)\s+(?:in\s+)?(?:1[0-9]|20)\d\d\b",
    re.IGNORECASE,
)
#: a "how old" asking the age someone was at an event ("how old was she when she went missing"), or
#: about someone by a pronoun
_AGE_AT = re.compile(r"\bhow old\b.*\bwhen\b|\b(?:he|she|him|his|her)\b", re.IGNORECASE)


def _asks_persons_age(q: QuestionInfo) -> bool:
    """Whether a "how old" asks a person's age: the age someone was when something happened, or the
    age of someone the question refers to by a pronoun or names (a name that can be a person's, not
    one describing a noun after it, "the Dunmore abbey", nor a place's, "found near Dunmore"). The
    time since an event ("went missing 12 years ago") answers none of these."""
    if _AGE_AT.search(q.text):
        return True
    return any(
        a_person(m.group(0))
        and not _NOUN_AFTER.match(q.text, m.end())
        and not _PLACE_BEFORE.search(q.text, 0, m.start())
        for m in _NAME_ANY.finditer(q.text)
        if m.start() > 0
    )


#: a lowercase word after a name: the name describes that noun ("the Dunmore abbey")
_NOUN_AFTER = re.compile(r"\s+[a-z]")
#: what a place's name follows (``PLACE_PREPOSITIONS``: "found near Dunmore", "in China"; "on", "to" and
#: "the", whose name is no one's age either: "moved to Dunmore", "the Dunmore abbey")
_PLACE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(PLACE_PREPOSITIONS | {'the', 'on', 'to'}))})\s+$", re.IGNORECASE
)
#: a speed: a number with its unit ("80 mph", "120 km/h", "12 knots", "Mach 2")
_SPEED = re.compile(
    r"\d\s?(?:mph|km/h|kmh|kph|knots?|kts|m/s)\b|\d[- ](?:miles|kilomet(?:re|er)s|met(?:re|er)s) (?:an|per) "
    r"(?:hour|second)\b|\bmach \d",
    re.IGNORECASE,
)
#: a length, height or distance: a number with its unit ("3 miles", "a 40-foot wave", "12 km"), or a
#: distance told by the time it takes to travel it
_LENGTH = re.compile(
    # a figure and a unit, abbreviated or written out ("36-inch", "12 km", "40 ft", "3m"; not "$3m", a sum)
    rf"(?<![$\u00a3\u20ac])\b{_FIGURE}[- ]?(?:km|m|ft|cm|mm)\b|"
    rf"\b(?:{_NUMERAL}|(?:one-|a )?half(?: an?)?|a quarter(?: of an?)?)[- ]"
    r"(?:kilomet(?:re|er)s?|miles?|met(?:re|er)s?|feet|foot|yards?|inch(?:es)?|centimet(?:re|er)s?)\b|"
    # a distance as the time it takes to travel ("a 90-minute drive away", "driving an extra 45 minutes")
    rf"\b{_NUMERAL}[- ](?:minutes?|hours?)(?:[- ](?:drive|walk|ride|flight|trip|journey)\b|\s+away\b)|"
    r"\b(?:driv(?:e|es|ing)|drove|walk(?:s|ed|ing)?|rid(?:e|es|ing)|rode|fl(?:y|ies|ying|ew)|travel(?:s|l?ed|l?ing)?)"
    r"\s+(?:(?:an?|another|an extra|an additional|about|nearly|almost|more than)\s+)?"
    rf"{_NUMERAL}[- ](?:minutes?|hours?)\b",
    re.IGNORECASE,
)
#: a figure with its unit, spelled or abbreviated, as "5 tonnes", "a 3-ton", "two tons", "1.5kg"
_FIGURE_UNIT = rf"(?:\b{_NUMERAL}|\d)(?:\s?(?:thousand|million|billion))?[- ]?"
#: a weight ("18 tonnes", "a 40-ton truck", "4.5kg", "200lb"): the units of mass (a "pound" is a weight
#: only where a weight is asked)
_WEIGHT = re.compile(
    rf"{_FIGURE_UNIT}(?:(?:metric )?(?:tonnes?|tons?)|kg|kilos?|kilogra(?:m|mme)s?|gra(?:m|mme)s?|lbs?|"
    r"pounds?|ounces?|oz|stones?)\b",
    re.IGNORECASE,
)
#: a temperature ("40C", "-5 °C", "104 degrees Fahrenheit", "minus 12 degrees")
_TEMPERATURE = re.compile(
    rf"\d\s?(?:\u00b0|\u00ba)|\b{_FIGURE}\s?(?-i:C|F)\b|\b(?:{_FIGURE}|"
    rf"{SPELLED_NUMBER})\s+degrees?\b|\bdegrees?\s+(?:celsius|fahrenheit|centigrade)\b",
    re.IGNORECASE,
)
#: an area ("21,350 acres", "40 hectares", "3 square miles", "12 sq km", "500m\u00b2")
_AREA = re.compile(
    rf"{_FIGURE_UNIT}(?:acres?|hectares?|ha\b|square\s+(?:miles?|kilomet(?:re|er)s?|met(?:re|er)s?|"
    r"feet|foot|yards?)|sq\.?\s?(?:km|mi|m|ft)\b|(?:km|m)(?:2|\u00b2))",
    re.IGNORECASE,
)
#: a volume ("3,000 litres", "2 million gallons", "5,000 barrels", "40 cubic metres", "500ml")
_VOLUME = re.compile(
    rf"{_FIGURE_UNIT}(?:lit(?:re|er)s?|gallons?|barrels?|pints?|cubic\s+(?:met(?:re|er)s?|feet|foot|yards?)|"
    r"ml|millilit(?:re|er)s?|(?:m|cm)(?:3|\u00b3))\b",
    re.IGNORECASE,
)
_MEASURES = {
    "money": _MONEY,
    "percent": _PERCENT,
    "age": _AGE,
    "span": _SPAN,
    "speed": _SPEED,
    "length": _LENGTH,
    "weight": _WEIGHT,
    "temperature": _TEMPERATURE,
    "area": _AREA,
    "volume": _VOLUME,
}


#: a time from now ("a final report in 12 to 18 months", "within two weeks"): when a plan is expected
_FROM_NOW = re.compile(
    rf"\b(?:in|within|over the next)\s+(?:about\s+|around\s+|roughly\s+|another\s+|the next\s+)?{_NUMERAL}"
    rf"(?:\s+(?:to|or)\s+{_NUMERAL})?\s+(?:days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)


#: a time measured from another event ("a day after Veltrane announced ...", "two weeks before the vote"):
#: it places an event as the sentence tells it, which answers a "when" with no date of its own
_SPAN_FROM_EVENT = re.compile(
    rf"\b{_NUMERAL}\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:after|before)\s+(?!\d)",
    re.IGNORECASE,
)


#: a live blog entry's time stamp opening its sentence ("12:30 p.m. The mayor announces ...", "9:05 -- ...")
_ENTRY_STAMP = re.compile(
    r"^\W*(?:\d{1,2}:\d\d\s?(?:a\.m\.|p\.m\.|am\b|pm\b)?|\d{1,2}\s?(?:a\.m\.|p\.m\.))\s*[\u2014\u2013-]?\s*"
    r"(?=[A-Z\"\u201c])"
)


#: a question asking for a day of the calendar ("on what date will the hearing take place", "which day
#: did the strike begin"), not a "when", which a month or a time from now answers as well
_DAY_ASKED = re.compile(r"\b(?:what|which)\s+(?:date|day)\b", re.IGNORECASE)
#: a day: a day of a month ("February 18", "14 May 2024"), a weekday, a day named from today, or a date in
#: figures ("3/10/2026"); not a month alone ("in September"), a year, nor "next week" or "next month"
_DAY_GIVEN = re.compile(
    rf"{_MONTH_DAY}|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b|"
    rf"{_WEEKDAY}|\b(?:yesterday|today|tomorrow|tonight)\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b",
    re.IGNORECASE,
)


def asks_day(question: str) -> bool:
    """Whether a question asks for a day of the calendar ("what date", "which day"; ``_DAY_ASKED``)."""
    return _DAY_ASKED.search(question) is not None


def gives_day(text: str, q: QuestionInfo, tokenizer: Tokenizer) -> bool:
    """Whether a sentence gives a day the question does not (``_DAY_GIVEN``): what "on what date will the
    first hearing take place" asks, which "is expected to hold its first hearings in September" or "a
    hearing is expected next month" does not give (a unit of time other than the one asked)."""
    if not text.isascii():
        text = fold(text)
    return _new_figure(_DAY_GIVEN, text, q, tokenizer)


def _dated(text: str, q: QuestionInfo, tokenizer: Tokenizer) -> bool:
    """Whether a sentence gives a date or time (for "when" a time from now or a clock time too). The
    time stamp a live blog's entry opens with dates the entry's act ("7:30 a.m. The zone has been
    widened"), which answers only a question asking when an act was done: not a "when will" ("12:30
    p.m. The mayor announces that a review will report ..." is not when it will), nor a "when was the
    hearing", which asks the day of an event named by a noun ("1:05 p.m. The hearing has ended" dates
    its end, on a day it does not say)."""
    if _ENTRY_STAMP.match(text) and (asks_ahead(asked_sentence(q.text)) or not _asks_act(q)):
        text = _ENTRY_STAMP.sub("", text, count=1)
    return (
        _new_figure(_DATE_LIKE, text, q, tokenizer)
        or bool(_MONTH_ALONE.search(text))
        # "when ..." only: a time from now ("when will ..."; "what date does the deadline run out" asks
        # for a day of the calendar), a clock time ("when did the crew declare a mayday": "at 14:21", the
        # day being the story's), a time from another event ("when did the council vote": "The suit came
        # a day after the council voted", the sentence's own words placing it; no day is worked out)
        or (
            _WHEN_ASKED.match(q.text) is not None
            and any(_new_figure(p, text, q, tokenizer) for p in (_FROM_NOW, _CLOCK, _SPAN_FROM_EVENT))
        )
    )


def _asks_act(q: QuestionInfo) -> bool:
    """Whether a question asks about an act, by a verb: a "did" question's ("when did she resign") or a
    participle's ("when was the zone widened", "when was the hearing held"), not a noun after a copula
    ("when was Reyner's hearing": its "-ing" word is the event's name), nor a verb the index drops as
    saying nothing of its own ("when did the crash happen" asks the day of the crash, a noun's event)."""
    return q.done in q.term_words or any(
        verb_form(w) and not w.lower().endswith("ing") for w in q.term_words.values()
    )


def span_dated_only(text: str) -> bool:
    """Whether a sentence places anything only by a time from another event ("The vote came two days
    after the bus crashed"): it writes no day, month, year or clock time of its own."""
    return not date_positions(text) and _SPAN_FROM_EVENT.search(text) is not None


def span_event(text: str) -> str:
    """The other event a sentence counts a time from, as written after its "after" or "before" ("the bus
    crashed on Carrow Lane" of "The vote came two days after the bus crashed on Carrow Lane"); "" when it
    counts none."""
    m = _SPAN_FROM_EVENT.search(text)
    return text[m.end() :] if m else ""


#: a date the calendar places by itself: a month named ("in February", "on 6 April", "Sept. 3"), a year,
#: or a date in figures ("3/10/2026"), unlike a weekday or "last month", which count from a day
_CALENDAR_DATE = re.compile(
    rf"\b(?:{'|'.join(m.capitalize() for m in _MONTH_NAMES)})\b"
    r"|\b(?:1[89]|20)\d\d\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
)


def calendar_placed(text: str) -> bool:
    """Whether a sentence writes a date the reader can place without knowing when it was written."""
    return _CALENDAR_DATE.search(text) is not None


def date_positions(text: str) -> list[int]:
    """Where a sentence writes a day, a month, a year or a clock time ("acknowledged Thursday", "in
    March"): the offsets of the dates it holds, whichever event each dates."""
    return sorted(m.start() for p in (_DATE_LIKE, _MONTH_ALONE) for m in p.finditer(text))


#: a question asking "when", which a time from now answers, unlike "what date", "which day"
_WHEN_ASKED = re.compile(r"^\W*when\b", re.IGNORECASE)


def dated_by_condition_only(text: str, q: QuestionInfo, tokenizer: Tokenizer) -> bool:
    """Whether a sentence answers a "when" only by a clause ("once the inspectors are satisfied",
    "when decisions are made"), giving no date: such a clause dates the event it is attached to,
    which is the one asked about only when the sentence states that event."""
    if not text.isascii():
        text = fold(text)
    return not _dated(text, q, tokenizer) and bool(_WHEN_CLAUSE.search(text))


def _when_clause(text: str, q: QuestionInfo, tokenizer: Tokenizer) -> bool:
    """Whether a sentence dates something by a clause ("once the inspectors are satisfied"), not by an
    "until" clause after the asked verb itself ("an order that stops a trial until the agency is
    satisfied" for "when did the trial get halted"): that one tells when the verb's state ends, not
    when it happened."""
    b = q.bridges.get(q.done) if q.done else None
    forms = ({q.done} | (set(b.search) | b.variants if b is not None else set())) if q.done else set()
    for m in _WHEN_CLAUSE.finditer(text):
        if m.group(0).lower().startswith("until") and any(
            tokenizer.term_set(w) & forms for w in text[: m.start()].split()
        ):
            continue
        return True
    return False


def type_score(kind: str, text: str, q: QuestionInfo, tokenizer: Tokenizer) -> float:
    """1 if the sentence holds the kind of thing asked for (0.5 for an open "what"), else 0."""
    if not text.isascii():  # curly quotes and dashes as the patterns write them ("Łukasz" stays a name)
        text = fold(text)
    if kind == "date":
        if ASKS_TIME.search(q.text):  # "what time": a clock time, a time of day, or a time run
            return 1.0 if _gives_time(text) else 0.0
        return 1.0 if _dated(text, q, tokenizer) or _when_clause(text, q, tokenizer) else 0.0
    if kind == "number":
        if q.measure == "age" and not _asks_persons_age(q) and _new_figure(_AGO, text, q, tokenizer):
            return 1.0  # a thing's age as the time since it was made
        if q.change and q.measure in ("", "money"):  # "by how much": the difference, or both figures
            return 1.0 if states_change(text, q, tokenizer) else 0.0
        if q.basis == "each" and not q.measure and not q.counted:
            # "what was the final price per share": a figure given for each unit ("$48.50 a share"), not
            # a whole ("$8.4 billion") nor another figure of the sentence ("a 31% premium")
            return 1.0 if _new_figure(_NUMBER_LIKE, text, q, tokenizer, per_unit) else 0.0
        if q.measure:  # an amount of money, a share, an age or a span, not the question's own
            keep = _money_keep(q, tokenizer) if q.measure == "money" else None
            pattern = _money_of(text) if q.measure == "money" else _MEASURES[q.measure]
            return 1.0 if _new_figure(pattern, text, q, tokenizer, keep) else 0.0
        if _HOW_MUCH.search(q.text) and _MULTIPLE.search(text):
            return 1.0
        return 1.0 if _new_figure(_NUMBER_LIKE, text, q, tokenizer) else 0.0
    if kind == "person":
        if _new_name(
            _NAME,
            text,
            q,
            tokenizer,
            kind=person_like,
            not_after=_NO_PERSON_BEFORE,
            titled=True,
            affiliation=True,
        ):
            return 1.0
        # a single capitalised word on its own ("Putin told ..."), not a word of a longer name
        inside = [(m.start(), m.end()) for m in _NAME.finditer(text)]
        return _new_name(
            _SINGLE_NAME,
            text,
            q,
            tokenizer,
            skip_initial=True,
            kind=_single_person,
            inside=inside,
            not_after=_NO_PERSON_BEFORE,
            affiliation=True,
        )
    if kind == "place":
        return _new_name(_PLACE, text, q, tokenizer, kind=place_like)
    if kind == "entity":
        noun = asked_called_noun(q.text)
        if not noun or _NAMING.search(text):
            return _new_name(_NAME_ANY, text, q, tokenizer, skip_initial=True)
        # "what was the tanker called": no day ("spoke on Friday") names it, nor a name away from the
        # tanker's noun when the sentence writes it ("The tanker was insured by the Nordmark Club" names its
        # insurer); a sentence not writing the noun may name it by another ("The technology, Zephyr-Vox")
        named = _new_name(_NAME_ANY, text, q, tokenizer, skip_initial=True, kind=_not_calendar)
        if not named or _names_noun(text, noun, q, tokenizer):
            return named
        return 0.5 if re.search(rf"\b{re.escape(noun)}\b", text, re.IGNORECASE) else named
    if kind == "media":
        return 1.0 if _MEDIA.search(text) else 0.0
    if kind == "quote":
        return 1.0 if QUOTE_MARKS.search(text) else 0.0
    if kind == "reason":
        if asks_cause_of(q.text):
            return 1.0 if _gives_reason(text, q, tokenizer) else 0.0
        # (a reason word the question itself writes is the asked act, no reason for it: "Regulators share
        # the blame" for "why does the columnist blame regulators"; its first word, not the words an
        # "accusing the company of" spans)
        own = tokenizer.term_set(q.text)
        given = (
            m
            for m in _reason_words(text)
            if not _until_unasked(text, m, q, tokenizer)
            and not _dates_only(text, m)
            and not _places_only(text, m)
            and not _effect_elsewhere(text, m, q, tokenizer)
            and own.isdisjoint(tokenizer.tokens(m.group(0).split()[0]))
        )
        if any(not _cause_is_asked(text, m, q, tokenizer) for m in given):
            return 1.0
        return 1.0 if _purpose(text, q, tokenizer) or _passive_grounds(text, q, tokenizer) else 0.0
    if kind == "what" and (noun := asked_called_noun(q.text)):
        # "what is the name of the mill": a sentence giving something a name ("The mill, called Greywater
        # Mills, ..."), not one that only mentions names ("read the names of the dead"), or writing a name
        # beside the thing's noun ("the oil tanker Marisol Venture", "the Talon Ridge Fire", "the club's
        # Millbrook Lane stadium", "Caddis Bend Works, a plant on ...": ``names_head``)
        return 1.0 if _NAMING.search(text) or _names_noun(text, noun, q, tokenizer) else 0.5
    return 0.5


def _names_noun(text: str, noun: str, q: QuestionInfo, tokenizer: Tokenizer) -> bool:
    """Whether a sentence writes a name the question does not give beside ``noun``, the thing a "what is
    the name of X" asks about (``names_head`` with that noun as the asked head). The noun as the question
    writes it, in its number: "Halvard Tankers" is a firm of tankers, no name of "the tanker"."""
    heads = tokenizer.tokens(noun)
    return bool(heads) and names_head(
        text, replace(q, head=heads[-1]), tokenizer, WEIGHTS.head_window, written=noun.lower()
    )


#: words that give a thing its name: "called", "named", "known as", "dubbed", "its name"
_NAMING = re.compile(r"\b(?:called|named|known as|dubbed|titled|entitled|nicknamed|name)\b", re.IGNORECASE)


#: the reason words a cause follows ("X because Y", "X after Y", "X due to Y", "X stems from Y")
_CAUSE_FOLLOWS = re.compile(
    r"(?:because|since|due|owing|thanks|as a result|after|amid|following|result|stem|in protest|over|"
    r"on|as a precaution|in response|in retaliation|for|out of|accus|in (?:the )?hope|in an? |, saying|"
    r"reflect)",
    re.IGNORECASE,
)


#: what ends a clause inside a sentence: a comma, semicolon, colon or bracket (not a dash, which often
#: adds to what stands before it: "a fifth series was shown in 2011 \u2013 uncompleted due to ..."), nor a
#: comma or colon inside a figure or a time, a digit right after it: "fell from $1.2 million to $840,000
#: in 2025, after ..." is one clause before the "after", "at 4:25 p.m." one phrase)
_CLAUSE_END = re.compile(r"[;()]|[,:](?!\d)")


#: the reason words whose effect follows them ("A corroded weld caused the leak", "led to the strike",
#: "the most likely cause of the derailment", "prompted the recall"), unless a "by" turns them round
#: ("was caused by", "prompted by"), when the effect stands before them as with "because"
_EFFECT_FOLLOWS = re.compile(
    r"(?:caus|led to|prompt|trigger|the reasons? (?:for|why)|,\s*so\b)(?!\w*\s+by\b)", re.IGNORECASE
)


#: a cause word turned round by "by" ("was caused by a falling tree"): the effect stands before it
_CAUSED_BY = re.compile(r"caus\w*\s+by\b", re.IGNORECASE)


def _clause_before(text: str, at: int) -> str:
    """The words of ``text`` before ``at`` in the clause that ends there: back to the clause punctuation
    before them (a comma right before ``at`` still joins: "The launch was scrubbed, because ...")."""
    before = text[:at].rstrip().rstrip(",")
    ends = list(_CLAUSE_END.finditer(before))
    return before[ends[-1].end() :] if ends else before


def _clause_after(text: str, at: int) -> str:
    """The words of ``text`` after ``at`` up to the clause punctuation after them."""
    end = _CLAUSE_END.search(text, at)
    return text[at : end.start()] if end else text[at:]


def asked_event(q: QuestionInfo) -> frozenset[str]:
    """The terms of the event a reason question asks about, not the names it happened to (all its terms
    when it names nothing else), a misspelt one with its correction: "what caused the crak" asks what
    caused the crack, which the answer writes as "caused the crack" (``_own_terms``)."""
    names = q.entity_terms | {t for t, b in (q.bridges or {}).items() if b.name}
    own = frozenset(_own_terms(q))
    return (own - names) or own


#: a time a temporal "since", "after" or "following" opens on ("since last autumn", "after 2009",
#: "following Tuesday's vote"): it dates, it gives no cause
_TIME_NEXT = re.compile(
    r"\s+(?:last|this|next|then|yesterday|today|the (?:start|end|beginning|middle) of|early|late|\d+)\b",
    re.IGNORECASE,
)


#: a span measured up to an "after" or "following" ("nine days after", "hours after", "shortly after",
#: "a week following"): the word then places one event in time from another, not as its cause
_SPAN_BEFORE = re.compile(
    r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|moments?|shortly|soon|immediately)\s+$",
    re.IGNORECASE,
)


def _dates_only(text: str, m: re.Match[str]) -> bool:
    """Whether the reason word ``m`` is a temporal "since", "after" or "following" before a time
    ("its worst day since last autumn", "after March 3"), which says when, not why, or an "after" or
    "following" a span measures ("resigned nine days after a leaked report exposed failings": her
    reason is what she said, if anything)."""
    if m.group(0).lower() not in ("since", "after", "following"):
        return False
    if m.group(0).lower() != "since" and _SPAN_BEFORE.search(text, 0, m.start()):
        return True
    nxt = re.match(r"\s+([\w']+)", text[m.end() :])
    word = nxt.group(1).lower().rstrip("'s").rstrip("\u2019") if nxt else ""
    return bool(_TIME_NEXT.match(text, m.end())) or word in _CALENDAR_WORDS


def _until_unasked(text: str, m: re.Match[str], q: QuestionInfo, tokenizer: Tokenizer) -> bool:
    """Whether the reason word ``m`` is an "until" that gives no condition of the asked act: one not
    opening a clause (``_finite_after``: "until last year", "until further notice", "until March" say how
    long, not why), or one whose clause before it does not write the act a "why" asks about as a verb in
    some inflected form ("worked there until he retired" for "why was the line shut"; "The strike goes on
    until ..." writes "strike" as the noun, and what goes on is told by another's verb). An "until"
    after the asked act ("the plant would stay closed until the company could show that every ingredient
    was tested", "wants the vote delayed until ...") tells what its going on waits for, which is why it
    goes on."""
    if m.group(0).lower() != "until":
        return False
    if not _finite_after(text, m.end()):
        return True
    act = reason_act(q)
    asked = frozenset({act}) if act else asked_event(q)
    return not any(
        verb_form(w) and not asked.isdisjoint(tokenizer.tokens(w))
        for w in re.findall(r"[A-Za-z][\w'\u2019-]*", _clause_before(text, m.start()))
    )


def _finite_after(text: str, at: int) -> bool:
    """Whether the clause after ``at`` holds a finite verb: a form of "be", "have" or a modal
    (``AUXILIARIES``), or a lowercase word WordNet reads as an inflected verb that is no "-ing" form
    ("until the league has finished", "until the company could show"); a conjunction opens a clause, a
    preposition a noun phrase ("until further notice", "until last year")."""
    for word in re.findall(r"\b[a-z][a-z'\u2019-]*", _clause_after(text, at)):
        if word in AUXILIARIES or (not word.endswith("ing") and verb_form(word)):
            return True
    return False


#: a point a distance marks on a route after "after" or "following" ("after the 18-mile mark", "following
#: a 5km point"): a measure written as a number joined to its unit, then the noun it measures
_MEASURED_POINT = re.compile(
    r"\s+(?:the|a|an)\s+\d[\d.,]*-?(?P<unit>[a-z]+)\s+(?P<noun>[a-z]+)\b", re.IGNORECASE
)


#: noun classes of an occurrence (4 act, 11 event, 19 phenomenon, 22 process): "after a 2-metre wave",
#: "after a 10-mile chase" tell what happened, which can be a cause
_HAPPENINGS = frozenset({4, 11, 19, 22})


def _places_only(text: str, m: re.Match[str]) -> bool:
    """Whether the reason word ``m`` is an "after" or "following" placing something on a route by a
    distance ("water stations after the 18-mile mark had run out of cups"), which says where, not why:
    the measure's unit is one WordNet files as a quantity (class 23: mile, kilometre, metre; not hour,
    a time, which a span reads), and the noun it measures is no occurrence ("a 2-metre wave")."""
    if m.group(0).lower() not in ("after", "following"):
        return False
    point = _MEASURED_POINT.match(text, m.end())
    wn = wordnet()
    if point is None or wn is None:
        return False
    unit, noun = point.group("unit").lower(), point.group("noun").lower()
    if 23 not in wn.sense_classes(unit, "n", 1) or wn.sense_classes(noun, "n", 1) & _HAPPENINGS:
        return False
    if _VERB_NEXT.match(text, point.end()):
        # a verb after the point: the point opens a clause ("stopped after the 18-mile mark was flooded"),
        # unless the phrase stands after a noun it places, the verb then that noun's ("stations after the
        # 18-mile mark had run out")
        before = re.search(r"([a-z]+)\s*$", text[: m.start()])
        return before is not None and wn.mostly_noun(before.group(1))
    return True


#: a finite verb opening what follows a phrase: a form of "be" or "have", or a past "-ed"
_VERB_NEXT = re.compile(r"\s+(?:was|were|is|are|had|has|have|\w+ed)\b", re.IGNORECASE)


#: what ends the clause a purpose's "to" must stand in
_CLAUSE_STOP = frozenset(",;:()")


def _purpose(text: str, q: QuestionInfo, tokenizer: Tokenizer) -> bool:
    """Whether a sentence gives the purpose of the act a "why did X VERB" asks about: "to" and a verb
    (its base form, no word WordNet mostly files as a noun) within ``WEIGHTS.purpose_window`` words after
    the question's verb in one clause, a word or more between ("The council closed the bridge to protect
    walkers", "raised rates to curb inflation"). Not right after the verb, where "to" begins what the verb
    takes ("agreed to meet"), nor before a figure or a noun ("rose to 4%", "closed to traffic"), nor after
    a possessed noun, whose "to" is that noun's ("refused Reyes's request to stop the count")."""
    wn = wordnet()
    done = reason_act(q)
    if wn is None or not done:
        return False
    b = (q.bridges or {}).get(done)
    forms = {done} | (set(b.search) | b.variants if b is not None else set())
    words = text.split()
    for i, w in enumerate(words):
        if not tokenizer.term_set(w) & forms or (i and _NOUN_BEFORE.search(words[i - 1])):
            continue
        for j in range(i + 1, min(len(words) - 1, i + 1 + WEIGHTS.purpose_window)):
            if words[j - 1][-1:] in _CLAUSE_STOP:
                break
            verb = words[j + 1].lower()
            if (
                j > i + 1
                and words[j].lower() == "to"
                and verb.isalpha()
                and ("v", verb) in wn.lemmas(verb)
                and not wn.mostly_noun(verb)
                and not (j > i + 2 and _POSSESSOR.search(words[j - 2]))
            ):
                return True
    return False


#: a possessive word: the noun after it, right before a "to", takes that "to" as its own complement
#: ("refused Reyes's request to stop the count", "its plan to cut costs"): what was asked or planned, no
#: purpose of the act. A plural's apostrophe after its "s" is one too ("suspended Greyfield Minerals'
#: licence to operate the mine": the licence's "to"). A determiner does not ("closed the bridge to
#: protect walkers")
_POSSESSOR = re.compile(
    rf"^(?:{'|'.join(sorted(POSSESSIVE_DETERMINERS))})$|['\u2019]s$|s['\u2019]$", re.IGNORECASE
)


#: a word right before another that makes it a noun, not the asked verb: a determiner or a possessive
#: (``_POSSESSOR``: "the bank's surprise decision to raise rates", whose "to" is the decision's, no
#: purpose of surprising)
_NOUN_BEFORE = re.compile(rf"^(?:{'|'.join(sorted(DETERMINERS))})$|{_POSSESSOR.pattern}", re.IGNORECASE)


def reason_act(q: QuestionInfo) -> str:
    """The term of the act a "why did X VERB", "why was X VERBed" or "why is X VERBing Y" asks about: its
    doer's verb, else its passive verb (``_passive_verb``), else its "-ing" form, no word WordNet mostly
    files as a noun ("why is Stroud suing Varga": sue; not "building"); "" when it asks of no verb ("why
    are fans against the takeover")."""
    wn = wordnet()
    if q.done or wn is None:
        return q.done
    who = _who_verb(q, wn)
    if who is not None:
        return who  # "who said the test should have been done": the saying's doer, not the doing's
    modifiers = _noun_modifiers(asked_sentence(q.text), wn)
    return _passive_verb(q, wn) or next(
        (
            t
            for t in q.terms
            if t in asked_event(q)
            and (word := q.term_words.get(t, t).lower()).endswith("ing")
            and word not in modifiers  # "where is the training centre" asks of no training
            and verb_form(word)
            and not wn.mostly_noun(word)
        ),
        "",
    )


#: a passive's "for" and the words after it ("have been flagged for suspected image duplication")
_FOR_AFTER = re.compile(r"\s+for\s+((?:[\w'\u2019-]+\s*){1,3})")
#: a figure or a sum after "for": a price or a span ("sold for $2m", "closed for two weeks"), no grounds
_FIGURE_NEXT = re.compile(r"[\d$\u00a3\u20ac]")
#: WordNet's noun class of a span ("weeks", "the first time"; not "speed", "praised for her speed")
_SPAN_CLASSES = frozenset({NOUN_TIME})
#: a word of a sentence, its apostrophes and hyphens with it (``_passive_grounds``)
_A_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")
#: a spelled number, the whole word ("two weeks": no grounds)
_NUMBER_WORD = re.compile(SPELLED_NUMBER)


def _passive_grounds(text: str, q: QuestionInfo, tokenizer: Tokenizer) -> bool:
    """Whether a sentence gives the grounds of the act a passive "why was X VERBed" asks about by "for"
    right after that verb ("At least 12 of the papers have been flagged for suspected image
    duplication", "was fined for speeding", "was arrested for assault"): what one is VERBed for is why.
    Not a price or a span, which "for" gives too ("was sold for $2m", "closed for two weeks", "for the
    first time"): a figure, a number word or a noun WordNet files as a time (in its two most frequent
    senses)."""
    wn = wordnet()
    act = _passive_verb(q, wn)
    if wn is None or not act:
        return False
    for w in _A_WORD.finditer(text):
        if act not in tokenizer.term_set(w.group(0)):
            continue
        after = _FOR_AFTER.match(text, w.end())
        if after is None or _FIGURE_NEXT.match(after.group(1)):
            continue
        words = [x.lower() for x in after.group(1).split()]
        if any(_NUMBER_WORD.fullmatch(x) or wn.sense_classes(x, "n", 2) & _SPAN_CLASSES for x in words):
            continue
        return True
    return False


#: the word right after a question's "who", the verb of which "who" is the subject ("who found the box")
_WHO_DID = re.compile(r"^\W*who\s+([a-z]+)\b")


def _who_verb(q: QuestionInfo, wn: WordNet) -> str | None:
    """The term of the act a "who VERBed X" asks the doer of ("who found the ballot box": find), which no
    "did" marks (``q.done`` is none): the word after "who" when WordNet knows it as a verb's form, ""
    when that verb is no term (a saying's, "who said ..."); None when "who" has an auxiliary or a
    copula after it ("who is the mayor", "who was arrested"), whose verb is read otherwise."""
    m = _WHO_DID.match(asked_sentence(q.text).lower())
    if m is None or m.group(1) in AUXILIARIES or m.group(1) in STOP_WORDS:
        return None
    word = m.group(1)
    if not any(pos == "v" for pos, _ in wn.lemmas(word)):
        return None
    return next((t for t, w in q.term_words.items() if w.lower() == word), "")


def _passive_verb(q: QuestionInfo, wn: WordNet | None) -> str:
    """The term of a passive "why was X VERBed" (which names no doer, so has no ``q.done``): its asked
    event's word written as a verb's "-ed"/"-en" form ("why was the upgrade postponed": postpone), whose
    purpose a "to" after it gives as for an active one ("postponed the project to cut costs")."""
    if wn is None:
        return ""
    asked = asked_event(q)
    # the question's order (a correction after), not a set's: the same word on every run
    ordered = [t for t in q.terms if t in asked] + sorted(asked.difference(q.terms))
    words = [q.term_words.get(t, t).lower() for t in ordered]
    found = [t for t, w in zip(ordered, words, strict=True) if w.endswith(("ed", "en")) and verb_form(w)]
    # the clause's own participle, not one before a noun ("stolen" of "the stolen painting"), in an
    # irregular form too when it is mostly no noun ("found", "laid"; not "states")
    modifiers = _noun_modifiers(asked_sentence(q.text), wn)
    own = [
        t
        for t, w in zip(ordered, words, strict=True)
        if w not in modifiers
        and not w.endswith("ing")  # a participle's, not a progressive's ("why is Kalloway appealing")
        and verb_form(w)
        and (t in found or not wn.mostly_noun(w))
    ]
    return next(iter(own), found[0] if found else "")


#: a word of a question, lower-cased (``_noun_modifiers``)
_QUESTION_WORD = re.compile(r"[a-z][\w'\u2019-]*")


def _noun_modifiers(asked: str, wn: WordNet) -> frozenset[str]:
    """The words of a question inside a noun phrase before its head, as a participle modifying a noun
    is: after a determiner, or after another such word that is no noun, and before a content word
    ("stolen" of "where was the stolen painting found", "training" of "the national training centre";
    not "accusing" of "the class action accusing Corvane", past the noun "action"). The clause's own
    verb stands after its subject ("found", "Stroud suing Varga", "is leading the investigation")."""
    words = _QUESTION_WORD.findall(asked.lower())
    found: set[str] = set()
    opens = DETERMINERS | POSSESSIVE_DETERMINERS
    for before, (w, after) in zip(["", *words], pairwise(words), strict=False):
        if after not in STOP_WORDS and (before in opens or (before in found and not wn.mostly_noun(before))):
            found.add(w)
    return frozenset(found)


def _effect_elsewhere(text: str, m: re.Match[str], q: QuestionInfo, tokenizer: Tokenizer) -> bool:
    """Whether the reason word ``m`` is one whose effect follows it ("caused", "led to", "prompted")
    and that effect, in its clause, holds nothing of the event a "why" asks about ("A small group chose
    to cause damage" for "why was the match delayed"): the cause of something else."""
    if _EFFECT_FOLLOWS.match(text, m.start()) is None or m.group(0).startswith(","):
        return False
    return not tokenizer.term_set(_clause_after(text, m.end())) & asked_event(q)


def _participle_of(text: str, m: re.Match[str]) -> bool:
    """Whether the reason word ``m`` opens a participle's clause after a comma (", prompting ...", ",
    causing ...", ", triggering ..."), whose subject is the whole clause before it, not its last phrase."""
    return m.group(0).lower().endswith("ing") and text[: m.start()].rstrip().endswith(",")


def _cause_is_asked(text: str, m: re.Match[str], q: QuestionInfo, tokenizer: Tokenizer) -> bool:
    """Whether the reason word ``m`` gives the very event a "why" asks about as the cause of something
    else: its cause follows it ("after", "because", "following") and that clause holds the asked event
    while the clause before it does not ("The crown rose after the bank raised rates" tells what the rise
    did, not why the bank raised them). Such a sentence is an effect of the event, no reason for it."""
    effect_follows = _EFFECT_FOLLOWS.match(text, m.start()) is not None
    if not effect_follows and (not _CAUSE_FOLLOWS.match(m.group(0)) or _CAUSED_BY.match(text, m.start())):
        return False
    asked = asked_event(q)
    before = tokenizer.term_set(_clause_before(text, m.start())) & asked
    after = tokenizer.term_set(_clause_after(text, m.end())) & asked
    act = reason_act(q)
    if effect_follows:
        # ("The bank raised rates, so mortgages cost more", "The rise led to ...": the event, then its effect)
        whole = tokenizer.term_set(text[: m.start()])
        if act and act not in after and act in whole and _participle_of(text, m):
            # ", prompting questions about the museum": a participle after a comma tells what the whole
            # clause before it did, and the asked act there is the cause, whatever else the effect names
            return True
        return bool(before) and not after
    if act in after:
        # the asked act follows the word: the clause before is the event only if it writes the act too, not
        # merely a word of what it was done to ("Lenders withdrew their fixed-rate deals after the bank's
        # decision to raise rates" tells what the raise did, not why the bank raised rates)
        before &= {act}
    if not re.search(r"\w", text[: m.start()]) or before:
        return False
    return bool(after)


#: the words opening a clause that places one event in time from another ("three weeks after the board
#: removed him", "a day before", "died when the ferry capsized"): the act the clause tells is the other
#: event's anchor. Not "while" or "as", which join two acts of one time ("rose as rates fell") as often
_ANCHORING = re.compile(r"\b(?:after|before|since|(?<!\bthe\s)following|when|until)\b", re.IGNORECASE)


def tells_act_as_anchor(text: str, act: frozenset[str]) -> bool:
    """Whether a sentence writes the act a "why" asks about (``act``: its verb's base forms, "remove";
    "got" is written for "get") only in a clause placing another event in time from it ("Lumora
    shareholders voted on Monday to reinstate Marcus Tellwright, three weeks after the board removed
    him"): it tells what came of the act, or before it, and its neighbours go on with that event, not
    with the act's reasons."""
    for m in _ANCHORING.finditer(text):
        if writes_verb(_clause_after(text, m.end()), act):
            return not writes_verb(text[: m.start()], act)
    return False


def anchor_dated(text: str, act: frozenset[str]) -> bool:
    """Whether the clause placing another event from the asked act (``tells_act_as_anchor``) dates the act
    itself ("At least 12 people died when the ferry capsized on the river on Saturday afternoon"): its
    date is the act's as much as the other event's."""
    for m in _ANCHORING.finditer(text):
        clause = _clause_after(text, m.end())
        if writes_verb(clause, act):
            return any(m.end() <= d < m.end() + len(clause) for d in date_positions(text))
    return False


#: a lowercase word of a sentence, its apostrophes and hyphens with it (``writes_verb``)
LOWER_WORDS = re.compile(r"[a-z][a-z'\u2019-]*")


def writes_verb(text: str, lemmas: frozenset[str]) -> bool:
    """Whether a text writes a verb whose base form WordNet gives as one of ``lemmas`` (none without
    WordNet)."""
    return any(not lemmas.isdisjoint(verb_bases(w)) for w in LOWER_WORDS.findall(text.lower()))


def _gives_reason(text: str, q: QuestionInfo, tokenizer: Tokenizer) -> bool:
    """Whether a sentence gives a reason for the thing a "what caused X" asks about: a reason word
    ("because", "after", "caused") with that thing on its effect's side, in the word's own clause.
    Where the cause follows the word, the question's terms must come before it in its clause ("the
    launch was scrubbed because of winds"), or the word open the sentence ("After the valve failed, the
    rocket ..."): "the closure of fishing grounds after the rocket's failure" gives the failure as the
    cause of something else, and "Reilly, who was driving when it derailed, has spoken since leaving
    hospital" dates his speaking. Where the effect follows the word, the terms must come after it in its
    clause ("a landslip was the most likely cause of the derailment"; not "Accidents causing deaths are
    rare; the last derailment ...")."""
    # (the event asked about, not the names it happened to: "Schools in Dunmore closed after the outage"
    # names Dunmore before the word, and gives the outage as the cause)
    asked = asked_event(q)
    for m in _reason_words(text):
        if m.group(0).lower() == "until":
            continue  # (what a going on waits for, no cause of a thing that happened)
        if not asked:
            return True
        word = m.group(0)
        if _EFFECT_FOLLOWS.match(text, m.start()):
            if tokenizer.term_set(_clause_after(text, m.end())) & asked:
                return True
            continue
        if not _CAUSE_FOLLOWS.match(word) and not _CAUSED_BY.match(text, m.start()):
            return True
        before = _clause_before(text, m.start())
        if not re.search(r"\w", text[: m.start()]) or tokenizer.term_set(before) & asked:
            return True
    return False


_WORD = re.compile(r"[\w'\u2019.&-]+")


#: a lowercase word as a sentence writes it
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_BEFORE_NAME = re.compile(r"\s+[A-Z]")


def holds_role(text: str, asked: frozenset[str], tokenizer: Tokenizer) -> bool:
    """Whether a sentence names people by a role the question does not give: a lowercase noun whose most
    frequent sense, in a base form, is a person ("An architect normally manages the job", "teachers",
    "British colonists"), not as the title before a name ("coach Tam Verrell"): such a sentence may
    answer a "who" without a name."""
    wn = wordnet()
    if wn is None:
        return False
    for m in _LOWER_WORD.finditer(text):
        word = m.group(0)
        if word in STOP_WORDS or tokenizer.term_set(word) & asked:
            continue
        if _BEFORE_NAME.match(text, m.end()):
            continue  # a title ("Former Leicester coach Tam Verrell"): the named person is the one
        if person_noun(word, wn):
            return True
    return False


def _own_terms(q: QuestionInfo) -> set[str]:
    """The question's terms with the corrections of its misspelt ones: "which salmonela strain" names
    Salmonella itself, and "the Salmonella strain" gives no name it does not."""
    own = set(q.terms)
    for b in q.bridges.values():
        if b.standing == "corrected":
            own.update(b.search)
    return own


def names_head(
    text: str, q: QuestionInfo, tokenizer: Tokenizer, window: int, holder: bool = False, written: str = ""
) -> bool:
    """Whether a name the question does not give fills the noun it asks for (``head_names``)."""
    return any(True for _ in head_names(text, q, tokenizer, window, holder, written))


def head_names(
    text: str, q: QuestionInfo, tokenizer: Tokenizer, window: int, holder: bool = False, written: str = ""
) -> Iterator[frozenset[str]]:
    """The terms of each name the question does not give that stands within ``window`` words of the noun
    the question asks for ("which theatre" -> "the Palace Theatre", "which game" -> "the Painkiller game",
    "which MSP" -> "MSP Karen Whitefield", "the film, A Different Story"): the name that fills the
    asked-for slot, where a name elsewhere in the sentence may be anything. For the ``holder`` of a role
    not a name after the role's noun and a preposition: "a porter at Tollbridge Infirmary" says where the
    porter works, not who it is. ``written``: the noun only as written so (in the question's number:
    "Halvard Tankers" names no "tanker")."""
    if not q.head:
        return
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    at = [
        i
        for i, (a, b) in enumerate(words)
        if (text[a:b].lower() == written if written else q.head in tokenizer.term_set(text[a:b]))
    ]
    if not at:
        return
    terms = _own_terms(q)
    for m in _NAME_ANY.finditer(text):
        if m.start() == 0 and " " not in m.group(0):
            continue  # a sentence's capitalised first word
        toks = tokenizer.term_set(m.group(0))
        if not toks or toks <= terms or calendar_only(m.group(0)):
            continue  # (a day names no one: "announced by the health secretary on Monday")
        first = next((i for i, (a, b) in enumerate(words) if b > m.start()), len(words))
        last = max((i for i, (a, b) in enumerate(words) if a < m.end()), default=first)
        if holder:
            between = [text[a:b].lower() for a, b in words]
            at_role = [i for i in at if i >= first or _PREPOSITIONS.isdisjoint(between[i + 1 : first])]
        else:
            at_role = at
        # (the noun inside a name, before a common noun the name ends on, only describes that: the "Public
        # Utilities Commission" is a commission, not the utility asked for; "Judge Eleanor Pruitt" and
        # "the Palace Theatre" are ones)
        quoted = m.group(0)[0] in '\u201c"'
        if any(
            (first - window <= i <= last + window or apposed(text, m.end(), *words[i]))
            and (quoted or i < first or not _describes_name(words, text, i, last))
            for i in at_role
        ):
            yield frozenset(toks)


#: what stands between a name and the noun of a phrase set beside it to say what it is: a comma, an
#: article or a possessive, and at most three lowercase modifiers ("The Care Standards Commission, the
#: health regulator, ...", "Caddis Bend Works, a plant on ...")
_APPOSITION = re.compile(
    r"^,\s+(?:the|a|an|its|their|his|her|our)\s+(?:[a-z][\w'\u2019-]*\s+){0,3}$", re.IGNORECASE
)
#: what ends such a phrase after its noun: a comma or the sentence's end, or a preposition or relative
#: word opening what qualifies it ("a plant on the east bank"); not a verb ("In Lyon, the regulator
#: said ...": the name before the comma sets the scene, the noun is the clause's subject)
_APPOSITION_END = re.compile(
    r"^(?:[,.;:)]|\s+(?:on|in|at|of|for|from|with|by|near|that|which|who|whose|where)\b)", re.IGNORECASE
)


def apposed(text: str, end: int, start: int, stop: int) -> bool:
    """Whether the noun at ``text[start:stop]`` heads a phrase in apposition to the name ending at
    ``end``: the name is one of what the noun says ("The Care Standards Commission, the health
    regulator, inspected ..."), however many modifiers put the noun past a window of words, and the
    noun is no definite mention referring back to something named before."""
    return (
        start > end
        and _APPOSITION.match(text[end:start]) is not None
        and _APPOSITION_END.match(text[stop:]) is not None
    )


def _not_calendar(name: str) -> bool:
    """Whether a capitalised run is more than weekdays and months (``calendar_only``)."""
    return not calendar_only(name)


def calendar_only(name: str) -> bool:
    """Whether a capitalised run is only weekdays and months ("Monday", "March"): a time, which fills
    no slot a "which X" or a role asks a name for."""
    return all(w.lower().strip(".,'\u2019") in _CALENDAR_WORDS for w in name.split())


#: the prepositions that join a role's noun to the name of where or whose it is ("a porter at Tollbridge
#: Infirmary", "head of security at the Norland Securities Authority"), not to its holder's
_PREPOSITIONS = frozenset({"at", "of", "for", "in", "from", "with", "on", "by", "to"})


def _describes_name(words: list[tuple[int, int]], text: str, i: int, last: int) -> bool:
    """Whether the word at ``i``, inside a name that runs to ``last``, is followed there by a common noun
    WordNet knows ("Utilities" of "Public Utilities Commission"): it describes the name's own noun. Not
    the title's last word before a two-word name not ending on a common noun ("Carver County Fire Chief
    Ramona Ellery"): a title before its holder, whatever the first name also means ("ramona", a genus of
    sage)."""
    if i >= last:
        return False
    wn = wordnet()

    def common(k: int) -> bool:
        a, b = words[k]
        word = text[a:b].lower().strip(".'\u2019&-")  # ("Commission." at a sentence's end)
        return wn is not None and wn.mostly_noun(word) and not wn.proper(word)

    # (a title's last word before a two-word name: "Chief" of "Fire Chief Ramona Ellery"; not "Chief" of
    # "Chief Superintendent Priya Malhotra", a title of its own that the next noun heads)
    return common(i + 1) and (i + 1 < last - 1 or common(last))


#: "as its permanent chief executive", "as the new treasurer": the role an appointment or a removal
#: puts the name before it in ("named Tomas Vell, a former banker, as its chief executive")
_AS_ROLE = re.compile(r"\bas\s+(?:(?:its|the|their|his|her|our|a|an)\s+)?((?:[A-Za-z][\w'\u2019-]*\s+){0,3})")


def named_as(text: str, q: QuestionInfo, tokenizer: Tokenizer) -> bool:
    """Whether a name the question does not give stands before an "as (its) ... X" phrase ending on the
    asked noun X (the head): the one named to, or removed from, the role, however many words of
    apposition stand between ("named Tomas Vell, the former head of Arden Bank, as its chief
    executive"), which ``names_head``'s window does not reach."""
    if not q.head:
        return False
    terms = _own_terms(q)
    for m in _AS_ROLE.finditer(text):
        after = _WORD.findall(text[m.start(1) :])[: len(m.group(1).split()) + 1]
        if not any(q.head in tokenizer.term_set(w) for w in after):
            continue
        before = text[: m.start()]
        for name in _NAME_ANY.finditer(before):
            if name.start() == 0 and " " not in name.group(0):
                continue  # a sentence's capitalised first word
            toks = tokenizer.term_set(name.group(0))
            if toks and not toks <= terms:
                return True
    return False


def names_kind(text: str, q: QuestionInfo, tokenizer: Tokenizer) -> bool:
    """Whether the sentence names, besides the question's own names, something WordNet knows as an
    instance or a kind of the noun the question asks for ("which state" -> "In California, ...",
    "which holiday" -> "India's Independence Day"): the name that fills the asked-for slot though the
    sentence does not write the noun beside it (``names_head``). Every run of up to four of a name's
    words is looked up, as WordNet writes names of several words. A question asking for a kind ("what
    type of volcano") is answered by a common noun closing up a modifier with the noun asked for too
    (``compound_kind``: "stratovolcano"); one asking which ("which virus") wants a name, of which a kind
    ("coronavirus") is none."""
    wn = wordnet()
    if not q.head or wn is None:
        return False
    noun = q.term_words.get(q.head, q.head)
    terms = _own_terms(q)
    if _ASKS_KIND.search(q.text) and any(compound_kind(w, noun, wn) for w in _LOWER_WORD.findall(text)):
        return True
    for m in _NAME_ANY.finditer(text):
        words = [w[:-2] if w.endswith(("'s", "\u2019s")) else w for w in m.group(0).split()]
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + 4) + 1):
                span = " ".join(words[i:j])
                toks = tokenizer.term_set(span)
                if not toks or toks <= terms:
                    continue
                if wn.kind_of(span, noun, WEIGHTS.head_kind_levels, WEIGHTS.head_kind_senses):
                    return True
    return False


#: a question asking for a kind of thing ("what type of volcano", "which kind of engine")
_ASKS_KIND = re.compile(r"\b(?:kind|type|sort)s?\s+of\b", re.IGNORECASE)


def compound_kind(word: str, noun: str, wn: WordNet) -> bool:
    """Whether a lowercase ``word`` is a kind of ``noun`` written as one word ending in it ("warship",
    "stratovolcano"): a word WordNet knows must be filed under the noun ("network" is no work), and one
    it does not know, newer than the dictionary or a specialist's, is read by its form, a modifier of
    ``AnswerWeights.head_compound_prefix`` letters at least before the noun."""
    low = noun.lower()
    if not low.isalpha() or not word.endswith(low) or word == low:
        return False
    if wn.known(word):
        return wn.kind_of(word, low, WEIGHTS.head_kind_levels, WEIGHTS.head_kind_senses)
    return len(word) - len(low) >= WEIGHTS.head_compound_prefix


#: a number as written: led by a digit ("1,200", "100m", "13%", "2-3") or a number word
#: units of time or length, which a number counts when written before them ("24 months", "a nine-year
#: tenure")
_UNITS = (
    r"seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies)|"
    r"km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|feet|foot|yards?|inch(?:es)?"
)
#: a number as a word of its own, or spelled out and joined to its unit ("a nine-year tenure": a count
#: of years, as "a 9-year tenure" is)
_COUNT = re.compile(
    rf"^(?:\d\S*|{SPELLED_NUMBER}(?:-(?:{_UNITS}))?|dozens?|hundreds?|thousands?|millions?|billions?)$"
)


#: the punctuation and currency signs around a number as written
_NUMBER_MARKS = "(\"'\u201c\u201d,.;:$\u00a3\u20ac"


def _number_positions(words: list[str]) -> Iterator[tuple[int, str]]:
    """Where the text's numbers stand among its words, and each as written (lowercased, stripped of
    punctuation and currency): not a number of a name's ("Windows 95, 98 and XP")."""
    named = False  # the word before is a number of a name's
    for i, w in enumerate(words):
        word = w.strip(_NUMBER_MARKS).lower()
        named = (
            bool(_COUNT.match(word))
            and i > 0
            and (_names_it(words, i) or (named and words[i - 1][-1:] == ","))
        )
        if _COUNT.match(word) and not named and not _day_of_month(words, i):
            yield i, word


def _day_of_month(words: list[str], i: int) -> bool:
    """Whether the number at ``words[i]`` is a date's, beside a capitalised month ("March 2", "2 March",
    "Sept. 9, 2022"): it counts nothing ("the March 2 main break" is no count of breaks)."""
    return any(
        0 <= j < len(words) and words[j][:1].isupper() and words[j].strip(".,").lower() in _MONTHS_WRITTEN
        for j in (i - 1, i + 1)
    )


def _numbers(
    text: str, tokenizer: Tokenizer, window: int, nouns: bool = False
) -> Iterator[tuple[str, frozenset[str]]]:
    """Each number in the text as written (with the word after it, which may scale it: "2.9 million"),
    with the index terms of the ``window`` words either side of it (what it may count); with ``nouns``,
    of those words alone that can be nouns (``maybe_noun``)."""
    words = text.split()
    money_at = -2  # where the last sum of money stood
    for i, word in _number_positions(words):
        # a number joined to its unit ("a 48-hour strike", "a 3-day truce") counts that unit, not
        # the nouns around it ("after pilots began a 48-hour strike" counts no pilots)
        # and a sum of money ("£339", "$1.2bn") counts money, not the things it buys ("the Mac mini sells
        # for £339" counts no Mac minis)
        after = words[i + 1].lower() if i + 1 < len(words) else ""
        # and a share ("a 12 percent raise", "12%") counts none of the people around it, unless it is a
        # share of them ("13% of Europeans", "40 percent of the nurses")
        pct = word.rstrip(",.;:)").endswith("%")
        share = (pct or after.strip(",.;:") in _SHARE_WORDS) and not _share_of(words, i + (1 if pct else 2))
        money = _CURRENCY_JOINED.match(words[i]) is not None or (i == money_at + 1 and word in SCALE_WORDS)
        if money:
            # (the scale word of a sum is the sum's: "a $95 million development of apartments" counts
            # money, not the apartments after "million")
            money_at = i
        joined = _UNIT_JOINED.match(word) or money or share
        if joined:
            near = [word]
        elif _UNIT_WORD.match(after):
            # a number before a unit of time or length counts that unit ("offer affected patients 24 months
            # of free credit monitoring" counts months, not the patients before it)
            near = [word, after]
        else:
            near = words[max(0, i - window) : i + 1 + window]
        if _PARTITIVE.match(" ".join(words[i + 1 : i + 3])):
            near += _partitive_phrase(words, i + 3)
        elif not joined and (subject := _number_of(words, i)) is not None:
            near += _partitive_phrase(words, subject)
        if nouns:
            near = [x for x in near if maybe_noun(x)]
        # "a dozen", "a hundred": the article is the count a word of scale multiplies (``figures``)
        article = "a " if i and words[i - 1].lower() in ("a", "an") else ""
        yield f"{article}{word} {after}", frozenset(t for x in near for t in tokenizer.tokens(x))


def _share_of(words: list[str], at: int) -> bool:
    """Whether the words after a share say whose it is ("of Europeans", "per cent of the nurses")."""
    if at < len(words) and words[at].lower() == "cent":  # "per cent"
        at += 1
    return at < len(words) and words[at].lower() == "of"


def maybe_noun(word: str) -> bool:
    """Whether a word of a sentence can be a noun: WordNet does not know it (a name, a figure) or knows
    a noun of it. A verb's form sharing a noun's stem ("reported" of "reports") counts nothing."""
    wn = wordnet()
    low = word.strip("(\"'\u201c\u201d,.;:!?").lower()
    return wn is None or not wn.known(low) or any(pos == "n" for pos, _ in wn.lemmas(low))


def asks_for_noun(word: str) -> bool:
    """Whether the word a "how many" counts is a noun to WordNet ("reports"; not "injured"): then only a
    noun beside a number counts it."""
    wn = wordnet()
    return wn is not None and any(pos == "n" for pos, _ in wn.lemmas(word))


def words_after_numbers(text: str, after: int) -> Iterator[list[str]]:
    """For each number in the text, the ``after`` words that follow it, lowercased: the noun it counts
    is among them ("two men", "300 young volunteers")."""
    words = text.split()
    for i, word in _number_positions(words):
        if not _UNIT_JOINED.match(word):
            yield [w.strip("(\"'\u201c\u201d,.;:").lower() for w in words[i + 1 : i + 1 + after]]


_UNIT_JOINED = re.compile(rf"^(?:\d[\d,.]*-[a-z]|(?:{SPELLED_NUMBER})-(?:{_UNITS})$)")
#: the word after a number making it a share ("12 percent", "12 per cent")
_SHARE_WORDS = frozenset({"percent", "per", "pct"})
#: a unit of time or length written as its own word after a number ("24 months", "12 miles")
_UNIT_WORD = re.compile(rf"^(?:{_UNITS})\W*$")
#: a number written with a currency's sign ("£339", "($1.2bn)")
_CURRENCY_JOINED = re.compile(r"^\(?[$\u00a3\u20ac\u00a5]\d")
_PARTITIVE = re.compile(r"of (?:the|its|their|his|her|our|those|these)\b", re.IGNORECASE)


#: a figure given as the value of a count the sentence names first: "the number of X ... has risen to 17",
#: "... stands at 17", "... is 17" (the figure after "to", "at" or a form of "be")
_NUMBER_OF = re.compile(r"^the (?:total )?number of$", re.IGNORECASE)
_VALUE_OF = frozenset({"to", "at", "is", "was", "are", "were"})


def _number_of(words: list[str], i: int) -> int | None:
    """Where the noun phrase starts that the number at ``words[i]`` counts when the sentence states the
    number of it as its subject ("The number of athletes who tested positive at the Games has risen to
    17": 17 athletes, however many words stand between): the word after the nearest "the number of"
    before it, with no other number or clause's end between and the figure right after "to", "at" or a
    form of "be" ("rose by 5 to 17" counts 17, not 5; "a number of" is no count). None otherwise."""
    if i == 0 or words[i - 1].lower() not in _VALUE_OF:
        return None
    for j in range(i - 3, -1, -1):
        span = 4 if words[j + 1].lower() == "total" else 3
        if _NUMBER_OF.match(" ".join(words[j : j + span])):
            return j + span
        if _COUNT.match(words[j].strip(_NUMBER_MARKS).lower()) or words[j][-1:] in ".;:":
            return None
    return None


def _partitive_phrase(words: list[str], start: int) -> list[str]:
    """The words of a partitive's noun phrase from ``start`` ("150,000 of the | recalled SparkBlocks sets |
    have been ..."): what the number counts, however many words describe it first (up to
    ``partitive_words`` past the window); it ends at a function word or a clause's punctuation ("96 of its
    sailings | on Monday after deckhands began": the deckhands are not counted)."""
    phrase: list[str] = []
    for w in words[start : start + 1 + WEIGHTS.count_window + WEIGHTS.partitive_words]:
        if w.lower().strip(",.;:!?\"'()") in STOP_WORDS:
            break
        phrase.append(w)
        if w[-1] in ",.;:!?":
            break
    return phrase


def _names_it(words: list[str], i: int) -> bool:
    """Whether the number at ``words[i]`` goes with the capitalised word right before it as one name
    ("Windows 95", "Euro 2004", "Apollo 11"), which counts nothing: the word is not the sentence's
    first, not a month or weekday ("March 2005"), not a possessive ("Apple's 10,000 staff") and not
    ended by a stop ("In Ukraine, 300 ...")."""
    before = words[i - 1]
    return (
        i > 1
        and before[:1].isupper()
        and before[-1:].isalnum()
        and not before.lower().endswith(("'s", "\u2019s"))
        and before.lower() not in _CALENDAR_WORDS
    )


def near_numbers(
    text: str, tokenizer: Tokenizer, window: int, nouns: bool = False
) -> Iterator[frozenset[str]]:
    """For each number in the text, the index terms of the ``window`` words either side of it: what the
    number may count (only the words that can be nouns, with ``nouns``)."""
    for _, near in _numbers(text, tokenizer, window, nouns):
        yield near


def counting(q: QuestionInfo) -> QuestionInfo:
    """The question with the noun its "how many" counts as the coverage writes it, where the question
    writes it otherwise and selection corrected it ("ppl", a chat contraction, read as "people"): the
    numbers of it a sentence gives are found by that noun (an answer's figure, other outlets' versions
    of it), as they are when the question spells it out."""
    b = q.bridges.get(q.counted) if q.counted else None
    if b is None or b.standing != "corrected" or len(b.search) != 1:
        return q
    return replace(q, counted=b.search[0])


def counted_numbers(text: str, q: QuestionInfo, tokenizer: Tokenizer, window: int) -> frozenset[str]:
    """The numbers a sentence gives within ``window`` words of the noun a "how many X" counts (X
    itself, not the words describing it), as digits ("two" and "2" alike), but the question's own: two
    outlets' answers sharing none of them give different counts ("3,200 homes", "About 4,100
    homes")."""
    if not text.isascii():
        text = fold(text)
    nums = [w for w, near in _numbers(text, tokenizer, window) if q.counted in near]
    return frozenset(f for w in nums for f in figures(w)) - figures(q.text)


def figures_before(text: str, q: QuestionInfo, tokenizer: Tokenizer, window: int) -> frozenset[str]:
    """The figures of the numbers a sentence writes before the noun a "how many X" counts, X within
    ``window`` words after the number ("2 million MamaRoo swings"): English puts a count before what it
    counts, where a number after the noun is a name's or a version's ("Baby Swing, versions 1.0
    through 4.0"). A word of magnitude alone ("millions of swings") has no figure."""
    return frozenset(f for n in _counts_before(text, q, tokenizer, window) for f in figures(n)) - figures(
        q.text
    )


def magnitude_only(text: str, q: QuestionInfo, tokenizer: Tokenizer, window: int) -> bool:
    """Whether a sentence counts what a "how many X" asks about only by plural number words ("millions
    of baby swings", "dozens of flights"): an order of magnitude, which tells how many no more than the
    question does (a plural number word is never a count: "three millions" is no English)."""
    before = _counts_before(text, q, tokenizer, window)
    return bool(before) and all(n.split()[0].isalpha() and n.split()[0].endswith("s") for n in before)


def _counts_before(text: str, q: QuestionInfo, tokenizer: Tokenizer, window: int) -> list[str]:
    """The numbers (each with the word after it, which may scale it: "2 million") that a sentence writes
    within ``window`` words before the noun a "how many" counts, lowercased and stripped of punctuation."""
    if not text.isascii():
        text = fold(text)
    words = text.split()
    out: list[str] = []
    for i, _ in _number_positions(words):
        if any(q.counted in tokenizer.term_set(w) for w in words[i + 1 : i + 1 + window]):
            out.append(" ".join(w.strip("(\"'\u201c\u201d,.;:$").lower() for w in words[i : i + 2]))
    return out


def counted_words(text: str, q: QuestionInfo, tokenizer: Tokenizer, window: int) -> frozenset[str]:
    """The index terms beside the numbers a sentence gives of what a "how many X" counts, but the
    question's own and the figures: how it describes the thing counted ("412,000 SparkBlocks magnetic
    building sets" -> magnet, build)."""
    if not text.isascii():
        text = fold(text)
    near = [n for _, n in _numbers(text, tokenizer, window) if q.counted in n]
    return frozenset(t for n in near for t in n if not figures(t)) - frozenset(q.terms)


def name_runs(text: str) -> list[str]:
    """The names a text writes: quoted titles and runs of capitalised words (``_NAME_ANY``)."""
    return [m.group(0).strip("\"\u201c\u201d'\u2019") for m in _NAME_ANY.finditer(text)]


def describes(text: str, name: str) -> bool:
    """Whether a sentence tells who ``name`` (a person's surname or full name, any case) is: a title
    before it ("Union president Dolores Fenwick") or a description after it ("Dolores Fenwick, president
    of the local", "Fenwick, 54, a nurse", "Fenwick, who leads the union"), not a mere mention ("Fenwick
    said ...", "met Fenwick"). A title is a noun whose most frequent sense is a person (WordNet)."""
    wn = wordnet()
    if wn is None:
        return False
    if not text.isascii():
        text = fold(text)
    last = re.escape(name.split()[-1])
    capitalised = r"(?:[A-Z][\w'.-]*\s+)*"
    if any(
        person_noun(m.group(1), wn)
        for m in re.finditer(rf"\b([a-z][a-z-]+)\s+{capitalised}(?i:{last})\b", text)
    ):
        return True
    owner = r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*'s\s+"  # "Tidewater's vice president"
    after = (
        rf"(?i:{last})(?:'s)?,\s+(?:\d+,\s+)?(?:(?:a|an|the|its|his|her|their)\s+|{owner})?"
        r"([a-z-]+)(?:\s+([a-z-]+))?"
    )
    return any(
        m.group(1) == "who" or any(w and person_noun(w, wn) for w in m.groups())
        for m in re.finditer(after, text)
    )


def new_names(
    kind: str, text: str, q: QuestionInfo, tokenizer: Tokenizer, longer: bool = False, strict: bool = False
) -> frozenset[frozenset[str]]:
    """The terms of each name ``text`` gives that can answer a question of ``kind`` and that the
    question does not give (as ``type_score`` finds the first): a person's name for "who", a place
    after a preposition for "where", any name for another kind. What another outlet must also name
    to give the same answer. ``longer``: a longer form of a name the question gives counts too, by
    its words the question does not give ("Frontier" of "Frontier Airlines" beside "Spirit Airlines"):
    another name of the kind asked, for an answer to be told from. ``strict``: a person's name is one
    ``a_person`` accepts (no lone adjective: "Victorian", "European")."""
    if not text.isascii():
        text = fold(text)
    person = a_person if strict else person_like
    pattern, kind_of = {"person": (_NAME, person), "place": (_PLACE, place_like)}.get(kind, (_NAME_ANY, None))
    terms, names = set(q.terms), asked_names(q)
    out = set()
    for m in pattern.finditer(text):
        found = _untitled(m.group(0), terms, tokenizer) if kind == "person" else m.group(0)
        toks = frozenset(t for t in tokenizer.term_set(found) if not figures(t))
        if m.start() == 0 and kind not in ("person", "place") and len(found.split()) == 1:
            continue  # a sentence's first word is capitalised anyway
        if calendar_only(found):
            continue  # a month or a day names no answer but a date's
        if (
            toks
            and not toks <= terms
            and (longer or toks.isdisjoint(names))
            and (kind_of is None or kind_of(found))
        ):
            out.add(toks - terms)
    return frozenset(out)
