"""The bot end to end: the real discord.py client against the emulator, the real Service over a temp
corpus and SQLite file. The emulator fixture fails any test in which a Discord rule was broken (late
acknowledgement, payload over a limit, unknown route, a message that could ping)."""

from __future__ import annotations

import asyncio
import json
import threading
from pathlib import Path
from typing import Any

import pytest

from bot import engines
from tests.e2e.conftest import Harness, Launch, actions, buttons, control, embed_of
from tests.e2e.emulator import BOT_ID, EPHEMERAL, JSON

QUESTION = "Is Putin open to direct talks with Ukraine?"


def pings_nobody(allowed: JSON | None) -> bool:
    return (
        allowed is not None
        and allowed.get("parse") == []
        and not allowed.get("users")
        and not allowed.get("roles")
        and not allowed.get("replied_user")
    )


def ephemeral(msg: JSON) -> bool:
    return bool(msg.get("flags", 0) & EPHEMERAL)


def embed_total(msg: JSON) -> int:
    total = 0
    for e in msg["embeds"]:
        total += len(e.get("title") or "") + len(e.get("description") or "")
        total += sum(len(f["name"]) + len(f["value"]) for f in e.get("fields") or [])
        total += len((e.get("footer") or {}).get("text") or "")
    return total


async def test_mention_is_answered_with_citations(launch: Launch) -> None:
    h = await launch()
    msg = await h.emu.mention(h.alice, f"<@{BOT_ID}> {QUESTION}")
    reply = await h.emu.wait_reply_to(msg)
    embed = embed_of(reply)
    assert "open to direct bilateral talks with Ukraine" in embed["description"]
    assert "[1]" in embed["description"]
    sources = embed["fields"][0]
    assert sources["name"] == "Sources" and "[1]" in sources["value"] and "Forbes" in sources["value"]
    assert embed["footer"]["text"] == "Extracted from the coverage"
    assert reply["message_reference"]["message_id"] in (msg["id"], int(msg["id"]))
    sent = h.emu.sent[-1].payload
    assert pings_nobody(sent["allowed_mentions"])
    assert [b.split(":")[1] for b in buttons(reply)] == ["up", "down"]


async def test_ask_is_deferred_then_followed_up_and_votes_stored(launch: Launch) -> None:
    h = await launch()
    inter, final = await h.ask(h.alice, QUESTION)
    assert inter.response_type == 5, "the interaction must be deferred first"
    assert inter.responded_at is not None and inter.responded_at - inter.created < 3
    assert not ephemeral(final)
    assert "[1]" in embed_of(final)["description"]
    order = [r.split("/")[1] for r in h.emu.requests if "/interactions/" in r or "/webhooks/" in r]
    assert order[:2] == ["interactions", "webhooks"]
    up = next(b for b in buttons(final) if b.startswith("fb:up:"))
    vote = await h.emu.press(h.bob, final, up)
    note = await h.emu.wait_final(vote)
    assert ephemeral(note) and "vote" in note["content"].lower()
    assert h.service.store is not None
    tally = await h.service.store.votes(up.split(":", 2)[2])
    assert (tally.up, tally.down) == (1, 0)
    # a second press by the same user replaces the vote rather than counting twice
    down = next(b for b in buttons(final) if b.startswith("fb:down:"))
    await h.emu.wait_final(await h.emu.press(h.bob, final, down))
    tally = await h.service.store.votes(up.split(":", 2)[2])
    assert (tally.up, tally.down) == (0, 1)


async def test_abstention(launch: Launch) -> None:
    h = await launch()
    _, final = await h.ask(h.alice, "What is the recipe for sourdough pretzels?")
    embed = embed_of(final)
    assert "does not answer" in embed["description"]
    assert not embed.get("fields") and not buttons(final), "an abstention cites nothing and takes no votes"


async def test_cached_repeat(launch: Launch) -> None:
    h = await launch()
    _, first = await h.ask(h.alice, QUESTION)
    _, second = await h.ask(h.bob, f"  {QUESTION.replace(' ', '  ')} ")  # the same text to the engine
    assert "cached" not in embed_of(first)["footer"]["text"]
    assert embed_of(second)["footer"]["text"] == "Extracted from the coverage · cached"
    assert embed_of(first)["description"] == embed_of(second)["description"]


async def test_everyone_and_user_mentions_ping_nobody(launch: Launch) -> None:
    h = await launch()
    text = f"@everyone @here <@{h.bob.id}> <@&1> is Putin open to direct talks with Ukraine?"
    reply = await h.mention(h.alice, text, extra_mentions=[h.bob])
    _inter, final = await h.ask(h.alice, text)
    for msg in (reply, final):
        rendered = json.dumps(msg["embeds"], ensure_ascii=False)
        assert "@everyone" not in rendered and "@here" not in rendered
        assert f"<@{h.bob.id}>" not in rendered
    assert all(pings_nobody(s.payload.get("allowed_mentions")) for s in h.emu.sent)
    # the emulator fixture also fails the test if any payload could have pinged


async def test_sources(launch: Launch) -> None:
    h = await launch()
    inter = await h.emu.command(h.alice, "sources")
    final = await h.emu.wait_final(inter)
    embed = embed_of(final)
    assert embed["title"] == "Sources (5 documents)"
    assert embed["description"].count("\n") == 4 and "Forbes" in embed["description"]


async def test_help_is_ephemeral_with_examples(launch: Launch) -> None:
    h = await launch()
    inter = await h.emu.command(h.alice, "help")
    final = await h.emu.wait_final(inter)
    assert ephemeral(final)
    embed = embed_of(final)
    assert any(f["name"] == "Try" and "?" in f["value"] for f in embed["fields"])
    assert "/reload" in json.dumps(embed)


async def test_timeline_pages_only_for_the_requester(launch: Launch) -> None:
    h = await launch(timeline_page_size=4)
    inter = await h.emu.command(h.alice, "timeline")
    first = await h.emu.wait_final(inter)
    embed = embed_of(first)
    assert "page 1/" in embed["footer"]["text"]
    assert actions(first) == ["first", "prev", "page", "next", "last", "jump", "chart"]
    before = json.dumps(first["embeds"])
    # someone else presses: refused, privately, and the page does not move
    other = await h.emu.press(h.bob, first, control(first, "next"))
    refusal = await h.emu.wait_final(other)
    assert ephemeral(refusal) and "Only the person who asked" in refusal["content"]
    assert json.dumps(h.emu.messages[first["id"]]["embeds"]) == before
    # the requester turns the page: the same message now shows page 2
    turn = await h.emu.press(h.alice, first, control(first, "next"))
    await h.emu.wait_acked(turn)
    assert turn.response_type == 7
    assert "page 2/" in embed_of(h.emu.messages[first["id"]])["footer"]["text"]


async def test_timeline_buttons_removed_on_timeout(launch: Launch) -> None:
    h = await launch(timeline_page_size=4, view_timeout=0.5)
    inter = await h.emu.command(h.alice, "timeline", {"since": "2025-01-01"})
    first = await h.emu.wait_final(inter)
    assert buttons(first)
    await h.emu.wait_until(lambda: not buttons(h.emu.messages[first["id"]]), within=5)


async def test_timeline_rejects_bad_dates(launch: Launch) -> None:
    h = await launch()
    inter = await h.emu.command(h.alice, "timeline", {"since": "21/04/2025"})
    reply = await h.emu.wait_final(inter)
    assert ephemeral(reply) and "since" in reply["content"]
    assert "I can't read '21/04/2025' as a date; try one of: 2025-05-12" in reply["content"]
    inter = await h.emu.command(h.alice, "timeline", {"since": "2025-05-01", "until": "2025-04-01"})
    reply = await h.emu.wait_final(inter)
    assert ephemeral(reply) and "after" in reply["content"]


async def test_cooldown(launch: Launch) -> None:
    h = await launch(cooldown_rate=2, cooldown_per_seconds=60)
    await h.ask(h.alice, QUESTION)
    await h.mention(h.alice, "What did Rutte say?")  # mentions share the same budget
    inter, final = await h.ask(h.alice, "What did NATO ask Russia?")
    assert ephemeral(final) and "Slow down" in final["content"]
    assert inter.response_type == 4, "a refusal is answered at once, not deferred"
    _, other = await h.ask(h.bob, "What did NATO ask Russia?")  # another user is not slowed down
    assert not ephemeral(other)


# --------------------------------------------------------------------------- reload


def _slow_builds(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Hold every later engine build until the test releases it, so a reload is observably in progress.
    The build itself is the real one, started once released (so it sees a cancellation made meanwhile)."""
    release = threading.Event()
    real = engines.reload_engine
    started = threading.Event()

    def held(*args: Any, **kwargs: Any) -> Any:
        started.set()
        assert release.wait(20), "the test never released the reload"
        return real(*args, **kwargs)

    monkeypatch.setattr(engines, "reload_engine", held)
    release.started = started  # type: ignore[attr-defined]
    return release


async def test_reload_refused_for_members_dms_and_missing_member(launch: Launch) -> None:
    h = await launch()
    version = h.service.version
    for member in (True, False):
        inter = await h.emu.command(h.alice, "reload", member=member)
        reply = await h.emu.wait_final(inter)
        assert ephemeral(reply) and "reload" in reply["content"].lower()
    assert h.service.version == version
    assert int(h.emu.guild_commands["reload"]["default_member_permissions"]) == 1 << 5


async def test_reload_guild_only_and_refused_in_dms(launch: Launch) -> None:
    h = await launch(sync_global=True)
    assert h.emu.global_commands["reload"]["contexts"] == [0], "offered in servers only"
    assert int(h.emu.global_commands["reload"]["default_member_permissions"]) == 1 << 5
    inter = await h.emu.command(h.mod, "reload", dm=True, stale=True)
    reply = await h.emu.wait_final(inter)
    assert ephemeral(reply) and "only in a server" in reply["content"]


async def _reload(h: Harness, user: Any, release: threading.Event | None = None) -> JSON:
    inter = await h.emu.command(user, "reload")
    await h.emu.wait_acked(inter)
    assert inter.response_type == 5 and inter.ephemeral
    if release is not None:
        # a question asked while the reload runs is answered, from the old corpus
        _, during = await h.ask(h.bob, QUESTION)
        assert "[1]" in embed_of(during)["description"]
        release.set()

    def finished() -> bool:
        return bool(inter.original and inter.original.get("embeds"))

    await h.emu.wait_until(finished, within=20)
    assert inter.original is not None
    return inter.original


async def test_reload_by_moderator_reports_changes_while_answering(
    launch: Launch, monkeypatch: pytest.MonkeyPatch
) -> None:
    h = await launch()
    before = h.service.version
    (h.corpus / "zz_new.jsonl").write_text(
        json.dumps(
            {
                "id": "zz_new",
                "title": "Glacier lake monitors",
                "source": "Example Times",
                "url": "https://example.com/glacier",
                "published": "2025-04-22",
                "text": "Scientists installed monitors on the glacier lake above the valley on Tuesday. "
                "The monitors send readings every ten minutes.",
            }
        )
        + "\n"
    )
    release = _slow_builds(monkeypatch)
    result = await _reload(h, h.mod, release)
    embed = embed_of(result)
    assert embed["title"] == "Corpus reloaded"
    assert any(f["name"] == "Added (1)" and "zz\\_new" in f["value"] for f in embed["fields"])
    assert h.service.version != before
    _, answer = await h.ask(h.alice, "What did scientists install on the glacier lake?")
    assert "monitors on the glacier lake" in embed_of(answer)["description"]
    assert "[Glacier lake monitors](<https://example.com/glacier>)" in embed_of(answer)["fields"][0]["value"]
    # a moderator by role id (no Manage Server) may reload too
    again = embed_of(await _reload(h, h.role_mod))
    assert again["title"] == "Corpus reloaded (no changes)"


async def test_reload_can_be_cancelled_by_its_moderator_only(
    launch: Launch, monkeypatch: pytest.MonkeyPatch
) -> None:
    h = await launch()
    before = h.service.version
    (h.corpus / "zz_more.jsonl").write_text(json.dumps({"id": "zz_more", "text": "A new report."}) + "\n")
    release = _slow_builds(monkeypatch)
    inter = await h.emu.command(h.mod, "reload")
    await h.emu.wait_until(lambda: bool(inter.original and buttons(inter.original)), within=10)
    assert inter.original is not None and actions(inter.original) == ["cancel"]
    # another moderator cannot cancel someone else's reload
    other = await h.emu.press(h.role_mod, inter.original, control(inter.original, "cancel"))
    refusal = await h.emu.wait_final(other)
    assert ephemeral(refusal) and "Only the moderator who started" in refusal["content"]
    press = await h.emu.press(h.mod, inter.original, control(inter.original, "cancel"))
    await h.emu.wait_acked(press)
    release.set()
    await h.emu.wait_until(lambda: bool(inter.original and inter.original.get("embeds")), within=20)
    assert inter.original is not None
    embed = embed_of(inter.original)
    assert embed["title"].startswith("Reload cancelled")
    assert not buttons(inter.original)
    assert h.service.version == before and "zz_more" not in h.service.engine.documents
    _, answer = await h.ask(h.alice, QUESTION)
    assert "[1]" in embed_of(answer)["description"]


async def test_failed_reload_keeps_the_old_corpus(launch: Launch) -> None:
    h = await launch()
    before = h.service.version
    for f in h.corpus.iterdir():
        f.unlink()
    embed = embed_of(await _reload(h, h.mod))
    assert embed["title"].startswith("Reload failed")
    assert h.service.version == before
    _, answer = await h.ask(h.alice, QUESTION)
    assert "open to direct bilateral talks" in embed_of(answer)["description"]


# --------------------------------------------------------------------------- hostile and huge corpora


@pytest.fixture
def hostile_corpus(tmp_path: Path) -> Path:
    root = tmp_path / "hostile"
    root.mkdir()
    vocab = [
        "amber",
        "bright",
        "canal",
        "dancers",
        "eager",
        "fiddles",
        "golden",
        "harbour",
        "island",
        "jugglers",
        "kites",
        "lively",
        "meadow",
        "northern",
        "orchard",
        "painted",
        "quiet",
        "river",
        "silver",
        "towers",
    ]
    words = " ".join(f"{vocab[i % len(vocab)]} {vocab[(i * 7) % len(vocab)]}" for i in range(1200))
    docs = [
        {
            "id": "huge",
            "title": "Huge " + "T" * 400,
            "source": "The " + "Long " * 100 + "Gazette",
            "url": "https://example.com/huge",
            "published": "2025-04-20",
            "text": (
                f"Organisers of the Quixoteville zeppelin festival said the parade featured {words} on "
                f"Saturday. The Quixoteville zeppelin festival crowd then watched {words} until dawn."
            ),
        },
        {
            "id": "evil",
            "title": "[Click me](javascript:alert(1)) @everyone",
            "source": "<@123456789012345678> @here",
            "url": "javascript:alert(1)",
            "published": "2025-04-21",
            "text": "The mayor of Quixoteville warned @everyone and <@123456789012345678> about the "
            "[zeppelin festival](javascript:alert(1)) lantern parade on Sunday.\n\n"
            "The mayor of Quixoteville said the lantern parade route at https://evil.example/x would "
            "close early.",
        },
    ]
    (root / "docs.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs))
    return root


async def test_huge_and_hostile_corpus_renders_within_limits_and_inert(
    launch: Launch, hostile_corpus: Path
) -> None:
    h = await launch(corpus_dir=hostile_corpus)
    question = "What did organisers of the Quixoteville zeppelin festival say about the parade?"
    _, final = await h.ask(h.alice, question)
    embed = embed_of(final)
    assert embed_total(final) <= 6000 and len(embed["description"]) <= 4096
    assert "Organisers of the Quixoteville zeppelin festival said" in embed["description"]
    assert "…" in embed["description"], "a huge sentence is trimmed, visibly"
    reply = await h.mention(h.bob, "What did the mayor say about the lantern parade route?")
    assert "lantern parade route" in embed_of(reply)["description"]
    inter = await h.emu.command(h.alice, "sources")
    listing = await h.emu.wait_final(inter)
    assert "Click me" in embed_of(listing)["description"]
    for msg in (final, reply, listing):
        text = json.dumps(msg["embeds"], ensure_ascii=False)
        assert "@everyone" not in text and "@here" not in text and "<@123456789012345678>" not in text
        assert "](javascript" not in text and "(<javascript" not in text
        assert "https://evil" not in text, "a URL inside quoted text is not auto-linked"
    timeline = await h.emu.command(h.alice, "timeline", {"topic": "zeppelin festival"})
    await h.emu.wait_final(timeline)


async def test_questions_are_answered_concurrently(launch: Launch) -> None:
    h = await launch()
    users = [h.emu.add_user(f"u{i}") for i in range(8)]
    results = await asyncio.gather(
        *(h.ask(u, QUESTION if i % 2 else "What did Rutte say?") for i, u in enumerate(users))
    )
    assert all(embed_of(final) for _, final in results)
