"""Whether a sentence on a question's topic holds what the question asks in the relation it asks: a
question term held itself or by a synonym (``credit``), and the thing a "how many" counts as what its
number counts (``counts``): a "how many trams" is not answered by "two tram lines", which counts lines."""

from __future__ import annotations

import re
from functools import lru_cache

from retrieval.answer.bridge import person_noun, wordnet
from retrieval.answer.question import QuestionInfo
from retrieval.answer.types import asks_for_noun, near_numbers, words_after_numbers
from retrieval.answer.weights import WEIGHTS
from retrieval.lexicon import PLACE_PREPOSITIONS, SPELLED_NUMBER, STOP_WORDS
from retrieval.search.text import Tokenizer
from retrieval.search.wordnet import NOUN_PERSON

#: a word of a sentence, its apostrophes and hyphens with it
_WORDS = re.compile(r"[A-Za-z][\w'\u2019-]*")
#: a number joined by a hyphen to the word after it ("9-year", "nine-year"): that word is its unit, the
#: thing counted, however a noun follows ("a 9-year tenure" counts years)
_JOINED_TO_NUMBER = re.compile(r"\d-$")
_COUNT_JOINED = re.compile(rf"^(?:{SPELLED_NUMBER})-[a-z]", re.IGNORECASE)


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
    if b.phrase and b.phrase <= terms:
        return 1.0
    if b.variants and not b.variants.isdisjoint(terms):
        return WEIGHTS.bridge_credit
    return 0.0


def adjective_only(q: QuestionInfo, text: str, tokenizer: Tokenizer) -> bool:
    """Whether a sentence holds the verb a yes/no question inflects ("has it been fined") only as its bare
    form used as the adjective that form mostly is ("may seem fine"): the stem joins the two, which say
    different things. The bare form after a word leading a verb ("may fine") or a noun ("a $5 million
    fine") is the verb or its noun."""
    wn = wordnet()
    word = q.term_words.get(q.done, q.done)
    if wn is None or not q.done:
        return False
    bare = {lemma for pos, lemma in wn.lemmas(word) if pos == "v"} - {word}
    if not bare or any(pos != "v" for pos, _ in wn.lemmas(word)):
        return False  # the question writes the bare form, or a form that is more than a verb's
    found = False
    for m in _WORDS.finditer(text):
        w = m.group(0).lower()
        if q.done not in tokenizer.term_set(w):
            continue
        if w not in bare or _LEADS_WORD.search(text, 0, m.start()) or not _mostly_adjective(w):
            return False
        found = True
    return found


#: the words before a bare form that make it a verb ("may fine") or a noun ("a $5 million fine")
_LEADS_WORD = re.compile(
    r"(?:\b(?:to|will|would|can|could|should|must|may|might|shall)|"
    r"\b(?:a|an|the|its|their|his|her|any|no)(?:\s+[\w$,.-]+){0,2})\s+$",
    re.IGNORECASE,
)


def _mostly_adjective(word: str) -> bool:
    """Whether a word is an adjective more often than a verb or a noun in WordNet's tagged corpus."""
    wn = wordnet()
    if wn is None:
        return False
    return wn.tagged(word, "a") > wn.tagged(word, "v") + wn.tagged(word, "n")


#: a reporter's unnamed sources counted ("two people with knowledge of the investigation told ...",
#: "three people familiar with the matter said", "two officials briefed on the talks"): news's way of
#: saying where it learnt something, whose number counts no one the story is about
_SOURCING = re.compile(
    r"\b[\w,.-]+\s+(?:[a-z-]+\s+){0,2}?(?:familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on)\b",
    re.IGNORECASE,
)


def counts(q: QuestionInfo, text: str, tokenizer: Tokenizer, *, itself: bool = False) -> bool:
    """Whether a sentence counts what a "how many X" asks about: a number within a few words of X (or
    a word standing for it): "two people were injured", "1,200 of its soldiers", "net users number
    100m", not "a 3-day truce to retrieve the bodies of fallen soldiers", whose number counts days, nor
    "two tram lines" (``only_modifier``), nor a reporter's sources ("two people familiar with the
    matter": ``_SOURCING``). With ``itself``, only a number of X itself, not of the nouns describing it
    ("how many injury reports": "17 injury reports", not "one injury")."""
    text = _SOURCING.sub(" ", text)
    counted = q.counted_with if only_modifier(q, text, tokenizer) else (q.counted, *q.counted_with)
    if itself:
        counted = tuple(t for t in counted if t == q.counted)
    own = bool(counted) and counted[0] == q.counted  # the counted noun itself, not only its describers
    # its broader kinds and its kinds, whose number counts it too
    related = _broader(q, tokenizer) | _kinds(q, tokenizer) if own else frozenset()
    # "how many injury reports": "one injury has been reported" counts no reports (a verb of its stem)
    nouns = asks_for_noun(q.term_words.get(q.counted, q.counted))
    return (
        any(
            credit(q, t, near) or not related.isdisjoint(near)
            for near in near_numbers(text, tokenizer, WEIGHTS.count_window, nouns)
            for t in counted
        )
        or (own and _counts_compound(q, text))
        or (bool(q.counted) and _counts_deeper_kind(q, text))
        or _counts_people(q, text, tokenizer)
        or _number_of_stated(q, counted, text, tokenizer)
        or (not itself and object_figure(q, text, tokenizer))
    )


#: "how many fans does the stadium hold": the counted noun, the subject and the verb ending the question
_HOW_MANY_DOES = re.compile(
    r"^\W*how\s+many\s+[\w'\u2019 -]+?\s+(?:do|does|did|will|would|can|could)\s+"
    r"(?P<subject>[\w'\u2019 -]+?)\s+(?P<verb>[a-z]+)\s*\??\s*$",
    re.IGNORECASE,
)
#: a bare figure as a verb's object: a word or two of approximation, the figure, then the clause's end
_BARE_FIGURE = re.compile(
    rf"\s+(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|up\s+to|just\s+under|just\s+over)\s+)?"
    rf"(?:\d[\d,]*(?:\.\d+)?|{SPELLED_NUMBER})(?=\s*(?:[.;,:)]|$))",
    re.IGNORECASE,
)


def asked_count_verb(question: str) -> tuple[str, str] | None:
    """The subject and the verb of a "how many X does S VERB" ("how many fans does Millbrook Lane hold"
    -> ("Millbrook Lane", "hold")), or None."""
    m = _HOW_MANY_DOES.match(question.strip())
    return (m.group("subject"), m.group("verb")) if m else None


def object_figure(q: QuestionInfo, text: str, tokenizer: Tokenizer) -> bool:
    """Whether a sentence gives a "how many X does S VERB" its count as the verb's bare object, S its
    subject ("Millbrook Lane holds 14,200."; "The plant employs about 420."): the figure stands for X,
    which the question names and the sentence need not repeat. A figure followed by a noun counts that
    noun (``near_numbers`` reads it), so only a figure ending its clause is read here."""
    asked = asked_count_verb(q.text)
    if asked is None:
        return False
    subject, verb = asked
    held = tokenizer.term_set(text)
    subject_terms = tokenizer.term_set(subject)
    verb_terms = tokenizer.term_set(verb)
    if not subject_terms or not verb_terms or not subject_terms <= held:
        return False
    return any(
        tokenizer.term_set(m.group(0)) == verb_terms and _BARE_FIGURE.match(text, m.end())
        for m in _WORDS.finditer(text)
    )


#: "the number of ships waiting ... has reached 31": a count stated of the words after "number of"
_NUMBER_OF = re.compile(
    r"\b(?:number|count|tally)\s+of\s+((?:[\w'\u2019-]+\s+){0,2}[\w'\u2019-]+)", re.IGNORECASE
)
#: a figure written after it ("31", "nine", "1,240")
_FIGURE_AFTER = re.compile(rf"\b(?:\d[\d,.]*|{SPELLED_NUMBER})\b", re.IGNORECASE)


def _number_of_stated(q: QuestionInfo, counted: tuple[str, ...], text: str, tokenizer: Tokenizer) -> bool:
    """Whether a sentence states "the number of X" as a figure it gives after it ("The number of ships
    waiting ... has reached 31", "put the number of serious injuries at nine"): a count of X, however
    far the figure stands from X's word."""
    for m in _NUMBER_OF.finditer(text):
        held = tokenizer.term_set(m.group(1))
        if any(credit(q, t, held) for t in counted) and _FIGURE_AFTER.search(text, m.end()):
            return True
    return False


#: WordNet's lexicographer classes of things (noun.artifact) and animals (noun.animal): a number of
#: their broader kind counts them ("four aircraft" for planes, "two vessels" for ships), where a broader
#: kind of a person or an act is too broad ("workers" -> "people"; "jobs" -> "activities")
_COUNTABLE_KINDS = frozenset({5, 6})
#: the classes a narrower kind a number counts may be of (``_counts_deeper_kind``): things, animals and
#: persons. Narrower is safe where broader is not: every vice president is an executive, not every
#: person a worker
_NARROWER_KINDS = _COUNTABLE_KINDS | {NOUN_PERSON}


def _broader(q: QuestionInfo, tokenizer: Tokenizer) -> frozenset[str]:
    """The index terms of the broader kinds of the thing a "how many" counts (``counted_broader_words``)."""
    word = q.term_words.get(q.counted, q.counted)
    if not word:
        return frozenset()
    return frozenset(t for w in counted_broader_words(word) for t in tokenizer.tokens(w))


@lru_cache(maxsize=4096)
def counted_broader_words(word: str) -> frozenset[str]:
    """The broader kinds (``AnswerWeights.counted_broader`` classes up) of a counted noun that is a thing
    or an animal, looked up once per word: every candidate of a "how many" is judged by them."""
    wn = wordnet()
    if wn is None or not wn.sense_classes(word, "n", 1) & _COUNTABLE_KINDS:
        return frozenset()
    return wn.broader(word, WEIGHTS.counted_broader)


def _kinds(q: QuestionInfo, tokenizer: Tokenizer) -> frozenset[str]:
    """The index terms of the kinds of the thing a "how many" counts (``_kind_words``)."""
    word = q.term_words.get(q.counted, q.counted)
    return frozenset(t for w in _kind_words(word) for t in tokenizer.tokens(w)) if word else frozenset()


@lru_cache(maxsize=4096)
def _kind_words(word: str) -> frozenset[str]:
    """The words for a kind of a counted noun (``WordNet.usual_kinds``: "employee" for "worker"), looked
    up once per word: a number of them counts it ("will lay off 1,200 employees": that many workers).
    Not of a person in general ("how many people"), whose every kind ``_counts_people`` reads."""
    wn = wordnet()
    if wn is None or word in PERSONS:
        return frozenset()
    return wn.usual_kinds(word)


def _counts_deeper_kind(q: QuestionInfo, text: str) -> bool:
    """Whether a number counts a noun WordNet files, in its most frequent sense, as a kind of the counted
    thing or animal however many classes below it ("61 dogs and cats" for "how many animals": dog ->
    canine -> carnivore -> ... -> animal), where ``_kinds`` reads one class down: every kind of it is
    it, wherever else the sentence writes the counted noun ("an animal shelter ... took in 61 dogs": a
    noun only describing another, whose number ``counts`` then reads as the other's, does not make the
    dogs' number another thing's). Only a kind that is a thing, an animal or a person
    (``_NARROWER_KINDS``; "animal" itself is filed with WordNet's top nouns): "17 vice presidents" are
    that many executives, as "61 dogs" are animals (``_counts_people`` reads any person for "people")."""
    wn = wordnet()
    word = q.term_words.get(q.counted, q.counted).lower()
    if wn is None or not word.isalpha():
        return False
    for after in words_after_numbers(text, _COUNTED_AFTER):
        for w in after:
            bases = [lemma for pos, lemma in wn.lemmas(w) if pos == "n" and lemma != word]
            if any(
                wn.sense_classes(b, "n", 1) & _NARROWER_KINDS
                and wn.kind_of(b, word, WEIGHTS.counted_narrower, 1, first=True)
                for b in bases
            ):
                return True
    return False


def _counts_compound(q: QuestionInfo, text: str) -> bool:
    """Whether a number counts a closed compound whose head is the counted noun as the question writes
    it ("4,200 dockworkers" for "how many workers", "two firefighters" for "fighters"): a kind of it,
    the word before it a noun WordNet knows ("dock"), which says which."""
    wn = wordnet()
    word = q.term_words.get(q.counted, q.counted).lower()
    if wn is None or len(word) < _COMPOUND_HEAD or not word.isalpha():
        return False
    for after in words_after_numbers(text, _COUNTED_AFTER):
        for w in after:
            head = next((h for h in (word, word + "s", word + "es") if w.endswith(h)), "")
            lead = w[: len(w) - len(head)] if head else ""
            if len(lead) >= _COMPOUND_HEAD and lead.isalpha() and any(p == "n" for p, _ in wn.lemmas(lead)):
                return True
    return False


#: the fewest letters of each word of a closed compound read as counting its head ("dock" + "workers")
_COMPOUND_HEAD = 3


#: the words English counts human beings with in general ("how many people were hurt"): any person
#: noun a number counts answers them ("two men", "300 passengers"), where "how many pilots" asks for
#: pilots alone; and the words a sentence tells someone by without a role ("two people",
#: ``slot.unnamed_doer``; morphy reads no other word as "person")
PERSONS = frozenset({"people", "person", "persons"})
#: words after a number within which the noun it counts stands ("two young men")
_COUNTED_AFTER = 2


def _counts_people(q: QuestionInfo, text: str, tokenizer: Tokenizer) -> bool:
    """Whether a "how many people" is answered by a number of persons of some kind: a number right
    before a noun whose most frequent sense, in any of its base forms, is a person ("two men were
    arrested"), before any word that is not an adjective. "How many injured", "how many sick": an
    adjective counted as a noun counts the people it describes, which a sentence saying it of them
    answers ("44 people were sickened")."""
    wn = wordnet()
    if wn is None:
        return False
    asked = q.term_words.get(q.counted, q.counted)
    described = (
        bool(asked) and _mostly_adjective(asked) and credit(q, q.counted, tokenizer.term_set(text)) > 0
    )
    # "how many kids and adults": persons of two kinds together are people, which "340 people" counts
    joined = bool(asked) and _persons_joined(asked, q.text)
    if asked not in PERSONS and not described and not joined:
        return False
    for after in words_after_numbers(text, _COUNTED_AFTER):
        for word in after:
            # ("people" itself is a group first: a number of people counts persons)
            if person_noun(word, wn) or ((described or joined) and word.lower() in PERSONS):
                return True
            if not wn.is_adjective(word):
                break
    return False


@lru_cache(maxsize=4096)
def _persons_joined(asked: str, question: str) -> bool:
    """Whether the question counts a noun for persons joined by "and" or "or" to another ("how many kids
    and adults", "how many doctors or nurses"): it counts persons of either kind, people. Worked out once
    per question: every candidate of its "how many" asks."""
    wn = wordnet()
    if wn is None:
        return False
    m = re.search(rf"\b{re.escape(asked)}\s+(?:and|or)\s+([a-z]+)", question.lower())
    return m is not None and person_noun(asked, wn) and person_noun(m.group(1), wn)


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
    found_words = list(_WORDS.finditer(text))
    words = [m.group(0) for m in found_words]
    found = False
    for i, word in enumerate(words):
        if q.counted not in tokenizer.term_set(word):
            continue
        if _JOINED_TO_NUMBER.search(text, 0, found_words[i].start()) or _COUNT_JOINED.match(word):
            return False  # "a 9-year tenure", "a nine-year tenure": a measure of years, not a modifier
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


#: a form of "be" right before a verb: its passive ("was found"), whose subject is what the act was done
#: to; not before an "-ing" form, its progressive ("who is leading the investigation")
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
#: the words after an act up to a place's preposition within its clause ("found in a cupboard", "found
#: hidden at the back of"), or a passive's "by" naming its doer ("found by a cleaner")
_PLACE_WORDS = "|".join(sorted(PLACE_PREPOSITIONS | {"into", "inside", "under", "behind"}))
_PLACE_AFTER = re.compile(rf"^(?:\s+[a-z]+){{0,2}}?\s+(?:{_PLACE_WORDS})\b")
_BY_AFTER = re.compile(r"^(?:\s+[a-z]+){0,2}?\s+by\b")


def holds_act_role(kind: str, forms: frozenset[str], text: str, tokenizer: Tokenizer) -> bool:
    """Whether a sentence writes the act a "who"/"where" question asks about (one of ``forms``:
    ``asked_act_forms``) with the slot it asks for beside it: for a person, the act's doer (the act in
    its active voice, whose subject does it: "A cleaner, Petra Vang, found the box"; or a passive's
    "by": "was found by a cleaner"); for a place, a place's preposition after it ("was found in a garage
    in Dunmore"). A sentence that only repeats the question's topic ("A ballot box was found in a
    cupboard" for who found it; "The stolen painting was insured" for where it was found) has none."""
    if not forms or kind not in ("person", "place"):
        return False
    for m in _WORDS.finditer(text):
        if not tokenizer.term_set(m.group(0)) & forms:
            continue
        after = text[m.end() :]
        if kind == "place" and _PLACE_AFTER.match(after):
            return True
        passive = not m.group(0).endswith("ing") and _BE_BEFORE.search(text, 0, m.start())
        if kind == "person" and (_BY_AFTER.match(after) or not passive):
            return True
    return False
