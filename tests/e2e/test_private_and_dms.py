"""Private answers and direct messages end to end: ``/ask private:true`` is answered only to the asker
(and never opens a thread); a DM is answered with citations, and when a server the sender is in turned
DMs off (or the operator did), the sender gets one clear line saying so. Never silence."""

from __future__ import annotations

from tests.e2e.conftest import Launch, buttons, embed_of, server
from tests.e2e.emulator import BOT_ID, EPHEMERAL, GUILD_NAME, JSON

QUESTION = "Is Putin open to direct talks with Ukraine?"


def ephemeral(msg: JSON) -> bool:
    return bool(msg.get("flags", 0) & EPHEMERAL)


async def test_ask_private_true_is_answered_only_to_the_asker(launch: Launch) -> None:
    h = await launch()
    await server(h, threads="on")  # even where answers open threads, a private one does not
    inter = await h.emu.command(h.alice, "ask", {"question": QUESTION, "private": True})
    final = await h.emu.wait_final(inter)
    assert inter.response_type == 5 and inter.ephemeral, "deferred privately within 3 s"
    assert ephemeral(final) and "open to direct bilateral talks" in embed_of(final)["description"]
    assert "[1]" in embed_of(final)["description"] and embed_of(final)["fields"][0]["name"] == "Sources"
    assert [b.split(":")[1] for b in buttons(final)] == ["up", "down"], "a private answer can be voted on"
    assert not h.emu.threads
    public = await h.emu.wait_final(
        await h.emu.command(h.bob, "ask", {"question": QUESTION, "private": False})
    )
    assert not ephemeral(public)


async def test_a_direct_message_is_answered_with_citations(launch: Launch) -> None:
    h = await launch()
    msg = await h.emu.dm(h.alice, QUESTION)
    reply = await h.emu.wait_reply_to(msg)
    dm = h.emu.dm_channel(h.alice)
    assert reply["channel_id"] == dm["id"]
    assert (
        "open to direct bilateral talks" in embed_of(reply)["description"]
        and "[1]" in embed_of(reply)["description"]
    )
    # a mention in a DM is just a question too, and an empty DM still gets an answer
    again = await h.emu.wait_reply_to(
        await h.emu.dm(h.alice, f"<@{BOT_ID}> Who is the NATO Secretary General?")
    )
    assert "Rutte" in embed_of(again)["description"]
    empty = await h.emu.wait_reply_to(await h.emu.dm(h.alice, f"<@{BOT_ID}>"))
    assert "Ask me a question" in empty["content"]
    # a follow-up in the DM is read with the conversation's subject
    await h.emu.wait_reply_to(await h.emu.dm(h.alice, "What did Rutte say about the ceasefire talks?"))
    follow = await h.emu.wait_reply_to(await h.emu.dm(h.alice, "and what did Zelensky say?"))
    assert embed_of(follow)["title"].replace("\\", "").startswith("and what did Zelensky say (about")


async def test_dms_turned_off_by_a_server_get_one_clear_line_for_its_members(launch: Launch) -> None:
    h = await launch(sync_global=True)  # /ask in a DM is a global command
    shown = embed_of(await server(h, dms="off"))
    assert {"name": "Answers in DMs", "value": "off", "inline": True} in shown["fields"]
    msg = await h.emu.dm(h.alice, QUESTION)
    reply = await h.emu.wait_reply_to(msg)
    assert not reply["embeds"] and GUILD_NAME in reply["content"] and "turned off" in reply["content"]
    inter = await h.emu.command(h.alice, "ask", {"question": QUESTION}, dm=True)
    note = await h.emu.wait_final(inter)
    assert ephemeral(note) and "turned off" in note["content"], "/ask in a DM says so too"
    stranger = h.emu.add_user("stranger", in_guild=False)  # in no server that turned DMs off
    answered = await h.emu.wait_reply_to(await h.emu.dm(stranger, QUESTION))
    assert "open to direct bilateral talks" in embed_of(answered)["description"]
    await server(h, dms="on")
    back = await h.emu.wait_reply_to(await h.emu.dm(h.alice, QUESTION))
    assert back["embeds"], "turned back on"


async def test_dms_turned_off_by_the_operator_get_one_clear_line(launch: Launch) -> None:
    h = await launch(answer_dms=False)
    reply = await h.emu.wait_reply_to(await h.emu.dm(h.alice, QUESTION))
    assert not reply["embeds"] and "operator turned them off" in reply["content"]
