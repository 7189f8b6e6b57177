"""Pitch and loudness variation, relative to the speaker (numpy autocorrelation, as Praat does it)."""

from __future__ import annotations

import numpy as np
import pytest

from mockint.speech.voice import VoiceTracker, voice_features

from .material import load

RATE = 16000


def voice(f0: np.ndarray, amplitude: np.ndarray | float = 0.3) -> np.ndarray:
    """A voice-like harmonic tone following the pitch curve ``f0`` (Hz per sample)."""
    phase = 2 * np.pi * np.cumsum(f0) / RATE
    tone = sum(np.sin(k * phase) / k for k in range(1, 6))
    return (amplitude * tone / 2).astype(np.float32)


def test_monotone_voice_is_flat() -> None:
    features = voice_features(voice(np.full(6 * RATE, 140.0)))
    assert features is not None
    assert features.pitch_range_semitones < 0.3 and features.pitch_sd_semitones < 0.2
    assert features.loudness_range_db < 1.0
    assert features.voiced_seconds == pytest.approx(6.0, abs=0.2)
    start, end, flat = features.flattest
    assert end - start >= 5 and flat < 0.3


def test_pitch_glide_of_an_octave() -> None:
    f0 = np.geomspace(110.0, 220.0, 6 * RATE)  # 12 semitones, evenly in semitones
    features = voice_features(voice(f0))
    # The 10th to 90th percentile of an even 12-semitone glide is 80 % of it.
    assert features.pitch_range_semitones == pytest.approx(9.6, abs=0.4)


def test_loudness_variation_and_independence_from_gain() -> None:
    t = np.arange(8 * RATE) / RATE
    swell = 0.05 + 0.45 * (0.5 + 0.5 * np.sin(2 * np.pi * 0.5 * t))  # -20 dB .. 0 dB, slowly
    lively = voice(np.full(len(t), 180.0), swell)
    loud = voice_features(lively)
    quiet = voice_features(lively * 0.05)  # the same voice through a much quieter microphone
    assert loud.loudness_range_db > 10
    assert quiet.loudness_range_db == pytest.approx(loud.loudness_range_db, abs=0.1)
    assert quiet.pitch_range_semitones == pytest.approx(loud.pitch_range_semitones, abs=0.05)


def test_flattest_window_is_found_with_its_time() -> None:
    lively = np.geomspace(100.0, 200.0, 8 * RATE)
    flat = np.full(10 * RATE, 150.0)
    features = voice_features(voice(np.concatenate([lively, flat, lively[::-1]])))
    start, end, spread = features.flattest
    # The window lies in the flat middle (8 s to 18 s), give or take the percentile margin.
    assert 7.2 <= start <= 10.5 and end <= 18.8 and spread < 0.3


def test_piece_by_piece_equals_whole() -> None:
    audio = load("OSR_us_000_0034_8k.wav")
    whole = voice_features(audio)
    tracker = VoiceTracker()
    cut = 12 * RATE + 345
    tracker.add(audio[:cut], 0.0)
    tracker.add(audio[cut:], cut / RATE)
    pieces = tracker.features()
    assert pieces.pitch_range_semitones == pytest.approx(whole.pitch_range_semitones, abs=0.15)
    assert pieces.loudness_range_db == pytest.approx(whole.loudness_range_db, abs=0.3)
    assert pieces.voiced_seconds == pytest.approx(whole.voiced_seconds, abs=0.1)
    assert pieces.flattest[0] == pytest.approx(whole.flattest[0], abs=0.6)


def test_real_voice_and_silence() -> None:
    features = voice_features(load("jfk.flac"))
    assert 3 < features.voiced_seconds < 9
    assert 2 < features.pitch_range_semitones < 15  # a speech, not a monotone
    assert voice_features(np.zeros(3 * RATE, np.float32)) is None


def _flattest_one_window_at_a_time(times, semitones):
    """The definition: every window from the first voiced frame on, its spread on its own."""
    from mockint.speech.voice import FLAT_MIN_VOICED_S, FLAT_STEP_S, FLAT_WINDOW_S, TIME_STEP_S

    best = None
    start = float(times[0])
    while start <= float(times[-1]):
        lo, hi = np.searchsorted(times, [start, start + FLAT_WINDOW_S])
        if hi - lo >= int(FLAT_MIN_VOICED_S / TIME_STEP_S):
            low, high = np.percentile(semitones[lo:hi], [10, 90])
            spread = float(high - low)
            if best is None or spread < best[2]:
                best = (round(float(times[lo]), 2), round(float(times[hi - 1]), 2), round(spread, 2))
        start += FLAT_STEP_S
    return best


def test_the_flattest_window_computed_together_is_the_one_found_window_by_window() -> None:
    from mockint.speech.voice import _flattest_window

    rng = np.random.default_rng(7)
    for trial in range(120):
        n = int(rng.integers(50, 9000))
        gaps = rng.choice([0.01, 0.02, 0.5, 3.0], size=n, p=[0.8, 0.15, 0.04, 0.01])  # pauses too
        times = np.round(np.cumsum(gaps) + rng.uniform(0, 5), 2)
        semitones = rng.normal(0, rng.uniform(0.5, 4), n)
        if trial % 3 == 0:
            semitones = np.round(semitones, 1)  # ties between windows
        assert _flattest_window(times, semitones) == _flattest_one_window_at_a_time(times, semitones), trial
