"""Cutting audio at pauses while it arrives (no model involved)."""

from __future__ import annotations

import numpy as np
import pytest

from mockint.speech.chunker import SpeechChunker

RATE = 16000


def noise(seconds: float, dbfs: float, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return (rng.standard_normal(int(seconds * RATE)) * 10 ** (dbfs / 20)).astype(np.float32)


def syllables(seconds: float, seed: int) -> np.ndarray:
    """Speech-like: 0.2 s bursts at -20 dBFS with 0.04 s gaps, as between syllables."""
    audio = noise(seconds, -20.0, seed)
    t = np.arange(len(audio)) / RATE
    audio[(t % 0.24) >= 0.2] *= 10 ** (-45 / 20)
    return audio


def talk(*parts: tuple[str, float]) -> np.ndarray:
    """("speech", 2.0), ("pause", 0.5)...: speech, and pauses at -65 dBFS (room noise)."""
    return np.concatenate(
        [syllables(s, i) if kind == "speech" else noise(s, -65.0, i) for i, (kind, s) in enumerate(parts)]
    )


def run(audio: np.ndarray, block: int = 1600, **options):
    chunker = SpeechChunker(**options)
    chunks = []
    for start in range(0, len(audio), block):
        chunks += chunker.feed(audio[start : start + block])
    return chunks, chunker.finish(), chunker


def test_cuts_in_the_middle_of_a_pause_not_a_short_gap() -> None:
    audio = talk(
        ("pause", 1.5), ("speech", 2), ("pause", 0.2), ("speech", 2), ("pause", 0.8), ("speech", 3),
        ("pause", 0.2),
    )
    chunks, rest, chunker = run(audio)
    assert len(chunks) == 1
    first = chunks[0]
    # Leading silence dropped down to a short lead-in; the 0.2 s gap did not cut.
    assert 1.1 <= first.start_s <= 1.25
    assert first.speech_end == pytest.approx(1.5 + 2 + 0.2 + 2 - first.start_s, abs=0.07)
    cut = first.start_s + first.duration_s
    assert 5.7 + 0.2 <= cut <= 5.7 + 0.6  # inside the 0.8 s pause, near its middle
    # The silence after the cut is dropped too, down to the same lead-in before the speech.
    assert rest is not None and rest.final and cut <= rest.start_s <= 6.5 - 0.25
    assert rest.speech_end == pytest.approx(6.5 + 3 - rest.start_s, abs=0.07)
    assert chunker.last_speech_end_s == pytest.approx(9.5, abs=0.07)
    assert chunker.received_s == pytest.approx(9.7)


def test_long_pieces_cut_at_shorter_pauses() -> None:
    audio = talk(("speech", 13), ("pause", 0.36), ("speech", 2))
    chunks, rest, _ = run(audio)
    assert len(chunks) == 1 and 13.0 < chunks[0].duration_s < 13.4
    assert rest is not None


def test_forced_cut_at_the_quietest_moment_before_25_s() -> None:
    parts = []
    for second in range(40):
        parts += [("speech", 0.85), ("pause", 0.15 if second != 23 else 0.25)]
    audio = talk(*parts)
    chunks, _, _ = run(audio)
    first = chunks[0]
    assert 23 <= first.duration_s <= 25.0
    end = first.start_s + first.duration_s
    # In one of the short pauses (each ends on a whole second), not in the middle of a word.
    assert round(end) - 0.25 <= end <= round(end) + 0.01


def test_silence_and_clicks_make_no_pieces() -> None:
    quiet = talk(("pause", 10))
    assert run(quiet)[:2] == ([], None)
    click = talk(("pause", 2), ("speech", 0.06), ("pause", 4))
    chunks, rest, _ = run(click)
    assert chunks == [] and rest is None


def test_same_pieces_whatever_the_block_size() -> None:
    audio = talk(("pause", 0.7), ("speech", 4), ("pause", 0.6), ("speech", 5), ("pause", 1.0), ("speech", 1))
    reference, last, _ = run(audio, block=len(audio))
    for block in (160, 479, 1600, 4096):
        chunks, rest, _ = run(audio, block=block)
        assert [(c.start, len(c.audio), c.speech_end) for c in chunks] == [
            (c.start, len(c.audio), c.speech_end) for c in reference
        ]
        assert (rest.start, len(rest.audio)) == (last.start, len(last.audio))


def test_noise_floor_adapts_to_a_noisy_room() -> None:
    # Background at -40 dBFS (a fan) and speech at -20: pauses are still pauses.
    audio = np.concatenate([noise(1, -40, 1), noise(4, -20, 2), noise(0.8, -40, 3), noise(3, -20, 4)])
    chunks, rest, _ = run(audio)
    assert len(chunks) == 1 and 5.2 <= chunks[0].start_s + chunks[0].duration_s <= 5.6
    assert rest is not None and rest.speech_end == pytest.approx(8.8 - rest.start_s, abs=0.07)
