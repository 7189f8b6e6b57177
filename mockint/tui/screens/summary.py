"""The end of a session: score per question, a criterion × question grid, the weakest criteria
with tips, and "practice these next" (one key starts a session with just those questions)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Footer, Header, Label, Static

from mockint.session.practice import Attempt, Outcome
from mockint.session.summary import (
    NOT_SCORED,
    criteria_in_order,
    questions_to_redo,
    session_totals,
    weakest_criteria,
)
from mockint.tui.literal import literal
from mockint.tui.screens.background import BackgroundScreen
from mockint.tui.widgets.score_card import FAIL_MARK, PASS_MARK

if TYPE_CHECKING:
    from mockint.banks.model import Bank
    from mockint.session.answer_saver import ScoredAttempt
    from mockint.session.options import SessionOptions

QUESTION_COLUMN_WIDTH = 48


def _score_cell(passed: bool, score: float) -> Text:
    return Text.assemble(PASS_MARK if passed else FAIL_MARK, f" {round(score * 100):>3}")


def _overall_cell(attempt: Attempt, score: int | None) -> Text:
    """``71/100``; a skipped question is not scored (and is not in the mean); ``–``: no card."""
    if score is not None:
        return Text(f"{score}/100")
    return Text(NOT_SCORED if attempt.outcome is Outcome.SKIPPED else "–", style="dim")


class SummaryScreen(BackgroundScreen):
    """What the session adds up to (``attempts`` include skipped ones; ``scored`` the cards)."""

    BINDINGS = [
        Binding("p", "practice_weakest", "Practise these"),
        Binding("n", "new_session", "New session"),
        Binding("r", "app.review", "Review"),
    ]

    def __init__(
        self,
        bank: Bank,
        options: SessionOptions,
        attempts: Sequence[Attempt],
        scored: Sequence[ScoredAttempt],
    ) -> None:
        super().__init__(id="summary-screen")
        self.bank = bank
        self.options = options
        self.attempts = list(attempts)
        self.scored = list(scored)
        self.redo = questions_to_redo(self.attempts, self.scored)

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="summary"):
            yield Static(self._headline(), id="summary-headline")
            yield Label("Score per question", classes="section-title")
            yield DataTable(id="per-question", cursor_type="row", zebra_stripes=True)
            yield Label("Criteria by question (score out of 100)", classes="section-title")
            yield DataTable(id="criteria-grid", cursor_type="cell")
            yield Label("Work on these", classes="section-title")
            yield Static(self._weakest_text(), id="weakest")
            yield Label("Practice these next", classes="section-title")
            yield Static(self._redo_text(), id="redo")
        yield Footer()

    def on_mount(self) -> None:
        self._fill_per_question()
        self._fill_grid()

    def _headline(self) -> Text:
        line = Text("Session complete · ", style="bold")
        line.append_text(literal(self.bank.title, "bold"))
        line.append(f" · {session_totals(self.attempts, self.scored).describe()}")
        return line

    def _fill_per_question(self) -> None:
        table = self.query_one("#per-question", DataTable)
        table.add_columns("#", "Question", "Overall", "Result")
        overall = {s.attempt.number: s.card.overall for s in self.scored}
        for attempt in self.attempts:
            question = literal(attempt.planned.question.text)
            question.truncate(QUESTION_COLUMN_WIDTH, overflow="ellipsis")
            score = overall.get(attempt.number)
            table.add_row(
                Text(str(attempt.number)),
                question,
                _overall_cell(attempt, score),
                Text(attempt.outcome.value),
            )

    def _fill_grid(self) -> None:
        table = self.query_one("#criteria-grid", DataTable)
        table.add_column("Criterion")
        for result in self.scored:
            table.add_column(f"Q{result.attempt.number}")
        for criterion_id, label in criteria_in_order([s.card for s in self.scored]):
            row: list[Text] = [literal(label)]
            for result in self.scored:
                found = result.card.criterion(criterion_id)
                row.append(Text("–") if found is None else _score_cell(found.passed, found.score))
            table.add_row(*row)

    def _weakest_text(self) -> Text | Table:
        weak = weakest_criteria([s.card for s in self.scored])
        if not self.scored:
            return Text("No answers were scored.", style="italic")
        if not weak:
            return Text("Every criterion passed in every answer. Try a harder bank or less time.", style="italic")
        table = Table(box=None, show_header=False, expand=True, padding=(0, 1, 1, 0), pad_edge=False)
        table.add_column(width=1)
        table.add_column(ratio=1)
        for item in weak:
            detail = literal(item.label, "bold")
            detail.append(f"  failed {item.failed} of {item.seen}, mean {round(item.mean_score * 100)}/100\n", style="dim")
            detail.append_text(literal(item.tip))
            table.add_row(FAIL_MARK, detail)
        return table

    def _redo_text(self) -> Text:
        if not self.redo:
            return Text("Nothing to redo: every answer scored 70 or more.", style="italic")
        text = Text()
        for attempt in self.redo:
            text.append(f"• Q{attempt.number} ", style="bold")
            text.append_text(literal(attempt.planned.question.text))
            text.append(f"  ({attempt.outcome.value})\n" if attempt.outcome is Outcome.SKIPPED else "\n", style="dim")
        text.append(f"Press p to practise {'this question' if len(self.redo) == 1 else f'these {len(self.redo)} questions'}.", style="bold")
        return text

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "practice_weakest":
            return bool(self.redo)
        return True

    def action_practice_weakest(self) -> None:
        ids = tuple(dict.fromkeys(a.question_id for a in self.redo))
        options = replace(self.options, question_ids=ids, count=None, shuffle=False)
        self.app.start_practice(self.bank, options, replace_screen=True)

    def action_new_session(self) -> None:
        self.app.back_to_start()
