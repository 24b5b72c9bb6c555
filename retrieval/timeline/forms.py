"""The forms a timeline topic's word is written in: its own (``word_family``: "ratification" ->
"ratify"), its base form when it is typed inflected ("sued" -> "sue", "died" -> "die"), the words a
WordNet derivation makes of it whatever their spelling ("death" -> "die", "sue" -> "suit"), and a
synonym written as a compound of it or it of the synonym ("lawsuit" ~ "suit"), with their forms in turn:
"timeline lawsuit" is about a sentence saying a mother "sued", "timeline death" about one saying two
people "died"; and a title's abbreviation ("Gov." for "governor", "Det." for "detective")."""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.answer.bridge import word_family, wordnet
from retrieval.answer.weights import WEIGHTS
from retrieval.lexicon import TITLE_ABBREVIATIONS

#: the fewest letters of the shorter of a word and its synonym for one to be read as a compound of the
#: other ("suit" in "lawsuit"): fewer reads chance endings as compounds ("ax" of "tax")
_COMPOUND_PART = 4


def topic_family(word: str) -> frozenset[str]:
    """The words that count for ``word`` in a timeline topic (empty without WordNet)."""
    wn = wordnet()
    if wn is None:
        return frozenset()
    low = word.lower()
    bases = {lemma for _, lemma in wn.lemmas(low)} | {low}
    derived = _derived(bases)
    compounds = {
        syn
        for k in bases | derived
        for syn in wn.related(k, WEIGHTS.bridge_senses, synonyms=True)
        if syn.isalpha()
        and len(min(syn, k, key=len)) >= _COMPOUND_PART
        and (syn.endswith(k) or k.endswith(syn))
    }
    kin = bases | derived | compounds | {f for c in compounds for f in _derived({c})}
    out = set(word_family(low)) | kin
    for k in kin:
        # its inflections as a noun or a verb ("died", "suits", "voted" of "vote"), not an adjective's degrees
        candidates = word_family(k) | _regular(k)
        out.update(f for f in candidates if any(p in "nv" and lemma == k for p, lemma in wn.lemmas(f)))
    # the abbreviation news copy writes the word as before a name: "Gov. Ed Vance declared ..." is the
    # governor's event
    out.update(short for short, full in TITLE_ABBREVIATIONS.items() if full in bases)
    out.discard(low)
    return frozenset(out)


def _derived(bases: set[str]) -> set[str]:
    """The words WordNet's derivation pointers make of ``bases`` ("death" -> "die", "sue" -> "suit"), not
    the inflections of the bases themselves: those ``word_family`` keeps or leaves out (a homograph's verb
    form, "led" of "lead" the metal, is no form of the metal)."""
    wn = wordnet()
    assert wn is not None
    return {
        form
        for b in bases
        for form in wn.related(b, WEIGHTS.bridge_senses, synonyms=False)
        if form.isalpha() and not {lemma for _, lemma in wn.lemmas(form)} & bases
    }


def _regular(base: str) -> set[str]:
    """The spellings a regular ending gives ``base`` ("die" -> "died", "dies"; "sue" -> "sued", "suing";
    "stop" -> "stopped"): each is kept only where WordNet's own inflection rules read it back to ``base``."""
    if base.endswith("e"):
        return {base + "s", base + "d", base[:-1] + "ing"}
    if base.endswith("y"):
        return {base + "s", base[:-1] + "ies", base[:-1] + "ied", base + "ing", base + "ed"}
    plural = base + "es" if base.endswith(("s", "x", "z", "ch", "sh")) else base + "s"
    double = base + base[-1]
    if _SHORT_CVC.fullmatch(base):  # one syllable closed by one consonant doubles it: "stopped", not "stoped"
        return {plural, double + "ed", double + "ing"}
    return {plural, base + "ed", base + "ing", double + "ed", double + "ing"}


#: a word of one syllable ending in a single vowel and a single consonant (not w, x or y): "stop", "win"
_SHORT_CVC = re.compile(r"[^aeiouy]*[aeiou][^aeiouwxy]")


def spelled_topic(topic: str, spelled: Callable[[str], tuple[str, ...]]) -> str | None:
    """The topic with each acronym among its words spelled out as the coverage writes it ("lumora ceo" ->
    "lumora chief executive"; ``spelled``: ``bridge.written_spelling``'s words); None when no word is such
    an acronym. The coverage tells one story in both ("ousted as CEO", "named chief executive"), and a
    timeline of one spelling would miss the other's events."""
    words = topic.split()
    changed = False
    for i, word in enumerate(words):
        low = word.lower().strip(".,;:!?\"'")
        if 2 <= len(low) <= 5 and low.isalpha() and (need := spelled(low)):
            words[i], changed = " ".join(need), True
    return " ".join(words) if changed else None
