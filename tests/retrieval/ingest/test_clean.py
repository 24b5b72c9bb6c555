"""Cleaning: page furniture never survives into quotable text; the article does."""

# ruff: noqa: E501  (verbatim article sentences are kept whole so they can be read and searched)

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.ingest.clean import clean
from retrieval.ingest.load import load_corpus
from retrieval.ingest.segment import split_sentences
from retrieval.models import Cleaned, RawDocument
from tests.conftest import SEEDS

_RAWS, _PROBLEMS = load_corpus(SEEDS)
RAW = {raw.doc_id[:3]: raw for raw in _RAWS}
CLEANED = {key: clean(raw) for key, raw in RAW.items()}

#: (what it is, a fragment that only occurs in that piece of furniture)
FURNITURE = [
    ("nav bar", "News Feed"),
    ("reading time", "min read"),
    ("caption credit", "Getty Images"),
    ("caption 000", "closing press conference"),
    ("caption 003", "Russian Union of Industrialists"),
    ("author box", "Avatar"),
    ("desk box", "news desk"),
    ("desk bio", "We are the news team"),
    ("bio 003", "is a news editor at"),
    ("bio 003", "Based in Warsaw"),
    ("bio 003", "NEXTA"),
    ("author name box", "Tim Zadorozhnyy"),
    ("author role", "News Editor"),
    ("read more", "Read more"),
    ("show more", "Show More"),
    ("video teaser", "Video"),
    ("NK camp teaser", "North Korea"),
    ("NK camp teaser", "Myroslava Chauin"),
    ("comments", "Recent Comments"),
    ("image placeholder", "Article image"),
    ("Forbes label", "Topline"),
    ("Forbes label", "Key Facts"),
    ("Forbes label", "Further Reading"),
    ("Forbes promo", "Text Alerts"),
    ("Forbes promo phone", "335-0739"),
    ("Forbes promo", "sign up here"),
    ("related headline 004", "(Forbes)"),
    ("related headline 004", "‘Move On’"),
    ("source link", "Source link"),
    ("scroll to top", "Scroll to Top"),
    ("byline", "Vafa Guliyeva"),
    ("IPI blurb", "IPI"),
    ("IPI blurb", "Roshchyna"),
    ("EU imports blurb", "Netherlands"),
    ("EU imports blurb", "Hungary recorded"),
]

TITLES = {
    "000": "'Russia owes an answer to the US' — West pushes Putin on ceasefire deal",
    "001": "NATO chief says Russia must act faster to end war in Ukraine, calls for more engagement",
    "003": "After rejecting ceasefire, Russia calls on West to 'pressure' Ukraine toward negotiations",
    "004": "Putin Says He’s Open To Direct Talks With Kyiv Amid U.S. Threat To Abandon Negotiations",
}


def sentences(cleaned: Cleaned) -> list[str]:
    out: list[str] = []
    for block in cleaned.blocks:
        out.extend([block.text] if block.heading else split_sentences(block.text))
    return out


ALL_SENTENCES = [(key, s) for key, cleaned in CLEANED.items() for s in sentences(cleaned)]


def test_seeds_load_without_problems() -> None:
    assert sorted(RAW) == ["000", "001", "002", "003", "004"]
    assert _PROBLEMS == []


@pytest.mark.parametrize(("what", "fragment"), FURNITURE)
def test_no_sentence_of_the_cleaned_seeds_contains_furniture(what: str, fragment: str) -> None:
    assert len(ALL_SENTENCES) > 50
    offending = [(key, s) for key, s in ALL_SENTENCES if fragment in s]
    assert offending == [], f"{what} survived cleaning"


def test_no_sentence_is_a_title_line() -> None:
    for key, sentence in ALL_SENTENCES:
        for title in TITLES.values():
            assert title not in sentence, (key, sentence)


@pytest.mark.parametrize(
    ("key", "sentence"),
    [
        (
            "000",
            "“The ball clearly is in the court of the Russians,” NATO Secretary General Mark Rutte told CBS' Face the Nation.",
        ),
        ("001", '"The ball clearly is in the court of the Russians," Rutte stated.'),
        (
            "000",
            'U.S. Secretary of State Marco Rubio said after the NATO convention, "the message is, the United States '
            "needs to know whether you’re serious or not about peace.",
        ),
        (
            "002",
            "“We need to sort this out,” Putin told a Russian state TV reporter Monday (April 21) via NBC News.",
        ),
        (
            "003",
            "Russia is calling for the U.S. and other countries to pressure Ukraine into resuming direct negotiations "
            'after U.S. President Donald Trump announced he would impose "severe" secondary tariffs on Russia unless '
            "Moscow agrees to end its war against Ukraine within 50 days.",
        ),
        (
            "003",
            "Citing three unnamed sources close to the Kremlin, Reuters reported on July 15 that Putin remains "
            "determined to pursue the war until the West agrees to a settlement on his terms.",
        ),
        (
            "004",
            "Russian President Vladimir Putin on Monday said he is open to direct bilateral talks with Ukraine for the "
            "first time in three years, while Ukrainian President Volodymyr Zelenskyy pushed for a moratorium on "
            "strikes against civilian targets, just days after Washington expressed displeasure about the lack of "
            "progress towards a peace deal between both sides and threatened to walk away from negotiations.",
        ),
        (
            "004",
            "Despite Peskov’s comments and Ukraine’s offer, Putin ordered Russian forces to resume combat operations "
            "after the Easter truce.",
        ),
        ("004", "What Has Trump Said About Russia-Ukraine Talks?"),
        (
            "002",
            "Trump later claimed Zelensky could come back “when he is ready for Peace” in a post shared on his Truth "
            "Social account.",
        ),
    ],
)
def test_article_sentences_survive(key: str, sentence: str) -> None:
    assert sentence in sentences(CLEANED[key])


def test_every_article_paragraph_of_002_survives() -> None:
    raw_lines = [line for line in RAW["002"].text.splitlines() if line.strip()]
    kept = [b.text for b in CLEANED["002"].blocks]
    assert kept == raw_lines[:-1]  # only "Recent Comments" goes


@pytest.mark.parametrize("key", sorted(CLEANED))
def test_kept_text_is_verbatim(key: str) -> None:
    for block in CLEANED[key].blocks:
        assert block.text and block.text in RAW[key].text


def test_headings_are_marked_and_furniture_headings_removed() -> None:
    headings = [b.text for b in CLEANED["004"].blocks if b.heading]
    assert headings == [
        "What Do We Know About U.s. Threats To ‘walk Away’ From Russia-Ukraine Talks?",
        "What Has Trump Said About Russia-Ukraine Talks?",
    ]
    assert all(not b.heading for key in ("000", "001", "002") for b in CLEANED[key].blocks)
    # the related-article headline glued above 003's last paragraph is a heading: kept, never quoted
    assert [b.text[:22] for b in CLEANED["003"].blocks if b.heading] == ["‘Call the Ayatollah’ —"]


def test_removed_furniture_is_kept_with_its_kind_for_metadata() -> None:
    def kinds(key: str, kind: str) -> list[str]:
        return [r.text for r in CLEANED[key].removed if r.kind == kind]

    assert kinds("001", "byline") == ["By Vafa Guliyeva"]
    assert kinds("003", "byline") == ["Tim Zadorozhnyy"]
    assert kinds("000", "byline") == ["The Kyiv Independent news desk"]
    assert kinds("000", "title") == [TITLES["000"], TITLES["000"]]
    assert kinds("004", "title") == [TITLES["004"]]
    assert kinds("001", "title") == [TITLES["001"]]
    assert kinds("002", "title") == []
    assert [c[-27:] for c in kinds("000", "caption")] == ["Belgium.(Omar Havana/Getty Images)"[-27:]]
    assert len(kinds("003", "caption")) == 1
    assert any("Text Alerts" in p for p in kinds("004", "promo"))
    assert any("news editor at The Kyiv Independent" in b for b in kinds("003", "bio"))


def test_a_reported_paragraph_glued_to_the_author_box_is_kept() -> None:
    """The Graham quote in 003 sits in the card of the author box; it is reporting (it says where Graham
    posted his warning), so it stays quotable, while the image placeholder and box around it go."""
    doc = CLEANED["003"]
    body = [b.text for b in doc.blocks if not b.heading]
    assert any(t.endswith("Senator Lindsey Graham wrote on X.") for t in body)
    assert not any("Article image" in b.text or "Avatar" in b.text for b in doc.blocks)


def _raw(text: str, fmt: str = "txt", **fields: str) -> RawDocument:
    return RawDocument(doc_id="x", text=text, path="x.txt", fmt=fmt, fields=dict(fields))  # type: ignore[arg-type]


def _kept(text: str, fmt: str = "txt", **fields: str) -> list[str]:
    return [b.text for b in clean(_raw(text, fmt, **fields)).blocks]


def test_general_web_furniture_is_removed() -> None:
    page = "\n\n".join(
        [
            "Washington CNN —",
            "Lawmakers passed the budget on Tuesday after a long night of talks.",
            "Senators applaud in the chamber on Tuesday. (AP Photo/J. Scott Applewhite)",
            "Megan Varner/Getty Images",
            "Video Ad Feedback Hear details from the vote 01:58 - Source: CNN",
            "Get our free weekly newsletter Sign up for CNN Opinion’s newsletter. Join us on Twitter and Facebook",
            "The bill now goes to the president, who is expected to sign it.",
            "Natalie Alund covers trending news for USA TODAY. Reach her at nalund@usatoday.com.",
            "– CNN’s Jane Doe contributed to this report.",
        ]
    )
    assert _kept(page) == [
        "Lawmakers passed the budget on Tuesday after a long night of talks.",
        "The bill now goes to the president, who is expected to sign it.",
    ]


def test_real_sentences_with_furniture_words_survive() -> None:
    page = "\n\n".join(
        [
            "Netflix said it lost 200,000 subscribers in the first quarter, its first drop in a decade.",
            "Customers who subscribe to the service pay $15 a month.",
            "The video, shot by a bystander, was shared widely on social media.",
            "No agreement was reached.",
        ]
    )
    assert _kept(page) == page.split("\n\n")


def test_title_field_line_is_removed_and_html_like_headings_marked() -> None:
    text = (
        "Budget passes Senate\n\nThe Senate passed the budget.\n\nWhat happens next?\n\nThe House votes next."
    )
    cleaned = clean(_raw(text, title="Budget passes Senate"))
    assert [(b.text, b.heading) for b in cleaned.blocks] == [
        ("The Senate passed the budget.", False),
        ("What happens next?", True),
        ("The House votes next.", False),
    ]
    assert [r.kind for r in cleaned.removed] == ["title"]


def test_markdown_heading_marks_are_not_kept() -> None:
    cleaned = clean(_raw("# Big news today\n\nIt happened.\n\n## The reaction\n\nPeople cheered.", fmt="md"))
    assert [(b.text, b.heading) for b in cleaned.blocks] == [
        ("It happened.", False),
        ("The reaction", True),
        ("People cheered.", False),
    ]


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_a_list_items_mark_is_not_its_text(fmt: str) -> None:
    # "- The roof …" quoted as an answer opens with layout; "-5C" and "*Note" are words, not marks
    text = (
        "Storm damage in Kelby\n\nThe storm hit Kelby on Monday night. Damage so far:\n\n"
        "- The roof of Kelby Library was torn off by the wind.\n* About 300 homes lost power.\n"
        "• Two bridges on the Mell river were closed.\n\n-5C was the coldest reading overnight.\n"
    )
    texts = [b.text for b in clean(_raw(text, fmt=fmt)).blocks]
    assert "The roof of Kelby Library was torn off by the wind." in texts, texts
    assert "About 300 homes lost power." in texts, texts
    assert "Two bridges on the Mell river were closed." in texts, texts
    assert "-5C was the coldest reading overnight." in texts, texts


def test_end_marker_cuts_only_after_the_story_started() -> None:
    text = "Read more\n\nThe story starts here.\n\nIt goes on.\n\nRead more\n\nAn unrelated blurb about imports rose 5%."
    assert _kept(text) == ["The story starts here.", "It goes on."]


def test_cleaning_the_whole_seed_dir_needs_no_files_beyond_seeds(tmp_path: Path) -> None:
    # the cleaner is pure: same input, same output, whatever the path
    raw = RAW["003"]
    moved = RawDocument(raw.doc_id, raw.text, str(tmp_path / "x.txt"), raw.fmt)
    assert clean(moved) == CLEANED["003"]


def test_a_text_files_short_first_line_is_its_headline_not_navigation() -> None:
    cleaned = clean(
        _raw("Flood closes Riverside bridge\n\nThe bridge was closed on Tuesday after heavy rain.")
    )
    assert [(r.kind, r.text) for r in cleaned.removed] == [("title", "Flood closes Riverside bridge")]
    assert [b.text for b in cleaned.blocks] == ["The bridge was closed on Tuesday after heavy rain."]
    nav = clean(_raw("Home | News\n\nThe bridge was closed on Tuesday after heavy rain."))
    assert [r.kind for r in nav.removed] != ["title"]


@pytest.mark.parametrize(
    "line",
    [
        "Share this article: Facebook Twitter Email",
        "Share on X · WhatsApp · Copy link",
        "Follow us on Instagram, X",
    ],
)
def test_a_row_of_share_buttons_is_never_quoted(line: str) -> None:
    text = f"Bridge bill set\n\nThe bridge closes on 16 March.\n\n{line}\n\nWork will last six weeks, the council said.\n"
    assert _kept(text) == ["The bridge closes on 16 March.", "Work will last six weeks, the council said."]


def test_a_sentence_about_sharing_stays() -> None:
    text = "Data deal\n\nThe council will share its data with Facebook and X from May.\n"
    assert _kept(text) == ["The council will share its data with Facebook and X from May."]


def test_a_line_labelled_as_a_caption_is_furniture() -> None:
    """ "Caption: A nurse prepares ..." names itself a photo's caption, with no credit after it: the page's
    furniture, not the story's text; a sentence that only says "caption" later is kept."""
    page = "\n\n".join(
        [
            "The Orlen Vale clinic reopened its ward on Monday.",
            "Caption: A nurse prepares a bed on the reopened ward.",
            "*Photo caption: Staff gather outside the clinic.*",
            "The board said the caption contest would run until June.",
        ]
    )
    assert _kept(page) == [
        "The Orlen Vale clinic reopened its ward on Monday.",
        "The board said the caption contest would run until June.",
    ]
