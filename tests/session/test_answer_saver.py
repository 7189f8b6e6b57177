from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from mockint.session import FakeClock, PracticeSession, SessionOptions, plan_questions
from mockint.session.answer_saver import AnswerSaver
from mockint.store import HistoryStore
from mockint.store.journal import journals_beside
from mockint.store.unsaved import UnsavedAnswers

from .helpers import make_bank

ANSWER = "I led a team of 4 to rebuild the billing system and we cut costs by 20% in 3 months."


def answered(bank, texts: list[str]):
    practice = PracticeSession(plan_questions(bank, SessionOptions(think_seconds=0)), FakeClock())
    practice.start()
    attempts = []
    for text in texts:
        attempts.append(practice.submit(text))
        practice.next_question()
    return attempts


def test_record_scores_saves_and_creates_the_session_with_the_first_answer(tmp_path: Path) -> None:
    bank = make_bank(2)
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        recorder = AnswerSaver(bank, SessionOptions(count=2), lambda: store)
        assert store.list_sessions() == []
        first, second = answered(bank, [ANSWER, "No idea."])
        one = recorder.record(first)
        assert one.save_error is None and one.answer_id is not None
        assert 0 <= one.card.overall <= 100
        assert one.card.criterion("quantified_result").passed
        recorder.record(second)
        assert recorder.finish() is None
        (session,) = store.list_sessions()
        assert (session.bank_id, session.answer_count) == ("demo", 2)
        assert session.ended_at is not None
        detail = store.get_session(session.id)
        assert detail.settings["count"] == 2
        assert [a.text for a in detail.answers] == [ANSWER, "No idea."]
        assert detail.answers[0].card.overall == one.card.overall


def test_a_store_that_cannot_open_still_returns_the_score_card_and_keeps_the_answer(tmp_path: Path) -> None:
    broken = tmp_path / "h.sqlite3"
    broken.write_bytes(b"not sqlite at all" * 64)
    bank = make_bank(1)
    unsaved = UnsavedAnswers(lambda: HistoryStore(broken), broken, retry_seconds=3600)
    recorder = AnswerSaver(bank, SessionOptions(), lambda: HistoryStore(broken), unsaved=unsaved)
    (attempt,) = answered(bank, [ANSWER])
    result = recorder.record(attempt)
    assert result.answer_id is None
    assert result.save_error and "\n" not in result.save_error and "corrupt" in result.save_error
    assert result.card.overall > 0
    (journal,) = journals_beside(broken)
    assert result.answer_uuid in journal.read_text()
    unsaved.close()
    assert journal.exists()  # kept for when the history is readable again


def test_an_answer_given_while_the_history_is_locked_is_saved_once_it_is_free(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    HistoryStore(path).close()
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    saved = threading.Event()
    with HistoryStore(path, timeout=0.05) as store:
        unsaved = UnsavedAnswers(lambda: store, path, on_saved=lambda entry, i: saved.set(), retry_seconds=3600)
        bank = make_bank(2)
        recorder = AnswerSaver(bank, SessionOptions(count=2), lambda: store, unsaved=unsaved)
        first, second = answered(bank, [ANSWER, "No idea."])
        one = recorder.record(first)
        assert one.save_error and "not saved yet" in one.save_error and "locked" in one.save_error
        finished = recorder.finish()  # the session's end waits behind the answer
        assert finished and "not saved yet" in finished
        locker.execute("COMMIT")
        two = recorder.record(second)  # saves what was waiting first, then this one
        assert two.save_error is None and two.answer_id is not None
        assert saved.is_set()  # the waiting answer was announced as saved
        assert recorder.finish() is None
        (session,) = store.list_sessions()
        assert session.answer_count == 2 and session.ended_at is not None
        assert [a.text for a in store.get_session(session.id).answers] == [ANSWER, "No idea."]
        assert journals_beside(path) == []
        unsaved.close()
    locker.close()


def test_finish_without_answers_writes_nothing(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        assert AnswerSaver(make_bank(1), SessionOptions(), lambda: store).finish() is None
        assert store.list_sessions() == []


