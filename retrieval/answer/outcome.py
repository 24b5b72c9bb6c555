"""Whether an answer's first statement tells the matter whose outcome a question asks for only as still to
come: "what did Elin Varga's review conclude" of "Varga will lead an independent review", "what was the
result of the no-confidence vote" of "the Alliance would drop its planned no-confidence vote", "what did
the hearing decide" of "a hearing is scheduled for May".

A question asking in the past what came of something ("what did X decide", "what was the outcome of X",
"who won X") asks for a done act; a sentence telling X only as planned, scheduled or to be done says it
has not happened, and nothing of its outcome. Tense and modality are read from the words before the
matter's noun in its clause ("will lead an independent review", "its planned vote", "until a special
election") and after it ("the hearing is scheduled for"), not from any list of matters."""

from __future__ import annotations

import re
from functools import lru_cache

from retrieval.answer.bridge import wordnet
from retrieval.answer.phrases import noun_phrase
from retrieval.answer.question import asked_sentence
from retrieval.answer.weights import WEIGHTS
from retrieval.lexicon import STOP_WORDS
from retrieval.search.text import Tokenizer
from retrieval.search.wordnet import VERB_COMMUNICATION

#: "what did the review conclude", "what has the panel decided": the matter and the act asked of it
_WHAT_DID = re.compile(
    r"^what\s+(?:did|has|have|had)\s+(?P<matter>.+?)\s+(?P<verb>[a-z]+)(?:\s+(?:about|on|in)\s+.+)?\s*\??$"
)
#: "what was the outcome of the vote", "what were the results of the ballot", "what was the verdict in the
#: trial": the words a question asks a done act's outcome with
_OUTCOME_OF = re.compile(
    r"^what\s+(?:was|were)\s+the\s+(?:outcome|outcomes|result|results|verdict|upshot)\s+(?:of|in|from)\s+"
    r"(?P<matter>.+?)\s*\??$"
)
#: "who won the special election", "which side won the appeal"
_WHO_WON = re.compile(r"^(?:who|which\s+\w+)\s+won\s+(?P<matter>.+?)\s*\??$")
#: the function words a matter's noun phrase may hold ("the review of the contract")
_PHRASE_WORDS = frozenset({"the", "a", "an", "of", "its", "their", "his", "her"})
#: the words putting what follows them in the future or in a plan ("will lead a review", "would ballot
#: members", "its planned vote", "is expected to hold a hearing", "until a special election")
_TO_COME_BEFORE = re.compile(
    r"^(?:will|shall|'ll|would|planned|proposed|upcoming|forthcoming|scheduled|until|"
    r"going|expected|set|due|poised|planning|plans|intends|intend|plan)$"
)
#: the first auxiliary after the matter's noun in its clause, which tells the tense of what the clause
#: says of it ("the hearing is scheduled for", "the review into the leak ... will examine")
_AUXILIARY_AFTER = re.compile(
    r"\b(?:will|would|shall|is|are|was|were|has|have|had|has\s+been|had\s+been)\b", re.IGNORECASE
)
#: that auxiliary putting the clause to come: a future, or a schedule or a plan
_TO_COME_AFTER = re.compile(
    r"(?:will|would|shall)\b|(?:is|are|was|were|has\s+been|had\s+been)\s+(?:now\s+)?(?:scheduled|due|set|"
    r"expected|planned|to\s+be)\b",
    re.IGNORECASE,
)
#: a mark ending the clause the matter's noun stands in
_CLAUSE_END = re.compile(r"[.;:!?\u2014\u2013]|,\s+(?:but|and|while|as)\b")
#: a sentence's words with their places
_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


@lru_cache(maxsize=1024)  # (asked of every candidate sentence: the question is the same)
def asked_outcome(question: str) -> tuple[str, str]:
    """The matter a question asks the done outcome of and the verb asked of it ("what did the review
    conclude" -> ("the review", "conclude"); "what was the outcome of the ballot" -> ("the ballot", "")),
    or ("", "")."""
    low = asked_sentence(question)
    m = _WHAT_DID.match(low) or _OUTCOME_OF.match(low) or _WHO_WON.match(low)
    # (the matter is a noun phrase: "what did Reyner say when asked whether he would resign" asks no
    # outcome of "reyner say when asked whether he would")
    if m is None or not _noun_phrase(m.group("matter")):
        return "", ""
    if m.re is _WHAT_DID:
        verb = m.group("verb")
        wn = wordnet()
        bases = [b for pos, b in wn.lemmas(verb) if pos == "v"] if wn is not None else []
        # (a verb of speech first, "what did the government announce", asks for the words said, whatever
        # their tense: ``statements`` answers it)
        if not bases or any(VERB_COMMUNICATION in wn.sense_classes(b, "v") for b in bases if wn is not None):
            return "", ""
        return m.group("matter"), verb
    return m.group("matter"), ""


def _noun_phrase(matter: str) -> bool:
    """Whether a question's matter is a noun phrase of at most ``WEIGHTS.outcome_matter_words`` words:
    a determiner or possessive, names and nouns, "of" between them, no other function word."""
    words = matter.split()
    return 0 < len(words) <= WEIGHTS.outcome_matter_words and all(
        w in _PHRASE_WORDS or (w not in STOP_WORDS and w.replace("-", "").replace("'", "").isalnum())
        for w in words
    )


def _head(matter: str) -> str:
    """The noun a matter's phrase ends in ("the industrial action ballot" -> "ballot", "elin varga's
    review" -> "review")."""
    words = re.sub(r"^.*['\u2019]s?\s+", "", matter).split()
    words = [w for w in words if w not in ("the", "a", "an")]
    nouns = noun_phrase(" ".join(words)) if words else []
    # (a hyphenated noun, "by-election", is no phrase ``noun_phrase`` reads: the matter's last word)
    return nouns[-1] if nouns else (words[-1] if words else "")


#: a relative clause set between commas inside the sentence (", which will meet again in May,", ", who is
#: due to retire next year,"): what it tells is of its own subject and time, not of the clause around it
_INSERTED = re.compile(r",\s+(?:which|who|whom|whose|that)\b[^,.;:!?\u2014\u2013]*,", re.IGNORECASE)
#: the words a verb's own group may hold before it ("is set to be decided", "will have concluded")
_VERB_GROUP = frozenset(
    {"be", "been", "being", "is", "are", "was", "were", "has", "have", "had", "to", "not"}
)


def _masked(text: str, start: int) -> str:
    """``text`` with each relative clause set between commas blanked out (offsets kept), but the one the
    word at ``start`` stands in: "The harbour board, which will meet again in May, decided" reads
    "decided" in "The harbour board ... decided", its "will" being the meeting's."""
    out = text
    for m in _INSERTED.finditer(text):
        if not m.start() <= start < m.end():
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


def _past_form(word: str) -> bool:
    """Whether ``word`` is a verb's past form, the base it inflects differing from it ("decided",
    "concluded", "found"), not its present or gerund ("decides", "deciding")."""
    wn = wordnet()
    w = word.lower()
    if wn is None or w.endswith(("s", "ing")):
        return False
    return any(pos == "v" and base != w for pos, base in wn.lemmas(w))


def _group_to_come(text: str, start: int) -> bool:
    """Whether the auxiliaries right before the verb at ``start`` (no mark between) put it to come:
    "will have decided", "is set to be decided"; "the board decided" has none."""
    words = [m for m in _WORD.finditer(text, 0, start)]
    edge = start
    for m in reversed(words):
        w = m.group(0).lower()
        if text[m.end() : edge].strip() or not (w in _VERB_GROUP or _TO_COME_BEFORE.match(w)):
            return False
        if _TO_COME_BEFORE.match(w):
            return True
        edge = m.start()
    return False


def _to_come(text: str, start: int, end: int, noun: bool) -> bool:
    """Whether the word at ``start``..``end`` stands in its clause after a word putting it to come, or,
    for a ``noun``, before an auxiliary saying it is to come (a verb's own tense is told before it).
    A relative clause between commas is read apart (``_masked``); a verb in its past form tells the act
    done unless its own auxiliaries put it to come ("decided" but "will have decided")."""
    text = _masked(text, start)
    if not noun and _past_form(text[start:end]):
        return _group_to_come(text, start)
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    before = [w.group(0).lower() for w in _WORD.finditer(text, clause_start, start)]
    if any(_TO_COME_BEFORE.match(w) for w in before[-6:]):
        return True
    if not noun:
        return False
    clause_end = next((m.start() for m in _CLAUSE_END.finditer(text, end)), len(text))
    aux = _AUXILIARY_AFTER.search(text, end, clause_end)
    return aux is not None and _TO_COME_AFTER.match(text, aux.start()) is not None


def outcome_to_come(question: str, text: str, tokenizer: Tokenizer) -> str:
    """The matter's phrase when a question asks its done outcome and the statement ``text`` writes the
    matter's noun (or the asked verb) only as to come (``_to_come``); "" when it writes either as done,
    or neither (it may tell the outcome in other words)."""
    matter, verb = asked_outcome(question)
    head = _head(matter) if matter else ""
    if not head:
        return ""
    nouns = tokenizer.term_set(head)
    asked = nouns | (tokenizer.term_set(verb) if verb else frozenset())
    places = [
        (m, bool(t & nouns)) for m in _WORD.finditer(text) if (t := tokenizer.term_set(m.group(0))) & asked
    ]
    if not places:
        return ""
    return matter if all(_to_come(text, m.start(), m.end(), noun) for m, noun in places) else ""
