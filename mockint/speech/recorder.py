"""Record the microphone to a WAV file in the data folder, as the audio arrives.

``Recorder.start()`` opens the input stream (16 kHz mono int16); a writer thread appends each
block to the file (flushed every block, so a crash loses at most the last block), reports the
level for a meter (``on_level(dbfs)``) and hands the block on (``on_audio(block)``, e.g. to the
streaming transcriber). ``stop()`` returns a :class:`RecordingResult`. A device that disappears
mid-answer ends the recording with ``error`` set; what was recorded is kept.

The length is counted in samples, never by the wall clock: a device that delivers faster than
real time (a virtual or broken one) still stops at ``max_seconds`` of audio (at most
``MAX_RECORDING_S``, so no recording can fill the disk or the memory), and ``on_limit`` says so.
``pause()`` drops the blocks that arrive until ``resume()``: the device stays open (it is not
reported lost) and the recording goes on in the same file.

The device comes from :func:`~mockint.speech.microphone.open_microphone` (a
:class:`~mockint.speech.microphone.Microphone`); ``stream_factory`` is a shortcut for tests: a
fake device with the keyword arguments of ``sounddevice.InputStream`` and ``start/stop/close``.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mockint import paths
from mockint.speech.audio import SAMPLE_RATE, SILENCE_DBFS, rms_dbfs
from mockint.speech.errors import MicrophoneError, SpeechError, first_line
from mockint.speech.wavfile import LiveWavWriter

if TYPE_CHECKING:
    import numpy as np

    from mockint.speech.microphone import Microphone

StreamFactory = Callable[..., Any]
BLOCK_S = 0.1
MAX_RECORDING_S = 30 * 60.0  # the cap of any recording: 30 min, about 58 MB of WAV
STALL_TIMEOUT_S = 2.0  # no audio for this long while recording: the device is gone
_DEVICE_LOST = object()  # queued by the stream's finished callback
_NOTHING = object()


@dataclass(frozen=True)
class RecordingResult:
    path: Path
    seconds: float
    error: str | None = None  # set when the device was lost: what happened and what was kept
    device: str | None = None


def new_recording_path() -> Path:
    """A fresh file name in the recordings folder (``answer-YYYYmmdd-HHMMSS-ffffff.wav``)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return paths.recordings_dir() / f"answer-{stamp}.wav"


class Recorder:
    """One recording: ``start()``, then ``stop()`` (or ``wait()`` for ``max_seconds``)."""

    def __init__(
        self,
        path: Path | None = None,
        *,
        device: str | int | None = None,
        on_level: Callable[[float], object] | None = None,
        on_audio: Callable[[np.ndarray], None] | None = None,
        on_error: Callable[[str], object] | None = None,
        on_limit: Callable[[float], object] | None = None,
        max_seconds: float | None = None,
        microphone: Microphone | None = None,
        stream_factory: StreamFactory | None = None,
        stall_timeout_s: float = STALL_TIMEOUT_S,
    ) -> None:
        self.path = path or new_recording_path()
        self.device = None if device is None else str(device)
        self.device_name: str | None = None
        self._on_level = on_level
        self._on_audio = on_audio
        self._on_error = on_error
        self._on_limit = on_limit
        limit_s = MAX_RECORDING_S if max_seconds is None else min(max_seconds, MAX_RECORDING_S)
        self.max_seconds = limit_s
        self._max_frames = int(limit_s * SAMPLE_RATE)
        self._microphone = microphone
        self._factory = stream_factory
        self._stall_timeout_s = stall_timeout_s
        self._queue: queue.Queue[Any] = queue.Queue()  # blocks, _DEVICE_LOST, None (the end)
        self._done = threading.Event()  # max_seconds reached, or the device was lost
        self._stopping = False
        self.paused = False
        self.limit_reached = False
        self._frames_in = 0
        self._last_audio = 0.0
        self._stream: Any = None
        self._writer: LiveWavWriter | None = None
        self._thread: threading.Thread | None = None
        self.error: str | None = None
        self.level_dbfs = SILENCE_DBFS  # the latest block's level
        self.peak_dbfs = SILENCE_DBFS  # the loudest block so far

    @property
    def seconds(self) -> float:
        """Seconds written to the file so far."""
        return (self._writer.frames if self._writer else 0) / SAMPLE_RATE

    # -- start / stop ----------------------------------------------------------------------
    def start(self, microphone: Microphone | None = None) -> None:
        """Open ``microphone`` (default: the one given, or the user's choice) and record."""
        if microphone is not None:
            self._microphone = microphone
        microphone = self._open_parameters()
        try:
            if self.path.parent == paths.recordings_dir():
                paths.ensure_private_dir(self.path.parent)
            self._writer = LiveWavWriter(self.path, SAMPLE_RATE)
        except OSError as exc:
            raise SpeechError(
                f"{self.path}: cannot write the recording: {exc.strerror or first_line(exc)}"
            ) from None
        self._last_audio = time.monotonic()
        try:
            self._stream = microphone.open(
                samplerate=SAMPLE_RATE,
                channels=1,
                dtype="int16",
                blocksize=int(SAMPLE_RATE * BLOCK_S),
                callback=self._callback,
                finished_callback=self._stream_finished,
            )
            self._stream.start()
        except Exception as exc:  # noqa: BLE001 - PortAudio and drivers raise many kinds
            self._writer.close()
            self.path.unlink(missing_ok=True)
            name = self.device_name or "default"
            raise MicrophoneError(
                f"cannot open the microphone {name!r} ({first_line(exc)}): close other programs "
                "using it or choose another with `mockint devices`; typed answers still work"
            ) from None
        self._thread = threading.Thread(target=self._write_loop, name="mockint-recorder", daemon=True)
        self._thread.start()

    def pause(self) -> None:
        """Keep nothing that arrives until :meth:`resume` (the level falls to silence)."""
        self.paused = True
        self.level_dbfs = SILENCE_DBFS
        if self._on_level is not None:
            self._on_level(SILENCE_DBFS)

    def resume(self) -> None:
        self.paused = False

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until ``max_seconds`` are recorded or the device is lost; False on timeout."""
        return self._done.wait(timeout)

    def stop(self) -> RecordingResult:
        """Close the device and the file; nothing recorded is lost."""
        self._stopping = True
        if self._stream is not None:
            for action in ("stop", "close"):
                try:
                    getattr(self._stream, action)()
                except Exception:  # noqa: BLE001 - a lost device may fail to stop; the file is safe
                    pass
        self._queue.put(None)
        if self._thread is not None:
            self._thread.join()
        if self._writer is not None:
            self._writer.close()
        return RecordingResult(self.path, round(self.seconds, 3), self.error, self.device_name)

    # -- the audio thread (keep it light) --------------------------------------------------
    def _callback(self, indata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
        self._last_audio = time.monotonic()  # the device is alive, paused or not
        if self._stopping or self.paused:
            return
        take = min(frames, self._max_frames - self._frames_in)
        if take <= 0:
            return  # the limit was reached: nothing more is kept (the writer says so)
        self._frames_in += take
        self._queue.put(indata[:take].copy())

    def _stream_finished(self) -> None:
        if not self._stopping and not self._done.is_set():
            self._queue.put(_DEVICE_LOST)  # reported by the writer, after the blocks before it

    # -- the writer thread -----------------------------------------------------------------
    def _write_loop(self) -> None:
        import numpy as np

        assert self._writer is not None
        while True:
            try:
                item = self._queue.get(timeout=0.25)
            except queue.Empty:
                self._check_stalled()
                continue
            blocks = []
            while isinstance(item, np.ndarray):  # write everything waiting in one go
                blocks.append(item)
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    item = _NOTHING
            if blocks:
                self._write(blocks)
            if item is None:
                return
            if item is _DEVICE_LOST:
                self._lost("the microphone stopped (unplugged or taken by another program?)")

    def _write(self, blocks: list[np.ndarray]) -> None:
        import numpy as np

        writer = self._writer
        assert writer is not None
        data = np.concatenate(blocks) if len(blocks) > 1 else blocks[0]
        writer.write(data)
        levels = [rms_dbfs(block) for block in blocks]
        self.level_dbfs = levels[-1]
        self.peak_dbfs = max(self.peak_dbfs, *levels)
        if self._on_level is not None:
            self._on_level(self.level_dbfs)
        if self._on_audio is not None:
            self._on_audio(data)
        if writer.frames >= self._max_frames and not self.limit_reached:
            self.limit_reached = True
            self._done.set()
            if self._on_limit is not None:
                self._on_limit(self.seconds)

    def _check_stalled(self) -> None:
        if self._stopping or self._done.is_set() or self.error:
            return
        if time.monotonic() - self._last_audio > self._stall_timeout_s:
            self._lost("the microphone stopped sending audio")

    def _lost(self, what: str) -> None:
        self.error = (
            f"{what}; the {self.seconds:.1f} s recorded so far are kept in {self.path}"
        )
        self._done.set()
        if self._on_error is not None:
            self._on_error(self.error)

    def _open_parameters(self) -> Microphone:
        """The device to open: given, a test's stream factory, or the user's choice."""
        from mockint.speech.microphone import Microphone, SpeechSetup, open_microphone

        if self._microphone is None and self._factory is not None:
            self._microphone = Microphone(self.device, self.device, self._factory)
        if self._microphone is None:
            from mockint.speech.devices import chosen_input_device

            self._microphone = open_microphone(SpeechSetup(), chosen_input_device(self.device))
        self.device_name = self._microphone.name
        return self._microphone
