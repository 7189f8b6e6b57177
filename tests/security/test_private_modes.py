"""Every folder mockint creates is 0700, every file it writes 0600; a folder the user set up is
left as it is, and one mockint cannot write in is reported in one line, never chmod-ed back."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from mockint import paths
from mockint.cli import main
from mockint.speech.recorder import Recorder
from mockint.store import HistoryStore
from mockint.store.errors import StoreError

from ..store.test_failures import NOBODY
from ..store.test_failures import _as_unprivileged_user as as_nobody


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_banks_new_creates_home_and_data_0700(run_cli, mockint_home: Path) -> None:
    home = mockint_home / "fresh"
    result = run_cli("banks", "new", "mine", env={"MOCKINT_HOME": str(home)})
    assert result.returncode == 0, result.stderr
    bank = home / "data" / "banks" / "mine.toml"
    assert [mode(p) for p in (home, home / "data", home / "data" / "banks")] == [0o700] * 3
    assert mode(bank) == 0o600


def test_banks_import_creates_home_and_data_0700(run_cli, mockint_home: Path, tmp_path: Path) -> None:
    home = mockint_home / "fresh"
    source = tmp_path / "questions.txt"
    source.write_text("Why this role?\n", encoding="utf-8")
    result = run_cli("banks", "import", source, env={"MOCKINT_HOME": str(home)})
    assert result.returncode == 0, result.stderr
    assert [mode(p) for p in (home, home / "data", home / "data" / "banks")] == [0o700] * 3
    assert mode(home / "data" / "banks" / "questions.toml") == 0o600


class SilentDevice:
    """A stand-in for the PortAudio stream that delivers one block of silence."""

    def __init__(self, **options) -> None:
        self.callback = options["callback"]

    def start(self) -> None:
        self.callback(np.zeros((1600, 1), dtype="int16"), 1600, None, None)

    def stop(self) -> None:
        pass

    def close(self) -> None:
        pass


def _record(path: Path | None = None) -> Path:
    recorder = Recorder(path, max_seconds=0.1, stream_factory=SilentDevice)
    recorder.start()
    assert recorder.wait(30)
    return recorder.stop().path


def test_the_first_recording_creates_every_folder_0700(mockint_home: Path, monkeypatch) -> None:
    home = mockint_home / "fresh"
    monkeypatch.setenv("MOCKINT_HOME", str(home))
    path = _record()
    assert path.parent == paths.recordings_dir()
    assert [mode(p) for p in (home, home / "data", path.parent)] == [0o700] * 3
    assert mode(path) == 0o600


def test_recording_over_an_existing_file_makes_it_0600(tmp_path: Path) -> None:
    target = tmp_path / "check.wav"
    target.write_bytes(b"old")
    target.chmod(0o644)
    assert _record(target) == target
    assert mode(target) == 0o600 and target.read_bytes()[:4] == b"RIFF"


def test_an_unusual_umask_still_gives_0700_folders(tmp_path: Path) -> None:
    old = os.umask(0o277)
    try:
        paths.write_private_file(tmp_path / "a" / "b" / "file", "x")
    finally:
        os.umask(old)
    assert mode(tmp_path / "a") == mode(tmp_path / "a" / "b") == 0o700
    assert mode(tmp_path / "a" / "b" / "file") == 0o600


def test_a_home_the_user_made_keeps_its_mode(mockint_home: Path) -> None:
    mockint_home.chmod(0o755)
    paths.write_private_file(paths.ui_state_file(), "{}")
    HistoryStore().close()
    assert mode(mockint_home) == 0o755
    assert mode(paths.config_dir()) == mode(paths.data_dir()) == 0o700


# -- a folder the user made read-only -------------------------------------------------------------


@pytest.fixture
def readonly_data(monkeypatch) -> Iterator[Path]:
    """``$MOCKINT_HOME/data`` owned by the test's user, mode 0500, in a folder anyone can reach."""
    base = Path(tempfile.mkdtemp(prefix="mockint-modes-"))
    base.chmod(0o755)
    home = base / "home"
    data = home / "data"
    data.mkdir(parents=True)
    if os.geteuid() == 0:
        for folder in (home, data):
            os.chown(folder, NOBODY, NOBODY)
    data.chmod(0o500)
    monkeypatch.setenv("MOCKINT_HOME", str(home))
    yield data
    data.chmod(0o700)
    shutil.rmtree(base)


def test_banks_new_in_a_read_only_data_folder_is_reported_not_fixed(readonly_data: Path, capsys) -> None:
    with as_nobody():
        code = main(["banks", "new", "mine"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("mockint: ")
    assert f"mockint cannot write in {readonly_data} (mode 0500" in err
    assert mode(readonly_data) == 0o500 and list(readonly_data.iterdir()) == []


def test_the_history_in_a_read_only_data_folder_is_reported_not_fixed(readonly_data: Path) -> None:
    with as_nobody(), pytest.raises(StoreError, match="permission denied"):
        HistoryStore()
    assert mode(readonly_data) == 0o500 and list(readonly_data.iterdir()) == []


def test_a_recording_in_a_read_only_data_folder_is_reported_not_fixed(readonly_data: Path) -> None:
    from mockint.speech.errors import SpeechError

    with as_nobody(), pytest.raises(SpeechError, match="cannot write the recording: permission denied"):
        Recorder(max_seconds=0.1, stream_factory=SilentDevice).start()
    assert mode(readonly_data) == 0o500 and list(readonly_data.iterdir()) == []
