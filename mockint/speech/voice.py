"""Voice features: how much pitch and loudness vary, measured with numpy alone.

Pitch comes from a frame-wise normalised autocorrelation (the method of Boersma 1993 that Praat
uses; instead of its path finder, each frame's choice pays for octaves away from the pitch of the
second around it, so a piece gives the same frames alone as inside the whole), loudness from the
energy of the same frames. On the bundled recordings it agrees with Praat to about 0.4 semitones
of pitch range. Praat itself (praat-parselmouth) cost about 75 MB of memory
just to import, a fifth of the app's budget while it records and transcribes.

Everything is relative to the speaker: pitch in semitones around their own median, loudness as
the spread of their own intensity over voiced frames, so neither a deep voice nor a quiet
microphone counts against anyone. Audio can be added piece by piece (the streaming transcriber
analyses each piece as it is cut) and the result is the same as analysing it whole.
"""

from __future__ import annotations

import warnings
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
# Praat's defaults for the autocorrelation method: a frame is voiced when its best periodicity
# peak is at least this strong and its loudest sample is not far below the piece's loudest.
VOICING_THRESHOLD = 0.45
SILENCE_THRESHOLD = 0.03
OCTAVE_COST = 0.01  # per octave: of two equally strong peaks, the higher pitch wins
OCTAVE_JUMP_COST = 0.35  # per octave away from the speaker's typical pitch in this piece
_CANDIDATES = 4  # periodicity peaks kept per frame
_NEIGHBOURHOOD_S = 1.0  # the octave-jump cost looks this far either way
_FRAMES_AT_ONCE = 512  # frames analysed together: memory stays small for any length


@dataclass(frozen=True)
class VoiceFrames:
    """Pitch (Hz) and intensity (dB) of the voiced frames of one piece, times in the recording."""

    times: np.ndarray
    pitch: np.ndarray
    intensity: np.ndarray


def measure_voice(audio: np.ndarray, start_s: float = 0.0) -> VoiceFrames | None:
    """The voiced frames of ``audio`` (16 kHz mono) that starts ``start_s`` into the recording."""
    import numpy as np

    window = int(round(3 * SAMPLE_RATE / PITCH_FLOOR_HZ))  # three periods of the lowest pitch
    hop = int(round(TIME_STEP_S * SAMPLE_RATE))
    samples = np.asarray(audio, dtype=np.float64).ravel()
    if samples.size < max(window, int(0.1 * SAMPLE_RATE)):
        return None
    loudest = float(np.max(np.abs(samples)))
    if loudest == 0.0:
        return None
    count = 1 + (samples.size - window) // hop
    lags = np.zeros((count, _CANDIDATES))
    strengths = np.full((count, _CANDIDATES), -np.inf)
    threshold = np.zeros(count)
    power = np.zeros(count)
    for first in range(0, count, _FRAMES_AT_ONCE):
        block = np.arange(first, min(count, first + _FRAMES_AT_ONCE))
        lags[block], strengths[block], threshold[block], power[block] = _analyse_frames(
            samples, block * hop, window, loudest
        )
    pitch = _choose_pitch(lags, strengths, threshold)
    voiced = pitch > 0
    if not voiced.any():
        return None
    times = (np.arange(count) * hop + window / 2) / SAMPLE_RATE + start_s
    decibels = 10.0 * np.log10(np.maximum(power[voiced], 1e-20))
    return VoiceFrames(times[voiced], pitch[voiced], decibels)


def _choose_pitch(lags: np.ndarray, strengths: np.ndarray, threshold: np.ndarray) -> np.ndarray:
    """Each frame's pitch (0: unvoiced) among its candidates: the strongest, less a cost for
    each octave away from the speaker's pitch around it (Praat's octave-jump cost, against the
    median of the plain choices within a second instead of the previous frame), voiced if
    strong enough for its loudness."""
    import numpy as np

    shortest = np.floor(SAMPLE_RATE / PITCH_CEILING_HZ)
    with np.errstate(divide="ignore", invalid="ignore"):
        ranked = strengths - OCTAVE_COST * np.log2(np.where(lags > 0, lags, shortest) / shortest)
    rows = np.arange(len(lags))
    first = np.argmax(ranked, axis=1)
    plain = strengths[rows, first] >= threshold
    if not plain.any():
        return np.zeros(len(lags))
    plain_octave = np.where(plain, np.log2(SAMPLE_RATE / np.where(plain, lags[rows, first], 1.0)), np.nan)
    typical = _local_median(plain_octave, int(round(_NEIGHBOURHOOD_S / TIME_STEP_S)))
    with np.errstate(divide="ignore", invalid="ignore"):
        octaves = np.abs(np.log2(np.where(lags > 0, SAMPLE_RATE / lags, 1.0)) - typical[:, None])
    octaves = np.where(lags > 0, octaves, 0.0)
    best = np.argmax(ranked - OCTAVE_JUMP_COST * octaves, axis=1)
    voiced = strengths[rows, best] >= threshold
    return np.where(voiced, SAMPLE_RATE / np.where(lags[rows, best] > 0, lags[rows, best], 1.0), 0.0)


def _local_median(values: np.ndarray, reach: int) -> np.ndarray:
    """The median of the known (not NaN) ``values`` within ``reach`` frames of each frame; the
    median of all of them where none is that near."""
    import numpy as np

    overall = float(np.nanmedian(values))
    padded = np.concatenate([np.full(reach, np.nan), values, np.full(reach, np.nan)])
    result = np.empty(values.size)
    for first in range(0, values.size, _FRAMES_AT_ONCE):
        last = min(values.size, first + _FRAMES_AT_ONCE)
        windows = np.lib.stride_tricks.sliding_window_view(padded[first : last + 2 * reach], 2 * reach + 1)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # an all-NaN window: filled below
            result[first:last] = np.nanmedian(windows, axis=1)
    return np.where(np.isnan(result), overall, result)


def _analyse_frames(
    samples: np.ndarray, starts: np.ndarray, window: int, loudest: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """For the frames that begin at ``starts``: the lags and strengths of their strongest
    periodicity peaks, the strength each needs to count as voiced, and their mean power."""
    import numpy as np

    frames = samples[starts[:, None] + np.arange(window)[None, :]]
    frames = frames - frames.mean(axis=1, keepdims=True)
    taper = np.hanning(window)
    shaped = frames * taper
    size = 1 << int(np.ceil(np.log2(2 * window)))
    spectrum = np.fft.rfft(shaped, size, axis=1)
    correlation = np.fft.irfft(spectrum * np.conj(spectrum), size, axis=1)
    taper_spectrum = np.fft.rfft(taper, size)
    taper_correlation = np.fft.irfft(taper_spectrum * np.conj(taper_spectrum), size)
    shortest = int(np.floor(SAMPLE_RATE / PITCH_CEILING_HZ))
    longest = min(int(np.ceil(SAMPLE_RATE / PITCH_FLOOR_HZ)), window // 2)
    lags = np.arange(shortest - 1, longest + 2)
    with np.errstate(divide="ignore", invalid="ignore"):
        strength = (correlation[:, lags] / correlation[:, :1]) / (
            taper_correlation[lags] / taper_correlation[0]
        )
    strength = np.nan_to_num(strength)
    before, inner, after = strength[:, :-2], strength[:, 1:-1], strength[:, 2:]
    peaks = (inner >= before) & (inner >= after)
    bend = before - 2 * inner + after
    with np.errstate(divide="ignore", invalid="ignore"):
        shift = np.clip(np.where(bend < 0, 0.5 * (before - after) / bend, 0.0), -0.5, 0.5)
    peak_lags = lags[1:-1][None, :] + shift
    peak_strengths = np.where(peaks, inner, -np.inf)
    top = np.argsort(-peak_strengths, axis=1)[:, :_CANDIDATES]
    rows = np.arange(len(starts))[:, None]
    # Quieter frames need a clearer period (Praat's voiceless-candidate strength).
    local = np.max(np.abs(frames), axis=1) / loudest
    threshold = VOICING_THRESHOLD + np.maximum(
        0.0, 2.0 - local / (SILENCE_THRESHOLD / (1 + VOICING_THRESHOLD))
    )
    power = np.sum(shaped**2, axis=1) / np.sum(taper**2)
    return peak_lags[rows, top], peak_strengths[rows, top], threshold, power


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
    """``(start_s, end_s, range)`` of the ~8 s stretch whose pitch varies least.

    Windows start every ``FLAT_STEP_S`` from the first voiced frame; their spreads are computed
    together (rows sorted at once, percentiles interpolated as ``numpy.percentile`` does), which
    gives the same figures as one ``_spread`` per window in a tenth of the time."""
    import numpy as np

    need = int(FLAT_MIN_VOICED_S / TIME_STEP_S)
    starts: list[float] = []
    start, last = float(times[0]), float(times[-1])
    while start <= last:
        starts.append(start)
        start += FLAT_STEP_S
    begin = np.asarray(starts)
    lows = np.searchsorted(times, begin)
    highs = np.searchsorted(times, begin + FLAT_WINDOW_S)
    judged = np.flatnonzero(highs - lows >= need)
    if judged.size == 0:
        return None
    lows, highs = lows[judged], highs[judged]
    counts = highs - lows
    columns = np.arange(int(counts.max()))
    index = lows[:, None] + columns[None, :]
    rows = np.where(columns[None, :] < counts[:, None], semitones[np.minimum(index, semitones.size - 1)], np.inf)
    rows.sort(axis=1)
    spreads = _row_percentile(rows, counts, 0.9) - _row_percentile(rows, counts, 0.1)
    best: tuple[float, float, float] | None = None
    for lo, hi, spread in zip(lows.tolist(), highs.tolist(), spreads.tolist()):
        if best is None or spread < best[2]:
            best = (round(float(times[lo]), 2), round(float(times[hi - 1]), 2), round(spread, 2))
    return best


def _row_percentile(rows: np.ndarray, counts: np.ndarray, q: float) -> np.ndarray:
    """The ``q`` quantile of each sorted row's first ``counts`` values, by numpy's linear method."""
    import numpy as np

    virtual = q * (counts - 1)
    below = np.floor(virtual).astype(np.int64)
    above = np.minimum(below + 1, counts - 1)
    gamma = virtual - below
    picked = np.arange(rows.shape[0])
    a, b = rows[picked, below], rows[picked, above]
    diff = b - a
    return np.where(gamma >= 0.5, b - diff * (1 - gamma), a + diff * gamma)


def voice_features(audio: np.ndarray) -> VoiceFeatures | None:
    """Voice features of a whole recording."""
    tracker = VoiceTracker()
    tracker.add(audio)
    return tracker.features()
