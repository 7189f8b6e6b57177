"""Answers written to a real history file, with chosen scores and times."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from mockint.scoring.model import CriterionResult, ScoreCard
from mockint.scoring.scorer import SCORER_VERSION
from mockint.store import HistoryStore

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)


def card(overall: int, criteria: dict[str, float] | None = None) -> ScoreCard:
    scores = criteria if criteria is not None else {"concrete_example": overall / 100}
    results = [
        CriterionResult(cid, cid.replace("_", " ").capitalize(), s, s >= 0.6, "a tip")
        for cid, s in scores.items()
    ]
    return ScoreCard(overall, results, {}, SCORER_VERSION)  # this scorer's: neither rescored nor hidden


def answer(
    store: HistoryStore,
    question: str,
    overall: int,
    at: datetime,
    *,
    bank: str = "general",
    criteria: dict[str, float] | None = None,
) -> int:
    session = store.start_session(bank_id=bank, bank_title=bank, settings={}, started_at=at)
    return store.add_answer(
        session,
        question_id=question,
        question_text=f"Question {question}?",
        text="An answer.",
        mode="typed",
        card=card(overall, criteria),
        started_at=at - timedelta(minutes=2),
        ended_at=at,
    )
