"""Reads for the coach: recent scores per criterion, the session an answer belongs to, and the
tries at a session's questions that earlier and later sessions hold."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from mockint.store.errors import StoreError
from mockint.store.history import HistoryStore
from mockint.store.records import AnswerRecord, SessionDetail

# The answers of ``start`` and every answer under them through the parents (retakes, retakes of
# those, their follow-ups), each with its session, those in sessions started before (``<``) or
# after (``>``) session ?1, the one reviewed: the part later and earlier tries share.
_TRIES_SQL = """
WITH RECURSIVE {start},
tree(id, session_id) AS (
    SELECT a.id, a.session_id FROM answers a JOIN start USING (id)
    UNION
    SELECT a.id, a.session_id FROM answers a JOIN tree t ON a.parent_answer_id = t.id
)
SELECT t.id, t.session_id, s.started_at FROM tree t JOIN sessions s ON s.id = t.session_id
WHERE (s.started_at, s.id) {order} (SELECT started_at, id FROM sessions WHERE id = ?1)
ORDER BY t.id
"""

# Under session ?1's answers, in later sessions.
_LATER_TRIES_SQL = _TRIES_SQL.format(
    start="start(id) AS (SELECT id FROM answers WHERE session_id = ?1)", order=">"
)

# Under session ?1's answers and their parents, transitively (a parent deleted since ends the
# chain), in earlier sessions: the first try, the tries in between, their follow-ups.
_EARLIER_TRIES_SQL = _TRIES_SQL.format(
    start="""start(id, parent) AS (
    SELECT id, parent_answer_id FROM answers WHERE session_id = ?1
    UNION
    SELECT a.id, a.parent_answer_id FROM answers a JOIN start p ON a.id = p.parent
)""",
    order="<",
)


@dataclass(frozen=True)
class OtherTry:
    """An answer of another session that goes with an answer of this one (a retake started from
    this session's review, say, or the first try of a retake saved here), with the session it is
    saved in."""

    session_id: int
    session_started_at: datetime
    bank_id: str  # its session's bank: the one its question id is read in
    answer: AnswerRecord
    earlier: bool  # its session started before this one (else after it)


def recent_criterion_scores(
    store: HistoryStore, per_criterion: int = 60
) -> dict[str, tuple[str, list[float]]]:
    """For every criterion ever judged: its label and its latest scores (0..1), newest first.
    A criterion left off a card was not judged there and has no score from that answer. Only
    cards of this mockint's scorer count (older ones wait to be rescored: never two scorers mixed)."""
    from mockint.scoring.scorer import SCORER_VERSION

    with store._transaction(write=False) as conn:
        ids = [r[0] for r in conn.execute(
            "SELECT DISTINCT c.criterion_id FROM criterion_scores c"
            " JOIN scores s ON s.answer_id = c.answer_id WHERE s.scorer_version = ?",
            (SCORER_VERSION,),
        )]
        found: dict[str, tuple[str, list[float]]] = {}
        for cid in ids:
            rows = conn.execute(
                "SELECT c.score, c.label FROM criterion_scores c"
                " JOIN scores s ON s.answer_id = c.answer_id"
                " WHERE c.criterion_id = ? AND s.scorer_version = ?"
                " ORDER BY c.answer_id DESC LIMIT ?",
                (cid, SCORER_VERSION, per_criterion),
            ).fetchall()
            found[cid] = (rows[0][1], [float(r[0]) for r in rows])
    return found


def answers_by_id(store: HistoryStore, answer_ids: list[int]) -> list[tuple[SessionDetail, AnswerRecord]]:
    """Each answer with its session, in the order given; an unknown id raises StoreError."""
    found = []
    sessions: dict[int, SessionDetail] = {}
    for answer_id in answer_ids:
        with store._transaction(write=False) as conn:
            row = conn.execute("SELECT session_id FROM answers WHERE id = ?", (answer_id,)).fetchone()
        if row is None:
            raise StoreError(f"no answer {answer_id} in the history")
        session_id = int(row[0])
        if session_id not in sessions:
            sessions[session_id] = store.get_session(session_id)
        detail = sessions[session_id]
        found.append((detail, next(a for a in detail.answers if a.id == answer_id)))
    return found


def later_tries(store: HistoryStore, session_id: int) -> list[OtherTry]:
    """The answers in sessions started after session ``session_id`` whose parent answers lead
    back to its answers (retakes, transitively, and their follow-ups), oldest first; none for an
    unknown session."""
    return _other_tries(store, session_id, earlier=False)


def earlier_tries(store: HistoryStore, session_id: int) -> list[OtherTry]:
    """The tries in sessions started before session ``session_id`` that its answers' parents lead
    back to (retakes, transitively): each first try and what is under it there (the tries in
    between, follow-ups), oldest first; a parent deleted since ends the chain, and an unknown
    session has none."""
    return _other_tries(store, session_id, earlier=True)


def _other_tries(store: HistoryStore, session_id: int, *, earlier: bool) -> list[OtherTry]:
    with store._transaction(write=False) as conn:
        rows = conn.execute(_EARLIER_TRIES_SQL if earlier else _LATER_TRIES_SQL, (session_id,)).fetchall()
    sessions = {int(r[0]): (int(r[1]), datetime.fromisoformat(r[2])) for r in rows}  # (NOT NULL)
    return [
        OtherTry(*sessions[answer.id], bank_id, answer, earlier)
        for bank_id, answer in store.answers_with_bank(list(sessions))  # (one deleted since: left out)
    ]
