"""One spoken answer in a practice session: record and transcribe it, pause it, keep or drop it.

:class:`SpokenTake` is :class:`~mockint.speech.live.LiveAnswer` plus what a session needs around
it: the microphone chosen in the app (or a fake stream in tests) and a pause switch. While paused
the device stays open but nothing is written or transcribed, so the recording goes on in the same
file after the pause, and its word times line up with the answer clock (which does not count
paused time either). Callbacks come from background threads, as with ``LiveAnswer``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mockint.errors import MockintError
from mockint.session.microphone import SpeechSetup, StreamFactory
from mockint.speech.live import LiveAnswer, LiveResult

if TYPE_CHECKING:
    from mockint.speech.pieces import TranscriberSource
    from mockint.speech.recorder import RecordingResult


class MicrophoneGate:
    """Opens the input stream through ``open_stream`` with a callback that can be paused.

    While :attr:`paused`, each block is passed on empty: the recorder knows the device is alive
    (it does not report it lost) and the level falls to silence, but no audio is kept.
    """

    def __init__(self, open_stream: StreamFactory) -> None:
        self._open = open_stream
        self.paused = False

    def __call__(self, **stream_args: Any) -> Any:
        callback = stream_args["callback"]

        def gated(indata: Any, frames: int, time_info: Any, status: Any) -> None:
            if self.paused:
                callback(indata[:0], 0, time_info, status)
            else:
                callback(indata, frames, time_info, status)

        return self._open(**dict(stream_args, callback=gated))


class SpokenTake:
    """``start()``; ``pause()``/``resume()``; then ``stop()`` (in a worker), ``keep()`` or ``discard()``."""

    def __init__(
        self,
        transcriber: TranscriberSource,
        setup: SpeechSetup,
        *,
        device: str | None = None,
        keep_fillers: bool = True,
        on_level: Callable[[float], None] | None = None,
        on_partial: Callable[[str], None] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        self._setup = setup
        self._device = device
        self._device_index: int | None = None
        self.device_name = device  # what the user knows the microphone as (None: the default)
        self.gate = MicrophoneGate(setup.stream_factory or self._open_microphone)
        self.live = LiveAnswer(
            transcriber,
            device=device,
            keep_fillers=keep_fillers,
            on_level=on_level,
            on_partial=on_partial,
            on_error=on_error,
            stream_factory=self.gate,
        )

    @property
    def path(self) -> Path:
        return self.live.recorder.path

    @property
    def partial_text(self) -> str:
        return self.live.partial_text

    @property
    def seconds(self) -> float:
        return self.live.seconds

    @property
    def paused(self) -> bool:
        return self.gate.paused

    def start(self) -> None:
        """Open the microphone and start recording (raises ``MicrophoneError``: nothing started)."""
        from mockint.speech.devices import find_input_device

        try:  # resolved first, so "no microphone" or an unknown name is a clear one-line error
            chosen = find_input_device(self._setup.input_devices(), self._device)
        except MockintError:
            self.live.stream.cancel()
            raise
        self._device_index, self.device_name = chosen.index, chosen.name
        self.live.start()

    def pause(self) -> None:
        self.gate.paused = True

    def resume(self) -> None:
        self.gate.paused = False

    def stop(self) -> LiveResult:
        """Stop and transcribe the rest; blocks (call it in a worker thread)."""
        return self.live.stop()

    def keep(self) -> RecordingResult:
        """Stop without transcribing (the user types the answer instead); the file is kept."""
        return self.live.cancel()

    def discard(self) -> None:
        """Stop and delete the recording (the question was skipped or the session quit)."""
        self.live.cancel().path.unlink(missing_ok=True)

    def _open_microphone(self, **stream_args: Any) -> Any:
        from mockint.speech.devices import import_sounddevice

        stream_args["device"] = self._device_index
        return import_sounddevice().InputStream(**stream_args)
