"""Transcription while speaking: a 2-minute answer replayed in blocks gives the same words as
transcribing the finished recording, with times from the start of the recording."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from mockint.speech.analysis import analyze_audio
from mockint.speech.errors import ModelError
from mockint.speech.loader import ModelLoader
from mockint.speech.settings import SpeechSettings
from mockint.speech.streaming import StreamingTranscriber

from .material import word_error_rate

pytestmark = pytest.mark.slow

RATE = 16000


def replay(stream: StreamingTranscriber, audio: np.ndarray, seconds: float) -> None:
    """Feed ``audio`` in irregular blocks (10 ms to 300 ms) spread over ``seconds``."""
    rng = np.random.default_rng(3)
    sizes = rng.integers(160, 4800, size=len(audio) // 160)
    bounds = np.minimum(np.cumsum(np.concatenate([[0], sizes])), len(audio))
    bounds = np.unique(np.append(bounds, len(audio)))
    pause = seconds / len(bounds)
    for start, end in zip(bounds[:-1], bounds[1:]):
        stream.feed(audio[start:end])
        time.sleep(pause)


@pytest.fixture(scope="module")
def batch(transcriber, two_minute_answer):
    return analyze_audio(two_minute_answer.audio, transcriber)


def test_streaming_matches_batch(transcriber, two_minute_answer, batch) -> None:
    answer = two_minute_answer
    updates: list[tuple[float, str]] = []
    stream = StreamingTranscriber(
        transcriber, on_update=lambda text: updates.append((time.monotonic(), text))
    )
    replay(stream, answer.audio, seconds=10.0)
    stopped = time.monotonic()
    streamed = stream.finish()

    # The same words as the finished recording gives, and both close to what was said.
    assert word_error_rate(batch.text, streamed.text) <= 0.12, (batch.text, streamed.text)
    assert word_error_rate(answer.reference, streamed.text) <= 0.2
    assert word_error_rate(answer.reference, batch.text) <= 0.2
    # Times are in the whole recording: same start, same end, the long pause in the same place.
    assert streamed.latency_s == pytest.approx(batch.latency_s, abs=0.3)
    assert streamed.duration_s == pytest.approx(batch.duration_s, abs=0.5)
    assert streamed.words[-1].end >= answer.speech_end_s - 1.0  # the ending is not dropped
    (pause_start, pause_end), = streamed.timing.long_pauses
    # It covers the 3.2 s gap put in at long_pause_at (plus the silence the recordings end with).
    assert answer.long_pause_at - 1.5 <= pause_start <= answer.long_pause_at + 0.3
    assert answer.long_pause_at + 2.6 <= pause_end <= answer.long_pause_at + 4.5
    assert batch.timing.long_pauses[0][0] == pytest.approx(pause_start, abs=0.3)
    assert streamed.audio_s == pytest.approx(answer.seconds)
    assert streamed.voice is not None and batch.voice is not None
    assert streamed.voice.pitch_range_semitones == pytest.approx(batch.voice.pitch_range_semitones, abs=0.5)

    # Words appeared while "speaking", each update extending the one before.
    assert len(updates) >= 5 and updates[0][0] < stopped
    texts = [text for _, text in updates]
    assert all(later.startswith(earlier) for earlier, later in zip(texts, texts[1:]))
    assert streamed.text.startswith(texts[-1])


def test_words_appear_before_the_end(transcriber) -> None:
    from .material import load

    stream = StreamingTranscriber(transcriber)
    stream.feed(load("OSR_us_000_0034_8k.wav")[: 20 * RATE])
    deadline = time.monotonic() + 30
    while stream.pieces_pending or stream.pieces_done < 1:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert "gold ring" in stream.partial_text.lower()
    assert stream.words[0].start > 0.5  # absolute: the recording starts with silence
    stream.cancel()


def test_model_still_loading_is_waited_for(two_minute_answer) -> None:
    progress: list[str] = []
    loader = ModelLoader(SpeechSettings(), on_progress=progress.append)
    stream = StreamingTranscriber(loader)  # not even started: the first piece starts it
    stream.feed(two_minute_answer.audio[: 15 * RATE])
    answer = stream.finish()
    assert progress == ["loading", "warming up", "ready"] and loader.ready
    assert len(answer.words) > 20


def test_model_that_fails_to_load_is_reported_at_finish(tmp_path) -> None:
    loader = ModelLoader(SpeechSettings(model=str(tmp_path / "missing-model"))).start()
    stream = StreamingTranscriber(loader)
    rng = np.random.default_rng(0)
    stream.feed((rng.standard_normal(6 * RATE) * 0.1).astype(np.float32))
    with pytest.raises(ModelError, match="model folder not found"):
        stream.finish()
    assert loader.state == "failed" and "missing-model" in str(loader.error)


def test_on_update_runs_in_the_worker_thread(transcriber) -> None:
    from .material import load

    threads: list[str] = []
    stream = StreamingTranscriber(
        transcriber, on_update=lambda _: threads.append(threading.current_thread().name)
    )
    stream.feed(load("jfk.flac"))
    stream.finish()
    assert threads and set(threads) == {"mockint-transcribe"}


def feed_waiting(stream: StreamingTranscriber, audio: np.ndarray) -> None:
    """0.1 s blocks, each handled before the next: the worker is idle at every pause."""
    for start in range(0, len(audio), 1600):
        stream.feed(audio[start : start + 1600])
        stream.wait_idle()


def test_the_remainder_done_ahead_gives_the_same_answer(transcriber, espeak_dir) -> None:
    from .material import build_answer

    answer = build_answer(espeak_dir, target_s=20.0, seed=4, trailing_pause_s=1.0)
    ahead = StreamingTranscriber(transcriber)
    feed_waiting(ahead, answer.audio)
    at_stop = StreamingTranscriber(transcriber, ahead=False)
    feed_waiting(at_stop, answer.audio)

    with_ahead, without = ahead.finish(), at_stop.finish()
    # The stop found the remainder already transcribed, and the answer is the same to the letter.
    assert ahead.ahead_used and not at_stop.ahead_used
    assert with_ahead.words == without.words and with_ahead.text.strip()
    assert with_ahead.voice == without.voice
    assert word_error_rate(answer.reference, with_ahead.text) <= 0.25


def test_words_after_the_pause_are_not_lost_to_the_work_ahead(transcriber, espeak_dir) -> None:
    from .material import build_answer

    first = build_answer(espeak_dir, target_s=20.0, seed=4, trailing_pause_s=1.0)
    more = build_answer(espeak_dir, target_s=6.0, seed=5, trailing_pause_s=0.1)  # stopped at once
    audio = np.concatenate([first.audio, more.audio])
    stream = StreamingTranscriber(transcriber)
    feed_waiting(stream, audio)
    at_stop = StreamingTranscriber(transcriber, ahead=False)
    feed_waiting(at_stop, audio)
    spoken = stream.finish()

    # The work done in the pauses was used only where it still fitted: the same answer.
    assert spoken.words == at_stop.finish().words
    assert spoken.words[-1].end >= len(first.audio) / RATE + more.speech_end_s - 1.0
    assert word_error_rate(f"{first.reference} {more.reference}", spoken.text) <= 0.25


def test_finish_gives_up_only_when_transcription_stalls() -> None:
    from mockint.speech.errors import SpeechError

    release = threading.Event()

    def stuck_engine():  # the model never arrives: nothing is ever finished
        release.wait()
        raise ModelError("released by the test")

    stream = StreamingTranscriber(stuck_engine)
    stream.feed((np.random.default_rng(1).standard_normal(3 * RATE) * 0.1).astype(np.float32))
    try:
        with pytest.raises(SpeechError, match="made no progress for 1 s"):
            stream.finish(stall_s=1.0)
    finally:
        release.set()
