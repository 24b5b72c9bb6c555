"""A figure revised in later coverage: the latest stated figure leads, cited, and the earlier one follows
as earlier. What orders them is the coverage's own: the articles' dates, and the text's cues where a date
is missing ("up from 120", "more than the at least 12 first reported", "increased the reward ... to",
"initially said"), never a guess. A revision counting the thing in another word ("seabirds" for
"birds"), ranked below other outlets' figures, or giving only the changed figure ("raised its estimate
... to 4,200 tonnes") is still the answer's revision; a figure the text says was replaced does not lead
beside an undated report that orders with nothing."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement


def test_a_revision_counting_in_another_word_leads(tmp_path: Path) -> None:
    blog = {
        "id": "blog", "title": "Harbour spill: live updates", "source": "Skerry Today",
        "text": "09:10 Clean-up crews are on the beaches this morning.\n\n"
        "16:15 The Puffin Trust says volunteers have found at least 80 oiled birds so far, mostly gulls.",
    }  # fmt: skip
    later = {
        "id": "later", "title": "Oiled bird count rises to 260", "source": "Skerry Radio",
        "text": "Volunteers have now found 260 oiled seabirds on the Skerry coast, the Puffin Trust said, "
        "up from 80 in the first week. Most are being cleaned at the trust's centre.",
    }  # fmt: skip
    news = engine_of(tmp_path, [blog, later, *filler(12)])
    a = news.ask("How many oiled birds has the Puffin Trust found?")
    assert_verbatim(news, a)
    assert "260 oiled seabirds" in first_statement(a), a.answer
    assert a.statements[1].text.startswith("Earlier: \u201c16:15 The Puffin Trust"), a.answer


def test_more_than_the_figure_first_reported_is_its_revision(tmp_path: Path) -> None:
    first = {
        "id": "first", "title": "Leaked files show untendered deals", "source": "Harbour Wire",
        "text": "The files show that at least 9 contracts for school repairs went to Kelso Build without "
        "a competitive process. The ministry declined to comment.",
    }  # fmt: skip
    ruling = {
        "id": "ruling", "title": "Watchdog rules on Kelso deals", "source": "Civic Post",
        "text": "The standards watchdog has found that 14 contracts were awarded to Kelso Build without "
        "competitive tender, more than the at least 9 first reported, and that the minister broke the code.",
    }  # fmt: skip
    news = engine_of(tmp_path, [first, ruling, *filler(12)])
    a = news.ask("How many contracts went to Kelso Build without a competitive process?")
    assert_verbatim(news, a)
    assert "14 contracts" in first_statement(a), a.answer
    assert "at least 9 contracts" in a.answer, a.answer


def test_a_dated_change_leads_an_undated_figure_it_changes(tmp_path: Path) -> None:
    undated = {
        "id": "family", "title": "Fugitive's mother pleads for his return", "source": "Moor Courier",
        "text": "The mother of escaped prisoner Dale Finch said she had not slept since Tuesday. "
        "Police have offered a reward of £15,000 for information leading to the capture of Finch and "
        "Ivo Brand, who are still at large.",
    }  # fmt: skip
    dated = {
        "id": "report", "title": "Watchdog criticises Fellmoor prison", "source": "Moor Chronicle",
        "published": "2026-03-27",
        "text": "Inspectors said the prison's perimeter cameras were not monitored at night. "
        "Police have increased the reward for information leading to their capture to £30,000.",
    }  # fmt: skip
    news = engine_of(tmp_path, [undated, dated, *filler(12)])
    a = news.ask("How much money are police offering for information?")
    assert_verbatim(news, a)
    assert "£30,000" in first_statement(a), a.answer
    assert "£15,000" in a.answer, a.answer


def test_an_estimate_raised_later_leads_though_ranked_lower(tmp_path: Path) -> None:
    early = {
        "id": "early", "title": "Tanker leaks crude off Skerry", "source": "Harbour Wire",
        "published": "2026-03-08",
        "text": "The Coastal Agency said about 1,500 tonnes of crude had leaked from two damaged tanks, "
        "fouling around 9 kilometres of coastline.",
    }  # fmt: skip
    later = {
        "id": "later", "title": "Tanker owner apologises", "source": "Skerry Ledger",
        "published": "2026-03-13",
        "text": "The owner of the tanker apologised to the people of Skerry on Thursday. "
        "The Coastal Agency on Thursday raised its estimate of the oil spilled to 2,600 tonnes and said "
        "14 kilometres of coastline had been affected.",
    }  # fmt: skip
    news = engine_of(tmp_path, [early, later, *filler(12)])
    a = news.ask("how many tonnes of oil leaked")
    assert_verbatim(news, a)
    assert "2,600 tonnes" in first_statement(a), a.answer
    assert "1,500 tonnes" in a.answer, a.answer


def test_a_figure_said_first_does_not_lead_beside_an_undated_report(tmp_path: Path) -> None:
    wire = {
        "id": "wire", "title": "Stadium crush toll rises to 15", "source": "Meridian Press",
        "text": "The number of people killed in the crush at Dale Park has risen to 15, after four of the "
        "injured died in hospital, police said on Wednesday.\n\nPolice had initially said at least 11 people "
        "died.",
    }  # fmt: skip
    blog = {
        "id": "blog", "title": "LIVE: Crush at Dale Park concert", "source": "Channel 4 News",
        "published": "2026-03-14",
        "text": "10:05 p.m. Reports of a crush at the north gate of Dale Park.\n\n"
        "10:20 p.m. Police say at least seven people have died in the crush and dozens are injured.",
    }  # fmt: skip
    news = engine_of(tmp_path, [wire, blog, *filler(12)])
    a = news.ask("How many people died?")
    assert_verbatim(news, a)
    assert "initially" not in first_statement(a), a.answer
    assert "risen to 15" in first_statement(a), a.answer
    assert "Later:" not in a.answer, a.answer


def test_a_revision_ranked_below_other_outlets_figures_still_leads(tmp_path: Path) -> None:
    wire = {
        "id": "wire", "title": "Miners trapped at Kelso Deep", "source": "CPA",
        "text": "At least 12 miners were trapped underground on Tuesday after part of the roof collapsed in "
        "the Kelso Deep mine near Brenford, the mine's owner said.",
    }  # fmt: skip
    echo = {
        "id": "echo", "title": "Roof collapse at Kelso Deep", "source": "Brenford Echo",
        "text": "Fourteen miners were trapped underground on Tuesday after part of the roof collapsed in "
        "the Kelso Deep mine near Brenford, the mine's owner said.",
    }  # fmt: skip
    sentinel = {
        "id": "sentinel", "title": "Kelso Deep rescue begins", "source": "Valley Sentinel",
        "text": "Fifteen miners were trapped when the roof collapsed on Tuesday in the Kelso Deep mine, "
        "according to the owner.",
    }  # fmt: skip
    update = {
        "id": "update", "title": "Rescuers reach Kelso Deep refuge", "source": "CPA",
        "text": "Rescuers on Wednesday made contact with 11 men sheltering in a refuge chamber. "
        "Kelso Mining revised the number of workers trapped to 17 late on Tuesday, up from the "
        "\"at least 12\" it gave in the morning, after checking the lamp-room records.",
    }  # fmt: skip
    news = engine_of(tmp_path, [wire, echo, sentinel, update, *filler(12)])
    a = news.ask("how many miners were trapped at kelso deep")
    assert_verbatim(news, a)
    assert "to 17" in first_statement(a), a.answer
    assert "At least 12 miners" in a.answer, a.answer


def test_a_question_asking_the_first_figure_keeps_it_first(tmp_path: Path) -> None:
    early = {
        "id": "early", "title": "Tanker leaks crude off Skerry", "source": "Harbour Wire",
        "published": "2026-03-08",
        "text": "The Coastal Agency said about 1,500 tonnes of crude had leaked from two damaged tanks.",
    }  # fmt: skip
    later = {
        "id": "later", "title": "Skerry clean-up fund set up", "source": "Harbour Wire",
        "published": "2026-03-16",
        "text": "A fund for the Skerry clean-up was set up on Monday. The Coastal Agency last week revised "
        "its estimate of the crude leaked to 2,600 tonnes.",
    }  # fmt: skip
    news = engine_of(tmp_path, [early, later, *filler(12)])
    a = news.ask("how many tonnes of crude leaked at first")
    assert_verbatim(news, a)
    assert "1,500 tonnes" in first_statement(a), a.answer


def test_a_change_to_another_measure_of_the_story_is_no_revision(tmp_path: Path) -> None:
    value = {
        "id": "value", "title": "Lorvane loses value", "source": "Market TV",
        "text": "The fall wiped roughly $700 million off the company's market value, according to Market "
        "TV's calculations.",
    }  # fmt: skip
    price = {
        "id": "price", "title": "Lorvane chief ousted", "source": "Meridian", "published": "2026-03-10",
        "text": "Lorvane shares fell 12 percent to $38.50 on Tuesday, their biggest one-day fall since the "
        "company listed.",
    }  # fmt: skip
    news = engine_of(tmp_path, [value, price, *filler(12)])
    a = news.ask("How much market value did the fall in Lorvane shares wipe out?")
    assert_verbatim(news, a)
    assert "$700 million" in first_statement(a), a.answer


def test_a_toll_revised_is_no_revision_of_a_towns_residents(tmp_path: Path) -> None:
    first = {
        "id": "first", "title": "Fire sweeps into Ashby Falls", "source": "Meridian",
        "text": "A wildfire swept into the town of Ashby Falls over the weekend, killing at least 9 people "
        "and forcing the evacuation of all 4,300 residents, officials said on Monday.",
    }  # fmt: skip
    toll = {
        "id": "toll", "title": "Ashby Falls toll rises", "source": "Meridian",
        "text": "The death toll from the Ashby Falls fire rose to 14 on Wednesday, up from at least 9 "
        "reported on Monday, after search teams finished going through the town.",
    }  # fmt: skip
    news = engine_of(tmp_path, [first, toll, *filler(12)])
    a = news.ask("How many people live in Ashby Falls?")
    assert_verbatim(news, a)
    assert "rose to 14" not in first_statement(a), a.answer


def test_a_replaced_figure_with_a_thousands_separator_is_read_whole(tmp_path: Path) -> None:
    echo = {
        "id": "echo", "title": "Flood: thousands leave Brayford", "source": "Brayford Echo",
        "text": "The council has put the number of people evacuated at 2,700. Shelters opened overnight.",
    }  # fmt: skip
    inquiry = {
        "id": "inquiry", "title": "Inquiry into Brayford dam failure", "source": "National Chronicle",
        "text": "The government ordered an inquiry into the dam failure. The council now says 3,900 people "
        "were evacuated, up from its earlier figure of 2,700.",
    }  # fmt: skip
    news = engine_of(tmp_path, [echo, inquiry, *filler(12)])
    a = news.ask("How many people were evacuated?")
    assert_verbatim(news, a)
    assert "3,900 people" in first_statement(a), a.answer
    assert "2,700" in a.answer, a.answer


def test_another_figure_changed_in_the_same_unit_is_no_revision(tmp_path: Path) -> None:
    spill = {
        "id": "spill", "title": "Barge leaks diesel at Tolsey quay", "source": "Quay Gazette",
        "published": "2026-06-02",
        "text": "About 240 tonnes of diesel leaked from the barge Marten at Tolsey quay, the quay "
        "authority said.",
    }  # fmt: skip
    limit = {
        "id": "limit", "title": "Tolsey quay reopens to barges", "source": "River Post",
        "published": "2026-06-07",
        "text": "The Tolsey quay authority raised the weekly freight limit for the quay to 400 tonnes "
        "as traffic resumed.",
    }  # fmt: skip
    news = engine_of(tmp_path, [spill, limit, *filler(12)])
    a = news.ask("How many tonnes of diesel leaked at Tolsey quay?")
    assert_verbatim(news, a)
    assert "240 tonnes of diesel" in first_statement(a), a.answer
