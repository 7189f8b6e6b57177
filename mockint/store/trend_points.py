"""Trends per session: each criterion's mean score in each session, for one bank or one question.

An answer's question is its reference ``bank_id/question_id`` (its stored id when that already is
one, in a session of today's practice; else its session's bank and its id). Follow-up answers are
left out (they are scored on a few criteria only); a retake counts in its session's mean.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from mockint.store.history import CURRENT_SCORER, HistoryStore
from mockint.store.records import TrendPoint

_REFS = """
SELECT a.id AS answer_id, a.session_id, a.question_text, s.overall, s.scorer_version,
       CASE WHEN instr(a.question_id, '/') > 0 THEN a.question_id
            ELSE se.bank_id || '/' || a.question_id END AS ref
FROM answers a JOIN sessions se ON se.id = a.session_id JOIN scores s ON s.answer_id = a.id
WHERE a.kind != 'follow_up'
"""

_SERIES = f"""
WITH picked AS ({_REFS})
SELECT session_id, started_at, criterion_id, label, AVG(score) FROM (
    SELECT p.session_id, p.answer_id, -1 AS position, 'overall' AS criterion_id, 'Overall' AS label,
           p.overall / 100.0 AS score
    FROM picked p {{where}}
    UNION ALL
    SELECT p.session_id, p.answer_id, c.position, c.criterion_id, c.label, c.score
    FROM picked p JOIN criterion_scores c ON c.answer_id = p.answer_id {{where}}
) JOIN sessions se ON se.id = session_id
GROUP BY session_id, criterion_id
ORDER BY started_at, session_id, MIN(position)
"""


@dataclass(frozen=True)
class AskedQuestion:
    ref: str  # bank_id/question_id
    text: str

    @property
    def bank_id(self) -> str:
        return self.ref.split("/", 1)[0]


def asked_questions(store: HistoryStore) -> list[AskedQuestion]:
    """Every question with a scored (non follow-up) answer, by reference."""
    with store._transaction(write=False) as conn:
        rows = conn.execute(
            f"SELECT ref, MAX(question_text) FROM ({_REFS}) GROUP BY ref ORDER BY ref"
        ).fetchall()
    return [AskedQuestion(r[0], r[1]) for r in rows]


def session_series(
    store: HistoryStore,
    *,
    bank_id: str | None = None,
    question_ref: str | None = None,
    scorer_version: str | None = CURRENT_SCORER,
) -> list[TrendPoint]:
    """One point per session and criterion (the mean of the session's answers that match),
    oldest session first; ``answered_at`` is the session's start."""
    if scorer_version == CURRENT_SCORER:
        from mockint.scoring.scorer import SCORER_VERSION

        scorer_version = SCORER_VERSION
    clauses: list[tuple[str, str]] = []
    if scorer_version:
        clauses.append(("p.scorer_version = ?", scorer_version))
    if bank_id:
        clauses.append(("substr(p.ref, 1, length(?) + 1) = ? || '/'", bank_id))
    if question_ref:
        clauses.append(("p.ref = ?", question_ref))
    where = ("WHERE " + " AND ".join(sql for sql, _ in clauses)) if clauses else ""
    params: list[str] = []
    for sql, value in clauses:
        params.extend([value] * sql.count("?"))
    with store._transaction(write=False) as conn:
        rows = conn.execute(_SERIES.format(where=where), params * 2).fetchall()
    return [TrendPoint(datetime.fromisoformat(r[1]), r[2], float(r[4]), r[3]) for r in rows]
