"""A throwaway PostgreSQL server for the tests and the benchmark: a cluster in a temporary directory,
on a free loopback port, its socket in that directory, stopped and removed at the end.

Why it is shaped like this:

* **Debian's server binaries, found where Debian puts them** (``/usr/lib/postgresql/<major>/bin``, the
  newest major first; ``initdb`` on ``PATH`` as a fallback). ``make test`` installs the ``postgresql``
  package when they are missing; the Debian package's own cluster and service are never touched.
* **Run as an unprivileged user.** PostgreSQL refuses to run as root, and CI runs as root: then the
  server runs as the ``postgres`` account the package creates (``nobody`` if there is none), and the
  temporary directory is handed to that account. As anyone else, the server runs as the caller.
* **A password on TCP, trust on the socket.** Connections to 127.0.0.1 need the superuser's password
  (SCRAM), so the DSNs the tests use carry a real password — what the redaction tests need to look for.
* **No silent skip.** When the binaries are missing or the server does not start, :class:`PostgresUnavailable`
  says why (and what ``make test`` should have installed); the fixture turns it into a test failure.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

#: where Debian installs each major version's server binaries
DEBIAN_BIN_GLOB = "/usr/lib/postgresql/*/bin"
#: overrides the binaries' directory (also how to check what a machine without PostgreSQL would see)
BIN_ENV = "NEWSBOT_TEST_PG_BIN"
SUPERUSER = "newsbot"
INSTALL_HINT = (
    "`make test` installs Debian's `postgresql` package when it is missing "
    "(apt-get update; apt-get install -y postgresql)"
)
#: settings for a test server: nothing here needs to survive a power cut
FAST = ("fsync=off", "synchronous_commit=off", "full_page_writes=off")
#: settings for a benchmark server: durable files, commits acknowledged before their WAL is flushed
#: (as SQLite's WAL with synchronous=NORMAL, which the SQLite store uses)
BENCH = ("synchronous_commit=off",)


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server could be started here; the message says why."""


def find_bin() -> Path:
    """The directory holding ``initdb``, ``pg_ctl`` and ``postgres`` (the newest major version)."""
    override = os.environ.get(BIN_ENV)
    if override:
        candidates = [Path(override)]
    else:
        found = [Path(p) for p in sorted(Path("/").glob(DEBIAN_BIN_GLOB.lstrip("/")))]
        found.sort(key=lambda p: _major(p.parent.name), reverse=True)
        on_path = shutil.which("initdb")
        candidates = found + ([Path(on_path).resolve().parent] if on_path else [])
    for d in candidates:
        if all((d / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres")):
            return d
    where = str(candidates[0]) if override else f"{DEBIAN_BIN_GLOB} or on PATH"
    raise PostgresUnavailable(
        f"no PostgreSQL server binaries (initdb, pg_ctl, postgres) in {where}; {INSTALL_HINT}"
    )


def _major(name: str) -> int:
    return int(name) if name.isdigit() else -1


def free_port() -> int:
    """A loopback port nobody listens on right now (the server may still lose a race for it: retried)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class RunAs:
    """Who the server runs as: ``None`` fields mean the calling user."""

    name: str | None = None
    uid: int | None = None
    gid: int | None = None

    @classmethod
    def for_server(cls) -> RunAs:
        if os.geteuid() != 0:
            return cls()
        for name in ("postgres", "nobody"):
            try:
                entry = pwd.getpwnam(name)
            except KeyError:
                continue
            return cls(name, entry.pw_uid, entry.pw_gid)
        raise PostgresUnavailable(
            "running as root, and there is neither a postgres nor a nobody account to run the server as"
        )

    def run(self, args: list[str], **kw: object) -> subprocess.CompletedProcess[str]:
        extra: dict[str, object] = {}
        if self.uid is not None:
            extra = {"user": self.uid, "group": self.gid, "extra_groups": []}
        return subprocess.run(  # type: ignore[call-overload, no-any-return]
            args, capture_output=True, text=True, check=False, timeout=120, **extra, **kw
        )


@dataclass
class TempCluster:
    """One running server. Build it with :meth:`start`; :meth:`destroy` stops it and removes its files."""

    root: Path
    bin: Path
    port: int
    password: str
    run_as: RunAs
    options: tuple[str, ...]
    _names: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def log(self) -> Path:
        return self.root / "server.log"

    # ------------------------------------------------------------------ life cycle

    @classmethod
    def start(cls, options: tuple[str, ...] = FAST) -> TempCluster:
        bindir = find_bin()
        run_as = RunAs.for_server()
        # as root, in /tmp itself: a TMPDIR under root's home would be closed to the server's account
        root = Path(tempfile.mkdtemp(prefix="newsbot-pg-", dir="/tmp" if run_as.uid is not None else None))
        cluster = cls(root, bindir, 0, secrets.token_urlsafe(18), run_as, options)
        try:
            cluster._init()
            cluster._start_on_a_free_port()
        except BaseException:
            cluster.destroy()
            raise
        return cluster

    def _init(self) -> None:
        pwfile = self.root / "pw"
        pwfile.write_text(self.password + "\n")
        if self.run_as.uid is not None:
            os.chown(self.root, self.run_as.uid, self.run_as.gid or -1)
            os.chown(pwfile, self.run_as.uid, self.run_as.gid or -1)
        done = self.run_as.run(
            [str(self.bin / "initdb"), "-D", str(self.data), "-U", SUPERUSER, "-E", "UTF8", "--no-locale",
             "--auth-local=trust", "--auth-host=scram-sha-256", f"--pwfile={pwfile}", "--no-sync"],
        )  # fmt: skip
        pwfile.unlink()
        if done.returncode != 0:
            raise PostgresUnavailable(f"initdb failed ({done.returncode}): {done.stderr.strip()[-800:]}")

    def _start_on_a_free_port(self) -> None:
        last = ""
        for _ in range(3):  # another process may take the free port between finding and binding it
            self.port = free_port()
            if self.start_server(raise_on_failure=False):
                return
            last = self.log_tail()
        raise PostgresUnavailable(f"the PostgreSQL server did not start: {last}")

    def start_server(self, *, raise_on_failure: bool = True) -> bool:
        """Start (or start again, after :meth:`stop_server`) the server on :attr:`port`."""
        settings = [
            "listen_addresses=127.0.0.1",
            f"unix_socket_directories={self.root}",
            "max_connections=200",
            *self.options,
        ]
        opts = f"-p {self.port} " + " ".join(f"-c {s}" for s in settings)
        done = self.run_as.run(
            [
                str(self.bin / "pg_ctl"),
                "-D",
                str(self.data),
                "-l",
                str(self.log),
                "-w",
                "-t",
                "60",
                "-o",
                opts,
                "start",
            ]
        )
        if done.returncode == 0:
            return True
        if raise_on_failure:
            raise PostgresUnavailable(f"pg_ctl start failed: {done.stderr.strip()} {self.log_tail()}")
        return False

    def stop_server(self, mode: str = "fast") -> None:
        """Stop the server, keeping its files (``mode`` is pg_ctl's: smart, fast or immediate)."""
        self.run_as.run([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop"])

    def destroy(self) -> None:
        """Stop the server if it runs and remove every file of the cluster."""
        if (self.data / "postmaster.pid").exists():
            self.stop_server("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    def log_tail(self, chars: int = 1500) -> str:
        try:
            return self.log.read_text(errors="replace")[-chars:].strip()
        except OSError:
            return "(no server log)"

    # ------------------------------------------------------------------ databases

    def dsn(self, dbname: str = "postgres", *, password: bool = True) -> str:
        secret = f":{self.password}" if password else ""
        return f"postgresql://{SUPERUSER}{secret}@127.0.0.1:{self.port}/{dbname}"

    def admin(self) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(self.dsn(), autocommit=True, connect_timeout=10)

    def create_database(self, prefix: str = "t") -> str:
        """A new, empty database; its DSN (with the password)."""
        name = f"{prefix}_{os.getpid()}_{next(self._names)}"
        with self.admin() as con:
            con.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.dsn(name)

    def drop_database(self, dsn: str) -> None:
        name = dsn.rsplit("/", 1)[1]
        with contextlib.suppress(psycopg.Error), self.admin() as con:
            con.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def wait_accepting(self, within: float = 30.0) -> None:
        deadline = time.monotonic() + within
        while True:
            try:
                with self.admin():
                    return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)


# ---------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[TempCluster]:
    """One server for the whole run, started on first use. A machine where it cannot start fails the
    tests that need it, saying why — never a skip."""
    try:
        cluster = TempCluster.start()
    except PostgresUnavailable as exc:
        pytest.fail(f"PostgreSQL is needed by this test and could not be started: {exc}", pytrace=False)
    try:
        yield cluster
    finally:
        cluster.destroy()


@pytest.fixture
def postgres_dsn(postgres_cluster: TempCluster) -> Iterator[str]:
    """A new, empty database for one test (dropped afterwards); its DSN carries the password."""
    dsn = postgres_cluster.create_database()
    try:
        yield dsn
    finally:
        postgres_cluster.drop_database(dsn)


@pytest.fixture
def private_postgres() -> Iterator[TempCluster]:
    """A server of this test's own, which it may stop and start again (the fault tests)."""
    try:
        cluster = TempCluster.start()
    except PostgresUnavailable as exc:
        pytest.fail(f"PostgreSQL is needed by this test and could not be started: {exc}", pytrace=False)
    try:
        yield cluster
    finally:
        cluster.destroy()
