"""The `newsbot` command line: ask, timeline, sources, reload, console, run, web.

These interfaces are how the project is measured (the shared scorers drive `ask --json` and
`timeline --json`), so their output shapes are kept stable and pinned by tests. Text output is the
console's own rendering (``bot/render/text.py``): one plain-text renderer for both.
"""

from __future__ import annotations

import gc

# The imports below make a few hundred thousand objects (compiled patterns, models, tables) and no
# garbage: the collector, which would walk them a couple of hundred times while they are made, is
# paused until they are done, and then leaves them out of its walks for good (frozen)
_COLLECTING = gc.isenabled()
gc.disable()

import argparse
import asyncio
import io
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from bot import render
from bot.batch import Workers, answer_lines, workers_for
from bot.commands import GROUPINGS
from bot.dates import DATE_WORDS, BadDate, date_words, parse_edge
from bot.questions import shown_question
from bot.service import CLI, Compute, QuestionError, Service
from bot.settings import DEFAULT_CONFIG, Settings, default, load_settings, project_path
from bot.timeline_pages import TimelinePages
from retrieval import Answer, Timeline

gc.freeze()
if _COLLECTING:
    gc.enable()

log = logging.getLogger("newsbot")


def _when(value: str) -> str:
    """A date as people type it ("2025-05-12", "May 2025", "last week"), checked here so a bad one is
    refused by argparse with the parser's examples; which end of its span counts is decided later."""
    try:
        parse_edge(value, "date", "start")
    except BadDate as exc:
        raise argparse.ArgumentTypeError(str(exc).removeprefix("`date`: ")) from exc
    return value


def _png(value: str) -> Path:
    """The chart's file: a PNG is written, so a name ending otherwise (``chart.txt``, a typo) is refused
    rather than given an image its name says it is not."""
    path = Path(value)
    if path.suffix.lower() != ".png":
        raise argparse.ArgumentTypeError(
            f"the chart is a PNG image: give a file name ending in .png, not {value!r}"
        )
    return path


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from exc
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def _snowflake(value: str) -> int:
    """A Discord id: a number below 2**64 (a bigger one would fail deep inside discord.py)."""
    try:
        n = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a Discord id: {value!r}") from exc
    if not 0 < n < 2**64:
        raise argparse.ArgumentTypeError(f"not a Discord id (a number below 2**64): {value!r}")
    return n


def _port(value: str) -> int:
    try:
        n = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a port number: {value!r}") from exc
    if not 0 <= n <= 65535:
        raise argparse.ArgumentTypeError("a port is 0..65535")
    return n


class TerminalFormatter(logging.Formatter):
    """Log lines for a terminal: a message may carry corpus text (a file name, a document id), so the
    controls a terminal would act on are taken out, as from everything else printed."""

    def format(self, record: logging.LogRecord) -> str:
        return render.plain(super().format(record))


class Shown(logging.Filter):
    """The warnings the terminal has shown while a command starts, so that a problem logged where it
    arose is not printed again in the list of problems at start. Kept only until that list is printed
    (``close``): a bot or console running for weeks would otherwise keep every warning it ever logs."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[str] = []
        self.listening = True

    def filter(self, record: logging.LogRecord) -> bool:
        if self.listening and record.levelno >= logging.WARNING:
            self.messages.append(record.getMessage())
        return True

    def said(self, problem: str) -> bool:
        return any(problem in m for m in self.messages)

    def open(self) -> None:
        """Listen afresh (a command starting; tests run several in one interpreter)."""
        self.messages.clear()
        self.listening = True

    def close(self) -> None:
        """Stop listening and forget what was shown: the problems at start are printed."""
        self.messages.clear()
        self.listening = False


SHOWN = Shown()


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsbot", description="Extractive, cited answers about a news corpus.")
    # a string: the settings refuse an empty one by name (as a Path it would be the current directory)
    p.add_argument("--corpus", help=f"corpus directory (default: {project_path(default('corpus'))})")
    p.add_argument(
        "--db",
        help=f"SQLite file for the cache and history (default: {project_path(default('db'))}), or a "
        "PostgreSQL server shared by several processes: postgresql://user@host/dbname",
    )
    p.add_argument("--config", type=Path, help=f"settings file (default: {project_path(DEFAULT_CONFIG)})")
    p.add_argument(
        "--no-cache",
        action="store_true",
        help="run without the store: nothing cached, no question, vote or reload recorded",
    )
    p.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ask = sub.add_parser("ask", help="answer a question (or one per line from stdin)")
    ask.add_argument(
        "question", nargs="*", help="the question, quoted or not; omitted: read questions from stdin"
    )
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    ask.add_argument(
        "--workers",
        type=_positive,
        help="processes answering questions piped in at once (default: the ask_workers setting)",
    )

    tl = sub.add_parser("timeline", help="dated events from the coverage")
    tl.add_argument("topic", nargs="*", help="keep only events about this topic (one or more words)")
    # a date's words need no quotes (--since May 2025 bridge): ``parse`` takes the words that read as
    # one date and gives the rest back to the topic
    tl.add_argument(
        "--since", nargs="+", metavar="WHEN", help="from this day or period: 2025-05-12, May 2025, last week"
    )
    tl.add_argument(
        "--until", nargs="+", metavar="WHEN", help="up to this day or period (its last day counts)"
    )
    tl.add_argument("--limit", type=_positive, help="at most this many events (the most reported kept)")
    tl.add_argument("--group", choices=GROUPINGS, help="one line per day, week or month (text output)")
    tl.add_argument("--chart", type=_png, metavar="FILE.png", help="also draw the timeline as a PNG")
    tl.add_argument("--json", action="store_true")

    src = sub.add_parser("sources", help="the documents and their metadata")
    src.add_argument("--json", action="store_true")

    sub.add_parser("reload", help="re-read the corpus, prune the cache, record the reload")
    sub.add_parser("console", help="try the bot's commands offline in the terminal")

    run = sub.add_parser("run", help="run the Discord bot (needs DISCORD_TOKEN)")
    run.add_argument("--dev-guild", type=_snowflake, help="sync commands to this guild id at start")
    run.add_argument(
        "--sync-global", action="store_true", help="sync commands globally at start (slow to appear)"
    )
    run.add_argument(
        "--web", action="store_true", help="also serve the moderators' status pages (NEWSBOT_WEB_HOST/PORT)"
    )

    web = sub.add_parser("web", help="serve the moderators' read-only status pages")
    web.add_argument("--host", help="address to listen on (default 127.0.0.1; others need NEWSBOT_WEB_TOKEN)")
    web.add_argument("--port", type=_port, help="port to listen on (default 8080)")
    return p


# ---------------------------------------------------------------------------- output shapes


def answer_json(a: Answer) -> dict[str, Any]:
    return {
        "question": a.question,
        "abstained": a.abstained,
        "answer": a.answer,
        "citations": [c.model_dump(mode="json") for c in a.citations],
        "cached": a.cached,
        "answer_id": a.answer_id,
    }


def timeline_json(t: Timeline) -> dict[str, Any]:
    window = {k: d.isoformat() for k, d in (("since", t.since), ("until", t.until)) if d is not None}
    return {
        "topic": t.topic,
        **window,
        "events": [e.model_dump(mode="json") for e in t.events],
        "left_out": t.left_out,
        "unplaced": t.unplaced,
        "cached": t.cached,
    }


# ---------------------------------------------------------------------------- progress


class ProgressBar:
    """A one-line bar on stderr while the corpus is processed (only on a terminal: scripts reading
    stderr get no carriage returns). Called from the build's worker thread; redraws only when the
    percentage changes, so a million-passage build costs a hundred writes."""

    def __init__(self, stream: TextIO, width: int = 30) -> None:
        self.stream = stream
        self.width = width
        self._shown = -1

    def __call__(self, done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if percent == self._shown:
            return
        self._shown = percent
        filled = self.width * percent // 100
        self.stream.write(f"\rindexing [{'#' * filled}{'.' * (self.width - filled)}] {percent:3d}%")
        self.stream.flush()

    def finish(self) -> None:
        if self._shown >= 0:
            self.stream.write("\n")
            self.stream.flush()


# ---------------------------------------------------------------------------- commands


def _emit(out: TextIO, obj: dict[str, Any]) -> None:
    out.write(render.json_line(obj) + "\n")
    out.flush()


async def _ask(service: Service, args: argparse.Namespace, out: TextIO) -> int:
    if args.question is not None:
        a, failed = await _answer(service, args.question, None)
        out.write(_shown(a, args.json, searched=not failed))
        return 1 if failed else 0
    # questions from stdin: answered on every core when they are piped in (a terminal gets one at a time);
    # bytes that are not the locale's text are replaced, not an error that ends the batch
    if isinstance(sys.stdin, io.TextIOWrapper):
        sys.stdin.reconfigure(errors="replace")
    workers = 1 if sys.stdin.isatty() else workers_for(args.workers or service.settings.ask_workers)

    def write(text: str) -> None:
        out.write(text)
        out.flush()

    async with Workers(service.engine, workers) as pool:

        async def one(q: str) -> str:
            a, failed = await _answer(service, q, pool.answer)
            return _shown(a, args.json, searched=not failed)

        await answer_lines(sys.stdin, one, write, in_flight=2 * workers - 1)
    return 0


async def _answer(service: Service, q: str, compute: Compute | None) -> tuple[Answer, bool]:
    """The answer to ``q``, or the refusal of a question the service does not take (and that it was one)."""
    try:
        return await service.ask(q, asker=CLI, compute=compute), False
    except QuestionError as exc:
        return Answer(question=shown_question(q), abstained=True, answer=str(exc)), True
    except Exception:  # a fault of ours: this question says so, and the questions after it are answered
        log.exception("answering %r failed", q)
        reply = "Something went wrong answering this question; it has been logged."
        return Answer(question=shown_question(q), abstained=True, answer=reply), True


def _shown(a: Answer, as_json: bool, searched: bool = True) -> str:
    return render.json_line(answer_json(a)) + "\n" if as_json else render.answer_text(a, searched) + "\n\n"


async def _timeline(service: Service, args: argparse.Namespace, out: TextIO) -> int:
    try:
        since = parse_edge(args.since, "since", "start")
        until = parse_edge(args.until, "until", "end")
        t = await service.timeline(args.topic, since, until, args.limit)
    except QuestionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        _emit(out, timeline_json(t))
    elif args.group:
        pages = TimelinePages(t, service.settings.timeline_page_size, args.group)
        out.write(render.timeline_text(t, pages.periods, args.group) + "\n")
    else:
        out.write(render.timeline_text(t) + "\n")
    if args.chart is not None:
        from bot.chart import timeline_chart

        png = await asyncio.to_thread(timeline_chart, t)
        try:
            await asyncio.to_thread(args.chart.write_bytes, png)
        except OSError as exc:
            print(f"error: cannot write the chart to {args.chart}: {exc.strerror or exc}", file=sys.stderr)
            return 2
        print(f"chart: {args.chart} ({render.counted(len(t.events), 'event')})", file=sys.stderr)
    return 0


async def _main(args: argparse.Namespace, settings: Settings) -> int:
    out = sys.stdout
    if args.command in ("run", "web"):
        SHOWN.close()  # (they list no problems at start: nothing to say once)
    if args.command == "run":
        from bot.discord_app import run_bot

        return await run_bot(settings, dev_guild=args.dev_guild, sync_global=args.sync_global, web=args.web)
    if args.command == "web":
        from bot.web import run_web

        host = args.host if args.host is not None else settings.web_host
        port = args.port if args.port is not None else settings.web_port
        return await run_web(settings, host, port)
    # only the timeline and the interactive front ends need the timeline index
    warm = args.command in {"timeline", "console"}
    bar = ProgressBar(sys.stderr) if sys.stderr.isatty() else None
    service = await Service.start(settings, use_store=not args.no_cache, warm=warm, progress=bar)
    if bar is not None:
        bar.finish()
    try:
        # (a reload's report lists the corpus's problems itself: warned here too, each would show twice;
        # one already logged, as the store logs a file it cannot use, is not said again)
        for p in service.problems if args.command != "reload" else ():
            if not SHOWN.said(str(p)):
                # a load's note ("echo.txt: note: read as Windows-1252") is said as one: the file loaded
                said, noted = str(p), ": note: " in str(p)
                shown = said.replace(": note: ", ": ", 1) if noted else said
                print(f"{'note' if noted else 'warning'}: {render.plain(shown)}", file=sys.stderr)
        SHOWN.close()
        if args.command == "ask":
            return await _ask(service, args, out)
        if args.command == "timeline":
            return await _timeline(service, args, out)
        if args.command == "sources":
            s = await service.sources()
            if args.json:
                _emit(out, s.model_dump(mode="json"))
            else:
                out.write(render.sources_text(s) + "\n")
            return 0
        if args.command == "reload":
            from bot.coordination import Coordinator

            # under the cluster's reload lock, as a /reload is: recording this corpus (and pruning the
            # cache to it) while another process is half-way through a reload would undo that reload
            coordinator = Coordinator.joined(service)
            if coordinator is None:
                report = await service.checkpoint("cli")
            else:
                try:
                    report = await coordinator.lead("cli", lambda: service.checkpoint("cli"))
                finally:
                    await coordinator.close()
            out.write(render.reload_text(report, serving=False) + "\n")
            return 0 if report.ok else 1
        if args.command == "console":
            from bot.console import run_console
            from bot.coordination import Coordinator

            await Coordinator.attach(service)  # a /reload here or in another process reaches both

            corpus = service.engine.corpus
            # (with no store, the warning above said why: the banner must not name a file it does not use)
            cache = f"cache {settings.store_label}" if service.store.available else "no cache"
            out.write(
                f"newsbot console — {settings.corpus}: {render.counted(len(corpus.documents), 'document')}, "
                f"{render.counted(corpus.sentence_count, 'sentence')}; {cache}.\n"
                "Type a question, or /help for the commands; Ctrl-D quits.\n"
            )
            out.flush()

            await run_console(service, sys.stdin, out)
            return 0
        raise AssertionError(args.command)
    finally:
        await service.close()


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line, a question's or a topic's words joined into one text: people type "timeline
    black heron" and "ask who won" without quotes, and the shell splits them (no words: None, so a
    question is read from stdin and a timeline has no topic). So are a date's, "--since May 2025": the
    longest run of words after --since or --until that reads as one date is the date, and the words
    after it are the topic's."""
    parser = build_parser()
    args = parser.parse_args(argv)
    for name in ("since", "until"):
        words = getattr(args, name, None)
        if isinstance(words, list):
            n = date_words(words)
            try:
                setattr(args, name, _when(" ".join(words[:n])))
            except argparse.ArgumentTypeError:
                # no run reads as a date: the words typed are named, not only the first ("16")
                try:
                    _when(" ".join(words[:DATE_WORDS]))
                except argparse.ArgumentTypeError as exc:
                    parser.error(f"argument --{name}: {exc}")
                raise
            args.topic = [*args.topic, *words[n:]]
    for name in ("question", "topic"):
        words = getattr(args, name, None)
        if isinstance(words, list):
            setattr(args, name, " ".join(words) if words else None)
    return args


def main(argv: Sequence[str] | None = None) -> None:
    args = parse(argv)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(TerminalFormatter("%(levelname)s %(name)s: %(message)s"))
    SHOWN.open()
    handler.addFilter(SHOWN)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, handlers=[handler])
    try:
        settings = load_settings(args.config, corpus=args.corpus, db=args.db)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        raise SystemExit(2) from exc
    corpus = settings.corpus
    if not corpus.is_dir():
        # a relative path is also shown as read from here: run elsewhere, it names another folder
        shown = str(corpus) if corpus.is_absolute() else f"{corpus} (in {Path.cwd()})"
        if corpus.exists():
            said = f"the corpus {shown} is a file, not a folder: give the folder holding the articles"
        else:
            said = f"corpus directory not found: {shown}"
        print(f"error: {said}", file=sys.stderr)
        raise SystemExit(2)
    try:
        code = asyncio.run(_main(args, settings))
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:
        code = 0
    raise SystemExit(code)


def entry() -> None:
    """The ``newsbot`` command: ``main``, then the process ends without tearing its heap down object by
    object. Everything that must outlive the process (the store, the persisted index, the output) is
    closed or flushed by then; what is left is freeing a corpus' worth of objects one at a time, a tenth
    of a second at 100k passages that a one-shot ``newsbot ask`` would otherwise spend after its last
    answer. Tests call ``main`` (which raises SystemExit) and keep their interpreter."""
    try:
        main()
        code: int | str | None = 0
    except SystemExit as exc:
        code = exc.code
    if isinstance(code, str):
        print(code, file=sys.stderr)
        code = 1
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a reader that went away (| head): nothing left to tell it
            pass
    os._exit(code or 0)
