"""The spoken answer on the practice screen: it owns the take and everything shown about it.

The panel holds the :class:`~mockint.speech.take.SpeechTake` of the question on screen and the
state of the spoken answer (``state``: ``waiting`` for the answer clock, ``recording``,
``paused``, ``stopped``, ``transcribing``, ``ready`` or ``error``; whether this question is typed
instead; a recording kept with a typed answer; the last recording that gave no words). The
screen tells it what the session did — :meth:`~SpeechPanel.new_question`,
:meth:`~SpeechPanel.sync` (phase, pause, time left), :meth:`~SpeechPanel.type_instead`,
:meth:`~SpeechPanel.stop`, :meth:`~SpeechPanel.drop` — and the panel posts up what the screen
needs to know:

- :class:`SpeechPanel.Changed` when ``state`` changes;
- :class:`~mockint.tui.messages.TypingInstead` when the question is typed after all (no
  microphone, or Ctrl+O), with the words heard so far;
- :class:`~mockint.tui.messages.RecordingLimitReached` when the answer's time of audio has been
  recorded (counted in samples: a device faster than real time ends the answer early);
- :class:`~mockint.tui.messages.TranscriptReady` or
  :class:`~mockint.tui.messages.TranscriptionFailed` when a stopped take is transcribed (in a
  thread worker).

The take's callbacks run on the audio and transcription threads, so they only post messages
(level, words so far, the microphone lost, the limit) to the panel. Pause keeps the device open
and records nothing until resumed (same file). Transcripts are shown literally, like every answer.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static

from mockint.errors import MockintError, sentence
from mockint.session.practice import Phase
from mockint.speech.loader import FAILED
from mockint.speech.take import SpeechTake
from mockint.tui.literal import literal
from mockint.tui.messages import (
    MicrophoneLevel,
    MicrophoneLost,
    PartialTranscript,
    RecordingLimitReached,
    TranscriptionFailed,
    TranscriptReady,
    TypingInstead,
)
from mockint.tui.typed_app import mockint_app
from mockint.tui.widgets.level_meter import FLOOR_DBFS, LevelMeter
from mockint.tui.widgets.model_status import ModelStatus

if TYPE_CHECKING:
    from mockint.session.practice import Attempt

TRANSCRIPT_PLACEHOLDER = "Your words appear here while you speak (a few seconds behind)."
NOTHING_HEARD = "no words were heard in the recording (is the microphone muted or too far away?)"
FOLLOW_SECONDS = 0.2  # how often the seconds recorded are redrawn
RECORDING_STATES = {
    "waiting": ("○ The microphone starts with the answer clock (Enter: answer now)", "dim"),
    "recording": ("● Recording", "bold red"),
    "paused": ("‖ Paused: nothing is recorded until you resume", "yellow"),
    "stopped": ("■ Recording stopped", "dim"),
    "transcribing": ("■ Recording stopped: transcribing the rest…", "yellow"),
    "ready": ("■ Recording stopped: transcribed", "dim"),
    "error": ("■ Recording stopped", "dim"),
}
WITH_SECONDS = ("recording", "paused", "stopped", "transcribing", "ready", "error")
METER_ON = ("recording", "paused")


class SpeechPanel(Vertical):
    """The spoken answer of a practice screen; ``spoken``: the session is answered out loud (else
    the panel stays hidden)."""

    state: reactive[str] = reactive("waiting", init=False)

    class Changed(Message):
        """The panel's ``state`` changed (``error`` is set in the ``error`` state)."""

        def __init__(self, panel: SpeechPanel, state: str, error: str | None) -> None:
            super().__init__()
            self.panel = panel
            self.state = state
            self.error = error

    def __init__(self, *, spoken: bool, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.spoken = spoken
        self.display = spoken
        self.take: SpeechTake | None = None  # the recording of the question on screen, while it goes on
        self.shown: SpeechTake | None = None  # the take drawn (still shown while it is transcribed)
        self.typing_instead = False  # this question of a spoken session is typed
        self.kept_recording: Path | None = None  # a recording kept with an answer typed instead
        self.failed_recording: Path | None = None  # the last recording that gave no words to score
        self.error: str | None = None
        self._phase = Phase.NOT_STARTED
        self._drawn: Text | None = None  # the status line last drawn

    def compose(self) -> ComposeResult:
        yield Static(id="speech-notice")
        with Vertical(id="speech-recording"):
            yield ModelStatus(id="speech-model")
            yield Static(id="mic-status")
            yield LevelMeter(id="level-meter")
            with VerticalScroll(id="live-transcript-box", can_focus=False) as box:  # keys stay with the screen
                box.border_title = "What you said so far"
                yield Static(Text(TRANSCRIPT_PLACEHOLDER, style="dim italic"), id="live-transcript")

    def on_mount(self) -> None:
        self._draw_recording()
        if self.spoken:  # a typed session never records: no timer, no watcher
            self.set_interval(FOLLOW_SECONDS, self.follow_take)
            self.watch(self.app, "model_state", self._model_state_changed, init=False)

    def on_unmount(self) -> None:
        if self.take is not None:  # the app is closing mid-answer: release the microphone
            self.take.discard()
            self.take = None

    # -- what the answer is ----------------------------------------------------------------------
    @property
    def speaking(self) -> bool:
        """The question on screen is answered out loud."""
        return self.spoken and not self.typing_instead

    @property
    def recording(self) -> bool:
        """A take is under way (recording or paused) for the question on screen."""
        return self.take is not None

    # -- what the screen tells the panel ------------------------------------------------------
    def new_question(self, *, retyping: Path | None = None) -> None:
        """A new question (or, with ``retyping``, the same one typed after that recording gave no
        words): no take yet, no words, the microphone off."""
        self.take = self.shown = None
        self.error = None
        self.kept_recording, self.failed_recording = retyping, None
        self.typing_instead = retyping is not None
        self._phase = Phase.NOT_STARTED
        self._show_transcript("")
        self.query_one(LevelMeter).level = FLOOR_DBFS
        self.state = "waiting"
        notice = None
        app = mockint_app(self.app)
        if retyping is not None:
            notice = "Type this answer (the answer clock started again); your recording is kept with it."
        elif self.spoken and app.model_state == FAILED:
            self.typing_instead = True
            notice = f"The speech model is not available ({app.model_error}): type this answer."
        self.show_notice(notice)
        self._show_typing()

    def sync(self, phase: Phase, *, paused: bool, time_left: float) -> None:
        """After a change of phase or pause: start, pause or resume the recording."""
        self._phase = phase
        if not self.speaking:
            return
        if phase is Phase.ANSWER and self.take is None and not paused:
            self._start_recording(time_left)
        if self.take is not None:
            if paused:
                self.take.pause()
            else:
                self.take.resume()
        self.follow_take()

    def type_instead(self) -> None:
        """Ctrl+O: this question is typed; a recording under way is kept with the typed answer."""
        take, self.take = self.take, None
        if take is None:
            self._switch_to_typing("Type this answer.")
            return
        self.kept_recording = take.path
        self._end_take(take, keep=True)
        self._switch_to_typing(
            "Type this answer; your recording is kept with it. The words heard so far are below.",
            take.partial_text,
        )

    def stop(self, attempt: Attempt) -> bool:
        """The answer is over: a take under way is transcribed in a worker, which posts
        :class:`TranscriptReady` (``attempt`` with its words) or :class:`TranscriptionFailed`.
        False when nothing was being recorded."""
        take, self.take = self.take, None
        if take is None:
            return False
        self.state = "transcribing"
        self._transcribe(take, attempt)
        return True

    def drop(self) -> None:
        """Stop and delete the recording of the question in progress, if any (skipped, quit)."""
        take, self.take = self.take, None
        if take is not None:
            self._end_take(take, keep=False)

    def show_notice(self, notice: str | None) -> None:
        widget = self.query_one("#speech-notice", Static)
        widget.display = bool(notice)
        widget.update(literal(notice or "", "bold"))

    # -- recording ---------------------------------------------------------------------------------
    def _start_recording(self, time_left: float) -> None:
        app = mockint_app(self.app)
        status = app.speech_status
        settings = status.settings if status is not None else None
        try:
            take = SpeechTake(
                app.speech_model(),
                app.speech,
                device=app.chosen_device(),
                keep_fillers=settings.keep_fillers if settings is not None else True,
                max_seconds=time_left,  # counted in samples, not by the clock
                # These run on the audio and transcription threads: post, never touch widgets.
                on_level=lambda dbfs: self.post_message(MicrophoneLevel(dbfs)),
                on_partial=lambda text: self.post_message(PartialTranscript(text)),
                on_error=lambda error: self.post_message(MicrophoneLost(error)),
                on_limit=lambda seconds: self.post_message(RecordingLimitReached(seconds)),
            )
            take.start()
        except MockintError as exc:
            self._switch_to_typing(f"Cannot record: {exc}. Type this answer instead.")
            return
        self.take = self.shown = take
        self.error = None

    def _switch_to_typing(self, notice: str, text: str = "") -> None:
        self.typing_instead = True
        self.shown = None
        self.state = "stopped"
        self.show_notice(notice)
        self._show_typing()
        self.post_message(TypingInstead(text))

    @work(thread=True, exit_on_error=False, group="microphone")
    def _end_take(self, take: SpeechTake, *, keep: bool) -> None:
        if keep:
            take.keep()
        else:
            take.discard()

    @work(thread=True, exclusive=True, exit_on_error=False, group="transcribe")
    def _transcribe(self, take: SpeechTake, attempt: Attempt) -> None:
        result = take.stop()
        answer, path = result.answer, result.recording.path
        if answer is None or not answer.text.strip():
            self.post_message(TranscriptionFailed(result.error or NOTHING_HEARD, path))
            return
        notices = [result.error] if result.error else []
        if result.limit_reached:
            notices.append(f"the recording stopped at the answer's limit ({result.recording.seconds:.0f} s)")
        self.post_message(TranscriptReady(attempt.with_text(answer.text), answer, path, "; ".join(notices) or None))

    def follow_take(self) -> None:
        """Redraw from the take: recording or paused, and the seconds so far."""
        take = self.take
        if take is not None and self.state in ("waiting", "recording", "paused", "stopped"):
            self.state = "paused" if take.paused else "recording"
        self._draw_recording()

    # -- what the threads post (each then goes on to the screen unless it is stale) ---------------
    def on_microphone_level(self, message: MicrophoneLevel) -> None:
        if self.state != "error":
            self.query_one(LevelMeter).level = message.dbfs

    def on_partial_transcript(self, message: PartialTranscript) -> None:
        # Posted before the answer's result, so never after the next question has started.
        self._show_transcript(message.text)

    def on_microphone_lost(self, message: MicrophoneLost) -> None:
        message.stop()
        if self.take is None:
            return
        error = sentence(message.error)
        self.show_notice(f"{error}. Ctrl+S: score what was recorded · Ctrl+O: type this answer instead.")
        self.notify(error, title="The microphone stopped", severity="error", markup=False, timeout=8)
        self._failed(error)

    def on_recording_limit_reached(self, message: RecordingLimitReached) -> None:
        if self.take is None or not self.take.limit_reached:
            message.stop()  # an earlier take's, or already handed in

    def on_transcript_ready(self, message: TranscriptReady) -> None:
        self.state = "ready"

    def on_transcription_failed(self, message: TranscriptionFailed) -> None:
        self.failed_recording = message.audio_path
        self._failed(message.error)

    def _failed(self, error: str) -> None:
        self.error = error
        self.query_one(LevelMeter).level = FLOOR_DBFS
        self.state = "error"

    def _model_state_changed(self, state: str) -> None:
        if state != FAILED or not self.speaking or self._phase not in (Phase.THINK, Phase.ANSWER):
            return
        kept = " (what you say is still recorded and kept)" if self.take else ""
        error = mockint_app(self.app).model_error
        self.show_notice(f"The speech model could not load: {error}. Ctrl+O: type this answer instead{kept}.")

    # -- drawing ---------------------------------------------------------------------------------
    def watch_state(self, state: str) -> None:
        self._draw_recording()
        self.post_message(self.Changed(self, state, self.error))

    def _show_typing(self) -> None:
        self.set_class(self.typing_instead, "-typing")

    def _draw_recording(self) -> None:
        state, take = self.state, self.shown
        words, style = RECORDING_STATES[state]
        line = Text(words, style=style)
        seconds = take.seconds if take is not None else 0.0
        if state in WITH_SECONDS and seconds:
            line.append(f"  {seconds:.0f} s recorded", style="dim")
        device = take.device_name if take is not None else None
        if device and state != "waiting":
            line.append_text(literal(f"  · {device}", "dim"))
        if line != self._drawn:  # an update lays the whole screen out again (a score card too)
            self._drawn = line
            self.query_one("#mic-status", Static).update(line)
        self.query_one(LevelMeter).state = state if state in METER_ON else "off"

    def _show_transcript(self, text: str) -> None:
        shown = literal(text) if text.strip() else Text(TRANSCRIPT_PLACEHOLDER, style="dim italic")
        self.query_one("#live-transcript", Static).update(shown)
        self.query_one("#live-transcript-box", VerticalScroll).scroll_end(animate=False)  # the newest words
