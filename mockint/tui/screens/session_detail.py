"""One stored session: each answer with its score card (verdicts, tips, evidence highlighted).

A spoken answer's recording plays again with Space (again: stop), through the app's player
(sounddevice by default) in a worker; a deleted file or no sound output is a clear notification.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Footer, Header, Static

from mockint.banks.model import Bank, Question
from mockint.errors import MockintError
from mockint.speech.playback import Player, SoundDevicePlayer, play_recording
from mockint.store import HistoryStore, SessionDetail
from mockint.store.wording import answer_facts, local_time, mean_text, session_title, weakest_text
from mockint.tui.messages import RecordingPlayed
from mockint.tui.screens.session_actions import SessionActionsScreen, SessionDeleted
from mockint.tui.widgets.example_answer import EXAMPLE_ID, ExampleAnswerView, score_example
from mockint.tui.widgets.score_card import ScoreCardView


class SessionLoaded(Message):
    """``examples``: the bank question of each answer that has an example answer, by position."""

    def __init__(self, detail: SessionDetail, examples: dict[int, tuple[Question, Bank]] | None = None) -> None:
        super().__init__()
        self.detail = detail
        self.examples = examples or {}


def example_questions(app: Any, detail: SessionDetail) -> dict[int, tuple[Question, Bank]]:
    """The bank question (as the bank is now) of each answer whose question has an example answer;
    a bank or question that is gone, or banks that cannot be loaded, give none."""
    try:
        bank = app.load_catalog().get(detail.summary.bank_id)
    except MockintError:
        return {}
    found = {}
    for index, answer in enumerate(detail.answers):
        question = bank.question(answer.question_id)
        if question is not None and question.example_answer:
            found[index] = (question, bank)
    return found


def facts_line(detail: SessionDetail) -> Text:
    summary = detail.summary
    parts = [
        local_time(summary.started_at),
        f"{summary.answer_count} answer{'' if summary.answer_count == 1 else 's'}",
        f"mean overall {mean_text(summary)}",
        f"weakest: {weakest_text(summary)}",
    ]
    return Text(" · ".join(parts))


class SessionDetailScreen(SessionActionsScreen[bool]):
    """Dismisses with ``True`` when the session was deleted (the list then reloads)."""

    BINDINGS = [
        Binding("n", "next_answer", "Next"),
        Binding("p", "previous_answer", "Previous"),
        Binding("space", "play", "Play/stop recording"),
        Binding("x", "example_answer", "Example answer"),
        Binding("d", "delete", "Delete"),
        Binding("e", "export", "Export"),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self, store: HistoryStore, session_id: int) -> None:
        super().__init__(store)
        self.session_id = session_id
        self.detail: SessionDetail | None = None
        self.sub_title = f"Session {session_id}"
        self.current_answer = 0
        self.playing: Player | None = None
        self.examples: dict[int, tuple[Question, Bank]] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(Text("Loading…"), id="detail-facts")
        yield VerticalScroll(id="detail-answers")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.load_session()

    @work(thread=True, exclusive=True, exit_on_error=False, group="session-load")
    def load_session(self) -> None:
        detail = self.store.get_session(self.session_id)
        self.post_message(SessionLoaded(detail, example_questions(self.app, detail)))

    async def on_session_loaded(self, message: SessionLoaded) -> None:
        detail = self.detail = message.detail
        self.examples = message.examples
        self.sub_title = session_title(detail.summary)
        self.query_one("#detail-facts", Static).update(facts_line(detail))
        answers = self.query_one("#detail-answers", VerticalScroll)
        await answers.remove_children()
        total = len(detail.answers)
        widgets: list[Widget] = []
        for number, answer in enumerate(detail.answers, 1):
            heading = Text(f"Answer {number} of {total} · {answer_facts(answer)}")
            if answer.audio_path:
                heading.append(" · Space: play the recording", style="dim")
            widgets.append(Static(heading, classes="answer-heading", id=f"answer-{number}"))
            widgets.append(ScoreCardView(answer.question_text, answer.text, answer.card))
        if not widgets:
            widgets.append(Static(Text("This session has no answers."), classes="detail-empty"))
        await answers.mount_all(widgets)
        self.refresh_bindings()

    def worker_failed(self, worker) -> None:
        super().worker_failed(worker)
        if worker.group == "playback":
            self.playing = None
        if self.detail is None:
            self.query_one("#detail-facts", Static).update(Text("This session could not be read."))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("delete", "export", "next_answer", "previous_answer", "play") and self.detail is None:
            return None
        if action == "example_answer":
            return self.detail is not None and self.current_answer in self.examples
        return True

    def action_example_answer(self) -> None:
        """Show (or hide) the example answer under the current answer's card, highlighted."""
        shown = self.query(f"#{EXAMPLE_ID}")
        if shown:
            shown.remove()
            return
        found = self.examples.get(self.current_answer)
        if found is None:
            return
        from mockint.scoring import load_settings

        question, bank = found
        try:
            card = score_example(question, bank, self.app.scoring_settings or load_settings())
        except MockintError as exc:
            self.notify(str(exc), title="Cannot score the example answer", severity="error", markup=False)
            return
        if card is not None:
            after = self.query(ScoreCardView)[self.current_answer]
            view = ExampleAnswerView(question.example_answer, card)
            self.query_one("#detail-answers", VerticalScroll).mount(view, after=after)
            self.call_after_refresh(view.scroll_visible, animate=False)

    def action_play(self) -> None:
        """Play the current answer's recording, or stop the one playing."""
        if self.playing is not None:
            self.playing.stop()
            return
        if self.detail is None or not self.detail.answers:
            return
        answer = self.detail.answers[self.current_answer]
        player = self.app.speech.player or SoundDevicePlayer()
        self.playing = player
        if answer.audio_path:
            self.notify(f"Playing answer {self.current_answer + 1}'s recording (Space stops).", timeout=3)
        self.play_answer(player, answer.audio_path)

    @work(thread=True, exclusive=True, exit_on_error=False, group="playback")
    def play_answer(self, player: Player, audio_path: str | None) -> None:
        try:
            play_recording(player, audio_path)
        except MockintError as exc:
            self.post_message(RecordingPlayed(str(exc)))
        else:
            self.post_message(RecordingPlayed())

    def on_recording_played(self, message: RecordingPlayed) -> None:
        self.playing = None
        if message.error:
            self.notify(message.error, title="Cannot play this recording", severity="error", markup=False, timeout=8)

    def on_unmount(self) -> None:
        if self.playing is not None:
            self.playing.stop()

    def _scroll_to_answer(self, step: int) -> None:
        if self.detail is None or not self.detail.answers:
            return
        self.current_answer = max(0, min(len(self.detail.answers) - 1, self.current_answer + step))
        self.query(f"#{EXAMPLE_ID}").remove()
        self.refresh_bindings()
        heading = self.query_one(f"#answer-{self.current_answer + 1}")
        self.query_one("#detail-answers", VerticalScroll).scroll_to_widget(heading, top=True)

    def action_next_answer(self) -> None:
        self._scroll_to_answer(1)

    def action_previous_answer(self) -> None:
        self._scroll_to_answer(-1)

    def action_delete(self) -> None:
        if self.detail is not None:
            self.ask_delete(self.detail.summary)

    def action_export(self) -> None:
        if self.detail is not None:
            self.ask_export(self.session_id)

    def back_result(self) -> bool:
        return False

    def on_session_deleted(self, message: SessionDeleted) -> None:
        self.dismiss(True)
