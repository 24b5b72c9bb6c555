"""/sources and /help end to end: the sources are paged (⏮ ◀ n/N ▶ ⏭), searchable by outlet or title
words with suggestions as the search is typed, each with its date (or "date unknown"), outlet and
passages, built off the event loop and rate-limited; /help's example questions come from the loaded
corpus — never the seed articles' when another corpus is loaded — and the bot answers each of them."""

from __future__ import annotations

import asyncio
import json
import threading
from pathlib import Path

import pytest

from bot import sources_index
from tests.e2e.conftest import Launch, actions, control, embed_of
from tests.e2e.emulator import EPHEMERAL, JSON

#: the seeds' example questions /help used to show whatever the corpus was
SEED_EXAMPLES = (
    "What did NATO ask Russia to do about the ceasefire?",
    "Is Putin open to direct talks with Ukraine?",
    "What did Zelensky propose about strikes on civilians?",
    "What did Rutte say about the war in Ukraine?",
)
OUTLETS = ("Harbour Gazette", "Valley Courier", "Northern Ledger")


@pytest.fixture
def town_corpus(tmp_path: Path) -> Path:
    """24 articles about a town's affairs from three outlets; four of them, in files of their own,
    state no date (in the JSONL file a neighbour's date would be inferred for them)."""
    root = tmp_path / "town"
    root.mkdir()
    topics = ("bridge repairs", "library hours", "harbour dredging", "school lunches")
    people = ("Mayor Elena Brandt", "Councillor Tomas Reyes", "Engineer Priya Nair", "Librarian Owen Hale")
    docs = []
    for i in range(24):
        topic, person = topics[i % 4], people[i % 4]
        name = person.split()[-1]
        doc = {
            "id": f"town{i:02d}",
            "title": f"{name} says the {topic} plan will change in week {i + 1}",
            "source": OUTLETS[i % 3],
            "published": f"2025-03-{i + 1:02d}",
            "text": (
                f"{person} said the {topic} plan for Quayford would change in week {i + 1}. "
                f"The council voted on the {topic} budget of {100 + i} thousand euros. "
                f"Residents asked {name} about the {topic} schedule at the town hall."
            ),
        }
        if i % 6 == 0:  # undated, and unlike the others (a close neighbour's date would be inferred)
            del doc["published"]
            doc["title"] = f"Ferry timetable {i} printed for the islands"
            doc["text"] = (
                f"Volunteers printed ferry timetable {i} for the outer islands. Copies are at the pier."
            )
            (root / f"town{i:02d}.jsonl").write_text(json.dumps(doc) + "\n", encoding="utf-8")
        else:
            docs.append(doc)
    (root / "town.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return root


def lines(msg: JSON) -> list[str]:
    return str(embed_of(msg)["description"]).splitlines()


async def test_sources_are_paged_with_date_outlet_and_passages(launch: Launch, town_corpus: Path) -> None:
    h = await launch(corpus_dir=town_corpus)
    first = await h.emu.wait_final(await h.emu.command(h.alice, "sources"))
    embed = embed_of(first)
    assert embed["title"] == "Sources (24 documents)"
    assert actions(first) == ["first", "prev", "page", "next", "last"]
    assert embed["footer"]["text"].startswith("page 1/3 · newest first")
    rows = lines(first)
    assert len(rows) == 10 and rows[0].startswith("[1] ") and "2025-03-24" in rows[0]
    assert all(any(o in r for o in OUTLETS) and r.endswith("3 passages") for r in rows)
    await h.emu.wait_acked(await h.emu.press(h.alice, first, control(first, "last")))
    last = h.emu.messages[first["id"]]
    assert embed_of(last)["footer"]["text"].startswith("page 3/3")
    undated = [r for r in lines(last) if "date unknown" in r]
    assert len(undated) == 4 and lines(last)[-1].startswith("[24] "), "undated last, said so"
    other = await h.emu.press(h.bob, last, control(last, "first"))
    assert "Only the person who asked" in (await h.emu.wait_final(other))["content"]


async def test_sources_are_searched_by_outlet_or_title_words_with_suggestions(
    launch: Launch, town_corpus: Path
) -> None:
    h = await launch(corpus_dir=town_corpus)
    offered = await h.emu.autocomplete(h.alice, "sources", "search", "val")
    assert offered[0]["value"] == "Valley Courier", "outlets first"
    words = await h.emu.autocomplete(h.alice, "sources", "search", "libr")
    assert "library" in [c["value"].lower() for c in words], "then title words"
    assert len(await h.emu.autocomplete(h.alice, "sources", "search", "")) <= 25
    found = await h.emu.wait_final(await h.emu.command(h.alice, "sources", {"search": "Valley Courier"}))
    assert (
        embed_of(found)["title"].startswith("Sources matching")
        and "(8 of 24 documents)" in embed_of(found)["title"]
    )
    assert all("Valley Courier" in r for r in lines(found))
    titled = await h.emu.wait_final(await h.emu.command(h.alice, "sources", {"search": "LIBRARY hours"}))
    assert len(lines(titled)) == 6 and all("library hours" in r for r in lines(titled))
    none = await h.emu.wait_final(await h.emu.command(h.alice, "sources", {"search": "zeppelin"}))
    assert "No document's title or outlet contains that" in embed_of(none)["description"]


async def test_sources_are_built_off_the_event_loop_and_rate_limited(
    launch: Launch, monkeypatch: pytest.MonkeyPatch
) -> None:
    built_in: list[str] = []
    real = sources_index.SourcesIndex.from_engine

    def spy(engine: object) -> sources_index.SourcesIndex:
        built_in.append(threading.current_thread().name)
        return real(engine)  # type: ignore[arg-type]

    monkeypatch.setattr(sources_index.SourcesIndex, "from_engine", staticmethod(spy))
    h = await launch(cooldown_rate=2)
    for _ in range(2):
        listing = await h.emu.wait_final(await h.emu.command(h.alice, "sources"))
        assert embed_of(listing)["title"] == "Sources (5 documents)"
    assert built_in and all(name != threading.main_thread().name for name in built_in), built_in
    assert len(built_in) == 1, "built once per corpus version"
    slowed = await h.emu.wait_final(await h.emu.command(h.alice, "sources"))
    assert slowed["flags"] & EPHEMERAL and "Slow down" in slowed["content"]
    other = await h.emu.wait_final(await h.emu.command(h.bob, "sources"))
    assert other["embeds"], "per user"


async def test_help_examples_come_from_the_loaded_corpus_and_are_answered(
    launch: Launch, town_corpus: Path
) -> None:
    h = await launch(corpus_dir=town_corpus)
    note = await h.emu.wait_final(await h.emu.command(h.alice, "help"))
    assert note["flags"] & EPHEMERAL
    [tries] = [f["value"] for f in embed_of(note)["fields"] if f["name"] == "Try"]
    examples = [t.removeprefix("• ").replace("\\", "") for t in tries.splitlines()]
    assert len(examples) >= 2
    assert not set(examples) & set(SEED_EXAMPLES)
    assert all(any(n in e for n in ("Brandt", "Reyes", "Nair", "Hale", "Quayford")) for e in examples), (
        examples
    )
    for example in examples:
        _inter, answer = await h.ask(h.bob, example)
        assert "[1]" in embed_of(answer)["description"], f"{example!r} is answered, with a citation"


async def test_help_on_the_seeds_suggests_questions_about_the_seeds(launch: Launch) -> None:
    h = await launch()
    note = await h.emu.wait_final(await h.emu.command(h.alice, "help"))
    [tries] = [f["value"] for f in embed_of(note)["fields"] if f["name"] == "Try"]
    assert any(n in tries for n in ("Rutte", "Peskov", "Putin", "Zelensk")), tries


async def test_sources_buttons_pressed_after_a_restart_get_a_clear_message(
    launch: Launch, town_corpus: Path
) -> None:
    h = await launch(corpus_dir=town_corpus)
    listing = await h.emu.wait_final(await h.emu.command(h.alice, "sources"))
    assert h.restart is not None
    h = await h.restart()
    for action in ("next", "last"):
        press = await h.emu.press(h.alice, h.emu.messages[listing["id"]], control(listing, action))
        note = await h.emu.wait_final(press)
        assert note["flags"] & EPHEMERAL and "no longer work" in note["content"], note
    assert embed_of(h.emu.messages[listing["id"]]) == embed_of(listing), "the old page left as it was"
    fresh = await h.emu.wait_final(await h.emu.command(h.alice, "sources"))
    await h.emu.wait_acked(await h.emu.press(h.alice, fresh, control(fresh, "next")))
    assert embed_of(h.emu.messages[fresh["id"]])["footer"]["text"].startswith("page 2/3"), "new ones work"


async def test_after_a_reload_to_another_corpus_help_and_topics_come_from_the_new_one(
    launch: Launch, town_corpus: Path
) -> None:
    h = await launch()
    before = await h.emu.wait_final(await h.emu.command(h.alice, "help"))
    assert any(n in json.dumps(before["embeds"]) for n in ("Rutte", "Putin", "Zelensk")), "the seeds' first"
    for old in h.corpus.iterdir():
        old.unlink()
    for new in town_corpus.iterdir():
        (h.corpus / new.name).write_bytes(new.read_bytes())
    reload = await h.emu.command(h.mod, "reload")
    await h.emu.wait_until(lambda: bool(reload.original and reload.original.get("embeds")), within=30)
    assert reload.original is not None and embed_of(reload.original)["title"] == "Corpus reloaded"

    def tries_of(note: JSON) -> str:
        return str(next(f["value"] for f in embed_of(note)["fields"] if f["name"] == "Try"))

    # until the new corpus's examples are worked out (after the swap, in a worker thread), /help offers
    # none: never the previous corpus's
    soon = tries_of(await h.emu.wait_final(await h.emu.command(h.alice, "help")))
    assert not any(n in soon for n in ("Rutte", "Putin", "Zelensk", "NATO")), soon
    for _ in range(300):
        if h.service.examples:
            break
        await asyncio.sleep(0.05)
    tries = tries_of(await h.emu.wait_final(await h.emu.command(h.alice, "help")))
    assert not any(n in tries for n in ("Rutte", "Putin", "Zelensk", "NATO")), tries
    assert any(n in tries for n in ("Brandt", "Reyes", "Nair", "Hale", "Quayford")), tries
    # the town's articles date no event: nothing to suggest, and never the seeds' subjects
    assert await h.emu.autocomplete(h.alice, "timeline", "topic", "") == []
