from __future__ import annotations

import pytest

from mockint.session import (
    FakeClock,
    Outcome,
    Phase,
    PracticeSession,
    SessionError,
    SessionOptions,
    plan_questions,
)

from .helpers import make_bank


def session(count: int = 2, *, think: int = 10, answer: int = 60) -> tuple[PracticeSession, FakeClock]:
    clock = FakeClock(1000.0)
    planned = plan_questions(make_bank(count, think=think, answer=answer), SessionOptions())
    practice = PracticeSession(planned, clock)
    practice.start()
    return practice, clock


def test_think_then_answer_then_done() -> None:
    practice, clock = session()
    assert (practice.phase, practice.number, practice.total) == (Phase.THINK, 1, 2)
    assert practice.time_left() == 10
    clock.advance(4)
    assert practice.tick() is None
    assert practice.time_left() == 6
    clock.advance(6)
    practice.tick()
    assert practice.phase is Phase.ANSWER
    assert practice.time_left() == 60
    clock.advance(25)
    attempt = practice.submit("I led the migration and cut costs by 20%.")
    assert attempt.outcome is Outcome.ANSWERED
    assert (attempt.think_s, attempt.answer_s) == (10, 25)
    assert attempt.text.startswith("I led")
    assert practice.phase is Phase.DONE


def test_a_late_tick_starts_the_answer_when_thinking_ended_not_when_noticed() -> None:
    practice, clock = session()
    clock.advance(13)
    practice.tick()
    assert practice.phase is Phase.ANSWER
    assert practice.time_left() == 57


def test_begin_answer_early_records_the_think_time_used() -> None:
    practice, clock = session()
    clock.advance(3)
    practice.begin_answer()
    clock.advance(5)
    attempt = practice.submit("An answer")
    assert (attempt.think_s, attempt.answer_s) == (3, 5)


def test_zero_think_seconds_starts_in_the_answer_phase() -> None:
    practice, _ = session(think=0)
    assert practice.phase is Phase.ANSWER


def test_answer_clock_at_zero_stops_and_keeps_the_draft() -> None:
    practice, clock = session(think=0, answer=30)
    practice.set_draft("Half an answer about the outage")
    clock.advance(29.5)
    assert practice.tick() is None
    clock.advance(0.5)
    attempt = practice.tick()
    assert attempt is not None
    assert attempt.outcome is Outcome.TIMED_OUT
    assert attempt.text == "Half an answer about the outage"
    assert attempt.answer_s == 30
    assert practice.phase is Phase.DONE
    assert practice.tick() is None  # only reported once


def test_one_big_jump_runs_through_think_and_answer() -> None:
    practice, clock = session(think=10, answer=30)
    practice.set_draft("typed while thinking")
    clock.advance(500)
    attempt = practice.tick()
    assert attempt is not None and attempt.outcome is Outcome.TIMED_OUT
    assert (attempt.think_s, attempt.answer_s) == (10, 30)


def test_time_out_with_a_blank_draft_counts_as_skipped() -> None:
    practice, clock = session(think=0, answer=5)
    practice.set_draft("   \n")
    clock.advance(5)
    attempt = practice.tick()
    assert attempt is not None and attempt.outcome is Outcome.SKIPPED
    assert practice.answered == []


def test_submit_after_the_time_ran_out_is_the_timed_out_answer() -> None:
    practice, clock = session(think=0, answer=5)
    clock.advance(9)
    attempt = practice.submit("late words")
    assert attempt.outcome is Outcome.TIMED_OUT
    assert attempt.answer_s == 5


def test_empty_submit_is_refused_and_the_question_goes_on() -> None:
    practice, _ = session(think=0)
    with pytest.raises(SessionError, match="empty"):
        practice.submit("  ")
    assert practice.phase is Phase.ANSWER


def test_pause_freezes_both_clocks() -> None:
    practice, clock = session(think=10, answer=60)
    clock.advance(4)
    assert practice.toggle_pause() is True
    clock.advance(100)
    assert practice.tick() is None
    assert practice.phase is Phase.THINK
    assert practice.time_left() == 6
    assert practice.toggle_pause() is False
    clock.advance(6)
    practice.tick()
    assert practice.phase is Phase.ANSWER
    clock.advance(20)
    practice.pause()
    clock.advance(300)
    assert practice.time_left() == 40
    practice.resume()
    clock.advance(10)
    attempt = practice.submit("done")
    assert attempt.answer_s == 30


def test_begin_answer_while_paused_resumes() -> None:
    practice, clock = session()
    practice.pause()
    practice.begin_answer()
    assert not practice.paused
    clock.advance(2)
    assert practice.time_left() == 58


def test_skip_from_think_and_from_answer() -> None:
    practice, clock = session(count=2)
    clock.advance(2)
    first = practice.skip()
    assert (first.outcome, first.text, first.think_s) == (Outcome.SKIPPED, "", 2)
    assert practice.next_question() is True
    practice.begin_answer()
    practice.set_draft("discarded")
    second = practice.skip()
    assert second.outcome is Outcome.SKIPPED and second.text == ""
    assert practice.next_question() is False
    assert practice.phase is Phase.FINISHED
    assert [a.number for a in practice.attempts] == [1, 2]


def test_next_question_resets_the_draft_and_clock() -> None:
    practice, clock = session(count=2, think=0, answer=60)
    practice.set_draft("first")
    clock.advance(20)
    practice.submit()
    practice.next_question()
    assert (practice.number, practice.draft, practice.time_left()) == (2, "", 60)


def test_stop_keeps_finished_attempts_and_drops_the_one_in_progress() -> None:
    practice, clock = session(count=3, think=0)
    practice.submit("one")
    practice.next_question()
    practice.set_draft("half of two")
    practice.stop()
    assert practice.phase is Phase.FINISHED
    assert [(a.number, a.text) for a in practice.answered] == [(1, "one")]


@pytest.mark.parametrize("action", ["submit", "skip", "pause", "begin_answer", "next_question"])
def test_actions_in_the_wrong_phase_raise_session_error(action: str) -> None:
    practice, _ = session(count=1)
    practice.stop()
    with pytest.raises(SessionError, match="finished"):
        getattr(practice, action)()


def test_start_twice_is_an_error_and_an_empty_plan_is_refused() -> None:
    practice, _ = session()
    with pytest.raises(SessionError):
        practice.start()
    with pytest.raises(SessionError):
        PracticeSession([], FakeClock())


def test_fake_clock_never_goes_backwards() -> None:
    with pytest.raises(ValueError):
        FakeClock().advance(-1)
