"""The big think/answer countdown: ``M:SS`` in Digits with a caption, coloured by urgency."""

from __future__ import annotations

import math

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.reactive import reactive
from textual.widgets import Digits, Label

WARN_AT = 30  # seconds left when the answer countdown turns amber
DANGER_AT = 10  # ... and red


def clock_face(seconds_left: float) -> str:
    """``M:SS`` for the whole seconds still to go (1.2 s left shows 0:02, zero shows 0:00)."""
    whole = max(0, math.ceil(seconds_left - 1e-9))
    return f"{whole // 60}:{whole % 60:02d}"


def urgency(phase: str, seconds_left: float) -> str:
    """``calm``, ``warn`` or ``danger``: only the answer clock gets urgent."""
    if phase != "answer":
        return "calm"
    if seconds_left <= DANGER_AT:
        return "danger"
    if seconds_left <= WARN_AT:
        return "warn"
    return "calm"


class Countdown(Vertical):
    """Set ``phase`` (think/answer/idle), ``seconds_left`` and ``paused``; it redraws itself."""

    phase: reactive[str] = reactive("idle")
    seconds_left: reactive[float] = reactive(0.0)
    paused: reactive[bool] = reactive(False)

    def compose(self) -> ComposeResult:
        yield Digits("0:00", id="countdown-digits")
        yield Label("", id="countdown-caption")

    def _refresh_face(self) -> None:
        if not self.is_mounted:
            return
        self.query_one(Digits).update(clock_face(self.seconds_left))
        level = urgency(self.phase, self.seconds_left)
        for name in ("calm", "warn", "danger"):
            self.set_class(name == level, f"-{name}")
        self.set_class(self.paused, "-paused")
        self.set_class(self.phase == "think", "-think")
        if self.paused:
            caption = f"paused · {self.phase} time frozen"
        elif self.phase == "think":
            caption = "think time left"
        elif self.phase == "answer":
            caption = "answer time left"
        else:
            caption = ""
        self.query_one("#countdown-caption", Label).update(caption)

    def on_mount(self) -> None:
        self._refresh_face()

    def watch_phase(self) -> None:
        self._refresh_face()

    def watch_seconds_left(self) -> None:
        self._refresh_face()

    def watch_paused(self) -> None:
        self._refresh_face()
