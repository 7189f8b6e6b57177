"""Questions in a modal dialog.

``push_screen(ConfirmScreen(...), callback)`` asks yes or no and gets a bool;
``push_screen(ChoiceScreen(..., choices), callback)`` offers several choices and gets the chosen
one's key, or None when cancelled (Escape);
``push_screen(AskTextScreen(..., check), callback)`` asks for one line of text and gets it once
``check`` finds no problem with it (the problem is shown in the dialog), or None (Escape).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label

from mockint.tui.literal import literal

_Result = TypeVar("_Result")


@dataclass(frozen=True)
class Choice:
    """One button of a :class:`ChoiceScreen`: ``key`` picks it (and is what the dialog returns)."""

    key: str
    label: str
    primary: bool = False


class _Dialog(ModalScreen[_Result], Generic[_Result]):
    """A title, an optional detail line and a row of buttons (ids ``choice-<key>``)."""

    DIALOG_CLASSES = "dialog"

    def __init__(self, question: str, detail: str, buttons: Sequence[Choice], focus: str) -> None:
        super().__init__(classes="dialog-screen")
        self.question = question
        self.detail = detail
        self.buttons = tuple(buttons)
        self._focus = focus

    def compose(self) -> ComposeResult:
        with Vertical(classes=self.DIALOG_CLASSES):
            yield Label(literal(self.question), classes="dialog-title")
            if self.detail:
                yield Label(literal(self.detail), classes="dialog-detail")
            with Horizontal(classes="dialog-buttons"):
                for choice in self.buttons:
                    yield Button(choice.label, variant="primary" if choice.primary else "default", id=f"choice-{choice.key}")

    def on_mount(self) -> None:
        self.query_one(f"#choice-{self._focus}", Button).focus()


class ConfirmScreen(_Dialog[bool]):
    """Ask ``question`` (with an optional ``detail`` line); ``y``/``n``/``escape`` answer too."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str, detail: str = "", *, yes: str = "Yes", no: str = "No") -> None:
        super().__init__(question, detail, (Choice("yes", yes, primary=True), Choice("no", no)), focus="no")
        self.yes_label = yes
        self.no_label = no

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "choice-yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


class ChoiceScreen(_Dialog[str | None]):
    """Offer ``choices`` (the first is focused); the key of each picks it, Escape cancels (None)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    DIALOG_CLASSES = "dialog -choices"  # wider: every button fits on its row

    def __init__(self, question: str, detail: str, choices: Sequence[Choice]) -> None:
        super().__init__(question, detail, choices, focus=choices[0].key)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(str(event.button.id).removeprefix("choice-"))

    def on_key(self, event: events.Key) -> None:
        if any(choice.key == event.key for choice in self.buttons):
            event.stop()
            self.dismiss(event.key)

    def action_cancel(self) -> None:
        self.dismiss(None)


class AskTextScreen(ModalScreen[str | None]):
    """Ask ``question`` for one line of text; Enter hands it in if ``check(text)`` returns None,
    else the problem it returns is shown under the box (one line) and the dialog stays open."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, question: str, detail: str, check: Callable[[str], str | None], *, placeholder: str = "") -> None:
        super().__init__(classes="dialog-screen")
        self.question = question
        self.detail = detail
        self.check = check
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(literal(self.question), classes="dialog-title")
            if self.detail:
                yield Label(literal(self.detail), classes="dialog-detail")
            yield Input(placeholder=self.placeholder, id="ask-text")
            yield Label("", id="ask-problem", classes="dialog-problem")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        problem = self.check(text)
        if problem:
            self.query_one("#ask-problem", Label).update(literal(problem))
            return
        self.dismiss(text)

    def on_input_changed(self, event: Input.Changed) -> None:
        self.query_one("#ask-problem", Label).update("")

    def action_cancel(self) -> None:
        self.dismiss(None)
