"""Audio as the transcriber wants it: 16 kHz mono float32 in [-1, 1].

Files are decoded with PyAV (through ``faster_whisper.decode_audio``): WAV, FLAC, MP3, OGG and
anything else FFmpeg reads, at any sample rate, stereo mixed down. No ``ffmpeg`` program needed.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from mockint.speech.errors import AudioFileError

if TYPE_CHECKING:
    import numpy as np

SAMPLE_RATE = 16_000
SILENCE_DBFS = -100.0  # the level reported for digital silence


def load_audio(path: str | Path, on_notice: Callable[[str], None] | None = None) -> np.ndarray:
    """Decode ``path`` to 16 kHz mono float32; any failure is a one-line :class:`AudioFileError`.

    A truncated WAV file is decoded as far as it goes, and ``on_notice`` is told so in one line."""
    from mockint.speech.wavfile import wav_truncation

    path = Path(path)
    if not path.exists():
        raise AudioFileError(f"{path}: no such audio file")
    if path.is_dir():
        raise AudioFileError(f"{path}: is a folder, not an audio file")
    if path.stat().st_size == 0:
        raise AudioFileError(f"{path}: the file is empty")
    from faster_whisper.audio import decode_audio

    try:
        audio = decode_audio(str(path), sampling_rate=SAMPLE_RATE)
    except (ValueError, OSError) as exc:  # av.error.* derive from these
        reason = getattr(exc, "strerror", None) or str(exc).split(":")[0]
        raise AudioFileError(
            f"{path}: cannot read audio ({reason}); expected WAV, FLAC, MP3 or OGG"
        ) from None
    truncation = wav_truncation(path)
    if audio.size == 0:
        if truncation is not None:
            raise AudioFileError(f"{path}: the WAV file is truncated: its header promises "
                                 f"{truncation.declared_s:.1f} s of audio and the file holds none")
        raise AudioFileError(f"{path}: contains no audio")
    if truncation is not None and on_notice is not None:
        on_notice(f"{path}: the WAV file is truncated: its header promises {truncation.declared_s:.1f} s "
                  f"of audio but the file holds {truncation.present_s:.1f} s; transcribing those")
    return audio


def to_float32(block: np.ndarray) -> np.ndarray:
    """A block from the recorder (int16 or float, any shape) as mono float32 in [-1, 1]."""
    import numpy as np

    data = np.asarray(block)
    if data.ndim == 2:
        data = data.mean(axis=1) if data.shape[1] > 1 else data[:, 0]
    if data.dtype == np.int16:
        return data.astype(np.float32) / 32768.0
    return data.astype(np.float32, copy=False)


def rms_dbfs(block: np.ndarray) -> float:
    """The level of a block in dBFS (0 = full scale; digital silence = ``SILENCE_DBFS``)."""
    import numpy as np

    samples = to_float32(block)
    if samples.size == 0:
        return SILENCE_DBFS
    power = float(np.mean(np.square(samples, dtype=np.float64)))
    if power <= 0.0:
        return SILENCE_DBFS
    return max(SILENCE_DBFS, 10.0 * math.log10(power))


def seconds(samples: int) -> float:
    return samples / SAMPLE_RATE
