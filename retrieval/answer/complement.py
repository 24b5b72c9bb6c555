"""What a question asks to be completed, and whether a sentence completes it: a question ending on its
verb's preposition ("what was she charged with", "what did he plead guilty to") asks for that
preposition's object, which a sentence gives only where it writes the verb with the preposition and
something after it ("is charged with five counts"), not where it echoes the verb's stem in another
construction ("convicted on fraud charges"); a "how did X do Y" asks for the means or manner, which a
sentence gives in a means phrase ("by rebuilding", "through a stolen password", "after engineers rebuilt
the servers"), not where it only names the act ("has no timeline for restoring systems"); a "what did X
<verb>" ending on its verb asks for the verb's object, which a sentence gives where it writes the verb (or
a synonym) with something after it ("officers seized laptops, phones and a hardware wallet") or as a
passive of what was done ("laptops were seized", the verb itself), not where the verb stands without it
("the items seized were sent to a lab", "the devices it seized")."""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.answer.bridge import verb_bases, verb_form, verb_known, wordnet
from retrieval.answer.phrases import AUXILIARIES, adverb_only
from retrieval.answer.question import QuestionInfo, asked_sentence
from retrieval.answer.relation import credit
from retrieval.lexicon import DETERMINERS, POSSESSIVE_DETERMINERS, PREPOSITIONS
from retrieval.search.text import Tokenizer, fold
from retrieval.search.wordnet import NOUN_GROUP, NOUN_LOCATION, NOUN_PERSON

_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*|\d[\d,.]*")
#: "how did/does/has/was ... X <verb>": the auxiliary that makes a "how" ask for a manner or a means
#: (not "how many", "how much", "how long", which ask for an amount)
_DO_HAVE = "did|does|do|has|have|had"
_MODALS = "will|would|could|can"
_HOW_DONE = re.compile(rf"^\s*how\s+(?:{_DO_HAVE}|was|were|is|are|{_MODALS})\b", re.IGNORECASE)
#: words leading a means phrase ("by rebuilding", "through a compromised account", "using backups")
_MEANS = re.compile(r"\b(?:by|through|via|using|thanks\s+to|with\s+the\s+help\s+of)\s+[\w$'\u2019-]", re.I)
#: "after" leading the act that brought the outcome about ("after engineers rebuilt ...", "after paying")
_AFTER = re.compile(r"\bafter\s+((?:[A-Za-z][\w'\u2019-]*\s+){0,2}[A-Za-z][\w'\u2019-]*)", re.IGNORECASE)
#: "what did/does/has/will X ...": a "what" whose auxiliary makes the question's last verb its main verb,
#: the "what" standing for that verb's object ("what did police seize")
_WHAT_DONE = re.compile(rf"^\s*what\s+(?:{_DO_HAVE}|{_MODALS}|might|should)\b", re.IGNORECASE)
#: a word or a mark of punctuation, in order, to read what follows a verb
_WORD_OR_MARK = re.compile(r"[A-Za-z][\w'\u2019-]*|\d[\d,.]*\d|\d|[^\w\s]")
#: the forms of "be" that make a participle after them a passive ("were seized"), whose subject is what
#: was done to
_BE = frozenset("is are was were be been being".split())
#: the words after a verb that show it takes no object there: an auxiliary or a form of "be" starting
#: the next verb ("the items seized were sent"), a conjunction, a relative, an object pronoun that
#: names nothing asked ("seized it"), or an adverbial particle making a phrasal verb of another sense
#: ("set up four monitors" is no "set" = "correct"): the closed classes, not words of any coverage
_NO_OBJECT = (
    AUXILIARIES
    | _BE
    | frozenset(
        "shall and or but nor so yet as than if when while because after before since until which who whom "
        "whose where it them him us me you itself themselves himself herself there "
        "up out off down away back".split()
    )
)
#: the words that lead a clause of its own inside a question ("... as it develops", "... after the fire
#: that destroyed it"): its verb is not the asked one
_CLAUSE_LEADS = frozenset(
    "as when while after before if because since until that which who whom where".split()
)
#: the degree words before a participle that make it an adjective ("more developed countries")
_DEGREE = frozenset("more most less least very so too".split())
#: the determiners whose noun the asked verb's form after them is ("the seizure", "a find"), not the verb
_DETERMINERS = frozenset("a an the its their his her this these those our your my any no each".split())
#: how many words a sentence may put between the asked verb and its preposition ("pleaded guilty in
#: March to ..."): a grammatical span (a short adverbial), not a tuned figure
_GAP = 4


def _stranded(q: QuestionInfo, tokenizer: Tokenizer) -> tuple[frozenset[str], str] | None:
    """The question's terms just before the preposition it ends on, and the preposition: what the
    sentence must write with it. None when the question does not end on a preposition."""
    words = _WORD.findall(fold(q.text).lower())
    if len(words) < 3 or words[-1] not in PREPOSITIONS:
        return None
    # (the verb the preposition belongs to: "plead guilty to" -> plead; "is the tournament for" strands it
    # after a noun, the sentence's own "tournament ... for" completes nothing asked)
    before = [t for w in words[-3:-1] if verb_known(w) for t in tokenizer.tokens(w) if t in q.terms]
    return (frozenset(before), words[-1]) if before else None


def _completes(q: QuestionInfo, asked: frozenset[str], prep: str, text: str, tokenizer: Tokenizer) -> bool:
    """Whether a sentence writes one of the asked terms (or its synonym) followed, within ``_GAP`` words,
    by the preposition and a word after it: the preposition's object, which is what is asked."""
    words = _WORD.findall(fold(text))
    for i, word in enumerate(words):
        terms = tokenizer.term_set(word)
        if not any(credit(q, t, terms) for t in asked):
            continue
        for j in range(i + 1, min(i + 2 + _GAP, len(words) - 1)):
            if words[j].lower() == prep:
                return True
    return False


def _verb_figure(q: QuestionInfo, text: str, tokenizer: Tokenizer) -> bool:
    """Whether a sentence writes the asked verb right before a figure ("voted 5-2", "finished 12th",
    "won 3-1"): how it went, the outcome a "how did X vote/finish" asks, which no means phrase gives."""
    if not q.done:
        return False
    words = _WORD.findall(fold(text))
    return any(
        words[i + 1][:1].isdigit() and credit(q, q.done, tokenizer.term_set(word)) > 0
        for i, word in enumerate(words[:-1])
    )


def _passive_agent(text: str, means: re.Match[str]) -> bool:
    """Whether a "by" phrase names a passive's agent ("blindsided by the board's decision", "was
    restored by engineers"), who did it, not how it was done: "by" right after a past participle and
    not leading a gerund ("restored by rebuilding the servers" gives the means), nor a thing, which is
    what it was done with ("the summary was sent by email", "was damaged by fire": ``_doer``)."""
    if not means.group(0).lower().startswith("by"):
        return False
    before = _WORD.findall(text[: means.start()])
    after = _WORD.findall(text[means.start() + 2 :])
    participle = bool(before) and not before[-1].lower().endswith("ing") and verb_form(before[-1])
    gerund = bool(after) and after[0].lower().endswith("ing") and verb_form(after[0])
    return participle and not gerund and _doer(text[means.start() + 2 :])


#: WordNet's noun classes of whoever acts: a person, a group, a place standing for its government ("by the
#: city", "by the school district")
_DOERS = frozenset({NOUN_PERSON, NOUN_GROUP, NOUN_LOCATION})
#: the words that may open a passive's agent before its noun: determiners and possessives
_AGENT_OPENS = DETERMINERS | POSSESSIVE_DETERMINERS


def _doer(after: str) -> bool:
    """Whether the phrase after a passive's "by" names who did it: a name, an owner WordNet files as a
    person, a group or a place (``_DOERS``: "by the board's decision"), or a head noun it files first so
    ("by a member of staff", "by a harbour official", "by armed police", "by the school district"), or one
    it does not know; not a thing, the means
    ("by email", "by road", "by fire"). The head is the last noun of the words in a row WordNet knows as
    nouns or adjectives, up to a preposition, a verb or a mark."""
    wn = wordnet()
    if wn is None:
        return True
    head = ""
    for word in _WORD.findall(re.split(r"[,;:.()]", after, maxsplit=1)[0])[:5]:
        low = word.lower()
        if low in _AGENT_OPENS:
            continue
        if low in PREPOSITIONS or low in _NO_OBJECT:
            break
        owner = low.endswith(("'s", "\u2019s"))
        low = low.removesuffix("'s").removesuffix("\u2019s")
        if word[:1].isupper() or not wn.known(low):
            return not head
        kinds = {pos for pos, _ in wn.lemmas(low)}
        if owner:
            return "n" not in kinds or bool(wn.sense_classes(low, "n", 1) & _DOERS)
        if not kinds & {"n", "a", "s"}:
            break
        if "n" in kinds:
            head = low
    return not head or bool(wn.sense_classes(head, "n", 1) & _DOERS)


def states_means(text: str) -> bool:
    """Whether a sentence gives a means or a manner: a means phrase ("by", "through", "via", "using"),
    or "after" leading an act ("after engineers rebuilt", "after paying"), not a date ("after March")."""
    text = fold(text)
    if any(not _passive_agent(text, m) for m in _MEANS.finditer(text)):
        return True
    return any(any(verb_form(w) for w in m.group(1).split()) for m in _AFTER.finditer(text))


def asks_means(q: QuestionInfo) -> bool:
    """Whether a question asks how something was done ("how did police find the painting"), its means or
    manner, not an amount."""
    return _HOW_DONE.match(fold(q.text)) is not None


def passive_subject(phrase: str, noun: str) -> bool:
    """Whether a "what is the X ..." phrase makes its noun X the subject of a passive whose preposition
    it strands ("the deputy mayor charged with"): a participle right after the noun and a preposition
    ending the phrase. Such a question asks for the preposition's object, not for an X."""
    words = _WORD.findall(fold(phrase).lower())
    if noun not in words or words[-1] not in PREPOSITIONS:
        return False
    i = words.index(noun)
    return i + 2 < len(words) and verb_form(words[i + 1])


def _object_verb(q: QuestionInfo, tokenizer: Tokenizer) -> frozenset[str] | None:
    """The terms of the verb a "what did X <verb>" leaves without its object, which the "what" asks for:
    the question's last word, a verb WordNet knows ("what did police seize"), or the verb the question asks
    was done followed by a preposition's phrase ("what did police seize in the raid", "what did the teacher
    lose to fraud"). None for any other question (one stranding a preposition asks for its object,
    ``_stranded``; one with a further object, "what did she tell parliament", asks for what was said, which
    no object test reads). Read in the sentence that asks, after any setting the scene."""
    text = asked_sentence(q.text)
    if not _WHAT_DONE.match(text):
        return None
    words = _WORD.findall(text)
    if len(words) < 4 or not _CLAUSE_LEADS.isdisjoint(words[2:]):
        # (a clause of its own: "what does a country acquire as it develops" ends on that clause's verb)
        return None
    if any(w.endswith("ing") and verb_form(w) for w in words[3:]):
        return None  # "what could a teacher help in organizing": the gerund's object is asked
    if q.done:
        # (the verb the question asks was done, not a last word that is also a verb: "in the raid")
        after = [
            words[i + 1] if i + 1 < len(words) else ""
            for i, w in enumerate(words)
            if q.done in tokenizer.tokens(w)
        ]
        return frozenset({q.done}) if any(not w or w in PREPOSITIONS for w in after) else None
    if verb_known(words[-1]):
        asked = frozenset(t for t in tokenizer.tokens(words[-1]) if t in q.terms)
        return asked or None
    return None


def _takes_object(
    q: QuestionInfo,
    asked: frozenset[str],
    bases: frozenset[str],
    text: str,
    tokenizer: Tokenizer,
    *,
    itself: bool = False,
) -> bool:
    """Whether a sentence writes the asked verb (or a synonym) as a verb with its object: a word that
    can begin a noun phrase or a clause right after it, an adverb aside ("seized laptops", "makes
    solvents", "found that the alarm was off"), or a passive whose subject is what was done to ("laptops
    were seized"). Not the verb's noun ("the seizure"), nor the verb before punctuation, a preposition,
    another verb's auxiliary or a bare pronoun ("the items seized were sent to a lab", "seized them"),
    nor an adjective naming no noun ("make sure it ..."). With ``itself``, or in a sentence not holding the
    question's other words, only the verb itself in some form, not a synonym, which may be of another
    sense ("arrested two men" for "what did police seize"). ``bases``: the asked words' verb base forms
    (``_verb_bases``)."""
    wn = wordnet()
    words = _WORD_OR_MARK.findall(fold(text))
    lows = [w.lower() for w in words]
    held_all = tokenizer.term_set(text)
    # a synonym may be of another sense, said of another doer ("The EPA has set up four monitors" for "what
    # did the Herald correct"): it answers only in a sentence holding every other word of the question
    itself = itself or any(not credit(q, t, held_all) for t in q.terms if t not in asked)
    for i, word in enumerate(words):
        if not word[0].isalpha():
            continue
        held = max((credit(q, t, tokenizer.term_set(word)) for t in asked), default=0.0)
        exact = held >= 1.0 or not bases.isdisjoint(_verb_bases((lows[i],)))
        if not exact and (itself or not held):
            continue
        before = lows[i - 1] if i else ""
        if before in _DETERMINERS or before in _DEGREE:
            continue  # the verb's noun ("the find") or an adjective ("more developed countries"), not the act
        if before in _BE and verb_form(word) and not lows[i].endswith("ing"):
            # "laptops were seized": its subject is what was seized; of the verb itself, as a synonym's
            # passive may be of another sense of it ("two men were arrested" for "what did police seize")
            if exact:
                return True
            continue
        j = i + 1
        if j < len(lows) and wn is not None and lows[j].isalpha() and adverb_only(lows[j], wn):
            j += 1  # an adverb between ("makes mainly solvents", "is producing again after ..."), which
            # stands between a verb and its object or in place of one, and begins none
        if j >= len(lows) or not lows[j][0].isalnum() or lows[j] in _NO_OBJECT or lows[j] in PREPOSITIONS:
            continue
        if (
            lows[j][0].isalpha()
            and wn is not None
            and wn.is_adjective(lows[j])
            and not any(p == "n" for p, _ in wn.lemmas(lows[j]))
        ):
            # an adjective begins an object only before the noun it describes ("found faulty wiring")
            nxt = lows[j + 1] if j + 1 < len(lows) else ""
            if not nxt[:1].isalpha() or nxt in _NO_OBJECT or not any(p == "n" for p, _ in wn.lemmas(nxt)):
                continue
        return True
    return False


def _verb_bases(words: tuple[str, ...]) -> frozenset[str]:
    """The verb base forms WordNet reads words as ("found" -> "find", "found"): an irregular form
    ("found", "made") shares no stem with its base, which the index terms compare."""
    return frozenset().union(*(verb_bases(w) for w in words))


def asked_completion(
    q: QuestionInfo, tokenizer: Tokenizer, *, itself: bool = False
) -> Callable[[str], bool] | None:
    """The test a sentence must pass to give what the question asks to be completed (module doc), or
    None when the question asks for no completion. With ``itself``, a verb's object only of the asked
    verb itself (``_takes_object``), and None for the other completions."""
    stranded = _stranded(q, tokenizer)
    if stranded is not None:
        if itself:
            return None
        asked, prep = stranded
        return lambda text: _completes(q, asked, prep, text, tokenizer)
    verb = _object_verb(q, tokenizer)
    if verb is not None:
        bases = _verb_bases(tuple(q.term_words.get(t, t) for t in verb))
        return lambda text: _takes_object(q, verb, bases, text, tokenizer, itself=itself)
    if itself:
        return None
    if asks_means(q):
        return lambda text: states_means(text) or _verb_figure(q, text, tokenizer)
    return None
