# Every target bootstraps .venv on first use; nothing needs to be installed by hand.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
## `make run CORPUS=mydir DB=var/mine.db` passes --corpus/--db, which win over every setting; left unset, the
## settings choose (config/newsbot.toml, NEWSBOT_CORPUS, NEWSBOT_DB; by default seeds/ and var/newsbot.db), so
## `NEWSBOT_CORPUS=mydir make run` is honoured too. The store makes the database's directory itself.
CORPUS ?=
DB ?=
SETTINGS := $(if $(CORPUS),--corpus '$(CORPUS)') $(if $(DB),--db '$(DB)')

.PHONY: run web browser test lint eval bench bench-discord clean postgres

# WordNet's database (Debian's wordnet-base) bridges a question's words to the coverage's; the answer
# code reads it in place and works without it, only bridging nothing.
WORDNET := /usr/share/wordnet/index.noun

$(WORDNET):
	@command -v apt-get >/dev/null && (apt-get install -y -q wordnet-base >/dev/null 2>&1 || \
		(apt-get update -q >/dev/null && apt-get install -y -q wordnet-base >/dev/null)) || \
		echo "wordnet-base not installed: answers will not bridge synonyms"

$(STAMP): pyproject.toml | $(WORDNET)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

## The main job: the bot's offline console over the seeds corpus and a local SQLite file.
run: $(STAMP)
	$(BIN)/newsbot $(SETTINGS) console

## The moderators' status pages on http://127.0.0.1:8080/ (NEWSBOT_WEB_TOKEN to serve beyond this machine).
web: $(STAMP)
	$(BIN)/newsbot $(SETTINGS) web

## Debian's Chromium and chromedriver for the browser tests, installed when missing (as root, unattended;
## no browser is downloaded from anywhere else). Not root: says so, and the browser tests skip locally.
browser:
	@if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	else echo "chromium/chromium-driver missing: as root, apt-get install chromium chromium-driver"; fi

## The whole test suite, preceded by ruff and mypy (PostgreSQL and the browser for the tests that need them).
test: $(STAMP) postgres browser
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python -m pytest

## PostgreSQL's server binaries, for the throwaway server the tests start (tests/support/postgres.py):
## Debian's package, installed when missing (as root, unattended); the package's own server is stopped.
## Where it cannot be installed, the tests that need it fail and say why.
postgres:
	@if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing Debian's postgresql (the tests start a throwaway server)"; \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null \
		  && { service postgresql stop >/dev/null 2>&1 || true; }; } \
		|| echo "warning: could not install postgresql; the PostgreSQL tests will fail and say so" >&2; \
	else \
		echo "warning: PostgreSQL's server binaries are missing and cannot be installed here" \
		     "(apt-get install postgresql as root); the PostgreSQL tests will fail and say so" >&2; \
	fi

## Development evaluations with the shared scorers (../shared must sit beside the project): seeds QA,
## the seeds timeline and the seeds' date expressions.
eval: $(STAMP)
	python3 ../shared/eval/score_qa.py ../shared/eval/dev_qa.jsonl seeds -- $(BIN)/newsbot --corpus seeds ask --json
	python3 ../shared/eval/score_timeline.py ../shared/eval/dev_timeline.json -- $(BIN)/newsbot --corpus seeds timeline --json
	$(BIN)/python -m benchmarks.eval_seed_dates ../shared/eval/seed_dates.json

## Benchmarks: scale (this project vs rank_bm25 side by side, dated and undated corpora, 10k/100k/1M
## passages), timeline TOPIC at 100k dated and undated, and Discord browsing (BBC zip read in place,
## corpora under var/). BENCH_ARGS="--quick" for a 10k-only run; "--sizes 10k,100k" to skip 1M;
## "--variants dated" to skip the undated corpora.
BBC ?= ../shared/eval/external/bbc/bbc-fulltext.zip
BENCH_ARGS ?=
bench: $(STAMP)
	$(BIN)/python -m benchmarks.bench_scale --bbc $(BBC) $(BENCH_ARGS)
	$(BIN)/python -m benchmarks.bench_timeline --bbc $(BBC)
	$(BIN)/python -m benchmarks.bench_discord $(DISCORD_BENCH_ARGS)

## Discord browsing benchmark alone: /sources and /timeline through the loopback emulator with the real
## discord.py client (30k synthetic documents under var/): latency, the longest event-loop stall, and
## whether each page was built in a worker thread. DISCORD_BENCH_ARGS="--docs 50000 --calls 20".
DISCORD_BENCH_ARGS ?=
bench-discord: $(STAMP)
	$(BIN)/python -m benchmarks.bench_discord $(DISCORD_BENCH_ARGS)

clean:
	rm -rf $(VENV) var .mypy_cache .pytest_cache .ruff_cache
