"""Pages a scraper was served instead of a story (an HTTP error page, a browser check) and dumps with
no sentence in them are not loaded, and loading says what each is; an article that only mentions an
error, or is headlined like one, still loads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from retrieval.ingest.corpus import build_corpus
from retrieval.ingest.junk import error_status

_STORY = (
    "Divers from the Orrin harbour club searched the bay for a third day on Sunday for the wreck of the "
    "schooner Maud, which sank in a gale in 1911. The club's chair, Ada Pell, said sonar had found a long "
    "shape on the sea bed near the north mole, but that poor light had kept the divers from reaching it. "
    "The search will resume on Saturday if the weather allows, she said. The Maud carried slate from the "
    "quarries at Tarn and was lost with her crew of four; a plaque on the quay names them. Pell said the "
    "club would ask the harbour board for a permit before any part of the wreck was lifted."
)


def _files(root: Path) -> None:
    (root / "schooner.txt").write_text(f"Divers search for lost schooner\n\n{_STORY}\n", encoding="utf-8")
    (root / "lost.md").write_text(f"# Not Found: the schooner Orrin forgot\n\n{_STORY}\n", encoding="utf-8")
    (root / "denied.html").write_text(
        "<html><head><title>401 Unauthorized</title></head><body><h1>Login required</h1>"
        "<p>You must sign in to view this resource.</p></body></html>",
        encoding="utf-8",
    )
    (root / "missing.html").write_text(
        "<html><head><title>Orrin Mercury</title></head><body><h1>Page Not Found</h1>"
        "<p>Sorry, we could not find the page you asked for.</p></body></html>",
        encoding="utf-8",
    )
    (root / "check.html").write_text(
        "<html><head><title>One moment, please</title></head><body>"
        "<p>Please verify you are a human to continue to the Orrin Mercury.</p></body></html>",
        encoding="utf-8",
    )
    (root / "outage.txt").write_text(
        "Error 503\n\nThe server is busy. Try again in a few minutes.\n", encoding="utf-8"
    )
    record = {"id": "blocked", "title": "Access Denied", "text": "Your request was blocked by the firewall."}
    (root / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    words = "harbour schooner wreck divers bay quay mole gale slate"
    (root / "dump.txt").write_text("Harbour pages\n" + " ".join(words.split() * 400) + "\n", encoding="utf-8")
    # a dump ending in one full stop is a dump all the same: prose ends a sentence every few hundred chars
    (root / "stop.txt").write_text(
        "Harbour tags\n" + " ".join(words.split() * 6000) + " end.\n", encoding="utf-8"
    )
    (root / "data.txt").write_text(
        "Export\n" + json.dumps([{"id": n, "tags": ["a", "b"], "x": n * 2} for n in range(300)]) + "\n",
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def problems(tmp_path_factory: pytest.TempPathFactory) -> tuple[set[str], dict[str, str]]:
    root = tmp_path_factory.mktemp("scraped")
    _files(root)
    corpus = build_corpus(root)
    said = {p.path: p.message for p in corpus.problems}
    return {d.meta.doc_id for d in corpus.documents}, said


def test_articles_load_even_when_headlined_like_an_error(problems: tuple[set[str], dict[str, str]]) -> None:
    loaded, _ = problems
    assert loaded == {"schooner", "lost"}


@pytest.mark.parametrize(
    ("path", "says"),
    [
        ("denied.html", "looks like an error page (401 Unauthorized), not an article"),
        ("missing.html", "looks like an error page (Page Not Found), not an article"),
        ("outage.txt", "looks like an error page (Error 503), not an article"),
        ("feed.jsonl", "record 'blocked': looks like an error page (Access Denied), not an article"),
        ("check.html", "looks like a browser check page ('verify you are a human'), not an article"),
        ("dump.txt", "looks like a keyword dump, not prose (1 line(s) of up to"),
        ("stop.txt", "looks like a keyword dump, not prose (1 line(s) of up to"),
        ("data.txt", "looks like minified code or data, not prose (1 line(s) of up to"),
    ],
)  # fmt: skip
def test_a_page_that_is_no_article_is_skipped_saying_what_it_is(
    problems: tuple[set[str], dict[str, str]], path: str, says: str
) -> None:
    _, said = problems
    assert said[path].startswith(says) and said[path].endswith("; not loaded"), said


@pytest.mark.parametrize(
    ("title", "status"),
    [
        ("404 Not Found", "404 Not Found"),
        ("HTTP 500 - Internal Server Error", "HTTP 500 - Internal Server Error"),
        ("Page Not Found | Orrin Mercury", "Page Not Found"),
        ("410 Gone", "410 Gone"),
        ("Gone", None),
        ("Forbidden City reopens to visitors", None),
        ("Missing divers not found after storm", None),
        ("500 - Orrin Mercury", None),
    ],
)
def test_a_title_is_an_error_status_only_when_it_reads_as_one(title: str, status: str | None) -> None:
    assert error_status(title) == status
