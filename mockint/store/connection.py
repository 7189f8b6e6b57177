"""Opening the SQLite file privately and turning every SQLite failure into a one-line StoreError."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from mockint import paths
from mockint.store.errors import StoreError

_SIDE_FILES = ("-wal", "-shm", "-journal")


def describe_error(path: Path, exc: sqlite3.Error) -> str:
    """A message a user can act on, naming the file, for any SQLite error."""
    text = str(exc)
    lowered = text.lower()
    if "file is not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return (
            f"{path}: not a readable mockint history (the file is corrupt or not a database); "
            "move it aside and mockint will start a new one"
        )
    if "locked" in lowered or "busy" in lowered:
        return (
            f"{path}: the history database is locked by another program "
            "(is mockint already running?)"
        )
    if "readonly" in lowered or "read-only" in lowered:
        return f"{path}: cannot write the history database: the file or its folder is read-only"
    if "unable to open" in lowered:
        return (
            f"{path}: cannot open the history database: "
            "check that its folder exists and is writable"
        )
    if "disk is full" in lowered or "disk i/o" in lowered:
        return f"{path}: cannot write the history database: {text}"
    return f"{path}: history database error: {text}"


@contextlib.contextmanager
def translated_errors(path: Path) -> Iterator[None]:
    """Re-raise any ``sqlite3.Error`` inside the block as a :class:`StoreError` naming ``path``."""
    try:
        yield
    except sqlite3.Error as exc:
        raise StoreError(describe_error(path, exc)) from None
    except json.JSONDecodeError as exc:
        raise StoreError(f"{path}: the history holds unreadable data ({exc.msg})") from None


def prepare_file(path: Path) -> None:
    """Make sure ``path`` exists as a 0600 file in a folder that exists (created 0700 if ours)."""
    folder = path.parent
    try:
        if not folder.is_dir():  # an existing folder is left as it is, whatever its mode
            paths.ensure_private_dir(folder)
        if path.is_dir():
            raise StoreError(f"{path}: is a folder, not a history database")
        # Created empty and private before SQLite sees it: SQLite gives -wal/-shm the same mode.
        paths.open_private_file(path, truncate=False).close()
        tighten_modes(path)
    except PermissionError as exc:
        raise StoreError(
            f"{path}: cannot open or create the history database: "
            f"permission denied ({exc.filename})"
        ) from None
    except OSError as exc:
        raise StoreError(
            f"{path}: cannot open or create the history database: {exc.strerror or exc}"
        ) from None


def tighten_modes(path: Path) -> None:
    """The database and its side files readable by the user only."""
    for candidate in (path, *(path.with_name(path.name + s) for s in _SIDE_FILES)):
        with contextlib.suppress(FileNotFoundError):
            if candidate.stat().st_mode & 0o077:
                os.chmod(candidate, paths.PRIVATE_FILE_MODE)


def open_connection(
    path: Path,
    *,
    timeout: float,
    durable: bool,
    factory: type[sqlite3.Connection] = sqlite3.Connection,
) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), WAL, foreign keys on.

    ``durable`` syncs every commit to disk (synchronous=FULL); without it a commit still survives
    the process being killed, but maybe not a power cut (synchronous=NORMAL).
    """
    with translated_errors(path):
        conn = sqlite3.connect(
            path, timeout=timeout, isolation_level=None, check_same_thread=False, factory=factory
        )
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            conn.execute("PRAGMA foreign_keys = ON")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StoreError(
                    f"{path}: cannot switch the history database to WAL mode (got {mode})"
                )
            conn.execute(f"PRAGMA synchronous = {'FULL' if durable else 'NORMAL'}")
        except BaseException:
            conn.close()
            raise
    tighten_modes(path)
    return conn
