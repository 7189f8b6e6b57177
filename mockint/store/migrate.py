"""Versioned schema migrations: ``NNNN_name.sql`` files shipped in ``mockint/store/migrations``.

The database's ``PRAGMA user_version`` is the number of the last migration applied. Opening the
store applies the missing ones in order, each with its version bump in one transaction, so a crash
leaves the database at a whole version. The runner takes the list of migrations as an argument so
tests can add later ones.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from mockint.store.errors import StoreError

_FILE_RE = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def packaged_migrations() -> list[Migration]:
    """The migrations shipped with mockint, oldest first."""
    folder = resources.files("mockint.store").joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        match = _FILE_RE.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), match.group(2), entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    check_sequence(found)
    return found


def check_sequence(migrations: Sequence[Migration]) -> None:
    """Versions must run 1, 2, 3... with no gap or repeat."""
    for expected, migration in enumerate(migrations, start=1):
        if migration.version != expected:
            raise StoreError(
                f"migration {migration.version:04d}_{migration.name}: expected version {expected}"
            )


def split_statements(sql: str) -> Iterator[str]:
    """The statements of a script, one by one (``executescript`` would commit our transaction)."""
    *pieces, rest = sql.split(";")
    buffer = ""
    for piece in pieces:
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            yield buffer.strip()
            buffer = ""
    rest = buffer + rest
    if any(line.strip() and not line.strip().startswith("--") for line in rest.splitlines()):
        raise StoreError(f"incomplete SQL statement at the end of a migration: {rest.strip()[:60]}")


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration], path: Path) -> int:
    """Bring the database at ``path`` up to the last of ``migrations``; returns the new version.

    ``conn`` must be in autocommit mode (``isolation_level=None``).
    """
    latest = len(migrations)
    current = schema_version(conn)
    if current > latest:
        raise StoreError(
            f"{path}: this history was written by a newer mockint (schema {current}, this one "
            f"knows {latest}); upgrade mockint to open it"
        )
    if current == latest:
        return current
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = schema_version(conn)  # another process may have migrated while we waited
        for migration in migrations[current:]:
            for statement in split_statements(migration.sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(migration.version)}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return latest
