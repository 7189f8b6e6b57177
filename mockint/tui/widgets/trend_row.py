"""One line of the trends screen: a criterion's name, its scores over time (one bar per session),
and then vs now; the header names the dates the bars cover."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static

from mockint.tui.literal import literal
from mockint.tui.widgets.score_line import ScoreLine


def percent(value: float | None) -> Text:
    """A 0..1 mean as ``72``; ``—`` when there is none."""
    return Text("—" if value is None else f"{round(value * 100)}", justify="right")


def change(first: float | None, latest: float | None) -> Text:
    """``+16`` in green, ``-5`` in red, ``±0``; ``—`` when either mean is missing."""
    if first is None or latest is None:
        return Text("—", justify="right")
    delta = round(latest * 100) - round(first * 100)
    if delta > 0:
        return Text(f"+{delta}", style="bold green", justify="right")
    if delta < 0:
        return Text(f"{delta}", style="bold red", justify="right")
    return Text("±0", justify="right")


class TrendRow(Horizontal):
    """``label | ▂▃▅▆▇ | first | latest | change`` (scores and means on a 0..1 scale)."""

    def __init__(
        self,
        label: str,
        scores: Sequence[float],
        first: float | None,
        latest: float | None,
        *,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.label = label
        self.scores = tuple(scores)
        self.first = first
        self.latest = latest

    def compose(self) -> ComposeResult:
        yield Static(literal(self.label), classes="trend-label")
        yield ScoreLine(self.scores, classes="trend-line")
        yield Static(percent(self.first), classes="trend-first")
        yield Static(percent(self.latest), classes="trend-latest")
        yield Static(change(self.first, self.latest), classes="trend-change")


class TrendHeader(Horizontal):
    """The column titles above the trend rows (same widths, same classes)."""

    def __init__(
        self, first_title: str, latest_title: str, *, line_title: str = "Over time (0–100)", id: str | None = None
    ) -> None:
        super().__init__(id=id, classes="trend-header")
        self.first_title = first_title
        self.latest_title = latest_title
        self.line_title = line_title

    def compose(self) -> ComposeResult:
        yield Static("Criterion", classes="trend-label")
        yield Static(literal(self.line_title), classes="trend-line")
        yield Static(Text(self.first_title, justify="right"), classes="trend-first")
        yield Static(Text(self.latest_title, justify="right"), classes="trend-latest")
        yield Static(Text("Change", justify="right"), classes="trend-change")
