"""A WAV file written while recording, readable at every moment.

Each write appends the samples, rewrites the two sizes in the header and flushes to the
operating system, so killing mockint (even ``kill -9``) leaves a valid file that holds
everything but the block being written.
"""

from __future__ import annotations

import wave
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
