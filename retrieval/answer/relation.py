"""Whether a sentence on a question's topic holds what the question asks in the relation it asks: a
question term held itself or by a synonym (``credit``), and the thing a "how many" counts as what its
number counts (``counts``): a "how many trams" is not answered by "two tram lines", which counts lines."""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.answer.bridge import wordnet
from retrieval.answer.question import QuestionInfo
from retrieval.answer.types import near_numbers
from retrieval.answer.weights import WEIGHTS
from retrieval.lexicon import STOP_WORDS
from retrieval.search.text import Tokenizer

_WORDS = re.compile(r"[A-Za-z][\w'\u2019-]*")


def credit(q: QuestionInfo, term: str, terms: frozenset[str] | set[str]) -> float:
    """How far a sentence with index terms ``terms`` holds a question term: 1 for the term itself or a
    misspelt term's correction, ``bridge_credit`` for a synonym or derived form, else 0."""
    if term in terms:
        return 1.0
    b = q.bridges.get(term)
    if b is None:
        return 0.0
    if b.standing == "corrected" and b.search and b.search[0] in terms:
        return 1.0
    if b.variants and not b.variants.isdisjoint(terms):
        return WEIGHTS.bridge_credit
    return 0.0


def counts(q: QuestionInfo, text: str, tokenizer: Tokenizer) -> bool:
    """Whether a sentence counts what a "how many X" asks about: a number within a few words of X (or
    a word standing for it): "two people were injured", "1,200 of its soldiers", "net users number
    100m", not "a 3-day truce to retrieve the bodies of fallen soldiers", whose number counts days, nor
    "two tram lines" (``only_modifier``)."""
    counted = q.counted_with if only_modifier(q, text, tokenizer) else (q.counted, *q.counted_with)
    return any(
        credit(q, t, near) for near in near_numbers(text, tokenizer, WEIGHTS.count_window) for t in counted
    )


def only_modifier(q: QuestionInfo, text: str, tokenizer: Tokenizer) -> bool:
    """Whether a sentence writes the noun a "how many" counts only as a modifier of another noun: the
    question's plural in its singular right before a noun ("how many trams" -> "two tram lines",
    "a tram depot"), which counts that other noun. English compounds take the modifier in the
    singular, so a plural question word written singular before a noun is not the thing counted."""
    wn = wordnet()
    asked = q.term_words.get(q.counted, "")
    if wn is None or not asked:
        return False
    singular = {lemma for pos, lemma in wn.lemmas(asked) if pos == "n" and lemma != asked}
    if not singular:
        return False  # the question's word is not a plural
    words = [m.group(0) for m in _WORDS.finditer(text)]
    found = False
    for i, word in enumerate(words):
        if q.counted not in tokenizer.term_set(word):
            continue
        after = words[i + 1].lower() if i + 1 < len(words) else ""
        compound = (
            (
                word.lower() in singular
                and text.find(f"{word} {words[i + 1]}") >= 0
                and after not in STOP_WORDS
                and any(pos == "n" for pos, _ in wn.lemmas(after))
            )
            if after
            else False
        )
        if not compound:
            return False
        found = True
    return found


def _forms(q: QuestionInfo, term: str) -> frozenset[str]:
    """A question term and the words that stand for it (its synonyms and derived forms: "defence" ~
    "defense", "Russia" ~ "Russian")."""
    b = q.bridges.get(term)
    return frozenset({term}) | (b.variants if b is not None else frozenset())


def owner_elsewhere(
    q: QuestionInfo, text: str, held: frozenset[str], tokenizer: Tokenizer, is_name: Callable[[str], bool]
) -> bool:
    """Whether a sentence writes the title a question binds to a name ("russia's defence minister")
    with no one's name before it, and names the question's owner only in another title ("Defense
    Minister Rustem Umerov said ... Ukraine seeks a meeting with Russian President Vladimir Putin"):
    the owner it names holds the other title, and the one asked about is someone else's."""
    wn = wordnet()
    if wn is None:
        return False
    words = [m.group(0) for m in _RUN_WORD.finditer(text)]
    for owner, noun, _ in q.bound:
        if not is_name(owner) or noun == q.head or noun in q.kind_terms or held.isdisjoint(_forms(q, noun)):
            continue
        nouns, owners = _forms(q, noun), _forms(q, owner)
        at = [i for i, w in enumerate(words) if not nouns.isdisjoint(tokenizer.term_set(w.strip(_STOPS)))]
        mine = [i for i, w in enumerate(words) if not owners.isdisjoint(tokenizer.term_set(w.strip(_STOPS)))]
        if not at or not mine or not all(_title_at(words, i) and _unowned(words, i) for i in at):
            continue
        if all(_titled(words, i, nouns, tokenizer) for i in mine):
            return True
    return False


_RUN_WORD = re.compile(r"[\w'\u2019.&-]+[,;:)\u201d\"]?")
_STOPS = ",;:)\u201d\"'.\u2019"


def _unowned(words: list[str], i: int) -> bool:
    """Whether the capitalised title at ``words[i]`` has no name before it: it opens the sentence, or
    the word before it is written lowercase or ends a clause ("... said Defense Minister X")."""
    j = i
    while j > 0 and words[j - 1][:1].isupper() and words[j - 1][-1] not in _STOPS:
        j -= 1
    return all(_title_word(w) for w in words[j:i])


def _title_word(word: str) -> bool:
    wn = wordnet()
    w = word.strip(_STOPS)
    return wn is not None and not wn.noun_classes(w)[0] and not wn.proper(w) and wn.known(w)


def _title_at(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is written as a title: capitalised past the sentence's first word, or
    opening it before another capitalised word ("Defense Minister ...", not "Shares in ...")."""
    if not words[i][:1].isupper():
        return False
    return i > 0 or (len(words) > 1 and words[i][-1] not in _STOPS and words[1][:1].isupper())


def _titled(words: list[str], i: int, nouns: frozenset[str], tokenizer: Tokenizer) -> bool:
    """Whether the owner's name at ``words[i]`` modifies another title of a person ("Russian
    President", not "Multiplex Group"): followed by a capitalised common word naming a person's role
    (WordNet's class 18) that is not the asked title."""
    wn = wordnet()
    if wn is None or words[i][-1] in _STOPS or i + 1 >= len(words):
        return False
    after = words[i + 1]
    word = after.strip(_STOPS)
    return (
        after[:1].isupper()
        and _title_word(after)
        and _PERSON in wn.noun_classes(word)[1]
        and tokenizer.term_set(word).isdisjoint(nouns)
    )


#: WordNet's lexicographer class of nouns for people ("president", "minister", "chief")
_PERSON = 18
