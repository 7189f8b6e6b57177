"""One spoken answer, recorded and transcribed at the same time: what a practice screen drives.

``start()`` opens the microphone; words appear in ``partial_text`` (and ``on_partial``) while the
user speaks; ``stop()`` — call it in a worker thread — closes the device, transcribes the
remainder and returns the recording and the :class:`SpokenAnswer` together. A microphone lost
mid-answer ends the recording (``on_error`` says so); what was recorded is still transcribed.
Callbacks come from background threads: a UI posts them to itself as messages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mockint.errors import MockintError
from mockint.speech.answer import SpokenAnswer
from mockint.speech.pieces import TranscriberSource
from mockint.speech.recorder import Recorder, RecordingResult, StreamFactory
from mockint.speech.streaming import StreamingTranscriber


@dataclass(frozen=True)
class LiveResult:
    recording: RecordingResult
    answer: SpokenAnswer | None  # None only when transcription failed (see error)
    error: str | None = None  # the device was lost, or transcription failed: one line

    @property
    def transcribed(self) -> bool:
        return self.answer is not None


class LiveAnswer:
    def __init__(
        self,
        transcriber: TranscriberSource,
        *,
        path: Path | None = None,
        device: str | int | None = None,
        keep_fillers: bool = True,
        on_level: Callable[[float], None] | None = None,
        on_partial: Callable[[str], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        stream_factory: StreamFactory | None = None,
    ) -> None:
        self.stream = StreamingTranscriber(
            transcriber, keep_fillers=keep_fillers, on_update=on_partial
        )
        self.recorder = Recorder(
            path,
            device=device,
            on_level=on_level,
            on_audio=self.stream.feed,
            on_error=on_error,
            stream_factory=stream_factory,
        )

    @property
    def partial_text(self) -> str:
        return self.stream.partial_text

    @property
    def seconds(self) -> float:
        return self.recorder.seconds

    def start(self) -> None:
        """Open the microphone (raises ``MicrophoneError``; then nothing was started)."""
        try:
            self.recorder.start()
        except MockintError:
            self.stream.cancel()
            raise

    def stop(self, timeout: float | None = 60.0) -> LiveResult:
        """Stop recording and return everything; blocks until the transcript is complete."""
        recording = self.recorder.stop()
        try:
            answer = self.stream.finish(timeout)
        except MockintError as exc:
            return LiveResult(recording, None, f"{exc}; the recording is kept in {recording.path}")
        return LiveResult(recording, answer, recording.error)

    def cancel(self) -> RecordingResult:
        """Stop without transcribing (the user switched to typing); the file is kept."""
        recording = self.recorder.stop()
        self.stream.cancel()
        return recording
