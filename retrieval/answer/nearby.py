"""A noun the coverage lacks, read as the broader or narrower noun it writes instead: "what does the
factory produce" of a coverage that writes "the plant", "how long did the blaze last" of one that writes
"the fire", "how many aircraft" of one that writes "a helicopter". WordNet gives the nouns one class up
or down (``WordNet.nearby``); the coverage tells which of them it means by the question's other words: a
nearby noun stands for the question's only where a sentence holds it with them, as a correction is
confirmed (``spellings.used_with``). A broader word alone is any of its kinds ("plant" is also a
flower), and a narrower one another thing of the kind, so without that company neither says what the
question asks. A question with no other word ("how long did the blaze last") is placed by the coverage's
own statistics instead: a nearby noun it writes in many of its sentences is a topic of its own, in the
sense it means (``AnswerWeights.nearby_alone_share``); so is one whose other words the coverage all
writes, though never beside the noun ("how long did the blaze burn before it was contained": "the fire
burned ...", "the fire was declared contained ..."), by the broader word of the noun's most frequent
sense only (a narrower word is another thing of the kind, however often the coverage writes it). A noun
the coverage does write may still be its broader word for the thing it is about ("the boat" of a
ferry's coverage): its narrower nouns that are the coverage's own topics count for it at the synonyms'
discount (``_topic_kinds``). A noun the coverage lacks though it writes its synonyms ("shoppers", bridged to
"shop") counts by its broader word where a sentence writes that noun beside the question's other words
("... lawyers ... customers": ``_broader_beside``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from retrieval.answer.bridge import TermBridge, wordnet
from retrieval.answer.question import QuestionInfo
from retrieval.answer.relation import counted_broader_words
from retrieval.answer.scoring import AnswerContext, noun_term, what_noun
from retrieval.answer.weights import WEIGHTS
from retrieval.lexicon import STOP_WORDS
from retrieval.search.text import stem
from retrieval.search.wordnet import (
    NOUN_ATTRIBUTE,
    NOUN_GROUP,
    NOUN_PERSON,
    NOUN_POSSESSION,
    NOUN_QUANTITY,
    WordNet,
)

#: WordNet's classes of nouns whose broader word names another thing, by their first sense: a group's
#: ("population" -> "people": the people of a town are not its population), an amount's or a
#: quality's ("income" -> "gain")
_NO_BROADER = frozenset({NOUN_ATTRIBUTE, NOUN_GROUP, NOUN_POSSESSION, NOUN_QUANTITY})


def nearby_nouns(
    q: QuestionInfo,
    bridges: dict[str, TermBridge],
    uses: dict[str, tuple[str, bool, bool, bool, bool]],
    ctx: AnswerContext,
) -> dict[str, TermBridge]:
    """The bridges with each common noun the coverage lacks in every form and by every synonym
    (``unknown_word``) bridged to its nearby nouns (``AnswerWeights.nearby_senses`` senses) that a sentence
    holds with the question's other words (``uses``: each bridgeable term's word, and whether the
    question uses it as a verb, a noun, a role or an adjective, as ``select.bridged`` reads them).
    Only a word WordNet mostly files as a noun or one the question uses as a noun, after a determiner or a
    possessive ("where will the probe hold its hearing": WordNet files "probe" mostly as a verb, yet "the
    probe" is the inquiry the coverage writes), and not one the question writes before another noun
    ("the deposit rate", "the police chief"): that names a kind of the other thing, which the nouns near
    the modifier do not. Not a noun for a person: another role is other people (investigators are no
    count of officers), and a role's broader word ``select.bridged`` reads already. The broader word
    stands only for a thing (``_NO_BROADER``), and for what a "how many" counts only as far as a number of
    it counts one (``relation.counted_broader_words``: a thing or an animal, "aircraft" for planes), by a
    word whose own usual sense is that kind (``WordNet.usual_broader``: no "way" for lanes): 131 people
    aboard are not 131 workers. A nearby noun counts only where the sentence writes it as that noun
    (``_written_as``), not as another word its index term also stands for."""
    wn = wordnet()
    if wn is None:
        return bridges
    out = dict(bridges)
    low = q.text.lower()
    asked = noun_term(q, noun) if (noun := what_noun(q.text)) else ""  # "what was the final score": score
    for t, (word, verb, as_noun, _role, adjective) in uses.items():
        b = bridges[t]
        if b.standing == "known" and not (verb or adjective or b.name or t in (q.counted, q.head, asked)):
            out[t] = _topic_kinds(t, word, b, low, ctx, wn)
            continue
        if b.standing == "bridged" and not (verb or adjective or b.name) and t != q.counted:
            out[t] = _broader_beside(t, word, b, bridges, ctx, wn)
            continue
        if b.standing != "unknown_word" or verb or adjective or not word.isalpha():
            continue
        classes = wn.sense_classes(word, "n")
        if not (wn.mostly_noun(word) or as_noun) or NOUN_PERSON in classes or _before_noun(word, low, wn):
            continue
        near = set(wn.nearby(word, WEIGHTS.nearby_senses, broader=False))
        if t != q.counted and classes.isdisjoint(_NO_BROADER):
            near |= wn.nearby(word, WEIGHTS.nearby_senses, broader=True)
        elif t == q.counted:
            # a number of its broader kind counts a thing or an animal (``relation.counts``): "62 aircraft"
            # for "how many planes"; only a word whose usual sense that kind is ("gave way" is no road)
            near |= counted_broader_words(word) & wn.usual_broader(word, WEIGHTS.counted_broader)
        groups = [frozenset(o.search) for o2, o in bridges.items() if o2 != t and o.search]
        terms = {stem(w) for w in near} - STOP_WORDS - {t}
        # (each nearby term held only where the sentence writes one of its nouns: "airliner", a kind of
        # plane, shares its index term with "airline", which is no aircraft)
        nouns = {x: sorted(w for w in near if w.isalpha() and stem(w) == x) for x in terms}
        if len(bridges) == 1:
            # the question asks nothing else to place it by: the coverage's own topic word, one it writes in
            # many of its sentences, is the sense it means ("fire" in a fire's coverage; not a passing
            # "plant"). (Other words the coverage lacks place it nowhere: "the recipe for borscht")
            held = frozenset(x for x in sorted(terms) if _topic_word(x, ctx))
        else:
            held = frozenset(
                x
                for x in sorted(terms)
                if ctx.scorer.df(x) > 0
                and _held_with(x, groups, ctx, partial(_written_any, nouns[x], x, ctx, wn))
            )
            if not held and all(o.search for o2, o in bridges.items() if o2 != t):
                # the broader word of the noun's most frequent sense that is a topic of the coverage's own
                # stands for it whatever else the question asks, as where it asks nothing else, when the
                # coverage writes the question's other words: "how long did the blaze burn before it was
                # contained" of a fire's coverage ("... was declared 100 percent contained, 18 days after
                # it started"). (Not "how long did the blaze at the bakery last": no bakery is in it)
                broad = {stem(w) for w in wn.broader(word)} & terms
                held = frozenset(x for x in sorted(broad) if _topic_word(x, ctx))
        if held:
            out[t] = replace(b, standing="bridged", search=tuple(sorted(held)), variants=held)
    return out


def _topic_kinds(t: str, word: str, b: TermBridge, low: str, ctx: AnswerContext, wn: WordNet) -> TermBridge:
    """A common noun the coverage writes, with the narrower nouns one class down (``WordNet.nearby``)
    that are topics of the coverage's own (``_topic_word``) counting for it at the synonyms' discount:
    "was the boat carrying too many people" of a ferry's coverage, which writes "boat" now and then but
    "The ferry was carrying 143 people". A question's broader word for the thing a story is about is
    that thing; the coverage's own statistics say which of the noun's kinds it means, as they place a
    noun it lacks. They count for it and are never searched for it (the question's word is). Only for
    a thing the question names as a noun: not a group, an amount or a person (the people of a town are
    no "members"; a kind of person is someone else), nor a modifier of another noun ("the deposit
    rate"), nor the noun naming what is asked for: what a "how many" counts (a count of boats is no
    count of ferries), or the thing a "what was the final score" asks (a game is a kind of score in
    WordNet's sense of one, but no score a sports coverage writes)."""
    classes = wn.sense_classes(word, "n")
    if not word.isalpha() or not wn.mostly_noun(word) or not classes.isdisjoint(_NO_BROADER | {NOUN_PERSON}):
        return b
    if _before_noun(word, low, wn):
        return b
    kinds = {stem(w) for w in wn.nearby(word, WEIGHTS.nearby_senses, broader=False)}
    topics = frozenset(x for x in sorted(kinds - STOP_WORDS - {t} - b.variants) if _topic_word(x, ctx))
    return replace(b, variants=b.variants | topics) if topics else b


def _broader_beside(
    t: str, word: str, b: TermBridge, bridges: dict[str, TermBridge], ctx: AnswerContext, wn: WordNet
) -> TermBridge:
    """A noun the coverage lacks though it writes its synonyms or forms (``bridged``), with the broader
    words of its most frequent noun sense (``WordNet.broader``) counting for it at the synonyms' discount
    where a sentence holds one with the question's other words (``_held_with``) and the coverage writes it
    as that noun (``_written_as``): "which attorneys represent the shoppers" of a coverage writing "her
    lawyers at Hollis Brandt say 40,000 customers ..." (shoppers are a kind of customer). The coverage
    writing the broader word beside what is asked says it means the asked thing by it, as a nearby noun
    is confirmed; never searched for it (its synonyms are). Not what a "how many" counts (a count of the
    broader kind counts other kinds too, as ``nearby_nouns`` reads it), not a verb (the act a verb is a
    way of doing, "examine" for "investigate", is written of every other act), and not a word the
    coverage writes itself: crediting its broader words there counts other things."""
    broad = {stem(w): w for w in sorted(wn.broader(word)) if w.isalpha()}
    groups = [frozenset(o.search) for o2, o in bridges.items() if o2 != t and o.search]
    held = frozenset(
        x
        for x in sorted(broad.keys() - STOP_WORDS - {t} - b.variants)
        if ctx.scorer.df(x) > 0 and _held_with(x, groups, ctx, partial(_written_as, broad[x], x, ctx, wn))
    )
    return replace(b, variants=b.variants | held) if held else b


def _written_any(nouns: list[str], term: str, ctx: AnswerContext, wn: WordNet, row: int) -> bool:
    """Whether the sentence at ``row`` writes ``term`` as one of ``nouns`` (``_written_as``)."""
    return any(_written_as(noun, term, ctx, wn, row) for noun in nouns)


def _written_as(noun: str, term: str, ctx: AnswerContext, wn: WordNet, row: int) -> bool:
    """Whether the sentence at ``row`` writes ``term`` as ``noun`` or a form WordNet reads as that noun
    ("officers"), not as another word sharing its stem ("office" of "officer")."""
    for m in _WORD.finditer(ctx.sentences[row].text):
        low = m.group().lower()
        if stem(low) == term and (low == noun or ("n", noun) in wn.lemmas(low)):
            return True
    return False


#: a word of a sentence, as ``_written_as`` reads it
_WORD = re.compile(r"[A-Za-z]+")


def _before_noun(word: str, low: str, wn: WordNet) -> bool:
    """Whether the question (lowercase) writes ``word`` right before a word WordNet mostly files as a
    noun ("deposit rate", "police chief"), as a modifier of it."""
    for m in re.finditer(rf"\b{re.escape(word.lower())}\s+([a-z]+)\b", low):
        after = m.group(1)
        if after not in STOP_WORDS and wn.mostly_noun(after):
            return True
    return False


def _topic_word(term: str, ctx: AnswerContext) -> bool:
    """Whether the coverage writes ``term`` in at least ``AnswerWeights.nearby_alone_share`` of its
    sentences (and in some): a topic of its own, whose sense there is the coverage's."""
    df = ctx.scorer.df(term)
    return df > 0 and df >= WEIGHTS.nearby_alone_share * ctx.scorer.size


def _held_with(
    term: str, groups: list[frozenset[str]], ctx: AnswerContext, written: Callable[[int], bool] | None = None
) -> bool:
    """Whether one of the ``AnswerWeights.confirm_sentences`` best sentences for ``term`` and the
    question's other words (``groups``: each word's search terms) holds it with ``confirm_terms`` of
    them (all when fewer, none never enough), each word counted once whichever of its search terms the
    sentence holds ("made" or "make" of "produce"), and, with ``written``, writes it as that asks of the
    sentence's row (``_written_as``)."""
    need = min(WEIGHTS.confirm_terms, len(groups))
    if need <= 0:
        return False
    others = sorted(frozenset().union(*groups) - {term})
    for h in ctx.scorer.top_k([term, *others], WEIGHTS.confirm_sentences):
        got = ctx.terms(h.index)
        if (
            term in got
            and sum(not g.isdisjoint(got) for g in groups) >= need
            and (written is None or written(h.index))
        ):
            return True
    return False
