"""Outlets that disagree: when two documents give different figures for what is asked, each version is
quoted with its own citation, and a citation [k] follows only a statement source k says (small made-up
corpora)."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, statements_cited

CUT = {
    "id": "cut",
    "title": "Storm hits the coast",
    "source": "Outlet A",
    "text": "Power was cut to 3,200 homes on Tuesday.",
}
LOST = {
    "id": "lost",
    "title": "Storm aftermath",
    "source": "Outlet B",
    "text": "About 4,100 homes lost power after the storm.",
}


def test_two_outlets_counting_differently_are_each_quoted_with_their_own_citation(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [*filler(12), CUT, LOST])
    a = engine.ask("How many homes lost power?")
    assert not a.abstained
    assert_verbatim(engine, a)
    got = statements_cited(a)
    assert any("4,100" in text and docs == {"lost"} for text, docs in got)
    assert any("3,200" in text and docs == {"cut"} for text, docs in got)


def test_an_outlet_giving_the_same_count_adds_no_version(tmp_path: Path) -> None:
    """The same count is no other version: the second outlet confirms it (``test_corroboration``)."""
    same = {**CUT, "text": "Power was cut to 4,100 homes on Tuesday."}
    a = engine_of(tmp_path, [*filler(12), same, LOST]).ask("How many homes lost power?")
    assert not a.abstained
    assert all("4,100" in text for text, _ in statements_cited(a))


def test_a_count_of_the_same_thing_for_something_else_is_no_version(tmp_path: Path) -> None:
    damaged = {
        "id": "damaged",
        "title": "Storm damage",
        "text": "The storm damaged 5,000 homes along the coast.",
    }
    month = {
        "id": "march",
        "title": "Spring storm",
        "text": "In March about 900 homes lost power in a storm.",
    }
    lost = {**LOST, "text": "About 4,100 homes lost power after the storm in October."}
    a = engine_of(tmp_path, [*filler(12), damaged, month, lost]).ask("How many homes lost power?")
    assert not a.abstained
    assert len(statements_cited(a)) == 1  # one month's count, without the other month's or the damage


def test_the_same_statement_with_another_figure_is_quoted_as_a_version_of_its_own(tmp_path: Path) -> None:
    two = {"id": "two", "title": "Bridge collapse", "source": "Outlet A"}
    nine = {"id": "nine", "title": "Riverside bridge falls", "source": "Outlet B"}
    said = "people were injured when the Riverside bridge collapsed on Tuesday morning."
    docs = [{**two, "text": f"Two {said}"}, {**nine, "text": f"Nine {said}"}]
    engine = engine_of(tmp_path, [*filler(12), *docs])
    a = engine.ask("What happened when the Riverside bridge collapsed?")
    assert not a.abstained
    assert_verbatim(engine, a)
    assert sorted(docs for _, docs in statements_cited(a)) == [{"nine"}, {"two"}]


def test_another_storys_count_is_no_version(tmp_path: Path) -> None:
    fire = {
        "id": "fire",
        "title": "Substation fire",
        "text": "Power was cut to 600 homes by a substation fire.",
    }
    a = engine_of(tmp_path, [*filler(12), LOST, fire]).ask("How many homes lost power?")
    assert not a.abstained
    assert [docs for _, docs in statements_cited(a)] == [{"lost"}]


def test_a_version_follows_the_answer_not_the_neighbour_quoted_before_it(tmp_path: Path) -> None:
    """The answer's long scene-setting neighbour comes first in the article's order; the other outlet's
    version is quoted right after the answer, never between the neighbour and the answer."""
    scene = (
        "Storm Dora battered Kelso overnight, tearing down power lines across the town and the surrounding "
        "valley, flooding roads near the harbour and leaving homes in the old quarter without heating as "
        "temperatures fell below freezing, while engineers from the utility worked through the night in "
        "gale-force winds to reach them."
    )
    docs = [
        {
            "id": "a",
            "title": "Storm Dora cuts power in Kelso",
            "text": scene + " About 4,100 homes lost power in Kelso after Storm Dora, the utility said.",
        },
        {
            "id": "b",
            "title": "Kelso power cut after Storm Dora",
            "text": "Power was cut to 3,200 homes in Kelso after Storm Dora hit, the utility said.",
        },
    ]
    engine = engine_of(tmp_path, docs + filler(12))
    a = engine.ask("How many homes lost power in Kelso after Storm Dora?")
    assert_verbatim(engine, a)
    texts = [s.text for s in a.statements]
    answer = next(i for i, t in enumerate(texts) if "4,100" in t)
    assert "3,200" in texts[answer + 1]


def test_the_same_figure_written_in_words_of_scale_and_in_digits_is_no_disagreement() -> None:
    """ "2.9 million" and "2,900,000" are one count; "2.9 million" and "2.9 billion" are two."""
    from retrieval.answer.question import analyze
    from retrieval.answer.statements import differ
    from retrieval.answer.types import counted_numbers
    from retrieval.search.text import Tokenizer

    digits = "Ford is recalling 2,900,000 vehicles over a transmission fault."
    words = "Ford is recalling 2.9 million vehicles over a transmission fault."
    assert not differ(digits, words)
    assert differ(words, words.replace("million", "billion"))
    tokenizer = Tokenizer()
    q = analyze("How many vehicles is Ford recalling?", tokenizer)
    assert counted_numbers(digits, q, tokenizer, 3) == counted_numbers(words, q, tokenizer, 3) == {"2900000"}


SLIDE = {
    "id": "slide",
    "title": "Harwick Mills warns on profits",
    "source": "Outlet A",
    "text": "Harwick Mills shares fell 9 percent on Monday after the company warned on profits.",
}
SLUMP = {
    "id": "slump",
    "title": "Harwick Mills profit warning",
    "source": "Outlet B",
    "text": "Harwick Mills shares fell 12 percent on Monday, their worst day in a decade.",
}


def test_an_amount_version_need_hold_only_the_question_words_the_answer_holds(tmp_path: Path) -> None:
    """The question says "stock" and neither outlet does ("shares"): the other outlet's amount is a version
    all the same, as it says what the answer says of the question ("fell", "Monday")."""
    engine = engine_of(tmp_path, [*filler(12), SLIDE, SLUMP])
    a = engine.ask("How much did Harwick Mills stock fall on Monday?")
    assert not a.abstained
    assert_verbatim(engine, a)
    got = statements_cited(a)
    assert any("9 percent" in text and docs == {"slide"} for text, docs in got), a.answer
    assert any("12 percent" in text and docs == {"slump"} for text, docs in got), a.answer


SPLIT = {
    "id": "split",
    "title": "Flood relief fund shared out",
    "source": "Outlet A",
    "text": "Of the relief fund, $2 million will go to Northvale and $500,000 to Eastvale, the council said.",
}
SPLIT_TOO = {
    "id": "splittoo",
    "title": "Flood relief fund shared out",
    "source": "Outlet B",
    "text": "Of the relief fund, $2 million will go to Northvale and $650,000 to Eastvale, a councillor "
    "said.",
}
#: the same words about the fund, and a count of families: no version of a sum of money
FAMILIES = {
    "id": "families",
    "title": "Flood relief fund shared out",
    "source": "Outlet C",
    "text": "Nine families in Eastvale will go home this week, the relief fund's managers said.",
}


def test_an_amount_of_another_kind_is_no_version(tmp_path: Path) -> None:
    """A version gives an amount of the kind the answer's is (here a sum in dollars): a count of families,
    in a sentence saying as much of the question as the answer does, is not one."""
    engine = engine_of(tmp_path, [*filler(12), SPLIT, SPLIT_TOO, FAMILIES])
    a = engine.ask("How much of the relief fund goes to Eastvale?")
    assert not a.abstained
    assert_verbatim(engine, a)
    assert "$500,000" in a.answer and "$650,000" in a.answer, a.answer
    assert "families" not in {c.doc_id for c in a.citations}, a.answer
