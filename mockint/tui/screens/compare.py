"""Attempts at one question side by side: each criterion then → now with ▲/▼, the overall change,
and every attempt's answer with its evidence highlighted.

Built from a :class:`~mockint.coach.compare.Comparison` (the practice screen makes one from the
cards it has), or from answer ids in the history (review), read in a thread worker.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import Footer, Header, Static

from mockint.coach.compare import Attempt, Comparison, arrow, compare_answers
from mockint.store import HistoryStore
from mockint.store.wording import local_time
from mockint.tui.literal import literal
from mockint.tui.screens.background import BackgroundScreen
from mockint.tui.widgets.score_card import highlighted_answer, legend


class ComparisonLoaded(Message):
    def __init__(self, comparison: Comparison) -> None:
        super().__init__()
        self.comparison = comparison


def change_text(change: int | None) -> Text:
    """``▲45`` in green, ``▼5`` in red, ``=``; nothing when there is no change to show."""
    shown = arrow(change)
    style = "bold green" if change and change > 0 else "bold red" if change and change < 0 else ""
    return Text(shown, style=style, justify="right")


def attempt_title(number: int, attempt: Attempt) -> str:
    """``Try 2 · #14 · 2026-12-02 14:02 · 94/100``."""
    parts = [f"Try {number}"]
    if attempt.answer_id is not None:
        parts.append(f"#{attempt.answer_id}")
    if attempt.answered_at is not None:
        parts.append(local_time(attempt.answered_at))
    parts.append(f"{attempt.overall}/100")
    return " · ".join(parts)


def headline(comparison: Comparison) -> Text:
    """The question, then ``Overall 13 → 94 ▲81``."""
    text = literal(comparison.question_text, "bold")
    text.append("\nOverall ")
    text.append(" → ".join(str(a.overall) for a in comparison.attempts), style="bold")
    text.append(" ")
    text.append_text(change_text(comparison.overall_change))
    return text


def criteria_table(comparison: Comparison) -> Table:
    """One row per criterion: the score of each attempt (— where not judged) and the change."""
    table = Table(box=None, expand=True, padding=(0, 1), pad_edge=False, header_style="bold")
    table.add_column("Criterion", ratio=3, no_wrap=True, overflow="ellipsis")
    for number in range(1, len(comparison.attempts) + 1):
        table.add_column(f"Try {number}", justify="right", no_wrap=True)
    table.add_column("Change", justify="right", no_wrap=True)
    for criterion in comparison.criteria:
        cells = [Text("—") if s is None else Text(str(s)) for s in criterion.scores]
        table.add_row(literal(criterion.label), *cells, change_text(criterion.change))
    return table


def answer_panel(number: int, attempt: Attempt) -> Static:
    body = Text("(no answer)", style="italic")
    if attempt.card is not None and attempt.text.strip():
        body = highlighted_answer(attempt.text, attempt.card)
        body.append("\n\n")
        body.append_text(legend(attempt.card))
    panel = Static(body, classes="compare-answer")
    panel.border_title = attempt_title(number, attempt)
    return panel


class CompareScreen(BackgroundScreen):
    """``CompareScreen(comparison)``, or ``CompareScreen(store=..., answer_ids=[...])``."""

    SUB_TITLE = "Attempts compared"
    BINDINGS = [Binding("escape", "back", "Back")]

    def __init__(
        self,
        comparison: Comparison | None = None,
        *,
        store: HistoryStore | None = None,
        answer_ids: list[int] | None = None,
    ) -> None:
        super().__init__(id="compare-screen")
        self.comparison = comparison
        self.store = store
        self.answer_ids = list(answer_ids or [])

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="compare-body"):
            yield Static(Text("Reading the attempts…"), id="compare-headline")
            yield Static(id="compare-criteria")
            yield Horizontal(id="compare-answers")
        yield Footer()

    async def on_mount(self) -> None:
        if self.comparison is not None:
            await self.show(self.comparison)
        elif self.store is not None:
            self.load_comparison(self.store, self.answer_ids)

    @work(thread=True, exclusive=True, exit_on_error=False, group="compare-load")
    def load_comparison(self, store: HistoryStore, answer_ids: list[int]) -> None:
        self.post_message(ComparisonLoaded(compare_answers(store, answer_ids)))

    async def on_comparison_loaded(self, message: ComparisonLoaded) -> None:
        await self.show(message.comparison)

    async def show(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.query_one("#compare-headline", Static).update(headline(comparison))
        self.query_one("#compare-criteria", Static).update(criteria_table(comparison))
        answers = self.query_one("#compare-answers", Horizontal)
        await answers.remove_children()
        await answers.mount_all(answer_panel(n, a) for n, a in enumerate(comparison.attempts, 1))
        self.query_one("#compare-body", VerticalScroll).focus()

    def worker_failed(self, worker) -> None:
        super().worker_failed(worker)
        self.query_one("#compare-headline", Static).update(Text("These answers cannot be compared."))
