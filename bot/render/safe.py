"""Text made safe to show: corpus and user text that cannot ping, link or format anything in Discord
(``inert``, ``defuse``, ``safe_url``), or corrupt a terminal (``plain``); and text cut to fit a limit at a
sentence or word boundary (``clip``, ``fit``, ``pack_lines``, ``limited_list``). Pure functions, so the
guarantees are tested exhaustively."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

ELLIPSIS = "…"
ZWSP = "\u200b"

_EVERYONE = re.compile(r"@(?=everyone|here)")
_MENTION_OPEN = re.compile(r"<(?=@[!&]?|#|/)")


def _break_mentions(text: str) -> str:
    """A zero-width space after "@" of @everyone/@here and after "<" of <@id>, <#id>, </cmd>: both
    kinds broken even where they overlap ("<@everyone")."""
    return _MENTION_OPEN.sub("<" + ZWSP, _EVERYONE.sub("@" + ZWSP, text))


_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]{1,15}):(?=[^\s\d])")
_MARKDOWN = re.compile(r"([\\*_~`|\[\]()<>#])")
_LINE_START = re.compile(r"(?m)^(\s*)([-+>]|\d+\.)(?=\s)")


def inert(text: str) -> str:
    """Corpus or user text made safe to show in Discord markdown: markdown characters escaped (so no
    link, heading, code block or spoiler can form), URL schemes broken with a zero-width space (so
    Discord does not auto-link them), and mentions broken the same way (so even without
    AllowedMentions nothing could ping). A reader sees the original text."""
    text = text.replace(ZWSP, "")
    text = _MARKDOWN.sub(r"\\\1", text)
    text = _break_mentions(text)
    text = _SCHEME.sub(lambda m: m.group(1) + ZWSP + ":", text)
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def defuse(text: str) -> str:
    """Mentions broken with a zero-width space, nothing else changed: for places Discord shows without
    markdown (footers), where backslash escapes would be visible."""
    return _break_mentions(text.replace(ZWSP, ""))


def plain(text: str) -> str:
    """Corpus text for a terminal: control characters out, nothing else changed."""
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", " ", text)


def safe_url(url: str | None) -> str | None:
    """A citation URL fit to be a link: http(s) only, no whitespace, and no character that could end
    the ``(<url>)`` of a markdown link early."""
    if not url:
        return None
    url = url.strip()
    m = re.match(r"^https?://([^\s/?#]+)", url, re.IGNORECASE)
    if not m or "@" in m.group(1) or re.search(r"[\s\x00-\x1f]", url):
        return None  # no user-info before the host: "https://trusted.example@evil.example" deceives
    # "@" percent-encoded: "@everyone" or "@here" in a path must not read as a mention
    return (
        url.replace("<", "%3C")
        .replace(">", "%3E")
        .replace(")", "%29")
        .replace("(", "%28")
        .replace("@", "%40")
    )


# --------------------------------------------------------------------------- fitting text into limits


def clip(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a sentence or word boundary, ending with "…"."""
    if len(text) <= limit:
        return text
    if limit <= 1:
        return ELLIPSIS[:limit]
    room = limit - 1
    head = text[:room]
    for pattern in (r"[.!?][\"'”’)\]]?\s", r"\s"):
        cuts = [m.end() for m in re.finditer(pattern, head)]
        if cuts and cuts[-1] > room // 2:
            return head[: cuts[-1]].rstrip() + ELLIPSIS
    return head.rstrip("\\") + ELLIPSIS


def fit(raw: str, limit: int) -> str:
    """``inert(raw)`` within ``limit`` characters: clipped before escaping so no escape is cut in half,
    and clipped harder while the escapes still overflow."""
    budget = limit
    while True:
        out = inert(clip(raw, budget))
        if len(out) <= limit or budget <= 1:
            return out if len(out) <= limit else ELLIPSIS
        budget -= max(1, len(out) - limit)


def pack_lines(lines: Iterable[str], limit: int, *, more: str = "… and {n} more") -> list[str]:
    """Lines grouped into chunks of at most ``limit`` characters (a line too long alone is clipped)."""
    chunks: list[str] = []
    current = ""
    for line in lines:
        line = line if len(line) <= limit else clip(line, limit)
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) <= limit:
            current = candidate
        else:
            chunks.append(current)
            current = line
    if current:
        chunks.append(current)
    return chunks


def limited_list(items: Sequence[str], limit: int) -> str:
    """As many ``items`` as fit in ``limit`` characters, one per line, then "… and N more"."""
    out: list[str] = []
    used = 0
    for i, item in enumerate(items):
        rest = len(items) - i - 1
        tail = len(f"\n… and {rest} more") if rest else 0
        line = clip(item, limit - tail)
        if used + len(line) + 1 + tail > limit:
            out.append(f"… and {len(items) - i} more")
            break
        out.append(line)
        used += len(line) + 1
    return "\n".join(out) or "—"
