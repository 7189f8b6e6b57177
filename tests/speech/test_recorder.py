"""The recorder with a fake device: file written as audio arrives, levels, lost devices."""

from __future__ import annotations

import functools
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from mockint import paths
from mockint.speech.errors import MicrophoneError, SpeechError
from mockint.speech.recorder import Recorder
from mockint.speech.streaming import StreamingTranscriber

from ..conftest import REPO, SPEECH_DIR
from .fakes import FakeInputStream, as_int16
from .material import load, word_error_rate


@pytest.fixture(scope="module")
def jfk_int16() -> np.ndarray:
    return as_int16(load("jfk.flac"))


def device(audio: np.ndarray, **options) -> functools.partial:
    return functools.partial(FakeInputStream, audio, **options)


def test_records_everything_to_a_private_file(jfk_int16: np.ndarray) -> None:
    levels: list[float] = []
    fed: list[np.ndarray] = []
    recorder = Recorder(
        max_seconds=11.0,
        stream_factory=device(jfk_int16),
        on_level=levels.append,
        on_audio=fed.append,
    )
    recorder.start()
    assert recorder.wait(10)
    result = recorder.stop()
    assert result.error is None and result.seconds == pytest.approx(11.0)
    assert result.path.parent == paths.recordings_dir() and result.path.name.startswith("answer-")
    assert result.path.stat().st_mode & 0o777 == 0o600
    assert result.path.parent.stat().st_mode & 0o777 == 0o700
    recorded, rate = sf.read(result.path, dtype="int16")
    assert rate == 16000 and np.array_equal(recorded, jfk_int16[: len(recorded)])
    assert np.array_equal(np.concatenate(fed).reshape(-1), recorded)
    # The meter got the latest level at each write; the loudest 0.1 s of JFK is about -8 dBFS.
    assert levels and all(-100 <= level <= 0 for level in levels)
    assert -10 < recorder.peak_dbfs < -6


def test_device_lost_keeps_what_was_recorded(jfk_int16: np.ndarray, tmp_path: Path) -> None:
    errors: list[str] = []
    recorder = Recorder(
        tmp_path / "answer.wav",
        stream_factory=device(jfk_int16, lose_after_blocks=30),
        on_error=errors.append,
    )
    recorder.start()
    assert recorder.wait(10)
    result = recorder.stop()
    assert result.seconds == pytest.approx(3.0)
    assert result.error == errors[0]
    assert "microphone stopped" in result.error and "3.0 s recorded so far are kept" in result.error
    assert str(result.path) in result.error
    recorded, _ = sf.read(result.path, dtype="int16")
    assert np.array_equal(recorded, jfk_int16[:48000])


def test_device_that_goes_silent_is_reported(jfk_int16: np.ndarray, tmp_path: Path) -> None:
    recorder = Recorder(
        tmp_path / "answer.wav",
        stream_factory=device(jfk_int16, lose_after_blocks=5, report_loss=False, pace_s=0.01),
        stall_timeout_s=0.5,
    )
    recorder.start()
    assert recorder.wait(10)
    result = recorder.stop()
    assert result.error is not None and "stopped sending audio" in result.error
    assert result.seconds == pytest.approx(0.5)


def test_device_that_cannot_open(tmp_path: Path) -> None:
    def busy(**kwargs):
        raise OSError("Device unavailable [PaErrorCode -9985]")

    recorder = Recorder(tmp_path / "answer.wav", device="USB mic", stream_factory=busy)
    with pytest.raises(MicrophoneError) as caught:
        recorder.start()
    message = str(caught.value)
    assert "cannot open the microphone 'USB mic' (Device unavailable" in message
    assert "typed answers still work" in message and "\n" not in message
    assert not (tmp_path / "answer.wav").exists()


def test_folder_that_does_not_exist(jfk_int16: np.ndarray, tmp_path: Path) -> None:
    recorder = Recorder(tmp_path / "no" / "such" / "check.wav", stream_factory=device(jfk_int16))
    with pytest.raises(SpeechError, match=r"check.wav: cannot write the recording: No such file"):
        recorder.start()


@pytest.mark.slow
def test_recording_feeds_the_streaming_transcriber(jfk_int16: np.ndarray, transcriber) -> None:
    stream = StreamingTranscriber(transcriber)
    recorder = Recorder(max_seconds=12.0, stream_factory=device(jfk_int16), on_audio=stream.feed)
    recorder.start()
    assert recorder.wait(10)
    result = recorder.stop()
    answer = stream.finish()
    assert answer.audio_s == pytest.approx(result.seconds)
    reference = (SPEECH_DIR / "jfk.txt").read_text(encoding="utf-8")
    assert word_error_rate(reference, answer.text) <= 0.15, answer.text


KILL_SCRIPT = """
import functools, sys, time
from pathlib import Path
from mockint.speech.recorder import Recorder
from tests.speech.fakes import FakeInputStream, as_int16
from tests.speech.material import load

audio = as_int16(load("jfk.flac"))
recorder = Recorder(
    Path(sys.argv[1]),
    stream_factory=functools.partial(FakeInputStream, audio, pace_s=0.1),
    on_level=lambda db: print(recorder.seconds, flush=True),
)
recorder.start()
time.sleep(60)
"""


def test_kill_9_loses_at_most_the_last_block(jfk_int16: np.ndarray, tmp_path: Path) -> None:
    out = tmp_path / "answer.wav"
    proc = subprocess.Popen(
        [sys.executable, "-c", KILL_SCRIPT, str(out)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
    )
    try:
        written = 0.0
        assert proc.stdout is not None
        while written < 2.0:
            line = proc.stdout.readline()
            assert line, "the recording process ended early"
            written = float(line)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(10)
    recorded, rate = sf.read(out, dtype="int16")  # the header is valid without a close
    assert rate == 16000
    assert len(recorded) >= written * 16000  # everything reported as written is on disk
    assert len(recorded) <= (written + 1.0) * 16000
    assert np.array_equal(recorded, jfk_int16[: len(recorded)])


@pytest.mark.slow
def test_live_answer_with_a_microphone_lost_mid_answer(jfk_int16: np.ndarray, transcriber) -> None:
    from mockint.speech.live import LiveAnswer

    partials: list[str] = []
    errors: list[str] = []
    live = LiveAnswer(
        transcriber,
        stream_factory=device(jfk_int16, lose_after_blocks=60),  # gone after 6 s
        on_partial=partials.append,
        on_error=errors.append,
    )
    live.start()
    assert live.recorder.wait(10)
    result = live.stop()
    assert result.recording.seconds == pytest.approx(6.0)
    assert result.error == errors[0] and "6.0 s recorded so far are kept" in result.error
    assert result.transcribed and result.answer.audio_s == pytest.approx(6.0)
    # The first six seconds: "And so my fellow Americans, ask not what your country..."
    assert "fellow americans" in result.answer.text.lower()
    assert "for your country" not in result.answer.text.lower()
    assert not partials or result.answer.text.startswith(partials[-1])


def test_live_answer_that_cannot_transcribe_keeps_the_recording(
    jfk_int16: np.ndarray, tmp_path: Path
) -> None:
    from mockint.speech.live import LiveAnswer
    from mockint.speech.loader import ModelLoader
    from mockint.speech.settings import SpeechSettings

    loader = ModelLoader(SpeechSettings(model=str(tmp_path / "gone")))
    live = LiveAnswer(loader, path=tmp_path / "answer.wav", stream_factory=device(jfk_int16))
    live.start()
    time.sleep(0.3)
    result = live.stop()
    assert result.answer is None and result.recording.seconds > 5
    assert "model folder not found" in result.error and str(tmp_path / "answer.wav") in result.error
    assert sf.info(str(tmp_path / "answer.wav")).frames == int(result.recording.seconds * 16000)
