"""One spoken answer — a take: record it and transcribe it while it is spoken, pause it, stop it.

:class:`SpeechTake` is the one object a practice screen drives: ``start()`` resolves the
microphone (:func:`~mockint.speech.microphone.open_microphone`) and opens it; every block goes to
the WAV file and to the streaming transcriber; ``pause()``/``resume()`` pause the recorder itself
(the device stays open, nothing is kept, the same file goes on, so word times line up with the
answer clock, which does not count paused time either). ``stop()`` — in a worker thread — closes
the device and the file and transcribes the remainder; ``keep()`` stops without transcribing
(typed instead) and ``discard()`` deletes the file (skipped).

Results are posted through callbacks, called from the audio, writer and transcription threads
(a UI posts them to itself as messages): ``on_level(dbfs)``, ``on_partial(text)``,
``on_error(line)`` when the microphone is lost, ``on_limit(seconds)`` when ``max_seconds`` of
audio (counted in samples) are recorded: nothing after that is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mockint.errors import MockintError
from mockint.speech.answer import SpokenAnswer
from mockint.speech.microphone import SpeechSetup, open_microphone
from mockint.speech.recorder import Recorder, RecordingResult
from mockint.speech.streaming import STALL_S, StreamingTranscriber

if TYPE_CHECKING:
    from mockint.speech.pieces import TranscriberSource


@dataclass(frozen=True)
class TakeResult:
    recording: RecordingResult
    answer: SpokenAnswer | None  # None only when transcription failed (see error)
    error: str | None = None  # the device was lost, or transcription failed: one line
    limit_reached: bool = False  # the recording stopped at max_seconds

    @property
    def transcribed(self) -> bool:
        return self.answer is not None


class SpeechTake:
    """``start()``; ``pause()``/``resume()``; then ``stop()`` (in a worker), ``keep()`` or ``discard()``."""

    def __init__(
        self,
        transcriber: TranscriberSource,
        setup: SpeechSetup | None = None,
        *,
        device: str | None = None,
        path: Path | None = None,
        keep_fillers: bool = True,
        max_seconds: float | None = None,
        on_level: Callable[[float], object] | None = None,
        on_partial: Callable[[str], object] | None = None,
        on_error: Callable[[str], object] | None = None,
        on_limit: Callable[[float], object] | None = None,
    ) -> None:
        self._setup = setup or SpeechSetup()
        self._device = device
        self.device_name = device  # what the user knows the microphone as (None: the default)
        self.stream = StreamingTranscriber(transcriber, keep_fillers=keep_fillers, on_update=on_partial)
        self.recorder = Recorder(
            path,
            on_level=on_level,
            on_audio=self.stream.feed,
            on_error=on_error,
            on_limit=on_limit,
            max_seconds=max_seconds,
        )

    @property
    def path(self) -> Path:
        return self.recorder.path

    @property
    def partial_text(self) -> str:
        return self.stream.partial_text

    @property
    def seconds(self) -> float:
        """Seconds of audio kept so far (paused time is not recorded)."""
        return self.recorder.seconds

    @property
    def paused(self) -> bool:
        return self.recorder.paused

    @property
    def limit_reached(self) -> bool:
        return self.recorder.limit_reached

    def start(self) -> None:
        """Open the microphone and start recording (raises ``MicrophoneError``: nothing started)."""
        try:  # resolved first, so "no microphone" or an unknown name is a clear one-line error
            microphone = open_microphone(self._setup, self._device)
            self.device_name = microphone.name
            self.recorder.start(microphone)
        except MockintError:
            self.stream.cancel()
            raise

    def pause(self) -> None:
        self.recorder.pause()

    def resume(self) -> None:
        self.recorder.resume()

    def stop(self, stall_s: float | None = STALL_S) -> TakeResult:
        """Stop recording and transcribe the rest; blocks (call it in a worker thread) for as long
        as transcription goes on, giving up only when it stalls (see :meth:`StreamingTranscriber.finish`)."""
        recording = self.recorder.stop()
        limit = self.recorder.limit_reached
        try:
            answer = self.stream.finish(stall_s)
        except MockintError as exc:
            error = f"{exc}; the recording is kept in {recording.path}"
            return TakeResult(recording, None, error, limit)
        return TakeResult(recording, answer, recording.error, limit)

    def keep(self) -> RecordingResult:
        """Stop without transcribing (the user types the answer instead); the file is kept."""
        recording = self.recorder.stop()
        self.stream.cancel()
        return recording

    def discard(self) -> None:
        """Stop and delete the recording (the question was skipped or the session quit)."""
        self.keep().path.unlink(missing_ok=True)

