"""App timings: time to the first screen (goal <= 0.8 s) and to open the review list with
10,000 stored answers (goal <= 0.3 s).

Run: .venv/bin/python benchmarks/tui.py [--runs N] [--answers N] [--no-tmux]

Every figure is a median and a p95 over ``--runs`` (at least 10), and every clock that a user
would start at launch starts in this process just before the new interpreter is spawned.

- "first screen, headless": from spawning a new interpreter until the app, run headless, has the
  start screen mounted (and, separately, the banks listed).
- "first screen, real terminal": the installed ``mockint`` in tmux, from launch until the start
  screen's text is on the pane (polled every 10 ms).
- "review list at launch": ``mockint review``'s app (initial review screen) in a new interpreter,
  with N stored answers, from spawning until session rows (not just the header) are drawn.
- "review list from the key": in a running app, from the review key until rows are drawn, and
  until every session is read.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from timing import figures, run_python, spread

REPO = Path(__file__).resolve().parents[1]
FIRST_SCREEN_GOAL = 0.8
REVIEW_GOAL = 0.3
ANSWERS_PER_SESSION = 10

HEADLESS_PROBE = r"""
import time
import asyncio, json
from mockint.tui.app import make_app
from mockint.tui.screens.start import StartScreen

async def main():
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        while not (isinstance(app.screen, StartScreen) and app.screen.is_mounted):
            await pilot.pause(0.001)
        mounted = time.time()
        while not app.screen.entries:
            await pilot.pause(0.001)
        listed = time.time()
    print(json.dumps({"mounted": mounted, "listed": listed}))

asyncio.run(main())
"""

# A session row of the review list: its bank title ("Bank 3"); the header says only "Bank".
ROW = r"Bank \d"

REVIEW_PROBE = r"""
import asyncio, json, re, time
from mockint.tui.app import make_app
from mockint.tui.screens.review import ReviewScreen

async def main():
    app = make_app(initial="review")
    async with app.run_test(size=(100, 30)) as pilot:
        while True:
            if isinstance(app.screen, ReviewScreen):
                drawn = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
                if re.search(ROW, drawn):
                    break
            await pilot.pause(0.001)
        print(json.dumps({"rows": time.time()}))

asyncio.run(main())
""".replace("ROW", repr(ROW))

SAMPLE_ANSWERS = (
    "Last spring our checkout failed every Friday. I traced it to a cache, I rewrote the job and "
    "we cut failures from 12 a week to 1.",
    "Um, I think I'm a hard worker, you know, and I like people.",
    "At my internship I rebuilt the weekly report in Python and cut it from two days to an hour; "
    "my manager adopted it for three teams.",
)


def first_screen_headless(runs: int, env: dict[str, str]) -> dict[str, list[float]]:
    """Seconds from spawning the interpreter to the start screen mounted, banks listed."""
    found: dict[str, list[float]] = {"mounted": [], "listed": []}
    for _ in range(runs):
        spawned, _, measured = run_python(HEADLESS_PROBE, env=env)
        for key in found:
            found[key].append(measured[key] - spawned)
    return found


def review_at_launch(runs: int, env: dict[str, str]) -> list[float]:
    """Seconds from spawning the interpreter to review rows drawn."""
    times = []
    for _ in range(runs):
        spawned, _, measured = run_python(REVIEW_PROBE, env=env)
        times.append(measured["rows"] - spawned)
    return times


def first_screen_tmux(runs: int, env: dict[str, str]) -> list[float] | None:
    if shutil.which("tmux") is None:
        return None
    mockint = Path(sys.executable).parent / "mockint"
    times = []
    for _ in range(runs):
        socket = f"mockint-bench-{uuid.uuid4().hex[:10]}"
        tmux = ["tmux", "-L", socket]
        try:
            subprocess.run([*tmux, "new-session", "-d", "-s", "b", "-x", "100", "-y", "30", "sleep 600"], check=True, env=env)
            started = time.perf_counter()
            subprocess.run([*tmux, "respawn-pane", "-k", "-t", "b", str(mockint)], check=True, env=env)
            while True:
                pane = subprocess.run([*tmux, "capture-pane", "-p", "-t", "b"], capture_output=True, text=True).stdout
                if "Question bank" in pane and "questions" in pane:
                    times.append(time.perf_counter() - started)
                    break
                if time.perf_counter() - started > 30:
                    raise SystemExit(f"the start screen never appeared in tmux:\n{pane}")
                time.sleep(0.01)
        finally:
            socket_path = subprocess.run(
                [*tmux, "display-message", "-p", "#{socket_path}"], capture_output=True, text=True
            ).stdout.strip()
            subprocess.run([*tmux, "kill-server"], capture_output=True)
            if socket_path:
                Path(socket_path).unlink(missing_ok=True)
    return times


def fill_store(answers: int) -> None:
    """``answers`` scored answers in sessions of ten, in the current MOCKINT_HOME."""
    from mockint.banks.model import Question
    from mockint.scoring import score_answer
    from mockint.scoring.model import AnswerInput
    from mockint.store import HistoryStore

    question = Question(id="q", text="Tell me about a time you fixed something.", think_seconds=10, answer_seconds=120)
    cards = [score_answer(AnswerInput.for_question(text, question)) for text in SAMPLE_ANSWERS]
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    with HistoryStore(durable=False) as store:
        for s in range(answers // ANSWERS_PER_SESSION):
            session_id = store.start_session(
                bank_id=f"bank-{s % 6}", bank_title=f"Bank {s % 6}", settings={}, started_at=start + timedelta(hours=s)
            )
            for a in range(ANSWERS_PER_SESSION):
                index = (s + a) % len(SAMPLE_ANSWERS)
                store.add_answer(
                    session_id,
                    question_id=f"q{a}",
                    question_text=question.text,
                    text=SAMPLE_ANSWERS[index],
                    mode="typed",
                    card=cards[index],
                )
            store.end_session(session_id, ended_at=start + timedelta(hours=s, minutes=20))


async def _open_review_once() -> tuple[float, float]:
    from mockint.tui.app import make_app
    from mockint.tui.screens.review import ReviewScreen
    from mockint.tui.screens.start import StartScreen

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        while not (isinstance(app.screen, StartScreen) and app.screen.entries):
            await pilot.pause(0.001)
        started = time.perf_counter()
        app.action_review()
        while not (isinstance(app.screen, ReviewScreen) and re.search(ROW, _drawn(app))):
            await pilot.pause(0.001)
        shown = time.perf_counter() - started
        while not app.screen.loaded:
            await pilot.pause(0.001)
        complete = time.perf_counter() - started
    return shown, complete


def _drawn(app) -> str:
    """What the screen shows now (the compositor's last layout, rendered to text)."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def open_review(runs: int) -> tuple[list[float], list[float]]:
    """(rows drawn, every session read) per run; the first run also imports the review screen."""
    results = [asyncio.run(_open_review_once()) for _ in range(runs)]
    return [r[0] for r in results], [r[1] for r in results]


def verdict(values: list[float], goal: float) -> str:
    return "ok" if statistics.median(values) <= goal else "OVER GOAL"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="repetitions (at least 10)")
    parser.add_argument("--answers", type=int, default=10_000, help="stored answers for the review timing")
    parser.add_argument("--no-tmux", action="store_true", help="skip the real-terminal timing")
    args = parser.parse_args()
    runs = max(10, args.runs)

    home = tempfile.mkdtemp(prefix="mockint-bench-tui-")
    os.environ["MOCKINT_HOME"] = home
    env = dict(os.environ, TERM="xterm-256color", PYTHONPATH=str(REPO))
    report: dict[str, object] = {}
    try:
        headless = first_screen_headless(runs, env)
        print(f"first screen, headless, from spawn: mounted {spread(headless['mounted'])} "
              f"({verdict(headless['mounted'], FIRST_SCREEN_GOAL)}, goal <= {FIRST_SCREEN_GOAL}); "
              f"banks listed {spread(headless['listed'])}")
        report.update({f"first_screen_{k}": figures(v) for k, v in headless.items()})
        if not args.no_tmux:
            real = first_screen_tmux(runs, env)
            if real is None:
                print("first screen, real terminal: skipped (no tmux)")
            else:
                print(f"first screen, real terminal (tmux, `mockint`): {spread(real)} "
                      f"({verdict(real, FIRST_SCREEN_GOAL)}, goal <= {FIRST_SCREEN_GOAL})")
                report["first_screen_tmux"] = figures(real)
        started = time.perf_counter()
        fill_store(args.answers)
        print(f"filled {args.answers:,} answers in {time.perf_counter() - started:.1f} s")
        launch = review_at_launch(runs, env)
        print(f"review list at launch, {args.answers:,} answers, spawn to rows drawn: {spread(launch)}")
        shown, complete = open_review(runs)
        print(f"review list from the key, {args.answers:,} answers: rows drawn {spread(shown)} "
              f"({verdict(shown, REVIEW_GOAL)}, goal <= {REVIEW_GOAL}; the first run imports the screen: "
              f"{shown[0]:.3f} s); every session read {spread(complete)}")
        report.update({"review_at_launch": figures(launch), "review_rows": figures(shown), "review_complete": figures(complete)})
        print(json.dumps(report))
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
