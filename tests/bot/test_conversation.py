"""Follow-ups: which questions lean on the previous one, how they are resolved with its subject, which
replies ask nothing, and a memory of conversations that is bounded and forgets."""

from __future__ import annotations

import pytest

from bot.conversation import Conversations, Exchange, looks_like_question, needs_context, resolve, subject_of

RUTTE = Exchange("What did Rutte say about the ceasefire talks?", ("Rutte", "ceasefire", "talks"), 0.0)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    ("question", "resolved"),
    [
        ("when was that?", "when was that (about Rutte, ceasefire, talks)?"),
        ("why?", "why (about Rutte, ceasefire, talks)?"),
        ("and what did Zelensky say?", "and what did Zelensky say (about ceasefire, talks)?"),
        ("What about Putin?", "What about Putin (about ceasefire, talks)?"),
        ("What did he say about the talks?", "What did he say about the talks (about Rutte, ceasefire)?"),
        ("What did NATO ask Russia to do?", "What did NATO ask Russia to do?"),
    ],
)
def test_a_question_that_leans_on_the_last_one_gets_its_subject(question: str, resolved: str) -> None:
    assert resolve(question, RUTTE) == resolved


def test_nothing_to_lean_on_leaves_the_question_as_it_is() -> None:
    assert resolve("when was that?", None) == "when was that?"
    assert resolve("when was that?", Exchange("x", (), 0.0)) == "when was that?"
    assert not needs_context("Who is the NATO Secretary General?")
    assert needs_context("and Putin?") and needs_context("When?")


@pytest.mark.parametrize("text", ["thanks!", "ok", "great answer", "👍", "", "lol that's wild"])
def test_replies_that_ask_nothing_are_not_questions(text: str) -> None:
    assert not looks_like_question(text)


@pytest.mark.parametrize("text", ["when was that?", "why", "And what did Zelensky say", "who is he"])
def test_replies_that_ask_are_questions(text: str) -> None:
    assert looks_like_question(text)


def test_the_subject_puts_names_first_and_is_bounded() -> None:
    assert subject_of(["talks", "Rutte", "ceasefire", "Rutte"]) == ("Rutte", "talks", "ceasefire")
    assert len(subject_of([f"t{i}" for i in range(20)])) == 6


def test_conversations_forget_after_their_lifetime_and_stay_bounded() -> None:
    clock = Clock()
    memory = Conversations(ttl=60, max_entries=3, clock=clock)
    memory.remember("When were the Istanbul talks?", ["Istanbul", "talks"], ("thread", 1), ("message", 2))
    assert memory.recall(("thread", 1)) == Exchange(
        "When were the Istanbul talks?", ("Istanbul", "talks"), 0.0
    )
    clock.now = 30
    memory.remember("Who is Rutte?", ["Rutte"], ("message", 3))
    latest = memory.recall(("thread", 1), ("message", 3))
    assert latest is not None and latest.subject == ("Rutte",), "the most recent of the conversations"
    clock.now = 61
    assert memory.recall(("thread", 1)) is None, "forgotten after the lifetime"
    assert memory.recall(("message", 3)) is not None
    for n in range(10):
        memory.remember(f"q{n}", ["x"], ("message", 100 + n))
    assert len(memory) == 3 and memory.recall(("message", 109)) is not None
    memory.remember("nothing searched", [], ("message", 200))
    assert memory.recall(("message", 200)) is None, "no subject, nothing to keep"
