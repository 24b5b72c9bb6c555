"""A correction notice's sentence: one taking back what the coverage said before. Told once per sentence
when a corpus is built (``SentenceStore.notice``), since it depends on the sentence alone: a question
otherwise tested each of its hundreds of candidates and every sentence of the articles it quotes again.
A module of its own, with nothing of the answer code: the persisted index holds its verdicts, so the
index is rebuilt when this module changes, and only then."""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.lexicon import STOP_WORDS, figures
from retrieval.search.text import stem

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
    r"(?:story|article|report|coverage|post|piece|blog|page|entry|update)\b"
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


#: what may stand between a notice's cue and the claim it takes back ("... said that ...", "version of
#: this blog said ..."); a notice labelled only "Correction:" names no claim ("Correction: Dr Vell resigned."
#: is what is right)
_CLAIM_START = re.compile(r"\W*(?:(?:had\s+)?(?:said|stated|reported|wrote|gave)\s+)?(?:that\s+)?", re.I)
_LABEL_ONLY = re.compile(r"\W*(?:\d{1,2}[:.]\d{2}\S*(?:\s*[ap]\.?\s?m\b\.?)?\W*)?correction\W*$", re.I)
#: where a claim ends inside its notice's sentence, before what is right ("... had died; the confirmed
#: toll was seven", "... had closed - it remained open", "..., but it remained open")
_CLAIM_END = re.compile(r"[;:]|\s[-\u2013\u2014]\s|,\s+(?:but|when|whereas|while|and\s+that)\b", re.I)
_CLAIM_WORD = re.compile(r"[^\W\d_]{2,}")
#: the least share of a claim's content words an earlier sentence of the same article must hold (and every
#: figure the claim states) to be the entry the notice takes back: lower takes back entries that only
#: share the topic ("the emergency department reopened"), higher misses one the notice words differently
RETRACTED_SHARE = 0.75
#: a claim of fewer content words than this names no entry ("An earlier update said it." names none)
CLAIM_WORDS_MIN = 2


def taken_back_claim(notice: str) -> str:
    """The claim a notice names as what the page said wrongly: the words after its last cue up to a
    clause break ("Correction: an earlier entry said the department had closed." -> "the department had
    closed."); "" for a notice naming none ("Correction: Dr Vell resigned.")."""
    last = None
    for cue in RETRACTS.finditer(notice):
        last = cue
    if last is None or _LABEL_ONLY.fullmatch(last.group()):
        return ""
    rest = notice[last.end() :]
    rest = rest[_CLAIM_START.match(rest).end() :]  # type: ignore[union-attr]  # (it matches "")
    end = _CLAIM_END.search(rest)
    return rest[: end.start()] if end else rest


def _content(text: str) -> set[str]:
    """The stems of a text's content words, number words aside (they are its figures)."""
    return {
        stem(w)
        for w in (m.group().lower() for m in _CLAIM_WORD.finditer(text))
        if w not in STOP_WORDS and not figures(w)
    }


def withdrawn_entries(texts: Sequence[str], paragraphs: Sequence[int], notices: Sequence[bool]) -> list[int]:
    """The sentences of one article its own correction notices take back (``taking_back``), in order."""
    return sorted(taking_back(texts, paragraphs, notices))


def taking_back(texts: Sequence[str], paragraphs: Sequence[int], notices: Sequence[bool]) -> dict[int, int]:
    """The sentences of one article that its own correction notices take back: an earlier sentence (in
    an earlier paragraph than the notice's) holding ``RETRACTED_SHARE`` of the content words of the
    claim the notice names and every figure it states ("An earlier version of this blog said eight people
    had died" takes back "Eight people have died, police said."). Such a sentence is no longer the
    page's word and is never quoted as fact; the notice itself is. Each with the first notice taking it
    back."""
    out: dict[int, int] = {}
    for i, is_notice in enumerate(notices):
        if not is_notice:
            continue
        claim = taken_back_claim(texts[i])
        words = _content(claim)
        if len(words) < CLAIM_WORDS_MIN:
            continue
        stated = figures(claim)
        for j in range(i):
            if notices[j] or paragraphs[j] == paragraphs[i]:
                continue
            if stated and not stated <= figures(texts[j]):
                continue
            if len(words & _content(texts[j])) >= RETRACTED_SHARE * len(words):
                out.setdefault(j, i)
    return out
