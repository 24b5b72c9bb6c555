"""A byline line at the head of an article, read into its author, outlet and date.

Articles written by hand (markdown notes, text files) credit themselves in one line under the headline:
"*Harbor Gazette* — by Lena Ortiz — 4 June 2024", "By Lena Ortiz | Harbor Gazette | June 4, 2024",
"Lena Ortiz, Harbor Gazette". The line is split at its separators; a part "by NAME" is the author, a
date is the date the page states, and the one other part naming something is the outlet. Without a
"by", the convention "Name, Outlet" holds: the first part is the author. A line with anything else in
it (a word that is not a name, two candidate outlets, a role read as an outlet) is not a byline: a
wrong author is worse than none. A date is read only as the line writes it, never completed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from retrieval.ingest.pubdate import Stated, date_in, is_filler
from retrieval.search.wordnet import NOUN_COMMUNICATION, NOUN_PERSON, NOUN_TIME, WordNet

#: a byline is short; a longer line is prose or a headline
_MAX_CHARS = 160
#: markdown emphasis around parts ("*Harbor Gazette*", "**By Lena Ortiz**")
_EMPHASIS = re.compile(r"[*_`]+")
#: what separates a byline's parts: bars, dots, slashes, dashes (a hyphen only between spaces), commas
_SEPARATOR = re.compile(r"\s*(?:[|·•/–—,;]|\s-\s)\s*")
#: a credit to the person who wrote the piece, or who keeps a live page ("updated by Tom Briggs", "Live
#: blog by Tamsin Oyelaran", "Live coverage by ...", "Live updates by ...": the page's kind, then its writer)
_BY = re.compile(
    r"^(?:by|written\s+by|reporting\s+by|words\s+by|(?:updated|compiled|edited)\s+by|"
    r"live\s+(?:blog|coverage|updates?|reporting)\s+by)\s+(?P<name>.+)$",
    re.IGNORECASE,
)
_BY_WORD = re.compile(r"^(?:by|from)\s+", re.IGNORECASE)
#: a wire's credit to someone other than the story's reporter ("Editing by Hanne Kroll", "additional
#: reporting by Sofie Aalto", "Writing by ...", "Graphics by ..."): part of a credit line, naming no author
_OTHER_CREDIT_WORDS = (
    r"additional\s+reporting|editing|writing|graphics|photos?|photography|video|research|"
    r"fact[\s-]?checking|translation|translated|illustrations?"
)
_OTHER_CREDIT = re.compile(rf"^(?:{_OTHER_CREDIT_WORDS})\s+by\s+(?P<name>.+)$", re.IGNORECASE)
#: where a wire's reporter filed from, after the name in its credit line ("Reporting by Ana Ruiz in Lima")
_FILED_IN = re.compile(r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}")
#: a credit line as a whole in brackets, as wires close a story: "(Reporting by Ana Ruiz; Editing by Tom Lee)"
_BRACKETED_CREDITS = re.compile(r"^\((?P<inner>(?:[\w\s]+\s)?by\s[^()]+)\)$", re.IGNORECASE)
_PARTICLE = r"de|da|del|van|von|der|den|bin|al|la|le|du"
_CAP = r"[A-Z][\w.'’-]*"
#: a person's name: two to five words, capitalised but for particles ("Ana de la Cruz", "J. R. Smith")
_PERSON = re.compile(rf"{_CAP}(?:\s+(?:{_CAP}|{_PARTICLE})){{1,4}}")
_PEOPLE = re.compile(rf"{_PERSON.pattern}(?:\s*(?:,|and|&)\s*{_PERSON.pattern})*")
#: words joining names, which no dictionary lists and which say nothing of whether a phrase is a name
_CONNECTORS = frozenset({"and", "the", "of", *_PARTICLE.split("|")})
_AND = re.compile(r"\s+(?:and|&)\s+")
_MORE_PEOPLE = re.compile(rf"{_PERSON.pattern}(?:\s+(?:and|&)\s+{_PERSON.pattern})+")
#: an outlet's name: capitalised words, joined by "of", "the", "&"... ("The Harbor Gazette", "BBC News")
_OUTLET = re.compile(rf"(?:The\s+)?{_CAP}(?:\s+(?:{_CAP}|of|on|for|and|&|the|\d+)){{0,5}}")
#: a part that says the author's role, not where they write ("Senior Correspondent", "Staff Writer")
_ROLE = re.compile(
    r"\b(?:reporter|editor|correspondent|writer|producer|columnist|journalist|contributor|anchor|analyst|"
    r"intern|photographer|critic|staff|desk|bureau|chief|senior|special)\b",
    re.IGNORECASE,
)
#: what credits a newsroom rather than a person ("staff", "news desk", "staff and wire reports", a section's
#: team or desk: "politics team", "business desk")
_STAFF_WORDS = (
    r"staff|news\s*desk|newsroom|(?:[a-z]+\s+)?(?:team|desk)|(?:staff\s+and\s+)?wire\s+reports?|"
    r"staff\s+reports?"
)
#: a credit to a newsroom ("By WPAV News 7 Staff", "Harbor Gazette staff", "Staff reports", "USA Network and
#: wire reports", "Lena Ortiz and staff"): the name before it, which ends in a capitalised word or a number
#: ("By the Harbor Gazette live desk": the desk is the Harbor Gazette's, not "By the Harbor Gazette")
_STAFF = re.compile(
    rf"(?i:(?:by|from)\s+)?(?:the\s+)?(?:(?P<desk>(?:The\s+)?{_CAP}(?:(?:\s+(?:of|on|for|and|&|the))*\s+(?:{_CAP}|\d+)){{0,5}})"
    rf"\s+(?P<joint>(?i:and|&)\s+)?)?(?i:{_STAFF_WORDS})"
)


#: a last word in brackets ("The Ledger Post (opinion)"): the kind of piece, when it names one
_BRACKETED_LABEL = re.compile(r"\s*\(\s*([A-Za-z]+)\s*\)$")


#: a publication line's label: "Published 14 March 2026, Harbour Times" names the outlet that published
_PUBLISHED = re.compile(r"(?:first\s+)?(?:published|posted)\b(?:\s+on)?", re.IGNORECASE)


@cache
def _wordnet() -> WordNet | None:
    return WordNet.find()


def base_verb(word: str) -> bool:
    """Whether WordNet reads ``word`` as a verb's base form, as an imperative opens ("Stay", "Download";
    not "Speaking", "Told", "Many"); False without WordNet, which nothing else can tell it by."""
    wn = _wordnet()
    return wn is not None and ("v", word.lower()) in set(wn.lemmas(word))


def _reads_as_name(words: str) -> bool:
    """Whether a capitalised phrase has a word English uses only as a name (or does not know at all):
    "Lena Ortiz" does, "World News" does not. Without WordNet nothing can tell, and the phrase is taken."""
    wn = _wordnet()
    if wn is None:
        return True
    return any(
        not wn.known(w) or wn.proper(w)
        for w in re.findall(r"[^\W\d_]+", words)
        if len(w) > 1 and w.lower() not in _CONNECTORS
    )


#: the last word of many a newspaper's name and of no one's ("Elmstead Gazette", "Harbourside Weekly")
_MASTHEAD = frozenset(
    """gazette times herald courier weekly journal tribune chronicle observer telegraph dispatch examiner
    inquirer enquirer advertiser bulletin sentinel argus news""".split()
)


#: the last word of many a newspaper's or wire's name that ends phrases of other kinds too ("Port City
#: Ledger" but "general ledger", "The Tidewater Review" but "judicial review", "The Circuit Wire" but "barbed
#: wire"): an outlet's only on a line of its own among the header's credits (``reads_as_masthead``), where
#: no such phrase stands alone
_MASTHEAD_ALONE = frozenset(
    """ledger review post record mail star standard mirror express globe register press beacon monitor
    wire""".split()
)


#: the last word of many a broadcaster's or news wire's name ("Fennick Community Radio", "Orrin Wire"), and
#: of phrases that name no outlet ("Talk Radio", "Barbed Wire"): the rest of the name must read as a name
_BROADCAST = frozenset("radio wire television tv channel broadcasting".split())

#: how a news agency names itself after whatever its own name is ("Meridian Press Agency", "Kestle News
#: Service", "The Press Association"): the words before may be common ones ("Meridian" is a noun), as
#: "press" or "news" then a body's word is said of no one and of no other kind of thing
_AGENCY = frozenset("agency association service".split())
_AGENCY_OF = frozenset("press news".split())


def _names_paper(name: str) -> bool:
    """Whether a capitalised phrase of two words or more ends as newspapers' names do, a number after it
    aside ("WPAV News 7"), or as a broadcaster's does after a word that reads as a name ("Fennick
    Community Radio", "KRDL Channel 4"; not "Talk Radio"), or begins so before one ("Radio Albion Sport"),
    or is a news agency's ("Meridian Press Agency")."""
    words = name.split()
    while words and words[-1].isdigit():
        words.pop()
    if len(words) < 2:
        return False
    last = words[-1].lower()
    return (
        last in _MASTHEAD
        or (last in _AGENCY and words[-2].lower() in _AGENCY_OF)
        or (last in _BROADCAST and _reads_as_name(" ".join(words[:-1])))
        # a broadcaster named with its medium first ("Radio Albion Sport"; not "Radio Silence")
        or (words[0].lower() in _BROADCAST and _reads_as_name(" ".join(words[1:])))
    )


def _dateline_outlet(name: str) -> bool:
    """Whether the one name beside a date on a credit line is an outlet's: named as newspapers are
    ("Harbourside Weekly"), or ending in a word that ends newspapers' or broadcasters' names and other
    phrases too ("City Business Review", "Metro Ledger", "Eastbound Radio"): beside nothing but a date, a
    line names no such phrase; or a name ending in a common word that is, in one of its few most frequent
    senses, a kind of communication, as a paper calls itself after what it carries ("Brackenford Echo",
    "Dunmore Chronicle"; not a person, "Jason Miles", "Sarah Banner"). Not a place ("Paris, 4 June 2024"
    is where a story was filed) or a role."""
    words = name.split()
    if _names_paper(name):
        return True
    if len(words) < 2 or _ROLE.search(name) or _is_place(name):
        return False
    last = words[-1].lower()
    return last in _MASTHEAD_ALONE | _BROADCAST or (
        _reads_as_name(" ".join(words[:-1])) and not _given_name(words[0]) and _communication(last)
    )


def _given_name(word: str) -> bool:
    """Whether WordNet knows a word as a person's name ("Sarah", "Jason"): "Sarah Banner" is someone."""
    wn = _wordnet()
    return wn is not None and NOUN_PERSON in wn.noun_classes(word)[0]


def _communication(word: str) -> bool:
    """Whether a word is a common noun that is, in one of its few most frequent senses, a kind of
    communication ("echo", "voice", "chronicle", "record"), never a name ("Ortiz")."""
    wn = _wordnet()
    return wn is not None and not wn.proper(word) and NOUN_COMMUNICATION in wn.sense_classes(word, "n", 3)


def _reads_as_outlet(name: str) -> bool:
    """Whether a capitalised phrase in a list of names is an outlet's: written in capitals ("USA
    TODAY"), ending as a newspaper's name ("Elmstead Gazette"), or a place's name followed by a common
    word ("Detroit Free Press"), as no one is named."""
    words = name.split()
    if any(len(w) > 2 and w.isupper() for w in words) or _names_paper(name):
        return True
    wn = _wordnet()
    if wn is None or len(words) < 2:
        return False
    last = words[-1].lower()
    return wn.proper(words[0]) and wn.known(last) and not wn.proper(last)


def reads_as_masthead(line: str) -> bool:
    """Whether a line alone could be an outlet's name: two to five capitalised words shaped as an
    outlet's, ending in a word newspapers' names end in ("Port City Ledger", "The Tidewater Review"), or
    one of them a name and the last a common word WordNet knows ("Bayline Daily", "Ellison
    Courier-Post"; not "Marcus Lindqvist", nor a section's label, "World News", nor a role)."""
    name = _EMPHASIS.sub("", line).strip()
    words = name.split()
    if not 2 <= len(words) <= 5 or not _OUTLET.fullmatch(name) or _ROLE.search(name):
        return False
    if words[-1].lower() in _MASTHEAD_ALONE:
        return True
    if not _reads_as_name(" ".join(words[:-1])):
        return False
    wn = _wordnet()
    if wn is None:
        return False
    parts = [p for p in re.split(r"[-’']", words[-1]) if p]
    return bool(parts) and all(wn.known(p.lower()) and not wn.proper(p) for p in parts)


def masthead_alone(line: str) -> bool:
    """Whether a line alone between a headline and its story, the page's only credit, is the outlet's
    masthead: a name of two to five words ending in a word that ends newspapers', wires' and broadcasters'
    names and other phrases too ("Metro Wire", "Kestle Review", "Harrow Valley Radio"), or in a common noun
    that is, in one of its few most frequent senses, a kind of communication after words read as a name and
    not a given name ("Northfield Echo", as ``_dateline_outlet`` reads it beside a date; not "Sarah
    Banner", nor a last word that is an adjective too, "Corrin Daily"); none of the words before it an
    adjective ("Barbed Wire", "Judicial Review") or, in its most
    frequent sense as a noun, a kind of piece, a person or a time ("Film Review", "Guest Post", "Talk
    Radio", "Weekend Review": a section's or a kind of piece's label)."""
    name = _EMPHASIS.sub("", line).strip()
    words = name.split()
    wn = _wordnet()
    if wn is None or not 2 <= len(words) <= 5 or not _OUTLET.fullmatch(name) or _ROLE.search(name):
        return False
    last, before = words[-1].lower(), " ".join(words[:-1])
    named_for_what_it_carries = (
        _communication(last)
        and not wn.is_adjective(last)  # "Corrin Daily" alone may be anything: "daily" says how often
        and _reads_as_name(before)
        and not _given_name(words[0])
        and not _is_place(before)
    )
    if last not in _MASTHEAD_ALONE | _BROADCAST and not named_for_what_it_carries:
        return False
    classes = (NOUN_COMMUNICATION, NOUN_PERSON, NOUN_TIME)
    return not any(
        wn.is_adjective(w) or not wn.sense_classes(w.lower(), "n", 1).isdisjoint(classes)
        for w in re.findall(r"[^\W\d_]+", " ".join(words[:-1]))
        if len(w) > 1 and w.lower() not in _CONNECTORS
    )


def _credits_person(name: str) -> bool:
    """Whether the name in "NAME and staff" is a person's: shaped as one and showing none of an outlet's
    marks (capitals, "USA TODAY Network"; a newspaper's or broadcaster's last word, "Harbor Gazette").
    Surnames that are common words ("Jason Miles") leave the dictionary unable to tell."""
    words = name.split()
    return (
        bool(_PERSON.fullmatch(name))
        and not any(len(w) > 2 and w.isupper() for w in words)
        and not _names_paper(name)
    )


def _outlet_before_role(part: str) -> str | None:
    """The outlet a role is held at ("Brennick Beacon columnist", "Harbor Gazette staff writer", "BBC
    correspondent"): capitalised words before the lowercase role, which read as an outlet's name (a
    newspaper's shape, capitals, or a word English does not know, as a made-up masthead is), not as a
    beat ("White House correspondent", "Supreme Court reporter": places and common words) or a rank
    ("Senior Correspondent")."""
    words = part.split()
    at = next((i for i, w in enumerate(words) if _ROLE.fullmatch(w)), None)
    if at and words[at].islower():
        # "CNC business reporter", "Harbor Gazette health correspondent": the beat in lowercase words
        # between the outlet and the role is said of the role too
        at = next(i for i, w in enumerate(words) if w.islower())
    if not at or not all(w.islower() for w in words[at:]):
        return None
    name = " ".join(words[:at])
    if _ROLE.search(name) or not _OUTLET.fullmatch(name) or _is_place(name):
        return None
    wn = _wordnet()
    unknown = wn is not None and any(len(w) > 2 and not wn.known(w.lower()) for w in words[:at])
    return (
        name
        if _reads_as_outlet(name) or unknown or any(len(w) > 2 and w.isupper() for w in words[:at])
        else None
    )


#: the lowercase words after an outlet's name saying what it publishes ("live coverage", "live updates")
_KIND_WORDS = 3


def _outlet_before_kind(part: str) -> str | None:
    """The outlet a line credits with the piece by naming the piece's kind after it ("Meridian Wire live
    coverage", "Harbor Gazette live updates", "Orrin Times news blog"): capitalised words read as an
    outlet's name (not a person's, "Lena Ortiz reporting", nor a place), then a few lowercase words the
    last of which is, in one of its few most frequent senses, a kind of communication. The outlet
    is said as a role is said beside it (``_outlet_before_role``), in other words."""
    words = part.split()
    at = next((i for i, w in enumerate(words) if w[:1].islower()), None)
    if not at or len(words) - at > _KIND_WORDS or not all(w.isalpha() and w.islower() for w in words[at:]):
        return None
    name = " ".join(words[:at])
    wn = _wordnet()
    if wn is None or _ROLE.search(part) or not _OUTLET.fullmatch(name) or _is_place(name):
        return None
    if _credits_person(name) and _reads_as_name(name) and not _reads_as_outlet(name):
        return None  # "Lena Ortiz reporting": a person credited
    return name if NOUN_COMMUNICATION in wn.sense_classes(words[-1], "n", 3) else None


def _kind_label(part: str) -> bool:
    """Whether a part of a credit line is the label of the kind of piece alone ("Comment", "Analysis",
    "Opinion"): one capitalised word that is, in one of its few most frequent senses, a kind of
    communication, as ``_outlet_before_kind`` reads one after the outlet's name."""
    wn = _wordnet()
    return (
        wn is not None
        and part.isalpha()
        and part[:1].isupper()
        and NOUN_COMMUNICATION in wn.sense_classes(part.lower(), "n", 3)
    )


def _section_label(part: str) -> bool:
    """Whether a part is one common English word, capitalised ("Transport", "Money", "Sport"), a section's
    label in a page's breadcrumb ("Wexham Daily | Transport"), not an outlet's name, which is a name or
    longer, nor a title in capitals ("Rahool Karnik, MD", "Ana Ruiz, PhD")."""
    wn = _wordnet()
    return (
        wn is not None
        and part.isalpha()
        and part[1:].islower()
        and wn.known(part.lower())
        and not wn.proper(part)
    )


def caption_credit(name: str) -> bool:
    """Whether the name in brackets closing a caption ("... leaves the ministry. (The Norland Courier)")
    is an outlet's, shaped as a newspaper's, broadcaster's or wire's name is (``_dateline_outlet``): no
    aside a sentence closes on ("(She's Chinese)") or a body named in passing ("(Securities Authority)")."""
    return bool(_OUTLET.fullmatch(name)) and _dateline_outlet(name)


def _is_place(part: str) -> bool:
    """Whether a part is a name English knows only as a name (a place: "Paris", "New York"), which
    a byline gives as where the story was filed, never as its outlet."""
    wn = _wordnet()
    return wn is not None and wn.proper("_".join(part.lower().split()))


#: how a wire's credit line opens: "Reporting by ...", "(Additional reporting by ...", "Editing by ..."
_CREDITS_START = re.compile(rf"^\(?(?:reporting|{_OTHER_CREDIT_WORDS})\s+by\s", re.IGNORECASE)


def reads_as_credits(line: str) -> bool:
    """Whether a line is a wire's credits, which close a story as often as they head it ("Reporting by
    Lukas Brandt; additional reporting by Sofie Aalto; Editing by Hanne Kroll"): opening with a credit and
    read whole as a byline. Furniture wherever it stands, and it names the reporter."""
    return bool(_CREDITS_START.match(line)) and read_byline(line) is not None


#: a wire story's dateline opening its lead, the place in capitals and the wire in brackets before a dash:
#: "KESTREL CITY (Meridian Wire) —", "LONDON, March 4 (Reuters) -", "PORTLAND, Ore. (PWS) —", or the
#: brackets alone, "(CNN) —". What stands after the place's comma (a state, a date) is short and plain
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]*){0,3}(?:,\s*[\w .]{1,30}?)?\s*)?"
    r"\((?P<outlet>[^()]{2,60})\)\s*(?:—|–|--?)"
)


def dateline_name(lead: str) -> str | None:
    """The name in brackets a story's dateline gives ("(Meridian Wire)", "(Halcyon)"), when it could be
    an outlet's (no role, no place); whether it is one is for its reader to tell (``dateline_credit``
    from the name itself, ``corpus`` from the outlets the corpus's other documents name)."""
    match = _DATELINE.match(lead)
    if match is None:
        return None
    outlet = match.group("outlet").strip()
    if not _OUTLET.fullmatch(outlet) or _ROLE.search(outlet) or _is_place(outlet):
        return None
    return outlet


def dateline_credit(lead: str) -> str | None:
    """The outlet a story's dateline credits ("KESTREL CITY (Meridian Wire) — The bank raised ..." names
    Meridian Wire): the wire that filed it, named at the head of its lead as wires and newspapers date
    and place a story. A name in brackets elsewhere is something the story mentions, and a bracketed
    part of the dateline that is no outlet's name ("(Updated)", a place, a role) is none."""
    outlet = dateline_name(lead)
    if outlet is None:
        return None
    # an outlet's name reads as a name ("Reuters"), in capitals ("AP") or as a wire's ("Meridian Wire");
    # common words alone ("(Updated)", "(Analysis)") are a note on the story
    named = _reads_as_name(outlet) or _reads_as_outlet(outlet) or _dateline_outlet(outlet)
    return outlet if named else None


@dataclass(frozen=True, slots=True)
class Byline:
    """What a byline line states; a field it does not state is None."""

    author: str | None
    outlet: str | None
    stated: Stated | None


def read_byline(line: str, under_headline: bool = True) -> Byline | None:
    """The author, outlet and date a byline line states, or None if the line is not a byline.
    ``under_headline``: the line follows the page's headline, so that a name before the kind of piece
    ("Meridian Wire live coverage") credits the outlet; a headline itself may read so ("Grey Heron ferry
    returns": "returns" is a kind of report too)."""
    text = _EMPHASIS.sub("", line).strip()
    if not text or len(text) > _MAX_CHARS:
        return None
    if (bracketed_credits := _BRACKETED_CREDITS.match(text)) is not None:
        text = bracketed_credits.group("inner")  # "(Reporting by Ana Ruiz; Editing by Tom Lee)"
    bracketed = _BRACKETED_LABEL.search(text)
    if bracketed is not None and _kind_label(label := bracketed.group(1).capitalize()):
        text = f"{text[: bracketed.start()]} | {label}"  # "The Ledger Post (opinion)": the kind set apart
    stated: Stated | None = None
    found = date_in(text)
    if found is not None:
        stated, start, end = found
        text = f"{text[:start]} | {text[end:]}"
    parts = [p.strip(" .:") for p in _SEPARATOR.split(text)]
    parts = [p for p in parts if p and not is_filler(p)]
    author: str | None = None
    others: list[str] = []
    desk: str | None = None
    credit: str | None = None  # the newsroom credited, the author unless a person is named too
    staffed = False  # credited to a newsroom: the line is a byline whoever else it names
    kinded = False  # an outlet named with the kind of piece it publishes ("... live coverage")
    labelled = False  # ... or with the kind of piece's label as a part of its own ("... — Comment")
    credited = False  # a wire's credit to an editor or a contributor ("Editing by Hanne Kroll")
    roled = False  # a part saying the author's role ("business reporter", "CNC business reporter")
    for part in parts:
        staff = _STAFF.fullmatch(part)
        by = _BY.match(part)
        other = _OTHER_CREDIT.match(part)
        by_credit = other or by
        # "Reporting by Ana Ruiz in Lima and Tom Lee in Quito": the people, not where they filed from
        credited_people = _FILED_IN.sub("", by_credit.group("name")) if by_credit is not None else ""
        named_desk = staff.group("desk") if staff is not None else None
        if named_desk is not None and (
            re.fullmatch(_STAFF_WORDS, named_desk, re.IGNORECASE)
            or not (
                _reads_as_name(named_desk)
                or _reads_as_outlet(named_desk)
                or reads_as_masthead(named_desk)
                # "Midland Public Radio newsroom": a broadcaster's or paper's last word before the credit
                or _dateline_outlet(named_desk)
            )
        ):
            # "Staff and wire reports" names no one; "Opinion staff", "Metro staff" name a section's
            # staff in common words, no outlet: said of the author, as a role is. A newsroom credited
            # is an outlet shaped as a masthead is ("Global Wire staff", "Harbor Post staff"): a
            # staff credit is a line of its own, where no "barbed wire" stands
            named_desk = None
        if staff is not None and (named_desk or _BY_WORD.match(part) or "report" in part.lower()):
            staffed = True
            if named_desk is not None and staff.group("joint") and _credits_person(named_desk):
                # "Lena Ortiz and staff": she is the author, with a newsroom no name is given for
                if author is not None:
                    return None
                author = named_desk
            elif named_desk is not None:  # "By WPAV News 7 Staff": the desk is who the page credits
                if desk is not None:
                    return None
                desk, credit = named_desk, _BY_WORD.sub("", part)
        elif other is not None:
            if not _PEOPLE.fullmatch(credited_people):
                return None
            credited = True  # "Editing by Hanne Kroll": an editor, who did not write the story
        elif by is not None:
            if author is not None or not _PEOPLE.fullmatch(credited_people):
                return None
            author = credited_people
        elif under_headline and (kind_of := _outlet_before_kind(part)) is not None:
            others.append(kind_of)  # "Meridian Wire live coverage": the outlet, as a masthead names it
            kinded = True
        elif under_headline and len(parts) > 1 and _kind_label(part):
            labelled = True  # "Transport Today — Comment": the kind of piece, set apart from the outlet
        elif _ROLE.search(part):
            # "Senior Correspondent": said of the author, no outlet; "Brennick Beacon columnist": the
            # outlet the author writes for, before the role
            roled = True
            outlet = _outlet_before_role(part)
            if outlet is not None:
                others.append(outlet)
        else:
            others.append(part)
    # "Naila Inayat, Siddhant Mohan and John Bacon": a part naming people joined by "and" credits more
    # authors, never an outlet
    joined = next((k for k, p in enumerate(others) if _MORE_PEOPLE.fullmatch(p)), None)
    if joined is not None and all(_PERSON.fullmatch(p) for p in others[:joined]):
        people = others[: joined + 1]
        names = [n for p in people for n in _AND.split(p)]
        if any(_reads_as_outlet(n) for n in names) or not any(_reads_as_name(n) for n in names):
            return None  # "Jennifer Dixon, Detroit Free Press, Robin Erb ...": outlets among the names
        author = ", ".join([author, *people] if author is not None else people)
        others = others[joined + 1 :]
    named = [p for p in others if not _PUBLISHED.fullmatch(p)]
    if credited and not others and desk is None:
        # "Reporting by Lukas Brandt; Editing by Hanne Kroll": a wire's credits, its reporter the author
        return Byline(author, None, stated)
    if staffed:
        others = named  # "Staff reports | Fernhill Public Radio": the one other part is the outlet
        author = author or credit
    elif author is None and stated is not None and _PUBLISHED.match(text) and len(named) == 1:
        # "Published 14 March 2026, Harbour Times": the outlet, if the part reads as one and not as a
        # person ("Published 4 June 2024, Lena Ortiz" credits no one it can tell) or a place
        outlet = named[0]
        if not _OUTLET.fullmatch(outlet) or _is_place(outlet) or _reads_as_name(outlet):
            return None
        return Byline(None, outlet, stated)
    elif author is None and stated is not None and len(named) == 1 and _dateline_outlet(named[0]):
        # "Harbourside Weekly, 10 April 2026", "City Business Review, 10 March 2026": the outlet's dateline
        return Byline(None, named[0], stated) if _OUTLET.fullmatch(named[0]) else None
    elif labelled and author is None and len(named) == 1 == len(others):
        # "Transport Today — Comment": the outlet, two words or more (not a place); "Lena Ortiz — Analysis":
        # a columnist, every word of the name one English uses only as a name or does not know
        name = named[0]
        words = name.split()
        if len(words) < 2 or not _OUTLET.fullmatch(name) or _is_place(name):
            return None
        person = (
            _credits_person(name) and all(_reads_as_name(w) for w in words) and not _reads_as_outlet(name)
        )
        return Byline(name, None, stated) if person else Byline(None, name, stated)
    elif (
        author is None
        and stated is None
        and len(named) == 1 == len(others)
        and (kinded or labelled or _names_paper(named[0]))
    ):
        # "Great Lakes Gazette" alone on the line under the headline: the outlet's masthead
        return Byline(None, named[0], None) if _OUTLET.fullmatch(named[0]) else None
    elif author is None:
        # "Lena Ortiz, Harbor Gazette": the first part is the author, the second the outlet; without a
        # "by" or a date, only if the first part reads as a name ("Storm Warning, Coastal Towns" does not).
        # "Owen Delacroix, business reporter": a name and its role alone credit the name as well
        if roled and len(others) == 1 and _PERSON.fullmatch(others[0]) and not _reads_as_outlet(others[0]):
            if not _reads_as_name(others[0]) or _is_place(others[0]):
                return None
            return Byline(others[0], desk, stated)
        if len(others) != 2 or not _PERSON.fullmatch(others[0]):
            return None
        if (stated is None and not _reads_as_name(others[0])) or _is_place(others[1]):
            return None  # "Lansdowne Road, Dublin" is where a match is played
        if _reads_as_outlet(others[0]) or _section_label(others[1]):
            return None  # "NTV News | Money", "Wexham Daily | Transport": a breadcrumb, no one credited
        if _PERSON.fullmatch(others[1]) and _reads_as_name(others[1]) and not _reads_as_outlet(others[1]):
            return None  # "Evan Comen, Thomas C. Frohlich": two authors or an author and an outlet?
        author = others.pop(0)
    others = [p for p in others if not _is_place(p)]  # "By Lena Ortiz | Paris": where she filed from
    if len(others) > 1 or not all(_OUTLET.fullmatch(p) for p in others):
        return None
    return Byline(author, others[0] if others else desk, stated)
