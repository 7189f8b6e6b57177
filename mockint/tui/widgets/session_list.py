"""The review list: one line per stored session (date, bank, answers, overall, weakest criterion).

A Line API widget: it draws only the lines on screen, so ten thousand sessions cost no more to show
than ten (a ``DataTable`` spends a second adding that many rows). Rows are prepared off the UI
thread (:func:`session_row`); sorting and filtering work on those prepared rows. Text is drawn as
plain segments, so a bank title such as ``[red]x`` is shown as typed, never read as markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from mockint.safe_text import visible
from mockint.store.records import SessionSummary
from mockint.store.wording import local_time, mean_text, weakest_text

SORT_ORDERS = ("date", "overall", "bank")
SORT_LABELS = {
    "date": "date (newest first)",
    "overall": "overall (best first)",
    "bank": "bank (A to Z)",
}

# (title, width, right-aligned, sort order a click on the title picks); width 0 takes what is left.
COLUMNS: tuple[tuple[str, int, bool, str | None], ...] = (
    ("Date", 16, False, "date"),
    ("Bank", 0, False, "bank"),
    ("Answers", 7, True, None),
    ("Overall", 9, True, "overall"),
    ("Weakest", 20, False, None),
)
GAP = 2
LEFT_PAD = 1
MIN_FLEX = 12


@dataclass(frozen=True)
class SessionRow:
    """A session as the list shows it, with the lower-cased text the filter searches."""

    summary: SessionSummary
    cells: tuple[str, ...]
    haystack: str

    @property
    def id(self) -> int:
        return self.summary.id


def session_row(summary: SessionSummary) -> SessionRow:
    cells = (
        local_time(summary.started_at),
        visible(summary.bank_title or summary.bank_id),
        str(summary.answer_count),
        mean_text(summary),
        visible(weakest_text(summary)),
    )
    haystack = " ".join((cells[0], summary.bank_title, summary.bank_id, cells[4])).casefold()
    return SessionRow(summary, cells, haystack)


def sort_rows(rows: Iterable[SessionRow], order: str) -> list[SessionRow]:
    """``date``: newest first; ``overall``: best first (unscored last); ``bank``: A to Z, then newest."""
    newest_first = sorted(rows, key=lambda r: (r.summary.started_at, r.id), reverse=True)
    if order == "overall":
        return sorted(
            newest_first,
            key=lambda r: (r.summary.mean_overall is None, -(r.summary.mean_overall or 0.0)),
        )
    if order == "bank":
        return sorted(newest_first, key=lambda r: (r.summary.bank_title.casefold(), r.summary.bank_id))
    return newest_first


def filter_rows(
    rows: Iterable[SessionRow], *, text: str = "", bank_id: str | None = None
) -> list[SessionRow]:
    """Rows of ``bank_id`` (all when None) whose date, bank or weakest criterion contain ``text``."""
    needle = text.strip().casefold()
    return [
        row
        for row in rows
        if (bank_id is None or row.summary.bank_id == bank_id) and needle in row.haystack
    ]


def column_widths(total: int) -> list[int]:
    """Each column's width for a line of ``total`` cells (the bank column takes the rest)."""
    fixed = sum(width for _, width, _, _ in COLUMNS) + GAP * (len(COLUMNS) - 1) + LEFT_PAD
    return [width or max(MIN_FLEX, total - fixed) for _, width, _, _ in COLUMNS]


def fit(text: str, width: int, right: bool = False) -> str:
    """``text`` in exactly ``width`` cells: cut with an ellipsis, or padded."""
    if cell_len(text) > width:
        return set_cell_size(text, width - 1) + "…"
    padding = " " * (width - cell_len(text))
    return padding + text if right else text + padding


def format_line(cells: Sequence[str], widths: Sequence[int]) -> str:
    parts = [fit(cell, width, right) for cell, width, (_, _, right, _) in zip(cells, widths, COLUMNS)]
    return " " * LEFT_PAD + (" " * GAP).join(parts)


def column_at(x: int, widths: Sequence[int]) -> int | None:
    """The index of the column under cell ``x`` of a line, if any."""
    start = LEFT_PAD
    for index, width in enumerate(widths):
        if start <= x < start + width:
            return index
        start += width + GAP
    return None


class SessionList(ScrollView, can_focus=True):
    """The header line, then one line per session; ``enter`` or a click on the highlighted line
    opens it (:class:`SessionList.Selected`); a click on a column title asks to sort by it."""

    BINDINGS = [
        Binding("enter", "select", "Open"),
        Binding("up", "move(-1)", "Up", show=False),
        Binding("down", "move(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "move_to(0)", "First", show=False),
        Binding("end", "move_to(-1)", "Last", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "session-list--header",
        "session-list--cursor",
        "session-list--stripe",
    }

    DEFAULT_CSS = """
    SessionList {
        background: $surface;
        overflow-x: hidden;
        & > .session-list--header {
            text-style: bold;
            background: $panel;
        }
        & > .session-list--stripe {
            background: $foreground 4%;
        }
        & > .session-list--cursor {
            background: $block-cursor-blurred-background;
        }
        &:focus > .session-list--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
            text-style: $block-cursor-text-style;
        }
    }
    """

    cursor: reactive[int] = reactive(0, init=False)
    order: reactive[str] = reactive("date", init=False)

    class Highlighted(Message):
        def __init__(self, session_id: int | None) -> None:
            super().__init__()
            self.session_id = session_id

    class Selected(Message):
        def __init__(self, session_id: int) -> None:
            super().__init__()
            self.session_id = session_id

    class SortClicked(Message):
        def __init__(self, order: str) -> None:
            super().__init__()
            self.order = order

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.rows: list[SessionRow] = []

    # -- what is shown ------------------------------------------------------------------------

    def show_rows(self, rows: Sequence[SessionRow]) -> None:
        """Replace the rows, keeping the cursor on the same session when it is still listed."""
        current = self.highlighted_session_id
        self.rows = list(rows)
        self.virtual_size = Size(self.size.width, len(self.rows) + 1)
        index = next((i for i, r in enumerate(self.rows) if r.id == current), 0)
        self.set_reactive(SessionList.cursor, min(index, max(0, len(self.rows) - 1)))
        self._scroll_cursor_visible()
        self.refresh()
        self.post_message(self.Highlighted(self.highlighted_session_id))

    @property
    def session_ids(self) -> list[int]:
        return [row.id for row in self.rows]

    @property
    def highlighted_session_id(self) -> int | None:
        return self.rows[self.cursor].id if 0 <= self.cursor < len(self.rows) else None

    def line_text(self, session_id: int) -> str:
        """The line a session is shown as (at the current width)."""
        row = next(r for r in self.rows if r.id == session_id)
        return format_line(row.cells, column_widths(self.size.width))

    # -- drawing ------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        widths = column_widths(width)
        base = self.rich_style
        if y == 0:
            titles = [self._title(title, order) for title, _, _, order in COLUMNS]
            style = base + self.get_component_rich_style("session-list--header")
            return self._strip(format_line(titles, widths), width, style)
        index = y - 1 + round(self.scroll_offset.y)
        if index >= len(self.rows):
            return Strip.blank(width, base)
        style = base
        if index % 2:
            style += self.get_component_rich_style("session-list--stripe")
        if index == self.cursor:
            style += self.get_component_rich_style("session-list--cursor")
        return self._strip(format_line(self.rows[index].cells, widths), width, style)

    def _title(self, title: str, order: str | None) -> str:
        return f"{title} ▾" if order is not None and order == self.order else title

    @staticmethod
    def _strip(text: str, width: int, style: Style) -> Strip:
        return Strip([Segment(text, style)]).crop_extend(0, width, style)

    def watch_order(self) -> None:
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(event.size.width, len(self.rows) + 1)

    # -- moving and choosing ------------------------------------------------------------------

    @property
    def _page(self) -> int:
        return max(1, self.size.height - 2)

    def watch_cursor(self) -> None:
        self._scroll_cursor_visible()
        self.refresh()
        self.post_message(self.Highlighted(self.highlighted_session_id))

    def _scroll_cursor_visible(self) -> None:
        visible_rows = max(1, self.size.height - 1)
        top = round(self.scroll_offset.y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + visible_rows:
            self.scroll_to(y=self.cursor - visible_rows + 1, animate=False, immediate=True)

    def action_move(self, step: int) -> None:
        if self.rows:
            self.cursor = max(0, min(len(self.rows) - 1, self.cursor + step))

    def action_page(self, direction: int) -> None:
        self.action_move(direction * self._page)

    def action_move_to(self, index: int) -> None:
        if self.rows:
            self.cursor = index % len(self.rows)

    def action_select(self) -> None:
        session_id = self.highlighted_session_id
        if session_id is not None:
            self.post_message(self.Selected(session_id))

    def on_click(self, event: events.Click) -> None:
        if event.y == 0:
            column = column_at(event.x, column_widths(self.size.width))
            order = None if column is None else COLUMNS[column][3]
            if order is not None:
                self.post_message(self.SortClicked(order))
            return
        index = event.y - 1 + round(self.scroll_offset.y)
        if not 0 <= index < len(self.rows):
            return
        if index == self.cursor:  # a second click (or a double click) opens it
            self.action_select()
        else:
            self.cursor = index
