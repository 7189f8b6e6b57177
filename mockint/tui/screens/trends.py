"""Trends: overall and every criterion over time, and the latest ten answers against the first ten.

The series come from ``HistoryStore.criterion_series()`` (oldest first) in a thread worker; the
screen draws one :class:`~mockint.tui.widgets.score_line.ScoreLine` per criterion on a fixed
0..100 scale, so a small change looks small.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Footer, Header, Static

from mockint.store import HistoryStore, TrendPoint
from mockint.tui.literal import literal
from mockint.tui.screens.background import BackgroundScreen
from mockint.tui.widgets.trend_row import TrendHeader, TrendRow

COMPARE_COUNT = 10
OVERALL = "overall"
NO_ANSWERS = (
    "No scored answers yet. Practise a session and your scores over time appear here, "
    "one line per criterion."
)


@dataclass(frozen=True)
class CriterionTrend:
    criterion_id: str
    label: str
    scores: tuple[float, ...]  # 0..1, oldest first

    @property
    def window(self) -> int:
        """How many answers each end of the comparison covers: 10, or half when fewer than 20."""
        return min(COMPARE_COUNT, len(self.scores) // 2)

    @property
    def first_mean(self) -> float | None:
        return _mean(self.scores[: self.window]) if self.window else None

    @property
    def latest_mean(self) -> float | None:
        return _mean(self.scores[-self.window :]) if self.window else None


@dataclass(frozen=True)
class Trends:
    criteria: list[CriterionTrend]  # overall first, then in the order criteria first appeared
    first_at: str
    latest_at: str

    @property
    def answer_count(self) -> int:
        overall = next((c for c in self.criteria if c.criterion_id == OVERALL), None)
        return len(overall.scores) if overall else 0


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values)


def local_date(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d")


def build_trends(points: Iterable[TrendPoint]) -> Trends | None:
    """Group the store's points by criterion; ``None`` when there are none."""
    series: dict[str, list[float]] = {OVERALL: []}
    labels = {OVERALL: "Overall"}
    first_at: datetime | None = None
    latest_at: datetime | None = None
    for point in points:
        series.setdefault(point.criterion_id, []).append(point.score)
        labels[point.criterion_id] = point.label or labels.get(point.criterion_id, point.criterion_id)
        first_at = first_at or point.answered_at
        latest_at = point.answered_at
    if first_at is None or latest_at is None:
        return None
    criteria = [
        CriterionTrend(cid, labels[cid], tuple(scores)) for cid, scores in series.items() if scores
    ]
    return Trends(criteria, local_date(first_at), local_date(latest_at))


class TrendsLoaded(Message):
    def __init__(self, trends: Trends | None, feedback: Sequence[str] = ()) -> None:
        super().__init__()
        self.trends = trends
        self.feedback = feedback  # progress on open feedback since it was given


class TrendsScreen(BackgroundScreen):
    SUB_TITLE = "Trends"

    BINDINGS = [
        Binding("r", "reload", "Reload"),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self, store: HistoryStore) -> None:
        super().__init__()
        self.store = store
        self.trends: Trends | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield VerticalScroll(id="trends-rows")
        yield Static(Text(NO_ANSWERS), id="trends-empty")
        yield Static("", id="trends-note")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#trends-rows").loading = True
        self.load_trends()

    @work(thread=True, exclusive=True, exit_on_error=False, group="trends-load")
    def load_trends(self) -> None:
        from mockint.aftermath.progress import progress_lines

        feedback = progress_lines(self.store, include_closed=False)
        self.post_message(TrendsLoaded(build_trends(self.store.criterion_series()), feedback))

    async def on_trends_loaded(self, message: TrendsLoaded) -> None:
        trends = self.trends = message.trends
        rows = self.query_one("#trends-rows", VerticalScroll)
        rows.loading = False
        await rows.remove_children()
        self.set_class(trends is None, "-empty")
        if trends is None:
            self.sub_title = self.SUB_TITLE
            self.query_one("#trends-note", Static).update("")
            return
        count = trends.answer_count
        title = f"Trends · {count} answer{'' if count == 1 else 's'} · {trends.first_at} to {trends.latest_at}"
        self.sub_title = title
        window = trends.criteria[0].window or COMPARE_COUNT
        widgets: list[Widget] = [TrendHeader(f"First {window}", f"Latest {window}")]
        widgets.extend(
            TrendRow(
                trend.label,
                trend.scores,
                trend.first_mean,
                trend.latest_mean,
                classes="-overall" if trend.criterion_id == OVERALL else None,
            )
            for trend in trends.criteria
        )
        await rows.mount_all(widgets)
        note = "\n".join([self._note(trends), *message.feedback])
        self.query_one("#trends-note", Static).update(literal(note))

    @staticmethod
    def _note(trends: Trends) -> str:
        if trends.answer_count < 2:
            return "One answer so far: the comparison needs at least two."
        return (
            f"First/latest: mean of the first and latest {COMPARE_COUNT} answers scored on each "
            f"criterion (half of them each when there are fewer than {2 * COMPARE_COUNT})."
        )

    def worker_failed(self, worker) -> None:
        super().worker_failed(worker)
        self.query_one("#trends-rows").loading = False

    def action_reload(self) -> None:
        self.query_one("#trends-rows").loading = True
        self.load_trends()
