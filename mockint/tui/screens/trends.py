"""Trends: overall and every criterion over time, one point per session, and the latest ten
sessions against the first ten; for every bank, one bank, or one question.

The points come from :func:`mockint.store.trend_points.session_series` (each criterion's mean in
each session, oldest first) in a thread worker; the screen draws one
:class:`~mockint.tui.widgets.score_line.ScoreLine` per criterion on a fixed 0..100 scale, so a
small change looks small, under the dates it covers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Footer, Header, Select, Static

from mockint.store import HistoryStore, TrendPoint
from mockint.store.trend_points import AskedQuestion, asked_questions, session_series
from mockint.tui.literal import literal
from mockint.tui.screens.background import BackgroundScreen
from mockint.tui.widgets.trend_row import TrendHeader, TrendRow

COMPARE_COUNT = 10
OVERALL = "overall"
NO_ANSWERS = (
    "No scored answers yet. Practise a session and your scores over time appear here, "
    "one line per criterion."
)
NO_MATCH = "No scored answers for this bank or question yet."
ALL = ""  # the filters' "every bank" / "every question"


@dataclass(frozen=True)
class CriterionTrend:
    criterion_id: str
    label: str
    scores: tuple[float, ...]  # 0..1, oldest first

    @property
    def window(self) -> int:
        """How many sessions each end of the comparison covers: 10, or half when fewer than 20."""
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
    def session_count(self) -> int:
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
    def __init__(
        self, trends: Trends | None, questions: list[AskedQuestion] | None = None, feedback: Sequence[str] = ()
    ) -> None:
        super().__init__()
        self.trends = trends
        self.questions = questions
        self.feedback = feedback  # progress on open feedback since it was given


class TrendsScreen(BackgroundScreen):
    SUB_TITLE = "Trends"

    BINDINGS = [
        Binding("r", "reload", "Reload"),
        Binding("b", "pick('#trends-bank')", "Bank"),
        Binding("q", "pick('#trends-question')", "Question"),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self, store: HistoryStore) -> None:
        super().__init__()
        self.store = store
        self.trends: Trends | None = None
        self.questions: list[AskedQuestion] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="trends-filters"):
            yield Select[str]([], prompt="Every bank", id="trends-bank", compact=True)
            yield Select[str]([], prompt="Every question", id="trends-question", compact=True)
        yield VerticalScroll(id="trends-rows")
        yield Static(Text(NO_ANSWERS), id="trends-empty")
        yield Static("", id="trends-note")
        yield Footer()

    def on_mount(self) -> None:
        self.action_reload()

    def filters(self) -> tuple[str | None, str | None]:
        """(bank id, question reference) chosen; None: every one."""
        values = []
        for selector in ("#trends-bank", "#trends-question"):
            select = self.query_one(selector, Select)
            values.append(None if select.is_blank() else str(select.value))
        return values[0], values[1]

    @work(thread=True, exclusive=True, exit_on_error=False, group="trends-load")
    def load_trends(self, bank_id: str | None, question_ref: str | None, with_questions: bool) -> None:
        from mockint.aftermath.progress import progress_lines

        points = session_series(self.store, bank_id=bank_id, question_ref=question_ref)
        questions = asked_questions(self.store) if with_questions else None
        feedback = progress_lines(self.store, include_closed=False)
        self.post_message(TrendsLoaded(build_trends(points), questions, feedback))

    async def on_trends_loaded(self, message: TrendsLoaded) -> None:
        if message.questions is not None:
            self.questions = message.questions
            self._fill_filters()
        trends = self.trends = message.trends
        rows = self.query_one("#trends-rows", VerticalScroll)
        rows.loading = False
        await rows.remove_children()
        self.set_class(trends is None, "-empty")
        filtered = self.filters() != (None, None)
        self.query_one("#trends-empty", Static).update(Text(NO_MATCH if filtered else NO_ANSWERS))
        if trends is None:
            self.sub_title = self.SUB_TITLE
            self.query_one("#trends-note", Static).update("")
            return
        count = trends.session_count
        self.sub_title = f"Trends · {count} session{'' if count == 1 else 's'} · {trends.first_at} to {trends.latest_at}"
        window = trends.criteria[0].window or COMPARE_COUNT
        widgets: list[Widget] = [
            TrendHeader(f"First {window}", f"Latest {window}", line_title=f"{trends.first_at} → {trends.latest_at}")
        ]
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

    def _fill_filters(self) -> None:
        """The banks and the questions (of the chosen bank) that have scored answers."""
        bank_select = self.query_one("#trends-bank", Select)
        question_select = self.query_one("#trends-question", Select)
        bank_id, question_ref = self.filters()
        banks = sorted({q.bank_id for q in self.questions})
        shown = [q for q in self.questions if bank_id is None or q.bank_id == bank_id]
        with self.prevent(Select.Changed):
            bank_select.set_options([(literal(b), b) for b in banks])
            if bank_id in banks:
                bank_select.value = bank_id
            question_select.set_options([(literal(f"{q.ref}: {q.text}"), q.ref) for q in shown])
            if any(q.ref == question_ref for q in shown):
                question_select.value = question_ref

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "trends-bank":
            self._fill_filters()  # the questions of the bank chosen (a question of another is dropped)
        self.query_one("#trends-rows").loading = True
        bank_id, question_ref = self.filters()
        self.load_trends(bank_id, question_ref, False)

    @staticmethod
    def _note(trends: Trends) -> str:
        if trends.session_count < 2:
            return "One session so far: the comparison needs at least two."
        return (
            f"One bar per session (the mean of its answers). First/latest: mean of the first and latest "
            f"{COMPARE_COUNT} sessions (half of them each when there are fewer than {2 * COMPARE_COUNT})."
        )

    def worker_failed(self, worker) -> None:
        super().worker_failed(worker)
        self.query_one("#trends-rows").loading = False

    def action_pick(self, selector: str) -> None:
        select = self.query_one(selector, Select)
        select.focus()
        select.action_show_overlay()

    def action_reload(self) -> None:
        self.query_one("#trends-rows").loading = True
        bank_id, question_ref = self.filters()
        self.load_trends(bank_id, question_ref, True)
