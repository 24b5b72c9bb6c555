"""Discord faults, permissions and secrets, end to end: the real discord.py client against the emulator,
which injects the failures Discord really produces (429 with retry-after, 5xx, an interaction token that
expired, an acknowledgement that came too late, a dropped gateway). Every question must still be
answered, or the asker told; no one but a moderator may reload; the token never reaches a log line."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import pytest

from bot.service import Service
from tests.e2e.conftest import Harness, Launch, buttons, control
from tests.e2e.emulator import BOT_ID, CHANNEL_ID, JSON, TOKEN, Fault, Interaction, User

QUESTION = "Is Putin open to direct talks with Ukraine?"
ANSWER_TEXT = "open to direct bilateral talks"
CHANNEL_POST = f"POST /channels/{CHANNEL_ID}/messages"


def answered(msg: JSON) -> bool:
    return bool(msg.get("embeds")) and ANSWER_TEXT in msg["embeds"][0].get("description", "")


def count(h: Harness, prefix: str) -> int:
    return sum(r.startswith(prefix) for r in h.emu.requests)


async def channel_message_after(h: Harness, start: int) -> JSON:
    """The first plain channel message (not a reply) the bot posts after ``h.emu.sent[start]``."""

    def posted() -> bool:
        return any(s.route == "channel message" for s in h.emu.sent[start:])

    await h.emu.wait_until(posted, within=10)
    return next(s.message for s in h.emu.sent[start:] if s.route == "channel message")


# --------------------------------------------------------------------------- rate limits and server errors


async def test_429_with_retry_after_on_sends_is_waited_out(launch: Launch) -> None:
    h = await launch()
    h.emu.fail_next += [
        Fault("POST /webhooks", 429, retry_after=0.2),
        Fault(CHANNEL_POST, 429, retry_after=0.2),
    ]
    _inter, final = await h.ask(h.alice, QUESTION)
    reply = await h.mention(h.bob, QUESTION)
    assert answered(final) and answered(reply)
    assert len(h.emu.faults_served) == 2
    assert count(h, "POST /webhooks") == 2 and count(h, CHANNEL_POST) == 2, "each send retried once"


async def test_500_on_a_send_is_retried(launch: Launch) -> None:
    h = await launch()
    h.emu.fail_next += [Fault("POST /webhooks", 500), Fault(CHANNEL_POST, 502)]
    _inter, final = await h.ask(h.alice, QUESTION)
    reply = await h.mention(h.bob, QUESTION)
    assert answered(final) and answered(reply)
    assert [f.rsplit(" ", 1)[1] for f in h.emu.faults_served] == ["500", "502"]


async def test_429_on_the_acknowledgement_still_meets_the_deadline(launch: Launch) -> None:
    h = await launch()
    h.emu.fail_next.append(Fault("POST /interactions", 429, retry_after=0.1))
    inter, final = await h.ask(h.alice, QUESTION)
    assert answered(final) and inter.response_type == 5


# --------------------------------------------------------------------------- interactions that died


async def test_expired_interaction_token_answers_in_the_channel(
    launch: Launch, caplog: pytest.LogCaptureFixture
) -> None:
    h = await launch()
    h.emu.expire_on_ack.add("ask")
    start = len(h.emu.sent)
    with caplog.at_level(logging.WARNING):
        inter = await h.emu.command(h.alice, "ask", {"question": QUESTION})
        msg = await channel_message_after(h, start)
    assert inter.response_type == 5 and inter.expired
    assert answered(msg), "the answer is delivered, as a channel message"
    assert "Answer for alice" in msg["content"]
    assert [b.split(":")[1] for b in buttons(msg)] == ["up", "down"], "and can still be voted on"
    assert any("401" in f for f in h.emu.faults_served)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_missed_acknowledgement_deadline_still_answers(launch: Launch) -> None:
    h = await launch()
    h.emu.fail_next.append(Fault("POST /interactions", 404, code=10062, message="Unknown interaction"))
    start = len(h.emu.sent)
    inter = await h.emu.command(h.alice, "ask", {"question": QUESTION})
    msg = await channel_message_after(h, start)
    assert inter.response_type is None
    assert answered(msg) and "Answer for alice" in msg["content"]


async def test_reply_to_a_deleted_question_still_arrives(launch: Launch) -> None:
    h = await launch()
    msg = await h.emu.mention(h.alice, f"<@{BOT_ID}> {QUESTION}")
    h.emu.messages.pop(msg["id"])  # the asker deleted the message before the answer came
    reply = await h.emu.wait_reply_to(msg)
    assert answered(reply)


# --------------------------------------------------------------------------- the gateway drops


async def test_gateway_disconnect_resumes_and_answers_everything(launch: Launch) -> None:
    h = await launch()
    in_flight = await h.emu.command(h.alice, "ask", {"question": QUESTION})
    await h.emu.drop_connection()
    # while the client is away: a slash command and a mention, replayed to it on resume
    during = await h.emu.command(h.bob, "ask", {"question": "What did Rutte say about the war?"})
    mention = await h.emu.mention(h.alice, f"<@{BOT_ID}> {QUESTION}")
    finals = [await h.emu.wait_final(in_flight), await h.emu.wait_final(during)]
    reply = await h.emu.wait_reply_to(mention)
    assert answered(finals[0]) and answered(reply)
    assert finals[1]["embeds"] and "Rutte" in json.dumps(finals[1]["embeds"])
    assert h.emu.resumes == 1 and h.emu.connections == 2, "resumed, not re-identified"
    _inter, after = await h.ask(h.bob, QUESTION)
    assert answered(after)


async def test_repeated_disconnects(launch: Launch) -> None:
    h = await launch()
    results: list[JSON] = []
    for i in range(3):
        await h.emu.drop_connection()
        inter = await h.emu.command(h.alice if i % 2 else h.bob, "ask", {"question": QUESTION})
        results.append(await h.emu.wait_final(inter))
    assert all(answered(r) for r in results)
    assert h.emu.resumes == 3


# --------------------------------------------------------------------------- permissions


async def test_reload_refused_without_permission_or_configured_role_id(launch: Launch) -> None:
    # role_mod holds a role *named* "Moderators", but its id is not configured: names count for nothing
    h = await launch(moderator_role_ids=[])
    version = h.service.version
    for user in (h.alice, h.role_mod):
        inter = await h.emu.command(user, "reload")
        reply = await h.emu.wait_final(inter)
        assert reply["flags"] & 64 and "Only moderators" in reply["content"]
    assert h.service.version == version
    assert h.service.store is not None
    assert await h.service.store.reload_history() == [], "a refused reload runs nothing"


async def test_reload_refused_when_the_member_payload_is_missing_even_for_a_moderator(
    launch: Launch,
) -> None:
    h = await launch()
    inter = await h.emu.command(h.mod, "reload", member=False)
    reply = await h.emu.wait_final(inter)
    assert reply["flags"] & 64 and "did not tell me who sent this /reload" in reply["content"]
    assert h.service.store is not None and await h.service.store.reload_history() == []


@pytest.mark.parametrize(
    ("command", "options"), [("ask", {"question": QUESTION}), ("timeline", {}), ("sources", {})]
)
async def test_missing_member_payload_gets_a_clear_reply(
    launch: Launch, caplog: pytest.LogCaptureFixture, command: str, options: dict[str, Any]
) -> None:
    h = await launch()
    with caplog.at_level(logging.WARNING):
        inter = await h.emu.command(h.alice, command, options, member=False)
        reply = await h.emu.wait_final(inter)
    assert reply["flags"] & 64
    assert f"did not tell me who sent this /{command}" in reply["content"]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_button_press_without_member_payload(launch: Launch) -> None:
    h = await launch(timeline_page_size=4)
    _inter, final = await h.ask(h.alice, QUESTION)
    vote = await h.emu.press(h.bob, final, buttons(final)[0], member=False)
    note = await h.emu.wait_final(vote)
    assert note["flags"] & 64 and "did not tell me who sent this vote" in note["content"]
    timeline = await h.emu.wait_final(await h.emu.command(h.alice, "timeline"))
    turn = await h.emu.press(h.alice, timeline, control(timeline, "next"), member=False)
    refusal = await h.emu.wait_final(turn)
    assert refusal["flags"] & 64 and "Only the person who asked" in refusal["content"]


async def test_over_long_option_gets_a_clear_reply(launch: Launch) -> None:
    """Discord's client enforces the 4,000-character option limit; a payload past it (a modified client)
    still gets a clear answer, not "something went wrong"."""
    h = await launch()
    _inter, reply = await h.ask(h.alice, "Putin " * 1000)
    assert reply["flags"] & 64 and "please keep it to" in reply["content"]


# --------------------------------------------------------------------------- secrets


async def test_token_never_logged_through_faults_and_failures(
    launch: Launch, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DEBUG logging on everything, then every kind of trouble: the token appears in no log record,
    traceback or message to users."""
    with caplog.at_level(logging.DEBUG):
        h = await launch()
        h.emu.fail_next += [Fault("POST /webhooks", 429), Fault("POST /webhooks", 500)]
        await h.ask(h.alice, QUESTION)
        await h.emu.drop_connection()
        await h.ask(h.bob, QUESTION)
        h.emu.expire_on_ack.add("ask")
        start = len(h.emu.sent)
        await h.emu.command(h.alice, "ask", {"question": "What did NATO ask Russia?"})
        await channel_message_after(h, start)
        h.emu.expire_on_ack.clear()

        async def broken(self: Service, question: str, **_: Any) -> Any:
            raise RuntimeError("engine exploded")

        monkeypatch.setattr(Service, "ask", broken)
        _inter, oops = await h.ask(h.alice, QUESTION)
        assert "Something went wrong" in oops["content"]
        await h.emu.wait_final(await h.emu.command(h.role_mod, "reload", member=False))
    texts = [caplog.text]
    texts += [r.getMessage() + str(r.exc_text or "") + repr(r.args) for r in caplog.records]
    texts += [json.dumps(s.payload) for s in h.emu.sent]
    texts += [repr(h.settings), str(h.settings.model_dump())]
    assert any("engine exploded" in t for t in texts), "the failure itself was logged"
    assert not [t for t in texts if TOKEN in t]
    # interaction tokens are credentials too (15 minutes of posting as the bot): discord.py logs the
    # webhook URL of a rate-limited followup, and the bot scrubs it
    assert "rate limited" in caplog.text and "/webhooks/" in caplog.text and "/<token>" in caplog.text
    leaked = {i.token for i in h.emu.interactions.values() if i.token in caplog.text}
    assert not leaked
    assert TOKEN.split(".")[0] not in caplog.text


async def _ask_many(h: Harness, users: list[User], question: str) -> list[Interaction]:
    return await asyncio.gather(*(h.emu.command(u, "ask", {"question": question}) for u in users))


async def test_burst_with_faults_every_question_answered(launch: Launch) -> None:
    """Thirty questions at once while sends hit 429s and 500s: every one is answered."""
    h = await launch()
    users = [h.emu.add_user(f"burst{i}") for i in range(30)]
    h.emu.fail_next += [Fault("POST /webhooks", 429, retry_after=0.1) for _ in range(5)]
    h.emu.fail_next += [Fault("POST /webhooks", 500) for _ in range(2)]
    inters = await _ask_many(h, users, QUESTION)
    finals = await asyncio.gather(*(h.emu.wait_final(i, within=20) for i in inters))
    assert all(answered(f) for f in finals)
    assert len(h.emu.faults_served) == 7
