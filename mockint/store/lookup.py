"""Reads for the coach: recent scores per criterion, and the session an answer belongs to."""

from __future__ import annotations

from mockint.store.errors import StoreError
from mockint.store.history import HistoryStore
from mockint.store.records import AnswerRecord, SessionDetail


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
