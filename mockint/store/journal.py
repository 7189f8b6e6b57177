"""Journals of unsaved answers: files beside the database that keep what the history could not
take (it was locked by another program, the disk was full...) until it can.

Each running mockint writes its own journal, ``<database>.unsaved-<id>.jsonl`` (0600, one JSON
entry a line, synced after every line), and holds an exclusive OS lock (``fcntl.flock``) on it
for as long as it runs. Replaying takes a journal's lock first, without waiting: a journal whose
writer is still running, or that another copy of mockint is replaying, is left alone, so two
copies never replay the same journal. A journal whose writer died (quit, killed, crashed) is free
and replayed by the next mockint to start. Every entry carries a UUID and saving is idempotent
(:meth:`HistoryStore.save_pending`), so a replay interrupted after some commits, or a journal
left behind by a crash after its answers were saved, never saves an answer twice. A journal is
deleted once all its entries are saved; an entry that cannot be read is reported and its file
kept.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from mockint import paths
from mockint.errors import MockintError
from mockint.store.errors import StoreError
from mockint.store.pending import Pending, pending_from_dict

if TYPE_CHECKING:
    from mockint.store.history import HistoryStore

_SUFFIX = ".jsonl"


def journal_glob(database: Path) -> str:
    return f"{database.name}.unsaved-*{_SUFFIX}"


def journals_beside(database: Path) -> list[Path]:
    """Every journal of unsaved answers for ``database``, oldest name first."""
    try:
        return sorted(database.parent.glob(journal_glob(database)))
    except OSError:
        return []


class Journal:
    """One journal file, locked by this object from :meth:`open` to :meth:`close`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @classmethod
    def create(cls, database: Path) -> Journal:
        """A new journal of this process beside ``database``, open and locked."""
        journal = cls(database.with_name(f"{database.name}.unsaved-{uuid.uuid4().hex}{_SUFFIX}"))
        if not journal.open(create=True):  # a fresh name: nobody else can hold it
            raise StoreError(f"{journal.path}: cannot lock the new journal of unsaved answers")
        return journal

    @property
    def is_open(self) -> bool:
        return self._fd is not None

    def open(self, *, create: bool = False) -> bool:
        """Open and lock the file without waiting; False if another process holds it (or it was
        replayed and deleted meanwhile). Raises StoreError if it cannot be opened at all."""
        flags = os.O_RDWR | os.O_APPEND | (os.O_CREAT | os.O_EXCL if create else 0)
        try:
            fd = os.open(self.path, flags, paths.PRIVATE_FILE_MODE)
        except FileNotFoundError:
            return False
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot open the journal of unsaved answers: {exc.strerror or exc}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        # Locked; but if another copy replayed and deleted it before we locked, it is gone.
        try:
            still_there = os.stat(self.path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            still_there = False
        if not still_there:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def append(self, entry: Pending) -> None:
        """Add one entry and sync it to disk before returning."""
        line = (json.dumps(entry.to_dict(), ensure_ascii=True, separators=(",", ":")) + "\n").encode()
        fd = self._require_open()
        try:
            os.write(fd, line)
            os.fsync(fd)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot write the journal of unsaved answers: {exc.strerror or exc}") from None

    def read(self) -> tuple[list[Pending], list[str]]:
        """The entries, in order, and a message for each line that is not a readable entry."""
        fd = self._require_open()
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            chunks = []
            while chunk := os.read(fd, 1 << 16):
                chunks.append(chunk)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot read the journal of unsaved answers: {exc.strerror or exc}") from None
        entries: list[Pending] = []
        problems: list[str] = []
        for number, raw in enumerate(b"".join(chunks).split(b"\n"), start=1):
            if not raw.strip():
                continue
            try:
                entries.append(pending_from_dict(json.loads(raw)))
            except (ValueError, KeyError, TypeError, RecursionError) as exc:
                problems.append(f"{self.path}:{number}: not a readable unsaved answer ({type(exc).__name__}); the file is kept")
        return entries, problems

    def delete(self) -> None:
        """Remove the file (still locked, so nobody opens it meanwhile) and close it."""
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)
        self.close()

    def close(self) -> None:
        """Release the lock (closing the file releases it); the file stays for a later replay."""
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)

    def _require_open(self) -> int:
        if self._fd is None:
            raise StoreError(f"{self.path}: the journal of unsaved answers is not open")
        return self._fd


@dataclass
class ReplayReport:
    """What a replay did: answers saved, journals left alone (in use), problems (one line each)."""

    saved: int = 0
    busy: int = 0
    problems: list[str] = field(default_factory=list)


def replay_journals(store: HistoryStore, *, skip: Iterable[Path] = ()) -> ReplayReport:
    """Save the entries of every free journal beside ``store.path`` (see the module doc);
    ``skip``: journals of this process. Never raises for a store or journal problem."""
    report = ReplayReport()
    own = {Path(p) for p in skip}
    for path in journals_beside(store.path):
        if path in own:
            continue
        journal = Journal(path)
        try:
            if not journal.open():
                report.busy += 1
                continue
            entries, problems = journal.read()
            report.problems.extend(problems)
            for entry in entries:
                if store.save_pending(entry) is not None:
                    report.saved += 1
            if problems:
                journal.close()
            else:
                journal.delete()
        except MockintError as exc:
            report.problems.append(f"{exc} (the unsaved answers stay in {path} and are saved at the next start)")
            break  # the history cannot take them now: leave every journal for next time
        finally:
            journal.close()
    return report
