"""Progress on each open saved feedback since it was given, one line each (the same lines as the
Feedback screen and trends: :func:`mockint.aftermath.progress.progress_lines`).

The lines are read in a thread worker when the widget is mounted (and on :meth:`reload`); the
widget stays hidden while nothing is open (the class ``-shown`` shows it, styled in the app's
stylesheet).
"""

from __future__ import annotations

from textual import work
from textual.message import Message
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from mockint.store import HistoryStore
from mockint.tui.literal import literal
from mockint.tui.screens.background import error_message


class FeedbackProgress(Static):
    class Loaded(Message):
        def __init__(self, lines: list[str]) -> None:
            super().__init__()
            self.lines = lines

    def __init__(self, store: HistoryStore, *, id: str | None = None) -> None:
        super().__init__("", id=id)
        self.store = store
        self.lines: list[str] | None = None  # None until read

    def on_mount(self) -> None:
        self.reload()

    @work(thread=True, exclusive=True, exit_on_error=False, group="feedback-progress")
    def reload(self) -> None:
        from mockint.aftermath.progress import progress_lines

        self.post_message(self.Loaded(progress_lines(self.store, include_closed=False)))

    def on_feedback_progress_loaded(self, message: FeedbackProgress.Loaded) -> None:
        message.stop()
        self.lines = message.lines
        self.update(literal("\n".join(message.lines), "dim") if message.lines else "")
        self.set_class(bool(message.lines), "-shown")

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR:  # said here: the screen's own status is about sessions
            event.stop()
            self.update(literal(f"Feedback progress could not be read: {error_message(event.worker.error)}", "red"))
            self.add_class("-shown")
