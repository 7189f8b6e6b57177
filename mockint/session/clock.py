"""The clock a practice session reads: real (monotonic) in the app, fake in tests.

Only differences between two readings matter, so any monotonic source in seconds will do.
"""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    """Anything that tells the time in seconds, never going backwards."""

    def now(self) -> float: ...


class MonotonicClock:
    """The real clock: :func:`time.monotonic` (unaffected by wall-clock changes)."""

    def now(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that moves only when told to: ``clock.advance(30)``."""

    def __init__(self, start: float = 0.0) -> None:
        self._now = float(start)

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a clock cannot go backwards")
        self._now += seconds
