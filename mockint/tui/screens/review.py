"""Review: every stored session (date, bank, answers, overall, weakest criterion).

The screen mounts empty and cheap. A thread worker reads the newest sessions first (one small
query, so the list shows at once), then all of them; the list widget draws only what is on screen,
so ten thousand sessions open as fast as ten. Sorting and filtering work on the rows already read.
From here a session opens (its answers with their score cards), is deleted (after asking) or is
exported to Markdown, HTML or JSON under the exports folder.
"""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Footer, Header, Input, Select, Static
from textual.worker import Worker

from mockint.store import HistoryStore
from mockint.tui.screens.session_actions import SessionActionsScreen, SessionDeleted
from mockint.tui.screens.session_detail import SessionDetailScreen
from mockint.tui.screens.trends import TrendsScreen
from mockint.tui.widgets.feedback_progress import FeedbackProgress
from mockint.tui.widgets.session_list import (
    SORT_LABELS,
    SORT_ORDERS,
    SessionList,
    SessionRow,
    filter_rows,
    session_row,
    sort_rows,
)

FIRST_PAGE = 60  # read first, so the newest sessions show before the whole history is read
NO_SESSIONS = (
    "No sessions yet. Practise a few questions from the start screen (or `mockint practice`): "
    "every scored answer is kept here."
)
SESSION_ACTIONS = ("delete", "export")


class SessionsLoaded(Message):
    """The worker read sessions (already turned into rows); ``complete`` once they are all in."""

    def __init__(self, rows: list[SessionRow], *, complete: bool, generation: int) -> None:
        super().__init__()
        self.rows = rows
        self.complete = complete
        self.generation = generation


class ReviewScreen(SessionActionsScreen):
    """The history list; ``ReviewScreen(store)`` is cheap to mount, rows arrive from a worker."""

    SUB_TITLE = "Review: past sessions"
    AUTO_FOCUS = "SessionList"

    BINDINGS = [
        Binding("slash", "focus_filter", "Filter"),
        Binding("b", "pick_bank", "Filter by bank", show=False),  # the footer is full at 80 columns
        Binding("s", "cycle_sort", "Sort"),
        Binding("d", "delete", "Delete"),
        Binding("e", "export", "Export"),
        Binding("t", "trends", "Trends", show=False),
        Binding("escape", "back", "Back"),
    ]

    session_order: reactive[str] = reactive("date", init=False)

    def __init__(self, store: HistoryStore) -> None:
        super().__init__(store)
        self.rows: list[SessionRow] = []
        self.loaded = False  # every stored session is in ``rows``
        self.generation = 0

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="review-filters"):
            yield Input(placeholder="/ to filter: date, bank or weakest criterion", id="review-filter", compact=True)
            yield Select[str]([], prompt="All banks", id="review-bank", compact=True)
        yield SessionList(id="review-list")
        yield Static(NO_SESSIONS, id="review-empty")
        yield FeedbackProgress(self.store, id="review-feedback")
        yield Static(Text("Loading your sessions…"), id="review-status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.load_sessions()

    # -- loading ------------------------------------------------------------------------------

    def load_sessions(self) -> None:
        self.generation += 1
        self.read_sessions(self.generation)

    @work(thread=True, exclusive=True, exit_on_error=False, group="review-load")
    def read_sessions(self, generation: int) -> None:
        newest = self.store.list_sessions(limit=FIRST_PAGE)
        complete = len(newest) < FIRST_PAGE
        self.post_message(SessionsLoaded([session_row(s) for s in newest], complete=complete, generation=generation))
        if not complete:
            every = [session_row(s) for s in self.store.list_sessions()]
            self.post_message(SessionsLoaded(every, complete=True, generation=generation))

    def on_sessions_loaded(self, message: SessionsLoaded) -> None:
        if message.generation != self.generation:
            return  # a later reload is on its way
        self.rows = message.rows
        self.loaded = message.complete
        self._refresh_bank_options()
        self.set_class(not self.rows, "-no-sessions")
        self.show_rows()

    def worker_failed(self, worker: Worker) -> None:
        super().worker_failed(worker)
        self.query_one("#review-status", Static).update(Text("Your sessions could not be read."))

    def _refresh_bank_options(self) -> None:
        select = self.query_one("#review-bank", Select)
        banks = sorted({(r.summary.bank_title, r.summary.bank_id) for r in self.rows}, key=lambda b: b[0].casefold())
        current = select.value
        with self.prevent(Select.Changed):
            select.set_options([(Text(title or bank_id), bank_id) for title, bank_id in banks])
            if any(bank_id == current for _, bank_id in banks):
                select.value = current

    # -- what the list shows ------------------------------------------------------------------

    def show_rows(self) -> None:
        bank = self.query_one("#review-bank", Select)
        text = self.query_one("#review-filter", Input).value
        visible = filter_rows(self.rows, text=text, bank_id=None if bank.is_blank() else str(bank.value))
        session_list = self.query_one(SessionList)
        session_list.order = self.session_order
        session_list.show_rows(sort_rows(visible, self.session_order))
        self.query_one("#review-status", Static).update(Text(self._status(len(visible))))
        self.refresh_bindings()

    def _status(self, shown: int) -> str:
        total = len(self.rows)
        order = f"sorted by {SORT_LABELS[self.session_order]}"
        if not self.loaded:
            return f"The newest {total} sessions · {order} · reading the rest…"
        if total and not shown:
            return f"No session matches the filter ({total} stored) · {order}"
        count = f"{total} session{'' if total == 1 else 's'}" if shown == total else f"{shown} of {total} sessions"
        return f"{count} · {order}"

    def watch_session_order(self) -> None:
        self.show_rows()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.show_rows()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one(SessionList).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        self.show_rows()

    def on_session_list_sort_clicked(self, event: SessionList.SortClicked) -> None:
        self.session_order = event.order

    def on_session_list_highlighted(self, event: SessionList.Highlighted) -> None:
        self.refresh_bindings()

    def on_session_list_selected(self, event: SessionList.Selected) -> None:
        self.app.push_screen(SessionDetailScreen(self.store, event.session_id), self._detail_closed)

    # -- actions ------------------------------------------------------------------------------

    def _highlighted(self) -> SessionRow | None:
        session_id = self.query_one(SessionList).highlighted_session_id
        return next((r for r in self.rows if r.id == session_id), None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in SESSION_ACTIONS and self.is_mounted and self._highlighted() is None:
            return None
        return True

    def action_focus_filter(self) -> None:
        self.query_one("#review-filter", Input).focus()

    def action_pick_bank(self) -> None:
        select = self.query_one("#review-bank", Select)
        select.focus()
        select.action_show_overlay()

    def action_cycle_sort(self) -> None:
        self.session_order = SORT_ORDERS[(SORT_ORDERS.index(self.session_order) + 1) % len(SORT_ORDERS)]

    def _detail_closed(self, changed: bool | None) -> None:
        if changed:  # the session or one of its answers was deleted
            self.load_sessions()
            self.query_one(FeedbackProgress).reload()

    def action_delete(self) -> None:
        row = self._highlighted()
        if row is not None:
            self.ask_delete(row.summary)

    def action_export(self) -> None:
        row = self._highlighted()
        if row is not None:
            self.ask_export(row.id)

    def action_trends(self) -> None:
        self.app.push_screen(TrendsScreen(self.store))

    def action_back(self) -> None:
        if isinstance(self.focused, (Input, Select)):
            self.query_one(SessionList).focus()
        else:
            super().action_back()

    def on_session_deleted(self, message: SessionDeleted) -> None:
        self.load_sessions()
        self.query_one(FeedbackProgress).reload()  # its answers counted in the progress
