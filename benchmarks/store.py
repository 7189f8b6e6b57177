"""Store timings with a long history: 10,000 answers in 1,000 sessions (goal: list <= 0.3 s).

Each run is a new process that opens the history and reads it once, as the app does when it shows
the review list: no warm connection, no SQLite page cache of an earlier run in that process (the
operating system's file cache stays warm). Medians and p95 over ``--runs`` (at least 10).

Run: .venv/bin/python benchmarks/store.py [--runs 10]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from datetime import datetime, timedelta, timezone

from timing import figures, run_python, spread

from mockint.banks.rules import KNOWN_BUILTIN_CRITERIA
from mockint.scoring.model import CriterionResult, ScoreCard, Span
from mockint.store import HistoryStore
from mockint.store.pending import PendingAnswer, PendingSession, new_uuid

CRITERIA = KNOWN_BUILTIN_CRITERIA
ANSWER = "At my internship I rebuilt the weekly report and cut it from two days to an hour. " * 20
T0 = datetime(2024, 1, 1, tzinfo=timezone.utc)

COLD_PROBE = r"""
import json, time
t0 = time.perf_counter()
from mockint.store import HistoryStore
store = HistoryStore()
sessions = store.list_sessions()
listed = time.perf_counter() - t0
t = time.perf_counter(); store.list_sessions(limit=50); limited = time.perf_counter() - t
t = time.perf_counter(); store.get_session(sessions[0].id); detail = time.perf_counter() - t
t = time.perf_counter(); store.criterion_series(); series = time.perf_counter() - t
assert sum(s.answer_count for s in sessions) == 10_000
print(json.dumps({"open_and_list": listed, "list_50": limited, "get_session": detail, "criterion_series": series}))
"""

LABELS = {
    "open_and_list": "import, open and list_sessions (1,000 sessions)",
    "list_50": "then list_sessions(limit=50)",
    "get_session": "then get_session (10 answers)",
    "criterion_series": "then criterion_series (120,000 points)",
}


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


def fill() -> None:
    with HistoryStore(durable=False) as store:
        for s in range(1000):
            session_id = store.start_session(
                bank_id=f"bank-{s % 8}", bank_title="Bank", settings={}, started_at=T0 + timedelta(hours=s)
            )
            for a in range(10):
                store.add_answer(
                    session_id, question_id=f"q{a}", question_text="Question?", text=ANSWER, mode="typed",
                    card=_card(s * 10 + a),
                )


def commit_times(samples: int) -> tuple[list[float], list[float]]:
    """Seconds per fsync'd add_answer, and per save_pending_answer (a new session's first answer)."""
    added, pending = [], []
    with HistoryStore(durable=True) as store:
        sid = store.start_session(bank_id="b", bank_title="B", settings={})
        for n in range(samples):
            started = time.perf_counter()
            store.add_answer(sid, question_id="q", question_text="Q?", text=ANSWER, mode="typed", card=_card(n))
            added.append(time.perf_counter() - started)
            answer = PendingAnswer(
                uuid=new_uuid(), session=PendingSession.new(bank_id="b", bank_title="B", settings={}),
                question_id="q", question_text="Q?", text=ANSWER, mode="typed", card=_card(n),
                answered_at="2026-01-01T00:00:00.000000+00:00",
            )
            started = time.perf_counter()
            store.save_pending_answer(answer)
            pending.append(time.perf_counter() - started)
    return added, pending


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="cold runs (at least 10)")
    args = parser.parse_args()
    runs = max(10, args.runs)
    os.environ["MOCKINT_HOME"] = tempfile.mkdtemp(prefix="mockint-bench-store-")
    started = time.perf_counter()
    fill()
    print(f"filled 10,000 answers in {time.perf_counter() - started:.1f} s")
    results: dict[str, list[float]] = {key: [] for key in LABELS}
    for _ in range(runs):
        _, _, measured = run_python(COLD_PROBE, env=dict(os.environ))
        for key in LABELS:
            results[key].append(measured[key])
    for key, label in LABELS.items():
        goal = "  (goal <= 0.3 s)" if key == "open_and_list" else ""
        print(f"{label + ':':<50} {spread(results[key])}{goal}")
    added, pending = commit_times(max(20, runs))
    print(f"{'add_answer (fsync commit):':<50} {spread(added, 'ms', 1000, 1)}")
    print(f"{'save_pending_answer (fsync commit, new session):':<50} {spread(pending, 'ms', 1000, 1)}")
    print(json.dumps({**{key: figures(v) for key, v in results.items()},
                      "add_answer": figures(added), "save_pending_answer": figures(pending)}))


if __name__ == "__main__":
    main()
