"""Every weight and threshold of answer selection, in one typed place, each with what it trades.

A candidate sentence's score is::

    coverage * (share of the question's idf weight it holds, its neighbours' words at ``context``)
  + bm25 * (its BM25 score over the best candidate's)
  + answer_type * (1 if it holds the kind of thing asked for, 0.5 for an open "what")
  + document * (its document's BM25 score over the best document's)
  + lead_bonus * (share of the question in its headline, for a document's first two sentences)
  - penalties (a question, a restatement of the question, a fragment, a run-on)
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AnswerWeights:
    #: how much covering the question's words counts; the main signal, as BM25 alone finds echoes
    coverage: float = 0.45
    #: a neighbouring sentence's words count this much of the sentence's own (context, not the answer)
    context: float = 0.5
    #: the retriever's own ranking; more trusts term frequency over what the question asks for
    bm25: float = 0.25
    #: holding the kind of thing asked for (a name for "who", a date for "when")
    answer_type: float = 0.15
    #: the document's relevance as a whole: favours the story the question is about over a passing mention
    document: float = 0.15
    #: news leads elaborate their headline, and questions often paraphrase headlines
    lead_bonus: float = 0.15
    #: below this share of the question's weight the best candidate does not answer it: abstain. A
    #: fraction, so it means the same on five documents or a million and with any engine's scale
    abstain_coverage: float = 0.45
    #: a typed question (person, date, place ...) may be answered with less of its wording covered, if the
    #: sentence names every entity asked about and holds that kind of thing
    typed_coverage: float = 0.3
    #: another sentence scoring this close to the best is quoted as a second statement
    second_ratio: float = 0.85
    #: a statement whose share of new terms is below this only restates the question
    restates: float = 0.35
    #: a neighbouring sentence this close to the best one is quoted with it: the answer spans both
    adjacent_ratio: float = 0.75
    #: quotable sentences reranked per question: more finds answers ranked lower, costs time at scale
    candidates: int = 40
    #: a statement's rarest terms used to find the same statement in other outlets (more only slow it)
    merge_terms: int = 6
    #: word-set similarity at which two sentences are the same statement
    same_statement: float = 0.5
    #: share of a statement's words another outlet's sentence must hold to be cited for it too: higher
    #: keeps every marker true to its source, lower lets outlets' rewordings of one report share a line
    says_same: float = 0.85
    #: distinct statements in one answer (each may carry several outlets' citations)
    max_statements: int = 2
    #: penalties: a sentence that is itself a question, one that only restates the question, a fragment
    #: shorter than ``short_words`` words, a run-on longer than ``long_words``
    penalty_question: float = 0.3
    penalty_restatement: float = 0.1
    penalty_short: float = 0.3
    penalty_long: float = 0.1
    short_words: int = 5
    long_words: int = 70


WEIGHTS = AnswerWeights()
