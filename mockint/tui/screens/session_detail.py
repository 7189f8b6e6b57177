"""One stored session: each answer with its score card (verdicts, tips, evidence highlighted).

Each first answer is followed by its retakes and follow-ups (``#14 · try 2 of #12``); ``g`` asks
the current answer's question again (a new session, saved as its next try), ``c`` compares its
tries side by side. A spoken answer's recording plays again with Space (again: stop), through the app's player
(sounddevice by default) in a worker; a deleted file or no sound output is a clear notification.
"""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Footer, Header, Static

from mockint.coach.attempts import grouped, retake_from_history, tries
from mockint.coach.attempts import heading as attempt_heading
from mockint.errors import MockintError
from mockint.session.options import SessionOptions
from mockint.session.settings import follow_up_limit
from mockint.speech.playback import Player, SoundDevicePlayer, play_recording
from mockint.store import HistoryStore, SessionDetail
from mockint.store.records import FOLLOW_UP, AnswerRecord
from mockint.store.wording import answer_facts, local_time, mean_text, session_title, weakest_text
from mockint.tui.messages import RecordingPlayed
from mockint.tui.screens.compare import CompareScreen
from mockint.tui.screens.session_actions import SessionActionsScreen, SessionDeleted
from mockint.tui.widgets.score_card import ScoreCardView


class SessionLoaded(Message):
    def __init__(self, detail: SessionDetail) -> None:
        super().__init__()
        self.detail = detail


def facts_line(detail: SessionDetail) -> Text:
    summary = detail.summary
    parts = [
        local_time(summary.started_at),
        f"{summary.answer_count} answer{'' if summary.answer_count == 1 else 's'}",
        f"mean overall {mean_text(summary)}",
        f"weakest: {weakest_text(summary)}",
    ]
    text = Text(" · ".join(parts))
    text.append(" · g: try the current question again, c: compare its tries", style="dim")
    return text


class SessionDetailScreen(SessionActionsScreen[bool]):
    """Dismisses with ``True`` when the session was deleted (the list then reloads)."""

    BINDINGS = [
        Binding("n", "next_answer", "Next"),
        Binding("p", "previous_answer", "Previous"),
        Binding("space", "play", "Play/stop recording"),
        Binding("g", "try_again", "Try again", show=False),  # (the footer is full: said in the facts line)
        Binding("c", "compare", "Compare tries", show=False),
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

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(Text("Loading…"), id="detail-facts")
        yield VerticalScroll(id="detail-answers")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.load_session()

    @work(thread=True, exclusive=True, exit_on_error=False, group="session-load")
    def load_session(self) -> None:
        self.post_message(SessionLoaded(self.store.get_session(self.session_id)))

    async def on_session_loaded(self, message: SessionLoaded) -> None:
        detail = self.detail = replace(message.detail, answers=grouped(message.detail.answers))
        self.sub_title = session_title(detail.summary)
        self.query_one("#detail-facts", Static).update(facts_line(detail))
        answers = self.query_one("#detail-answers", VerticalScroll)
        await answers.remove_children()
        total = len(detail.answers)
        widgets: list[Widget] = []
        for number, answer in enumerate(detail.answers, 1):
            heading = Text(f"Answer {number} of {total} · {attempt_heading(answer)} · {answer_facts(answer)}")
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
        if action in ("try_again", "compare"):
            return self._tries_action_allowed(action)
        return True

    # -- retakes: try the current answer's question again, compare its tries ------------------
    def _current(self) -> AnswerRecord | None:
        if self.detail is None or not self.detail.answers:
            return None
        return self.detail.answers[min(self.current_answer, len(self.detail.answers) - 1)]

    def _tries_action_allowed(self, action: str) -> bool | None:
        answer = self._current()
        if answer is None or answer.kind == FOLLOW_UP:
            return None
        if action == "compare" and self.detail is not None and len(tries(self.detail.answers, answer)) < 2:
            return None
        return True

    def action_try_again(self) -> None:
        answer = self._current()
        if answer is None or self.detail is None:
            return
        options = SessionOptions(follow_ups=follow_up_limit())
        try:
            bank, planned = retake_from_history(
                self.app.load_catalog(), self.detail.summary.bank_id, self.detail.answers, answer, options
            )
        except MockintError as exc:
            self.app.show_error("Cannot ask this question again", str(exc))
            return
        self.app.start_practice(bank, options, planned=[planned])

    def action_compare(self) -> None:
        answer = self._current()
        if answer is not None and self.detail is not None:
            self.app.push_screen(CompareScreen(store=self.store, answer_ids=tries(self.detail.answers, answer)))

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
        heading = self.query_one(f"#answer-{self.current_answer + 1}")
        self.query_one("#detail-answers", VerticalScroll).scroll_to_widget(heading, top=True)
        self.refresh_bindings()

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
