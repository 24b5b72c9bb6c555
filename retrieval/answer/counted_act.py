"""Whether the coverage tells the act a "how many" counts at all: "how many people died in the flood"
counts the dead, "how many miners were injured" the injured, "how many people were arrested at the vigil"
the arrested. A coverage that never writes the act in any form (the verb, its derived words, a synonym
whose own first sense it is, or a verb entailing it: "killed" for "died") tells no count of it; the
nearest sentence's number counts something else ("17 people treated in hospital", "14 miners trapped",
"3,000 people gathered"), and the bot declines instead, unless that sentence tells the act by a verb
defined alike ("detained" of "arrested": both are defined by custody).

The act is read as the question writes it: a verb's past form ending the counted phrase ("how many
children died", "how many students have been expelled"), not a participle before a noun ("how many of
the stolen coins"), nor a verb after its subject ("how many fans does the stadium hold")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from retrieval.answer.bridge import verb_known, wordnet
from retrieval.answer.question import asked_sentence
from retrieval.answer.weights import WEIGHTS
from retrieval.lexicon import PREPOSITIONS, STOP_WORDS

#: "how many ..." and what follows it
_HOW_MANY = re.compile(r"^\W*how\s+many\s+(?P<rest>[^?]*)")
#: a question's words
_WORD = re.compile(r"[a-z][\w'\u2019-]*")
#: the auxiliaries a passive or perfect puts before the act ("were injured", "have been expelled")
_AUXILIARIES = frozenset(
    {"were", "was", "have", "has", "had", "are", "is", "been", "being", "be", "got", "get"}
)
#: the words a counted phrase may hold besides nouns, adjectives and names ("how many of the pupils")
_PHRASE_WORDS = frozenset({"of", "the"})
#: the words that may follow an act ending its clause ("died in", "expelled so far", "injured during"):
#: prepositions and the time words of its adverbials; an object after it ("received the email") makes
#: the counted noun the doer of another act, which its coverage may tell in any words
_AFTER_ACT = PREPOSITIONS | frozenset(
    {"during", "since", "before", "when", "while", "so", "last", "this", "yet"}
)
#: the most words read after "how many" for the act: a counted phrase and its auxiliaries
_MOST_WORDS = 8


@lru_cache(maxsize=1024)
def asked_act(question: str) -> tuple[str, frozenset[str]]:
    """The act a "how many" counts, as written and as its verb's base forms ("how many children died
    after taking the syrup" -> ("died", {"die"})), or ("", frozenset())."""
    wn = wordnet()
    m = _HOW_MANY.match(asked_sentence(question))
    if wn is None or m is None:
        return "", frozenset()
    words = _WORD.findall(m.group("rest"))[:_MOST_WORDS]
    auxiliary = False
    for i, word in enumerate(words):
        if word in _AUXILIARIES and i > 0:
            auxiliary = True
            continue
        if word in STOP_WORDS and word not in _PHRASE_WORDS:
            return "", frozenset()  # ("how many centres did the city open": the act is after its subject)
        lemmas = list(wn.lemmas(word))
        bases = frozenset(b for pos, b in lemmas if pos == "v")
        past = bool(bases) and word not in bases and not word.endswith(("s", "ing"))
        # (a past form that is also a noun, "found", is the act only after an auxiliary)
        if past and (auxiliary or not any(pos == "n" for pos, _ in lemmas)):
            after = words[i + 1] if i + 1 < len(words) else ""
            # ("the stolen silver coins": a participle before a noun describes it)
            return (word, bases) if not after or after in _AFTER_ACT else ("", frozenset())
        if auxiliary:
            return "", frozenset()
    return "", frozenset()


@lru_cache(maxsize=1024)
def act_words(word: str, bases: frozenset[str]) -> frozenset[str]:
    """The words a coverage may tell an act in: the verb's forms and derived words ("death", "injury"),
    its synonyms in the senses they mostly mean (``WordNet.own_synonyms``) with theirs, and the verbs
    entailing or causing it ("kill" for "die") and those it entails or causes ("die" for "kill")."""
    wn = wordnet()
    out = {word, *bases}
    if wn is None:
        return frozenset(out)
    senses = WEIGHTS.act_synonym_senses
    for base in bases:
        synonyms = wn.own_synonyms(base, senses)
        out |= (
            wn.related(base, synonyms=False) | synonyms | wn.implying(base, senses) | wn.implied(base, senses)
        )
        for other in synonyms:
            out |= wn.related(other, synonyms=False)
    return frozenset(out)


def _defined_alike(bases: frozenset[str], statement: str) -> bool:
    """Whether a verb of ``statement`` and the act are defined by one another's nouns (``WordNet.
    clause_words``, as ``answer.glossed`` reads them): "detained" tells "arrested" ("arrest": "take into
    custody"; "detain" -> "custody"), a word the act's own words and synonyms miss."""
    wn = wordnet()
    if wn is None:
        return False
    senses = WEIGHTS.gloss_senses
    clause = frozenset().union(*(wn.clause_words(b, senses) for b in bases))
    nouns = {
        w for b in bases for w in wn.related(b, WEIGHTS.bridge_senses) if w.isalpha() and wn.mostly_noun(w)
    }
    for word in set(_WORD.findall(statement.lower())):
        if word in STOP_WORDS or not verb_known(word):
            continue
        if clause & wn.related(word, WEIGHTS.bridge_senses) or wn.clause_words(word, senses) & nouns:
            return True
    return False


def untold_act(question: str, statement: str, in_corpus: Callable[[str], bool]) -> str:
    """The act a "how many" counts, as asked, when no word telling it is in the coverage (``in_corpus``)
    and the answer's first ``statement`` tells it by no verb defined alike (``_defined_alike``); "" when
    the question counts no act or the coverage tells it."""
    word, bases = asked_act(question)
    if not word or any(in_corpus(w) for w in act_words(word, bases)) or _defined_alike(bases, statement):
        return ""
    return word
