"""What every full screen shares: the typed app, palette commands for their keys, and a clear
message when a background worker fails.

Screens reach the app through ``self.app``, typed as :class:`~mockint.tui.app.MockintApp` (by
:func:`~mockint.tui.typed_app.mockint_app`, as widgets do), so ``self.app.start_practice(...)`` is
checked.

Workers on these screens are thin: they call one core function and post a result message. When
one fails (a locked database, an unreadable bank folder) the worker ends in the ERROR state and the
screen shows the error's one-line message in a notification; the app keeps running.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from textual.app import App
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.screen import Screen
from textual.widget import Widget
from textual.worker import Worker, WorkerState

from mockint.errors import MockintError
from mockint.tui.typed_app import mockint_app

if TYPE_CHECKING:
    from mockint.tui.app import MockintApp


def error_message(error: BaseException | None) -> str:
    """The line a user sees for a failed worker: a MockintError's own words, else its type too."""
    if error is None:
        return "something went wrong in the background"
    if isinstance(error, MockintError):
        return str(error)
    detail = str(error) or "no details"
    return f"{type(error).__name__}: {detail}"


class ScreenKeyCommands(Provider):
    """The screen's keys in the command palette: every one the screen itself binds (shown in the
    footer or not) and those its focused widgets show in the footer. App keys have their own."""

    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        screen = self.screen
        seen: set[str] = set()
        commands: list[tuple[str, str, Callable[[], object]]] = []
        for active in screen.active_bindings.values():
            binding = active.binding
            offered = active.node is screen or (binding.show and active.node is not self.app)
            if not offered or not active.enabled:
                continue
            title = binding.description
            if not title or title in seen:
                continue
            seen.add(title)
            help_text = f"key: {binding.key_display or self.app.get_key_display(binding)}"
            node = active.node
            if isinstance(node, (Widget, App)):  # a screen, a widget or the app: each runs actions
                commands.append((title, help_text, partial(node.run_action, binding.action)))
        return commands

    async def discover(self) -> Hits:
        for title, help_text, callback in self._commands():
            yield DiscoveryHit(title, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, help=help_text)


ResultType = TypeVar("ResultType")


class BackgroundScreen(Screen[ResultType]):
    """A screen whose slow work runs in thread workers; failures become notifications."""

    COMMANDS = {ScreenKeyCommands}

    @property
    def app(self) -> MockintApp:  # type: ignore[override]  # the same app, its own type
        return mockint_app(super().app)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR:
            self.worker_failed(event.worker)

    def worker_failed(self, worker: Worker) -> None:
        """Show what went wrong; screens override to also restore their state."""
        self.notify(error_message(worker.error), severity="error", markup=False, timeout=10)

    def back_result(self) -> ResultType | None:
        """What the screen hands back when the user leaves it (``action_back``)."""
        return None

    def action_back(self) -> None:
        """Leave this screen (the app exits when it is the only one)."""
        if len(self.app.screen_stack) > 1:
            self.dismiss(self.back_result())
        else:
            self.app.exit()
