"""How fast the scorer is, and how fast ``mockint --help`` starts.

Prints answers scored per second (300-word answers, one core; goal >= 2,000) and the median wall
time of the installed ``mockint --help`` over several runs (goal <= 0.25 s), then one JSON line.

    .venv/bin/python benchmarks/score.py [--seconds 3] [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

# Pieces of answers in the styles the scorer meets: prepared, nervous, typed and transcribed.
_PIECES = (
    "Last spring during my internship at Northwind our weekly delivery report took two days to build by hand.",
    "My task was to make it reliable before the busy season, so I sat down with the three analysts.",
    "Then I wrote a Python script that pulled the data straight from the warehouse database.",
    "As a result the report takes twenty minutes instead of two days and errors dropped by 90 percent.",
    "um so i guess i'm like a pretty hard worker and i always try to do my best you know",
    "there was this one project that was kind of a mess because my manager was useless",
    "we just sort of did what we could and it was fine i guess i think i'm good at solving problems",
    "I loved seeing the team use it every Monday and I'd love to bring that kind of work to this role.",
    "so what i did was i called the client the same day and i explained the delay and offered a fix",
    "in the end they renewed for another year and sales went up 12% in the next quarter",
    "Honestly I'm not sure, maybe I would just talk to the team more next time, I don't know.",
    "I learned to ask the people who do the work first, which saved us about $2k a month.",
)
_QUESTION = "Tell me about a time you solved a difficult problem at work."
_KEY_POINTS = ("the problem", "what you did", "the outcome", "what you learned")


def make_answers(count: int, words: int = 300, seed: int = 7) -> list[str]:
    """``count`` different answers of about ``words`` words each."""
    rng = random.Random(seed)
    answers = []
    for _ in range(count):
        parts: list[str] = []
        while sum(len(p.split()) for p in parts) < words:
            parts.append(rng.choice(_PIECES))
        answers.append(" ".join(" ".join(parts).split()[:words]))
    return answers


def answers_per_second(seconds: float) -> tuple[float, float, int]:
    """(answers per wall-clock second, per CPU second of this one thread, answers scored)."""
    from mockint.scoring import AnswerInput, score_answer

    inputs = [
        AnswerInput(text=text, question_text=_QUESTION, key_points=_KEY_POINTS, target_seconds=120,
                    duration_s=120.0 if index % 2 else None)
        for index, text in enumerate(make_answers(200))
    ]
    for answer in inputs[:20]:  # warm up (builds the phrase trie, fills caches)
        score_answer(answer)
    scored, start, cpu_start = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - start < seconds:
        for answer in inputs:
            score_answer(answer)
        scored += len(inputs)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    return scored / wall, scored / cpu, scored


def help_wall_times(runs: int) -> list[float]:
    script = Path(sys.executable).parent / "mockint"
    if not script.exists():
        raise SystemExit(f"the mockint console script is not installed at {script}")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(script), "--help"], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="how long to score (default 3)")
    parser.add_argument("--runs", type=int, default=7, help="runs of mockint --help (default 7)")
    args = parser.parse_args()
    rate, cpu_rate, scored = answers_per_second(args.seconds)  # one process, one thread
    times = help_wall_times(args.runs)
    median = statistics.median(times)
    print(f"scorer: {rate:,.0f} answers/s wall clock, {cpu_rate:,.0f} per CPU second "
          f"(300-word answers, one core, {scored} scored; goal >= 2,000)")
    print(f"mockint --help: median {median:.3f} s over {len(times)} runs "
          f"(min {min(times):.3f}, max {max(times):.3f}; goal <= 0.25 s)")
    print(json.dumps({"answers_per_second": round(rate), "answers_per_cpu_second": round(cpu_rate),
                      "help_median_s": round(median, 3),
                      "help_runs": len(times)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
