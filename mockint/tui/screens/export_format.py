"""A small dialog: which format to export a session in (Markdown, HTML or JSON)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

FORMAT_CHOICES = (
    ("md", "m  Markdown (.md)"),
    ("html", "h  HTML (.html)"),
    ("json", "j  JSON (.json)"),
)


class ExportFormatScreen(ModalScreen[str | None]):
    """Dismisses with ``"md"``, ``"html"`` or ``"json"``, or ``None`` when cancelled."""

    BINDINGS = [
        Binding("m", "pick('md')", "Markdown"),
        Binding("h", "pick('html')", "HTML"),
        Binding("j", "pick('json')", "JSON"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, session_id: int) -> None:
        super().__init__(classes="dialog-screen")
        self.session_id = session_id

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="export-dialog"):
            yield Label(f"Export session {self.session_id} as:", classes="dialog-title")
            yield OptionList(*(Option(label, id=fmt) for fmt, label in FORMAT_CHOICES), id="export-formats")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_pick(self, fmt: str) -> None:
        self.dismiss(fmt)

    def action_cancel(self) -> None:
        self.dismiss(None)
