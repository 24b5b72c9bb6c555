"""Fixtures of the PostgreSQL-only tests (the store suite shared with SQLite is tests/bot/store/)."""
