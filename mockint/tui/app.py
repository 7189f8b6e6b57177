"""The mockint Textual app and :func:`make_app`, the one way to build it.

The CLI, the tests, the snapshot tests and the benchmarks all call :func:`make_app` with the
dependencies they want (a fake clock, a store in a temporary folder, a catalog of test banks), so
they run the same app. Anything not given is created lazily: the history database is opened on
first use, the banks are loaded in a worker when the start screen needs them.

Spoken answers: a worker checks at start whether the microphone can be used (``speech_status``);
the speech model is loaded and warmed up in the background by one :class:`ModelLoader` for the
whole app, as soon as "speak" is chosen (``model_state`` follows its progress).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.reactive import var
from textual.screen import ModalScreen, Screen
from textual.worker import Worker, WorkerState, get_current_worker

from mockint.errors import MockintError
from mockint.session.clock import Clock, MonotonicClock
from mockint.session.options import PlannedQuestion, SessionOptions, plan_questions
from mockint.session.practice import PracticeSession
from mockint.speech.loader import IDLE
from mockint.speech.microphone import SpeechSetup, SpeechStatus, check_speech
from mockint.speech.speaker import VoiceSettings
from mockint.tui.messages import AnswerSaved, ModelProgress, RescoreProgress, SpeechChecked, UnsavedReplayed
from mockint.tui.screens.background import error_message
from mockint.tui.screens.error import ErrorScreen
from mockint.tui.screens.help import HelpScreen, screen_keys
from mockint.tui.screens.start import StartScreen
from mockint.ui_state import UiState, load_ui_state, save_ui_state

if TYPE_CHECKING:
    from mockint.banks.catalog import Catalog
    from mockint.banks.model import Bank
    from mockint.session.answer_saver import AnswerSaver, ScoredAttempt
    from mockint.session.practice import Attempt
    from mockint.speech.loader import ModelLoader
    from mockint.speech.playback import Player
    from mockint.speech.speaker import Speaker
    from mockint.store import HistoryStore
    from mockint.store.pending import Pending
    from mockint.store.unsaved import UnsavedAnswers


@dataclass(frozen=True)
class PracticeRequest:
    """Open straight into a session: ``mockint practice --bank ID ...``; ``notice``: what the
    user should know first (e.g. no microphone, so the answers are typed)."""

    bank_id: str
    options: SessionOptions = field(default_factory=SessionOptions)
    notice: str | None = None
    bank: Bank | None = None  # a bank made for this session (a feedback drill), not from the catalog


InitialScreen = Literal["start", "review"] | PracticeRequest


class MockintApp(App[None]):
    """Start screen at the bottom of the stack; practice, summary, review... pushed on top."""

    CSS_PATH = "mockint.tcss"
    TITLE = "mockint"
    SUB_TITLE = "interview practice"
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("f1", "help", "Help"),
        Binding("question_mark", "help", "Help", show=False),
        Binding("ctrl+t", "toggle_dark", "Light/dark theme", show=False),
    ]

    speech_status: var[SpeechStatus | None] = var(None)  # None until checked
    model_state: var[str] = var(IDLE)  # the states of mockint.speech.loader
    model_error: var[str | None] = var(None)

    def __init__(
        self,
        *,
        clock: Clock,
        store: HistoryStore | None,
        catalog: Catalog | None,
        bank_dirs: Sequence[Path],
        initial: InitialScreen,
        ui_state_path: Path | None,
        scoring_settings: Any,
        speech: SpeechSetup,
        voice: VoiceSettings,
    ) -> None:
        super().__init__()
        self.speech = speech
        self.voice = voice  # the interviewer's voice; ``voice.enabled`` follows the start screen
        self._model_loader: ModelLoader | None = None
        self.clock = clock
        self.bank_dirs = tuple(Path(d) for d in bank_dirs)
        self.initial = initial
        self.ui_state_path = ui_state_path
        self.ui_state = load_ui_state(ui_state_path)
        self.scoring_settings = scoring_settings
        self._store = store
        self._owns_store = store is None
        self._catalog = catalog
        self._store_lock = threading.Lock()
        self._unsaved: UnsavedAnswers | None = None
        self._catalog_lock = threading.Lock()
        if self.ui_state.theme in self.available_themes:
            self.theme = self.ui_state.theme

    # -- dependencies (safe to call from worker threads) ---------------------------------------
    def open_store(self) -> HistoryStore:
        """The history store, opened on first use; raises StoreError if it cannot be."""
        with self._store_lock:
            if self._store is None:
                from mockint.store import HistoryStore

                self._store = HistoryStore()
            return self._store

    def unsaved_answers(self) -> UnsavedAnswers:
        """What the history could not take yet (one queue and journal for every session); each
        entry saved later is announced with :class:`AnswerSaved`."""
        with self._store_lock:
            if self._unsaved is None:
                from mockint import paths
                from mockint.store.unsaved import UnsavedAnswers

                database = self._store.path if self._store is not None else paths.database_file()
                self._unsaved = UnsavedAnswers(self.open_store, database, on_saved=self._saved_later)
            return self._unsaved

    def _saved_later(self, entry: Pending, answer_id: int | None) -> None:  # the retrying thread
        question = getattr(entry, "question_text", None)
        if question is not None:
            self.post_message(AnswerSaved(question))

    @work(thread=True, exit_on_error=False, group="store")
    def replay_unsaved(self) -> None:
        """Save what an earlier mockint kept in its journal (one that quit or died before the
        history could take it); journals of running copies are left to them."""
        from mockint import paths
        from mockint.store.journal import journals_beside, replay_journals

        if not journals_beside(self._store.path if self._store is not None else paths.database_file()):
            return  # nothing to replay: the history is not even opened
        store = self.open_store()
        own = self._unsaved.journal_path if self._unsaved is not None else None
        report = replay_journals(store, skip=[own] if own else [])
        self.post_message(UnsavedReplayed(report.saved, report.problems))

    def on_answer_saved(self, message: AnswerSaved) -> None:
        self.notify(f"Now saved in your history: your answer to “{message.question}”", title="Answer saved", markup=False, timeout=6)

    def on_unsaved_replayed(self, message: UnsavedReplayed) -> None:
        if message.saved:
            plural = "answer" if message.saved == 1 else "answers"
            self.notify(f"{message.saved} {plural} kept from an earlier session are now saved in your history.", title="Answers saved", markup=False, timeout=8)
        for problem in message.problems:
            self.notify(problem, title="An unsaved answer could not be saved", severity="error", markup=False, timeout=10)

    @work(thread=True, exclusive=True, exit_on_error=False, group="rescore")
    def rescore_old_scores(self) -> None:
        """Score again every answer an older scorer scored, so trends and the plan compare scores
        of one version; progress arrives as :class:`RescoreProgress` (the UI never waits)."""
        from mockint import paths
        from mockint.store.rescore import outdated_count, rescore_outdated

        if self._store is None and not paths.database_file().exists():
            return  # no history yet: nothing to rescore, and no database to create
        worker = get_current_worker()

        def progress(done: int, total: int) -> None:  # this thread: post, never touch widgets
            self.post_message(RescoreProgress(done, total))

        try:
            store = self.open_store()
            if not outdated_count(store):
                return
            report = rescore_outdated(
                store,
                catalog=self.load_catalog(),
                settings=self.scoring_settings,
                progress=progress,
                should_stop=lambda: worker.is_cancelled,
            )
        except MockintError as exc:  # locked, unreadable, a bad config: the old cards stay
            self.call_from_thread(self._rescore_failed, str(exc))
            return
        self.post_message(RescoreProgress(report.rescored, report.total, report))

    def _rescore_failed(self, problem: str) -> None:
        self.sub_title = self.SUB_TITLE
        self.notify(problem, title="Old scores were not updated (the next start tries again)", severity="error",
                    markup=False, timeout=10)

    def on_rescore_progress(self, message: RescoreProgress) -> None:
        from mockint.store.rescore import done_message, pending_message

        if message.report is None:
            self.sub_title = pending_message(message.total, message.done)  # in every screen's header
        elif not message.report.stopped:
            self.notify(done_message(message.report), title="Scores updated", markup=False, timeout=8)

    def load_catalog(self) -> Catalog:
        """Every bank (loaded once); raises BankError e.g. for a missing --bank-dir."""
        with self._catalog_lock:
            if self._catalog is None:
                from mockint.banks.catalog import load_catalog

                self._catalog = load_catalog(self.bank_dirs)
            return self._catalog

    # -- spoken answers ------------------------------------------------------------------------
    def speech_model(self) -> ModelLoader:
        """The speech model, loading and warming up in the background from the first call on;
        its progress arrives as :class:`ModelProgress` and sets ``model_state``."""
        if self._model_loader is None:
            from mockint.speech.loader import FAILED, ModelLoader

            status = self.speech_status
            loader: ModelLoader

            def progress(state: str) -> None:  # the loading thread: post, never touch widgets
                error = str(loader.error) if state == FAILED and loader.error else None
                self.post_message(ModelProgress(state, error))

            loader = ModelLoader(status.settings if status else None, on_progress=progress, load=self.speech.load_model)
            self._model_loader = loader.start()
        return self._model_loader

    def chosen_device(self) -> str | None:
        """The microphone to record from: ``--device`` > config/environment > the start screen's
        choice > the system default (None). Raises ConfigError for a bad ``[speech]`` section."""
        from mockint.speech.microphone import device_choice
        from mockint.speech.settings import load_speech_settings

        status = self.speech_status
        settings = status.settings if status else load_speech_settings()  # not checked yet
        return device_choice(self.speech, settings, self.ui_state.input_device)

    @work(thread=True, exclusive=True, exit_on_error=False, group="speech-check")
    def check_speech(self) -> None:
        self.post_message(SpeechChecked(check_speech(self.speech, self.ui_state.input_device)))

    def on_speech_checked(self, message: SpeechChecked) -> None:
        self.speech_status = message.status

    def on_model_progress(self, message: ModelProgress) -> None:
        self.model_error = message.error
        self.model_state = message.state

    # -- the interviewer's voice ---------------------------------------------------------------
    def sound_player(self) -> Player:
        """What plays the voice and the cues: the setup's player, else the default output."""
        if self.speech.player is not None:
            return self.speech.player
        from mockint.speech.playback import SoundDevicePlayer

        return SoundDevicePlayer()

    def speaker(self) -> Speaker:
        """What reads the questions aloud: the setup's speaker, else espeak-ng."""
        if self.speech.speaker is not None:
            return self.speech.speaker
        from mockint.speech.speaker import EspeakSpeaker

        return EspeakSpeaker(self.sound_player(), self.voice)

    def set_voice(self, enabled: bool) -> None:
        self.voice = replace(self.voice, enabled=enabled)

    # -- lifecycle -------------------------------------------------------------------------------
    def _show_config_notices(self) -> None:
        """A renamed setting in config.toml: a notification each (the CLI prints them on stderr)."""
        from mockint.config import config_notices

        for notice in config_notices():
            self.notify(notice, title="Config file", severity="warning", markup=False, timeout=15)

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        self.check_speech()
        self.replay_unsaved()
        self.rescore_old_scores()
        self.push_screen(StartScreen())
        self._show_config_notices()
        if isinstance(self.initial, PracticeRequest):
            self._open_practice_request(self.initial)
        elif self.initial == "review":
            self.action_review()

    def on_unmount(self) -> None:
        if self._unsaved is not None:  # what is still unsaved stays in the journal for next time
            self._unsaved.close()
        if self._owns_store and self._store is not None:
            self._store.close()

    def _open_practice_request(self, request: PracticeRequest) -> None:
        try:
            bank = request.bank or self.load_catalog().get(request.bank_id)
        except MockintError as exc:
            self.show_error("Cannot start this session", str(exc))
            return
        if self.start_practice(bank, request.options) and request.notice:
            self.notify(request.notice, title="Typing instead", severity="warning", markup=False, timeout=15)

    # -- flows -------------------------------------------------------------------------------
    def start_practice(
        self,
        bank: Bank,
        options: SessionOptions,
        *,
        replace_screen: bool = False,
        planned: Sequence[PlannedQuestion] | None = None,
    ) -> bool:
        """Open the practice screen for ``bank`` (``planned``: these questions, e.g. a retake
        started from review, instead of the bank's); a bad choice shows an error instead."""
        from mockint.session.answer_saver import AnswerSaver
        from mockint.tui.screens.practice import PracticeScreen

        try:
            planned = list(planned) if planned is not None else plan_questions(bank, options)
        except MockintError as exc:
            self.show_error("Cannot start this session", str(exc))
            return False
        saver = AnswerSaver(bank, options, self.open_store, scoring_settings=self.scoring_settings, unsaved=self.unsaved_answers())
        screen = PracticeScreen(bank, options, PracticeSession(planned, self.clock), saver)
        if replace_screen:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)
        return True

    def show_summary(
        self, bank: Bank, options: SessionOptions, attempts: Sequence[Attempt], scored: Sequence[ScoredAttempt]
    ) -> None:
        """Replace the practice screen with the summary (or go back to the start if nothing was answered)."""
        if not scored:
            self.notify("Session ended: nothing was answered.")
            self.back_to_start()
            return
        from mockint.tui.screens.summary import SummaryScreen

        self.switch_screen(SummaryScreen(bank, options, attempts, scored))

    def back_to_start(self) -> None:
        while len(self.screen_stack) > 2:  # the default screen, then the start screen
            self.pop_screen()
        if not isinstance(self.screen, StartScreen):
            self.switch_screen(StartScreen())

    def finish_recording(self, saver: AnswerSaver) -> None:
        """Mark the history session as ended, in a worker (the answers are already saved)."""
        self._finish_recording(saver)

    @work(thread=True, exit_on_error=False, group="store")
    def _finish_recording(self, saver: AnswerSaver) -> None:
        error = saver.finish()
        if error:
            self.notify(error, title="The session end was not saved", severity="error", markup=False)

    def show_error(self, title: str, message: str) -> None:
        self.push_screen(ErrorScreen(title, message))

    def remember(self, state: UiState) -> None:
        """Keep the start screen's choices for next time (written in a worker)."""
        self.ui_state = state
        self._save_ui_state(state)

    @work(thread=True, exclusive=True, exit_on_error=False, group="ui-state")
    def _save_ui_state(self, state: UiState) -> None:
        save_ui_state(state, self.ui_state_path)

    def _theme_changed(self, theme: Any) -> None:
        if self.ui_state.theme != self.theme:
            self.remember(replace(self.ui_state, theme=self.theme))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "rescore" and event.worker.is_finished:
            self.sub_title = self.SUB_TITLE  # done, stopped or failed: the progress is over
        if event.state is WorkerState.ERROR:
            self.notify(error_message(event.worker.error), severity="error", markup=False, timeout=10)

    # -- actions -----------------------------------------------------------------------------
    async def action_quit(self) -> None:
        """Quit; a screen with work in progress (a practice session) asks first, even from a
        dialog opened over it (the dialog closes)."""
        for depth, screen in enumerate(reversed(self.screen_stack)):
            request_quit = getattr(screen, "request_quit", None)
            if request_quit is not None:
                for _ in range(depth):
                    self.pop_screen()
                request_quit()
                return
            if not isinstance(screen, ModalScreen):
                break
        self.exit()

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(screen_keys(self.screen)))

    def action_review(self) -> None:
        from mockint.tui.screens.review import ReviewScreen

        self._push_with_store(ReviewScreen)

    def action_trends(self) -> None:
        from mockint.tui.screens.trends import TrendsScreen

        self._push_with_store(TrendsScreen)

    def action_banks(self) -> None:
        from mockint.tui.screens.banks import BanksScreen

        self.push_screen(BanksScreen(self.bank_dirs), self._banks_closed)

    def _banks_closed(self, catalog: Catalog | None) -> None:
        """After a reload in the Banks screen, every screen sees the new banks."""
        if catalog is None:
            return
        with self._catalog_lock:
            self._catalog = catalog
        for screen in self.screen_stack:
            if isinstance(screen, StartScreen):
                screen.load_banks()

    def _push_with_store(self, screen_type: Callable[[HistoryStore], Screen]) -> None:
        try:
            store = self.open_store()
        except MockintError as exc:
            self.show_error("Cannot open your history", str(exc))
            return
        self.push_screen(screen_type(store))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help", "How a session works and the keys of this screen (F1)", self.action_help)
        yield SystemCommand("Light/dark theme", "Switch between the light and dark theme (Ctrl+T)", self.action_toggle_dark)


def make_app(
    *,
    clock: Clock | None = None,
    store: HistoryStore | None = None,
    catalog: Catalog | None = None,
    bank_dirs: Sequence[Path] = (),
    initial: InitialScreen = "start",
    ui_state_path: Path | None = None,
    scoring_settings: Any = None,
    speech: SpeechSetup | None = None,
    voice: VoiceSettings | None = None,
) -> MockintApp:
    """Build the app. Everything is optional: by default the real clock, the user's history
    database (opened on first use), every bank (built-in, user, ``bank_dirs``) and the remembered
    start-screen choices in ``paths.ui_state_file()``; ``scoring_settings`` default to the user's
    ``[scoring]`` config; ``speech`` to the real microphone, model and speakers; ``voice`` (the
    interviewer reading questions aloud) to off (the CLI passes the ``[voice]`` config)."""
    return MockintApp(
        clock=clock or MonotonicClock(),
        store=store,
        catalog=catalog,
        bank_dirs=bank_dirs,
        initial=initial,
        ui_state_path=ui_state_path,
        scoring_settings=scoring_settings,
        speech=speech or SpeechSetup(),
        voice=voice or VoiceSettings(),
    )
