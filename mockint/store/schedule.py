"""The spaced-repetition state kept in the history database (tables of migration 0004).

This module only stores and reads rows; :mod:`mockint.coach.scheduler` decides what they hold.
A question is named by its reference ``bank_id/question_id``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from mockint.store.history import HistoryStore
from mockint.store.records import from_db_time, to_db_time

# An answer's question: its stored id when that is already a reference, else session bank + id.
_PENDING_SQL = """
SELECT a.id, CASE WHEN instr(a.question_id, '/') > 0 THEN a.question_id
                  ELSE se.bank_id || '/' || a.question_id END AS ref,
       a.answered_at, s.overall
FROM answers a
JOIN sessions se ON se.id = a.session_id
JOIN scores s ON s.answer_id = a.id
LEFT JOIN schedule_reviews r ON r.answer_id = a.id
WHERE r.answer_id IS NULL AND a.kind = 'answer'  -- retakes and follow-ups never count
ORDER BY a.answered_at, a.id
"""


@dataclass(frozen=True)
class PendingAnswer:
    """A scored answer the scheduler has not seen yet."""

    answer_id: int
    question_ref: str
    answered_at: datetime
    overall: int


@dataclass(frozen=True)
class CardRow:
    question_ref: str
    state_format: int
    state: str
    due: datetime | None
    last_answer_id: int | None = None
    last_overall: int | None = None
    last_answered_at: datetime | None = None


@dataclass(frozen=True)
class ReviewRow:
    answer_id: int
    question_ref: str
    review_day: str
    rating: int | None


@dataclass
class ScheduleChanges:
    reviews: list[ReviewRow] = field(default_factory=list)
    cards: list[CardRow] = field(default_factory=list)
    forget: list[str] = field(default_factory=list)  # question refs to rebuild from the history


Step = Callable[[list[PendingAnswer], dict[str, CardRow]], ScheduleChanges]


class ScheduleStore:
    """Scheduler rows of one :class:`HistoryStore` (sharing its connections and transactions)."""

    def __init__(self, history: HistoryStore) -> None:
        self.history = history
        self.path = history.path

    def cards(self) -> dict[str, CardRow]:
        with self.history._transaction(write=False) as conn:
            return _cards(conn)

    def update(self, step: Step) -> ScheduleChanges:
        """Read the unseen answers and the cards, let ``step`` decide, write what it returns:
        all in one write transaction, so two processes never count an answer twice."""
        with self.history._transaction(write=True) as conn:
            pending = [
                PendingAnswer(int(r[0]), r[1], from_db_time(r[2]) or datetime.min, int(r[3]))
                for r in conn.execute(_PENDING_SQL)
            ]
            if not pending and not _has_cards(conn):
                return ScheduleChanges()
            changes = step(pending, _cards(conn))
            for ref in changes.forget:  # the trigger forgets the card with its reviews
                conn.execute("DELETE FROM schedule_reviews WHERE question_ref = ?", (ref,))
                conn.execute("DELETE FROM schedule_cards WHERE question_ref = ?", (ref,))
            conn.executemany(
                "INSERT INTO schedule_reviews (answer_id, question_ref, review_day, rating)"
                " VALUES (?, ?, ?, ?)",
                [(r.answer_id, r.question_ref, r.review_day, r.rating) for r in changes.reviews],
            )
            conn.executemany(
                "INSERT OR REPLACE INTO schedule_cards (question_ref, state_format, state, due,"
                " last_answer_id, last_overall, last_answered_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        c.question_ref,
                        c.state_format,
                        c.state,
                        to_db_time(c.due),
                        c.last_answer_id,
                        c.last_overall,
                        to_db_time(c.last_answered_at, default_now=False),
                    )
                    for c in changes.cards
                ],
            )
            return changes

    def reviews(self, question_ref: str) -> list[ReviewRow]:
        with self.history._transaction(write=False) as conn:
            rows = conn.execute(
                "SELECT answer_id, question_ref, review_day, rating FROM schedule_reviews"
                " WHERE question_ref = ? ORDER BY answer_id",
                (question_ref,),
            ).fetchall()
        return [ReviewRow(int(r[0]), r[1], r[2], r[3]) for r in rows]


def _has_cards(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM schedule_cards LIMIT 1").fetchone() is not None


def _cards(conn: sqlite3.Connection) -> dict[str, CardRow]:
    rows = conn.execute(
        "SELECT question_ref, state_format, state, due, last_answer_id, last_overall,"
        " last_answered_at FROM schedule_cards"
    ).fetchall()
    return {r[0]: CardRow(r[0], int(r[1]), r[2], _time(r[3]), r[4], r[5], _time(r[6])) for r in rows}


def _time(text: str | None) -> datetime | None:
    try:
        return from_db_time(text)
    except (TypeError, ValueError):
        return None  # a damaged time: the scheduler reports the card as corrupt
