"""A noun the coverage lacks, read as a word it writes whose dictionary definition leads with it: "did the
head of the university step down" of a coverage that writes its "president" ("the head administrative
officer of a college or university"). WordNet's synonyms, derived forms and nearby classes (``bridge``,
``nearby``) leave these apart, as a definition's words are no pointer. The coverage's own sentences
propose the words (those of its best sentences for the question's other words, so the bridge costs a few
dictionary look-ups, not a pass over the vocabulary); a proposed word stands for the question's only
where its definition's leading phrase (the class it is a kind of and what tells it apart there) names
the question's word, the two share a lexicographer class (a person, a body of people, a time), and a
sentence holds it with the question's other words, as a correction is confirmed
(``spellings.used_with``). A word only mentioned further on in a definition is another thing beside it
("mortgage": "a conditional conveyance of property as security for the repayment of a loan"). A verb the
coverage lacks is read the same way, by a verb it writes whose definition names the question verb's own
noun ("detained": "arrested", "take into custody"; ``defined_verbs``)."""

from __future__ import annotations

import re
from dataclasses import replace

from retrieval.answer.bridge import TermBridge, wordnet
from retrieval.answer.question import QuestionInfo
from retrieval.answer.scoring import AnswerContext
from retrieval.answer.spellings import other_terms, used_with, written_plain
from retrieval.answer.weights import WEIGHTS
from retrieval.lexicon import STOP_WORDS

#: a word of a sentence, lowercase or capitalised
_WORD = re.compile(r"[A-Za-z]+")
#: how many sets of other terms' proposed words an engine remembers
_MEMO = 2_000


def glossed_words(
    q: QuestionInfo,
    bridges: dict[str, TermBridge],
    uses: dict[str, tuple[str, bool, bool, bool, bool]],
    ctx: AnswerContext,
) -> dict[str, TermBridge]:
    """The bridges with each English word the coverage lacks in every form and by every synonym and
    nearby noun (``unknown_word``, no name) bridged to the words the coverage writes whose definitions,
    in their ``AnswerWeights.gloss_senses`` most frequent senses, name it (``WordNet.defined_by``),
    each only where a sentence holds it with the question's other words (``uses``: each bridgeable
    term's word, as ``select.bridged`` reads them)."""
    wn = wordnet()
    if wn is None:
        return bridges
    out = dict(bridges)
    for t, (word, verb, _noun, _role, adjective) in uses.items():
        b = bridges[t]
        if b.standing != "unknown_word" or b.name or verb or adjective or t == q.counted:
            # (a verb's definitions lead with light verbs, "give instructions to": "tell"; what a "how many"
            # counts is no word defined by it: "three years", "a late time of life", are no three times)
            continue
        if not word.isalpha():
            continue
        others = other_terms(bridges, t)
        if not others:
            continue  # (nothing to confirm a reading by)
        asked = {word.lower()} | {lemma for _pos, lemma in wn.lemmas(word)}
        held: set[str] = set()
        for cand, term in _proposed(others, ctx):
            if term in held or term == t or term in others:
                continue
            if _defined_by(cand, word, asked) and used_with(term, others, ctx) and written_plain(term, ctx):
                held.add(term)
        if held:
            found = frozenset(held)
            out[t] = replace(b, standing="bridged", search=tuple(sorted(found)), variants=found)
    return out


def _proposed(others: set[str], ctx: AnswerContext) -> tuple[tuple[str, str], ...]:
    """The words, lowercase, and their index terms, of the ``AnswerWeights.confirm_sentences`` best
    sentences for the question's other terms: the words a reading of the missing one is looked for
    among (no function word, and only a word that is one index term). Remembered per engine: a question
    is bridged again for each reading of it, with the same other terms."""

    def read() -> tuple[tuple[str, str], ...]:
        seen: dict[str, str] = {}
        for h in ctx.scorer.top_k(sorted(others), WEIGHTS.confirm_sentences):
            for w in _WORD.findall(ctx.sentences[h.index].text):
                low = w.lower()
                if low in seen or low in STOP_WORDS or len(low) < 3:
                    continue
                terms = ctx.tokenizer.tokens(low)
                if len(terms) == 1:
                    seen[low] = terms[0]
        return tuple(sorted(seen.items()))

    return ctx.remembered("glossed_proposed", frozenset(others), read, _MEMO)


def _defined_by(cand: str, word: str, asked: set[str]) -> bool:
    """Whether a definition of one of ``cand``'s ``AnswerWeights.gloss_senses`` most frequent senses
    leads with the question's word (``asked``: its forms; ``WordNet.defined_by``), as a noun or as a
    verb, and the two share a lexicographer class in those senses: "president" ("the head administrative
    officer ...") is a person as "head" is; a "month" ("a time unit ...") is no count of times, nor an
    "investigator" ("a police officer ...") the police, a body of people."""
    wn = wordnet()
    if wn is None:
        return False
    senses = WEIGHTS.gloss_senses
    return bool(asked & wn.defined_by(cand, "n", senses)) and not wn.sense_classes(
        cand, "n", senses
    ).isdisjoint(wn.sense_classes(word, "n", senses))


def defined_verbs(
    q: QuestionInfo,
    bridges: dict[str, TermBridge],
    uses: dict[str, tuple[str, bool, bool, bool, bool]],
    ctx: AnswerContext,
) -> dict[str, TermBridge]:
    """The bridges with each verb the coverage lacks in every form and by every synonym (``unknown_word``,
    a verb as the question uses it) bridged to the verbs the coverage writes whose definitions, in their
    ``AnswerWeights.gloss_senses`` most frequent senses, name one of the question verb's own nouns in their
    opening clause (``WordNet.clause_words``): "who was detained at the airport" of a coverage writing
    "was arrested at Dunmore airport" ("arrest": "take into custody"; "detain" -> "detention", whose
    synonym "custody" is): a dictionary defines an act by the state or thing it brings about, which the
    question's verb names as a noun. The question verb's nouns are its derived forms and their synonyms
    (``WordNet.related``, the nouns only: its verb synonyms the coverage lacks already), and each proposed
    verb stands only where a sentence holds it with the question's other words (``spellings.used_with``)
    and the coverage writes it as a common word."""
    wn = wordnet()
    if wn is None:
        return bridges
    out = dict(bridges)
    for t, (word, verb, _noun, _role, _adjective) in uses.items():
        b = bridges[t]
        if b.standing != "unknown_word" or b.name or not verb or not word.isalpha():
            continue
        others = other_terms(bridges, t)
        if not others:
            continue  # (nothing to confirm a reading by)
        nouns = {w for w in wn.related(word, WEIGHTS.bridge_senses) if w.isalpha() and wn.mostly_noun(w)}
        own = {lemma for _pos, lemma in wn.lemmas(word)}
        if not nouns:
            continue
        held: set[str] = set()
        for cand, term in _proposed(others, ctx):
            if term in held or term == t or term in others or not any(p == "v" for p, _ in wn.lemmas(cand)):
                continue
            if own & {lemma for _pos, lemma in wn.lemmas(cand)}:
                continue  # (the question's own verb, in a form the index keeps apart)
            said = nouns & wn.clause_words(cand, WEIGHTS.gloss_senses)
            if said and used_with(term, others, ctx) and written_plain(term, ctx):
                held.add(term)
        if held:
            found = frozenset(held)
            out[t] = replace(b, standing="bridged", search=tuple(sorted(found)), variants=found)
    return out
