"""The real device path: PortAudio reads a fake ALSA microphone (../shared/audio/make-fake-mic).

ALSA reads ``$HOME/.asoundrc`` when sounddevice is first imported, so every recording runs in a
subprocess with ``HOME`` pointing at the fake microphone's folder.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from mockint.scoring import AnswerInput, score_answer
from mockint.speech.analysis import analyze_audio_file

from ..conftest import FAKE_MIC, SPEECH_DIR
from .material import word_error_rate

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def fake_mic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A microphone that "hears" jfk.flac followed by two seconds of silence."""
    home = tmp_path_factory.mktemp("fake-mic")
    padded = home / "jfk-padded.wav"
    # The device repeats its last period once the file is read: end the file with silence.
    subprocess.run(["sox", str(SPEECH_DIR / "jfk.flac"), str(padded), "pad", "0", "2"], check=True)
    subprocess.run([str(FAKE_MIC), str(padded), str(home), "16000", "s16"], check=True, capture_output=True)
    return home


def test_devices_lists_the_fake_microphone_and_remembers_a_choice(
    run_cli, fake_mic: Path, mockint_home: Path
) -> None:
    env = {"HOME": str(fake_mic)}
    listed = run_cli("devices", env=env)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert any(line.startswith("*") and "default (system default)" in line for line in lines)
    assert any("fakemic" in line for line in lines)

    chosen = run_cli("devices", "--choose", "fakemic", env=env)
    assert chosen.returncode == 0, chosen.stderr
    assert "mockint will record from: fakemic" in chosen.stdout
    state = json.loads((mockint_home / "config" / "ui-state.json").read_text(encoding="utf-8"))
    assert state["input_device"] == "fakemic"
    again = run_cli("devices", env=env)
    assert any(line.startswith("*") and "fakemic" in line for line in again.stdout.splitlines())

    unknown = run_cli("devices", "--choose", "usb headset", env=env)
    assert unknown.returncode == 1 and "no input device matches 'usb headset'" in unknown.stderr


def test_record_transcribe_score(run_cli, fake_mic: Path, tmp_path: Path, transcriber) -> None:
    out = tmp_path / "mic-check.wav"
    result = run_cli("record", out, "--seconds", "12", "--device", "default", env={"HOME": str(fake_mic)})
    assert result.returncode == 0, result.stderr
    assert f"Saved 12.0 s to {out}" in result.stdout
    assert "Level: peak" in result.stdout and "(good)" in result.stdout

    # What PortAudio delivered is exactly what the fake microphone played.
    recorded, rate = sf.read(out, dtype="int16")
    played = np.fromfile(fake_mic / "in.raw", dtype="<i2")
    assert rate == 16000 and len(recorded) == 12 * 16000
    assert np.array_equal(recorded, played[: len(recorded)])
    assert out.stat().st_mode & 0o777 == 0o600

    spoken = analyze_audio_file(out, transcriber=transcriber)
    reference = (SPEECH_DIR / "jfk.txt").read_text(encoding="utf-8")
    assert word_error_rate(reference, spoken.text) <= 0.15, spoken.text

    card = score_answer(AnswerInput(text=spoken.text, target_seconds=60, **spoken.answer_fields()))
    assert 0 <= card.overall <= 100
    pace = card.criterion("pace")
    assert pace is not None and pace.metrics, "a spoken answer with word times is judged on pace"
    assert card.metrics["words"] == len(spoken.words)
