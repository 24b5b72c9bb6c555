"""Every page through aiohttp's test client, over a real engine and a real SQLite history store:
what each page shows, its filters and its paging. (Access and headers: test_access.py.)"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from aiohttp.test_utils import TestClient

from bot.service import Service
from bot.settings import Settings
from bot.store import SQLiteStore, UnavailableStore
from bot.web.data import PAGE_SIZE
from retrieval import build_engine
from tests.web.conftest import QUESTIONS, reads_fail, serve


async def page(client: TestClient, path: str, status: int = 200) -> str:  # type: ignore[type-arg]
    response = await client.get(path)
    text = await response.text()
    assert response.status == status, text[:500]
    return text


def rows(html: str, table: str) -> list[str]:
    body = html.split(f'id="{table}"', 1)[1].split("</tbody>", 1)[0]
    return re.findall(r"<tr[ >].*?</tr>", body.split("<tbody>", 1)[1], flags=re.S)


# ---------------------------------------------------------------------------- overview


async def test_overview_shows_corpus_outlets_reloads_cache_and_daily_chart(client: TestClient) -> None:  # type: ignore[type-arg]
    html = await page(client, "/")
    assert 'id="documents">125<' in html  # the 5 seeds and 120 generated articles
    assert "Harbour Gazette" in html and "Élan Quotidien" in html and "outlet unknown" in html
    assert 'Date unknown</span><span class="value">12<' in html
    assert "RuntimeError: the new corpus has no readable documents" in html  # the failed reload
    assert html.count('class="badge ok"') == 1 and html.count('class="badge failed"') == 1
    assert ">1 min 15 s<" in html and ">0.2 s<" in html  # how long each reload took
    assert "<svg" in html and html.count('class="bar-all"') == 30
    assert f"{QUESTIONS} questions" in html and "16 declined" in html
    assert "since this process started" in html


async def test_overview_says_when_the_bot_reloaded_since_this_process_loaded(client: TestClient) -> None:  # type: ignore[type-arg]
    html = await page(client, "/")
    assert "The bot has reloaded the corpus since" in html  # the history's last good reload is "v1"


async def test_overview_cache_hit_rate_counts_this_process_lookups(
    web_service: Service, history_store: SQLiteStore
) -> None:
    await history_store.cache_put("v", "r", "p")
    for request in ("r", "r", "r", "other"):
        await history_store.cache_get("v", request)
    async with serve(web_service) as client:
        assert ">75%<" in await page(client, "/")


# ---------------------------------------------------------------------------- sources


async def test_sources_lists_a_page_with_date_unknown_and_links(client: TestClient) -> None:  # type: ignore[type-arg]
    html = await page(client, "/sources?sort=date&order=asc&page=3")
    assert "125 documents." in html and "page 3 of 3" in html
    listed = rows(html, "sources")
    assert len(listed) == 25
    assert sum("date unknown" in r for r in listed) == 12  # undated rows come last, in both orders
    assert 'href="https://example.org/articles/' in html


async def test_sources_never_links_a_javascript_url(client: TestClient) -> None:  # type: ignore[type-arg]
    html = await page(client, "/sources?q=gen-011")
    assert "javascript:" not in html
    assert len(rows(html, "sources")) == 1


async def test_sources_search_folds_accents_and_case(client: TestClient) -> None:  # type: ignore[type-arg]
    html = await page(client, "/sources?q=elan+QUOTIDIEN")
    assert "39 of 125 documents match" in html
    assert all("Élan Quotidien" in r for r in rows(html, "sources"))


async def test_sources_sorts_by_each_column_both_ways(client: TestClient) -> None:  # type: ignore[type-arg]
    html = await page(client, "/sources?sort=passages&order=desc")
    counts = [int(n) for n in re.findall(r'<td class="num">(\d+)</td>', html)]
    assert counts == sorted(counts, reverse=True) and counts[0] > 5
    html = await page(client, "/sources?sort=title&order=asc&q=minutes")
    titles = re.findall(r"<td>(Bridge council minutes \d+)<br>", html)
    assert titles == sorted(titles) and len(titles) == 48  # even numbers, less the undated tenth
    html = await page(client, "/sources?sort=title&order=desc&q=minutes")
    assert re.findall(r"<td>(Bridge council minutes \d+)<br>", html)[0] == "Bridge council minutes 118"
    html = await page(client, "/sources?sort=date&order=desc")
    dates = re.findall(r'<td class="date">(\d{4}-\d\d-\d\d)</td>', html)
    assert dates == sorted(dates, reverse=True) and dates[0] == "2025-07-16"
    html = await page(client, "/sources?sort=outlet&order=asc")
    assert rows(html, "sources")[0].count("Caliber.Az") == 1


async def test_sources_pages_through_a_search(client: TestClient) -> None:  # type: ignore[type-arg]
    first = await page(client, "/sources?q=harbour&sort=title&order=asc")
    second = await page(client, "/sources?q=harbour&sort=title&order=asc&page=2")
    # the 60 "Harbour works" titles and the other 20 articles from the Harbour Gazette
    assert "80 of 125 documents match" in first and "page 1 of 2" in first
    assert len(rows(first, "sources")) == PAGE_SIZE and len(rows(second, "sources")) == 30
    assert 'rel="next"' in first and 'rel="next"' not in second and 'rel="prev"' in second


async def test_sources_search_without_a_match_says_so(client: TestClient) -> None:  # type: ignore[type-arg]
    html = await page(client, "/sources?q=zzzz-nothing")
    assert "No document matches." in html and "0 of 125" in html


async def test_sources_past_the_last_page_says_so(client: TestClient) -> None:  # type: ignore[type-arg]
    html = await page(client, "/sources?page=9")
    assert "There is no page 9: the list has 3." in html


async def test_sources_refuses_bad_parameters_with_a_clear_message(client: TestClient) -> None:  # type: ignore[type-arg]
    assert "sort:" in await page(client, "/sources?sort=color", 400)
    assert "page:" in await page(client, "/sources?page=0", 400)
    assert "q:" in await page(client, "/sources?q=" + "x" * 300, 400)


async def test_sources_mark_an_opinion_piece(tmp_path: Path) -> None:
    """The Sources page says which articles are opinion, as citations do."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "column.txt").write_text(
        "Opinion: The tram fare rise is a mistake\nBy Lena Ortiz, Quay Times columnist\n\n"
        "The tram fare rose to three pounds in May. Riders deserve better than this.\n",
        encoding="utf-8",
    )
    (corpus / "report.txt").write_text(
        "Tram fares rise to three pounds\nBy Sam Holt, Quay Times\n\nThe tram fare rose to three pounds.\n",
        encoding="utf-8",
    )
    service = Service(Settings(corpus=corpus, db=tmp_path / "newsbot.db"), build_engine(corpus), None)
    async with serve(service) as client:
        listed = {r.split("<br>", 1)[0]: r for r in rows(await page(client, "/sources"), "sources")}
    column = next(r for k, r in listed.items() if "fare rise is a mistake" in k)
    report = next(r for k, r in listed.items() if "Tram fares rise" in k)
    assert 'Quay Times <span class="unknown">(opinion)</span>' in column
    assert "(opinion)" not in report


# ---------------------------------------------------------------------------- questions


async def test_questions_shows_the_newest_first_with_answers_votes_and_declines(client: TestClient) -> None:  # type: ignore[type-arg]
    html = await page(client, "/questions")
    listed = rows(html, "questions")
    assert len(listed) == PAGE_SIZE
    assert f"(#{QUESTIONS - 1})" in listed[0]
    declined = [r for r in listed if 'class="declined"' in r]
    assert declined and all("That is not in the coverage." in r and "badge failed" in r for r in declined)
    assert "4129" in listed[0]  # the asker's user id, for moderators


async def test_questions_keyset_paging_reaches_the_oldest(client: TestClient) -> None:  # type: ignore[type-arg]
    seen: list[str] = []
    path = "/questions"
    for _ in range(5):
        html = await page(client, path)
        seen += re.findall(r"\(#(\d+)\)", "".join(rows(html, "questions")))
        older = re.search(r'rel="next" href="([^"]+)"', html)
        if older is None:
            break
        path = older.group(1).replace("&amp;", "&")
    assert [int(n) for n in seen] == list(range(QUESTIONS - 1, -1, -1))
    assert "← Newest" in html


async def test_questions_filters_declined_and_voted_down(client: TestClient) -> None:  # type: ignore[type-arg]
    declined = rows(await page(client, "/questions?show=declined"), "questions")
    assert len(declined) == 16 and all('class="declined"' in r for r in declined)
    down = rows(await page(client, "/questions?show=voted_down"), "questions")
    assert [re.search(r"\(#(\d+)\)", r).group(1) for r in down] == ["17", "10", "8", "3"]  # type: ignore[union-attr]
    assert "wrong quote" in down[-1] and "outdated" in down[1] and "not answered" in down[2]
    assert all("▼ 1" in r for r in down)
    voted_up = rows(await page(client, "/questions?before=6"), "questions")
    assert "(#4)" in voted_up[0] and "▲ 1" in voted_up[0]


async def test_questions_search_and_filter_combine(client: TestClient) -> None:  # type: ignore[type-arg]
    html = await page(client, "/questions?show=declined&q=eurovision")
    assert len(rows(html, "questions")) == 9
    html = await page(client, "/questions?q=nothing-like-this")
    assert "No question containing “nothing-like-this”." in html


async def test_questions_refuses_a_bad_cursor(client: TestClient) -> None:  # type: ignore[type-arg]
    assert "before:" in await page(client, "/questions?before=abc", 400)
    assert "show:" in await page(client, "/questions?show=everything", 400)


async def test_long_answers_fold_into_details(client: TestClient) -> None:  # type: ignore[type-arg]
    html = await page(client, "/questions?before=3")
    assert "<details><summary>" in html


# ---------------------------------------------------------------------------- gaps


async def test_gaps_groups_declined_questions_most_asked_first(client: TestClient) -> None:  # type: ignore[type-arg]
    html = await page(client, "/gaps?days=all")
    listed = rows(html, "gaps")
    assert [re.search(r'class="terms">([^<]+)<', r).group(1) for r in listed] == [  # type: ignore[union-attr]
        "eurovision winner",
        "colony mars",
        "bitcoin price",
    ]
    assert '<td class="num">9</td>' in listed[0]
    feedback = rows(html, "feedback")
    assert len(feedback) == 4 and "no reason given" in html


async def test_gaps_period_filter_narrows(client: TestClient) -> None:  # type: ignore[type-arg]
    assert "No declined question in this period." not in await page(client, "/gaps?days=7")
    assert "days:" in await page(client, "/gaps?days=3", 400)


# ---------------------------------------------------------------------------- timeline


async def test_timeline_shows_events_and_the_chart(client: TestClient) -> None:  # type: ignore[type-arg]
    html = await page(client, "/timeline?topic=harbour+moorings")
    events = rows(html, "events")
    assert events and all(re.search(r'class="date">2024-', r) for r in events)
    assert '<img src="/timeline.png?topic=harbour+moorings"' in html
    response = await client.get("/timeline.png?topic=harbour+moorings")
    assert response.status == 200 and response.content_type == "image/png"
    assert (await response.read()).startswith(b"\x89PNG\r\n\x1a\n")


async def test_timeline_says_a_range_and_background_as_the_text_does(
    client: TestClient,  # type: ignore[type-arg]
) -> None:
    """A row's date cell reads as the console's line does (``render.shared``): a range's both days, and
    "(background)" for history the articles recall, not only a CSS class a reader cannot see."""
    html = await page(client, "/timeline?topic=invasion")
    assert any('class="date">2022-02 (background)<' in r for r in rows(html, "events")), html
    html = await page(client, "/timeline?topic=NATO+Brussels")
    assert any('class="date">2025-04-03 to 2025-04-04<' in r for r in rows(html, "events")), html


async def test_timeline_pages_its_events(client: TestClient) -> None:  # type: ignore[type-arg]
    html = await page(client, "/timeline?topic=harbour+council")
    total = int(re.search(r"([\d,]+) events from", html).group(1).replace(",", ""))  # type: ignore[union-attr]
    assert total > PAGE_SIZE
    last = await page(client, f"/timeline?topic=harbour+council&page={-(-total // PAGE_SIZE)}")
    assert len(rows(last, "events")) == (total % PAGE_SIZE or PAGE_SIZE)
    assert 'rel="next"' not in last and 'rel="prev"' in last


async def test_timeline_without_a_topic_asks_for_one(client: TestClient) -> None:  # type: ignore[type-arg]
    html = await page(client, "/timeline")
    assert "Enter a topic" in html and "<img" not in html
    assert (await client.get("/timeline.png")).status == 400


async def test_timeline_date_filters_and_bad_dates(client: TestClient) -> None:  # type: ignore[type-arg]
    html = await page(client, "/timeline?topic=harbour+council&since=2024-03-01&until=2024-03-31")
    dates = re.findall(r'class="date">([\d-]+)<', html)
    assert len(dates) == 9 and all("2024-03-01" <= d <= "2024-03-31" for d in dates)
    assert "since:" in await page(client, "/timeline?topic=x&since=yesterday", 400)
    bad = await page(client, "/timeline?topic=x&since=March+2026", 400)
    assert "since: &#39;March 2026&#39; is not a day written YYYY-MM-DD" in bad
    assert "invalid character" not in bad and "Value error" not in bad
    html = await page(client, "/timeline?topic=x&since=2024-05-01&until=2024-01-01")
    assert '<p class="message">' in html and "events from" not in html  # the service's own words


# ---------------------------------------------------------------------------- stores that cannot help


async def test_pages_without_a_store_say_history_is_not_recorded(
    make_service: Callable[..., Service],
) -> None:
    async with serve(make_service(None)) as client:
        for path in ("/", "/questions", "/gaps"):
            assert "questions are not being recorded" in await page(client, path)


async def test_pages_over_an_unavailable_store_say_so(make_service: Callable[..., Service]) -> None:
    async with serve(make_service(UnavailableStore("the disk is full"))) as client:
        assert "The store is unavailable" in await page(client, "/questions")
        assert "The store is unavailable" in await page(client, "/gaps")


async def test_a_store_read_fault_is_a_message_not_an_error_page(
    make_service: Callable[..., Service], history_store: SQLiteStore, tmp_path: Path
) -> None:
    async with serve(make_service(history_store)) as client, reads_fail(tmp_path / "history.db"):
        assert "The question history could not be read" in await page(client, "/questions")
        assert "The coverage gaps could not be read" in await page(client, "/gaps")
        html = await page(client, "/")
        assert "The reload history could not be read" in html and 'id="documents">125<' in html
