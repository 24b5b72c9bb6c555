"""Answer types: whether a sentence holds the kind of thing a question asks for (a date, a number, a
person's name, a place, an outlet, a quotation, a reason), by patterns over its text."""

from __future__ import annotations

import re

from retrieval.answer.question import QuestionInfo
from retrieval.lexicon import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from retrieval.search.text import Tokenizer

PRONOUN_START = re.compile(
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


_SINGLE_NAME = re.compile(  # one capitalised word, not a month or weekday ("Putin told ...")
    rf"\b(?!(?i:{'|'.join(_MONTH_NAMES)}|{'|'.join(WEEKDAYS)})\b)[A-Z][a-z'\u2019]+\b"
)


_NAME_ANY = re.compile(  # a quoted title ("Squid Game") or a run of capitalised words
    '[\u201c"][A-Z][^\u201d"]{1,60}[\u201d"]|\\b[A-Z][\\w\'\u2019&.-]*(?:\\s+[A-Z][\\w\'\u2019&.-]*)*'
)


_PLACE = re.compile(r"\b(?:in|at|on|from|to|near|via|through)\s+(?:the\s+)?[A-Z][\w.'\u2019-]*")


_REASON = re.compile(
    r"\b(?:because|since|so that|in order to|to|due to|as a result|after|for)\b", re.IGNORECASE
)


QUOTE_MARKS = re.compile("[\"\u201c\u201d\u00ab\u00bb]|'[^']{12,}'")


OPENS_QUOTE = re.compile('^["\u201c\u00ab]')


_MEDIA = re.compile(
    r"\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s+(?:News|TV|Times|Post|Network|Journal|Press)\b|"
    r"\b(?:NBC|CBS|ABC|CNN|BBC|FOX|Fox|Reuters|Bloomberg|AP|AFP|Axios|Politico)\b"
)


def _new_name(
    pattern: re.Pattern[str], text: str, q: QuestionInfo, tokenizer: Tokenizer, *, skip_initial: bool = False
) -> float:
    """1.0 if the text holds a match (a name, a place) saying something the question does not: the
    answer, not the question's own words. A sentence's first word is capitalised anyway."""
    terms = set(q.terms)
    for m in pattern.finditer(text):
        if skip_initial and m.start() == 0:
            continue
        toks = tokenizer.term_set(m.group(0))
        if toks and not toks <= terms:
            return 1.0
    return 0.0


_MONTH_ALONE = re.compile(  # "in March", "by June": a month named alone (May only after a preposition)
    r"\b(?:January|February|March|April|June|July|August|September|October|November|December)\b|"
    r"\b(?:in|by|since|until|from|during|early|late|mid|last|next)[- ]May\b"
)


def type_score(kind: str, text: str, q: QuestionInfo, tokenizer: Tokenizer) -> float:
    """1 if the sentence holds the kind of thing asked for (0.5 for an open "what"), else 0."""
    if kind == "date":
        return 1.0 if _DATE_LIKE.search(text) or _MONTH_ALONE.search(text) else 0.0
    if kind == "number":
        return 1.0 if _NUMBER_LIKE.search(text) else 0.0
    if kind == "person":
        return max(
            _new_name(_NAME, text, q, tokenizer),
            _new_name(_SINGLE_NAME, text, q, tokenizer, skip_initial=True),
        )
    if kind == "place":
        return _new_name(_PLACE, text, q, tokenizer)
    if kind == "entity":
        return _new_name(_NAME_ANY, text, q, tokenizer, skip_initial=True)
    if kind == "media":
        return 1.0 if _MEDIA.search(text) else 0.0
    if kind == "quote":
        return 1.0 if QUOTE_MARKS.search(text) else 0.0
    if kind == "reason":
        return 1.0 if _REASON.search(text) else 0.0
    return 0.5
