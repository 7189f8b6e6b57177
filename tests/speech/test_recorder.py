"""The recorder with a fake device: file written as audio arrives, levels, lost devices."""

from __future__ import annotations

import functools
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from mockint import paths
from mockint.speech.devices import InputDevice
from mockint.speech.errors import MicrophoneError, SpeechError
from mockint.speech.microphone import SpeechSetup
from mockint.speech.recorder import Recorder
from mockint.speech.streaming import StreamingTranscriber
from mockint.speech.take import SpeechTake

from ..conftest import REPO, SPEECH_DIR
from .fakes import FakeInputStream, as_int16
from .material import load, word_error_rate

FAKE_MIC = InputDevice(index=2, name="Fake microphone", channels=1, default_samplerate=16000.0, is_default=True)


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
def test_a_take_with_a_microphone_lost_mid_answer(jfk_int16: np.ndarray, transcriber) -> None:
    partials: list[str] = []
    errors: list[str] = []
    live = SpeechTake(
        transcriber,
        fake_machine(device(jfk_int16, lose_after_blocks=60)),  # gone after 6 s
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


def test_a_take_that_cannot_transcribe_keeps_the_recording(
    jfk_int16: np.ndarray, tmp_path: Path
) -> None:
    from mockint.speech.loader import ModelLoader
    from mockint.speech.settings import SpeechSettings

    loader = ModelLoader(SpeechSettings(model=str(tmp_path / "gone")))
    live = SpeechTake(loader, fake_machine(device(jfk_int16)), path=tmp_path / "answer.wav")
    live.start()
    while live.seconds < 5.5:  # the unpaced fake delivers jfk.flac at once
        time.sleep(0.01)
    result = live.stop()
    assert result.answer is None and result.recording.seconds > 5
    assert "model folder not found" in result.error and str(tmp_path / "answer.wav") in result.error
    assert sf.info(str(tmp_path / "answer.wav")).frames == int(result.recording.seconds * 16000)


def fake_machine(stream_factory) -> SpeechSetup:
    return SpeechSetup(stream_factory=stream_factory, list_devices=lambda: [FAKE_MIC])


def test_an_unpaced_device_stops_at_the_limit_counted_in_samples(tmp_path: Path) -> None:
    """A device faster than real time (as ALSA's file plug-in is) cannot outrun the answer's limit."""
    tone = (np.sin(np.arange(16000 * 20) * 2 * np.pi * 300 / 16000) * 9000).astype(np.int16)
    streams: list[FakeInputStream] = []

    def unpaced(**args):
        streams.append(FakeInputStream(tone, **args))
        return streams[-1]

    limits: list[float] = []
    recorder = Recorder(tmp_path / "answer.wav", max_seconds=3.0, stream_factory=unpaced, on_limit=limits.append)
    recorder.start()
    assert recorder.wait(120)  # set by the writer once 3 s of samples are in the file
    at_limit = streams[0].sent
    while streams[0].sent < at_limit + 100:  # ten more seconds of audio arrive ...
        time.sleep(0.01)
    result = recorder.stop()
    assert limits == [3.0] and recorder.limit_reached and result.seconds == 3.0  # ... none kept
    assert (tmp_path / "answer.wav").stat().st_size == 44 + 3 * 16000 * 2
    kept, _ = sf.read(tmp_path / "answer.wav", dtype="int16")
    assert np.array_equal(kept, tone[: 3 * 16000])


def test_every_recording_is_capped(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from mockint.speech import recorder as recorder_module

    monkeypatch.setattr(recorder_module, "MAX_RECORDING_S", 2.0)
    assert Recorder(tmp_path / "a.wav").max_seconds == 2.0  # no limit asked for: the cap
    assert Recorder(tmp_path / "a.wav", max_seconds=600).max_seconds == 2.0
    recorder = Recorder(tmp_path / "a.wav", stream_factory=device(np.zeros(0, np.int16)))
    recorder.start()
    assert recorder.wait(120)
    assert recorder.stop().seconds == 2.0 and recorder.limit_reached


def test_pause_drops_blocks_natively_and_the_device_is_not_lost(tmp_path: Path) -> None:
    pause_at = threading.Event()
    go_on = threading.Event()

    def at_block(sent: int) -> None:  # on the device thread: nothing arrives meanwhile
        if sent == 10:
            recorder.pause()
            pause_at.set()
        if sent == 40:
            recorder.resume()
            go_on.set()

    tone = (np.arange(16000 * 6) % 200).astype(np.int16)
    recorder = Recorder(
        tmp_path / "answer.wav",
        max_seconds=3.0,
        stream_factory=functools.partial(FakeInputStream, tone, on_block=at_block),
    )
    recorder.start()
    assert recorder.wait(120)
    result = recorder.stop()
    assert pause_at.is_set() and go_on.is_set() and result.error is None
    kept, _ = sf.read(tmp_path / "answer.wav", dtype="int16")
    # blocks 1-10 and 41 on: the 30 blocks that arrived while paused are not in the file
    assert np.array_equal(kept, np.concatenate([tone[:16000], tone[40 * 1600 : 40 * 1600 + 32000]]))
