"""docs/discord.md says what the bot needs: the invite's permission integer is the sum of the
permissions it lists (threads included) and is what the emulator grants the bot in every end-to-end
test; the private-bot step names the Install Link; the pictures it shows exist and are readable."""

from __future__ import annotations

import re
import struct
import warnings
from pathlib import Path

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)  # discord.player's audioop import
    import discord

from tests.e2e.emulator import BOT_PERMISSIONS

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "discord.md").read_text(encoding="utf-8")


def test_the_invite_integer_is_the_listed_permissions_and_what_the_tests_grant() -> None:
    [url] = re.findall(r"permissions=(\d+)", DOC)
    rows = re.findall(r"^\| ([A-Z][A-Za-z ]+) \| 1 << (\d+) \| ([\d,]+) \|", DOC, flags=re.MULTILINE)
    assert len(rows) == 8
    for _name, bit, value in rows:
        assert int(value.replace(",", "")) == 1 << int(bit)
    total = sum(1 << int(bit) for _name, bit, _value in rows)
    assert int(url) == total == BOT_PERMISSIONS
    assert f"**{total:,}**" in DOC and f"= {total:,}." in DOC.replace("\n", " "), "the arithmetic is shown"
    granted = {name for name, on in discord.Permissions(int(url)) if on}
    assert granted == {
        "read_messages",  # discord.py's name for View Channels
        "send_messages",
        "embed_links",
        "attach_files",
        "read_message_history",
        "use_application_commands",
        "create_public_threads",
        "send_messages_in_threads",
    }


def test_the_private_bot_step_sets_the_install_link_to_none_first() -> None:
    step = DOC[DOC.index("2. Open the **Bot** page") : DOC.index("3. Under **Privileged")]
    assert step.index("**Install Link** to **None**") < step.index("**Public Bot** off")


def test_the_pictures_shown_exist_and_the_chart_is_readable() -> None:
    pictures = re.findall(r"\]\(([\w./-]+\.(?:svg|png))\)", DOC)
    assert {"example-thread.svg", "example-chart.png", "example-timeline.svg"} <= set(pictures)
    for name in pictures:
        assert (ROOT / "docs" / name).is_file(), name
    data = (ROOT / "docs" / "example-chart.png").read_bytes()
    width, height = struct.unpack(">II", data[16:24])
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and width >= 600 and height >= 300
    thread = (ROOT / "docs" / "example-thread.svg").read_text(encoding="utf-8")
    assert "when was that (about Istanbul, talks)?" in thread, (
        "the picture shows a follow-up as the bot read it"
    )
