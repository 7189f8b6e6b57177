"""The installed ``mockint`` in a real terminal (tmux): today's practice started from the start
screen with one key, an answer, "try again", the tries compared, the follow-up (when the retake
gets one) answered, and all of it kept in the history and its JSON export."""

from __future__ import annotations

import json
import shlex
import time
from pathlib import Path

from .test_terminal_e2e import ANSWER, MOCKINT, Tmux, pytestmark, tmux  # noqa: F401  (marks, fixture)

BETTER = ANSWER + " and I presented the numbers to the finance team myself"


def next_of(tmux: Tmux, *needles: str, timeout: float = 30.0) -> str:
    """The screen once any of ``needles`` shows."""
    deadline = time.monotonic() + timeout
    while True:
        text = tmux.screen()
        if any(n in text for n in needles):
            return text
        assert time.monotonic() < deadline, f"none of {needles} appeared; the screen was:\n{text}"
        time.sleep(0.1)


def test_a_plan_driven_session_with_a_retake_in_a_real_terminal(tmux: Tmux, mockint_home: Path, run_cli) -> None:
    command = " ".join(
        [f"MOCKINT_HOME={shlex.quote(str(mockint_home))}", "TERM=xterm-256color", shlex.quote(str(MOCKINT))]
    )
    tmux("new-session", "-d", "-s", "app", "-x", "120", "-y", "40", "sleep 600")
    tmux("respawn-pane", "-k", "-t", "app", command)
    tmux.wait_for("Today's practice · p starts it")
    tmux.wait_for("first session")  # an empty history: a first session across criteria
    tmux("send-keys", "-t", "app", "p")
    tmux.wait_for("Today's practice")
    tmux.wait_for("Question 1 of 5")
    tmux("send-keys", "-t", "app", "Enter")  # stop thinking, answer now
    tmux.wait_for("answer time left")
    tmux("send-keys", "-t", "app", "-l", ANSWER)
    tmux.wait_for("cut costs by 20 percent")
    tmux("send-keys", "-t", "app", "C-s")
    tmux.wait_for("Overall ")
    tmux("send-keys", "-t", "app", "g")  # try again
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
    tmux.wait_for("g Try again")  # back on the score card
    tmux("send-keys", "-t", "app", "Enter")
    follow_ups = 0
    if "· follow-up ·" in next_of(tmux, "Question 2 of 5", "· follow-up ·"):
        follow_ups = 1  # the interviewer's follow-up to the retake: answered too
        tmux.wait_for("answer time left")
        tmux("send-keys", "-t", "app", "-l", BETTER)
        tmux.wait_for("finance team myself")
        tmux("send-keys", "-t", "app", "C-s")
        tmux.wait_for("Overall ")
        tmux("send-keys", "-t", "app", "Enter")
    for number in range(2, 6):  # skip the rest of today's plan
        tmux.wait_for(f"Question {number} of 5")
        tmux("send-keys", "-t", "app", "C-n")
    tmux.wait_for("Session complete")
    tmux("send-keys", "-t", "app", "C-q")
    deadline = time.monotonic() + 15
    while tmux.alive():
        assert time.monotonic() < deadline, "the app did not exit on ctrl+q"
        time.sleep(0.1)

    history = run_cli("history", "--json")
    assert history.returncode == 0, history.stderr
    (session,) = json.loads(history.stdout)
    assert session["bank_id"] == "today" and session["answer_count"] == 2 + follow_ups
    exported = run_cli("export", "latest", "--format", "json")
    assert exported.returncode == 0, exported.stderr
    first, retake, *follow = json.loads(exported.stdout)["answers"]
    assert [(f["kind"], f["parent_answer_id"]) for f in follow] == [("follow_up", retake["id"])] * follow_ups
    assert "/" in first["question_id"] and retake["question_id"] == first["question_id"]
    assert (retake["kind"], retake["attempt"], retake["parent_answer_id"]) == ("retake", 2, first["id"])
