"""Store timings with a long history: 10,000 answers in 1,000 sessions (goal: list <= 0.3 s).

Run: .venv/bin/python benchmarks/store.py
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import datetime, timedelta, timezone

from mockint.banks.rules import KNOWN_BUILTIN_CRITERIA
from mockint.scoring.model import CriterionResult, ScoreCard, Span
from mockint.store import HistoryStore

CRITERIA = KNOWN_BUILTIN_CRITERIA
ANSWER = "At my internship I rebuilt the weekly report and cut it from two days to an hour. " * 20
T0 = datetime(2024, 1, 1, tzinfo=timezone.utc)


def _card(seed: int) -> ScoreCard:
    criteria = [
        CriterionResult(
            cid,
            cid.replace("_", " ").capitalize(),
            ((seed * 7 + i * 3) % 11) / 10,
            i % 3 != 0,
            "A tip of ordinary length telling the candidate what to do differently next time.",
            spans=[Span(0, 16, ANSWER[:16]), Span(40, 70, ANSWER[40:70])],
            metrics={"count": i, "rate": 1.5},
            summary="2 found",
        )
        for i, cid in enumerate(CRITERIA)
    ]
    return ScoreCard(seed % 101, criteria, {"words": 320, "fillers": 3}, "perf")


def _best_of(runs: int, action) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    os.environ["MOCKINT_HOME"] = tempfile.mkdtemp(prefix="mockint-bench-store-")
    started = time.perf_counter()
    with HistoryStore(durable=False) as store:
        for s in range(1000):
            session_id = store.start_session(
                bank_id=f"bank-{s % 8}",
                bank_title="Bank",
                settings={},
                started_at=T0 + timedelta(hours=s),
            )
            for a in range(10):
                store.add_answer(
                    session_id,
                    question_id=f"q{a}",
                    question_text="Question?",
                    text=ANSWER,
                    mode="typed",
                    card=_card(s * 10 + a),
                )
    print(f"filled 10,000 answers in {time.perf_counter() - started:.1f} s")
    # A fresh store, as when the app opens its review list.
    with HistoryStore() as store:
        sessions = store.list_sessions()
        assert sum(s.answer_count for s in sessions) == 10_000
        print(f"list_sessions (1,000 sessions):   {_best_of(3, store.list_sessions):.3f} s  (goal <= 0.3)")
        print(f"list_sessions(limit=50):          {_best_of(3, lambda: store.list_sessions(limit=50)):.3f} s")
        print(f"get_session (10 answers):         {_best_of(3, lambda: store.get_session(sessions[0].id)):.3f} s")
        print(f"criterion_series (120,000 points): {_best_of(3, store.criterion_series):.3f} s")
        with HistoryStore(durable=True) as durable:
            sid = durable.start_session(bank_id="b", bank_title="B", settings={})
            per = _best_of(20, lambda: durable.add_answer(sid, question_id="q", question_text="Q?", text=ANSWER, mode="typed", card=_card(1)))
        print(f"add_answer (fsync'd commit):      {per * 1000:.1f} ms")


if __name__ == "__main__":
    main()
