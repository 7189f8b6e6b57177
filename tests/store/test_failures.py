"""Broken, locked or unreachable databases: one clear StoreError naming the file, the user's file
left as it was; and the privacy of what is written (files 0600, folders 0700)."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mockint import paths
from mockint.store import HistoryStore, StoreError

NOBODY = 65534


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _assert_one_line_naming(error: pytest.ExceptionInfo, path: Path) -> str:
    message = str(error.value)
    assert "\n" not in message
    assert str(path) in message
    return message


def _store_with_answers(path: Path, samples) -> None:
    with HistoryStore(path) as store:
        session_id = store.start_session(bank_id="general", bank_title="General", settings={})
        for _ in range(30):
            samples.add_prepared(store, session_id)


def test_random_bytes_are_reported_as_corrupt_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    garbage = bytes(range(256)) * 64
    path.write_bytes(garbage)
    with pytest.raises(StoreError) as error:
        HistoryStore(path)
    assert "corrupt or not a database" in _assert_one_line_naming(error, path)
    assert path.read_bytes() == garbage
    assert not path.with_name(path.name + "-wal").exists()


def test_a_text_file_is_not_taken_for_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("my interview notes\n" * 50)
    with pytest.raises(StoreError, match="not a database"):
        HistoryStore(path)
    assert path.read_text() == "my interview notes\n" * 50


def test_garbage_written_over_a_real_history_is_reported(tmp_path: Path, samples) -> None:
    path = tmp_path / "history.sqlite3"
    _store_with_answers(path, samples)
    data = bytearray(path.read_bytes())
    data[100:] = b"\xde\xad\xbe\xef" * ((len(data) - 100) // 4)  # keep only the 100-byte header
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError) as error:
        with HistoryStore(path) as store:
            store.list_sessions()
    assert "corrupt" in _assert_one_line_naming(error, path)
    assert path.read_bytes() == bytes(data)


def test_a_writer_holding_the_lock_gives_a_locked_message_then_work_resumes(
    tmp_path: Path, samples
) -> None:
    path = tmp_path / "history.sqlite3"
    HistoryStore(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with HistoryStore(path, timeout=0.1) as store:
            started = time.monotonic()
            with pytest.raises(StoreError) as error:
                store.start_session(bank_id="a", bank_title="A", settings={})
            assert time.monotonic() - started < 5
            assert "locked by another program" in _assert_one_line_naming(error, path)
            assert store.list_sessions() == []  # readers are not blocked in WAL mode
            other.execute("ROLLBACK")
            session_id = store.start_session(bank_id="a", bank_title="A", settings={})
            samples.add_prepared(store, session_id)
            assert store.list_sessions()[0].answer_count == 1
    finally:
        other.close()


def test_a_database_locked_exclusively_cannot_even_be_opened(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    HistoryStore(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("INSERT INTO sessions (bank_id, bank_title, started_at) VALUES ('x', 'X', 'now')")
    try:
        with pytest.raises(StoreError) as error:
            HistoryStore(path, timeout=0.1)
        assert "locked" in _assert_one_line_naming(error, path)
    finally:
        other.close()


@contextlib.contextmanager
def _as_unprivileged_user() -> Iterator[None]:
    """Root ignores file modes: drop to 'nobody' for the block (a no-op for a normal user)."""
    if os.geteuid() != 0:
        yield
        return
    os.setegid(NOBODY)
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@pytest.fixture
def shared_base() -> Iterator[Path]:
    """A folder the unprivileged user can reach (pytest's own tmp folders are root-only)."""
    base = Path(tempfile.mkdtemp(prefix="mockint-store-perm-"))
    os.chmod(base, 0o755)
    yield base
    for folder in [base, *(p for p in base.rglob("*") if p.is_dir())]:
        folder.chmod(0o700)  # tests make folders read-only; let the clean-up in
    shutil.rmtree(base)


def _user_owned_folder(base: Path, name: str) -> Path:
    folder = base / name
    folder.mkdir()
    if os.geteuid() == 0:
        os.chown(folder, NOBODY, NOBODY)
    return folder


def test_an_unwritable_folder_is_reported_and_nothing_is_created(shared_base: Path) -> None:
    folder = _user_owned_folder(shared_base, "readonly")
    folder.chmod(0o500)
    path = folder / "history.sqlite3"
    with _as_unprivileged_user(), pytest.raises(StoreError) as error:
        HistoryStore(path)
    assert "permission denied" in _assert_one_line_naming(error, path)
    assert list(folder.iterdir()) == []


def test_an_existing_history_in_a_folder_made_read_only_is_reported(
    shared_base: Path, samples
) -> None:
    folder = _user_owned_folder(shared_base, "was-writable")
    path = folder / "history.sqlite3"
    with _as_unprivileged_user():
        _store_with_answers(path, samples)
        before = path.read_bytes()
        folder.chmod(0o500)  # the -wal file can no longer be created
        with pytest.raises(StoreError) as error:
            with HistoryStore(path) as store:
                store.list_sessions()
    assert "read-only" in _assert_one_line_naming(error, path)
    assert path.read_bytes() == before


def test_a_parent_that_is_a_file_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError) as error:
        HistoryStore(blocker / "history.sqlite3")
    _assert_one_line_naming(error, blocker / "history.sqlite3")
    assert blocker.read_text() == "not a folder"


def test_a_folder_at_the_database_path_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.mkdir()
    with pytest.raises(StoreError, match="is a folder"):
        HistoryStore(path)


@pytest.mark.parametrize("umask", [0o000, 0o022])
def test_new_files_are_0600_and_the_data_folder_0700(umask: int, samples) -> None:
    old_umask = os.umask(umask)
    try:
        with HistoryStore() as store:
            session_id = store.start_session(bank_id="a", bank_title="A", settings={})
            samples.add_prepared(store, session_id)
            db = paths.database_file()
            side_files = [db.with_name(db.name + s) for s in ("-wal", "-shm")]
            assert all(p.exists() for p in side_files)  # WAL mode, while the store is open
            assert _mode(paths.data_dir()) == 0o700
            assert [_mode(p) for p in (db, *side_files)] == [0o600, 0o600, 0o600]
    finally:
        os.umask(old_umask)


def test_an_existing_database_readable_by_others_is_tightened(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    HistoryStore(path).close()
    path.chmod(0o644)
    with HistoryStore(path):
        assert _mode(path) == 0o600


def test_a_chosen_path_in_an_existing_shared_folder_leaves_the_folder_alone(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    with HistoryStore(folder / "history.sqlite3"):
        pass
    assert _mode(folder) == 0o755
    assert _mode(folder / "history.sqlite3") == 0o600


@pytest.mark.parametrize(
    "action",
    [
        lambda s: s.get_session(1),
        lambda s: s.list_sessions(),
        lambda s: s.criterion_series(),
    ],
    ids=["get_session", "list_sessions", "criterion_series"],
)
def test_reads_after_the_file_is_replaced_by_garbage_raise_store_error(
    tmp_path: Path, samples, action: Callable[[HistoryStore], object]
) -> None:
    path = tmp_path / "history.sqlite3"
    _store_with_answers(path, samples)
    store = HistoryStore(path)
    try:
        size = path.stat().st_size
        with path.open("r+b") as handle:  # clobber every page but the first, under the store
            handle.seek(4096)
            handle.write(b"\x00\xff" * ((size - 4096) // 2))
        store._connection().execute("PRAGMA cache_size = 0")
        with pytest.raises(StoreError) as error:
            action(store)
        assert "corrupt" in _assert_one_line_naming(error, path)
    finally:
        store.close()
