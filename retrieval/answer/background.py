"""A reason told as reported background: what someone says had happened before the act.

News tells an act first and why it was done in the next sentence or two, often in no cause word: the
past perfect places what it tells before the act, and an attribution closing the sentence says whose
account it is ("The council closed the bridge on Monday. Engineers had found cracks in two of its
supports, a council spokesperson said."; "Organisers cancelled the fair. The field had been flooded by
a week of rain, organiser Jane Moss said."). Both are read by form, not by words of any coverage: a
"had" before a verb's participle (WordNet reads it as an inflected verb form), and a closing
"..., <someone> said." or "..., according to <someone>.", or a quotation its paragraph attributes
('"The sea was very heavy and the ship had lost engine power. My crews did an extraordinary job," he
said.'). A sentence in the past perfect alone is as
often a story's scene ("The bridge had carried 9,000 vehicles a day"), and one attributed alone as
often what followed ("Drivers face a diversion, police said"), so both are asked for; and even then it
is weak evidence, read only of a sentence right after one telling the asked act that gives no reason
itself (``select._holder``), never as a candidate's own type.

A sentence referring back to the act and saying what it followed tells what came before it, its cause
as news gives one ("The council closed the bridge on Monday. The decision followed an inspection that
found cracks"; ``follows_cause``): read of the sentences right after the act as a reason word is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.answer.bridge import wordnet
from retrieval.search.wordnet import NOUN_ACT, NOUN_COMMUNICATION, NOUN_EVENT, NOUN_PROCESS, NOUN_STATE

#: "had", an adverb maybe, and the word after it ("had found", "had not been", "had already failed"), a
#: quotation opening on it maybe ('had "lost confidence"')
_HAD = re.compile(
    r"\bhad\s+(?:(?:not|never|already|earlier|previously|recently|repeatedly|also)\s+)?[\"\u201c]?"
    r"(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
#: an attribution closing its sentence: a comma, whoever speaks (no quotation or clause between) and a
#: verb of saying, a time phrase maybe after it ("..., a council spokesperson said on Tuesday."), or
#: "according to" someone
_CLOSING_ATTRIBUTION = re.compile(
    r",[\"\u201d]?\s+(?:[^,;:\"\u201c\u201d]{1,70}?\s+(?:said|says|told\s+[a-z]+|added|explained|confirmed)"
    r"(?:\s+(?:on|last|this|in)\s+[A-Za-z0-9 ]{1,25})?|according\s+to\s+[^,;:\"\u201c\u201d]{1,70})"
    r"\W*$",
    re.IGNORECASE,
)


#: an attribution opening its sentence: whoever speaks (no quotation or clause between) and a verb of
#: saying, "that" maybe after it ("Okafor said the committee had lost confidence ...", "A spokesman for
#: the council told reporters that ..."); what follows is the reported clause
_OPENING_ATTRIBUTION = re.compile(
    r"^\W*[^\"\u201c\u201d,;:]{1,70}?\s+(?:said|says|told\s+[a-z]+|added|explained|confirmed)"
    r"(?:\s+(?:on|last|this)\s+[A-Za-z]+)?(?:\s+that)?\s",
    re.IGNORECASE,
)


#: a time after the act the sentence before tells ("Doctors said two days later that her condition had
#: improved", "has since been"): what the sentence reports came after the act, so it is no reason for it
_AFTERWARDS = re.compile(
    r"\b(?:later|afterwards|since then|subsequently|has since|have since)\b", re.IGNORECASE
)


def reports_background(text: str, quoted: bool = False) -> bool:
    """Whether a sentence reports, in someone's words closing it (``_CLOSING_ATTRIBUTION``) or opening
    it (``_OPENING_ATTRIBUTION``: the reported clause after it), or ``quoted``, opening a quotation its
    paragraph attributes to someone (the caller reads the paragraph), what had happened before (``_HAD`` and
    a past participle: a verb form WordNet reads as inflected that is not a third person's "-s", "had
    cracks" being a noun's). Someone who "had said" is an earlier word (``select._said_before``), read
    there. Nor a report told as coming after the act (``_AFTERWARDS``)."""
    reported = reported_clause(text, quoted)
    return reported is not None and past_perfect(reported)


def reported_clause(text: str, quoted: bool = False) -> str | None:
    """What a sentence reports: the text before an attribution closing it, after one opening it, or the
    whole of a ``quoted`` one; None when it is no report or tells a time after the act (``_AFTERWARDS``)."""
    if wordnet() is None or _AFTERWARDS.search(text):
        return None
    closing = _CLOSING_ATTRIBUTION.search(text)
    opening = _OPENING_ATTRIBUTION.match(text)
    if closing is not None:
        return text[: closing.start()]
    if opening is not None:
        return text[opening.end() :]
    return text if quoted else None


def past_perfect(text: str) -> bool:
    """Whether a text holds a past perfect: ``_HAD`` and a past participle, a verb form WordNet reads as
    inflected that is not a third person's "-s" ("had cracks" is a noun's)."""
    wn = wordnet()
    if wn is None:
        return False
    for m in _HAD.finditer(text):
        low = m.group("verb").lower()
        if low.endswith("s"):
            continue
        if low == "been" or any(pos == "v" and lemma != low for pos, lemma in wn.lemmas(low)):
            return True
    return False


#: a text opening on a personal pronoun for the person or the people the sentence before names ("He had
#: not acted ...", "She said she had not known ...", "They said ..."); ``one`` when it is a single person's
PRONOUN_OPENING = re.compile(r"^\W*(?:(?P<one>he|she)|they)\b", re.IGNORECASE)
#: a negative or a failing ("had not known", "had never told", "hadn't", "had failed to act"): what
#: someone had not done, a fault an act may answer
_FAILING = re.compile(r"\b(?:not|never|failed|failing)\b|n['\u2019]t\b", re.IGNORECASE)
#: the words WordNet leads a failing verb's definition with ("ignore": "refuse to acknowledge", "miss":
#: "fail to attend", "neglect": "fail to do something"): a verb for not doing what was due
_FAILING_DEFINED = frozenset({"fail", "refuse", "neglect"})
#: how many of a verb's most frequent senses ``own_failing`` reads the definitions of
_FAILING_SENSES = 2


def tells_what_they_had_done(text: str) -> bool:
    """Whether a sentence tells, of a person a pronoun refers back to, what they had done before
    (``PRONOUN_OPENING``, "had" and a past perfect: "He had not acted on the auditors' warning in March"):
    read only right after that person's own account of their act (``select._account_reason``), where the
    pronoun is theirs and the past perfect places it before the act. Not a report said to come after
    it (``_AFTERWARDS``)."""
    m = PRONOUN_OPENING.match(text)
    if m is None or text[m.end() :].lower().split(None, 1)[:1] != ["had"] or _AFTERWARDS.search(text):
        return False
    return past_perfect(text[m.end() :])


def own_failing(clause: str, subject: frozenset[str], terms: Callable[[str], frozenset[str]]) -> bool:
    """Whether a clause in the past perfect is bound to an act's subject and tells a failing of it: what
    stands before its "had" is a pronoun (``PRONOUN_OPENING``) or holds a term of ``subject`` (the
    question's, read by ``terms``), and it holds a negative or a failing (``_FAILING``: "she had not known
    about the scheme", "he had not acted on the warning"), or its participle is a verb WordNet defines as
    a failing (``_FAILING_DEFINED``: "she had ignored the warnings"). Background with a year ("he had
    joined its board in 2019", "the bridge had opened in 1932") explains no act."""
    m = _HAD.search(clause)
    wn = wordnet()
    if m is None or wn is None:
        return False
    head = clause[: m.start()]
    if not PRONOUN_OPENING.match(head) and subject.isdisjoint(terms(head)):
        return False
    if _FAILING.search(clause):
        return True
    bases = {lemma for pos, lemma in wn.lemmas(m.group("verb").lower()) if pos == "v"}
    return any(not wn.defined_by(b, "v", _FAILING_SENSES).isdisjoint(_FAILING_DEFINED) for b in bases)


#: a sentence opening on a reference back (a pronoun, or a definite noun up to two words after its
#: determiner) and "followed" or "follows": what the thing referred to came after ("The decision
#: followed a run of withdrawals", "It follows weeks of losses"); not "followed up" or "followed suit"
#: (doing more, doing as another did), which tell no earlier thing
_FOLLOWED = re.compile(
    r"^\W*(?:it|this|that|(?:the|this|that|its|their)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*))"
    r"\s+(?:(?:had|has)\s+)?follow(?:ed|s)\s+(?!up\b|suit\b)\w",
    re.IGNORECASE,
)
#: WordNet's classes of a noun for what happens (an act, a communication, an event, a process, a
#: state: "decision", "move", "announcement", "freeze", "crisis"), which may refer back to an act; not a
#: noun for who or what acts ("The crowd followed the coffin", "The car followed")
_HAPPENINGS = frozenset({NOUN_ACT, NOUN_COMMUNICATION, NOUN_EVENT, NOUN_PROCESS, NOUN_STATE})


def follows_cause(text: str, act: frozenset[str]) -> bool:
    """Whether a sentence refers back to an act and says what it followed (``_FOLLOWED``): a pronoun,
    or a noun of a verb of ``act`` (the base forms of the asked act), the same word ("freeze") or one
    WordNet derives from it ("suspension" of "suspend"), or one it files first as something that
    happens (``_HAPPENINGS``: "The decision followed ..."). Read only right after a sentence telling
    the act (``select._holder``), where the reference is to it."""
    m = _FOLLOWED.match(text)
    wn = wordnet()
    if m is None or wn is None:
        return False
    noun = m.group("noun")
    if noun is None:
        return True
    low = noun.lower()
    bases = {lemma for pos, lemma in wn.lemmas(low) if pos == "n"}
    return bool(bases & act_names(act)) or bool(wn.sense_classes(low, "n", 1) & _HAPPENINGS)


def act_names(act: frozenset[str]) -> frozenset[str]:
    """The words a sentence may name an act by as its subject: the base forms of its verbs (``act``,
    "freeze") and the words WordNet derives from them ("suspension" of "suspend"); ``act`` alone without
    WordNet."""
    wn = wordnet()
    if wn is None:
        return act
    return act | {n for b in act for n in wn.related(b, 1, synonyms=False)}
