"""A small made-up corpus that is not the seeds: four reports from an alpine valley, each naming a person
and a thing, for tests that want a corpus's own names (the /help examples, the digest)."""

from __future__ import annotations

import json
from pathlib import Path

#: the people the reports quote, one each
ALPINE_PEOPLE = ("Hydrologist Mara Lind", "Ranger Ivo Brant", "Mayor Kaja Holm", "Pilot Sven Ro")
_THINGS = ("glacier lake", "mountain hut", "valley road", "rescue helicopter")


def write_alpine_corpus(directory: Path) -> Path:
    """The four reports as one JSONL file in ``directory`` (made if missing); returns the directory."""
    directory.mkdir(parents=True, exist_ok=True)
    docs = [
        {
            "id": f"g{i}",
            "title": f"Report number {i} from the valley",
            "source": "Alpine Post",
            "published": f"2025-06-{i + 1:02d}",
            "text": f"{ALPINE_PEOPLE[i]} said the {_THINGS[i]} near Sentor needed {i + 2} more weeks "
            f"of work. Volunteers from Vell helped with the {_THINGS[i]}.",
        }
        for i in range(4)
    ]
    (directory / "g.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return directory
