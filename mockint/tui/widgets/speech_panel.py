"""What the practice screen shows while an answer is spoken: the model's progress, whether the
microphone is recording, its level and the words transcribed so far.

The panel owns the state of the spoken answer on screen (``state``: ``waiting`` for the answer
clock, ``recording``, ``paused``, ``stopped``, ``transcribing``, ``ready`` or ``error``) and
posts :class:`SpeechPanel.Changed` up when it changes. The screen tells it what happened —
:meth:`~SpeechPanel.wait_for_answer`, :meth:`~SpeechPanel.follow` a take,
:meth:`~SpeechPanel.transcribing`, :meth:`~SpeechPanel.transcribed`, :meth:`~SpeechPanel.failed`
— and the panel follows the take itself: its seconds and pause (a timer), its level and words
(the take's ``on_level``/``on_partial`` are :meth:`~SpeechPanel.post_level` and
:meth:`~SpeechPanel.post_partial`, which post
:class:`~mockint.tui.messages.MicrophoneLevel` and
:class:`~mockint.tui.messages.PartialTranscript` to the panel from the audio threads).
Transcripts are shown literally, like every answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static

from mockint.tui.literal import literal
from mockint.tui.messages import MicrophoneLevel, PartialTranscript
from mockint.tui.widgets.level_meter import FLOOR_DBFS, LevelMeter
from mockint.tui.widgets.model_status import ModelStatus

if TYPE_CHECKING:
    from mockint.speech.take import SpeechTake

TRANSCRIPT_PLACEHOLDER = "Your words appear here while you speak (a few seconds behind)."
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
    state: reactive[str] = reactive("waiting", init=False)

    class Changed(Message):
        """The panel's ``state`` changed (``error`` is set in the ``error`` state)."""

        def __init__(self, panel: SpeechPanel, state: str, error: str | None) -> None:
            super().__init__()
            self.panel = panel
            self.state = state
            self.error = error

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.take: SpeechTake | None = None
        self.error: str | None = None

    def compose(self) -> ComposeResult:
        yield ModelStatus(id="speech-model")
        yield Static(id="mic-status")
        yield LevelMeter(id="level-meter")
        with VerticalScroll(id="live-transcript-box", can_focus=False) as box:  # keys stay with the screen
            box.border_title = "What you said so far"
            yield Static(Text(TRANSCRIPT_PLACEHOLDER, style="dim italic"), id="live-transcript")

    def on_mount(self) -> None:
        self._draw_recording()
        self.set_interval(FOLLOW_SECONDS, self.follow_take)

    # -- what the screen tells the panel ------------------------------------------------------
    def wait_for_answer(self) -> None:
        """A new question: no take yet, no words, the microphone off."""
        self.take, self.error = None, None
        self._show_transcript("")
        self.query_one(LevelMeter).level = FLOOR_DBFS
        self.state = "waiting"

    def post_level(self, dbfs: float) -> None:
        """A take's ``on_level``: called from the audio thread, it only posts to the panel."""
        self.post_message(MicrophoneLevel(dbfs))

    def post_partial(self, text: str) -> None:
        """A take's ``on_partial``: called from the transcription thread, it only posts."""
        self.post_message(PartialTranscript(text))

    def follow(self, take: SpeechTake) -> None:
        """Show ``take`` while it records (seconds, device, paused or not)."""
        self.take, self.error = take, None
        self.follow_take()

    def stop_following(self) -> None:
        """The answer clock runs without a recording (it was typed instead, or never started)."""
        self.take = None
        self.state = "stopped"

    def transcribing(self) -> None:
        """The take was stopped; the rest of it is being transcribed."""
        self.state = "transcribing"

    def transcribed(self) -> None:
        """The whole take is transcribed (call from any thread: it posts :class:`Transcribed`)."""
        self.post_message(Transcribed())

    def on_transcribed(self, message: Transcribed) -> None:
        message.stop()
        self.state = "ready"

    def failed(self, error: str) -> None:
        """The microphone was lost or nothing could be transcribed: ``error`` says what."""
        self.error = error
        self.query_one(LevelMeter).level = FLOOR_DBFS
        self.state = "error"

    def follow_take(self) -> None:
        """Redraw from the take: recording or paused, and the seconds so far."""
        take = self.take
        if take is not None and self.state in ("waiting", "recording", "paused", "stopped"):
            self.state = "paused" if take.paused else "recording"
        self._draw_recording()

    # -- what the threads post ----------------------------------------------------------------
    def on_microphone_level(self, message: MicrophoneLevel) -> None:
        if self.state != "error":
            self.query_one(LevelMeter).level = message.dbfs

    def on_partial_transcript(self, message: PartialTranscript) -> None:
        # Posted before the answer's result, so never after the next question has started.
        self._show_transcript(message.text)

    # -- drawing ---------------------------------------------------------------------------------
    def watch_state(self, state: str) -> None:
        self._draw_recording()
        self.post_message(self.Changed(self, state, self.error))

    def _draw_recording(self) -> None:
        state, take = self.state, self.take
        words, style = RECORDING_STATES[state]
        line = Text(words, style=style)
        seconds = take.seconds if take is not None else 0.0
        if state in WITH_SECONDS and seconds:
            line.append(f"  {seconds:.0f} s recorded", style="dim")
        device = take.device_name if take is not None else None
        if device and state != "waiting":
            line.append_text(literal(f"  · {device}", "dim"))
        self.query_one("#mic-status", Static).update(line)
        self.query_one(LevelMeter).state = state if state in METER_ON else "off"

    def _show_transcript(self, text: str) -> None:
        shown = literal(text) if text.strip() else Text(TRANSCRIPT_PLACEHOLDER, style="dim italic")
        self.query_one("#live-transcript", Static).update(shown)
        self.query_one("#live-transcript-box", VerticalScroll).scroll_end(animate=False)  # the newest words


class Transcribed(Message, bubble=False):
    """The take's transcript is complete (posted from the transcription worker)."""


class RecordingLimitReached(Message):
    """The answer's time of audio was recorded (counted in samples; posted from the writer thread)."""

    def __init__(self, seconds: float) -> None:
        super().__init__()
        self.seconds = seconds
