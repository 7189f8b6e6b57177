"""Voice features with Praat (praat-parselmouth): how much pitch and loudness vary.

Everything is relative to the speaker: pitch in semitones around their own median, loudness as
the spread of their own intensity over voiced frames, so neither a deep voice nor a quiet
microphone counts against anyone. Audio can be added piece by piece (the streaming transcriber
analyses each piece as it is cut) and the result is the same as analysing it whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mockint.scoring.model import VoiceFeatures
from mockint.speech.audio import SAMPLE_RATE

if TYPE_CHECKING:
    import numpy as np

TIME_STEP_S = 0.01
PITCH_FLOOR_HZ = 75.0
PITCH_CEILING_HZ = 500.0
MIN_VOICED_S = 1.0  # less voiced speech than this says nothing about a voice
FLAT_WINDOW_S = 8.0
FLAT_STEP_S = 0.5
FLAT_MIN_VOICED_S = 2.0  # a window needs this much voiced speech to be judged


@dataclass(frozen=True)
class VoiceFrames:
    """Pitch (Hz) and intensity (dB) of the voiced frames of one piece, times in the recording."""

    times: np.ndarray
    pitch: np.ndarray
    intensity: np.ndarray


def measure_voice(audio: np.ndarray, start_s: float = 0.0) -> VoiceFrames | None:
    """The voiced frames of ``audio`` (16 kHz mono) that starts ``start_s`` into the recording."""
    import numpy as np
    import parselmouth

    if audio.size < int(0.1 * SAMPLE_RATE):
        return None
    sound = parselmouth.Sound(audio.astype(np.float64), sampling_frequency=SAMPLE_RATE)
    pitch = sound.to_pitch(
        time_step=TIME_STEP_S, pitch_floor=PITCH_FLOOR_HZ, pitch_ceiling=PITCH_CEILING_HZ
    )
    f0 = pitch.selected_array["frequency"]
    times = pitch.xs()
    voiced = f0 > 0
    if not voiced.any():
        return None
    try:
        intensity = sound.to_intensity(minimum_pitch=PITCH_FLOOR_HZ, time_step=TIME_STEP_S)
        db = np.interp(times[voiced], intensity.xs(), intensity.values[0])
    except parselmouth.PraatError:  # too short for an intensity analysis
        db = np.full(int(voiced.sum()), np.nan)
    return VoiceFrames(times[voiced] + start_s, f0[voiced], db)


class VoiceTracker:
    """Collects pitch and intensity frames of voiced speech; :meth:`features` summarises them."""

    def __init__(self) -> None:
        self._times: list[np.ndarray] = []
        self._pitch: list[np.ndarray] = []
        self._intensity: list[np.ndarray] = []

    def add(self, audio: np.ndarray, start_s: float = 0.0) -> None:
        """Analyse ``audio`` (16 kHz mono) that starts ``start_s`` seconds into the recording."""
        self.extend(measure_voice(audio, start_s))

    def extend(self, frames: VoiceFrames | None) -> None:
        """Add frames measured ahead with :func:`measure_voice`."""
        if frames is not None:
            self._times.append(frames.times)
            self._pitch.append(frames.pitch)
            self._intensity.append(frames.intensity)

    def features(self) -> VoiceFeatures | None:
        """The summary, or None with less than a second of voiced speech."""
        import numpy as np

        if not self._times:
            return None
        times = np.concatenate(self._times)
        hz = np.concatenate(self._pitch)
        db = np.concatenate(self._intensity)
        voiced_s = times.size * TIME_STEP_S
        if voiced_s < MIN_VOICED_S:
            return None
        semitones = 12.0 * np.log2(hz / np.median(hz))
        db = db[np.isfinite(db)]
        return VoiceFeatures(
            pitch_range_semitones=round(_spread(semitones), 2),
            pitch_sd_semitones=round(float(np.std(semitones)), 2),
            loudness_range_db=round(_spread(db), 2) if db.size else 0.0,
            voiced_seconds=round(voiced_s, 2),
            flattest=_flattest_window(times, semitones),
        )


def _spread(values: np.ndarray) -> float:
    """10th to 90th percentile: the range without the outliers (octave jumps, plosives)."""
    import numpy as np

    low, high = np.percentile(values, [10, 90])
    return float(high - low)


def _flattest_window(times: np.ndarray, semitones: np.ndarray) -> tuple[float, float, float] | None:
    """``(start_s, end_s, range)`` of the ~8 s stretch whose pitch varies least."""
    import numpy as np

    need = int(FLAT_MIN_VOICED_S / TIME_STEP_S)
    best: tuple[float, float, float] | None = None
    start = float(times[0])
    while start <= float(times[-1]):
        lo, hi = np.searchsorted(times, [start, start + FLAT_WINDOW_S])
        if hi - lo >= need:
            spread = _spread(semitones[lo:hi])
            if best is None or spread < best[2]:
                best = (round(float(times[lo]), 2), round(float(times[hi - 1]), 2), round(spread, 2))
        start += FLAT_STEP_S
    return best


def voice_features(audio: np.ndarray) -> VoiceFeatures | None:
    """Voice features of a whole recording."""
    tracker = VoiceTracker()
    tracker.add(audio)
    return tracker.features()
