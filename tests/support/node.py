"""One process of a cluster, for the multi-process tests and the load benchmark: the real Service (and
its real store) with reload coordination, driven by JSON lines on stdin, answering JSON lines on stdout.

    python -m tests.support.node --corpus DIR --db FILE_OR_URL [--index FILE] [--poll SECONDS]

Requests: ``{"op": "ask", "q": "..."}``, ``{"op": "sources"}`` (the corpus version and its documents,
what /sources shows), ``{"op": "reload", "by": "..."}``, ``{"op": "problems"}``, ``{"op": "quit"}``.
Every reply carries ``"version"``: the corpus this process serves at that moment. It prints
``{"ready": true, ...}`` once it serves.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from bot.coordination import Coordinator
from bot.service import QuestionError, Service
from bot.settings import load_settings


async def handle(service: Service, request: dict[str, Any]) -> dict[str, Any]:
    op = request.get("op")
    if op == "ask":
        try:
            answer = await service.ask(str(request["q"]))
        except QuestionError as exc:
            return {"error": str(exc)}
        return {"cached": answer.cached, "answer": answer.answer, "abstained": answer.abstained}
    if op == "sources":
        sources = await service.sources()
        return {"documents": sorted(d.doc_id for d in sources.documents)}
    if op == "reload":
        report = await service.reload(by=str(request.get("by", "node")))
        return {"ok": report.ok, "error": report.error, "version_after": report.version_after,
                "problems": report.problems}  # fmt: skip
    if op == "problems":
        return {"problems": service.problems}
    return {"error": f"unknown op {op!r}"}


async def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--corpus", type=Path, required=True)
    p.add_argument("--db", required=True)
    p.add_argument("--index", type=Path, help="the file the persisted index sits beside (PostgreSQL)")
    p.add_argument("--aliases", type=Path)
    p.add_argument("--poll", type=float, default=0.5)
    args = p.parse_args(argv)
    overrides: dict[str, Any] = {"corpus": args.corpus, "db": args.db, "reload_poll_seconds": args.poll}
    if args.aliases:
        overrides["aliases"] = args.aliases
    settings = load_settings(**overrides)
    if args.index is not None:
        settings = settings.model_copy(update={"db": args.index})
    service = await Service.start(settings, warm=False)
    await Coordinator.attach(service)
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)

    def say(obj: dict[str, Any]) -> None:
        sys.stdout.write(json.dumps({**obj, "version": service.version}) + "\n")
        sys.stdout.flush()

    say({"ready": True})
    try:
        while line := await reader.readline():
            request = json.loads(line)
            if request.get("op") == "quit":
                break
            say(await handle(service, request))
    finally:
        await service.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main(sys.argv[1:])))
