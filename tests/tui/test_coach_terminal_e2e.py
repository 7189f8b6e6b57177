"""The installed ``mockint`` in a real terminal (tmux): today's practice started from the start
screen with one key, an answer, "try again", and both kept in the history as tries."""

from __future__ import annotations

import json
import shlex
import time
from pathlib import Path

from .test_terminal_e2e import ANSWER, MOCKINT, Tmux, pytestmark, tmux  # noqa: F401  (marks, fixture)

BETTER = ANSWER + " and I presented the numbers to the finance team myself"


def test_a_plan_driven_session_with_a_retake_in_a_real_terminal(tmux: Tmux, mockint_home: Path, run_cli) -> None:
    command = " ".join(
        [f"MOCKINT_HOME={shlex.quote(str(mockint_home))}", "TERM=xterm-256color", shlex.quote(str(MOCKINT))]
    )
    tmux("new-session", "-d", "-s", "app", "-x", "120", "-y", "40", "sleep 600")
    tmux("respawn-pane", "-k", "-t", "app", command)
    tmux.wait_for("Today's practice · p starts it")
    tmux.wait_for("first session: samples")  # an empty history: a first session across criteria
    tmux("send-keys", "-t", "app", "p")
    tmux.wait_for("Today's practice")
    tmux.wait_for("Question 1 of 5")
    tmux("send-keys", "-t", "app", "Enter")  # stop thinking, answer now
    tmux.wait_for("answer time left")
    tmux("send-keys", "-t", "app", "-l", ANSWER)
    tmux.wait_for("cut costs by 20 percent")
    tmux("send-keys", "-t", "app", "C-s")
    tmux.wait_for("Overall ")
    tmux("send-keys", "-t", "app", "a")  # try again
    tmux.wait_for("try 2")
    tmux("send-keys", "-t", "app", "Enter")
    tmux.wait_for("answer time left")
    tmux("send-keys", "-t", "app", "-l", BETTER)
    tmux.wait_for("finance team myself")
    tmux("send-keys", "-t", "app", "C-s")
    tmux.wait_for("Overall ")
    tmux("send-keys", "-t", "app", "c")  # the two tries compared
    tmux.wait_for("Try 2")
    tmux("send-keys", "-t", "app", "Escape")
    tmux("send-keys", "-t", "app", "C-q")
    tmux.wait_for("Quit this session?")
    tmux("send-keys", "-t", "app", "y")
    tmux.wait_for("Session complete")
    tmux("send-keys", "-t", "app", "C-q")
    deadline = time.monotonic() + 15
    while tmux.alive():
        assert time.monotonic() < deadline, "the app did not exit on ctrl+q"
        time.sleep(0.1)

    history = run_cli("history", "--json")
    assert history.returncode == 0, history.stderr
    (session,) = json.loads(history.stdout)
    assert session["bank_id"] == "today" and session["answer_count"] == 2
    exported = run_cli("export", "latest", "--format", "json")
    assert exported.returncode == 0, exported.stderr
    first, retake = json.loads(exported.stdout)["answers"]
    assert "/" in first["question_id"] and retake["question_id"] == first["question_id"]
    assert (retake["kind"], retake["attempt"], retake["parent_answer_id"]) == ("retake", 2, first["id"])
