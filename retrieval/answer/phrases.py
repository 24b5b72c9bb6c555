"""Structure read from a question's words for checks on candidate sentences: which of its words it binds
together ("the trafford centre", "the prime minister of the eu") and the verb a "did" question asks
about ("when did they sign" -> "sign")."""

from __future__ import annotations

import re

from retrieval.answer.bridge import wordnet
from retrieval.search.text import Tokenizer, fold

#: a past question's auxiliary and the words after it, among which is the verb it asks about
_DID = re.compile(r"\bdid\b(?P<rest>.*)")


def done_verb(
    asked: str, entities: set[str], tokenizer: Tokenizer, skip: frozenset[str], saying: frozenset[str]
) -> str:
    """The term of the first word after a question's "did" that WordNet knows as a verb in its base
    form, not a name the question gives ("when did the us and ukraine actually sign the minerals
    deal" -> "sign"); none when it is a verb of saying (``saying``: the saying is then what is asked
    about). Words in ``skip`` (those that only frame or shape a question) are passed over."""
    m = _DID.search(asked)
    wn = wordnet()
    if m is None or wn is None:
        return ""
    for word in m.group("rest").split():
        word = word.strip("?.,!'\"")
        toks = tokenizer.tokens(word)
        # after "did" the verb is in its base form: "ministers" in "did the nato ministers meet" is none
        verb = any(pos == "v" and lemma == word for pos, lemma in wn.lemmas(word))
        if verb and word in saying:
            return ""  # "what did rutte say they have to do": the saying is what happened
        if len(toks) != 1 or toks[0] in entities or word in skip:
            continue
        if verb and not wn.proper(word):
            return toks[0]
    return ""


def bound_pairs(question: str, terms: list[str], tokenizer: Tokenizer) -> tuple[tuple[str, str, bool], ...]:
    """The (modifier, noun, through "of") term triples of a question: each content word with the next
    one, written apart ("trafford centre", "russia's defence", "defence minister"; not "Zelensky-Putin",
    two names), and a noun with the word after "of" or "of the" ("prime minister of the eu" -> ("eu",
    "minister", True)). Words that only frame the question ("say") part them."""
    known = set(terms)
    chunks = fold(question).split()
    toks = [[t for t in tokenizer.tokens(c)] for c in chunks]
    one = [t[0] if len(t) == 1 and t[0] in known else "" for t in toks]
    lows = [c.lower().strip("?.,!") for c in chunks]
    out: list[tuple[str, str, bool]] = []
    for i, here in enumerate(one):
        if not here:
            continue
        if i + 1 < len(one) and one[i + 1] and chunks[i][-1].isalnum():  # "africa, asia": a list
            out.append((here, one[i + 1], False))
        gap = 2 if lows[i + 1 : i + 3] == ["of", "the"] else 1 if lows[i + 1 : i + 2] == ["of"] else 0
        if gap and i + 1 + gap < len(one) and one[i + 1 + gap]:
            out.append((one[i + 1 + gap], here, True))
    return tuple(out)
