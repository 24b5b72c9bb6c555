"""A count's later report telling the act asked for in another word of its own family or by the act
that brings it about ("the number of people killed has risen to 13", "the death toll rose to 13" for
"how many people died") is a version of the answer's count, and, dated later, leads it; a count of
another act ("were injured") stays out, and undated reports are ordered by nothing."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

FIRST = {
    "id": "first", "title": "Fire tears through Dunmore textile warehouse", "source": "Harlow Courier",
    "published": "2026-05-02",
    "text": "At least nine people died when fire tore through a textile warehouse in Dunmore on Tuesday, the "
    "county fire service said. Crews fought the blaze through the night.",
}  # fmt: skip
KILLED = {
    "id": "killed", "title": "Dunmore warehouse fire toll rises", "source": "Westshire Wire",
    "published": "2026-05-06",
    "text": "The number of people killed in the fire at the Dunmore textile warehouse has risen to 13, the "
    "county fire service said on Saturday, after search teams recovered four more bodies.",
}  # fmt: skip
HURT = {
    "id": "hurt", "title": "Dunmore fire: dozens treated", "source": "Valley TV", "published": "2026-05-07",
    "text": "A total of 41 people were injured in the fire at the Dunmore textile warehouse, the county fire "
    "service said on Sunday.",
}  # fmt: skip


def test_a_later_count_of_those_killed_revises_a_count_of_those_who_died(tmp_path: Path) -> None:
    news = engine_of(tmp_path, [FIRST, KILLED, HURT, *filler(12)])
    a = news.ask("How many people died in the warehouse fire?")
    assert_verbatim(news, a)
    assert "risen to 13" in first_statement(a), a.answer
    assert "At least nine people died" in a.answer, a.answer
    assert "41" not in a.answer, a.answer
    assert a.statements[0].citations != a.statements[1].citations, a.answer


def test_undated_reports_of_the_act_worded_otherwise_are_not_ordered(tmp_path: Path) -> None:
    first, killed = dict(FIRST), dict(KILLED)
    del first["published"], killed["published"]
    news = engine_of(tmp_path, [first, killed, *filler(12)])
    a = news.ask("How many people died in the warehouse fire?")
    assert_verbatim(news, a)
    assert not any(st.text.startswith(("Earlier:", "Later:")) for st in a.statements), a.answer
