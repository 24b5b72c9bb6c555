"""One count of a corpus's sentences on every screen: the console's header and the reload report
(``Corpus.sentence_count``), ``sources`` (each document's count) and the status pages (``SourcesIndex``)
all count the sentences a quote can come from. A headline asked as a question is kept as a heading, which
the header and the reload report used to count and the sources list did not (41 beside 40). Made-up
stories."""

from __future__ import annotations

from pathlib import Path

from bot.service import Service
from bot.settings import load_settings
from bot.sources_index import SourcesIndex
from tests.conftest import ALIASES

_ASKED = """Who decides when the Quill footbridge reopens?

The district council will decide when the footbridge reopens, its leader said on Monday.

Engineers found corrosion in two of its supports last month.
"""
_PLAIN = """Quill footbridge closes for repairs

The footbridge over the Quill closed for repairs on Tuesday.
"""


async def test_the_header_the_reload_report_and_the_sources_list_count_alike(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "asked.txt").write_text(_ASKED, encoding="utf-8")
    settings = load_settings(None, corpus=corpus, db=tmp_path / "s.db", aliases=ALIASES)
    service = await Service.start(settings, use_store=False, warm=False)
    try:
        (corpus / "plain.txt").write_text(_PLAIN, encoding="utf-8")
        report = await service.reload("console")
        engine = service.engine
        listed = sum(d.sentences for d in engine.sources().documents)
        assert listed == 3, "the question headline is a heading, no sentence to quote"
        assert engine.corpus.sentence_count == listed
        assert report.sentences == listed
        assert SourcesIndex.from_engine(engine).passages == listed
    finally:
        await service.close()
