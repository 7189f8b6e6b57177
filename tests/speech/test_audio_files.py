"""Audio files of any common format, rate and channel count become 16 kHz mono float32."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from mockint.speech.audio import SAMPLE_RATE, load_audio, rms_dbfs
from mockint.speech.errors import AudioFileError

from ..conftest import SPEECH_DIR


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
