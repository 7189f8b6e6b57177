"""Today's practice from a real history file, an injected clock and banks the test writes."""

from __future__ import annotations

from datetime import timedelta, timezone
from pathlib import Path

from mockint.banks.catalog import load_catalog
from mockint.coach.plan import build_plan, criterion_levels
from mockint.store import HistoryStore
from tests.coach.helpers import T0, answer

UTC = timezone.utc

BANK = """
[bank]
id = "general"
title = "General"

[[questions]]
id = "q1"
text = "First question?"
criteria = ["concrete_example", "quantified_result"]

[[questions]]
id = "q2"
text = "Second question?"
criteria = ["quantified_result"]

[[questions]]
id = "q3"
text = "Third question?"
criteria = ["enthusiasm"]

[[questions]]
id = "q4"
text = "Fourth question?"
"""


def _catalog(builtin_dir: Path, text: str = BANK):
    (builtin_dir / "general.toml").write_text(text)
    return load_catalog()


def _plan(store, catalog, now, count=5):
    return build_plan(store, catalog, count=count, clock=lambda: now, tz=UTC)


def test_an_empty_history_gives_a_first_session_sampling_every_criterion(tmp_path, builtin_dir) -> None:
    catalog = _catalog(builtin_dir)
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        plan = _plan(store, catalog, T0)
    # q1 covers two criteria, q4 every built-in one: the first two already sample them all
    assert [i.question_id for i in plan.items] == ["q1", "q4", "q2", "q3"]
    assert plan.items[0].reason == "first session: samples concrete example"
    assert plan.items[1].reason == "first session: samples star structure"
    assert all(i.due is None for i in plan.items)


def test_recent_answers_weigh_more_and_unjudged_criteria_never_count(tmp_path, builtin_dir) -> None:
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        answer(store, "q1", 20, T0, criteria={"concrete_example": 0.2})
        answer(store, "q1", 90, T0 + timedelta(days=1), criteria={"concrete_example": 0.9})
        answer(store, "q3", 50, T0 + timedelta(days=2), criteria={"enthusiasm": 0.5})
        levels = {c.id: c for c in criterion_levels(store)}
    assert 0.55 < levels["concrete_example"].level < 0.9  # newer 0.9 outweighs older 0.2
    assert levels["enthusiasm"].level == 0.5 and levels["enthusiasm"].answers == 1
    assert "quantified_result" not in levels


def test_due_questions_come_first_with_their_last_score(tmp_path, builtin_dir) -> None:
    catalog = _catalog(builtin_dir)
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        answer(store, "q3", 48, T0, criteria={"enthusiasm": 0.48})
        answer(store, "q1", 95, T0, criteria={"concrete_example": 0.95})
        plan = _plan(store, catalog, T0 + timedelta(days=1, hours=1), count=3)
    first = plan.items[0]
    assert (first.question_id, first.reason) == ("q3", "due again: 48 last time on 2026-11-20")
    assert first.due is not None
    # q1 (95) is not due; new questions work on the weakest judged criterion (enthusiasm 48)
    assert [i.question_id for i in plan.items[1:]] == ["q4", "q2"]
    assert plan.items[1].reason == "works on enthusiasm"
    assert [c.id for c in plan.weakest] == ["enthusiasm"]
    assert plan.low_scoring == ["general/q3"]


def test_a_strong_answer_is_not_due_the_next_day(tmp_path, builtin_dir) -> None:
    catalog = _catalog(builtin_dir)
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        answer(store, "q1", 95, T0)
        plan = _plan(store, catalog, T0 + timedelta(days=1, hours=1), count=3)
    assert "general/q1" not in {f"{i.bank_id}/{i.question_id}" for i in plan.items}


def test_vanished_questions_are_skipped_and_said_so(tmp_path, builtin_dir) -> None:
    catalog = _catalog(builtin_dir)
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        answer(store, "gone", 30, T0)
        answer(store, "q9", 30, T0, bank="removed-bank")
        plan = _plan(store, catalog, T0 + timedelta(days=2))
    assert plan.notices == [
        "skipped 2 scheduled questions no longer in any bank: general/gone, removed-bank/q9"
    ]
    assert all(i.question_id not in ("gone", "q9") for i in plan.items)


def test_when_everything_was_answered_the_lowest_come_back_early(tmp_path, builtin_dir) -> None:
    catalog = _catalog(builtin_dir)
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        for q, score in (("q1", 90), ("q2", 60), ("q3", 95), ("q4", 88)):
            answer(store, q, score, T0)
        plan = _plan(store, catalog, T0 + timedelta(hours=2), count=2)
    assert [i.question_id for i in plan.items] == ["q2", "q4"]
    assert plan.items[0].reason == "early retake: 60 last time on 2026-11-20"
