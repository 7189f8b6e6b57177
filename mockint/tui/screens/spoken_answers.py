"""The spoken side of the practice screen (the base class of :class:`PracticeScreen`).

When the answer clock starts, a :class:`~mockint.speech.take.SpeechTake` opens the microphone.
Its callbacks run on the audio and transcription threads, so they only post messages
(:class:`MicrophoneLevel`, :class:`PartialTranscript`, :class:`MicrophoneLost`,
:class:`RecordingLimitReached`); the handlers here update the :class:`SpeechPanel`. A take records
at most the answer's time, counted in samples: a device faster than real time ends the answer
when that much audio has arrived, and the user is told. Stopping hands the take to a ``transcribe`` thread worker:
remainder transcribed, answer scored and saved (mode ``spoken``, recording, words), card posted.

Pause keeps the device open and records nothing until resumed (same file). Skip and quit delete
the recording. When the microphone stops mid-answer, what was recorded is kept and scored on
Ctrl+S (or when the clock runs out); Ctrl+O types the answer instead at any time, and after a
recording that could not be transcribed. Without a microphone or model the question is typed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.widgets import Static, TextArea

from mockint.errors import MockintError
from mockint.session.options import SPOKEN
from mockint.session.practice import Attempt, Outcome, Phase
from mockint.speech.loader import FAILED, READY
from mockint.speech.take import SpeechTake
from mockint.tui.literal import literal
from mockint.tui.messages import MicrophoneLost, TranscriptionFailed
from mockint.tui.screens.background import BackgroundScreen
from mockint.tui.widgets.speech_panel import RecordingLimitReached, SpeechPanel

if TYPE_CHECKING:
    from mockint.session.answer_saver import AnswerSaver, ScoredAttempt
    from mockint.session.options import SessionOptions
    from mockint.session.practice import PracticeSession
    from mockint.speech.answer import SpokenAnswer

# Scored once, not saved, while the first question is on screen (see warm_scorer).
WARM_UP_ANSWER = "I led a team of four, we shipped it in 3 weeks, and um, I learned a lot."
NOTHING_HEARD = "no words were heard in the recording (is the microphone muted or too far away?)"


def sentence(text: str) -> str:
    """A core message (lower case, to follow ``mockint: ``) as a sentence of its own."""
    return text[:1].upper() + text[1:]


class SpokenAnswers(BackgroundScreen):
    """What :class:`PracticeScreen` provides is declared below; this class adds the speaking."""

    options: SessionOptions
    session: PracticeSession
    recorder: AnswerSaver
    _quitting: bool
    if TYPE_CHECKING:

        def _sync_answer_box(self) -> None: ...
        def _show_question(self, *, typing: bool = False) -> None: ...
        def show_next_hint(self, extra: str = "") -> None: ...
        def _end_session(self) -> None: ...
        def _question_over(self, attempt: Attempt) -> None: ...
        def score_and_post(
            self, attempt: Attempt, *, spoken: SpokenAnswer | None = None,
            audio_path: Path | None = None, notice: str | None = None,
        ) -> None: ...

    take: SpeechTake | None = None
    typing_instead = False  # this question of a spoken session is typed
    kept_recording: Path | None = None  # a recording kept with an answer typed instead
    failed_recording: Path | None = None  # the last recording that gave no words to score

    # -- state -----------------------------------------------------------------------------------
    @property
    def spoken_session(self) -> bool:
        return self.options.mode == SPOKEN

    @property
    def speaking(self) -> bool:
        """The current question is answered out loud."""
        return self.spoken_session and not self.typing_instead

    @property
    def speech_panel(self) -> SpeechPanel:
        return self.query_one(SpeechPanel)

    def show_speech_notice(self, notice: str | None) -> None:
        widget = self.query_one("#speech-notice", Static)
        widget.display = bool(notice)
        widget.update(literal(notice or "", "bold"))

    # -- set-up ----------------------------------------------------------------------------------
    def mount_speech(self) -> None:
        if self.spoken_session:
            app = self.app
            app.speech_model()  # loads while the question shows
            self.watch(self.app, "model_state", self._model_state_changed, init=False)
            if app.model_state in (READY, FAILED):
                self.warm_scorer()
        else:
            self.warm_scorer()

    @work(thread=True, exclusive=True, exit_on_error=False, group="warm-up")
    def warm_scorer(self) -> None:
        """The scorer's first call builds its tables (about half a second): do it while the
        question is read, not after the stop key. Nothing is saved."""
        attempt = Attempt(0, self.session.current, Outcome.ANSWERED, WARM_UP_ANSWER, 0.0, 0.0)
        try:
            self.recorder.score(attempt)
        except Exception:  # noqa: BLE001 - only a head start: the real answer reports any error
            pass

    def new_question_speech(self, *, typing: bool = False) -> None:
        self.take = None
        self.kept_recording = self.failed_recording = None
        self.typing_instead = typing
        self.show_speech_notice(None)
        if not self.spoken_session:
            return
        self.speech_panel.wait_for_answer()
        app = self.app
        if app.model_state == FAILED and not typing:
            self.typing_instead = True
            self.show_speech_notice(f"The speech model is not available ({app.model_error}): type this answer.")

    def _model_state_changed(self, state: str) -> None:
        if state in (READY, FAILED):  # not while the model loads: their peaks of memory would add up
            self.warm_scorer()
        if state != FAILED or not self.speaking or self.session.phase not in (Phase.THINK, Phase.ANSWER):
            return
        kept = " (what you say is still recorded and kept)" if self.take else ""
        error = self.app.model_error
        self.show_speech_notice(f"The speech model could not load: {error}. Ctrl+O: type this answer instead{kept}.")

    # -- recording ---------------------------------------------------------------------------------
    def sync_speech(self) -> None:
        """After a change of phase or pause: start, pause or resume the recording."""
        self.speech_panel.display = self.speaking
        if not self.speaking:
            return
        session = self.session
        if session.phase is Phase.ANSWER and self.take is None and not session.paused:
            self._start_recording()
        if self.take is not None:
            if session.paused:
                self.take.pause()
            else:
                self.take.resume()
        self.sync_recording()

    def sync_recording(self) -> None:
        """The panel redraws the take at once (it also does on its own timer)."""
        if self.speaking:
            self.speech_panel.follow_take()

    def _start_recording(self) -> None:
        app = self.app
        status = app.speech_status
        settings = status.settings if status is not None else None
        try:
            take = SpeechTake(
                app.speech_model(),
                app.speech,
                device=app.chosen_device(),
                keep_fillers=settings.keep_fillers if settings is not None else True,
                max_seconds=self.session.time_left(),  # counted in samples, not by the clock
                # These run on the audio and transcription threads: post, never touch widgets.
                on_level=self.speech_panel.post_level,
                on_partial=self.speech_panel.post_partial,
                on_error=lambda error: self.post_message(MicrophoneLost(error)),
                on_limit=lambda seconds: self.post_message(RecordingLimitReached(seconds)),
            )
            take.start()
        except MockintError as exc:
            self.switch_to_typing(f"Cannot record: {exc}. Type this answer instead.")
            return
        self.take = take
        self.session.recording = True
        self.speech_panel.follow(take)

    def switch_to_typing(self, notice: str, text: str = "") -> None:
        self.typing_instead = True
        self.speech_panel.stop_following()
        self.session.recording = False
        self.show_speech_notice(notice)
        answer = self.query_one("#answer", TextArea)
        answer.load_text(text)
        answer.move_cursor(answer.document.end)
        self.session.set_draft(text)
        self._sync_answer_box()

    def drop_recording(self) -> None:
        """Stop and delete the recording of the question in progress, if any."""
        take, self.take = self.take, None
        self.session.recording = False
        if take is not None:
            self._end_take(take, keep=False)

    @work(thread=True, exit_on_error=False, group="microphone")
    def _end_take(self, take: SpeechTake, *, keep: bool) -> None:
        if keep:
            take.keep()
        else:
            take.discard()

    def on_unmount(self) -> None:
        if self.take is not None:  # the app is closing mid-answer: release the microphone
            self.take.discard()
            self.take = None

    # -- what the threads post -------------------------------------------------------------------
    def on_microphone_lost(self, message: MicrophoneLost) -> None:
        if self.take is None:
            return
        error = sentence(message.error)
        self.show_speech_notice(f"{error}. Ctrl+S: score what was recorded · Ctrl+O: type this answer instead.")
        self.notify(error, title="The microphone stopped", severity="error", markup=False, timeout=8)
        self.speech_panel.failed(error)

    def on_recording_limit_reached(self, message: RecordingLimitReached) -> None:
        """The answer's time of audio has arrived (a fast device may beat the clock): stop."""
        take = self.take
        if take is None or not take.limit_reached or self.session.phase is not Phase.ANSWER:
            return
        self.notify(
            f"Time is up: {message.seconds:.0f} s recorded, the answer's limit; it is being scored.",
            timeout=4,
        )
        self._question_over(self.session.submit())

    # -- type instead ----------------------------------------------------------------------------
    def action_type_instead(self) -> None:
        if self.session.phase is Phase.DONE:
            self._retype_failed_recording()
            return
        take, self.take = self.take, None
        if take is None:
            self.switch_to_typing("Type this answer.")
            return
        self.kept_recording = take.path
        self._end_take(take, keep=True)
        self.switch_to_typing(
            "Type this answer; your recording is kept with it. The words heard so far are below.",
            take.partial_text,
        )

    def _retype_failed_recording(self) -> None:
        recording = self.failed_recording
        self.session.retry_answer()
        self._show_question(typing=True)
        self.kept_recording = recording
        self.show_speech_notice("Type this answer (the answer clock started again); your recording is kept with it.")

    # -- stop: transcribe, score, save -----------------------------------------------------------
    def transcribe_answer(self, take: SpeechTake, attempt: Attempt) -> None:
        """Stop ``take``; the rest is transcribed, then scored and saved, in a worker."""
        panel = self.speech_panel
        panel.transcribing()
        self._stop_and_score(take, attempt, panel)

    @work(thread=True, exclusive=True, exit_on_error=False, group="transcribe")
    def _stop_and_score(self, take: SpeechTake, attempt: Attempt, panel: SpeechPanel) -> None:
        result = take.stop()
        answer, path = result.answer, result.recording.path
        if answer is None or not answer.text.strip():
            self.post_message(TranscriptionFailed(result.error or NOTHING_HEARD, path))
            return
        panel.transcribed()
        notices = [result.error] if result.error else []
        if result.limit_reached:
            notices.append(f"the recording stopped at the answer's limit ({result.recording.seconds:.0f} s)")
        self.score_and_post(
            attempt.with_text(answer.text), spoken=answer, audio_path=path, notice="; ".join(notices) or None
        )

    def on_transcription_failed(self, message: TranscriptionFailed) -> None:
        if self._quitting:
            self._end_session()
            return
        self.failed_recording = message.audio_path
        self.speech_panel.failed(message.error)
        path = message.audio_path
        text = Text("This answer could not be scored: ", style="bold")
        text.append_text(literal(message.error))
        if str(path) not in message.error:
            text.append_text(literal(f"\nYour recording is kept in {path}", "dim"))
        text.append_text(literal(f"\nScore it later with: mockint score --audio {path}", "dim"))
        self.query_one("#result-status", Static).update(text)
        self.show_next_hint("Ctrl+O: type this answer instead · ")

    def result_notice(self, result: ScoredAttempt, notice: str | None) -> Text:
        """The line above a score card: a problem while recording, and where the recording is."""
        text = Text()
        if notice:
            text.append_text(literal(sentence(notice), "bold"))
            text.append("\n")
        if result.audio_path is not None:
            how = "Transcribed from your recording" if result.spoken else "Your recording is kept with this answer"
            text.append_text(literal(f"{how}: {result.audio_path}", "dim"))
        return text
