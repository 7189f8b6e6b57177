"""How fast the scorer is, and how fast ``mockint --help`` starts.

Prints answers scored per second (300-word answers, each one different: names, numbers, verbs and
sentence order vary, so no cache sees the same answer twice; one core; goal >= 2,000), the first
answer scored in a new process (import and phrase-trie building included: what the first answer
of a session waits for, ``--runs`` new processes), and the wall time of the installed
``mockint --help`` from spawn to exit (goal <= 0.25 s), as medians and p95, then one JSON line.

    .venv/bin/python benchmarks/score.py [--seconds 3] [--runs 10]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

from timing import figures, run_python, spread

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


_NAMES = ("Northwind", "Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne", "Tyrell")
_VERBS = ("wrote", "rebuilt", "planned", "tested", "measured", "designed", "led", "fixed", "automated", "reviewed")
_THINGS = ("report", "pipeline", "rota", "dashboard", "checkout", "survey", "budget", "handover", "onboarding", "invoice run")


def _varied(piece: str, rng: random.Random) -> str:
    """``piece`` with its company, numbers, verb and object changed."""
    words = []
    for word in piece.split():
        bare = word.strip(".,%$")
        if bare.isdigit():
            word = word.replace(bare, str(rng.randint(2, 980)))
        elif bare in ("Northwind",):
            word = word.replace(bare, rng.choice(_NAMES))
        elif bare in ("wrote", "rewrote", "called", "did"):
            word = word.replace(bare, rng.choice(_VERBS))
        elif bare in ("report", "script", "project", "client"):
            word = word.replace(bare, rng.choice(_THINGS))
        words.append(word)
    return " ".join(words)


def make_answers(count: int, words: int = 300, seed: int = 7) -> list[str]:
    """``count`` different answers of about ``words`` words each, every sentence varied."""
    rng = random.Random(seed)
    answers = []
    for _ in range(count):
        parts: list[str] = []
        while sum(len(p.split()) for p in parts) < words:
            parts.append(_varied(rng.choice(_PIECES), rng))
        answers.append(" ".join(" ".join(parts).split()[:words]))
    return answers


COLD_PROBE = r"""
import json, sys, time
sys.path.insert(0, "benchmarks")
t0 = time.perf_counter()
from mockint.scoring import AnswerInput, score_answer
imported = time.perf_counter() - t0
from score import make_answers, _QUESTION, _KEY_POINTS
(text,) = make_answers(1, seed=int(sys.argv[1]))
answer = AnswerInput(text=text, question_text=_QUESTION, key_points=_KEY_POINTS, target_seconds=120)
t = time.perf_counter(); score_answer(answer); first = time.perf_counter() - t
t = time.perf_counter(); score_answer(answer); second = time.perf_counter() - t
print(json.dumps({"import": imported, "first": first, "second": second}))
"""


def cold_first_answers(runs: int) -> dict[str, list[float]]:
    """Per new process: import of the scorer, its first answer, the same answer again."""
    found: dict[str, list[float]] = {"import": [], "first": [], "second": []}
    for run in range(runs):
        _, _, measured = run_python(COLD_PROBE, str(100 + run))
        for key in found:
            found[key].append(measured[key])
    return found


def answers_per_second(seconds: float) -> tuple[float, float, int]:
    """(answers per wall-clock second, per CPU second of this one thread, answers scored)."""
    from mockint.scoring import AnswerInput, score_answer

    inputs = [
        AnswerInput(text=text, question_text=_QUESTION, key_points=_KEY_POINTS, target_seconds=120,
                    duration_s=120.0 if index % 2 else None)
        for index, text in enumerate(make_answers(6000, seed=11))
    ]
    score_answer(inputs[-1])  # the first call builds the phrase trie: reported on its own
    scored, start, cpu_start = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - start < seconds and scored < len(inputs) - 1:
        score_answer(inputs[scored])  # each answer once: different text every time
        scored += 1
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
    parser.add_argument("--runs", type=int, default=10, help="new processes for the cold and --help figures (at least 10)")
    args = parser.parse_args()
    runs = max(10, args.runs)
    rate, cpu_rate, scored = answers_per_second(args.seconds)  # one process, one thread
    cold = cold_first_answers(runs)
    times = help_wall_times(runs)
    print(f"scorer: {rate:,.0f} answers/s wall clock, {cpu_rate:,.0f} per CPU second "
          f"(300-word answers, all different, one core, {scored} scored; goal >= 2,000)")
    print(f"scorer, new process: import {spread(cold['import'])}")
    print(f"scorer, new process: first answer {spread(cold['first'])}; the same again {spread(cold['second'])}")
    print(f"mockint --help, spawn to exit: {spread(times)} (goal <= 0.25 s)")
    print(json.dumps({"answers_per_second": round(rate), "answers_per_cpu_second": round(cpu_rate),
                      **{f"cold_{key}": figures(values) for key, values in cold.items()},
                      "help": figures(times)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
