"""WAV files: one written while recording, readable at every moment; and a check that a WAV
file holds all the audio its header promises.

Each write appends the samples, rewrites the two sizes in the header and flushes to the
operating system, so killing mockint (even ``kill -9``) leaves a valid file that holds
everything but the block being written. A file cut short elsewhere (a copy interrupted, a disk
full) keeps a header promising more than is there: :func:`wav_truncation` says how much.
"""

from __future__ import annotations

import struct
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mockint import paths

if TYPE_CHECKING:
    import numpy as np


class LiveWavWriter:
    """16-bit mono PCM WAV, readable by the user only; :meth:`write` int16 samples as they arrive,
    :meth:`close` at the end. The folder must exist."""

    def __init__(self, path: Path, samplerate: int) -> None:
        self.path = path
        self._file = paths.open_private_file(path)  # 0600, an existing file's mode tightened too
        self._wave = wave.open(self._file, "wb")
        self._wave.setnchannels(1)
        self._wave.setsampwidth(2)
        self._wave.setframerate(samplerate)
        self._wave.writeframes(b"")  # the header, so even an empty recording is a valid file
        self._file.flush()
        self.frames = 0

    def write(self, samples: np.ndarray) -> None:
        import numpy as np

        pcm = np.ascontiguousarray(samples, dtype="<i2").reshape(-1)
        self._wave.writeframes(pcm.tobytes())  # also patches the sizes in the header
        self._file.flush()
        self.frames += pcm.size

    def close(self) -> None:
        if self._file.closed:
            return
        self._wave.close()
        self._file.close()


@dataclass(frozen=True)
class WavTruncation:
    """A WAV file whose ``data`` chunk is shorter than its header says, in seconds."""

    declared_s: float
    present_s: float


_UNKNOWN_SIZE = 0xFFFFFFFF  # what streaming writers put when they cannot know the size


def wav_truncation(path: Path) -> WavTruncation | None:
    """How much of its audio a truncated WAV file lacks; None for a complete WAV file or any
    other kind of file (which its decoder judges)."""
    try:
        with path.open("rb") as handle:
            size = path.stat().st_size
            riff = handle.read(12)
            if len(riff) < 12 or riff[:4] != b"RIFF" or riff[8:] != b"WAVE":
                return None
            byte_rate = 0
            for _chunk in range(1_000):  # a real WAV file has a handful of chunks before its data
                header = handle.read(8)
                if len(header) < 8:
                    return None
                chunk_id, chunk_size = header[:4], struct.unpack("<I", header[4:])[0]
                if chunk_id == b"data":
                    return _data_shortfall(chunk_size, size - handle.tell(), byte_rate)
                body = handle.read(min(chunk_size, 64)) if chunk_id == b"fmt " else b""
                if len(body) >= 12:
                    byte_rate = struct.unpack("<I", body[8:12])[0]
                handle.seek(handle.tell() - len(body) + chunk_size + (chunk_size & 1))
    except OSError:
        pass
    return None


def _data_shortfall(declared: int, present: int, byte_rate: int) -> WavTruncation | None:
    if declared == _UNKNOWN_SIZE or byte_rate <= 0 or present >= declared:
        return None
    return WavTruncation(declared / byte_rate, max(0, present) / byte_rate)
