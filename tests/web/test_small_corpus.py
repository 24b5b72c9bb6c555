"""The status pages over a made-up corpus of one event told by one article saved twice: counts in the
singular, the copy listed once among the event's reports, and an unknown address answered in the
site's style."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient

from bot.service import Service
from bot.settings import Settings
from tests.web.conftest import serve

STORY = (
    "Title: Ferry service added\nSource: Gull Gazette\nDate: 2031-03-18\n\n"
    "A temporary ferry service began on 18 March 2031 to carry commuters across Wrenmouth harbour.\n"
)


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[TestClient]:  # type: ignore[type-arg]
    corpus = tmp_path / "cc"
    corpus.mkdir()
    for name in ("ferry.txt", "ferry_copy.txt"):
        (corpus / name).write_text(STORY, encoding="utf-8")
    service = await Service.start(Settings(_env_file=None, corpus=corpus, db=tmp_path / "w.db", aliases=None))
    try:
        async with serve(service) as c:
            yield c
    finally:
        await service.close()


async def test_one_event_from_one_outlet_reported_once(client: TestClient) -> None:  # type: ignore[type-arg]
    """It said "1 events from 1 outlets", and listed the copy as a second report."""
    response = await client.get("/timeline?topic=ferry")
    html = await response.text()
    assert response.status == 200
    assert "1 event from 1 outlet." in html
    reported = html.split('id="events"', 1)[1].split("</tbody>", 1)[0]
    assert reported.count("Gull Gazette") == 1


async def test_an_unknown_address_is_a_page_in_the_sites_style(client: TestClient) -> None:  # type: ignore[type-arg]
    response = await client.get("/no-such-page")
    html = await response.text()
    assert response.status == 404
    assert "<!doctype html>" in html.lower() and "There is no page at this address" in html
    assert 'href="/timeline"' in html or 'href="/sources"' in html
