"""FSRS scheduling from the history, with an injected clock and a real SQLite file."""

from __future__ import annotations

import sqlite3
from datetime import timedelta, timezone

import fsrs
import pytest

from mockint.coach.scheduler import catch_up, rating_for
from mockint.store import HistoryStore
from mockint.store.schedule import ScheduleStore
from tests.coach.helpers import T0, answer

UTC = timezone.utc


def _state(store: HistoryStore, now=T0 + timedelta(hours=1)):
    return catch_up(ScheduleStore(store), clock=lambda: now, tz=UTC)


@pytest.mark.parametrize(
    ("overall", "rating"),
    [
        (0, "Again"),
        (49, "Again"),
        (50, "Hard"),
        (69, "Hard"),
        (70, "Good"),
        (84, "Good"),
        (85, "Easy"),
        (100, "Easy"),
    ],
)
def test_rating_thresholds(overall: int, rating: str) -> None:
    assert rating_for(overall) == fsrs.Rating[rating]


def test_a_weak_answer_comes_back_sooner_than_a_strong_one(tmp_path) -> None:
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        answer(store, "weak", 30, T0)
        answer(store, "strong", 95, T0)
        cards = _state(store).cards
    assert cards["general/weak"].due - T0 == timedelta(days=1)
    assert cards["general/strong"].due - T0 > timedelta(days=5)
    assert cards["general/weak"].last_overall == 30


def test_only_the_first_attempt_of_a_day_counts(tmp_path) -> None:
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        answer(store, "q", 30, T0)
        first_due = _state(store).cards["general/q"].due
        answer(store, "q", 98, T0 + timedelta(hours=2))  # a retake the same day
        state = _state(store, T0 + timedelta(hours=3))
        reviews = ScheduleStore(store).reviews("general/q")
    assert state.cards["general/q"].due == first_due
    assert state.cards["general/q"].last_overall == 98  # the last answer is still known
    assert [r.rating for r in reviews] == [int(fsrs.Rating.Again), None]


def test_the_next_day_counts_again(tmp_path) -> None:
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        answer(store, "q", 30, T0)
        answer(store, "q", 95, T0 + timedelta(days=1))
        state = _state(store, T0 + timedelta(days=1, hours=1))
    assert state.cards["general/q"].due - T0 > timedelta(days=3)


def test_catching_up_twice_counts_each_answer_once(tmp_path) -> None:
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        answer(store, "q", 60, T0)
        once = _state(store).cards
        twice = _state(store).cards
        assert len(ScheduleStore(store).reviews("general/q")) == 1
    assert once == twice


def test_deleting_a_session_rebuilds_the_schedule_from_what_remains(tmp_path) -> None:
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        answer(store, "q", 95, T0)
        answer(store, "q", 95, T0 + timedelta(days=8))
        long_due = _state(store, T0 + timedelta(days=8, hours=1)).cards["general/q"].due
        store.delete_session(store.latest_session_id())
        state = _state(store, T0 + timedelta(days=8, hours=1))
    with HistoryStore(tmp_path / "fresh.sqlite3") as fresh:
        answer(fresh, "q", 95, T0)
        only_first = _state(fresh, T0 + timedelta(days=8, hours=1)).cards["general/q"].due
    assert state.cards["general/q"].due == only_first < long_due


def test_corrupt_state_is_one_line_and_rebuilt(tmp_path) -> None:
    path = tmp_path / "h.sqlite3"
    with HistoryStore(path) as store:
        answer(store, "q", 30, T0)
        good = _state(store).cards["general/q"]
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE schedule_cards SET state = '{not json'")
    with HistoryStore(path) as store:
        state = _state(store)
    assert len(state.notices) == 1
    assert "'general/q' is corrupt" in state.notices[0] and "\n" not in state.notices[0]
    assert state.cards["general/q"] == good


def test_a_newer_format_is_left_alone_and_skipped(tmp_path) -> None:
    path = tmp_path / "h.sqlite3"
    with HistoryStore(path) as store:
        answer(store, "q", 30, T0)
        _state(store)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE schedule_cards SET state_format = 9")
    with HistoryStore(path) as store:
        state = _state(store)
    assert "general/q" not in state.cards
    assert len(state.notices) == 1 and "newer mockint" in state.notices[0]
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT state_format FROM schedule_cards").fetchone()[0] == 9


def test_a_state_dated_in_the_future_is_reported(tmp_path) -> None:
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        answer(store, "q", 30, T0 + timedelta(days=30))
        _state(store, T0 + timedelta(days=31))
        state = _state(store, T0)  # the clock went back
    assert "general/q" not in state.cards
    assert len(state.notices) == 1 and "is the clock right?" in state.notices[0]
