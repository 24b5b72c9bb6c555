"""Answers: question analysis (``question``), candidate scoring (``scoring``, every weight in
``weights``), composing the cited reply (``compose``), each document's subjects (``subjects``), and
``select``, where an answer is chosen."""

from retrieval.answer.question import QuestionInfo, analyze, classify
from retrieval.answer.scoring import AnswerContext
from retrieval.answer.select import select
from retrieval.answer.subjects import document_subjects
from retrieval.answer.weights import WEIGHTS, AnswerWeights

__all__ = [
    "WEIGHTS",
    "AnswerContext",
    "AnswerWeights",
    "QuestionInfo",
    "analyze",
    "classify",
    "document_subjects",
    "select",
]
