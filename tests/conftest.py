"""Fixtures for every test: an isolated MOCKINT_HOME, the shared material, the real CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SPEECH_DIR = SHARED / "speech"
FAKE_MIC = SHARED / "audio" / "make-fake-mic"


@pytest.fixture(autouse=True)
def mockint_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data and config folders; nothing touches the real user's files."""
    home = tmp_path_factory.mktemp("mockint-home")
    monkeypatch.setenv("MOCKINT_HOME", str(home))
    return home


@pytest.fixture
def builtin_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty stand-in for the shipped banks, so a test controls every bank there is."""
    from mockint import paths

    folder = tmp_path / "builtin"
    folder.mkdir()
    monkeypatch.setattr(paths, "builtin_bank_dir", lambda: folder)
    return folder


@dataclass
class CliResult:
    returncode: int
    stdout: str
    stderr: str


def mockint_executable() -> str:
    """The installed console script next to this interpreter (the real entry point)."""
    script = Path(sys.executable).parent / "mockint"
    if not script.exists():
        raise RuntimeError(f"the mockint console script is not installed at {script}")
    return str(script)


@pytest.fixture
def run_cli(mockint_home: Path):
    """Run the installed ``mockint`` command in a subprocess: ``run_cli("banks", "list", input=...)``."""

    def run(*args: str, input: str | bytes | None = None, timeout: float = 120, env: dict | None = None) -> CliResult:
        full_env = dict(os.environ, MOCKINT_HOME=str(mockint_home), NO_COLOR="1")
        full_env.update(env or {})
        text = not isinstance(input, bytes)
        proc = subprocess.run(
            [mockint_executable(), *map(str, args)],
            input=input,
            capture_output=True,
            text=text,
            timeout=timeout,
            env=full_env,
            cwd=REPO,
        )
        out, err = proc.stdout, proc.stderr
        if not text:
            out, err = out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
        return CliResult(proc.returncode, out, err)

    return run
