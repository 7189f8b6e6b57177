"""A problem the user should read, in a modal dialog; closing it returns to what they were doing."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from mockint.tui.literal import literal


class ErrorScreen(ModalScreen[None]):
    """``title`` in bold, then ``message`` (literal text, may be several lines)."""

    BINDINGS = [Binding("escape,enter", "close", "Close")]

    def __init__(self, title: str, message: str) -> None:
        super().__init__(classes="dialog-screen")
        self.title_text = title
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog -error"):
            yield Label(literal(self.title_text), classes="dialog-title")
            with VerticalScroll(classes="dialog-body"):
                yield Static(literal(self.message), classes="dialog-detail")
            with Horizontal(classes="dialog-buttons"):
                yield Button("OK", variant="primary", id="ok")

    def on_mount(self) -> None:
        self.query_one("#ok", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
