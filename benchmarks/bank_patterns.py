"""How long a bank pattern takes on a long adversarial answer (RE2: linear, whatever the pattern).

For each pattern, the median time (over --runs) to match it against a 100,000-character answer
built to make a backtracking engine run for ever, and the same for Python's ``re`` on a 24-character
slice of it (it grows exponentially, so a longer one would not finish). Then one JSON line.

    .venv/bin/python benchmarks/bank_patterns.py [--runs 11]
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import statistics
import time

from mockint.banks.model import CustomCriterion
from mockint.scoring import AnswerInput, score_answer
from mockint.scoring.analysis import Analysis
from mockint.scoring.criteria.custom import evaluate_custom
from mockint.scoring.settings import load_settings

CASES = {
    "(a+)+$": "a" * 99_999 + "!",  # Python's re: about 4x longer for each "a" more
    r"(?i)(\w+\s?)+\.$": ("Word " * 20_000)[:99_999] + "!",
    "(a+)+b": "a" * 99_999 + "!",  # not anchored at the end: one forward pass
    r"(?s)a.*z|a": "a" * 100_000,  # each of 1000 matches scans to the end looking for a "z"
}
PYTHON_RE_LENGTH = 24


def _median_seconds(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    settings = load_settings()
    score_answer(AnswerInput(text="warm up"), settings)
    figures = {}
    for pattern, text in CASES.items():
        criterion = CustomCriterion(id="c", label="C", pattern=pattern)
        analysis = Analysis(AnswerInput(text=text, custom_criteria=(criterion,)), settings)
        re2_s = _median_seconds(functools.partial(evaluate_custom, analysis, criterion), args.runs)
        compiled = re.compile(pattern, re.IGNORECASE)
        short = text[: PYTHON_RE_LENGTH - 1] + text[-1]
        python_s = _median_seconds(functools.partial(compiled.findall, short), 1)
        figures[pattern] = {"re2_100k_ms": round(re2_s * 1000, 3),
                            f"python_re_{PYTHON_RE_LENGTH}_chars_ms": round(python_s * 1000, 3)}
        print(f"{pattern:<20} RE2, 100,000 chars: {re2_s * 1000:9.3f} ms   "
              f"Python re, {PYTHON_RE_LENGTH} chars: {python_s * 1000:9.3f} ms")
    print(json.dumps({"bank_patterns": figures}))


if __name__ == "__main__":
    main()
