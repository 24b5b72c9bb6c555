"""What a question asks to be completed, and whether a sentence completes it: a question ending on its
verb's preposition ("what was she charged with", "what did he plead guilty to") asks for that
preposition's object, which a sentence gives only where it writes the verb with the preposition and
something after it ("is charged with five counts"), not where it echoes the verb's stem in another
construction ("convicted on fraud charges"); a "how did X do Y" asks for the means or manner, which a
sentence gives in a means phrase ("by rebuilding", "through a stolen password", "after engineers rebuilt
the servers"), not where it only names the act ("has no timeline for restoring systems")."""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.answer.bridge import verb_form, wordnet
from retrieval.answer.question import QuestionInfo
from retrieval.answer.relation import credit
from retrieval.search.text import Tokenizer, fold

#: English prepositions a question may strand at its end ("charged with", "known for", "pleaded to"):
#: the closed class, not words of any coverage
_PREPOSITIONS = frozenset(
    "to with for on of about from into against at in by over under after through toward towards".split()
)
_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*|\d[\d,.]*")
#: "how did/does/has/was ... X <verb>": the auxiliary that makes a "how" ask for a manner or a means
#: (not "how many", "how much", "how long", which ask for an amount)
_HOW_DONE = re.compile(
    r"^\s*how\s+(?:did|does|do|has|have|had|was|were|is|are|will|would|could|can)\b", re.IGNORECASE
)
#: words leading a means phrase ("by rebuilding", "through a compromised account", "using backups")
_MEANS = re.compile(r"\b(?:by|through|via|using|thanks\s+to|with\s+the\s+help\s+of)\s+[\w$'\u2019-]", re.I)
#: "after" leading the act that brought the outcome about ("after engineers rebuilt ...", "after paying")
_AFTER = re.compile(r"\bafter\s+((?:[A-Za-z][\w'\u2019-]*\s+){0,2}[A-Za-z][\w'\u2019-]*)", re.IGNORECASE)
#: how many words a sentence may put between the asked verb and its preposition ("pleaded guilty in
#: March to ..."): a grammatical span (a short adverbial), not a tuned figure
_GAP = 4


def _stranded(q: QuestionInfo, tokenizer: Tokenizer) -> tuple[frozenset[str], str] | None:
    """The question's terms just before the preposition it ends on, and the preposition: what the
    sentence must write with it. None when the question does not end on a preposition."""
    words = _WORD.findall(fold(q.text).lower())
    if len(words) < 3 or words[-1] not in _PREPOSITIONS:
        return None
    # (the verb the preposition belongs to: "plead guilty to" -> plead; "is the tournament for" strands it
    # after a noun, the sentence's own "tournament ... for" completes nothing asked)
    before = [t for w in words[-3:-1] if verb_known(w) for t in tokenizer.tokens(w) if t in q.terms]
    return (frozenset(before), words[-1]) if before else None


def verb_known(word: str) -> bool:
    """Whether WordNet knows a word as a verb in some form ("charged", "plead", "rely")."""
    wn = wordnet()
    return wn is not None and any(pos == "v" for pos, _ in wn.lemmas(word))


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
    not leading a gerund ("restored by rebuilding the servers" gives the means)."""
    if not means.group(0).lower().startswith("by"):
        return False
    before = _WORD.findall(text[: means.start()])
    after = _WORD.findall(text[means.start() + 2 :])
    participle = bool(before) and not before[-1].lower().endswith("ing") and verb_form(before[-1])
    gerund = bool(after) and after[0].lower().endswith("ing") and verb_form(after[0])
    return participle and not gerund


def states_means(text: str) -> bool:
    """Whether a sentence gives a means or a manner: a means phrase ("by", "through", "via", "using"),
    or "after" leading an act ("after engineers rebuilt", "after paying"), not a date ("after March")."""
    text = fold(text)
    if any(not _passive_agent(text, m) for m in _MEANS.finditer(text)):
        return True
    return any(any(verb_form(w) for w in m.group(1).split()) for m in _AFTER.finditer(text))


def passive_subject(phrase: str, noun: str) -> bool:
    """Whether a "what is the X ..." phrase makes its noun X the subject of a passive whose preposition
    it strands ("the deputy mayor charged with"): a participle right after the noun and a preposition
    ending the phrase. Such a question asks for the preposition's object, not for an X."""
    words = _WORD.findall(fold(phrase).lower())
    if noun not in words or words[-1] not in _PREPOSITIONS:
        return False
    i = words.index(noun)
    return i + 2 < len(words) and verb_form(words[i + 1])


def asked_completion(q: QuestionInfo, tokenizer: Tokenizer) -> Callable[[str], bool] | None:
    """The test a sentence must pass to give what the question asks to be completed (module doc), or
    None when the question asks for no completion."""
    stranded = _stranded(q, tokenizer)
    if stranded is not None:
        asked, prep = stranded
        return lambda text: _completes(q, asked, prep, text, tokenizer)
    if _HOW_DONE.match(fold(q.text)):
        return lambda text: states_means(text) or _verb_figure(q, text, tokenizer)
    return None
