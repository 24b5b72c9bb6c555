"""Render example bot replies as SVG pictures of a Discord channel, for the documentation.

The pictures are produced by the real code path, not drawn by hand: the Service is started over the
seed corpus (with a throw-away database), real questions are asked, and the embeds and buttons come
from ``bot/render/embeds.py`` and ``bot/discord_app/views.py``. When the rendering changes, re-running this
keeps the docs honest:

    .venv/bin/python tools/render_example.py   # writes docs/example-{reply,timeline,thread}.svg and
                                               # docs/example-chart.png

The SVG is built as plain strings (no drawing library: the project must not depend on one). Text is
wrapped by an estimate of character widths for DejaVu Sans / Verdana, the fonts named first in the
SVG, so lines fit the embed; a narrower fallback font only leaves a little more room at line ends.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

import discord

from bot import render
from bot.chart import timeline_chart
from bot.conversation import Conversations, resolve
from bot.discord_app.answering import THREAD_INTRO, thread_name
from bot.discord_app.pagers import TimelinePager
from bot.discord_app.views import feedback_view
from bot.service import Service
from bot.settings import load_settings
from bot.timeline_pages import TimelinePages

ROOT = Path(__file__).resolve().parent.parent

MENTION_QUESTION = "Who is the NATO Secretary General?"
ASK_QUESTION = "What did Rutte say about the ball being in the court of the Russians?"
TIMELINE_SINCE = date(2025, 4, 1)
THREAD_QUESTION = "When were the Istanbul talks?"
THREAD_FOLLOW_UP = "when was that?"
CHART_SINCE = date(2025, 1, 1)

# ------------------------------------------------------------------------------ Discord's dark theme

BACKGROUND = "#313338"
EMBED_BACKGROUND = "#2b2d31"
TEXT = "#dbdee1"
HEADER = "#f2f3f5"
MUTED = "#949ba4"
LINK = "#00a8fc"
BUTTON = "#4e5058"
BLURPLE = "#5865f2"
MENTION_FILL = "#c9cdfb"
MENTION_BACKGROUND = "rgba(88,101,242,0.3)"
USER_COLOUR = "#f0b232"

FONT = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif"
MONO = "'DejaVu Sans Mono', Menlo, Consolas, monospace"
EMOJI = "'Noto Color Emoji', 'Apple Color Emoji', 'Segoe UI Emoji', 'DejaVu Sans', sans-serif"

WIDTH = 680  # the picture
GUTTER = 72  # where message content starts (right of the avatar)
EMBED_WIDTH = 540  # Discord caps embeds at about this width
EMBED_PAD = 16
ZWSP = "\u200b"

# ------------------------------------------------------------------------------ text measurement

# advance widths in em for DejaVu Sans (Verdana is within a few per cent); unknown characters count
# as wide so that an estimate errs towards wrapping early rather than overflowing the embed
_WIDTHS: dict[str, float] = {}
for chars, em in (
    ("il.,:;'|!", 0.30),
    (" ", 0.32),
    ("frtjI()[]/-", 0.38),
    ('"“”‘’`', 0.46),
    ("sczJ?", 0.54),
    ("vxykLFT", 0.60),
    ("abdeghnopquZ0123456789$#*+<=>_^~", 0.63),
    ("ABEKPRSVXY", 0.68),
    ("CDGHNOQU&", 0.77),
    ("wM", 0.86),
    ("mW—…%", 1.00),
):
    for ch in chars:
        _WIDTHS[ch] = em


def char_width(ch: str, size: float, *, bold: bool = False, mono: bool = False) -> float:
    if mono:
        return 0.61 * size
    em = _WIDTHS.get(ch, 0.72 if ord(ch) < 0x2000 else 1.1)
    return em * size * (1.1 if bold else 1.0)


@dataclass(frozen=True)
class Span:
    """A run of text in one style: text, bold, link, code, mention or muted."""

    text: str
    style: str = "text"

    def width(self, size: float) -> float:
        bold, mono = self.style in ("bold", "mention"), self.style == "code"
        return sum(char_width(c, size, bold=bold, mono=mono) for c in self.text)


Line = list[Span]

# ------------------------------------------------------------------------------ Discord markdown

_LINK = re.compile(r"\[((?:\\.|[^\\\]])*)\]\(<([^>\s]*)>\)")
_UNESCAPE = re.compile(r"\\(.)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _clean(text: str) -> str:
    """What a reader sees: zero-width spaces (inserted by render.inert to break mentions and links)
    gone, and no control character left to make the XML invalid."""
    return _CONTROL.sub(" ", text.replace(ZWSP, ""))


def _merge(chars: Iterable[tuple[str, str]]) -> Line:
    line: Line = []
    for ch, style in chars:
        if line and line[-1].style == style:
            line[-1] = Span(line[-1].text + ch, style)
        else:
            line.append(Span(ch, style))
    return line


def parse_markdown(md: str) -> list[Line]:
    """The subset of Discord markdown that bot/render.py produces: backslash escapes, **bold**,
    [label](<url>) links and `code`. One Line per source line."""
    lines: list[Line] = []
    for raw in _clean(md).split("\n"):
        chars: list[tuple[str, str]] = []
        bold = False
        i = 0
        while i < len(raw):
            style = "bold" if bold else "text"
            ch = raw[i]
            if ch == "\\" and i + 1 < len(raw):
                chars.append((raw[i + 1], style))
                i += 2
                continue
            if raw.startswith("**", i):
                bold = not bold
                i += 2
                continue
            if ch == "[" and (m := _LINK.match(raw, i)):
                chars.extend((c, "link") for c in _UNESCAPE.sub(r"\1", m.group(1)))
                i = m.end()
                continue
            if ch == "`" and (end := raw.find("`", i + 1)) > i:
                chars.extend((c, "code") for c in raw[i + 1 : end])
                i = end + 1
                continue
            chars.append((ch, style))
            i += 1
        lines.append(_merge(chars))
    return lines


def wrap(lines: Sequence[Line], width: float, size: float) -> list[Line]:
    """Source lines broken into visual lines no wider than ``width`` (blank lines kept)."""
    out: list[Line] = []
    for line in lines:
        current: Line = []
        used = 0.0
        tokens = [Span(t, s.style) for s in line for t in re.findall(r"\S+|\s+", s.text)]
        for tok in tokens:
            w = tok.width(size)
            if tok.text.isspace():
                if current:
                    current.append(tok)
                    used += w
                continue
            if used + w > width and current:
                while current and current[-1].text.isspace():
                    current.pop()
                out.append(_merge((c, s.style) for s in current for c in s.text))
                current, used = [], 0.0
            while w > width:  # a single word wider than the line: cut it
                cut = 1
                while Span(tok.text[: cut + 1], tok.style).width(size) <= width:
                    cut += 1
                out.append([Span(tok.text[:cut], tok.style)])
                tok = Span(tok.text[cut:], tok.style)
                w = tok.width(size)
            current.append(tok)
            used += w
        while current and current[-1].text.isspace():
            current.pop()
        out.append(_merge((c, s.style) for s in current for c in s.text))
    return out


# ------------------------------------------------------------------------------ SVG pieces

_STYLE_ATTRS = {
    "text": "",
    "bold": ' font-weight="700"',
    "link": f' fill="{LINK}"',
    "code": f' font-family="{MONO}" fill="{HEADER}"',
    "mention": f' font-weight="600" fill="{MENTION_FILL}"',
    "muted": f' fill="{MUTED}"',
}


def attr(value: str) -> str:
    return escape(value, quote=True)


def text_line(
    x: float, y: float, line: Line, *, size: float, fill: str = TEXT, weight: int | None = None
) -> str:
    """One visual line: a <text> whose <tspan>s flow one after the other, spaces preserved."""
    spans = "".join(f"<tspan{_STYLE_ATTRS[s.style]}>{escape(s.text, quote=False)}</tspan>" for s in line)
    bold = f' font-weight="{weight}"' if weight else ""
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" fill="{fill}"{bold} '
        f'xml:space="preserve">{spans}</text>'
    )


def avatar(cx: float, cy: float, r: float, colour: str, letter: str) -> str:
    return (
        f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="{colour}"/>'
        f'<text x="{cx}" y="{cy + r * 0.36:.1f}" font-size="{r:.0f}" font-weight="700" fill="#ffffff" '
        f'text-anchor="middle">{escape(letter)}</text>'
    )


@dataclass
class Canvas:
    """Elements stacked top to bottom; ``y`` is where the next one goes."""

    y: float = 16.0
    parts: list[str] = field(default_factory=list)

    def add(self, *svg: str) -> None:
        self.parts.extend(svg)

    def document(self, title: str) -> str:
        height = self.y + 16
        body = "\n  ".join(self.parts)
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height:.0f}" '
            f'viewBox="0 0 {WIDTH} {height:.0f}" font-family="{attr(FONT)}" role="img" '
            f'aria-label="{attr(title)}">\n  <title>{escape(title)}</title>\n'
            f'  <rect width="100%" height="100%" fill="{BACKGROUND}"/>\n  {body}\n</svg>\n'
        )


# ------------------------------------------------------------------------------ a chat, message by message


@dataclass(frozen=True)
class Author:
    name: str
    colour: str
    bot: bool = False


BOT = Author("newsbot", BLURPLE, bot=True)
USER = Author("Ana", USER_COLOUR)


def reference_line(c: Canvas, who: Author, tail: Line) -> None:
    """The small line above a reply or a slash-command response ("Ana used /ask")."""
    y = c.y
    c.add(
        f'<path d="M 36 {y + 20} V {y + 13} Q 36 {y + 8} 41 {y + 8} H 66" stroke="{BUTTON}" '
        f'stroke-width="2" fill="none"/>',
        avatar(GUTTER + 8, y + 8, 8, who.colour, who.name[0]),
        text_line(GUTTER + 22, y + 13, [Span(who.name, "bold"), *tail], size=13, fill=MUTED),
    )
    c.y += 22


def header(c: Canvas, who: Author, when: str) -> None:
    y = c.y
    c.add(avatar(36, y + 20, 20, who.colour, who.name[0]))
    name = Span(who.name)
    c.add(text_line(GUTTER, y + 16, [name], size=16, fill=who.colour if not who.bot else HEADER, weight=600))
    x = GUTTER + name.width(16) * 1.05 + 6
    if who.bot:
        c.add(
            f'<rect x="{x:.1f}" y="{y + 4}" width="30" height="15" rx="3" fill="{BLURPLE}"/>',
            f'<text x="{x + 15:.1f}" y="{y + 15}" font-size="10" font-weight="700" fill="#ffffff" '
            f'text-anchor="middle">APP</text>',
        )
        x += 36
    c.add(text_line(x, y + 16, [Span(when)], size=12, fill=MUTED))
    c.y += 22


def user_content(c: Canvas, mention: str, text: str) -> None:
    width = EMBED_WIDTH + 60
    first = [Span(mention, "mention"), Span(" " + text)]
    lines = wrap([first], width, 16)
    pill = Span(mention, "mention").width(16)
    c.add(
        f'<rect x="{GUTTER - 2}" y="{c.y + 1}" width="{pill + 4:.1f}" height="21" rx="3" '
        f'fill="{MENTION_BACKGROUND}"/>'
    )
    for line in lines:
        c.add(text_line(GUTTER, c.y + 17, line, size=16))
        c.y += 22


def embed_box(c: Canvas, embed: discord.Embed) -> None:
    """An embed as Discord draws it: coloured bar, title, description, stacked fields, footer."""
    inner = EMBED_WIDTH - 4 - 2 * EMBED_PAD
    x = GUTTER + 4 + EMBED_PAD
    top = c.y + 4
    y = top + 8
    rows: list[str] = []

    def block(md: str, size: float, lh: float, *, fill: str = TEXT, weight: int | None = None) -> None:
        nonlocal y
        for line in wrap(parse_markdown(md), inner, size * (1.1 if weight else 1.0)):
            rows.append(text_line(x, y + lh * 0.78, line, size=size, fill=fill, weight=weight))
            y += lh

    if embed.title:
        y += 4
        block(embed.title, 16, 22, fill=HEADER, weight=700)
    if embed.description:
        y += 4
        for para in embed.description.split("\n\n"):
            if para.startswith("> "):  # a Markdown block quote: Discord draws a grey bar, not the ">"
                start = y
                x += 12
                inner -= 12
                block(para[2:], 14, 19)
                x -= 12
                inner += 12
                rows.append(
                    f'<rect x="{x}" y="{start + 2}" width="4" height="{y - start - 2}" '
                    'rx="2" fill="#4e5058"/>'
                )
            else:
                block(para, 14, 19)
            y += 10
    for f in embed.fields:
        y += 8
        block(f.name or "", 14, 19, fill=HEADER, weight=700)
        block(f.value or "", 14, 19)
    if embed.footer.text:
        y += 8
        for line in wrap([[Span(_clean(embed.footer.text))]], inner, 12):
            rows.append(text_line(x, y + 12, line, size=12))
            y += 16
    y += 14
    colour = f"#{embed.colour.value:06x}" if embed.colour else "#1e1f22"
    height = y - top
    c.add(
        f'<rect x="{GUTTER}" y="{top:.1f}" width="{EMBED_WIDTH}" height="{height:.1f}" rx="4" '
        f'fill="{colour}"/>',
        f'<rect x="{GUTTER + 4}" y="{top:.1f}" width="{EMBED_WIDTH - 4}" height="{height:.1f}" rx="4" '
        f'fill="{EMBED_BACKGROUND}"/>',
        f'<rect x="{GUTTER + 4}" y="{top:.1f}" width="8" height="{height:.1f}" fill="{EMBED_BACKGROUND}"/>',
        *rows,
    )
    c.y = y


def buttons(c: Canvas, view: discord.ui.View | None) -> None:
    """The view's components row by row: buttons (grey secondary, blurple primary, disabled ones
    faded) and select menus (a wide box with their placeholder)."""
    if view is None:
        return
    rows: dict[int, list[Any]] = {}
    for child in view.children:
        item: Any = getattr(child, "item", child)  # a DynamicItem wraps its button
        rows.setdefault(getattr(child, "_rendered_row", None) or child.row or 0, []).append(item)
    for row in sorted(rows):
        x = float(GUTTER)
        top = c.y + 8
        for item in rows[row]:
            if isinstance(item, discord.ui.Select):
                c.add(
                    f'<rect x="{x:.1f}" y="{top}" width="{EMBED_WIDTH - 40}" height="36" rx="4" '
                    f'fill="#1e1f22" stroke="#3f4147"/>',
                    text_line(x + 12, top + 23, [Span(item.placeholder or "", "muted")], size=15),
                    f'<text x="{x + EMBED_WIDTH - 64:.1f}" y="{top + 23}" font-size="14" '
                    f'fill="{MUTED}">▾</text>',
                )
                top += 4
                continue
            if not isinstance(item, discord.ui.Button):
                continue
            label = " ".join(p for p in (str(item.emoji) if item.emoji else "", item.label or "") if p)
            w = max(48.0, Span(label).width(16) + 32)
            opacity = ' opacity="0.5"' if item.disabled and item.label is None else ""
            fill = BLURPLE if item.style is discord.ButtonStyle.primary else BUTTON
            c.add(
                f'<g{opacity}><rect x="{x:.1f}" y="{top}" width="{w:.1f}" height="32" rx="4" fill="{fill}"/>'
                f'<text x="{x + w / 2:.1f}" y="{top + 22}" font-size="16" fill="#ffffff" '
                f'font-family="{attr(EMOJI)}" text-anchor="middle">{escape(label)}</text></g>'
            )
            x += w + 8
        c.y = top + 32


def thread_header(c: Canvas, name: str, messages: int) -> None:
    """The line Discord shows under a message a thread was started on."""
    y = c.y + 6
    label = [Span("🧵 " + name, "bold"), Span(f"  {messages} messages", "muted")]
    width = sum(s.width(14) for s in label) + 28
    c.add(
        f'<rect x="{GUTTER}" y="{y}" width="{min(width, EMBED_WIDTH):.1f}" height="28" rx="4" '
        f'fill="{EMBED_BACKGROUND}"/>',
        text_line(GUTTER + 12, y + 19, label, size=14, fill=HEADER),
    )
    c.y = y + 34


def thread_title(c: Canvas, name: str) -> None:
    """The top of an open thread: its name, then its messages."""
    c.add(
        f'<rect x="0" y="{c.y}" width="{WIDTH}" height="40" fill="#2b2d31"/>',
        text_line(20, c.y + 26, [Span("🧵 "), Span(name, "bold")], size=16, fill=HEADER),
    )
    c.y += 52


def plain_content(c: Canvas, text: str, *, muted: bool = False) -> None:
    for line in wrap([[Span(text, "muted" if muted else "text")]], EMBED_WIDTH + 60, 16):
        c.add(text_line(GUTTER, c.y + 17, line, size=16))
        c.y += 22


# ------------------------------------------------------------------------------ the examples


async def build(out_dir: Path) -> list[Path]:
    with tempfile.TemporaryDirectory(prefix="newsbot-example-") as tmp:
        settings = load_settings(
            ROOT / "config" / "newsbot.toml",
            corpus=ROOT / "seeds",
            aliases=ROOT / "config" / "aliases.toml",
            db=Path(tmp) / "example.db",
        )
        service = await Service.start(settings)
        try:
            mentioned = await service.ask(MENTION_QUESTION)
            asked = await service.ask(ASK_QUESTION)
            timeline = await service.timeline(None, TIMELINE_SINCE, None)
            page_size = settings.timeline_page_size
            # a threaded conversation, through the bot's own follow-up path (bot.conversation)
            memory = Conversations(ttl=settings.follow_up_seconds)
            key = ("thread", 1)
            opened = await service.ask(THREAD_QUESTION)
            memory.remember(opened.question, opened.looked_for, key)
            followed = await service.ask(resolve(THREAD_FOLLOW_UP, memory.recall(key)))
            memory.remember(followed.question, followed.looked_for, key)
            chart = await asyncio.to_thread(timeline_chart, await service.timeline(None, CHART_SINCE))
        finally:
            await service.close()

    reply = Canvas()
    header(reply, USER, "Today at 14:01")
    user_content(reply, "@newsbot", MENTION_QUESTION)
    reply.y += 14
    reference_line(reply, USER, [Span(" "), Span("@newsbot", "mention"), Span(" " + MENTION_QUESTION)])
    header(reply, BOT, "Today at 14:01")
    embed_box(reply, render.answer_embeds(mentioned)[0])
    buttons(reply, None if mentioned.abstained else feedback_view(mentioned.answer_id))
    reply.y += 20
    reference_line(reply, USER, [Span(" used "), Span("/ask", "link")])
    header(reply, BOT, "Today at 14:02")
    embed_box(reply, render.answer_embeds(asked)[0])
    buttons(reply, None if asked.abstained else feedback_view(asked.answer_id))

    pages = Canvas()
    command = f"/timeline since:{TIMELINE_SINCE.isoformat()}"
    reference_line(pages, USER, [Span(" used "), Span(command, "link")])
    header(pages, BOT, "Today at 14:03")
    pager = TimelinePager({}, TimelinePages(timeline, page_size), owner_id=1, timeout=180)
    embed_box(pages, await pager.embed())
    buttons(pages, pager)
    pager.stop()

    thread = Canvas()
    header(thread, USER, "Today at 14:05")
    user_content(thread, "@newsbot", THREAD_QUESTION)
    thread_header(thread, thread_name(THREAD_QUESTION), 4)
    thread.y += 10
    thread_title(thread, thread_name(THREAD_QUESTION))
    header(thread, BOT, "Today at 14:05")
    plain_content(thread, THREAD_INTRO)
    thread.y += 8
    header(thread, BOT, "Today at 14:05")
    embed_box(thread, render.answer_embeds(opened)[0])
    buttons(thread, None if opened.abstained else feedback_view(opened.answer_id))
    thread.y += 16
    ben = Author("Ben", "#23a55a")
    header(thread, ben, "Today at 14:06")
    user_content(thread, "@newsbot", THREAD_FOLLOW_UP)
    thread.y += 14
    reference_line(thread, ben, [Span(" "), Span("@newsbot", "mention"), Span(" " + THREAD_FOLLOW_UP)])
    header(thread, BOT, "Today at 14:06")
    embed_box(thread, render.answer_embeds(followed)[0])
    buttons(thread, None if followed.abstained else feedback_view(followed.answer_id))

    written = []
    for name, canvas, title in (
        ("example-reply.svg", reply, "newsbot answering a mention and /ask in Discord"),
        ("example-timeline.svg", pages, "newsbot answering /timeline in Discord"),
        ("example-thread.svg", thread, "newsbot answering in a thread, and a follow-up question there"),
    ):
        path = out_dir / name
        path.write_text(canvas.document(title), encoding="utf-8")
        written.append(path)
    path = out_dir / "example-chart.png"
    path.write_bytes(chart)
    written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--out", type=Path, default=ROOT / "docs", help="directory for the SVG files")
    args = p.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for path in asyncio.run(build(args.out)):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
