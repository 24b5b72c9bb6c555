""" "Which outlets reported survivor numbers", "which outlets gave a deficit figure": the word for a figure
after a noun asks which outlets stated a figure of that noun. An outlet is listed by a sentence stating
one (of people, for a noun of persons), never by one merely holding the word "figure" or a time
("three days after"), and an outlet whose article on it gives the figure in other words is listed too.
An article's outlet is the one its author writes for when its page names none."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import engine_of, filler

DOCS = [
    {
        "id": "gull-1",
        "title": "Flood rescuers reach stranded hamlet",
        "text": (
            "Rescue crews reached the flooded hamlet of Brindle Ford on Sunday. "
            "Officials said 340 survivors had been taken to the school gym in Marrow. "
            "Volunteers handed out blankets and soup."
        ),
        "author": "Ines Varga",  # no outlet on the page: she writes for the Courier
    },
    {
        "id": "gull-2",
        "title": "Brindle Ford residents wait for water to drop",
        "text": (
            "Three days after the river burst its banks, survivors in Marrow still cannot go home. "
            "The mayor praised the rescue crews. "
            "Survivors said the gym was cold at night."
        ),
        "source": "Gullport Courier",
        "author": "Ines Varga",
    },
    {
        "id": "vale",
        "title": "Flood survivors moved to Marrow by boat",
        "text": (
            "Boats ferried flood survivors from Brindle Ford across the swollen river on Sunday. "
            "The boat company said it had carried 410 people to Marrow since Saturday. "
            "It ran nine extra trips with the survivors."
        ),
        "source": "Vale Dispatch",
        "author": "Tomas Lind",
    },
    {
        "id": "ridge",
        "title": "Survivors' figure disputed",
        "text": (
            "The survivors figure will be checked again next week, the council said. "
            "Survivors praised the crews."
        ),
        "source": "Ridge Post",
        "author": "Ana Moss",
    },
]


def test_which_outlets_reported_a_figure_lists_those_stating_one(tmp_path: Path) -> None:
    news = engine_of(tmp_path, [*DOCS, *filler(10)])
    a = news.ask("which outlets reported survivor numbers")
    assert not a.abstained, a.answer
    assert "Gullport Courier" in a.answer and "Vale Dispatch" in a.answer, a.answer
    assert "Ridge Post" not in a.answer, a.answer  # "the survivors figure" states none
    quotes = " ".join(c.quote for c in a.citations)
    assert "340" in quotes and "410 people" in quotes, quotes
    assert "nine extra trips" not in quotes, quotes
    # the Courier's own article ("Three days after ...") is cited only for whom its byline writes for:
    # the page stating the figure names no outlet
    by_n = {c.n: c.doc_id for c in a.citations}
    for st in a.statements:
        if any(by_n[n] == "gull-2" for n in st.citations):
            assert st.text == "Ines Varga writes for Gullport Courier", a.answer
