"""Hostile questions, property-based, through the path Discord uses: the real discord.py client receives
the slash command or the mention from the emulator, the real Service answers over the seeds, and the
emulator validates the payload the way Discord would. One bot serves all the examples of a test.

For every input: the person gets a reply (an answer, an abstention or a clear note), never a generic
failure, never a payload Discord would reject, never anything that could ping, and never a link that is
not one of the corpus's own citation URLs; nothing is logged at ERROR.
"""

from __future__ import annotations

import logging

from hypothesis import HealthCheck, example, given, settings

from bot import render
from tests.e2e.conftest import Harness, Launch
from tests.e2e.emulator import BOT_ID, JSON
from tests.e2e.hostile import ErrorLog, dump, hostile_questions, reply_problems

HYPOTHESIS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)
TRIED: dict[str, int] = {"ask": 0, "mention": 0}


async def corpus_urls(h: Harness) -> set[str]:
    sources = await h.service.sources()
    return {u for d in sources.documents if (u := render.safe_url(d.url))}


def payload_for(h: Harness, msg: JSON) -> JSON | None:
    for sent in reversed(h.emu.sent):
        if sent.message is msg or sent.message.get("id") == msg.get("id"):
            return sent.payload
    return None


def check(h: Harness, question: str, msg: JSON, urls: set[str], errors: ErrorLog) -> None:
    problems = reply_problems(msg, payload_for(h, msg), urls)
    problems += h.emu.violations + errors.summary()
    assert not problems, f"question {question!r}:\n" + "\n".join(problems) + "\nreply: " + dump(msg)


class Live:
    """One bot for all the examples of a test: hypothesis re-enters the test per example, while the
    function-scoped ``launch`` fixture (and so the bot it started) lives for the whole test."""

    def __init__(self) -> None:
        self.by_launch: dict[int, tuple[Harness, set[str], ErrorLog]] = {}

    async def get(self, launch: Launch) -> tuple[Harness, set[str], ErrorLog]:
        if id(launch) not in self.by_launch:
            h = await launch(cooldown_rate=100_000)
            h.emu.deadline = 10.0  # the machine may be busy; lateness is tested elsewhere
            errors = ErrorLog()
            logging.getLogger().addHandler(errors)
            self.by_launch.clear()  # an earlier test's bot is gone with its fixture
            self.by_launch[id(launch)] = (h, await corpus_urls(h), errors)
        return self.by_launch[id(launch)]


LIVE = Live()


@HYPOTHESIS
@given(question=hostile_questions())
@example(question="")
@example(question="x" * 10_000)
@example(question="@everyone <@&1> [a](https://evil.example) Is Putin open to direct talks with Ukraine?")
async def test_hostile_slash_questions(launch: Launch, question: str) -> None:
    h, urls, errors = await LIVE.get(launch)
    TRIED["ask"] += 1
    _inter, final = await h.ask(h.alice, question)
    check(h, question, final, urls, errors)


@HYPOTHESIS
@given(question=hostile_questions())
@example(question="")
@example(question=f"<@{BOT_ID}> <@!{BOT_ID}> @here")
async def test_hostile_mention_questions(launch: Launch, question: str) -> None:
    h, urls, errors = await LIVE.get(launch)
    TRIED["mention"] += 1
    reply = await h.mention(h.bob, question)
    check(h, question, reply, urls, errors)
