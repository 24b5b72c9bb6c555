"""Question words the coverage writes otherwise than the question, read by what the coverage writes
with the question's other words: a misspelling that is itself a word ("reel name" for "real name") and
a chat clipping ("comms" for "communications"). A reading stands only where a sentence holds it with
the question's other words (``AnswerWeights.confirm_terms`` of them)."""

from __future__ import annotations

import bisect
import itertools
import re
from array import array
from collections.abc import Callable, Iterator
from typing import cast

from retrieval.answer.bridge import (
    TermBridge,
    bridge_term,
    chat_contracted,
    correct,
    dictionary_spelling,
    edits1,
    english_neighbours,
    in_use,
    person_noun,
    undoubled,
    verb_form,
    verb_known,
    wordnet,
)
from retrieval.answer.phrases import contraction_of
from retrieval.answer.question import QuestionInfo
from retrieval.answer.scoring import AnswerContext
from retrieval.answer.weights import WEIGHTS
from retrieval.lexicon import STOP_WORDS, TITLE_ABBREVIATIONS
from retrieval.search.text import stem
from retrieval.search.wordnet import NOUN_PERSON

#: question words whose near spellings an engine remembers
_MEMO = 50_000
#: index terms whose first sentences (``term_rows``) an engine remembers: ~250 bytes each, so a bound
#: well below ``_MEMO``'s (a question's words recur across questions; rarer ones are searched again)
_TERM_ROWS_MEMO = 4_096


def other_terms(bridges: dict[str, TermBridge], term: str) -> set[str]:
    """The index terms searched for a question's words other than ``term``, the words it lacks aside."""
    return {s for o, b in bridges.items() if o != term and b.standing != "unknown_word" for s in b.search}


def used_with(term: str, others: set[str], ctx: AnswerContext) -> bool:
    """Whether one of the ``AnswerWeights.confirm_sentences`` best sentences for ``term`` and the
    question's other terms holds it with ``confirm_terms`` of them (all when fewer; none is not enough).

    Where the engine lists the rows that hold them together, only the best of those (by score, then
    row, as ranking breaks ties) need be asked about: another of them is in the top k only if it is.
    It is, exactly when it is among the top k of a search that may drop every row scoring below it
    (``Scorer.top_k``'s floor), which prunes nearly all of a search at a million sentences."""
    others = others - {term}
    need = min(WEIGHTS.confirm_terms, len(others))
    if need <= 0:
        return False
    query = [term, *sorted(others)]
    rows = ctx.scorer.rows_holding(term, query[1:], need)
    if rows is None:
        return _held_with(term, others, ctx) >= need
    if rows.shape[0] == 0:
        return False  # no sentence holds them together: the search could find none
    scores = ctx.scorer.score_rows(query, rows)
    best = int(scores.argmax())  # (the first of equal scores: the lowest row, which ranking puts first)
    if scores[best] <= 0:
        return False  # (a row scoring nothing is no hit)
    hits = ctx.scorer.top_k(query, WEIGHTS.confirm_sentences, floor=float(scores[best]))
    return any(h.index == rows[best] for h in hits)


def misspelt_words(
    q: QuestionInfo, bridges: dict[str, TermBridge], ctx: AnswerContext
) -> dict[str, TermBridge]:
    """The bridges with a misspelling that is itself a word the coverage uses read as the word meant
    ("whats mick mars reel name" beside "Mars - real name Bob Allen Deal"): a word none of whose
    sentences (``AnswerWeights.real_word_rows`` of them) holds another of the question's words, where
    a spelling one edit away that the coverage uses ``AnswerWeights.real_word_ratio`` times as often
    is used with them (as a correction is confirmed). Both are searched; either counts in full."""
    memo = ctx.memo.setdefault("near_spellings", {})
    assert isinstance(memo, dict)
    out = dict(bridges)
    for t, b in bridges.items():
        if b.standing != "known" or b.name or t in q.literal or len(t) < 4 or not t.isalpha():
            continue
        near = memo.get(t)
        if near is None:
            if len(memo) > _MEMO:
                memo.clear()
            df = WEIGHTS.real_word_ratio * ctx.scorer.df(t)
            spelt = edits1(t) if ctx.vocab is None else edits1(t) & ctx.vocab.keys()  # sorted once filtered
            seen = [(ctx.scorer.df(e), e) for e in sorted(spelt)]
            near = memo[t] = max(((n, e) for n, e in seen if n >= df), default=(0, ""))[1]
        if not near or not slipped(t, near):
            continue  # ("paid" is no slip for "said": a word meant as written)
        others = other_terms(bridges, t)
        if not used_with(near, others, ctx):
            continue
        own = ctx.scorer.top_k([t], WEIGHTS.real_word_rows)  # the sentences holding it
        if all(others.isdisjoint(ctx.terms(h.index)) for h in own):
            out[t] = TermBridge(t, "corrected", (near, t), b.variants | {near}, name=False)
    return out


def clippings(q: QuestionInfo, bridges: dict[str, TermBridge], ctx: AnswerContext) -> dict[str, TermBridge]:
    """The bridges with a chat clipping read as the word it clips ("election comms" beside "the party's
    new communications chief for their next general election"): a lowercase word the coverage lacks
    that no dictionary knows, or whose every sense and synonym the coverage lacks, a rare word to the
    dictionary ("exec", to WordNet only the White House), whose stem begins words of the coverage (of
    three letters only where it is shaped as a contraction, or made a verb: ``_VERBED_CLIPPING``). Of
    those words (the ``AnswerWeights.clipped_words`` most frequent) and the word's correction, the one a
    sentence holds with the most of the question's other words (``confirm_terms`` at least) stands for
    it."""
    wn = wordnet()
    out = dict(bridges)
    for t, b in bridges.items():
        lacks = b.standing != "known" and t not in q.entity_terms and t not in q.literal
        word = q.term_words.get(t, t)
        contracted = chat_contracted(word)
        verbed = (m := _VERBED_CLIPPING.match(word)) is not None and m.group(1) == t
        if not lacks or (len(t) < 4 and not contracted and not verbed) or not t.isalpha() or wn is None:
            continue
        if wn.known(word) and (b.standing != "unknown_word" or in_use(word)):
            # (a word the dictionary knows is read as a clipping only where the coverage holds it in none
            # of its senses and none was ever seen in WordNet's tagged corpus: "exec", to WordNet only the
            # White House, is the "executive" of a "chief exec"; "law" is no "lawsuit")
            continue
        if contracted and not b.search and _contracts_function_word(word.lower()):
            # "if it goes thru", "shld they": a function word without its vowels says nothing of the topic
            # (as one spelt an edit away, ``bridge.correct``), where read as a name it would be required
            out[t] = TermBridge(t, "corrected")
            continue
        others = other_terms(bridges, t) - {t}
        fixed = b.search[0] if b.standing == "corrected" and b.search else ""
        best, most = fixed, _held_with(fixed, others, ctx) if fixed else 0
        begun = _begun_by(t, ctx)
        for full in [*begun, *(_contracting(word, ctx) if contracted else [])]:
            if (n := _held_with(full, others, ctx)) > most:
                best, most = full, n
        # a clipping only one word of the coverage begins ("chemo": "chemotherapy") needs less confirming
        sole = len(begun) == 1 and best == begun[0] and not contracted and len(t) >= WEIGHTS.sole_clipping
        if best != fixed and most >= min(1 if sole else WEIGHTS.confirm_terms, len(others)) > 0:
            out[t] = TermBridge(t, "corrected", (best,), frozenset({best}))
    return out


#: a clipping made a verb, its last consonant doubled before the ending ("repping", "subbed"): the writer
#: treats the short stem as a word of its own, so even three letters of it are read as a clipping
_VERBED_CLIPPING = re.compile(r"([a-z]*[aeiou]([b-df-hj-np-tv-z]))\2(?:ing|ed)$")


def _contracts_function_word(word: str) -> bool:
    """Whether a chat contraction (``_contracting``'s kind: "thru", "abt", "shld") stands for a function
    word: one that begins with its first letter and holds its letters in order, with two letters more
    at least ("thru" -> "through", "abt" -> "about")."""
    return any(map(_spelled_by(word), STOP_WORDS))


def _spelled_by(word: str) -> Callable[[str], bool]:
    """Whether a word is one a chat contraction may stand for: it begins with the contraction's first
    letter and holds its other letters in order, with two letters more at least ("ppl" -> "people")."""
    letters = re.compile(".*?".join(re.escape(c) for c in word[1:]))

    def spells(w: str) -> bool:
        return (
            w.startswith(word[0]) and len(w) >= len(word) + 2 and w.isalpha() and bool(letters.search(w, 1))
        )

    return spells


def _contracting(word: str, ctx: AnswerContext) -> list[str]:
    """The coverage's most frequent words (``AnswerWeights.clipped_words``) that a chat contraction may
    stand for, a word that dropped its vowels but one at most ("ppl", "dept", "cmte"): they begin with
    its first letter and hold its letters in order, with two letters more at least ("ppl" -> "people",
    "dept" -> "department"). The index terms are stems, so a contraction keeping a letter its word's stem
    drops is not read ("govt": "government" is indexed as "govern")."""
    if ctx.vocab is None:
        return []
    memo = ctx.memo.setdefault("contractions", {})
    assert isinstance(memo, dict)
    if word in memo:  # (questions repeat their words; the scan reads every word of a letter)
        return list(memo[word])
    if len(memo) > _MEMO:
        memo.clear()
    spells = _spelled_by(word)
    found = [w for w in _beginning(word[0], ctx) if spells(w)]
    memo[word] = got = sorted(found, key=lambda w: -ctx.scorer.df(w))[: WEIGHTS.clipped_words]
    return list(got)


def _beginning(prefix: str, ctx: AnswerContext) -> Iterator[str]:
    """The coverage's index terms that begin with ``prefix``, in order: a run of its sorted vocabulary
    (sorted on first use), found by ``bisect`` rather than read through."""
    assert ctx.vocab is not None
    words = ctx.memo.get("sorted_vocab")
    if not isinstance(words, list):
        words = ctx.memo["sorted_vocab"] = sorted(ctx.vocab)
    for i in range(bisect.bisect_left(words, prefix), len(words)):
        if not words[i].startswith(prefix):
            return
        yield words[i]


def _held_with(term: str, others: set[str], ctx: AnswerContext) -> int:
    """The most of ``others`` one of the best sentences for ``term`` and them holds with ``term``."""
    hits = ctx.scorer.top_k([term, *sorted(others)], WEIGHTS.confirm_sentences)
    return max((len(others & got) for h in hits if term in (got := ctx.terms(h.index))), default=0)


def _begun_by(stem: str, ctx: AnswerContext) -> list[str]:
    """The coverage's most frequent words (``AnswerWeights.clipped_words``) that begin with ``stem`` and
    run on for two letters or more (the sorted vocabulary is made on first use)."""
    if ctx.vocab is None:
        return []
    found = [w for w in _beginning(stem, ctx) if len(w) >= len(stem) + 2 and w.isalpha()]
    return sorted(found, key=lambda w: -ctx.scorer.df(w))[: WEIGHTS.clipped_words]


def term_rows(term: str, ctx: AnswerContext) -> array[int]:
    """The ``AnswerWeights.spelling_rows`` first sentences (rows, best first) holding the index term
    ``term``, searched once per engine: the spelling checks of a question's words (as written, in their
    case, as a common word, in a name) each read the same sentences of a word, and a single word's
    search costs most at a million sentences, where its postings are longest."""

    def read() -> array[int]:
        return array("l", [h.index for h in ctx.scorer.top_k([term], WEIGHTS.spelling_rows)])

    return ctx.remembered("term_rows", term, read, _TERM_ROWS_MEMO)


def writes(word: str, ctx: AnswerContext, *, cased: bool = False) -> bool:
    """Whether the coverage writes ``word`` so (case aside, or in its very case when ``cased``): a stem
    is shared by spellings the coverage never writes, and a lowercase "r" is no initial "R."."""
    if cased:
        return _written(word, ("cased", word), ctx, lambda text: _holds_cased(word, text))
    return _written(word, rf"(?i)\b{re.escape(word)}\b", ctx)


def _written(
    word: str, key: str | tuple[str, str], ctx: AnswerContext, holds: Callable[[str], object] | None = None
) -> bool:
    """Whether one of the ``AnswerWeights.spelling_rows`` first sentences holding ``word``'s index term
    holds what ``holds`` finds, or when it is None the pattern ``key``, compiled on its first look-up
    only (none when the word is no single term)."""

    def read() -> bool:
        toks = ctx.tokenizer.tokens(word)
        found = holds or re.compile(cast(str, key)).search
        rows = term_rows(toks[0], ctx) if len(toks) == 1 else []
        return any(found(ctx.sentences[r].text) for r in rows)

    return ctx.remembered("written", (word, key), read, _MEMO)


#: what stands right before (after) a word written as one of its own (``_holds_cased``): no letter,
#: digit, apostrophe or hyphen (nor, before it, a dot: "r" of "R.")
_WORD_BEFORE = re.compile(r"[\w'’.-]")
_WORD_AFTER = re.compile(r"[\w'’-]")


def _holds_cased(word: str, text: str) -> bool:
    r"""Whether ``text`` writes ``word`` in its very case as a word of its own, as the pattern
    ``(?<![\w'’.-])word(?![\w'’-])`` finds it, without compiling such a pattern for each word asked:
    over all of Unicode, its classes cost a fifth of a millisecond each to compile (a twentieth of a
    question's first-time work, its case checked once per word)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and _WORD_BEFORE.match(text, at - 1)) and not _WORD_AFTER.match(text, end):
            return True
        at = text.find(word, at + 1)
    return False


#: a word of a sentence (``written_plain``)
_TEXT_WORD = re.compile(r"[A-Za-z]+")


def written_plain(term: str, ctx: AnswerContext) -> bool:
    """Whether the coverage writes a word of the index term ``term`` as a common word: lowercase, or
    opening a sentence before a lowercase word, in one of the ``AnswerWeights.spelling_rows`` first
    sentences holding it. One it writes only capitalised is a word of names ("Harbour" of "Harbour
    Commissioner Talia Voss"), no synonym of a question's lowercase word ("hold" ~ "harbour")."""

    def read() -> bool:
        for r in term_rows(term, ctx):
            words = _TEXT_WORD.findall(ctx.sentences[r].text)
            for i, w in enumerate(words):
                # (a sentence's first word is a common one unless a name's words follow it)
                opening = i == 0 and (len(words) == 1 or not words[1][:1].isupper())
                if (opening or w.islower()) and ctx.tokenizer.tokens(w) == [term]:
                    return True
        return False

    return ctx.remembered("written_plain", (term, ""), read, _MEMO)


#: a lowercase word a question may misspell
_SPELT = re.compile(r"(?<![\w'’-])[a-z]{3,}(?![\w'’-])")
#: the letters of a word ``respelt`` reads with any of its edits: a shorter one (three letters) only as a
#: vowel sounded otherwise ("wun": won), held with another of the question's words (one edit makes a
#: dozen words of it)
_SHORTEST = 4
_VOWELS = "aeiou"
#: the letters a word needs for any of its misspellings to be read (shorter ones are one edit from too
#: many words: a shorter one, or one shaped as a chat contraction, is read only as a double's dropped letter)
_ANY_EDIT = 5


#: a name's capitalised word right before a word, past the question's first ("E. coli", "Mount kenya"): a
#: lowercase word after it may be the rest of the name
_NAME_BEFORE = re.compile(r"(?<=\S)\s+[A-Z][\w'’.-]*\s+$")
#: an article right before a word (``respelt``'s end of the text searched)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)


def respelt(question: str, ctx: AnswerContext) -> str:
    """The question with each lowercase word of three letters or more that neither the dictionary nor
    the coverage writes (its stem may be another word's: "staf" of "staffing", "surviv" of
    "survivers") written as the English word one edit away (a transposed, doubled, missing or wrong
    letter) that the coverage writes, the one a sentence holds with the most of the question's other
    words, then the most frequent there (as a correction is confirmed): its grammar is then read as
    its writer meant it ("who got suspendd": a passive, whose "got" asks nothing). A word of four
    letters, or one shaped as a chat contraction (``chat_contracted``: "dept"), is read only as a
    double whose letter was dropped ("how many staf" -> "staff"), one of a double dropped ("bllast"
    -> "blast") or two letters swapped ("what did the tests shwo" -> "show"): other edits of it make
    too many words. A word of three is read only as one whose
    vowel was sounded otherwise, where a sentence holds it with another of the question's words as
    read ("who wun the marathn": won, beside the marathon), and never where an edit makes a function
    word of it ("wer", "wut"). Where the coverage writes no word one edit away, the English word one
    edit away that the coverage writes in other words (``_dictionary_word``: "skippper" of a coverage
    of captains), or a common one it lacks, mistyped where the question asks for no one ("the injrued"
    of a coverage that writes only who was hurt), or else the English word a typing slip made of it
    (``_slipped_word``: "bkaze" of a blaze, "sunig" of suing). A word WordNet knows only as a person's name
    ("Mayer") is read so after an article ("what did the mayer say": the coverage's mayor), where a
    name stands alone; a place's takes one ("the nile" is no mile). Unchanged where no such word is
    found."""
    wn, vocab = wordnet(), ctx.vocab
    if wn is None or vocab is None:
        return question

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        toks = ctx.tokenizer.tokens(word)
        # (a word the dictionary knows only as a person's name, every noun sense of it a person, is a
        # common noun's misspelling after an article, "what did the mayer say"; a place's name takes one,
        # "the nile")
        named = wn.known(word) and not (
            _ARTICLE_BEFORE.search(question, 0, m.start())
            and wn.proper(word)
            and frozenset().union(*wn.noun_classes(word)) == {NOUN_PERSON}
        )
        if not toks or named or (toks[0] in vocab and writes(word, ctx)):
            return word
        short = len(word) < _SHORTEST
        if short:
            if edits1(word) & STOP_WORDS:
                return word  # ("wer", "wut": a function word's chat spelling, no other word's)
            near = {word[:i] + v + word[i + 1 :] for i, c in enumerate(word) if c in _VOWELS for v in _VOWELS}
        elif len(word) < _ANY_EDIT or chat_contracted(word):
            near = {word[: i + 1] + word[i:] for i in range(len(word))} - {word}
            # two keys struck in the wrong order ("shwo": show) make few words, a word's own letters
            near |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)} - {word}
            if len(word) >= _ANY_EDIT:
                near |= undoubled(word)  # "bllast": a key struck twice ("staf", "bllast")
        else:
            near = edits1(word)
        found = [
            (t[0], c)
            for c in sorted(near)
            if wn.known(c) and len(t := ctx.tokenizer.tokens(c)) == 1 and t[0] in vocab and writes(c, ctx)
        ]
        if not found:
            # (a clipping made a verb, "what firm is repping the fund", is read by what it clips:
            # ``clippings``; the English word an edit makes of it, "ripping", is another verb)
            if short or _VERBED_CLIPPING.match(word):
                return word
            someone = _asked_as_someone(question, m.start(), m.end())
            named = _NAME_BEFORE.search(question, 0, m.start()) is not None
            return (
                _dictionary_word(word, ctx, someone)
                or _slipped_word(word, ctx, asked - set(toks), someone=someone, named=named)
                or ("" if someone or named else _two_edits_word(word, asked - set(toks), ctx))
                or word
            )
        if len(found) == 1 and not short:
            return found[0][1]
        # ("wen was the evacuation lifed": "lived" is the more frequent, "lifted" the one written with
        # the evacuation)
        others = asked - set(toks)
        ranked = [((_held_with(t, others - {t}, ctx), ctx.scorer.df(t)), c) for t, c in found]
        if short:
            ranked = [r for r in ranked if r[0][0] > 0]
        return max(ranked)[1] if ranked else word

    # (the longer words first: a short word is confirmed by the question's other words as read, "who wun
    # the marathn")
    asked = set(ctx.tokenizer.tokens(question)) - STOP_WORDS
    question = _SPELT.sub(lambda m: m.group(0) if len(m.group(0)) < _SHORTEST else fix(m), question)
    asked = set(ctx.tokenizer.tokens(question)) - STOP_WORDS
    return _SPELT.sub(lambda m: fix(m) if len(m.group(0)) < _SHORTEST else m.group(0), question)


def _dictionary_word(word: str, ctx: AnswerContext, someone: bool) -> str:
    """The English word a misspelling stands for (``bridge.dictionary_spelling``: "skippper" -> "skipper")
    where the coverage holds it or its synonyms (``bridge_term``): read so, it finds the coverage's
    "captain". Where the coverage lacks it, it is read so only as a common word (WordNet's tagged corpus
    saw it, ``in_use``) mistyped (``slipped``), the only English word one edit away, whose stem no
    coverage word is one edit from (the bridge's correction reads that), where the question asks for no
    one (``someone``: "what did pellow say" is not asked about a pillow) and the coverage writes no name
    near it ("verral" of a Verrall, ``_near_named``): "where were the injrued taken" is then answered as
    "the injured" is, a word the coverage lacks weighing as one, not sought as a name. "" otherwise: a
    name the coverage lacks stays one, and the bot declines."""
    wn = wordnet()
    meant = dictionary_spelling(word, wn) if wn is not None else ""
    if not meant or wn is None:
        return ""
    got = bridge_term(meant, stem(meant), ctx.scorer, ctx.vocab, capitalised=False)
    if got.standing in ("known", "bridged") and got.search:
        return meant
    if someone or not in_use(meant) or not slipped(word, meant):
        return ""
    if len(english_neighbours(word, wn)) > 1:
        return ""  # (the coverage cannot tell which was meant: "reisgn" is as well "reign" as "resign")
    # (a spelling one edit away whose stem the coverage holds is the bridge's to read: "resing" is its
    # "resign")
    if correct(word, stem(word), ctx.scorer, ctx.vocab, frozenset()) or _near_named(word, ctx):
        return ""
    return meant


def _slipped_word(word: str, ctx: AnswerContext, others: set[str], *, someone: bool, named: bool) -> str:
    """The English word a typing slip (``slipped``: a key struck twice or not at all, two swapped, or a
    neighbour's struck) made ``word`` of, where ``_dictionary_word`` reads none: a shorter word ("bkaze":
    blaze, not "braze", whose "r" lies far from the "k"), or one with several English words one edit
    away. Of those slips, the one whose coverage words (``bridge_term``: itself, a synonym) a sentence
    holds with the most of the question's ``others`` ("why are the parents sunig": suing, not "sung"),
    then the one WordNet's tagged corpus saw most ("srory": story, not "sorry"), then one the coverage
    holds at all. Where the bridge corrects the word to a coverage term (``correct``), only a spelling
    of that term is read, so every later check reads the word the search does ("lwads": leads). ""
    where two tie, and (as ``_dictionary_word``) where the question asks for someone there
    (``someone``), the coverage writes a name near it, the word follows a name's (``named``: "E. coli")
    and no sentence holds the reading with the question's other words, or it is a chat contraction too
    short to tell ("wrte": write or wrote)."""
    wn = wordnet()
    if (
        wn is None
        or someone
        or len(word) < _SHORTEST
        or (len(word) < _ANY_EDIT and chat_contracted(word))
        or _agent_noun(word)
        or _near_named(word, ctx)
    ):
        return ""
    fixed = correct(word, stem(word), ctx.scorer, ctx.vocab, frozenset())
    if fixed == "":
        return ""  # (a function word's chat spelling: "colud" is no "cloud")
    ranked = []
    for meant in english_neighbours(word, wn):
        if not slipped(word, meant) or (fixed is not None and stem(meant) != fixed):
            # (where the bridge corrects the word to a coverage term, only a spelling of that term: "viil"
            # is the coverage's "vigil", not "veil", "lwads" its "leads")
            continue
        got = bridge_term(meant, stem(meant), ctx.scorer, ctx.vocab, capitalised=False)
        held = got.standing in ("known", "bridged") and bool(got.search)
        near = max((_held_with(t, others - {t}, ctx) for t in got.search), default=0) if held else 0
        seen = sum(wn.tagged(lemma, pos) for pos, lemma in wn.lemmas(meant))
        ranked.append(((near, seen, held), meant))
    ranked.sort(reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return ""
    (near, seen, held), meant = ranked[0]
    if named:
        # (after a name's word, only as a word a sentence holds with the question's others: it may be the
        # rest of the name, "E. coli", no "coil" of a coverage that writes of a "loop")
        return meant if near > 0 else ""
    return meant if held or seen else ""  # (a word the coverage lacks only as one in use)


#: the letters a misspelling needs to be read as a word two edits away (``_two_edits_word``): two edits of
#: a shorter word make too many words of it for the coverage's one such word to be what was meant
_TWO_EDITS = 7
#: a word of a sentence (``_two_edits_word`` reads the coverage's spellings of a term)
_LETTERS_WORD = re.compile(r"(?<![\w'’-])[A-Za-z]+(?![\w'’-])")


def _two_edits_word(word: str, others: set[str], ctx: AnswerContext) -> str:
    """The coverage's word two edits from a long misspelling nothing one edit away reads ("electrol":
    electoral, a letter dropped and two swapped), where it is the only one: of the index terms beginning
    with its first letter (a typo seldom hits it), the one term two edits at most from its stem that the
    coverage writes in a spelling WordNet knows two edits at most from the word (in a name's words too:
    "the National Electoral Commission"); that spelling (the nearest, then the most written), where a
    sentence holds the term with one of the question's ``others`` (two edits of a word make many words:
    "explisin" is no "explain" in a question about a blog on the explosion). "" where two terms are as
    near, where the word is shorter than ``_TWO_EDITS`` letters, shaped as a chat contraction or an agent
    noun, or where the coverage writes a name two edits from it (``_near_named``: a name misspelt is the
    name respelling's to read)."""
    wn = wordnet()
    if (
        wn is None
        or ctx.vocab is None
        or len(word) < _TWO_EDITS
        or chat_contracted(word)
        or _agent_noun(word)
        or _near_named(word, ctx)
    ):
        return ""

    def read() -> tuple[str, str]:
        own = stem(word)
        letters = set(own)
        # (two edits change four of a word's letters at most: a cheap sieve before the edits are counted)
        terms = [
            t
            for t in _beginning(word[0], ctx)
            if abs(len(t) - len(own)) <= 2 and len(letters ^ set(t)) <= 4 and _distance(t, own) <= 2
        ]
        spellings = {t: _common_spellings(word, t, ctx) for t in terms}
        held = [t for t, found in spellings.items() if found]
        if len(held) != 1:
            return "", ""
        found = spellings[held[0]]
        return held[0], min(found, key=lambda w: (_distance(w, word), -found[w], w))

    # (the term and its spelling, worked out once per engine for a word: the scan reads every term of its
    # first letter; whether a sentence holds the term with the question's other words is the question's)
    term, meant = ctx.remembered("two_edits", word, read, _MEMO)
    return meant if meant and _held_with(term, others - {term}, ctx) >= min(1, len(others)) else ""


def _common_spellings(word: str, term: str, ctx: AnswerContext) -> dict[str, int]:
    """The spellings of the index term ``term`` (lowercased) that the coverage writes, that WordNet knows
    and that are two edits at most from ``word``, each with how often the ``AnswerWeights.spelling_rows``
    first sentences holding the term write it."""
    wn = wordnet()
    found: dict[str, int] = {}
    for r in term_rows(term, ctx):
        for w in map(str.lower, _LETTERS_WORD.findall(ctx.sentences[r].text)):
            if w[0] == word[0] and abs(len(w) - len(word)) <= 2 and ctx.tokenizer.tokens(w) == [term]:
                found[w] = found.get(w, 0) + 1
    return {w: n for w, n in found.items() if wn is not None and wn.known(w) and _distance(w, word) <= 2}


#: the endings of an agent noun, which WordNet lacks for many of its verbs ("explainer", "explainers")
_AGENT_ENDINGS = ("ers", "er")


def _agent_noun(word: str) -> bool:
    """Whether ``word`` is an agent noun of a verb WordNet knows ("explainer": one who explains), a
    word as written however few dictionaries list it, no slip of another ("explained")."""
    for end in _AGENT_ENDINGS:
        if word.endswith(end):
            base = word[: -len(end)]
            return verb_known(base) or verb_known(base + "e")
    return False


def _asked_as_someone(question: str, start: int, end: int) -> bool:
    """Whether the question's word at ``start``..``end`` stands where it asks for someone: after a verb
    asking of them (``_ASKS_OF``: "what did pellow say", "how old is verral"), after a title ("gov
    okafer", ``TITLE_ABBREVIATIONS``), or before a possessive ("pellow's age")."""
    before = question[:start].split()
    prior = before[-1].lower().rstrip(".") if before else ""
    return prior in _ASKS_OF or prior in TITLE_ABBREVIATIONS or question.startswith(("'s", "’s"), end)


def _near_named(word: str, ctx: AnswerContext) -> bool:
    """Whether the coverage writes a name (capitalised mid-sentence most of the time) two edits from
    ``word`` at most, of its first letter: the word may misspell it. Once per engine for a word (the
    scan reads all the coverage's words of that letter)."""

    def read() -> bool:
        return any(
            abs(len(w) - len(word)) <= 2 and _distance(w, word) <= 2 and _mostly_named(w, ctx)
            for w in _beginning(word[0], ctx)
        )

    return ctx.remembered("near_named", word, read, _MEMO)


#: common English chat forms no spelling rule reads back: letters and digits that sound the word ("r", "u",
#: "b4"), and a contraction whose index stem keeps none of its last letter ("govt": "government" is indexed
#: "govern").
#: A general table of chat, as any chat writes it, not of a coverage's words
_CHAT_FORMS = {
    "r": "are",
    "u": "you",
    "ur": "your",
    "govt": "government",
    "cuz": "because",
    "coz": "because",
    "b4": "before",
}

#: the title abbreviations a question's noun may be (``TITLE_ABBREVIATIONS``: "the capt of the ferry" asks
#: for the captain); before a name a title only tells who it is (``question.HONORIFICS``). ("the gov" is
#: as often chat's government as a governor: left out)
_TITLE_WORDS = {short: full for short, full in TITLE_ABBREVIATIONS.items() if short != "gov"}

#: a lowercase word of a question standing alone ("r", not the "r" of "r&b" or "R-401")
_CHAT_WORD = re.compile(r"(?<![\w'’.&/-])([a-z][a-z0-9]*)(?![\w'’.&/-])")
_TITLES = "|".join(sorted(_TITLE_WORDS, key=len, reverse=True))
#: a run of title abbreviations after a determiner ("the capt", "the det supt", "the ferry's capt"), and
#: the word after it, if any
_TITLE_RUN = re.compile(
    rf"(?:\b(?:the|a|an|his|her|their|its|our|my|your)|['’]s)\s+((?:(?:{_TITLES})\s+)*(?:{_TITLES}))"
    rf"(?![\w'’.&/-])(?=\s*([A-Za-z]+)?)",
    re.IGNORECASE,
)


def chat_spelled(question: str, ctx: AnswerContext) -> str:
    """The question with a common chat form (``_CHAT_FORMS``: "where r the evacuees staying", "did the
    govt fine them") written as the word it stands for, and title abbreviations used as a noun ("who is
    the capt of the ferry", "whos the det supt": after a determiner, before no name) as their full words
    (``_TITLE_WORDS``): read as written, "r" was searched for as a name and "capt" dropped as a title
    before a name. Only lowercase forms the coverage never writes lowercase ("r" as a word), so a
    coverage that writes one in its own sense (a "gov" of its own) keeps it. A "4" ending the question
    after an inflected verb is chat's "for" (``_only_inflected_verb``: "how much r they suing 4"), where
    read as a number it asked for a figure "4" begins ("4.2 million customers")."""

    def spelt(word: str, full: str) -> str:
        return full if full and word.islower() and not writes(word, ctx, cased=True) else word

    def role(m: re.Match[str]) -> str:
        after = m.group(2)
        if after is not None and not _word_not_name(after, ctx):
            return m.group(0)  # "the capt verrall": a title before a name
        run = re.sub(r"[A-Za-z]+", lambda t: spelt(t.group(0), _TITLE_WORDS.get(t.group(0), "")), m.group(1))
        return m.group(0)[: m.start(1) - m.start(0)] + run

    question = _TITLE_RUN.sub(role, question)
    question = _FOR_ENDING.sub(
        lambda m: f"{m.group(1)}for" if _only_inflected_verb(m.group(2)) else m.group(0), question
    )
    return _CHAT_WORD.sub(lambda m: spelt(m.group(1), _CHAT_FORMS.get(m.group(1), "")), question)


#: the noun a "how many" counts, past a comparative ("how many more ppl"), as a lowercase word or a
#: plural of initials ("VPs")
_COUNTED_WORD = re.compile(r"\b(?i:how many)\s+(?:(?:more|fewer|less)\s+)?([a-z]+|[A-Z]{2,}s)(?![\w'’.&/-])")


def counted_spelled(question: str, ctx: AnswerContext) -> str:
    """The question with the noun a "how many" counts written as the English word it contracts
    (``phrases.contraction_of``: "how many ppl were arrested" -> "how many people were arrested") where
    it is a chat contraction no dictionary knows, the coverage never writes, and the coverage writes
    that word. The search read it so already (``select._counted_contraction``), but every step that
    reads the counted noun in the question's words did not: the count revised "up from" the first one,
    which names what it counts, was no count of "ppl". A plural of initials the coverage lacks ("how
    many vps signed", "VPs") is written as the words the coverage writes with those initials beside the
    question's other words (``initials_words``: "vice presidents")."""
    wn = wordnet()
    if wn is None:
        return question

    def spelt(m: re.Match[str]) -> str:
        word = m.group(1)
        if (
            word in STOP_WORDS
            or wn.known(word)
            or any(ctx.scorer.df(t) > 0 for t in ctx.tokenizer.tokens(word))
        ):
            return m.group(0)
        full = contraction_of(word) if word.islower() else ""
        toks = ctx.tokenizer.tokens(full)
        if not full or len(toks) != 1 or ctx.scorer.df(toks[0]) <= 0:
            # a plural of initials ("how many vps signed"): the words the coverage writes with those
            # initials beside the question's other words ("signed by 17 vice presidents")
            own = set(ctx.tokenizer.tokens(word))
            others = [t for t in ctx.tokenizer.tokens(question) if t not in own and t not in STOP_WORDS]
            plural = len(word) <= WEIGHTS.initialism_letters and word.endswith("s") and others
            full = " ".join(_initials_run(word[:-1].lower(), others, ctx)) if plural else ""
            if not full:
                return m.group(0)
        return m.group(0)[: m.start(1) - m.start(0)] + full

    return _COUNTED_WORD.sub(spelt, question)


def initials_words(word: str, others: list[str], ctx: AnswerContext) -> tuple[str, ...]:
    """The content words, one per letter of ``word``, that the best sentences for ``others``
    (``WEIGHTS.compound_rows`` of them) write in a row with those initials, the run found most often,
    lowercase ("ag": attorney general). A plural of initials ("vps", "VPs") is read by its singular's
    where its own letters find none: the words' last is then written plural ("vice presidents"). None
    when no such run is found."""
    got = _initials_run(word.lower(), others, ctx)
    if not got and len(word) > 2 and word.endswith("s"):
        got = _initials_run(word[:-1].lower(), others, ctx)
    return got


def _initials_run(letters: str, others: list[str], ctx: AnswerContext) -> tuple[str, ...]:
    """``initials_words`` for the initials ``letters`` as written."""
    run = re.compile(
        r"\b" + r"(?:['\u2019]s)?[-\s]+".join(rf"({c}[a-z]+)" for c in letters) + r"\b", re.IGNORECASE
    )
    found: dict[tuple[str, ...], int] = {}
    for h in ctx.scorer.top_k(others, WEIGHTS.compound_rows):
        for m in run.finditer(ctx.sentences[h.index].text):
            words = tuple(w.lower() for w in m.groups())
            if not any(w in STOP_WORDS for w in words):
                found[words] = found.get(words, 0) + 1
    return max(found, key=lambda ws: (found[ws], ws)) if found else ()


#: a lone "4" ending a question after a lowercase word ("how much r they suing 4"), the word before it
_FOR_ENDING = re.compile(r"(\b([a-z]+)\s+)4(?=\s*[?!.]*\s*$)")


def _only_inflected_verb(word: str) -> bool:
    """Whether ``word`` is only an inflected verb to the dictionary ("suing", "arrested"): a "4" after
    it ends the question as chat's "for" does ("what r they suing 4"), where after a noun or a verb's
    base form it is a number ("in unit 4", "round 4", "the building 4")."""
    wn = wordnet()
    if wn is None:
        return False
    lemmas = set(wn.lemmas(word))
    return bool(lemmas) and all(pos == "v" and lemma != word for pos, lemma in lemmas)


def _word_not_name(word: str, ctx: AnswerContext) -> bool:
    """Whether a word after a title is no name: a function word, or a lowercase English word the
    coverage never writes as a name ("the insp leading the inquiry", not "the capt verrall")."""
    low = word.lower()
    if low in STOP_WORDS:
        return True
    wn = wordnet()
    return word.islower() and wn is not None and wn.known(low) and not _written_as_name(low, ctx)


#: a word of a question, as one of a name's (letters, a hyphen inside; a possessive's "'s" is none of it)
_NAME_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def named_respelt(question: str, ctx: AnswerContext) -> str:
    """The question with a misspelt word of a two-word name written as the coverage writes the name
    ("how old was marcus hail" -> "marcus hale", "who is sarah lindqvest" -> "lindqvist"): the other word
    is one the coverage writes capitalised beside a capitalised word (``_beside``) near it in spelling
    (``near_name``), the only such, while it never writes the pair as asked. Read so, a real word
    ("hail") is no longer searched for in its own senses, nor a misspelling in some other name's. A
    word the coverage writes as a name of its own ("marcus hall" where it names an Anna Hall) is
    another person, and one it writes lowercase is meant as written ("did sarah said" beside a Sarah
    Saad): they stay. A name asked alone is respelt too where the question asks for someone there
    (``_lone_name``: "what did tilly say" of a coverage naming an Owen Tilley), so the search and the
    "nothing in it mentions" check both read the name, not "till" or a pillow."""
    # (the name asked alone first: the title before it is then read beside it, "sherrif brandt")
    question = _respelt_at(question, _lone_names(question, ctx))
    words = list(_NAME_WORD.finditer(question))
    fixes: dict[int, tuple[int, str]] = {}
    for m1, m2 in itertools.pairwise(words):
        if question[m1.end() : m2.start()].strip():
            continue  # (not in a row: "hale, marcus")
        for anchor, other, after in ((m1, m2, True), (m2, m1, False)):
            fixed = _name_word(anchor.group(0), other.group(0), after, ctx)
            if fixed:
                fixes[other.start()] = (other.end(), fixed)
    return _respelt_at(question, fixes)


def _respelt_at(question: str, fixes: dict[int, tuple[int, str]]) -> str:
    """The question with the words at ``fixes``' starts (up to their ends) written as given."""
    for start in sorted(fixes, reverse=True):
        end, word = fixes[start]
        question = question[:start] + word + question[end:]
    return question


def _lone_names(question: str, ctx: AnswerContext) -> dict[int, tuple[int, str]]:
    """The names a question's words misspell where it asks for someone (``_lone_name``), by the word's
    start: its end and the name."""
    words = list(_NAME_WORD.finditer(question))
    fixes: dict[int, tuple[int, str]] = {}
    for i, m in enumerate(words):
        joined = i > 0 and not question[words[i - 1].end() : m.start()].strip()
        owner = question.startswith(("'s", "’s"), m.end())
        if fixed := _lone_name(m.group(0), words[i - 1].group(0) if joined else "", owner, ctx):
            fixes[m.start()] = (m.end(), fixed)
    return fixes


def _name_word(anchor: str, word: str, after: bool, ctx: AnswerContext) -> str:
    """The spelling of ``word`` the coverage writes beside ``anchor`` in a name (after it when
    ``after``), in ``word``'s case, when ``word`` is a misspelling of it (``named_respelt``); ""
    otherwise."""
    low = word.lower()
    if len(low) < 3 or low in STOP_WORDS or not _may_name(anchor):
        return ""
    # (before the name, its title may stand before its first name too: "sherrif brandt" of "Sheriff Ivo
    # Brandt")
    beside = _beside(anchor, after, ctx) if after else _titles(anchor, ctx)
    if low in beside:
        return ""  # the coverage writes the name so
    # (a word of the name's own stem is its inflection, no misspelling: "foreign ministers" of the
    # coverage's "Foreign Minister" asks of several)
    own = ctx.tokenizer.tokens(low)
    wn = wordnet()
    # (an English word stands for a name only when it sounds as the name does: "hail" for "Hale", not
    # "sell" for "Bell" in "did ola sell the foundry")
    english = wn is not None and wn.known(low)
    near = {
        b
        for b in beside
        if near_name(low, b)
        and ctx.tokenizer.tokens(b) != own
        and (not english or sound_key(low) == sound_key(b))
    }
    if len(near) != 1 or _written_as_name(low, ctx) or writes(low, ctx, cased=True):
        return ""  # (a word the coverage writes as a name of its own, or lowercase: "sarah said")
    (got,) = near
    return got if word.islower() else got.capitalize()


#: the verbs after which a question's next word is whom it asks about ("what did tilly say", "how old
#: is pillow", "has brant resigned")
_ASKS_OF = frozenset("did does do is was are were has have had will would can could should".split())


def _lone_name(word: str, before: str, owner: bool, ctx: AnswerContext) -> str:
    """The name the coverage writes (lowercase, as asked) that a lowercase ``word`` of a question
    misspells, one edit away ("tilly" for "Tilley", "pillow" for "Pellow", "brant" for "Brandt"; a long
    word no dictionary knows, heard alike: ``_sounded_names``, "tellwrite" for "Tellwright"), where
    the question asks for someone there: after a verb that asks of them (``_ASKS_OF``: "what did tilly
    say") or an inflected verb whose object it is ("who replaced pillow"), before a possessive
    (``owner``: "pillow's age"), or after the title the coverage writes before that name
    (``_titles``), or a spelling near it ("sherrif brant" of "Sheriff Paul Brandt"). The name is a word
    written capitalised mid-sentence most of the time (``_mostly_named``) and no title (a common noun
    for a person, ``person_noun``: the "Chief" of "Fire Chief Ramona Ellery"), the only such near it;
    an English word asked must sound as it does (``sound_key``: "pillow", "Pellow"), and one the
    coverage itself writes lowercase, or as a name, is meant as written ("what did police say"). ""
    otherwise."""
    low = word.lower()
    if not word.islower() or len(low) < 4 or not low.isalpha() or low in STOP_WORDS or ctx.vocab is None:
        return ""
    name = ctx.remembered("lone_name", low, lambda: _name_near(low, ctx), _MEMO)
    if not name:
        return ""
    prior = before.lower()
    titled = bool(prior) and any(b == prior or near_name(prior, b) for b in _titles(name, ctx) if len(b) > 3)
    if not (prior in _ASKS_OF or owner or titled or (prior.isalpha() and verb_form(prior))):
        return ""
    return name


def _name_near(low: str, ctx: AnswerContext) -> str:
    """The only name one edit from the lowercase word ``low`` (``_lone_name``, wherever the question
    asks it), or, where none is and no dictionary knows a long ``low``, the only one heard as it is
    (``_sounded_names``); "" otherwise: worked out once per engine, a question's words being met again
    in later questions (two fifths of them in a batch of 200; spelling out a word's edits costs a twelfth
    of a millisecond)."""
    assert ctx.vocab is not None
    wn = wordnet()
    english = wn is not None and wn.known(low)
    near = [
        c for c in sorted(edits1(low) & ctx.vocab.keys()) if len(c) > 3 and ctx.tokenizer.tokens(c) == [c]
    ]
    if not near and not english and len(low) >= _SOUNDED_NAME and low not in ctx.vocab:
        near = _sounded_names(low, ctx)  # ("tellwrite": Tellwright, three edits away)
    # (a noun for a person the coverage capitalises is a title, "Fire Chief Ramona Ellery": "cheif" is
    # the common word, left to its own correction)
    near = [
        c
        for c in near
        if (not english or sound_key(c) == sound_key(low))
        and not (wn is not None and person_noun(c, wn) and not wn.proper(c))
    ]
    # (the coverage's sentences read only for a word some name is still near: a third of the words asked
    # have a spelling one edit away, but none heard as they are)
    if not near or writes(low, ctx, cased=True) or _written_as_name(low, ctx):
        return ""
    near = [c for c in near if _mostly_named(c, ctx)]
    return near[0] if len(near) == 1 else ""


#: the letters a word no dictionary knows needs to be read as a name more than one edit away that
#: sounds as it does (``_sounded_names``): a shorter word's consonants are those of too many names
_SOUNDED_NAME = 7
#: the most edits between a long misspelt name and the name it sounds as ("tellwrite", "Tellwright": 3)
_SOUNDED_EDITS = 3


def _sounded_names(low: str, ctx: AnswerContext) -> list[str]:
    """The coverage's words (their own index terms) that a long word no dictionary knows may misspell
    by ear: the same first letter and consonants (``_consonants``), and ``_SOUNDED_EDITS`` edits at most
    ("tellwrite" of "Tellwright", a spelling heard, not typed). Only words of that first letter are
    read (the sorted vocabulary), once per engine for a word (``_name_near``'s memo)."""
    assert ctx.vocab is not None
    key = _consonants(low)
    return [
        w
        for w in _beginning(low[0], ctx)
        if abs(len(w) - len(low)) <= 2
        and w != low
        and _consonants(w) == key
        and _distance(w, low) <= _SOUNDED_EDITS
        and ctx.tokenizer.tokens(w) == [w]
    ]


#: a "gh" English writes but does not sound ("night", "Wright", "though"), before a "t" or at the end
_SILENT_GH = re.compile(r"gh(?=t|$)")


def _consonants(word: str) -> str:
    """The letters a word is heard by: its first letter, then its consonants in order, each run of one
    written once, without vowels, "h", "w", "y" and a silent "gh" ("tellwrite" and "Tellwright" are
    both "tlrt"): two spellings of a name heard alike share them. Not Soundex (``sound_key``), which
    keeps three consonants and files "c", "g", "k", "s" alike: among a long word's
    (``_SOUNDED_NAME``) neighbours of the same first letter that is too coarse a key, and it reads the
    silent "gh" as a "g" ("Tellwright" T462, "tellwrite" T463)."""
    low = _SILENT_GH.sub("", word.lower())
    out = low[:1]
    for c in low[1:]:
        if c not in "aeiouyhw" and c != out[-1]:
            out += c
    return out


def _titles(name: str, ctx: AnswerContext) -> frozenset[str]:
    """The capitalised words (lowercased) the coverage writes right before ``name``, or before a name
    written right before it: the title of "Sheriff Brandt" and of "Sheriff Paul Brandt" alike."""
    beside = _beside(name, False, ctx)
    return beside.union(*(_beside(b, False, ctx) for b in beside if _may_name(b)))


def _mostly_named(word: str, ctx: AnswerContext) -> bool:
    """Whether the coverage writes ``word`` (lowercase, one index term) capitalised more often than not
    past a sentence's first word, in the ``AnswerWeights.spelling_rows`` first sentences holding it: a
    name ("Pellow"), not a common word a name sometimes holds ("the Pillow Fund", a pillow)."""

    def read() -> bool:
        found = re.compile(rf"(?i)(?<=[\w,;:’'\"“] ){re.escape(word)}\b")
        upper = lower = 0
        for r in term_rows(word, ctx):
            for m in found.finditer(ctx.sentences[r].text):
                if m.group(0)[0].isupper():
                    upper += 1
                else:
                    lower += 1
        return upper > lower

    return ctx.remembered("mostly_named", word, read, _MEMO)


def _may_name(word: str) -> bool:
    """Whether a question's word may be one of a name the coverage writes: no function word, and no
    common word to the dictionary (a name WordNet knows only as one, "Sarah", or one it lacks,
    "Lindqvist"). (A common word's names, "Finance Minister", are left to the term's own correction:
    looking up the words beside every word of a question cost a tenth of its answering time.)"""
    wn = wordnet()
    low = word.lower()
    return low not in STOP_WORDS and (wn is None or not wn.known(low) or wn.proper(low))


def _written_as_name(word: str, ctx: AnswerContext) -> bool:
    """Whether the coverage writes ``word`` (lowercase) capitalised past a sentence's first word ("the
    Fire Hall")."""
    return _written(word, rf"[\w,;:’'\"“] {re.escape(word.capitalize())}\b", ctx)


def _beside(anchor: str, after: bool, ctx: AnswerContext) -> frozenset[str]:
    """The capitalised words (lowercased) the coverage writes right after (before) ``anchor`` written
    capitalised, in the ``AnswerWeights.spelling_rows`` first sentences holding its index term: the
    other words of the names ``anchor`` is written in ("Hale" of "Marcus Hale")."""
    cap = anchor[:1].upper() + anchor[1:].lower()

    def read() -> frozenset[str]:
        toks = ctx.tokenizer.tokens(anchor)
        if len(toks) != 1:
            return frozenset()
        return frozenset(
            w.lower()
            for r in term_rows(toks[0], ctx)
            for w in _names_beside(cap, after, ctx.sentences[r].text)
        )

    return ctx.remembered("names_beside", (cap, after), read, _MEMO)


#: a capitalised word of a name, as ``_beside`` reads the one beside the anchor ("Hale", "Hale-Smith")
_CAP_NAME = r"([A-Z][a-z]+(?:['’-][A-Za-z]+)*)"
#: that word after spaces (after the anchor), and before spaces (before it), where a word begins
_SPACED_NAME = re.compile(rf"\s+{_CAP_NAME}\b")
_NAME_SPACED = re.compile(rf"\b{_CAP_NAME}\s+")
#: a word's edge (``_names_beside`` checks the anchor's two)
_EDGE = re.compile(r"\b")


def _names_beside(cap: str, after: bool, text: str) -> list[str]:
    """The capitalised words ``text`` writes right after (before) the word ``cap`` (capitalised, letters
    and hyphens), the spaces between them, as a pattern of the anchor and ``_CAP_NAME`` found them
    (``re.findall``: the anchor beginning a word, the name ending one; no two overlapping), without
    compiling such a pattern for each anchor a question gives (a sixth of a millisecond each, most of
    the cost of reading the names beside a word). A name before the anchor ends where its letters do,
    so where the anchor does not follow it, it follows no name beginning inside it either."""
    out: list[str] = []
    if after:
        at = text.find(cap)
        while at >= 0:
            m = _SPACED_NAME.match(text, at + len(cap)) if _EDGE.match(text, at) else None
            if m is not None:
                out.append(m.group(1))
            at = text.find(cap, m.end() if m is not None else at + 1)
        return out
    pos = 0
    while (m := _NAME_SPACED.search(text, pos)) is not None:
        end = m.end() + len(cap)
        if text.startswith(cap, m.end()) and _EDGE.match(text, end):
            out.append(m.group(1))
            pos = end
        else:
            pos = m.end()
    return out


def near_name(word: str, name: str) -> bool:
    """Whether ``word`` may be a misspelling of the name ``name`` (both lowercase): one edit away (a
    letter added, dropped, changed or two swapped), or two where both sound alike (``sound_key``:
    "hail" for "hale")."""
    if word == name:
        return False
    return _distance(word, name) == 1 or (sound_key(word) == sound_key(name) and _distance(word, name) <= 2)


def _distance(a: str, b: str) -> int:
    """The edits between two words (letters added, dropped, changed, or two next to each other swapped)."""
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            row.append(min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (ca != cb)))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


#: where each letter's key lies on a QWERTY keyboard: its row and its distance along the row (each row
#: set a little further right than the one above it)
_KEYS = {
    c: (r, i + shift)
    for r, (row, shift) in enumerate([("qwertyuiop", 0.0), ("asdfghjkl", 0.25), ("zxcvbnm", 0.75)])
    for i, c in enumerate(row)
}


def slipped(word: str, meant: str) -> bool:
    """Whether ``word`` may be a typing slip for ``meant`` (both lowercase, one edit apart): a letter
    added, dropped or two swapped, or one struck for another whose key is its neighbour ("wife" for
    "wire") or that sounds as a vowel does ("directer" for "director", "reel" for "real"). A word
    another word's letter replaces, with a key far from it, is as likely the other word meant as
    written ("fined" is no slip for "fired", nor "toll" for "told"): a real word is read as a
    misspelling only where its edit is a slip."""
    if len(word) != len(meant):
        return True
    diff = [(a, b) for a, b in zip(word, meant, strict=True) if a != b]
    if len(diff) != 1:
        return True  # (two letters swapped, or no single edit: not a struck key)
    ((a, b),) = diff
    if a in "aeiouy" and b in "aeiouy":
        return True
    ka, kb = _KEYS.get(a), _KEYS.get(b)
    if ka is None or kb is None:
        return False
    return (ka[0] == kb[0] and abs(ka[1] - kb[1]) == 1) or (
        abs(ka[0] - kb[0]) == 1 and abs(ka[1] - kb[1]) < 1
    )


#: Soundex's digit for each consonant; vowels, "h", "w" and "y" have none
_SOUNDEX = {c: d for d, letters in enumerate(["bfpv", "cgjkqsxz", "dt", "l", "mn", "r"], 1) for c in letters}


def sound_key(word: str) -> str:
    """The word's Soundex key (its first letter and the digits of the consonant sounds after it, three
    at most: "hale" and "hail" are H400): spellings of one name that sound alike share it."""
    low = word.lower()
    if not low:
        return ""
    digits, last = [], _SOUNDEX.get(low[0], 0)
    for c in low[1:]:
        d = _SOUNDEX.get(c, 0)
        if d and d != last:
            digits.append(str(d))
        if c not in "hw":
            last = d
    return (low[0].upper() + "".join(digits) + "000")[:4]
