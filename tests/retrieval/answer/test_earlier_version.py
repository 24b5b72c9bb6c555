"""An outlet's notice written without the word "correction" ("An earlier version of a Fenmoor Times
story reported ...") is a correction notice all the same: a question about the correction is answered
by it, and the figure it says is right is quoted with it (alone, "The company is cutting 600 jobs."
hides that the outlet first reported another), beside another outlet's differing figure, each with its
own citation."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

FIRST = (
    "Brackley Foods will cut about 900 jobs at its Leyton bakery, staff were told on Monday. "
    "The bakery has operated in Leyton since 1954."
)
NOTICE = (
    "An earlier version of a Fenmoor Times story reported that Brackley Foods would cut about 900 jobs. "
    "The company is cutting 600 jobs. The Times regrets the error."
)
OTHER = (
    "Brackley Foods plans to cut 750 jobs at the Leyton bakery, according to a union memo. "
    "Union officials said they would seek talks with the company."
)


def _engine(tmp_path: Path) -> Engine:
    return engine_of(
        tmp_path,
        [
            {"id": "first", "title": "Brackley to cut jobs", "source": "Fenmoor Times",
             "published": "2026-03-02", "text": FIRST},
            {"id": "notice", "title": "Clarification: Brackley figure", "source": "Fenmoor Times",
             "published": "2026-03-04", "text": NOTICE},
            {"id": "other", "title": "Union memo on Leyton bakery", "source": "Leyton Post",
             "published": "2026-03-03", "text": OTHER},
            *filler(12),
        ],
    )  # fmt: skip


def test_the_right_figure_is_quoted_with_its_notice_beside_the_other_outlets(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    a = engine.ask("how many jobs is brackley foods cutting")
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    six = [st.text for st in a.statements if "600 jobs" in st.text]
    assert six and all("earlier version" in t for t in six), a.answer
    assert "750" in a.answer, a.answer
    # the figure taken back, if quoted, comes after the notice taking it back
    texts = [st.text for st in a.statements]
    at = next((i for i, t in enumerate(texts) if t.startswith("Brackley Foods will cut about 900")), None)
    assert at is None or any("earlier version" in t for t in texts[:at]), a.answer
    # a notice repeating the figure it takes back confirms nothing
    assert "Also reported: \u201cAn earlier version" not in a.answer, a.answer


def test_a_question_about_the_notice_is_answered_by_it(tmp_path: Path) -> None:
    a = _engine(tmp_path).ask("did the fenmoor times correct its brackley job figure")
    assert not a.abstained, a.answer
    assert "earlier version" in a.answer, a.answer
