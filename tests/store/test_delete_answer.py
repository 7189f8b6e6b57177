"""Deleting one answer: its card, its scheduler history and its follow-ups go; the rest stays."""

from __future__ import annotations

import sqlite3
from datetime import timedelta, timezone

import pytest

from mockint.coach.scheduler import catch_up
from mockint.store import HistoryStore, StoreError
from mockint.store.schedule import ScheduleStore
from tests.coach.helpers import T0, answer


def _count(store: HistoryStore, table: str, where: str = "", params: tuple = ()) -> int:
    with sqlite3.connect(store.path) as conn:
        return conn.execute(f"SELECT COUNT(*) FROM {table} {where}", params).fetchone()[0]


def test_deleting_an_answer_removes_its_card_and_recomputes_the_session(store: HistoryStore, samples) -> None:
    session = store.start_session(bank_id="a", bank_title="A", settings={})
    nervous = samples.add_nervous(store, session, audio_path="/rec/nervous.wav")
    samples.add_prepared(store, session)
    other = store.start_session(bank_id="a", bank_title="A", settings={})
    samples.add_nervous(store, other, audio_path="/rec/other.wav")
    before = next(s for s in store.list_sessions() if s.id == session)
    assert before.answer_count == 2 and before.mean_overall == pytest.approx((31 + 84) / 2)

    assert store.answer_and_follow_ups(nervous) == [nervous]
    assert store.delete_answer(nervous) == ["/rec/nervous.wav"]

    after = store.get_session(session)
    assert [a.text for a in after.answers] == [samples.PREPARED_ANSWER]
    assert after.summary.answer_count == 1 and after.summary.mean_overall == 84
    assert after.summary.weakest_criterion == "ownership"  # the nervous answer's criteria are gone
    assert _count(store, "scores", "WHERE answer_id = ?", (nervous,)) == 0
    assert _count(store, "criterion_scores", "WHERE answer_id = ?", (nervous,)) == 0
    assert store.get_session(other).summary.answer_count == 1  # another session's answers stay
    with pytest.raises(StoreError, match=f"no answer {nervous} in the history"):
        store.delete_answer(nervous)


def test_the_last_answer_leaves_an_empty_session(store: HistoryStore, samples) -> None:
    session = store.start_session(bank_id="a", bank_title="A", settings={})
    only = samples.add_prepared(store, session)
    assert store.delete_answer(only) == []
    (summary,) = store.list_sessions()
    assert summary.id == session and summary.answer_count == 0 and summary.mean_overall is None


def test_the_questions_schedule_is_rebuilt_from_the_answers_that_remain(tmp_path) -> None:
    utc = timezone.utc
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        first = answer(store, "q", 90, T0)
        second = answer(store, "q", 20, T0 + timedelta(days=3))
        answer(store, "other", 50, T0)
        schedule = ScheduleStore(store)
        state = catch_up(schedule, clock=lambda: T0 + timedelta(days=4), tz=utc)
        assert state.cards["general/q"].last_overall == 20
        assert {r.answer_id for r in schedule.reviews("general/q")} == {first, second}

        store.delete_answer(second)
        assert schedule.reviews("general/q") == []  # its history is forgotten ...
        assert "general/q" not in schedule.cards()
        assert "general/other" in schedule.cards()  # ... not another question's
        state = catch_up(schedule, clock=lambda: T0 + timedelta(days=4), tz=utc)
        assert state.cards["general/q"].last_overall == 90  # ... and rebuilt from the first answer
        assert [r.answer_id for r in schedule.reviews("general/q")] == [first]


def _with_follow_ups(store: HistoryStore) -> None:
    """Answers get a parent (as the follow-up schema does) unless this schema has it already."""
    with sqlite3.connect(store.path) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(answers)")}
        if "parent_answer_id" not in columns:
            conn.execute("ALTER TABLE answers ADD COLUMN parent_answer_id INTEGER REFERENCES answers (id)")


def _set_parent(store: HistoryStore, child: int, parent: int) -> None:
    with sqlite3.connect(store.path) as conn:
        conn.execute("UPDATE answers SET parent_answer_id = ? WHERE id = ?", (parent, child))


def test_an_answers_follow_ups_are_deleted_with_it(store: HistoryStore, samples) -> None:
    _with_follow_ups(store)
    session = store.start_session(bank_id="a", bank_title="A", settings={})
    kept = samples.add_prepared(store, session)
    main = samples.add_nervous(store, session, audio_path="/rec/main.wav")
    follow_up = samples.add_nervous(store, session, audio_path="/rec/follow-up.wav")
    deeper = samples.add_prepared(store, session)
    _set_parent(store, follow_up, main)
    _set_parent(store, deeper, follow_up)
    kept_follow_up = samples.add_prepared(store, session)
    _set_parent(store, kept_follow_up, kept)

    assert store.answer_and_follow_ups(main) == [main, follow_up, deeper]
    assert store.delete_answer(main) == ["/rec/main.wav", "/rec/follow-up.wav"]
    assert [a.id for a in store.get_session(session).answers] == [kept, kept_follow_up]
    assert _count(store, "scores") == 2
