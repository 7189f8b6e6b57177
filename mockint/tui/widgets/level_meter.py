"""The microphone level while recording: a one-line bar from -60 dBFS (empty) to 0 dBFS (full).

Set ``level`` (dBFS, from :class:`~mockint.tui.messages.MicrophoneLevel`) and ``state``
(``off``, ``recording``, ``paused``); the bar is green for speech, amber when loud and red near
clipping, so a user sees at once whether the microphone hears them and whether it is too hot.
"""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

FLOOR_DBFS = -60.0
LOUD_DBFS = -12.0
CLIPPING_DBFS = -3.0
LABEL_WIDTH = 6  # "Mic   "
READOUT_WIDTH = 9  # " -18 dB  "


def fill_fraction(dbfs: float) -> float:
    """How much of the bar a level fills (0 at -60 dBFS or below, 1 at 0 dBFS)."""
    return min(1.0, max(0.0, (dbfs - FLOOR_DBFS) / -FLOOR_DBFS))


def level_style(dbfs: float) -> str:
    if dbfs >= CLIPPING_DBFS:
        return "bold red"
    if dbfs >= LOUD_DBFS:
        return "yellow"
    return "green"


def meter_text(dbfs: float, state: str, width: int) -> Text:
    """The meter as one line of ``width`` cells."""
    text = Text("Mic".ljust(LABEL_WIDTH), style="bold")
    bar_width = max(4, width - LABEL_WIDTH - READOUT_WIDTH)
    if state != "recording":
        text.append("╌" * bar_width, style="dim")
        text.append("  paused" if state == "paused" else "  off", style="dim italic")
        return text
    filled = round(fill_fraction(dbfs) * bar_width)
    text.append("█" * filled, style=level_style(dbfs))
    text.append("░" * (bar_width - filled), style="dim")
    readout = "silent" if dbfs <= FLOOR_DBFS else f"{dbfs:.0f} dB"
    text.append(f" {readout:>7}", style="dim")
    return text


class LevelMeter(Widget):
    level: reactive[float] = reactive(FLOOR_DBFS)
    state: reactive[str] = reactive("off")

    def render(self) -> Text:
        return meter_text(self.level, self.state, self.size.width)
