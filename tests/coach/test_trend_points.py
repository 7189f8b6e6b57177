"""Trends per session, filtered by bank and question (real SQLite file)."""

from __future__ import annotations

from datetime import timedelta

from mockint.store import HistoryStore
from mockint.store.records import FOLLOW_UP
from mockint.store.trend_points import asked_questions, session_series
from tests.coach.helpers import T0, answer, card


def test_one_point_per_session_filtered_by_bank_and_question(tmp_path) -> None:
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        first = answer(store, "q1", 40, T0)
        session = store.latest_session_id()
        store.add_answer(session, question_id="q2", question_text="Question q2?", text="x", mode="typed",
                         card=card(60), ended_at=T0)
        store.add_answer(session, question_id="q1", question_text="And then?", text="x", mode="typed",
                         card=card(100), ended_at=T0, lineage=(first, 1, FOLLOW_UP))
        answer(store, "q1", 80, T0 + timedelta(days=2))
        answer(store, "other", 10, T0 + timedelta(days=1), bank="behavioral")
        today = store.start_session(bank_id="today", bank_title="Today's practice", settings={},
                                    started_at=T0 + timedelta(days=3))
        store.add_answer(today, question_id="general/q1", question_text="Question q1?", text="x", mode="typed",
                         card=card(90), ended_at=T0 + timedelta(days=3))
        general = session_series(store, bank_id="general", scorer_version=None)
        q1 = session_series(store, question_ref="general/q1", scorer_version=None)
        everything = session_series(store, scorer_version=None)
        asked = asked_questions(store)
    overall = [round(p.score * 100) for p in general if p.criterion_id == "overall"]
    assert overall == [50, 80, 90]  # session 1: mean of q1 40 and q2 60; the follow-up is left out
    assert [round(p.score * 100) for p in q1 if p.criterion_id == "overall"] == [40, 80, 90]
    assert len([p for p in everything if p.criterion_id == "overall"]) == 4
    assert [p.answered_at for p in q1 if p.criterion_id == "overall"] == sorted(
        p.answered_at for p in q1 if p.criterion_id == "overall"
    )
    assert [(a.ref, a.bank_id) for a in asked] == [
        ("behavioral/other", "behavioral"), ("general/q1", "general"), ("general/q2", "general")
    ]
