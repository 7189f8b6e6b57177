"""Migration 0006 (saved feedback) upgrades a history at the schema before it (0005) without loss."""

from __future__ import annotations

import sqlite3

from mockint.aftermath.mapper import Target
from mockint.store import HistoryStore
from mockint.store.feedback_store import FeedbackStore
from mockint.store.migrate import packaged_migrations
from tests.coach.helpers import T0, answer


def test_the_history_before_feedback_gains_the_feedback_table_and_keeps_its_answers(tmp_path) -> None:
    path = tmp_path / "h.sqlite3"
    migrations = packaged_migrations()
    feedback = next(m for m in migrations if m.name == "feedback")
    assert feedback.version == 6
    older = migrations[: feedback.version - 1]
    with HistoryStore(path, migrations=older) as store:
        answer_id = answer(store, "q1", 40, T0)
        assert store.schema_version == feedback.version - 1
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "feedback" not in tables
    with HistoryStore(path) as store:
        assert store.schema_version == len(migrations) >= feedback.version
        assert [a.id for a in store.get_session(store.latest_session_id()).answers] == [answer_id]
        feedbacks = FeedbackStore(store)
        new_id = feedbacks.add(text="Too long.", criteria=[Target("length", ("Too long",))], company="Acme")
        record = feedbacks.get(new_id)
    assert record.criteria == (Target("length", ("Too long",)),) and record.is_open
    assert record.title == "the Acme feedback"
