"""Answers submitted while another program holds the history locked (a real SQLite file, another
connection in BEGIN EXCLUSIVE): kept in memory and a 0600 journal, retried until saved, replayed
once and only once after the app quits or is killed, never by two copies at a time."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from mockint.store import HistoryStore
from mockint.store.journal import Journal, journals_beside, replay_journals
from mockint.store.pending import PendingAnswer, PendingEnd, PendingSession, new_uuid
from mockint.store.unsaved import NotSavedYet, UnsavedAnswers

REPO = Path(__file__).resolve().parents[2]
SAFETY = 120.0  # an event that never comes fails the test instead of hanging it; never a speed limit


class Locker:
    """Another program holding the history with BEGIN EXCLUSIVE until :meth:`release`."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("BEGIN EXCLUSIVE")
        self.held = True

    def release(self) -> None:
        if self.held:
            self.held = False
            self.conn.execute("COMMIT")
            self.conn.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "history.sqlite3"
    HistoryStore(path).close()  # created and migrated before anyone locks it
    return path


@pytest.fixture
def locked(db: Path) -> Iterator[Locker]:
    locker = Locker(db)
    yield locker
    locker.release()


def quick_store(path: Path) -> HistoryStore:
    return HistoryStore(path, timeout=0.05)  # a locked history fails at once instead of in 5 s


def pending_answer(samples, session: PendingSession, text: str | None = None) -> PendingAnswer:
    return PendingAnswer(
        uuid=new_uuid(),
        session=session,
        question_id="behavioral/improve",
        question_text="Tell me about something you improved.",
        text=text or samples.PREPARED_ANSWER,
        mode="typed",
        card=samples.prepared_card(),
        answered_at="2026-03-01T10:00:00.000000+00:00",
        think_s=3.0,
        answer_s=41.5,
    )


def new_session() -> PendingSession:
    return PendingSession.new(bank_id="behavioral", bank_title="Behavioral", settings={"count": 2})


def answers_in(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT uuid, text FROM answers ORDER BY id").fetchall()


def test_an_answer_refused_by_a_locked_history_is_journaled_then_saved_when_free(db, locked, samples) -> None:
    saved = threading.Event()
    announced: list[tuple[str, int | None]] = []

    def on_saved(entry, answer_id) -> None:
        announced.append((entry.uuid, answer_id))
        saved.set()

    with quick_store(db) as store:
        unsaved = UnsavedAnswers(lambda: store, db, on_saved=on_saved, retry_seconds=0.05)
        answer = pending_answer(samples, new_session())
        with pytest.raises(NotSavedYet) as caught:
            unsaved.save(answer)
        message = str(caught.value)
        assert "locked" in message and "not saved yet" in message and "\n" not in message
        (journal,) = journals_beside(db)
        assert str(journal) in message
        assert stat.S_IMODE(journal.stat().st_mode) == 0o600
        (line,) = journal.read_text().splitlines()
        assert json.loads(line)["uuid"] == answer.uuid
        assert [e.uuid for e in unsaved.waiting()] == [answer.uuid]

        locked.release()
        assert saved.wait(SAFETY)
        assert answers_in(db) == [(answer.uuid, samples.PREPARED_ANSWER)]
        (answer_id,) = [i for _, i in announced]
        assert store.get_session(store.session_id_for(answer.session.uuid)).answers[0].id == answer_id
        assert journals_beside(db) == []  # everything it held is saved
        assert unsaved.waiting() == []
        unsaved.close()


def test_later_answers_queue_behind_an_unsaved_one_and_keep_their_order(db, locked, samples) -> None:
    all_saved = threading.Event()
    order: list[str] = []

    def on_saved(entry, answer_id) -> None:
        order.append(entry.uuid)
        if len(order) == 3:
            all_saved.set()

    with quick_store(db) as store:
        unsaved = UnsavedAnswers(lambda: store, db, on_saved=on_saved, retry_seconds=3600)
        session = new_session()
        first, second = pending_answer(samples, session, "First."), pending_answer(samples, session, "Second.")
        end = PendingEnd(session, "2026-03-01T10:30:00.000000+00:00")
        for entry in (first, second, end):
            with pytest.raises(NotSavedYet):
                unsaved.save(entry)
        (journal,) = journals_beside(db)
        assert len(journal.read_text().splitlines()) == 3  # one journal, each entry once
        locked.release()
        unsaved.retry_now()  # instead of waiting an hour: the retry thread wakes up now
        assert all_saved.wait(SAFETY)
        assert order == [first.uuid, second.uuid, end.uuid]
        assert [text for _, text in answers_in(db)] == ["First.", "Second."]
        (summary,) = store.list_sessions()
        assert summary.answer_count == 2 and summary.ended_at is not None
        unsaved.close()


def test_saving_the_same_answer_twice_stores_it_once(db, samples) -> None:
    answer = pending_answer(samples, new_session())
    with HistoryStore(db) as store:
        first = store.save_pending_answer(answer)
        assert store.save_pending_answer(answer) == first
        assert len(answers_in(db)) == 1
        (record,) = store.get_session(store.session_id_for(answer.session.uuid)).answers
        assert record.card == samples.prepared_card()
        assert (record.think_s, record.answer_s) == (3.0, 41.5)


# -- the app quits or is killed while the history is locked ---------------------------------------

CHILD = """
import sys
from pathlib import Path
from mockint.banks.model import Bank, Question
from mockint.session import FakeClock, PracticeSession, SessionOptions, plan_questions
from mockint.session.answer_saver import AnswerSaver
from mockint.store import HistoryStore
from mockint.store.unsaved import UnsavedAnswers

db = Path(sys.argv[1])
bank = Bank(id="demo", title="Demo", questions=(Question(id="q1", text="Tell me about a project.", think_seconds=0, answer_seconds=60),))
open_store = lambda: HistoryStore(db, timeout=0.05)
unsaved = UnsavedAnswers(open_store, db, retry_seconds=3600)
saver = AnswerSaver(bank, SessionOptions(), open_store, unsaved=unsaved)
practice = PracticeSession(plan_questions(bank, SessionOptions(think_seconds=0)), FakeClock())
practice.start()
result = saver.record(practice.submit("I rebuilt the billing system and cut costs by 20% in 3 months."))
print(result.answer_uuid, flush=True)
print(result.save_error, flush=True)
if sys.argv[2] == "quit":
    unsaved.close()
    print("closed", flush=True)
sys.stdin.read()  # stays alive (holding its journal) until killed or stdin closes
"""


def start_child(db: Path, how: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), how],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env,
    )


def test_an_app_killed_mid_lock_loses_nothing_and_the_next_start_saves_it_once(db, locked) -> None:
    child = start_child(db, "kill")
    assert child.stdout is not None
    answer_uuid = child.stdout.readline().strip()  # the child has scored and tried to save
    assert "not saved yet" in child.stdout.readline()
    (journal,) = journals_beside(db)
    with quick_store(db) as store:
        assert replay_journals(store).busy == 1  # its writer is alive: another copy leaves it
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert answers_in(db) == []
    with quick_store(db) as store:
        report = replay_journals(store)  # still locked by the other program: kept for later
        assert report.saved == 0 and "locked" in report.problems[0] and str(journal) in report.problems[0]
    assert journal.exists()

    locked.release()
    with HistoryStore(db) as store:  # the next start
        assert replay_journals(store).saved == 1
        assert replay_journals(store).saved == 0  # nothing left to replay
        (session,) = store.list_sessions()
        assert session.bank_id == "demo" and session.answer_count == 1
    assert [uuid for uuid, _ in answers_in(db)] == [answer_uuid]
    assert journals_beside(db) == []


def test_an_app_that_quits_mid_lock_leaves_its_journal_for_the_next_start(db, locked) -> None:
    child = start_child(db, "quit")
    assert child.stdout is not None
    answer_uuid = child.stdout.readline().strip()
    child.stdout.readline()
    assert child.stdout.readline().strip() == "closed"  # quit: the journal is released, not deleted
    locked.release()
    with HistoryStore(db) as store:
        assert replay_journals(store).saved == 1  # the child is still running, but done with it
    child.communicate("")
    assert [uuid for uuid, _ in answers_in(db)] == [answer_uuid]


def test_a_replay_interrupted_after_its_commit_does_not_save_twice(db, samples) -> None:
    """A crash between saving a journal's answers and deleting it: the next replay finds them."""
    answer = pending_answer(samples, new_session())
    with HistoryStore(db) as store:
        store.save_pending_answer(answer)
        journal = Journal.create(db)
        journal.append(answer)
        journal.close()  # as if the process died before deleting it
        assert replay_journals(store).saved == 1
    assert len(answers_in(db)) == 1
    assert journals_beside(db) == []


def test_two_copies_never_replay_the_same_journal(db, samples) -> None:
    journal = Journal.create(db)
    journal.append(pending_answer(samples, new_session()))
    journal.close()
    first = Journal(journal.path)
    assert first.open()  # one copy is replaying it...
    with HistoryStore(db) as store:
        report = replay_journals(store)  # ...so the other one leaves it
        assert (report.saved, report.busy) == (0, 1)
        first.close()
        assert replay_journals(store).saved == 1
    assert len(answers_in(db)) == 1


def test_an_unreadable_journal_line_is_named_and_its_file_kept(db, samples) -> None:
    journal = Journal.create(db)
    journal.append(pending_answer(samples, new_session()))
    journal.close()
    with journal.path.open("a") as handle:
        handle.write('{"kind": "answer", "uuid": "x"}\n')
    with HistoryStore(db) as store:
        report = replay_journals(store)
    assert report.saved == 1
    (problem,) = report.problems
    assert problem.startswith(f"{journal.path}:2: ") and "\n" not in problem
    assert journal.path.exists()
