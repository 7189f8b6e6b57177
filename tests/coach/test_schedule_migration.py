"""Migration 0004 upgrades a history at an older schema without losing answers."""

from __future__ import annotations

import sqlite3

from mockint.store import HistoryStore
from mockint.store.migrate import packaged_migrations
from tests.coach.helpers import T0, answer


def test_an_older_history_gains_the_schedule_tables_and_keeps_its_answers(tmp_path) -> None:
    path = tmp_path / "h.sqlite3"
    migrations = packaged_migrations()
    schedule = next(m for m in migrations if m.name == "schedule")
    older = migrations[: schedule.version - 1]
    with HistoryStore(path, migrations=older) as store:
        answer_id = answer(store, "q1", 40, T0)
        assert store.schema_version == schedule.version - 1
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "schedule_cards" not in tables
    with HistoryStore(path) as store:
        assert store.schema_version == len(migrations)
        detail = store.get_session(store.latest_session_id())
        assert [a.id for a in detail.answers] == [answer_id]
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert {"schedule_cards", "schedule_reviews"} <= tables
    assert "schedule_forget_question" in triggers
