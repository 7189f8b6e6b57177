"""Saved feedback: progress since it was given, and the plan weighing it until it improves."""

from __future__ import annotations

from datetime import timedelta, timezone
from pathlib import Path

import pytest

from mockint.aftermath.mapper import Target
from mockint.aftermath.progress import (
    WINDOW,
    describe_progress,
    feedback_progress,
    open_feedback_focus,
)
from mockint.banks.catalog import load_catalog
from mockint.coach.plan import build_plan
from mockint.store import HistoryStore
from mockint.store.errors import StoreError
from mockint.store.feedback_store import FeedbackStore
from tests.coach.helpers import T0, answer

UTC = timezone.utc
GIVEN = T0 + timedelta(days=10)

BANK = """
[bank]
id = "general"
title = "General"

[[questions]]
id = "warm"
text = "What do you enjoy about your work?"
criteria = ["enthusiasm"]

[[questions]]
id = "story"
text = "Tell me about a project you are proud of."
criteria = ["concrete_example"]

[[questions]]
id = "other"
text = "Where do you see yourself in five years?"
criteria = ["enthusiasm", "hedging"]
"""


@pytest.fixture
def store(tmp_path: Path):
    with HistoryStore(tmp_path / "h.sqlite3") as history:
        yield history


def _save(store, **extra) -> int:
    return FeedbackStore(store).add(
        text="We felt your examples lacked depth.", company="Acme", role="Analyst",
        criteria=[Target("concrete_example", ("examples lacked depth",))], given_at=GIVEN, **extra,
    )


def _answers(store, scores, start, question="story"):
    for n, score in enumerate(scores):
        answer(store, question, int(score * 100), start + timedelta(hours=n),
               criteria={"concrete_example": score, "enthusiasm": 0.2})


def test_progress_since_the_feedback(store) -> None:
    _answers(store, [0.4, 0.42], T0)  # before the feedback
    feedback_id = _save(store)
    _answers(store, [0.5] * 2 + [0.8] * 10, GIVEN + timedelta(days=1))
    feedbacks = FeedbackStore(store)
    record = feedbacks.get(feedback_id)
    (progress,) = feedback_progress(feedbacks, record)
    assert (progress.before, progress.now, progress.answers) == (41, 80, 12)
    assert progress.improved
    assert progress.describe() == "concrete example 41 → 80 over 12 answers ✓ improved"
    assert describe_progress(record, [progress]).startswith("the Acme (Analyst) feedback since ")


def test_without_answers_before_the_first_answer_since_is_the_start(store) -> None:
    feedback_id = _save(store)
    _answers(store, [0.3, 0.5], GIVEN + timedelta(hours=1))
    feedbacks = FeedbackStore(store)
    (progress,) = feedback_progress(feedbacks, feedbacks.get(feedback_id))
    assert (progress.before, progress.now, progress.answers, progress.improved) == (30, 40, 2, False)


def test_a_criterion_stays_in_focus_until_ten_answers_reach_70(store) -> None:
    _save(store)
    assert open_feedback_focus(store) == {"concrete_example": "the Acme (Analyst) feedback"}
    _answers(store, [0.6] * (WINDOW - 1), GIVEN + timedelta(hours=1))
    assert "concrete_example" in open_feedback_focus(store)  # only 9 answers
    _answers(store, [0.6, 1.0, 1.0], GIVEN + timedelta(days=1))
    assert "concrete_example" in open_feedback_focus(store)  # the last ten: mean 68
    _answers(store, [1.0], GIVEN + timedelta(days=2))  # the last ten: mean 72
    assert open_feedback_focus(store) == {}


def test_closing_the_feedback_takes_it_out_of_focus(store) -> None:
    feedback_id = _save(store)
    record = FeedbackStore(store).close(feedback_id, at=GIVEN + timedelta(days=3))
    assert not record.is_open and record.closed_at == GIVEN + timedelta(days=3)
    assert open_feedback_focus(store) == {}
    again = FeedbackStore(store).close(feedback_id, at=GIVEN + timedelta(days=9))
    assert again.closed_at == record.closed_at
    with pytest.raises(StoreError, match="no feedback 99"):
        FeedbackStore(store).close(99)


def test_the_plan_weighs_the_feedback_criteria_first(store, builtin_dir) -> None:
    (builtin_dir / "general.toml").write_text(BANK)
    catalog = load_catalog()
    now = GIVEN + timedelta(days=1)
    # enthusiasm is the weakest criterion; concrete examples are fine so far
    answer(store, "warm-up", 30, T0, criteria={"enthusiasm": 0.2, "concrete_example": 0.9})

    def plan(count: int = 2):
        return build_plan(store, catalog, count=count, clock=lambda: now, tz=UTC,
                          focus=open_feedback_focus(store))

    before = plan()
    assert [i.question_id for i in before.items][0] == "warm"
    _save(store)
    weighed = plan()
    assert weighed.items[0].question_id == "story"
    assert weighed.items[0].reason == "works on concrete example (the Acme (Analyst) feedback)"
    assert weighed.items[1].reason.startswith("works on enthusiasm")


def test_due_questions_leave_room_for_the_feedback(store, builtin_dir) -> None:
    (builtin_dir / "general.toml").write_text(BANK)
    catalog = load_catalog()
    for question in ("warm", "other"):
        answer(store, question, 40, T0, criteria={"enthusiasm": 0.4})
    now = T0 + timedelta(days=30)  # both are due again
    due_only = build_plan(store, catalog, count=2, clock=lambda: now, tz=UTC)
    assert {i.question_id for i in due_only.items} == {"warm", "other"}
    with_focus = build_plan(store, catalog, count=2, clock=lambda: now, tz=UTC,
                            focus={"concrete_example": "the Acme feedback"})
    assert [i.question_id for i in with_focus.items][1] == "story"
    assert with_focus.items[0].reason.startswith("due again")
