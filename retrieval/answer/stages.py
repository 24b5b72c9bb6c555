"""A question asking for a changing value at its first stage ("what did the authority offer at the
start", "what was the original demand", "which lots were recalled at first").

News reports a negotiated or counted value as it moves: "has offered 6 percent", then "raised its
offer to 8 percent", then "the final deal raises pay by 9.5 percent". The later statements share the
question's words as well as the first one does, and often more ("raised its offer" holds "offer"
twice over), so the best match is a later stage. A sentence telling a change to a value ("raised ...
to 8 percent", "lowered its demand to 11 percent") states the value after the change, never the one
before: for a first-stage question it is passed over for the next candidate that answers.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.answer.bridge import wordnet
from retrieval.answer.scoring import Candidate
from retrieval.answer.weights import WEIGHTS
from retrieval.search.wordnet import VERB_CHANGE

#: words asking for the first stage of something that changed ("at first", "originally", "the
#: initial offer"); not a bare "first", which as often counts a change itself ("the first offer bump",
#: "the first increase") or an occasion ("the first death", "the first time")
_FIRST = re.compile(
    r"\b(?:at first|at the (?:start|outset|beginning)|in the beginning|to begin with|originally|initially"
    r"|original|initial|opening(?= (?:offer|bid|demand|proposal|price)))\b",
    re.IGNORECASE,
)

#: a figure reached by a change: "to 8 percent", "to $41 million", "to about 1,200"
_TO_FIGURE = re.compile(r"\bto (?:about |roughly |nearly |around |some |just )?[$\u00a3\u20ac]?\d")
#: a change from a figure ("from 6 percent"): the sentence gives the earlier stage too
_FROM_FIGURE = re.compile(r"\bfrom (?:about |roughly |nearly |around |some |just )?[$\u00a3\u20ac]?\d")


def asks_first_stage(question: str) -> bool:
    """Whether a question asks how something stood at its first stage, before it changed."""
    return _FIRST.search(question) is not None


def states_change_to(text: str) -> bool:
    """Whether a sentence tells a change to a figure ("raised its wage offer to 8 percent") without the
    figure it changed from: it states a later stage only. The verb is an inflected form (not the base
    form: "agreed to 8" is no change) whose first senses WordNet files as change."""
    wn = wordnet()
    if wn is None or _FROM_FIGURE.search(text):
        return False
    for m in _TO_FIGURE.finditer(text):
        before = re.findall(r"[A-Za-z]+", text[: m.start()])[-WEIGHTS.change_window :]
        for word in before:
            low = word.lower()
            inflected = any(pos == "v" and lemma != low for pos, lemma in wn.lemmas(low))
            if inflected and VERB_CHANGE in wn.sense_classes(low, "v", 2):
                return True
    return False


def first_statement(best: Candidate, cands: list[Candidate], ok: Callable[[Candidate], bool]) -> Candidate:
    """For a first-stage question whose best candidate tells a change to a figure (a later stage): the
    next in rank that answers (``ok``), scores at least ``AnswerWeights.stage_ratio`` of it and tells
    no such change; ``best`` when none does (a later stage is still all the coverage says)."""
    if not states_change_to(best.sentence.text):
        return best
    floor = WEIGHTS.stage_ratio * best.score
    return next(
        (c for c in cands if c.score >= floor and ok(c) and not states_change_to(c.sentence.text)), best
    )
