"""Schema migrations: a new database ends at the latest version; old ones upgrade, data kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mockint import paths
from mockint.store import HistoryStore, StoreError
from mockint.store.migrate import Migration, check_sequence, packaged_migrations, split_statements

EXPECTED_TABLES = {"sessions", "answers", "scores", "criterion_scores"}


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _user_version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA user_version").fetchone()[0]


def _note_migration(sql: str = "", version: int = 2) -> Migration:
    return Migration(
        version,
        "answer_notes",
        "ALTER TABLE answers ADD COLUMN note TEXT;\n"
        "UPDATE answers SET note = 'from version 1';\n"
        "CREATE TABLE goals (id INTEGER PRIMARY KEY, text TEXT NOT NULL DEFAULT 'be; concrete');\n"
        + sql,
    )


def test_packaged_migrations_start_at_one_and_ship_the_initial_schema() -> None:
    migrations = packaged_migrations()
    assert [m.version for m in migrations] == list(range(1, len(migrations) + 1))
    assert migrations[0].name == "initial"
    assert "CREATE TABLE sessions" in migrations[0].sql


def test_a_new_database_ends_at_the_latest_version_in_wal_mode() -> None:
    with HistoryStore() as store:
        assert store.path == paths.database_file()
        latest = len(packaged_migrations())
        assert store.schema_version == latest
        conn = store._connection()
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert _user_version(paths.database_file()) == latest
    assert EXPECTED_TABLES <= _tables(paths.database_file())


def test_an_empty_existing_file_is_initialised(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"")
    with HistoryStore(path) as store:
        assert store.schema_version == len(packaged_migrations())
    assert EXPECTED_TABLES <= _tables(path)


def _version_1_database(path: Path) -> tuple[int, int]:
    """A history as mockint 0.1 wrote it (schema 1, no UUIDs): one session with one answer."""
    HistoryStore(path, migrations=packaged_migrations()[:1]).close()
    with sqlite3.connect(path) as conn:
        session_id = conn.execute(
            "INSERT INTO sessions (bank_id, bank_title, settings, started_at)"
            " VALUES ('general', 'General', '{\"mode\":\"typed\"}', '2026-01-05T09:00:00.000000+00:00')"
        ).lastrowid
        answer_id = conn.execute(
            "INSERT INTO answers (session_id, question_id, question_text, text, mode, answered_at)"
            " VALUES (?, 'general/yourself', 'Tell me about yourself.', 'I build things.', 'typed',"
            " '2026-01-05T09:01:00.000000+00:00')",
            (session_id,),
        ).lastrowid
        conn.execute("INSERT INTO scores VALUES (?, 64, 'old-1', '{\"words\":3}')", (answer_id,))
        conn.execute(
            "INSERT INTO criterion_scores (answer_id, position, criterion_id, label, score, passed)"
            " VALUES (?, 0, 'ownership', 'Ownership', 0.75, 1)",
            (answer_id,),
        )
    assert _user_version(path) == 1
    return int(session_id or 0), int(answer_id or 0)


def test_a_version_1_database_with_data_upgrades_to_the_latest_and_keeps_it(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    session_id, answer_id = _version_1_database(path)
    with HistoryStore(path) as new:
        assert new.schema_version == len(packaged_migrations())
        (answer,) = new.get_session(session_id).answers
        assert (answer.id, answer.text, answer.card.overall) == (answer_id, "I build things.", 64)
        assert answer.card.criteria[0].id == "ownership"
        uuids = new._connection().execute("SELECT uuid FROM answers").fetchall()
        assert [tuple(row) for row in uuids] == [(None,)]  # old rows have none; new ones do


def test_a_version_1_database_with_data_upgrades_and_keeps_it(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    session_id, answer_id = _version_1_database(path)
    shipped = packaged_migrations()
    later = len(shipped) + 1  # a migration after every shipped one: the store reads their tables
    with HistoryStore(path, migrations=[*shipped, _note_migration(version=later)]) as new:
        assert new.schema_version == later
        detail = new.get_session(session_id)
        assert [a.id for a in detail.answers] == [answer_id]
        assert detail.answers[0].card.scorer_version == "old-1"
        assert detail.settings == {"mode": "typed"}
        note = new._connection().execute("SELECT note FROM answers WHERE id = ?", (answer_id,))
        assert note.fetchone()[0] == "from version 1"
    assert _user_version(path) == later
    assert "goals" in _tables(path)


def test_a_failing_migration_leaves_the_database_at_its_old_version(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    first = packaged_migrations()[:1]
    HistoryStore(path, migrations=first).close()
    broken = _note_migration("INSERT INTO no_such_table VALUES (1);")
    with pytest.raises(StoreError, match="no such table") as caught:
        HistoryStore(path, migrations=[*first, broken])
    assert str(path) in str(caught.value)
    assert _user_version(path) == 1
    assert "goals" not in _tables(path)  # the migration's first statements were rolled back
    with HistoryStore(path, migrations=first) as again:
        assert again.list_sessions() == []


def test_a_database_from_a_newer_mockint_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    HistoryStore(path, migrations=[*packaged_migrations(), _note_migration()][:2]).close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer mockint"):
        HistoryStore(path, migrations=packaged_migrations()[:1])
    assert path.read_bytes() == before


def test_migration_numbers_must_run_without_gaps() -> None:
    with pytest.raises(StoreError, match="expected version 2"):
        check_sequence([Migration(1, "a", ""), Migration(3, "c", "")])


def test_statements_split_on_semicolons_outside_strings_and_triggers() -> None:
    script = (
        "-- a comment; with a semicolon\n"
        "CREATE TABLE t (x TEXT DEFAULT 'a;b');\n"
        "CREATE TRIGGER t_log AFTER INSERT ON t BEGIN UPDATE t SET x = 'c;d'; END;\n"
        "-- trailing comment\n"
    )
    statements = list(split_statements(script))
    assert len(statements) == 2
    assert statements[0].endswith("DEFAULT 'a;b');")
    assert statements[1].startswith("CREATE TRIGGER") and statements[1].endswith("END;")


def test_an_unfinished_statement_in_a_migration_is_reported() -> None:
    with pytest.raises(StoreError, match="incomplete SQL"):
        list(split_statements("CREATE TABLE t (x TEXT); CREATE TABLE u (y"))
