"""Audio files of any common format, rate and channel count become 16 kHz mono float32."""

from __future__ import annotations

import io
import json
import os
import pty
import subprocess
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from mockint.cli.speech_cmd import TranscribeProgress, transcription_feedback
from mockint.speech.audio import SAMPLE_RATE, load_audio, rms_dbfs
from mockint.speech.errors import AudioFileError
from mockint.speech.wavfile import wav_truncation

from ..conftest import SPEECH_DIR, mockint_executable


def test_flac_44k_stereo_becomes_16k_mono() -> None:
    info = sf.info(str(SPEECH_DIR / "jfk.flac"))
    audio = load_audio(SPEECH_DIR / "jfk.flac")
    assert audio.dtype == np.float32 and audio.ndim == 1
    assert len(audio) == pytest.approx(info.duration * SAMPLE_RATE, abs=SAMPLE_RATE * 0.01)
    assert 0.05 < float(np.abs(audio).max()) <= 1.0


def test_8k_telephone_wav_is_resampled() -> None:
    audio = load_audio(SPEECH_DIR / "OSR_us_000_0034_8k.wav")
    assert len(audio) / SAMPLE_RATE == pytest.approx(35.55, abs=0.05)


def test_stereo_int16_wav_at_22k(tmp_path: Path) -> None:
    rate = 22_050
    t = np.arange(rate) / rate
    left = 0.5 * np.sin(2 * np.pi * 440 * t)
    path = tmp_path / "stereo.wav"
    sf.write(path, np.stack([left, left], axis=1), rate, subtype="PCM_16")
    audio = load_audio(path)
    assert len(audio) == pytest.approx(SAMPLE_RATE, abs=20)
    # A 0.5-amplitude sine is about -9 dBFS, whatever the rate and channel count.
    assert rms_dbfs(audio) == pytest.approx(-9.03, abs=0.3)


def test_mp3(tmp_path: Path) -> None:
    # sox (a CI dependency, with libsox-fmt-all) writes the MP3.
    mp3 = tmp_path / "jfk.mp3"
    subprocess.run(["sox", str(SPEECH_DIR / "jfk.flac"), str(mp3)], check=True)
    audio = load_audio(mp3)
    assert len(audio) / SAMPLE_RATE == pytest.approx(11.0, abs=0.1)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p, "no such audio file"),
        (lambda p: (p.mkdir(), p)[1], "is a folder"),
        (lambda p: (p.write_bytes(b""), p)[1], "the file is empty"),
        (lambda p: (p.write_bytes(np.random.default_rng(1).bytes(4000)), p)[1], "cannot read audio"),
        (lambda p: (p.write_text("not audio at all\n"), p)[1], "cannot read audio"),
    ],
    ids=["missing", "folder", "empty", "random-bytes", "text"],
)
def test_bad_files_give_one_line_errors(tmp_path: Path, make, message: str) -> None:
    path = make(tmp_path / "answer.wav")
    with pytest.raises(AudioFileError) as caught:
        load_audio(path)
    text = str(caught.value)
    assert text.startswith(str(path)) and message in text and "\n" not in text


def test_levels() -> None:
    assert rms_dbfs(np.zeros(480, dtype=np.int16)) == -100.0
    full = (np.sign(np.sin(np.linspace(0, 20 * np.pi, 480))) * 32767).astype(np.int16)
    assert rms_dbfs(full) == pytest.approx(0.0, abs=0.1)
    assert rms_dbfs(np.full((480, 1), 0.01, dtype=np.float32)) == pytest.approx(-40.0, abs=0.01)


# -- truncated WAV files ------------------------------------------------------------------------
def write_wav(path: Path, seconds: float, rate: int = 16_000) -> Path:
    t = np.arange(int(seconds * rate)) / rate
    sf.write(path, 0.3 * np.sin(2 * np.pi * 220 * t), rate, subtype="PCM_16")
    return path


def truncate(path: Path, keep_bytes: int) -> Path:
    path.write_bytes(path.read_bytes()[:keep_bytes])
    return path


def test_a_complete_wav_file_is_not_truncated(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "whole.wav", 2.0)
    assert wav_truncation(path) is None
    notices: list[str] = []
    load_audio(path, notices.append)
    assert notices == []
    assert wav_truncation(SPEECH_DIR / "jfk.flac") is None  # not a WAV file: its decoder judges it
    assert wav_truncation(SPEECH_DIR / "OSR_us_000_0034_8k.wav") is None


def test_a_truncated_wav_file_is_read_as_far_as_it_goes_with_a_notice(tmp_path: Path) -> None:
    path = truncate(write_wav(tmp_path / "cut.wav", 10.0, rate=22_050), 44 + 2 * 22_050 * 4)  # 4 s of 10
    truncation = wav_truncation(path)
    assert truncation is not None
    assert truncation.declared_s == pytest.approx(10.0) and truncation.present_s == pytest.approx(4.0)
    notices: list[str] = []
    audio = load_audio(path, notices.append)
    assert len(audio) / SAMPLE_RATE == pytest.approx(4.0, abs=0.05)
    assert notices == [f"{path}: the WAV file is truncated: its header promises 10.0 s of audio "
                       "but the file holds 4.0 s; transcribing those"]


def test_a_wav_header_without_its_audio_says_it_is_truncated(tmp_path: Path) -> None:
    path = truncate(write_wav(tmp_path / "header.wav", 3.0), 44)
    with pytest.raises(AudioFileError) as caught:
        load_audio(path)
    assert str(caught.value) == (f"{path}: the WAV file is truncated: its header promises 3.0 s of audio "
                                 "and the file holds none")


def test_transcribe_and_score_say_a_wav_file_is_truncated(run_cli, tmp_path: Path) -> None:
    full = tmp_path / "jfk.wav"
    audio, rate = sf.read(str(SPEECH_DIR / "jfk.flac"))
    sf.write(full, audio.mean(axis=1), rate, subtype="PCM_16")
    path = truncate(full, 44 + 2 * rate * 5)  # the first 5 s of 11
    note = (f"mockint: note: {path}: the WAV file is truncated: its header promises 11.0 s of audio "
            "but the file holds 5.0 s; transcribing those\n")
    transcribed = run_cli("transcribe", path)
    assert transcribed.returncode == 0, transcribed.stderr
    assert transcribed.stderr == note  # stderr is not a terminal: no progress line
    assert "fellow Americans" in transcribed.stdout and "your country" not in transcribed.stdout
    scored = run_cli("score", "--audio", path, "--json")
    assert scored.returncode == 0, scored.stderr
    assert scored.stderr == note
    assert json.loads(scored.stdout)["overall"] >= 0


# -- progress of long recordings -----------------------------------------------------------------
def test_progress_is_one_terminal_line_for_recordings_over_a_minute() -> None:
    stream = io.StringIO()
    progress = TranscribeProgress(stream)
    progress(0.0, 45.0)
    assert stream.getvalue() == ""  # a short recording needs no progress
    for done in (0.0, 22.5, 300.0):
        progress(done, 300.0)
    progress.clear()
    assert stream.getvalue() == (
        "\rtranscribing… 0 s of 300 s" "\rtranscribing… 22 s of 300 s"
        "\rtranscribing… 300 s of 300 s" "\r" + " " * 28 + "\r"
    )


def test_no_progress_when_stderr_is_not_a_terminal() -> None:
    with transcription_feedback() as feedback:  # pytest captures stderr: not a terminal
        assert feedback["on_progress"] is None and callable(feedback["on_notice"])


def test_transcribing_a_long_recording_on_a_terminal_shows_progress(tmp_path: Path) -> None:
    audio, rate = sf.read(str(SPEECH_DIR / "jfk.flac"))
    path = tmp_path / "long.wav"
    sf.write(path, np.concatenate([audio.mean(axis=1), np.zeros(rate * 55)]), rate, subtype="PCM_16")
    controller, terminal = pty.openpty()
    try:
        process = subprocess.run(
            [mockint_executable(), "transcribe", str(path)],
            stdout=subprocess.PIPE, stderr=terminal, timeout=300, check=False,
        )
        os.close(terminal)
        shown = b""
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # EIO: everything written to the terminal has been read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(controller)
    assert process.returncode == 0, shown
    text = shown.decode("utf-8")
    assert text.startswith("\rtranscribing… 0 s of 66 s") and "\rtranscribing… 66 s of 66 s" in text
    assert text.endswith("\r")  # the line is cleared again
    assert "fellow Americans" in process.stdout.decode("utf-8")
