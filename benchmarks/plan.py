"""Practice-plan timings with a long history: 10,000 answers over 1,000 sessions (goal <= 0.2 s).

Run: .venv/bin/python benchmarks/plan.py (or `make bench`)
The first plan also feeds all 10,000 answers to the scheduler (once per history); later plans only
catch up on new answers.
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import datetime, timedelta, timezone

from store import ANSWER, _card  # benchmarks/store.py: the same answers and cards
from timing import spread, timed_runs

from mockint.banks.catalog import load_catalog
from mockint.coach.plan import build_plan
from mockint.store import HistoryStore

T0 = datetime(2024, 1, 1, tzinfo=timezone.utc)


def main() -> None:
    os.environ["MOCKINT_HOME"] = tempfile.mkdtemp(prefix="mockint-bench-plan-")
    catalog = load_catalog()
    questions = [(b, q) for b in catalog.banks() for q in b.questions]
    with HistoryStore(durable=False) as store:
        for s in range(1000):
            bank, _ = questions[(s * 10) % len(questions)]
            session_id = store.start_session(
                bank_id=bank.id, bank_title=bank.title, settings={}, started_at=T0 + timedelta(hours=5 * s)
            )
            for a in range(10):
                bank, question = questions[(s * 10 + a) % len(questions)]
                store.add_answer(
                    session_id,
                    question_id=f"{bank.id}/{question.id}",
                    question_text=question.text,
                    text=ANSWER,
                    mode="typed",
                    card=_card(s * 10 + a),
                    ended_at=T0 + timedelta(hours=5 * s, minutes=a),
                )
    now = T0 + timedelta(hours=5 * 1000)
    with HistoryStore() as store:
        started = time.perf_counter()
        plan = build_plan(store, catalog, clock=lambda: now)
        first = time.perf_counter() - started
        print(f"{len(questions)} questions in {len(catalog.banks())} banks, 10,000 answers")
        print(f"first plan (scheduler catches up on 10,000 answers): {first:.3f} s")
        later = timed_runs(10, lambda: build_plan(store, catalog, clock=lambda: now))
        print(f"plan (history already scheduled): {spread(later)}  (goal <= 0.2)")
        session_id = store.start_session(bank_id="general", bank_title="General", settings={})
        store.add_answer(
            session_id,
            question_id="general/tell-me-about-yourself",
            question_text="Q?",
            text=ANSWER,
            mode="typed",
            card=_card(3),
            ended_at=now,
        )
        after_one = timed_runs(1, lambda: build_plan(store, catalog, clock=lambda: now))[0]
        print(f"plan after one new answer: {after_one:.3f} s")
        print(f"plan items: {len(plan.items)}; first: {plan.items[0].reason if plan.items else '-'}")


if __name__ == "__main__":
    main()
