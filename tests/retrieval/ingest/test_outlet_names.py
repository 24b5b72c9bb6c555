"""One outlet, several names (``retrieval.ingest.outlets``): names that differ by a leading "The", by
punctuation or by case are one outlet shown under its most complete name; nothing else merges, an
acronym and a name whose initials it spells included."""

from __future__ import annotations

from retrieval.ingest.outlets import outlet_names


def test_a_leading_the_case_and_punctuation_name_one_outlet() -> None:
    names = outlet_names(["The Wexmoor Ledger", "Wexmoor Ledger", "Wexmoor Ledger", "WEXMOOR LEDGER."])
    assert set(names.values()) == {"The Wexmoor Ledger"}
    assert outlet_names(["Courier-Post", "Courier Post", "Courier Post"]) == {
        "Courier-Post": "Courier Post",
        "Courier Post": "Courier Post",
    }


def test_the_one_word_name_and_its_the() -> None:
    assert outlet_names(["Standard", "The Standard"])["Standard"] == "The Standard"


def test_an_acronym_and_a_name_it_spells_the_initials_of_stay_two() -> None:
    # "BBC" is no more "Bramley Borough Chronicle" than any other outlet: matching initials say nothing
    names = outlet_names(["BBC", "BBC", "Bramley Borough Chronicle"])
    assert names == {"BBC": "BBC", "Bramley Borough Chronicle": "Bramley Borough Chronicle"}
    names = outlet_names(["Tessaly Press Wire", "TPW", "Orrin Times", "T.P.W."])
    assert names["TPW"] == names["T.P.W."] == "T.P.W."
    assert names["Tessaly Press Wire"] == "Tessaly Press Wire"
    assert outlet_names(["Bank of Arden Radio", "BAR"])["BAR"] == "BAR"
    assert outlet_names(["The Kelby Examiner", "KE"])["KE"] == "KE"


def test_names_that_may_be_two_outlets_stay_two() -> None:
    # a name inside another may be the same paper or another: the corpus does not say
    names = outlet_names(["Evening Post", "Dunmore Evening Post"])
    assert names == {"Evening Post": "Evening Post", "Dunmore Evening Post": "Dunmore Evening Post"}
    # an acronym two outlets' names share is neither's
    names = outlet_names(["Tessaly Press Wire", "Tarrow Public Wireless", "TPW"])
    assert names["TPW"] == "TPW"
    # a word in lowercase or mixed case is a name, not initials
    assert outlet_names(["Tessaly Press Wire", "Tpw"])["Tpw"] == "Tpw"
