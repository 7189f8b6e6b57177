"""The installed ``mockint`` in a real terminal (tmux): type an answer, submit, read the score card."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux (installed by .ci/run)"),
]

MOCKINT = Path(sys.executable).parent / "mockint"
ANSWER = "I led the migration of our billing system and we cut costs by 20 percent in 3 months"


class Tmux:
    """One tmux server on its own socket, killed at the end."""

    def __init__(self) -> None:
        self.socket = f"mockint-test-{uuid.uuid4().hex[:12]}"

    def __call__(self, *args: str) -> str:
        proc = subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, timeout=30)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    def screen(self) -> str:
        return self("capture-pane", "-p", "-t", "app")

    def wait_for(self, needle: str, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            text = self.screen()
            if needle in text:
                return text
            if time.monotonic() > deadline:
                raise AssertionError(f"{needle!r} never appeared; the screen was:\n{text}")
            time.sleep(0.1)

    def alive(self) -> bool:
        """Whether the app's window is still there (it closes when mockint exits)."""
        proc = subprocess.run(["tmux", "-L", self.socket, "has-session", "-t", "app"], capture_output=True, timeout=30)
        return proc.returncode == 0

    def leave_the_summary(self, within_s: float) -> None:
        """Enter past the last card to the summary, then Ctrl+Q; the app must exit in ``within_s``."""
        self("send-keys", "-t", "app", "Enter")
        self.wait_for("Session complete")
        self("send-keys", "-t", "app", "C-q")
        deadline = time.monotonic() + within_s
        while self.alive():
            assert time.monotonic() < deadline, "the app did not exit on ctrl+q"
            time.sleep(0.1)

    def kill(self) -> None:
        """Stop the server and remove its socket file (tmux leaves it behind)."""
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True, timeout=30)
        folder = Path(os.environ.get("TMUX_TMPDIR") or "/tmp") / f"tmux-{os.getuid()}"
        (folder / self.socket).unlink(missing_ok=True)


@pytest.fixture
def tmux():
    server = Tmux()
    yield server
    server.kill()


def test_practice_in_a_real_terminal_then_history_shows_it(tmux: Tmux, mockint_home: Path, run_cli) -> None:
    command = " ".join(
        [
            f"MOCKINT_HOME={shlex.quote(str(mockint_home))}",
            "TERM=xterm-256color",
            shlex.quote(str(MOCKINT)),
            "practice --bank behavioral --count 1 --think-seconds 0 --no-follow-ups",
        ]
    )
    # The pane gets its size first, then mockint starts in it (a resize racing the app's start-up
    # could leave it drawing at tmux's initial 80×24).
    tmux("new-session", "-d", "-s", "app", "-x", "100", "-y", "30", "sleep 600")
    tmux("respawn-pane", "-k", "-t", "app", command)
    tmux.wait_for("Question 1 of 1")
    tmux.wait_for("answer time left")
    tmux("send-keys", "-t", "app", "-l", ANSWER)
    tmux.wait_for("cut costs by 20 percent")
    tmux("send-keys", "-t", "app", "C-s")
    text = tmux.wait_for("Overall ")
    assert "/100" in text
    for label in ("Concrete example", "Structure"):  # (which others depends on the question drawn)
        assert label in text, text
    tmux.leave_the_summary(within_s=15)

    history = run_cli("history", "--json")
    assert history.returncode == 0, history.stderr
    sessions = json.loads(history.stdout)
    assert len(sessions) == 1
    assert sessions[0]["bank_id"] == "behavioral"
    assert sessions[0]["answer_count"] == 1
    assert sessions[0]["ended_at"], "the session end was saved too"
