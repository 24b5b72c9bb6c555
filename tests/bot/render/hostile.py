"""What the rendering tests share: hostile text to render, and what "fits" and "inert" mean."""

from __future__ import annotations

import re
import warnings

from hypothesis import strategies as st

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)  # discord.player's audioop import
    import discord

from bot import render

HOSTILE = st.sampled_from(
    [
        "@everyone",
        "@here",
        "<@123456789012345678>",
        "<@!42>",
        "<@&7>",
        "<#99>",
        "[x](javascript:alert(1))",
        "[site](https://evil.example)",
        "https://evil.example/a_b",
        "**bold**",
        "`code`",
        "```block```",
        "||spoiler||",
        "> quote",
        "# head",
        "- item",
        "\\",
        "\u200b",
        "\n",
        "é",
        "👍",
        "\u202e",
    ]
)
TEXT = st.lists(st.one_of(HOSTILE, st.text(min_size=0, max_size=40)), max_size=30).map("".join)
BIG_TEXT = st.one_of(TEXT, st.integers(300, 3000).map(lambda n: ("word " * n).strip() + "."))


def unescape(shown: str) -> str:
    """What a reader sees once Discord has applied the backslash escapes."""
    return re.sub(r"\\([^0-9A-Za-z\s])", r"\1", shown).replace(render.ZWSP, "")


def check_limits(embeds: list[discord.Embed]) -> None:
    assert 1 <= len(embeds) <= 10
    total = 0
    for e in embeds:
        assert len(e.title or "") <= 256
        assert len(e.description or "") <= 4096
        assert len(e.fields) <= 25
        for f in e.fields:
            assert 0 < len(f.name or "") <= 256 and 0 < len(f.value or "") <= 1024
        assert len(e.footer.text or "") <= 2048
        total += len(e)
    assert total <= 6000


def assert_inert(shown: str) -> None:
    assert "@everyone" not in shown and "@here" not in shown
    assert not re.search(r"<[@#][!&]?\d", shown)
    # a markdown link can only be one of ours: [label](<http...>)
    for m in re.finditer(r"(?<!\\)\]\((?!<https?://)", shown):
        raise AssertionError(f"a link could form at {shown[max(0, m.start() - 30) : m.end() + 30]!r}")
    assert not re.search(r"(?<![\u200b])https?://(?![^\s>]*>\))", shown.replace("(<http", "(<_"))
