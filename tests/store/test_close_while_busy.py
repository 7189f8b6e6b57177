"""Closing the history while another thread is in the middle of a transaction (the app quitting
while a worker catches up the schedule): the transaction ends as it would have, its connection
is closed by its own thread, and nothing crashes. Closing a connection that another thread was
using crashed the interpreter (SIGSEGV) when the app quit during the first plan of a long history."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import datetime, timezone
from pathlib import Path

import pytest

from mockint.errors import MockintError
from mockint.store import HistoryStore
from mockint.store.schedule import CardRow, ScheduleChanges, ScheduleStore
from tests.coach.helpers import answer

REPO = Path(__file__).resolve().parents[2]
WHEN = datetime(2026, 12, 1, tzinfo=timezone.utc)
CARD = CardRow("general/q", 1, "{}", WHEN)


def test_a_transaction_in_another_thread_finishes_and_commits_after_close(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    store = HistoryStore(path)
    answer(store, "q", 60, WHEN)  # something for the schedule to catch up on
    inside, release = threading.Event(), threading.Event()
    outcome: list[object] = []

    def step(pending, cards) -> ScheduleChanges:  # runs inside the write transaction
        inside.set()
        release.wait(timeout=120)
        return ScheduleChanges(cards=[CARD])

    def worker() -> None:
        try:
            outcome.append(ScheduleStore(store).update(step))
            ScheduleStore(store).cards()  # the store is closed by now
        except MockintError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    assert inside.wait(timeout=120)
    store.close()  # from the main thread, mid-transaction
    release.set()
    thread.join(timeout=120)
    assert not thread.is_alive()
    changes, error = outcome
    assert isinstance(changes, ScheduleChanges)
    assert "already closed" in str(error)
    with HistoryStore(path) as again:  # the write was committed, not lost
        assert set(ScheduleStore(again).cards()) == {"general/q"}


CHILD = """
import sys, threading
from datetime import datetime, timezone
from mockint.store import HistoryStore
from mockint.store.schedule import CardRow, ScheduleChanges, ScheduleStore
from tests.coach.helpers import answer

folder = sys.argv[1]
when = datetime(2026, 12, 1, tzinfo=timezone.utc)
cards = [CardRow(f"general/q{i}", 1, "{}", when) for i in range(50000)]
for attempt in range(10):
    store = HistoryStore(f"{folder}/h{attempt}.sqlite3", durable=False)
    answer(store, "q", 60, when)
    inside = threading.Event()

    def step(pending, known):
        inside.set()  # the 50,000 inserts follow, in SQLite's C code
        return ScheduleChanges(cards=cards)

    def worker():
        try:
            ScheduleStore(store).update(step)
        except Exception:
            pass

    thread = threading.Thread(target=worker)
    thread.start()
    inside.wait()
    store.close()
    thread.join()
print("survived")
"""


def test_the_process_survives_closing_during_a_long_write(tmp_path: Path) -> None:
    """The same race many times over in a child process: closing during the inserts."""
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path)], cwd=REPO, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, (result.returncode, result.stderr[-2000:])
    assert result.stdout.strip() == "survived"


def test_close_twice_then_use(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "history.sqlite3")
    store.close()
    store.close()
    with pytest.raises(MockintError, match="already closed"):
        ScheduleStore(store).cards()
