"""The Discord front end: a ``commands.Bot`` built around a running Service, one cog per feature."""

from bot.discord_app.client import NewsBot, build_bot, run_bot

__all__ = ["NewsBot", "build_bot", "run_bot"]
