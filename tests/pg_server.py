"""Throwaway PostgreSQL servers for tests and CI, and a fresh database per test.

One implementation serves both callers: ``.ci/run`` runs this file with the system
Python before the virtualenv exists (so the server part uses the standard library
only), and ``tests/conftest.py`` imports it when ``OPERATOR_DESK_TEST_PG`` is unset.

``initdb`` refuses to run as root and CI runs as root, so as root the server runs as
the ``postgres`` system user when it exists, else as a dedicated ``odtest`` user.

Command line (prints shell assignments to ``eval``; progress goes to stderr)::

    python3 tests/pg_server.py bindir              # exit 1 when no binaries exist
    python3 tests/pg_server.py start [--db NAME]   # PG_SERVER_ROOT=... OPERATOR_DESK_TEST_PG=...
    python3 tests/pg_server.py stop ROOT
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import glob
import json
import os
import pwd
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path

ENV_VAR = "OPERATOR_DESK_TEST_PG"
DEFAULT_DB = "operator_desk_test"
FALLBACK_USER = "odtest"
STATE_FILE = "server.json"
LOG_FILE = "server.log"
PORT_ATTEMPTS = 3
PORT_TAKEN = "Address already in use"
INSTALL_HINT = "install PostgreSQL (Debian/Ubuntu: apt-get install postgresql)"
START_TIMEOUT_S = 60

# A server that is deleted after the run needs no durability; skipping fsync keeps
# CREATE DATABASE per test cheap on slow CI disks.
SERVER_SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "200",
    "log_min_messages": "warning",
}


class PgUnavailable(RuntimeError):
    """No PostgreSQL server can be started here; the message says what to install."""


class PgCommandError(RuntimeError):
    """A PostgreSQL tool failed; the message carries its output (and the server log)."""


@dataclass(frozen=True)
class PgServer:
    """A running throwaway server; ``root`` holds its data, socket and log."""

    url: str
    root: str
    bin_dir: str
    user: str
    port: int


def find_bin_dir() -> Path | None:
    """The directory holding ``initdb`` and ``pg_ctl``: PATH first, then Debian's layout."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        # Debian puts symlinks on PATH; pg_ctl must find `postgres` next to the real file.
        real = Path(on_path).resolve().parent
        if (real / "pg_ctl").exists() and (real / "postgres").exists():
            return real
    candidates = glob.glob("/usr/lib/postgresql/*/bin/initdb")
    candidates.sort(key=lambda path: _version_key(Path(path).parent.parent.name), reverse=True)
    for initdb in candidates:
        bin_dir = Path(initdb).parent
        if (bin_dir / "pg_ctl").exists() and (bin_dir / "postgres").exists():
            return bin_dir
    return None


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def start(db_name: str = DEFAULT_DB) -> PgServer:
    """Create, start and return a server on a free loopback port with trust auth."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise PgUnavailable(f"PostgreSQL binaries (initdb, pg_ctl) not found: {INSTALL_HINT}.")
    started = time.monotonic()
    user = _server_user()
    root = Path(tempfile.mkdtemp(prefix="operator-desk-pg-", dir=_temp_base()))
    server = PgServer(url="", root=str(root), bin_dir=str(bin_dir), user=user, port=0)
    _save_state(server)
    try:
        _chown(root, user)
        _init_cluster(server)
        port = _start_postmaster(server)
        server = replace(
            server, port=port, url=f"postgresql+psycopg://{user}@127.0.0.1:{port}/{db_name}"
        )
        _save_state(server)
        _check(
            [str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", user, db_name],
            cwd=None,
        )
    except PgCommandError as exc:
        detail = _log_tail(root, 0)
        stop(server)
        raise PgCommandError(f"{exc}\nserver log:\n{detail}" if detail else str(exc)) from None
    except BaseException:
        stop(server)
        raise
    elapsed = time.monotonic() - started
    print(
        f"PostgreSQL ({bin_dir}) on 127.0.0.1:{port} as {user}, ready in {elapsed:.1f} s",
        file=sys.stderr,
    )
    return server


def stop(server: PgServer | str | Path) -> None:
    """Stop the server (immediately: its data is thrown away) and delete its files."""
    if not isinstance(server, PgServer):
        state = Path(server) / STATE_FILE
        if not state.exists():
            return
        server = PgServer(**json.loads(state.read_text()))
    data = Path(server.root) / "data"
    if (data / "postmaster.pid").exists():
        with contextlib.suppress(PgCommandError):
            _run(server, "pg_ctl", "stop", "-w", "-s", "-m", "immediate", "-D", str(data))
    shutil.rmtree(server.root, ignore_errors=True)


def _init_cluster(server: PgServer) -> None:
    data = Path(server.root) / "data"
    locale = ["--locale=C.UTF-8"] if _has_c_utf8() else ["--no-locale"]
    _run(
        server,
        "initdb",
        f"--pgdata={data}",
        f"--username={server.user}",
        "--auth=trust",
        "--encoding=UTF8",
        *locale,
        "--no-sync",
        "--no-instructions",
    )
    settings = {**SERVER_SETTINGS, "unix_socket_directories": f"'{server.root}'"}
    with open(data / "postgresql.conf", "a", encoding="utf-8") as conf:
        conf.write("\n# throwaway test server\n")
        conf.writelines(f"{key} = {value}\n" for key, value in settings.items())


def _start_postmaster(server: PgServer) -> int:
    """Start on a free port; retry when another process took the port in the meantime."""
    root = Path(server.root)
    attempt = 1
    while True:
        port = _free_port()
        log_size = _log_size(root)
        try:
            _run(
                server,
                "pg_ctl",
                "start",
                "--wait",
                "--silent",
                f"--timeout={START_TIMEOUT_S}",
                f"--pgdata={root / 'data'}",
                f"--log={root / LOG_FILE}",
                "-o",
                f"-p {port}",
            )
        except PgCommandError:
            if attempt == PORT_ATTEMPTS or PORT_TAKEN not in _log_tail(root, log_size):
                raise
            attempt += 1
        else:
            return port


def _log_size(root: Path) -> int:
    log = root / LOG_FILE
    return log.stat().st_size if log.exists() else 0


def _log_tail(root: Path, offset: int) -> str:
    """The server log from ``offset`` on, at most its last 2,000 characters."""
    log = root / LOG_FILE
    if not log.exists():
        return ""
    return log.read_bytes()[offset:].decode(errors="replace")[-2000:]


def _save_state(server: PgServer) -> None:
    (Path(server.root) / STATE_FILE).write_text(json.dumps(asdict(server)))


def _has_c_utf8() -> bool:
    """C.UTF-8 gives Unicode case rules (Cyrillic lower/ILIKE) without a generated locale."""
    try:
        listed = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return False
    return any(name.lower() in ("c.utf8", "c.utf-8") for name in listed.stdout.split())


def _server_user() -> str:
    """Whoever may run initdb: the caller, or an unprivileged system user under root."""
    if os.geteuid() != 0:
        return getpass.getuser()
    for name in ("postgres", FALLBACK_USER):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    subprocess.run(
        [
            "useradd",
            "--system",
            "--user-group",
            "--no-create-home",
            "--shell",
            "/usr/sbin/nologin",
            FALLBACK_USER,
        ],
        check=True,
        capture_output=True,
    )
    return FALLBACK_USER


def _temp_base() -> str | None:
    # As root, $TMPDIR may sit under /root, which the server user cannot enter.
    return "/tmp" if os.geteuid() == 0 else None


def _chown(path: Path, user: str) -> None:
    if os.geteuid() == 0:
        entry = pwd.getpwnam(user)
        os.chown(path, entry.pw_uid, entry.pw_gid)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _run(server: PgServer, tool: str, *args: str) -> None:
    """Run a server tool as the server user, from a directory that user can read."""
    command = [str(Path(server.bin_dir) / tool), *args]
    if os.geteuid() == 0 and server.user != "root":
        command = ["runuser", "-u", server.user, "--", *command]
    _check(command, cwd=server.root)


def _check(command: list[str], cwd: str | None) -> None:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise PgCommandError(
            f"{shlex.join(command)} exited with {result.returncode}:\n"
            f"{result.stdout}{result.stderr}".rstrip()
        )


def _libpq_url(url: str) -> str:
    """SQLAlchemy's ``postgresql+psycopg://`` URL as a libpq connection URI."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@contextlib.contextmanager
def scratch_database(admin_url: str) -> Iterator[str]:
    """A new empty database on ``admin_url``'s server, dropped afterwards.

    Yields its SQLAlchemy URL. Dropping uses FORCE, so engines a test left open
    cannot keep the database alive.
    """
    import psycopg
    from psycopg import sql
    from sqlalchemy.engine import make_url

    name = f"od_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_libpq_url(admin_url), autocommit=True) as admin:
        create = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if admin.info.server_version >= 150000:
            # With fsync off, copying the template is cheaper than WAL-logging it (PG 15+).
            create += sql.SQL(" STRATEGY FILE_COPY")
        admin.execute(create)
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(_libpq_url(admin_url), autocommit=True) as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def _main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Throwaway PostgreSQL for tests.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("bindir", help="print the PostgreSQL binary directory")
    start_cmd = commands.add_parser("start", help="start a server, print shell assignments")
    start_cmd.add_argument("--db", default=DEFAULT_DB, help="database to create")
    stop_cmd = commands.add_parser("stop", help="stop a server and delete its files")
    stop_cmd.add_argument("root", help="PG_SERVER_ROOT printed by start")
    args = parser.parse_args(argv)
    if args.command == "bindir":
        bin_dir = find_bin_dir()
        if bin_dir is None:
            print(f"no PostgreSQL binaries: {INSTALL_HINT}", file=sys.stderr)
            return 1
        print(bin_dir)
    elif args.command == "start":
        try:
            server = start(args.db)
        except (PgUnavailable, PgCommandError) as exc:
            print(exc, file=sys.stderr)
            return 1
        print(f"PG_SERVER_ROOT={shlex.quote(server.root)}")
        print(f"{ENV_VAR}={shlex.quote(server.url)}")
    else:
        stop(args.root)
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
