"""What the practice screen shows while an answer is spoken: the model's progress, whether the
microphone is recording, its level and the words transcribed so far.

The screen sets it (attributes down): :meth:`SpeechPanel.show_recording`, :meth:`show_level`,
:meth:`show_transcript`. Transcripts are shown literally, like every answer.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Static

from mockint.tui.literal import literal
from mockint.tui.widgets.level_meter import LevelMeter
from mockint.tui.widgets.model_status import ModelStatus

TRANSCRIPT_PLACEHOLDER = "Your words appear here while you speak (a few seconds behind)."
RECORDING_STATES = {
    "waiting": ("○ The microphone starts with the answer clock (Enter: answer now)", "dim"),
    "recording": ("● Recording", "bold red"),
    "paused": ("‖ Paused: nothing is recorded until you resume", "yellow"),
    "stopped": ("■ Recording stopped", "dim"),
}


class SpeechPanel(Vertical):
    def compose(self) -> ComposeResult:
        yield ModelStatus(id="speech-model")
        yield Static(id="mic-status")
        yield LevelMeter(id="level-meter")
        with VerticalScroll(id="live-transcript-box", can_focus=False) as box:  # keys stay with the screen
            box.border_title = "What you said so far"
            yield Static(Text(TRANSCRIPT_PLACEHOLDER, style="dim italic"), id="live-transcript")

    def show_recording(self, state: str, seconds: float = 0.0, device: str | None = None) -> None:
        """``waiting``, ``recording``, ``paused`` or ``stopped``, with the seconds recorded."""
        words, style = RECORDING_STATES[state]
        line = Text(words, style=style)
        if state in ("recording", "paused", "stopped") and seconds:
            line.append(f"  {seconds:.0f} s recorded", style="dim")
        if device and state != "waiting":
            line.append_text(literal(f"  · {device}", "dim"))
        self.query_one("#mic-status", Static).update(line)
        meter = self.query_one(LevelMeter)
        meter.state = state if state in ("recording", "paused") else "off"

    def show_level(self, dbfs: float) -> None:
        self.query_one(LevelMeter).level = dbfs

    def show_transcript(self, text: str) -> None:
        shown = literal(text) if text.strip() else Text(TRANSCRIPT_PLACEHOLDER, style="dim italic")
        self.query_one("#live-transcript", Static).update(shown)
        self.query_one("#live-transcript-box", VerticalScroll).scroll_end(animate=False)  # the newest words


class RecordingLimitReached(Message):
    """The answer's time of audio was recorded (counted in samples; posted from the writer thread)."""

    def __init__(self, seconds: float) -> None:
        super().__init__()
        self.seconds = seconds
