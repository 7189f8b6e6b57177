"""Killing the process mid-session (kill -9) loses no answer that add_answer had returned."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from mockint.store import HistoryStore

# The child keeps answering until it is killed; after each add_answer returns it reports the id.
CHILD = textwrap.dedent(
    """
    import sys
    from mockint.scoring.model import CriterionResult, ScoreCard, Span
    from mockint.store import HistoryStore

    store = HistoryStore()
    session_id = store.start_session(bank_id="behavioral", bank_title="Behavioral", settings={})
    print("session", session_id, flush=True)
    n = 0
    while True:
        n += 1
        text = f"Answer {n}: at my internship I cut the report time by {n} percent."
        card = ScoreCard(
            overall=n % 101,
            criteria=[
                CriterionResult("quantified_result", "Quantified result", 0.5, True, "tip",
                                spans=[Span(0, 6, "Answer")], metrics={"numbers": n}),
                CriterionResult("hedging", "Hedging", 1.0, True, "", summary="none"),
            ],
            metrics={"words": len(text.split())},
            scorer_version="kill-test",
        )
        answer_id = store.add_answer(
            session_id, question_id=f"behavioral/q{n}", question_text=f"Question {n}?",
            text=text, mode="typed", card=card, think_s=1.0, answer_s=float(n),
        )
        print("committed", answer_id, n, flush=True)
    """
)


def test_kill_9_mid_session_keeps_every_committed_answer(mockint_home: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, MOCKINT_HOME=str(mockint_home)),
    )
    committed: dict[int, int] = {}
    try:
        first = child.stdout.readline().split()
        assert first[:1] == ["session"], child.stderr.read()
        session_id = int(first[1])
        deadline = time.monotonic() + 60
        while len(committed) < 25 and time.monotonic() < deadline:
            parts = child.stdout.readline().split()
            assert parts[:1] == ["committed"], child.stderr.read()
            committed[int(parts[1])] = int(parts[2])
        # The child is still writing answers as fast as it can when it is killed.
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        committed.update(
            (int(p[1]), int(p[2])) for p in (line.split() for line in child.stdout) if len(p) == 3
        )
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    assert len(committed) >= 25

    with HistoryStore() as store:
        detail = store.get_session(session_id)
        integrity = store._connection().execute("PRAGMA integrity_check").fetchone()[0]
    assert integrity == "ok"
    stored = {a.id: a for a in detail.answers}
    assert set(committed) <= set(stored)
    for answer_id, n in committed.items():
        answer = stored[answer_id]
        assert answer.question_id == f"behavioral/q{n}"
        assert answer.answer_s == float(n)
        assert answer.card.overall == n % 101
        assert answer.card.criteria[0].metrics == {"numbers": n}
    # At most the one answer being written at the kill may exist without having been reported.
    assert len(stored) - len(committed) <= 1
    assert detail.summary.ended_at is None
