"""A correction notice's sentence: one taking back what the coverage said before. Told once per sentence
when a corpus is built (``SentenceStore.notice``), since it depends on the sentence alone: a question
otherwise tested each of its hundreds of candidates and every sentence of the articles it quotes again.
A module of its own, with nothing of the answer code: the persisted index holds its verdicts, so the
index is rebuilt when this module changes, and only then."""

from __future__ import annotations

import re

#: a live page naming its own earlier copy: "an earlier update/entry/post", "we (had) earlier/previously",
#: "this post/blog (had) previously/earlier"; not "As we earlier reported, ...", which repeats it
OWN_EARLIER = (
    r"(?<!as )\b(?:an?|the|our)\s+(?:earlier|previous|prior)\s+(?:update|entry|post)"
    r"|(?<!as )\bwe\s+(?:had\s+)?(?:earlier|previously)"
    r"|\bthis\s+(?:post|blog|page|update|entry)\s+(?:had\s+)?(?:earlier|previously)"
)
#: a sentence taking back what the coverage said before ("Correction: An earlier update said 58
#: passengers were on board.", "An article on May 3 incorrectly stated ..."; not "A previous report by
#: the EPA also found ..."): what it repeats is wrong, and the sentence after it says what is right
_RETRACT_ADVERBS = ("incorrectly", "erroneously", "wrongly", "mistakenly")
_MIS_VERBS = ("stated", "identified", "reported", "spelled")
RETRACTS = re.compile(
    # (a live blog's entry opens with its stamp: "11:45 - Correction: we earlier reported ...")
    rf"^\W*(?:\d{{1,2}}[:.]\d{{2}}\b(?:\s*[ap]\.?\s?m\b\.?|\s*[A-Z]{{3,4}}\b)?\W*)?correction\b|\b(?:{'|'.join(_RETRACT_ADVERBS)})\s+(?:stated|said|reported|gave|"
    rf"identified|described)\b|\bmis(?:{'|'.join(_MIS_VERBS)})\b"
    # an outlet's own earlier copy ("An earlier version of a TechFront story reported ..."; not "An
    # earlier version of the bill said ...", a draft of something else)
    r"|\bearlier\s+version\s+of\s+(?:this|our|the|an?)\s+(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:story|article|report|coverage|post|piece)\b"
    # a live page's own earlier entry ("An earlier update said ...", "We earlier reported ...")
    rf"|(?:{OWN_EARLIER})\s+(?:said|stated|reported|wrote)\b",
    re.I,
)
#: a word every match of ``RETRACTS`` holds, one of them in any ASCII sentence it matches (``retracts``)
_RETRACT_WORDS = (
    *("correction", "version", "earlier", "previous", "prior"),
    *_RETRACT_ADVERBS,
    *(f"mis{v}" for v in _MIS_VERBS),
)


#: the letters other than ASCII ones that a case-insensitive pattern matches to an ASCII letter (the
#: ``re`` documentation's four: dotted and dotless i, long s, the Kelvin sign)
_ODD_CASES = ("\u0130", "\u0131", "\u017f", "\u212a")


def may_retract(text: str) -> bool:
    """Whether ``RETRACTS`` may match ``text`` or a part of it: not when it holds none of the pattern's
    words in lowercase and no letter the pattern's case-insensitive letters match but ASCII ones
    (``_ODD_CASES``); a word matched is then ASCII letters, which stay together in the lowercase text.
    Several times cheaper than the pattern, and one test of an article's whole text tells that none of
    its sentences is a notice."""
    if not text.isascii() and any(c in text for c in _ODD_CASES):
        return True
    low = text.lower()
    return any(w in low for w in _RETRACT_WORDS)


def retracts(text: str) -> bool:
    """``RETRACTS.search(text)``, for the hundreds of candidates a question scores: a sentence that
    ``may_retract`` says holds none of its words is passed over without running the pattern."""
    return may_retract(text) and RETRACTS.search(text) is not None
