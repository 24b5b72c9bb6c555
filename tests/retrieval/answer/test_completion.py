"""A question asking for a completion is answered by the sentence that gives it, not by one echoing the
question's words without it: "what is X charged with" / "what did X plead guilty to" ask for the object
of the verb's preposition ("is charged with two counts of theft"), which "convicted on theft charges" or
"has pleaded guilty and is helping investigators" do not give; "how did they reopen the tunnel" asks for
the means ("after crews pumped out the floodwater"), which "no date for reopening the tunnel" does not."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

_DOCS = [
    {"id": "ferry-plea", "title": "Ferry captain Brisk pleads guilty", "source": "Quay Times",
     "published": "2025-03-02",
     "text": "Ferry captain Odile Brisk has pleaded guilty and is helping harbour investigators, the ferry "
             "company said.\n\n"
             "The ferry company said the captain would not return to work."},
    {"id": "ferry-court", "title": "Harbour crash case heads to court", "source": "Coast Ledger",
     "published": "2025-03-01",
     "text": "The captain of the Gull Point ferry appeared in court on Tuesday.\n\n"
             "Brisk, 47, pleaded guilty in February to a charge of reckless navigation.\n\n"
             "The harbour master, Ivo Lund, is charged with two counts of falsifying safety logs."},
    {"id": "ferry-verdict", "title": "Harbour master convicted", "source": "Quay Times",
     "published": "2025-04-10",
     "text": "Harbour master Ivo Lund left the harbour office on Friday, a week after a jury convicted the "
             "harbour master on fraud charges."},
    {"id": "tunnel-live", "title": "Flooded tunnel: live updates", "source": "Metro Wire",
     "published": "2025-05-02",
     "text": "The transport agency says it has no date for reopening the Corran tunnel.\n\n"
             "Drivers are using the coast road instead."},
    {"id": "tunnel-open", "title": "Corran tunnel reopens after flood", "source": "Metro Wire",
     "published": "2025-05-09",
     "text": "The Corran tunnel carried traffic again on Friday, the agency said, after crews pumped out the "
             "floodwater and replaced the damaged pumps.\n\n"
             "The tunnel had been closed for a week."},
]  # fmt: skip


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("harbour"), [*_DOCS, *filler(8)])


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what did brisk plead guilty to", "to a charge of reckless navigation"),
        ("whats the harbour master charged with", "is charged with two counts"),
        ("how did they reopen the corran tunnel", "after crews pumped out the floodwater"),
    ],
)
def test_the_sentence_giving_the_completion_answers(harbour: Engine, question: str, expected: str) -> None:
    a = harbour.ask(question)
    assert not a.abstained, a.answer
    assert_verbatim(harbour, a)
    assert expected in first_statement(a), a.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the preposition strands after a noun: nothing of a verb is asked to be completed
        ("which crash was the harbour master convicted for", "Ivo Lund"),
    ],
)
def test_a_preposition_after_a_noun_asks_no_completion(harbour: Engine, question: str, expected: str) -> None:
    a = harbour.ask(question)
    assert expected in a.answer or a.abstained, a.answer
