"""The moderators' read-only status pages: overview, sources, questions, coverage gaps, timeline."""

from bot.web.access import WebAccessError, check_bind
from bot.web.app import build_app
from bot.web.server import run_web, start_web

__all__ = ["WebAccessError", "build_app", "check_bind", "run_web", "start_web"]
