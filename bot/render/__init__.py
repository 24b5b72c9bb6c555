"""Rendering: safe text (``safe``), Discord embeds (``embeds``) and plain text for the console and the
command line (``text``), sharing their wording (``shared``). Everything here is pure (no I/O, no state),
so the limits and the guarantees can be tested exhaustively. ``from bot import render`` gives all of it.

The embeds are imported on first use: they need discord.py, which the command line does not (importing
it is a good part of ``newsbot ask``'s start-up, and the scale benchmark times that from process start)."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.render.embeds import (
        CONTENT_LIMIT,
        DESCRIPTION_LIMIT,
        EMBED_TOTAL_LIMIT,
        FIELD_VALUE_LIMIT,
        TITLE_LIMIT,
        answer_embeds,
        enforce,
        help_embed,
        message_content,
        reload_embed,
        source_line,
        sources_embed,
        timeline_embed,
    )
from bot.render.safe import (
    ELLIPSIS,
    ZWSP,
    clip,
    defuse,
    fit,
    inert,
    json_line,
    limited_list,
    pack_lines,
    plain,
    safe_url,
)
from bot.render.shared import FOOTER, NO_EXAMPLES, NOT_RECORDED, counted, timeline_page_count
from bot.render.text import answer_text, help_text, reload_text, sources_text, timeline_text

__all__ = [
    "CONTENT_LIMIT",
    "DESCRIPTION_LIMIT",
    "ELLIPSIS",
    "EMBED_TOTAL_LIMIT",
    "FIELD_VALUE_LIMIT",
    "FOOTER",
    "NOT_RECORDED",
    "NO_EXAMPLES",
    "TITLE_LIMIT",
    "ZWSP",
    "answer_embeds",
    "answer_text",
    "clip",
    "counted",
    "defuse",
    "enforce",
    "fit",
    "help_embed",
    "help_text",
    "inert",
    "json_line",
    "limited_list",
    "message_content",
    "pack_lines",
    "plain",
    "reload_embed",
    "reload_text",
    "safe_url",
    "source_line",
    "sources_embed",
    "sources_text",
    "timeline_embed",
    "timeline_page_count",
    "timeline_text",
]

_EMBEDS = frozenset(
    {
        "CONTENT_LIMIT",
        "DESCRIPTION_LIMIT",
        "EMBED_TOTAL_LIMIT",
        "FIELD_VALUE_LIMIT",
        "TITLE_LIMIT",
        "answer_embeds",
        "enforce",
        "help_embed",
        "message_content",
        "reload_embed",
        "source_line",
        "sources_embed",
        "timeline_embed",
    }
)


def __getattr__(name: str) -> Any:
    if name in _EMBEDS:
        from bot.render import embeds

        return getattr(embeds, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
