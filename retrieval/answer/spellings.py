"""Question words the coverage writes otherwise than the question, read by what the coverage writes
with the question's other words: a misspelling that is itself a word ("reel name" for "real name") and
a chat clipping ("comms" for "communications"). A reading stands only where a sentence holds it with
the question's other words (``AnswerWeights.confirm_terms`` of them)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from retrieval.answer.bridge import TermBridge, chat_contracted, edits1, wordnet
from retrieval.answer.question import QuestionInfo
from retrieval.answer.scoring import AnswerContext
from retrieval.answer.weights import WEIGHTS
from retrieval.lexicon import STOP_WORDS

#: question words whose near spellings an engine remembers
_MEMO = 50_000


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
        if not near:
            continue
        others = other_terms(bridges, t)
        if not used_with(near, others, ctx):
            continue
        own = ctx.scorer.top_k([t], WEIGHTS.real_word_rows)  # the sentences holding it
        if all(others.isdisjoint(ctx.terms(h.index)) for h in own):
            out[t] = TermBridge(t, "corrected", (near, t), b.variants | {near}, name=False)
    return out


def clippings(q: QuestionInfo, bridges: dict[str, TermBridge], ctx: AnswerContext) -> dict[str, TermBridge]:
    """The bridges with a chat clipping read as the word it clips ("election comms" beside "the party's
    new communications chief for their next general election"): a lowercase word no dictionary knows
    and the coverage lacks, whose stem begins words of the coverage. Of those words (the
    ``AnswerWeights.clipped_words`` most frequent) and the word's correction, the one a sentence holds
    with the most of the question's other words (``confirm_terms`` at least) stands for it."""
    wn = wordnet()
    out = dict(bridges)
    for t, b in bridges.items():
        lacks = b.standing != "known" and t not in q.entity_terms and t not in q.literal
        word = q.term_words.get(t, t)
        contracted = chat_contracted(word)
        if not lacks or (len(t) < 4 and not contracted) or not t.isalpha() or wn is None or wn.known(word):
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
    words = ctx.memo.get("sorted_vocab")
    if not isinstance(words, list):
        words = ctx.memo["sorted_vocab"] = sorted(ctx.vocab)
    spells = _spelled_by(word)
    found = []
    for i in range(bisect.bisect_left(words, word[0]), len(words)):
        w = words[i]
        if not w.startswith(word[0]):
            break
        if spells(w):
            found.append(w)
    memo[word] = got = sorted(found, key=lambda w: -ctx.scorer.df(w))[: WEIGHTS.clipped_words]
    return list(got)


def _held_with(term: str, others: set[str], ctx: AnswerContext) -> int:
    """The most of ``others`` one of the best sentences for ``term`` and them holds with ``term``."""
    hits = ctx.scorer.top_k([term, *sorted(others)], WEIGHTS.confirm_sentences)
    return max((len(others & got) for h in hits if term in (got := ctx.terms(h.index))), default=0)


def _begun_by(stem: str, ctx: AnswerContext) -> list[str]:
    """The coverage's most frequent words (``AnswerWeights.clipped_words``) that begin with ``stem`` and
    run on for two letters or more (the sorted vocabulary is made on first use)."""
    if ctx.vocab is None:
        return []
    words = ctx.memo.get("sorted_vocab")
    if not isinstance(words, list):
        words = ctx.memo["sorted_vocab"] = sorted(ctx.vocab)
    found = []
    for i in range(bisect.bisect_left(words, stem), len(words)):
        if not words[i].startswith(stem):
            break
        if len(words[i]) >= len(stem) + 2 and words[i].isalpha():
            found.append(words[i])
    return sorted(found, key=lambda w: -ctx.scorer.df(w))[: WEIGHTS.clipped_words]


def writes(word: str, ctx: AnswerContext) -> bool:
    """Whether the coverage writes ``word`` so (case aside), read in the ``AnswerWeights.spelling_rows``
    first sentences holding its index term: a stem is shared by spellings the coverage never writes."""

    def read() -> bool:
        toks = ctx.tokenizer.tokens(word)
        pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
        rows = ctx.scorer.top_k(toks, WEIGHTS.spelling_rows) if len(toks) == 1 else []
        return any(pattern.search(ctx.sentences[h.index].text) for h in rows)

    return ctx.remembered("written", word, read, _MEMO)


#: a lowercase word a question may misspell (shorter ones are one edit from too many words)
_SPELT = re.compile(r"(?<![\w'’-])[a-z]{5,}(?![\w'’-])")


def respelt(question: str, ctx: AnswerContext) -> str:
    """The question with each lowercase word of five letters or more that neither the dictionary nor
    the coverage knows, and that is no chat contraction (``chat_contracted``), written as the English
    word one edit away (a transposed, doubled, missing or wrong letter) that the coverage writes, the
    most frequent there: its grammar is then read as its writer meant it ("who got suspendd": a
    passive, whose "got" asks nothing). Unchanged where no such word is found."""
    wn, vocab = wordnet(), ctx.vocab
    if wn is None or vocab is None:
        return question

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        toks = ctx.tokenizer.tokens(word)
        if not toks or toks[0] in vocab or wn.known(word) or chat_contracted(word):
            return word
        found = [
            (ctx.scorer.df(t[0]), c)
            for c in sorted(edits1(word))
            if wn.known(c) and len(t := ctx.tokenizer.tokens(c)) == 1 and t[0] in vocab and writes(c, ctx)
        ]
        return max(found, default=(0, word))[1]

    return _SPELT.sub(fix, question)
