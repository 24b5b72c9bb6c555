"""A question naming two parties for what each of them says: "what did Northstar Wire and the Evening
Post each report as the death toll", "do the Ledger and the School Health Review agree on the number of
cases", "what did Hale and Pruitt say about the vote". Asked as one, its answer quotes one party's words
(the sentence holding most of the question's words) or declines (no sentence names both); a reader asking
so wants each party's account, so the question is asked of each party alone ("According to the Ledger,
what is the number of cases?") and the answer quotes each one's first statement under its own citation,
the second labelled with its outlet when it is one ("School Health Review reported: “…”")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from retrieval.answer.compose import answer_text, statement_quote
from retrieval.answer.question import ASKING_START, REPORTING_VERBS
from retrieval.models import Answer, Citation, Statement

#: a party as a question names it: a capitalised name, "the" before it or not ("Northstar Wire", "the
#: Evening Post", "Dr Helen Marsh"); bounded, so a long capitalised run costs nothing
_PARTY = r"(?:[Tt]he\s+)?[A-Z][\w.&'’-]{0,40}(?:\s+(?:[A-Z0-9][\w.&'’-]{0,40}|of|&)){0,5}"
#: "what did A and B (each) report as / say about X": a verb of reporting only; "what did Hale and Pruitt
#: give for the appeal" asks what each gave, an act of their own, not an account each is cited for
_SAID = re.compile(
    rf"^\s*(?i:what)\s+(?P<aux>(?i:did|do|does|have|has))\s+(?P<a>{_PARTY})\s+and\s+(?P<b>{_PARTY})\s+"
    rf"(?:each\s+|both\s+|separately\s+)?(?P<verb>{REPORTING_VERBS})\s+(?P<prep>about|on|as|for|of|regarding)"
    r"\s+(?P<asked>[^?]{1,200}?)\s*\??\s*$"
)
#: "do A and B agree on X", "did A and B differ over X"
_AGREE = re.compile(
    rf"^\s*(?P<aux>(?i:do|does|did))\s+(?P<a>{_PARTY})\s+and\s+(?P<b>{_PARTY})\s+(?:both\s+|each\s+)?"
    r"(?:agree|differ|disagree|match|conflict)\s+(?:on|about|over|as\s+to)\s+(?P<asked>[^?]{1,200}?)\s*\??\s*$"
)
#: the verbs of speaking, whose "about X" asks what a party said of X (not a figure it gave)
_SPEAKING = frozenset(
    {"say", "said", "tell", "told", "write", "written", "state", "stated", "claim", "claimed"}
)


@dataclass(frozen=True, slots=True)
class TwoParties:
    """The two parties a question names and the question asked of each alone, in their order."""

    parties: tuple[str, str]
    questions: tuple[str, str]


def two_parties(
    question: str, is_outlet: Callable[[str], bool], reword: Callable[[str], str] = lambda s: s
) -> TwoParties | None:
    """The two parties a question asks what each said ("what did A and B each report as X", "do A and B
    agree on X"), with the question for each alone; None for any other question (one party, a joint
    act: "what did Vasser and Quist say in their letter" asks what their one letter says). Whether two
    parties agree is asked of the coverage only of two of its outlets (``is_outlet``): "did Russia and
    Ukraine agree on a ceasefire" asks whether they reached one. ``reword``: the question asked of each
    party's account, as the coverage's words ask it ("what was the number of homes" -> "how many
    homes"), before its party is put before it."""
    said = _SAID.match(question)
    agree = _AGREE.match(question) if said is None else None
    m = said or agree
    if m is None:
        return None
    a, b = m.group("a").strip(), m.group("b").strip()
    asked = m.group("asked").strip()
    if a.casefold() == b.casefold() or (agree is not None and not (is_outlet(a) and is_outlet(b))):
        return None
    past = m.group("aux").lower() in ("did", "have", "has")
    if said is not None and said.group("verb") in _SPEAKING and said.group("prep") != "as":
        # "what did Hale and Pruitt say about the vote": what each said of it
        aux, verb = m.group("aux").lower(), said.group("verb")
        return TwoParties(
            (a, b), (f"What {aux} {a} {verb} about {asked}?", f"What {aux} {b} {verb} about {asked}?")
        )
    # a figure or an account each gives: asked of each party's account ("According to the Ledger, ...")
    what = reword(asked if ASKING_START.match(asked) else f"what {'was' if past else 'is'} {asked}")
    what = what[:1].lower() + what[1:].rstrip("?")
    return TwoParties((a, b), (f"According to {a}, {what}?", f"According to {b}, {what}?"))


def both_parties(question: str, got: list[Answer], outlet_of: Callable[[str], str | None]) -> Answer | None:
    """The two parties' answers to their own questions (``got``, in the parties' order), joined: the first
    party's first statement, then the second's, each under its own citations, the second labelled
    "<Outlet> reported: " when its citation is an outlet's that is not the first's. None when either
    declines (one party's account alone does not answer what both said: the question is then asked as
    written), or when both quote the same sentence (which then names both: asked as written, it is that
    sentence's)."""
    if len(got) != 2 or any(a.abstained or not a.statements for a in got):
        return None
    first, second = (_only_first(question, a) for a in got)
    if {c.quote for c in first.citations} & {c.quote for c in second.citations}:
        return None
    shift = len(first.citations)
    citations = [*first.citations, *(c.model_copy(update={"n": c.n + shift}) for c in second.citations)]
    said = second.statements[0]
    outlet = outlet_of(second.citations[0].doc_id)
    text = said.text
    if outlet and outlet != outlet_of(first.citations[0].doc_id):
        text = f"{outlet} reported: \u201c{statement_quote(said.text)}\u201d"
    statements = [
        first.statements[0],
        # (a labelled quote is the outlet's: a speaker named before the label would read as the outlet's)
        Statement(
            text=text,
            citations=[n + shift for n in said.citations],
            speaker=said.speaker if text == said.text else None,
        ),
    ]
    return Answer(
        question=question,
        abstained=False,
        answer=answer_text(statements),
        citations=citations,
        statements=statements,
        confidence=min(first.confidence, second.confidence),
        looked_for=first.looked_for,
    )


def _only_first(question: str, a: Answer) -> Answer:
    """An answer cut to its first statement and the citations that carry it, renumbered from 1."""
    st = a.statements[0]
    kept: list[Citation] = []
    numbers: dict[int, int] = {}
    for c in a.citations:
        if c.n in st.citations:
            numbers[c.n] = len(kept) + 1
            kept.append(c.model_copy(update={"n": len(kept) + 1}))
    statement = st.model_copy(update={"citations": [numbers[n] for n in st.citations]})
    return a.model_copy(
        update={
            "question": question,
            "citations": kept,
            "statements": [statement],
            "answer": answer_text([statement]),
        }
    )
