"""Safe text: whatever the corpus holds reads as the original, cannot ping, link or format anything,
and fits the limit it is cut to."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot import render
from tests.bot.render.hostile import BIG_TEXT, TEXT, assert_inert, unescape


@given(TEXT)
def test_inert_reads_as_the_original_and_is_harmless(text: str) -> None:
    shown = render.inert(text)
    assert unescape(shown) == text.replace(render.ZWSP, "")
    assert_inert(shown)


@given(BIG_TEXT, st.integers(1, 5000))
@settings(max_examples=60)
def test_fit_respects_the_limit(text: str, limit: int) -> None:
    shown = render.fit(text, limit)
    assert len(shown) <= limit
    assert_inert(shown)
    seen = unescape(shown)
    if seen != text.replace(render.ZWSP, ""):
        assert seen.endswith("…")
        assert text.replace(render.ZWSP, "").startswith(seen[:-1].rstrip())


def test_clip_cuts_at_a_boundary() -> None:
    assert render.clip("short", 10) == "short"
    assert render.clip("One sentence here. Another one follows on.", 30) == "One sentence here.…"
    assert render.clip("alpha beta gamma delta", 15) == "alpha beta…"
    assert len(render.clip("x" * 50, 10)) == 10


def test_citation_urls_cannot_carry_mentions_or_hide_their_host() -> None:
    assert render.safe_url("https://evil.example/a_b@everyone") == "https://evil.example/a_b%40everyone"
    assert render.safe_url("https://news.example@evil.example/x") is None
    assert render.safe_url("javascript:alert(1)") is None
    assert render.safe_url("https://ok.example/a(b)") == "https://ok.example/a%28b%29"
