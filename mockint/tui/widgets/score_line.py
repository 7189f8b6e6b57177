"""A one-line plot of scores (0..1) over time, on a fixed scale.

Textual's ``Sparkline`` stretches its bars between the smallest and largest value it is given, so a
criterion that only moved from 0.80 to 0.85 would look like a cliff. ``ScoreLine`` always draws
0 as the lowest bar and 1 as the full block, and colours each bar by how good the score is.
With fewer scores than cells, each score gets one cell (left-aligned); with more, each cell shows
the mean of its share of the scores.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

BARS = "▁▂▃▄▅▆▇█"
LOW_BELOW = 0.5
MID_BELOW = 0.75


def bucket_means(scores: Sequence[float], width: int) -> list[float]:
    """``scores`` squeezed into at most ``width`` values, each the mean of a run of neighbours."""
    count = len(scores)
    if width <= 0 or count == 0:
        return []
    if count <= width:
        return [float(s) for s in scores]
    means = []
    for cell in range(width):
        start = cell * count // width
        end = (cell + 1) * count // width
        chunk = scores[start:end]
        means.append(sum(chunk) / len(chunk))
    return means


def bar_for(score: float) -> str:
    """The block character for a score on the fixed 0..1 scale."""
    clamped = min(1.0, max(0.0, score))
    return BARS[min(len(BARS) - 1, int(clamped * len(BARS)))]


def band_for(score: float) -> str:
    """``low``, ``mid`` or ``high``: which colour a score is drawn in."""
    if score < LOW_BELOW:
        return "low"
    if score < MID_BELOW:
        return "mid"
    return "high"


class ScoreLine(Widget):
    """Scores 0..1 drawn as one row of bars; set ``scores`` to redraw."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "score-line--low",
        "score-line--mid",
        "score-line--high",
    }

    DEFAULT_CSS = """
    ScoreLine {
        height: 1;
    }
    ScoreLine > .score-line--low {
        color: $error;
    }
    ScoreLine > .score-line--mid {
        color: $warning;
    }
    ScoreLine > .score-line--high {
        color: $success;
    }
    """

    scores: reactive[tuple[float, ...]] = reactive(tuple, layout=False)

    def __init__(
        self,
        scores: Sequence[float] = (),
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.set_reactive(ScoreLine.scores, tuple(scores))

    def render(self) -> Text:
        styles: dict[str, Style] = {
            band: self.get_component_rich_style(f"score-line--{band}", partial=True)
            for band in ("low", "mid", "high")
        }
        line = Text(no_wrap=True, overflow="crop")
        for value in bucket_means(self.scores, self.size.width):
            line.append(bar_for(value), styles[band_for(value)])
        return line
