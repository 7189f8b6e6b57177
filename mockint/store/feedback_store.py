"""Saved interview feedback (the table of migration 0006) and the scores answered since.

This module only stores and reads rows; :mod:`mockint.aftermath` decides what they mean.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from mockint.aftermath.mapper import Target
from mockint.store.errors import StoreError
from mockint.store.history import HistoryStore
from mockint.store.records import Timestamp, from_db_time, to_db_time

BEFORE_WINDOW = 10  # answers before the feedback that make its "before" level


@dataclass(frozen=True)
class FeedbackRecord:
    id: int
    given_at: datetime
    company: str
    role: str
    text: str
    criteria: tuple[Target, ...]
    topics: tuple[Target, ...]
    closed_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    @property
    def title(self) -> str:
        """"the Acme feedback", "the Acme (data analyst) feedback", or by its date."""
        named = " ".join(p for p in (self.company, f"({self.role})" if self.role else "") if p)
        return f"the {named} feedback" if named else f"the feedback of {self.given_at.astimezone():%Y-%m-%d}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "given_at": self.given_at.isoformat(),
            "company": self.company,
            "role": self.role,
            "text": self.text,
            "criteria": [t.to_dict() for t in self.criteria],
            "topics": [t.to_dict() for t in self.topics],
            "closed_at": None if self.closed_at is None else self.closed_at.isoformat(),
        }


@dataclass(frozen=True)
class CriterionScores:
    """One criterion's scores (0..1): up to ``BEFORE_WINDOW`` before a date (newest first) and
    every one since (oldest first), with the scorer's label."""

    criterion_id: str
    label: str
    before: tuple[float, ...]
    since: tuple[float, ...]


def _targets(raw: str) -> tuple[Target, ...]:
    try:
        items = json.loads(raw)
        return tuple(Target(str(i["id"]), tuple(str(e) for e in i.get("evidence", ()))) for i in items)
    except (ValueError, TypeError, KeyError) as exc:
        raise StoreError(f"a saved feedback has damaged criteria: {exc}") from None


def _json(targets: Sequence[Target]) -> str:
    return json.dumps([t.to_dict() for t in targets], ensure_ascii=False, separators=(",", ":"))


def _record(row: sqlite3.Row) -> FeedbackRecord:
    return FeedbackRecord(
        id=int(row["id"]),
        given_at=from_db_time(row["given_at"]) or datetime.min,
        company=row["company"],
        role=row["role"],
        text=row["text"],
        criteria=_targets(row["criteria"]),
        topics=_targets(row["topics"]),
        closed_at=from_db_time(row["closed_at"]),
    )


class FeedbackStore:
    """Feedback rows of one :class:`HistoryStore` (sharing its connections and transactions)."""

    def __init__(self, history: HistoryStore) -> None:
        self.history = history

    def add(
        self,
        *,
        text: str,
        criteria: Sequence[Target],
        topics: Sequence[Target] = (),
        company: str = "",
        role: str = "",
        given_at: Timestamp = None,
    ) -> int:
        with self.history._transaction(write=True) as conn:
            cursor = conn.execute(
                "INSERT INTO feedback (given_at, company, role, text, criteria, topics)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (to_db_time(given_at), company.strip(), role.strip(), text, _json(criteria), _json(topics)),
            )
            return int(cursor.lastrowid or 0)

    def records(self, *, include_closed: bool = True) -> list[FeedbackRecord]:
        """Newest first."""
        where = "" if include_closed else "WHERE closed_at IS NULL"
        with self.history._transaction(write=False) as conn:
            rows = conn.execute(f"SELECT * FROM feedback {where} ORDER BY given_at DESC, id DESC").fetchall()
        return [_record(r) for r in rows]

    def get(self, feedback_id: int) -> FeedbackRecord:
        with self.history._transaction(write=False) as conn:
            row = conn.execute("SELECT * FROM feedback WHERE id = ?", (feedback_id,)).fetchone()
        if row is None:
            raise StoreError(f"no feedback {feedback_id} (see `mockint feedback list`)")
        return _record(row)

    def close(self, feedback_id: int, at: Timestamp = None) -> FeedbackRecord:
        """Stop weighing the feedback's criteria in the plan (closing it twice keeps the first date)."""
        with self.history._transaction(write=True) as conn:
            found = conn.execute(
                "UPDATE feedback SET closed_at = COALESCE(closed_at, ?) WHERE id = ?",
                (to_db_time(at), feedback_id),
            ).rowcount
        if not found:
            raise StoreError(f"no feedback {feedback_id} (see `mockint feedback list`)")
        return self.get(feedback_id)

    def scores_around(self, criterion_ids: Sequence[str], since: datetime) -> list[CriterionScores]:
        """For each criterion: its scores just before ``since`` and every one from ``since`` on."""
        moment = to_db_time(since)
        found = []
        with self.history._transaction(write=False) as conn:
            for cid in criterion_ids:
                before = conn.execute(
                    "SELECT c.score, c.label FROM criterion_scores c JOIN answers a ON a.id = c.answer_id"
                    " WHERE c.criterion_id = ? AND a.answered_at < ?"
                    " ORDER BY a.answered_at DESC, a.id DESC LIMIT ?",
                    (cid, moment, BEFORE_WINDOW),
                ).fetchall()
                after = conn.execute(
                    "SELECT c.score, c.label FROM criterion_scores c JOIN answers a ON a.id = c.answer_id"
                    " WHERE c.criterion_id = ? AND a.answered_at >= ? ORDER BY a.answered_at, a.id",
                    (cid, moment),
                ).fetchall()
                label = next((r[1] for r in (*after, *before)), "")
                found.append(CriterionScores(cid, label, tuple(float(r[0]) for r in before),
                                             tuple(float(r[0]) for r in after)))
        return found
