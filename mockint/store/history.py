"""The history of practice sessions: sessions, answers and their score cards in SQLite.

Every public method either does what it says or raises :class:`StoreError` with one line naming
the database file. Each thread gets its own connection, so Textual thread workers can call the
store directly; :meth:`HistoryStore.close` closes them all.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import sqlite3
import threading
import weakref
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from mockint import paths
from mockint.safe_text import visible
from mockint.scoring.model import ScoreCard, Word
from mockint.store.connection import open_connection, prepare_file, translated_errors
from mockint.store.errors import StoreError
from mockint.store.migrate import Migration, check_sequence, migrate, packaged_migrations
from mockint.store.pending import Pending, PendingAnswer, PendingEnd, PendingSession
from mockint.store.records import (
    ANSWER,
    ANSWER_MODES,
    AnswerRecord,
    SessionDetail,
    SessionSummary,
    Timestamp,
    TrendPoint,
    from_db_time,
    to_db_time,
    word_from_dict,
    word_to_dict,
)

Lineage = tuple[int | None, int, str]  # an answer's (parent_answer_id, attempt, kind)
FIRST_ANSWER: Lineage = (None, 1, ANSWER)
CURRENT_SCORER = "current"  # criterion_series(scorer_version=...): this mockint's SCORER_VERSION

_Record = TypeVar("_Record", SessionSummary, AnswerRecord)


def _check_mode(mode: str) -> None:
    if mode not in ANSWER_MODES:
        known = " or ".join(f"'{known}'" for known in ANSWER_MODES)
        raise StoreError(f"answer mode must be {known}, not '{visible(mode)}'")

# Newest first, with answer count, mean overall and the criterion with the lowest mean score
# (ties: the first id), all in one query. {where} and {limit} are filled from fixed strings only.
_SUMMARY_SQL = """
WITH picked AS (
    SELECT id, bank_id, bank_title, started_at, ended_at FROM sessions
    {where}
    ORDER BY started_at DESC, id DESC
    {limit}
),
totals AS (
    SELECT a.session_id, COUNT(a.id) AS answer_count, AVG(s.overall) AS mean_overall
    FROM picked p
    JOIN answers a ON a.session_id = p.id
    LEFT JOIN scores s ON s.answer_id = a.id
    GROUP BY a.session_id
),
per_criterion AS (
    SELECT a.session_id, c.criterion_id, MAX(c.label) AS label, AVG(c.score) AS mean_score,
           ROW_NUMBER() OVER (
               PARTITION BY a.session_id ORDER BY AVG(c.score), c.criterion_id
           ) AS rank
    FROM picked p
    JOIN answers a ON a.session_id = p.id
    JOIN criterion_scores c ON c.answer_id = a.id
    GROUP BY a.session_id, c.criterion_id
),
weakest AS (  -- grouped (not filtered) so that SQLite indexes it for the join below
    SELECT session_id, criterion_id, label, mean_score, MIN(rank) FROM per_criterion
    GROUP BY session_id
)
SELECT p.id, p.started_at, p.ended_at, p.bank_id, p.bank_title,
       COALESCE(t.answer_count, 0) AS answer_count, t.mean_overall,
       w.criterion_id AS weakest_criterion, w.label AS weakest_label, w.mean_score AS weakest_score
FROM picked p
LEFT JOIN totals t ON t.session_id = p.id
LEFT JOIN weakest w ON w.session_id = p.id
ORDER BY p.started_at DESC, p.id DESC
"""

_ANSWERS_SQL = """
SELECT a.*, s.overall, s.scorer_version, s.metrics
FROM answers a JOIN scores s ON s.answer_id = a.id
WHERE a.session_id = ?
ORDER BY a.id
"""

_CRITERIA_SQL = """
SELECT c.* FROM criterion_scores c JOIN answers a ON a.id = c.answer_id
WHERE a.session_id = ?
ORDER BY c.answer_id, c.position
"""

_SERIES_SQL = """
SELECT answered_at, criterion_id, score, label FROM (
    SELECT a.answered_at, a.id AS answer_id, -1 AS position, 'overall' AS criterion_id,
           s.overall / 100.0 AS score, 'Overall' AS label, s.scorer_version
    FROM answers a JOIN scores s ON s.answer_id = a.id
    UNION ALL
    SELECT a.answered_at, a.id, c.position, c.criterion_id, c.score, c.label, s.scorer_version
    FROM answers a JOIN scores s ON s.answer_id = a.id
    JOIN criterion_scores c ON c.answer_id = a.id
)
{where}
ORDER BY answered_at, answer_id, position
"""

_NOT_JUDGED_SQL = """
SELECT n.answer_id, n.criterion_id, n.reason FROM not_judged n JOIN answers a ON a.id = n.answer_id
WHERE a.session_id = ?
ORDER BY n.answer_id, n.position
"""

# The answers to rescore, with their session's bank; {ids} is a list of "?" only.
_ANSWERS_BY_ID_SQL = """
SELECT a.*, s.overall, s.scorer_version, s.metrics, x.bank_id
FROM answers a JOIN scores s ON s.answer_id = a.id JOIN sessions x ON x.id = a.session_id
WHERE a.id IN ({ids})
ORDER BY a.id
"""


def _to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str, separators=(",", ":"))


class _Connection(sqlite3.Connection):
    """A plain connection that can be weakly referenced (so finished threads release theirs)."""


class HistoryStore:
    """The SQLite history at ``path`` (default :func:`mockint.paths.database_file`).

    ``timeout`` is how long to wait for another writer before reporting the file as locked.
    ``durable=False`` skips the disk sync after each commit: a killed process still loses nothing,
    a power cut might lose the last answers (for bulk loading and benchmarks).
    ``migrations`` replaces the shipped schema migrations (tests).
    """

    def __init__(
        self,
        path: Path | None = None,
        *,
        timeout: float = 5.0,
        durable: bool = True,
        migrations: Sequence[Migration] | None = None,
    ) -> None:
        self.path = Path(path) if path is not None else paths.database_file()
        self._timeout = timeout
        self._durable = durable
        self._migrations = list(migrations) if migrations is not None else packaged_migrations()
        check_sequence(self._migrations)
        self._local = threading.local()
        self._connections: weakref.WeakSet[_Connection] = weakref.WeakSet()
        self._lock = threading.Lock()
        self._busy: set[sqlite3.Connection] = set()  # connections in a transaction right now
        self._closed = False
        prepare_file(self.path)
        try:
            conn = self._connection()
            with translated_errors(self.path):
                self.schema_version = migrate(conn, self._migrations, self.path)
        except BaseException:
            self.close()
            raise

    # -- connections and transactions -------------------------------------------------------

    def _connection(self) -> sqlite3.Connection:
        if self._closed:
            raise StoreError(f"{self.path}: the history store is already closed")
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = open_connection(
                self.path, timeout=self._timeout, durable=self._durable, factory=_Connection
            )
            conn.row_factory = sqlite3.Row
            self._local.conn = conn
            with self._lock:
                self._connections.add(conn)  # type: ignore[arg-type]  # made with factory=_Connection
        return conn

    @contextlib.contextmanager
    def _transaction(self, *, write: bool) -> Iterator[sqlite3.Connection]:
        """One transaction: IMMEDIATE for writes (no lock-upgrade deadlock), a snapshot to read.

        While it runs its connection is busy: :meth:`close` from another thread leaves it to
        this thread, which closes it once the transaction has ended (closing a connection that
        another thread is using crashes the interpreter)."""
        conn = self._connection()
        with self._lock:
            if self._closed:
                raise StoreError(f"{self.path}: the history store is already closed")
            self._busy.add(conn)
        try:
            with translated_errors(self.path):
                conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
                try:
                    yield conn
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
        finally:
            with self._lock:
                self._busy.discard(conn)
                closing = self._closed
            if closing:
                conn.close()

    def close(self) -> None:
        """Close every thread's connection; later calls raise :class:`StoreError`. A connection
        in the middle of a transaction in another thread is closed by that thread when the
        transaction ends (committed or rolled back as it would have been)."""
        with self._lock:
            self._closed = True
            connections = [conn for conn in self._connections if conn not in self._busy]
            self._connections.clear()
        for conn in connections:
            conn.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------------------

    def start_session(
        self,
        *,
        bank_id: str,
        bank_title: str,
        settings: dict[str, Any],
        started_at: Timestamp = None,
    ) -> int:
        with self._transaction(write=True) as conn:
            cursor = conn.execute(
                "INSERT INTO sessions (bank_id, bank_title, settings, started_at)"
                " VALUES (?, ?, ?, ?)",
                (bank_id, bank_title, _to_json(settings), to_db_time(started_at)),
            )
            return int(cursor.lastrowid or 0)

    def add_answer(
        self,
        session_id: int,
        *,
        question_id: str,
        question_text: str,
        text: str,
        mode: str,
        card: ScoreCard,
        think_s: float | None = None,
        answer_s: float | None = None,
        started_at: Timestamp = None,
        ended_at: Timestamp = None,
        audio_path: str | Path | None = None,
        words: Sequence[Word] | None = None,
        lineage: Lineage = FIRST_ANSWER,
    ) -> int:
        """Store one scored answer; it is committed (and synced) before this returns.
        ``lineage``: (parent answer id, attempt, kind) of a retake or a follow-up's answer."""
        _check_mode(mode)
        answer_row = (
            session_id,
            question_id,
            question_text,
            text,
            mode,
            None if audio_path is None else str(audio_path),
            think_s,
            answer_s,
            to_db_time(started_at, default_now=False),
            to_db_time(ended_at, default_now=False),
            to_db_time(ended_at),
            None if words is None else _to_json([word_to_dict(w) for w in words]),
        )
        with self._transaction(write=True) as conn:
            self._require_session(conn, session_id)
            return _insert_answer(conn, answer_row, card, answer_uuid=None, lineage=lineage)

    def end_session(self, session_id: int, ended_at: Timestamp = None) -> None:
        with self._transaction(write=True) as conn:
            self._require_session(conn, session_id)
            conn.execute(
                "UPDATE sessions SET ended_at = ? WHERE id = ?", (to_db_time(ended_at), session_id)
            )

    def delete_session(self, session_id: int) -> list[str]:
        """Delete a session with its answers and scores; returns the audio paths it referred to
        (the caller decides whether to remove the recordings)."""
        with self._transaction(write=True) as conn:
            self._require_session(conn, session_id)
            audio = [
                row[0]
                for row in conn.execute(
                    "SELECT audio_path FROM answers"
                    " WHERE session_id = ? AND audio_path IS NOT NULL",
                    (session_id,),
                )
            ]
            conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        return audio

    def delete_answer(self, answer_id: int) -> list[str]:
        """Delete one answer with its score card, its scheduler history and its follow-ups
        (the answers given to a follow-up question on it, when the history records them);
        returns the audio paths they referred to (the caller decides about the recordings).

        The question's spaced-repetition state is forgotten and rebuilt from the answers that
        remain (the trigger of migration 0004); the session's count and mean are computed from
        what remains. A session left with no answer stays (delete it with :meth:`delete_session`)."""
        with self._transaction(write=True) as conn:
            doomed = _answer_and_follow_ups(conn, answer_id)
            if not doomed:
                raise StoreError(f"{self.path}: no answer {answer_id} in the history")
            marks = ", ".join("?" * len(doomed))
            audio = [
                row[0]
                for row in conn.execute(
                    f"SELECT audio_path FROM answers WHERE id IN ({marks}) AND audio_path IS NOT NULL"
                    " ORDER BY id",
                    doomed,
                )
            ]
            conn.execute(f"DELETE FROM answers WHERE id IN ({marks})", doomed)  # cascades
        return audio

    def answer_and_follow_ups(self, answer_id: int) -> list[int]:
        """The ids :meth:`delete_answer` would delete: the answer, then its follow-ups."""
        with self._transaction(write=False) as conn:
            return _answer_and_follow_ups(conn, answer_id)

    def _require_session(self, conn: sqlite3.Connection, session_id: int) -> None:
        if conn.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone() is None:
            raise StoreError(f"{self.path}: no session {session_id} in the history")

    # -- saving idempotently: retries and the replay of unsaved answers ----------------------

    def save_pending_answer(self, pending: PendingAnswer) -> int:
        """Save ``pending``, creating its session with the first of its answers, in one
        transaction. An answer already saved under its UUID is found, not added twice: saving
        the same pending answer again returns the same id."""
        _check_mode(pending.mode)
        with self._transaction(write=True) as conn:
            found = conn.execute("SELECT id FROM answers WHERE uuid = ?", (pending.uuid,)).fetchone()
            if found is not None:
                return int(found[0])
            session_id = _session_for(conn, pending.session)
            words = pending.words
            answer_row = (
                session_id,
                pending.question_id,
                pending.question_text,
                pending.text,
                pending.mode,
                pending.audio_path,
                pending.think_s,
                pending.answer_s,
                None,
                None,
                pending.answered_at,
                None if words is None else _to_json([word_to_dict(w) for w in words]),
            )
            lineage = (_parent_id(conn, pending), pending.attempt, pending.answer_kind)
            return _insert_answer(conn, answer_row, pending.card, answer_uuid=pending.uuid, lineage=lineage)

    def save_pending_end(self, pending: PendingEnd) -> None:
        """Mark the session ``pending.session`` as ended; nothing to do if none of its answers
        was saved (a session is created with its first answer)."""
        with self._transaction(write=True) as conn:
            conn.execute(
                "UPDATE sessions SET ended_at = ? WHERE uuid = ?",
                (pending.ended_at, pending.session.uuid),
            )

    def save_pending(self, pending: Pending) -> int | None:
        """Either kind of pending entry; returns the answer id for an answer."""
        if isinstance(pending, PendingAnswer):
            return self.save_pending_answer(pending)
        self.save_pending_end(pending)
        return None

    def session_id_for(self, session_uuid: str) -> int | None:
        """The id of the session saved under ``session_uuid``, if it is saved."""
        with self._transaction(write=False) as conn:
            row = conn.execute("SELECT id FROM sessions WHERE uuid = ?", (session_uuid,)).fetchone()
        return None if row is None else int(row[0])

    # -- reading -----------------------------------------------------------------------------

    def list_sessions(
        self, *, limit: int | None = None, bank_id: str | None = None
    ) -> list[SessionSummary]:
        """Sessions newest first, each with its answer count, mean overall and weakest criterion."""
        params: list[str | int] = [bank_id] if bank_id is not None else []
        where = "WHERE bank_id = ?" if bank_id is not None else ""
        limit_sql = ""
        if limit is not None:
            limit_sql = "LIMIT ?"
            params.append(max(int(limit), 0))
        with self._transaction(write=False) as conn:
            rows = conn.execute(
                _SUMMARY_SQL.format(where=where, limit=limit_sql), params
            ).fetchall()
        return [_summary(row) for row in rows]

    def latest_session_id(self) -> int | None:
        """The id of the most recently started session, if any."""
        with self._transaction(write=False) as conn:
            row = conn.execute(
                "SELECT id FROM sessions ORDER BY started_at DESC, id DESC LIMIT 1"
            ).fetchone()
        return None if row is None else int(row[0])

    def get_session(self, session_id: int) -> SessionDetail:
        """A session with every answer and score card, oldest answer first."""
        with self._transaction(write=False) as conn:
            rows = conn.execute(
                _SUMMARY_SQL.format(where="WHERE id = ?", limit=""), (session_id,)
            ).fetchall()
            if not rows:
                raise StoreError(f"{self.path}: no session {session_id} in the history")
            settings_row = conn.execute(
                "SELECT settings FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()
            answer_rows = conn.execute(_ANSWERS_SQL, (session_id,)).fetchall()
            criterion_rows = conn.execute(_CRITERIA_SQL, (session_id,)).fetchall()
            criteria_by_answer = _by_answer(criterion_rows)
            not_judged_by_answer = _by_answer(conn.execute(_NOT_JUDGED_SQL, (session_id,)))
            return SessionDetail(
                summary=_summary(rows[0]),
                settings=json.loads(settings_row[0]),
                answers=[
                    _answer(
                        row,
                        criteria_by_answer.get(row["id"], []),
                        not_judged_by_answer.get(row["id"], []),
                    )
                    for row in answer_rows
                ],
            )

    def criterion_series(
        self, criterion_id: str | None = None, *, scorer_version: str | None = CURRENT_SCORER
    ) -> list[TrendPoint]:
        """Every answer's score per criterion (0..1), oldest first; ``"overall"`` is overall/100.
        ``criterion_id`` keeps one criterion only. Only answers scored by ``scorer_version`` (this
        mockint's scorer by default; None: any), so a trend never mixes two scorers' judgements."""
        if scorer_version == CURRENT_SCORER:
            from mockint.scoring.scorer import SCORER_VERSION  # the scorer loads only when needed

            scorer_version = SCORER_VERSION
        clauses = [("criterion_id = ?", criterion_id), ("scorer_version = ?", scorer_version)]
        kept = [(sql, value) for sql, value in clauses if value]
        where = ("WHERE " + " AND ".join(sql for sql, _ in kept)) if kept else ""
        params = tuple(value for _, value in kept)
        with self._transaction(write=False) as conn:
            rows = conn.execute(_SERIES_SQL.format(where=where), params).fetchall()
        return [TrendPoint(datetime.fromisoformat(r[0]), r[1], float(r[2]), r[3]) for r in rows]

    # -- rescoring (see mockint.store.rescore) ---------------------------------------------------

    def scorer_versions(self) -> dict[str, int]:
        """How many answers each scorer version scored."""
        with self._transaction(write=False) as conn:
            rows = conn.execute(
                "SELECT scorer_version, COUNT(*) FROM scores GROUP BY scorer_version"
            ).fetchall()
        return {row[0]: int(row[1]) for row in rows}

    def answer_ids_scored_by(self, versions: Sequence[str]) -> list[int]:
        """The ids of the answers scored by any of ``versions``, oldest first."""
        if not versions:
            return []
        marks = ", ".join("?" * len(versions))
        with self._transaction(write=False) as conn:
            rows = conn.execute(
                f"SELECT answer_id FROM scores WHERE scorer_version IN ({marks}) ORDER BY answer_id",
                tuple(versions),
            ).fetchall()
        return [int(row[0]) for row in rows]

    def answers_with_bank(self, answer_ids: Sequence[int]) -> list[tuple[str, AnswerRecord]]:
        """(the session's bank id, the answer with its stored card) for each of ``answer_ids``."""
        if not answer_ids:
            return []
        ids = tuple(int(i) for i in answer_ids)
        marks = ", ".join("?" * len(ids))
        with self._transaction(write=False) as conn:
            rows = conn.execute(_ANSWERS_BY_ID_SQL.format(ids=marks), ids).fetchall()
            criteria = _by_answer(conn.execute(
                f"SELECT * FROM criterion_scores WHERE answer_id IN ({marks})"
                " ORDER BY answer_id, position", ids))
            not_judged = _by_answer(conn.execute(
                f"SELECT * FROM not_judged WHERE answer_id IN ({marks})"
                " ORDER BY answer_id, position", ids))
            return [
                (row["bank_id"], _answer(row, criteria.get(row["id"], []), not_judged.get(row["id"], [])))
                for row in rows
            ]

    def replace_cards(self, replacements: Sequence[tuple[int, str, ScoreCard]]) -> int:
        """Put each ``(answer_id, old_version, card)``'s card in place of the answer's stored one,
        all in one transaction, where that is still the card ``old_version`` scored (another
        process may have rescored it meanwhile, or the answer was deleted): replacing twice is
        harmless. Returns how many were replaced.

        When the overall changes, the answer's scheduler review is dropped: the trigger of
        migration 0004 then forgets its question's state, which the next catch-up rebuilds from
        the answers' new overall scores (so the plan never rates by two scorers either)."""
        replaced = 0
        with self._transaction(write=True) as conn:
            for answer_id, old_version, card in replacements:
                row = conn.execute(
                    "SELECT scorer_version, overall FROM scores WHERE answer_id = ?", (answer_id,)
                ).fetchone()
                if row is None or row[0] != old_version:
                    continue
                conn.execute("DELETE FROM scores WHERE answer_id = ?", (answer_id,))  # and its rows
                _insert_card(conn, answer_id, card)
                if int(row[1]) != int(card.overall):
                    conn.execute("DELETE FROM schedule_reviews WHERE answer_id = ?", (answer_id,))
                replaced += 1
        return replaced


# An answer and every follow-up below it (answers whose parent_answer_id leads to it).
_FOLLOW_UPS_SQL = """
WITH RECURSIVE tree(id) AS (
    SELECT id FROM answers WHERE id = ?
    UNION
    SELECT a.id FROM answers a JOIN tree t ON a.parent_answer_id = t.id
)
SELECT id FROM tree ORDER BY id
"""


def _answer_and_follow_ups(conn: sqlite3.Connection, answer_id: int) -> list[int]:
    """``[answer_id, follow-up ids...]``, or ``[]`` when there is no such answer. Follow-ups
    exist from the schema that gives answers a ``parent_answer_id``; before it there are none."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(answers)")}
    if "parent_answer_id" in columns:
        return [int(row[0]) for row in conn.execute(_FOLLOW_UPS_SQL, (answer_id,))]
    found = conn.execute("SELECT id FROM answers WHERE id = ?", (answer_id,)).fetchone()
    return [] if found is None else [int(found[0])]


def _session_for(conn: sqlite3.Connection, session: PendingSession) -> int:
    """The id of the session saved under ``session.uuid``, inserted now if there is none."""
    found = conn.execute("SELECT id FROM sessions WHERE uuid = ?", (session.uuid,)).fetchone()
    if found is not None:
        return int(found[0])
    cursor = conn.execute(
        "INSERT INTO sessions (bank_id, bank_title, settings, started_at, uuid) VALUES (?, ?, ?, ?, ?)",
        (session.bank_id, session.bank_title, _to_json(session.settings), session.started_at, session.uuid),
    )
    return int(cursor.lastrowid or 0)


def _from_row(cls: type[_Record], row: sqlite3.Row, **computed: Any) -> _Record:
    """A record whose fields are the row's columns of the same names (times parsed)."""
    values = {f.name: row[f.name] for f in dataclasses.fields(cls) if f.name not in computed}
    for name in ("started_at", "ended_at"):
        values[name] = from_db_time(values[name])
    return cls(**values, **computed)


def _summary(row: sqlite3.Row) -> SessionSummary:
    return _from_row(SessionSummary, row)


def _parent_id(conn: sqlite3.Connection, pending: PendingAnswer) -> int | None:
    """The id of a pending retake's or follow-up's parent: given, or found by its UUID (None
    when the parent is not in the history: the answer is then saved on its own)."""
    candidates: list[tuple[str, int | str]] = []
    if pending.parent_answer_id is not None:
        candidates.append(("SELECT id FROM answers WHERE id = ?", pending.parent_answer_id))
    if pending.parent_uuid is not None:
        candidates.append(("SELECT id FROM answers WHERE uuid = ?", pending.parent_uuid))
    for sql, value in candidates:
        row = conn.execute(sql, (value,)).fetchone()
        if row is not None:
            return int(row[0])
    return None


def _insert_answer(
    conn: sqlite3.Connection,
    answer_row: tuple[Any, ...],
    card: ScoreCard,
    *,
    answer_uuid: str | None,
    lineage: Lineage = FIRST_ANSWER,
) -> int:
    """Insert one answer (``answer_row``: the columns of :meth:`HistoryStore.add_answer`'s
    INSERT, in order) with its score card, inside the caller's transaction."""
    columns = "session_id, question_id, question_text, text, mode, audio_path, think_s, answer_s," \
        " started_at, ended_at, answered_at, words, uuid"
    values: tuple[Any, ...] = (*answer_row, answer_uuid)
    if lineage != FIRST_ANSWER:  # (a first answer takes the defaults: older schemas store it too)
        columns += ", parent_answer_id, attempt, kind"
        values += lineage
    answer_id = int(
        conn.execute(
            f"INSERT INTO answers ({columns}) VALUES ({', '.join('?' * len(values))})", values
        ).lastrowid
        or 0
    )
    _insert_card(conn, answer_id, card)
    return answer_id


def _insert_card(conn: sqlite3.Connection, answer_id: int, card: ScoreCard) -> None:
    """The rows of one answer's score card: overall, each criterion, each criterion not judged."""
    conn.execute(
        "INSERT INTO scores (answer_id, overall, scorer_version, metrics)"
        " VALUES (?, ?, ?, ?)",
        (answer_id, int(card.overall), card.scorer_version, _to_json(card.metrics)),
    )
    conn.executemany(
        "INSERT INTO criterion_scores (answer_id, position, criterion_id, label, score,"
        " passed, weight, tip, summary, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                answer_id,
                position,
                c.id,
                c.label,
                float(c.score),
                int(bool(c.passed)),
                float(c.weight),
                c.tip,
                c.summary,
                _to_json(c.evidence()),
            )
            for position, c in enumerate(card.criteria)
        ],
    )
    if card.not_judged:  # (a card without any writes no row: schema 1 stores it too)
        conn.executemany(
            "INSERT INTO not_judged (answer_id, position, criterion_id, reason)"
            " VALUES (?, ?, ?, ?)",
            [(answer_id, position, n.id, n.reason) for position, n in enumerate(card.not_judged)],
        )


def _by_answer(rows: Iterable[sqlite3.Row]) -> dict[int, list[sqlite3.Row]]:
    grouped: dict[int, list[sqlite3.Row]] = {}
    for row in rows:
        grouped.setdefault(row["answer_id"], []).append(row)
    return grouped


def _card(
    row: sqlite3.Row, criterion_rows: list[sqlite3.Row], not_judged_rows: list[sqlite3.Row]
) -> ScoreCard:
    return ScoreCard.from_dict(
        {
            "overall": row["overall"],
            "scorer_version": row["scorer_version"],
            "metrics": json.loads(row["metrics"]),
            "not_judged": [
                {"id": n["criterion_id"], "reason": n["reason"]} for n in not_judged_rows
            ],
            "criteria": [
                {
                    "id": c["criterion_id"],
                    "label": c["label"],
                    "score": c["score"],
                    "passed": bool(c["passed"]),
                    "weight": c["weight"],
                    "tip": c["tip"],
                    "summary": c["summary"],
                    "evidence": json.loads(c["evidence"]),
                }
                for c in criterion_rows
            ],
        }
    )


def _answer(
    row: sqlite3.Row, criterion_rows: list[sqlite3.Row], not_judged_rows: list[sqlite3.Row]
) -> AnswerRecord:
    words = None if row["words"] is None else [word_from_dict(w) for w in json.loads(row["words"])]
    card = _card(row, criterion_rows, not_judged_rows)
    return _from_row(AnswerRecord, row, card=card, words=words)
