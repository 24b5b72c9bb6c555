"""Conversations end to end (the real discord.py client against the emulator): answers open a thread
when a server's moderators turn threads on (off by default), a question in that thread or a reply to
one of the bot's answers is a follow-up read with the previous exchange's subject — still quoted word
for word and cited — and a reply that asks nothing is left alone. Conversations expire; the server's
choice survives a restart."""

from __future__ import annotations

import asyncio
import json
import re

from tests.e2e.conftest import Harness, Launch, embed_of, sent_after, server
from tests.e2e.emulator import BOT_ID, CHANNEL_ID, EPHEMERAL, JSON, PERMISSIONS

FIRST = "When were the Istanbul talks?"
FOLLOW_UP = "when was that?"


def title(msg: JSON) -> str:
    """An embed's title as Discord shows it (markdown escapes read)."""
    return str(embed_of(msg)["title"]).replace("\\", "")


def corpus_text(h: Harness) -> str:
    return "\n".join(s.text for s in h.service.engine.sentences)


def assert_quoted_and_cited(h: Harness, msg: JSON) -> None:
    """Every quoted statement of an answer is a sentence of the corpus, followed by its [n] markers,
    and the Sources field lists each n."""
    embed = embed_of(msg)
    text = " ".join(corpus_text(h).split())
    quotes = [q for q in embed["description"].split("\n\n") if q.startswith("> ")]
    assert quotes, embed["description"]
    for q in quotes:
        body, _, marks = q[2:].rpartition(" ")
        assert re.fullmatch(r"(\[\d+\])+", marks), q
        assert body.replace("\\", "").replace("…", "")[:60] in text, f"not verbatim from the corpus: {body!r}"
    assert embed["fields"][0]["name"] == "Sources" and "[1]" in embed["fields"][0]["value"]


async def test_threads_are_off_by_default_and_an_answer_is_a_reply_in_the_channel(launch: Launch) -> None:
    h = await launch()
    reply = await h.mention(h.alice, FIRST)
    assert reply["channel_id"] == str(CHANNEL_ID) and reply["type"] == 19
    assert not h.emu.threads


async def test_with_threads_on_a_mention_opens_a_thread_and_a_follow_up_there_keeps_the_subject(
    launch: Launch,
) -> None:
    h = await launch()
    shown = embed_of(await server(h, threads="on"))
    assert shown["fields"][0] == {"name": "Threads under answers", "value": "on", "inline": True}
    question = await h.emu.mention(h.alice, f"<@{BOT_ID}> {FIRST}")

    def in_thread() -> list[JSON]:
        return [s.message for s in h.emu.sent if s.route == "thread message"]

    await h.emu.wait_until(lambda: any(m.get("embeds") for m in in_thread()))
    thread = h.emu.threads[question["id"]]
    assert thread["name"] == FIRST and thread["parent_id"] == str(CHANNEL_ID), "opened on the question"
    intro, answer = in_thread()
    assert "Ask follow-up questions here" in intro["content"], "how to follow up, first"
    assert answer["channel_id"] == thread["id"] and "June 2 in Istanbul" in embed_of(answer)["description"]
    assert not any(s.route == "channel message" for s in h.emu.sent), "the answer is in the thread only"
    # a follow-up in the thread, mentioning the bot: "that" is the Istanbul talks
    start = len(h.emu.sent)
    await h.emu.post(h.bob, f"<@{BOT_ID}> {FOLLOW_UP}", channel_id=thread["id"])
    follow = await sent_after(h.emu, start, "thread message")
    embed = embed_of(follow)
    assert title(follow) == "when was that (about Istanbul, talks)?", "the asker sees how it was read"
    assert "June 2 in Istanbul" in embed["description"]
    assert_quoted_and_cited(h, follow)
    assert len(h.emu.threads) == 1, "a question inside a thread does not open another"


async def test_with_threads_on_ask_opens_a_thread_on_its_answer_and_ask_in_it_follows_up(
    launch: Launch,
) -> None:
    h = await launch()
    await server(h, threads="on")
    _inter, final = await h.ask(h.alice, "What did Rutte say about the ceasefire talks?")
    await h.emu.wait_until(lambda: final["id"] in h.emu.threads)
    thread = h.emu.threads[final["id"]]
    assert thread["name"].startswith("What did Rutte say about the ceasefire talks")
    follow = await h.emu.command(
        h.bob, "ask", {"question": "and what did Zelensky say?"}, channel_id=thread["id"]
    )
    answer = await h.emu.wait_final(follow)
    embed = embed_of(answer)
    assert title(answer) == "and what did Zelensky say (about ceasefire, talks)?", (
        "a new name keeps the topic"
    )
    assert "Zelensky" in embed["description"]
    assert_quoted_and_cited(h, answer)


async def test_a_reply_to_an_answer_follows_up_and_a_reply_that_asks_nothing_is_left_alone(
    launch: Launch,
) -> None:
    h = await launch()
    first = await h.mention(h.alice, FIRST)
    # "thanks!" under the answer: no reply; then a real follow-up, whose answer proves the first was seen
    await h.emu.post(h.alice, "thanks!", reply_to=h.emu.messages[first["id"]])
    start = len(h.emu.sent)
    question = await h.emu.post(h.alice, FOLLOW_UP, reply_to=h.emu.messages[first["id"]])
    follow = await h.emu.wait_reply_to(question)
    assert [s.message["id"] for s in h.emu.sent[start:]] == [follow["id"]], "nothing said to 'thanks!'"
    assert title(follow) == "when was that (about Istanbul, talks)?"
    assert_quoted_and_cited(h, follow)
    # with its mention off, Discord does not even show the bot the reply's text: nothing to answer
    before = len(h.emu.sent)
    await h.emu.post(h.alice, "Who is Rutte?", reply_to=h.emu.messages[first["id"]], reply_mention=False)
    check = await h.mention(h.bob, "Who is the NATO Secretary General?")
    assert [s.message["id"] for s in h.emu.sent[before:]] == [check["id"]]


async def test_a_follow_up_after_the_conversation_expired_is_a_new_question(launch: Launch) -> None:
    h = await launch(follow_up_seconds=0.3)
    first = await h.mention(h.alice, FIRST)
    await asyncio.sleep(0.5)  # the subject is forgotten after follow_up_seconds
    question = await h.emu.post(h.alice, FOLLOW_UP, reply_to=h.emu.messages[first["id"]])
    follow = await h.emu.wait_reply_to(question)
    embed = embed_of(follow)
    assert title(follow) == FOLLOW_UP and "does not answer" in embed["description"], "no subject, no guess"


async def test_without_thread_permissions_the_answer_still_comes_in_the_channel(launch: Launch) -> None:
    h = await launch()
    await server(h, threads="on")
    h.emu.bot_permissions &= ~PERMISSIONS["Create Public Threads"]
    reply = await h.mention(h.alice, FIRST)
    assert reply["channel_id"] == str(CHANNEL_ID) and "June 2 in Istanbul" in embed_of(reply)["description"]
    assert not h.emu.threads


async def test_the_servers_thread_choice_survives_a_restart(launch: Launch) -> None:
    h = await launch()
    await server(h, threads="on")
    assert h.restart is not None
    h = await h.restart()
    question = await h.emu.mention(h.alice, f"<@{BOT_ID}> {FIRST}")
    await h.emu.wait_until(lambda: question["id"] in h.emu.threads)
    note = await server(h)
    assert note["flags"] & EPHEMERAL
    assert "Threads under answers" in json.dumps(note["embeds"]) and '"value": "on"' in json.dumps(
        note["embeds"]
    )
