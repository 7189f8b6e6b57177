"""App timings: time to the first screen (goal <= 0.8 s) and to open the review list with
10,000 stored answers (goal <= 0.3 s).

Run: .venv/bin/python benchmarks/tui.py [--runs N] [--answers N] [--no-tmux]

- "first screen, headless": a fresh interpreter imports the app and runs it headless until the
  start screen is mounted (and, separately, until the banks are listed). Measured inside that
  process from its first line, and from the parent as spawn-to-ready wall time.
- "first screen, real terminal": the installed ``mockint`` in tmux, from launch until the start
  screen's text is on the pane (polled every 10 ms; includes interpreter start-up).
- "review list": a store holding N answers; from the review key until the list shows the newest
  sessions, and until every session is read.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIRST_SCREEN_GOAL = 0.8
REVIEW_GOAL = 0.3
ANSWERS_PER_SESSION = 10

HEADLESS_PROBE = r"""
import time
t0 = time.perf_counter()
import asyncio, json
from mockint.tui.app import make_app
from mockint.tui.screens.start import StartScreen

async def main():
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        while not (isinstance(app.screen, StartScreen) and app.screen.is_mounted):
            await pilot.pause(0.001)
        mounted = time.perf_counter() - t0
        while not app.screen.entries:
            await pilot.pause(0.001)
        listed = time.perf_counter() - t0
    print(json.dumps({"mounted": mounted, "listed": listed}))

asyncio.run(main())
"""

SAMPLE_ANSWERS = (
    "Last spring our checkout failed every Friday. I traced it to a cache, I rewrote the job and "
    "we cut failures from 12 a week to 1.",
    "Um, I think I'm a hard worker, you know, and I like people.",
    "At my internship I rebuilt the weekly report in Python and cut it from two days to an hour; "
    "my manager adopted it for three teams.",
)


def _median(values: list[float]) -> float:
    return statistics.median(values)


def first_screen_headless(runs: int, env: dict[str, str]) -> dict[str, float]:
    inside_mounted, inside_listed, wall = [], [], []
    for _ in range(runs):
        started = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-c", HEADLESS_PROBE], capture_output=True, text=True, env=env, cwd=REPO, timeout=120
        )
        wall.append(time.perf_counter() - started)
        if proc.returncode != 0:
            raise SystemExit(f"headless probe failed:\n{proc.stderr}")
        figures = json.loads(proc.stdout.strip().splitlines()[-1])
        inside_mounted.append(figures["mounted"])
        inside_listed.append(figures["listed"])
    return {
        "mounted": _median(inside_mounted),
        "listed": _median(inside_listed),
        "wall": _median(wall),
    }


def first_screen_tmux(runs: int, env: dict[str, str]) -> float | None:
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
    return _median(times)


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
        while not (isinstance(app.screen, ReviewScreen) and "Bank " in _drawn(app)):
            await pilot.pause(0.001)
        shown = time.perf_counter() - started
        while not app.screen.loaded:
            await pilot.pause(0.001)
        complete = time.perf_counter() - started
    return shown, complete


def _drawn(app) -> str:
    """What the screen shows now (the compositor's last layout, rendered to text)."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def open_review(runs: int) -> tuple[float, float, float]:
    """(median shown, median complete, first shown: that one also imports the review screen)."""
    results = [asyncio.run(_open_review_once()) for _ in range(runs)]
    return _median([r[0] for r in results]), _median([r[1] for r in results]), results[0][0]


def verdict(seconds: float, goal: float) -> str:
    return "ok" if seconds <= goal else "OVER GOAL"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="repetitions; the median is reported")
    parser.add_argument("--answers", type=int, default=10_000, help="stored answers for the review timing")
    parser.add_argument("--no-tmux", action="store_true", help="skip the real-terminal timing")
    args = parser.parse_args()

    home = tempfile.mkdtemp(prefix="mockint-bench-tui-")
    os.environ["MOCKINT_HOME"] = home
    env = dict(os.environ, TERM="xterm-256color")
    try:
        headless = first_screen_headless(args.runs, env)
        print(f"first screen, headless: mounted {headless['mounted']:.3f} s "
              f"({verdict(headless['mounted'], FIRST_SCREEN_GOAL)}, goal <= {FIRST_SCREEN_GOAL}); "
              f"banks listed {headless['listed']:.3f} s; spawn to exit {headless['wall']:.3f} s")
        if not args.no_tmux:
            real = first_screen_tmux(args.runs, env)
            if real is None:
                print("first screen, real terminal: skipped (no tmux)")
            else:
                print(f"first screen, real terminal (tmux, `mockint`): {real:.3f} s "
                      f"({verdict(real, FIRST_SCREEN_GOAL)}, goal <= {FIRST_SCREEN_GOAL})")
        started = time.perf_counter()
        fill_store(args.answers)
        print(f"filled {args.answers:,} answers in {time.perf_counter() - started:.1f} s")
        shown, complete, first = open_review(args.runs)
        print(f"review list, {args.answers:,} answers: newest shown {shown:.3f} s "
              f"({verdict(shown, REVIEW_GOAL)}, goal <= {REVIEW_GOAL}; first open, importing the screen, "
              f"{first:.3f} s); every session read {complete:.3f} s")
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
