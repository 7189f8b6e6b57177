"""What every benchmark reports: the median and the 95th percentile of its runs, and the wall time
of a fresh Python process (the clock starts before the interpreter does)."""

from __future__ import annotations

import json
import math
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


def p95(values: Sequence[float]) -> float:
    """The nearest-rank 95th percentile (with 10 runs: the slowest but none)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def spread(values: Sequence[float], unit: str = "s", scale: float = 1.0, digits: int = 3) -> str:
    """``median X, p95 Y over N runs``."""
    median = statistics.median(values) * scale
    return f"median {median:.{digits}f} {unit}, p95 {p95(values) * scale:.{digits}f} {unit} over {len(values)} runs"


def figures(values: Sequence[float]) -> dict[str, float]:
    return {"median": round(statistics.median(values), 4), "p95": round(p95(values), 4), "runs": len(values)}


def timed_runs(runs: int, action: Callable[[], object]) -> list[float]:
    """Wall times of ``runs`` calls of ``action``, each timed on its own (for median and p95)."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return times


def run_python(code: str, *args: str, env: dict[str, str] | None = None) -> tuple[float, float, dict[str, Any]]:
    """Run ``code`` in a new interpreter; (wall time.time() just before spawning, the wall time
    it took, the JSON object it printed last)."""
    spawned = time.time()
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=REPO, timeout=600)
    took = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"benchmark probe failed ({proc.returncode}):\n{proc.stderr}{proc.stdout[-2000:]}")
    return spawned, took, json.loads(proc.stdout.strip().splitlines()[-1])
