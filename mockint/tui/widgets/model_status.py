"""One line that follows the speech model's background load: loading, warming up, ready, failed.

It watches the app's ``model_state`` (set from :class:`~mockint.tui.messages.ModelProgress`), so
the start screen and the practice screen show the same progress without passing it around.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from mockint.speech.loader import FAILED, IDLE, LOADING, READY, WARMING_UP
from mockint.tui.literal import literal

STATE_TEXT = {
    IDLE: ("Speech model: not loaded yet", "dim"),
    LOADING: ("Speech model: loading… (your answer can start meanwhile)", "yellow"),
    WARMING_UP: ("Speech model: warming up…", "yellow"),
    READY: ("Speech model: ready", "green"),
}


def model_status_text(state: str, error: str | None) -> Text:
    if state == FAILED:
        line = Text("Speech model: failed. ", style="bold red")
        line.append_text(literal(error or "it could not be loaded"))
        line.append(" Type your answers instead (Ctrl+O on the practice screen).", style="italic")
        return line
    words, style = STATE_TEXT.get(state, (f"Speech model: {state}", "dim"))
    return Text(words, style=style)


class ModelStatus(Static):
    def on_mount(self) -> None:
        self.watch(self.app, "model_state", self._changed, init=True)

    def _changed(self, state: str) -> None:
        self.update(model_status_text(state, getattr(self.app, "model_error", None)))
