"""Answers the history could not take yet: kept in memory and in this process's journal, and
retried in a background thread until they are saved (see :mod:`.journal` for what happens if
the app quits first).

:meth:`UnsavedAnswers.save` saves at once when it can. When it cannot (the history is locked by
another program, the disk is full, ...) the entry is journaled, :class:`NotSavedYet` says where it
is kept, and a thread retries, oldest first, every ``retry_seconds`` (doubling up to
``max_retry_seconds``); ``on_saved`` is called (from that thread) for each entry it saves.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from mockint import paths
from mockint.errors import MockintError
from mockint.store.errors import StoreError
from mockint.store.journal import Journal
from mockint.store.pending import Pending

if TYPE_CHECKING:
    from mockint.store.history import HistoryStore

SavedCallback = Callable[[Pending, "int | None"], None]


class NotSavedYet(StoreError):
    """The entry is not in the history yet, but kept (journaled) and retried."""


class UnsavedAnswers:
    """The queue of entries waiting for the history at ``database`` (thread-safe)."""

    def __init__(
        self,
        open_store: Callable[[], HistoryStore],
        database: Path | None = None,
        *,
        on_saved: SavedCallback | None = None,
        retry_seconds: float = 2.0,
        max_retry_seconds: float = 30.0,
    ) -> None:
        self._open_store = open_store
        self._database = database
        self.on_saved = on_saved
        self._retry_seconds = retry_seconds
        self._max_retry_seconds = max_retry_seconds
        self._lock = threading.Lock()
        self._queue: list[Pending] = []
        self._journaled: set[str] = set()
        self._journal: Journal | None = None
        self._wake = threading.Event()
        self._closed = False
        self._thread: threading.Thread | None = None

    @property
    def database(self) -> Path:
        return self._database if self._database is not None else paths.database_file()

    @property
    def journal_path(self) -> Path | None:
        """This process's journal, while it has one."""
        journal = self._journal
        return journal.path if journal is not None else None

    def waiting(self) -> list[Pending]:
        """What is not saved yet, oldest first."""
        with self._lock:
            return list(self._queue)

    def save(self, entry: Pending) -> int | None:
        """Save ``entry`` (after anything still waiting); returns the answer id for an answer.
        Raises :class:`NotSavedYet` if it is kept for later instead."""
        with self._lock:
            self._queue.append(entry)
            saved, error = self._flush()
            message = self._keep(error) if error is not None else None
        waited = [(e, i) for e, i in saved if e is not entry]  # were waiting before this one
        self._report(waited)
        if message is not None:
            raise NotSavedYet(message)
        return saved[-1][1]

    def retry_now(self) -> None:
        self._wake.set()

    def close(self) -> None:
        """Stop retrying and release the journal (left on disk for the next start if needed)."""
        with self._lock:
            self._closed = True
            self._wake.set()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join()
        with self._lock:
            if self._journal is not None:
                self._journal.close()
                self._journal = None

    # -- internals (called with self._lock held) ------------------------------------------------
    def _flush(self) -> tuple[list[tuple[Pending, int | None]], MockintError | None]:
        """Save the queue oldest first, stopping at the first failure: what was saved, and
        the failure if there was one."""
        saved: list[tuple[Pending, int | None]] = []
        try:
            store = self._open_store()
            while self._queue:
                entry = self._queue[0]
                saved.append((entry, store.save_pending(entry)))
                self._queue.pop(0)
                self._journaled.discard(entry.uuid)
        except MockintError as exc:
            return saved, exc
        if self._journal is not None:
            self._journal.delete()  # every entry it holds is saved
            self._journal = None
        return saved, None

    def _keep(self, error: MockintError) -> str:
        """Journal what is not journaled yet, start retrying; the message for the user."""
        where = "in memory only, until mockint quits"
        try:
            if self._journal is None:
                self._journal = Journal.create(self.database)
            for entry in self._queue:
                if entry.uuid not in self._journaled:
                    self._journal.append(entry)
                    self._journaled.add(entry.uuid)
            where = f"in {self._journal.path}"
        except MockintError as exc:
            where += f" ({exc})"
        self._start_retrying()
        return f"not saved yet: {error} The answer is kept {where}; mockint keeps trying and says when it is saved."

    def _start_retrying(self) -> None:
        if self._closed or (self._thread is not None and self._thread.is_alive()):
            return
        self._thread = threading.Thread(target=self._retry_loop, name="mockint-unsaved-answers", daemon=True)
        self._thread.start()

    # -- the retrying thread -----------------------------------------------------------------
    def _retry_loop(self) -> None:
        delay = self._retry_seconds
        while True:
            self._wake.wait(delay)
            self._wake.clear()
            with self._lock:
                if self._closed:
                    return
                saved, error = self._flush()
                failed = error is not None
                if not failed:
                    self._thread = None
            self._report(saved)
            if not failed:
                return
            delay = min(delay * 2, self._max_retry_seconds)

    def _report(self, saved: list[tuple[Pending, int | None]]) -> None:
        callback = self.on_saved
        if callback is not None:
            for entry, answer_id in saved:
                callback(entry, answer_id)
