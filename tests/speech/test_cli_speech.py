"""The speech commands through the installed ``mockint`` script, and their failures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import REPO, SPEECH_DIR
from .material import word_error_rate

pytestmark = pytest.mark.slow


def assert_one_line_error(result, *fragments: str) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("mockint: ") and "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


def test_transcribe_prints_the_text(run_cli) -> None:
    result = run_cli("transcribe", SPEECH_DIR / "jfk.flac")
    assert result.returncode == 0, result.stderr
    reference = (SPEECH_DIR / "jfk.txt").read_text(encoding="utf-8")
    assert word_error_rate(reference, result.stdout) <= 0.15


def test_transcribe_json_has_words_with_times(run_cli) -> None:
    result = run_cli("transcribe", SPEECH_DIR / "OSR_us_000_0034_8k.wav", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["engine"] == "faster-whisper" and data["model"] == "tiny.en"
    words = data["words"]
    assert len(words) > 60
    assert all(0 <= w["start"] <= w["end"] <= 35.6 for w in words)
    assert all(a["start"] <= b["start"] for a, b in zip(words, words[1:]))
    assert data["text"].split() == [w["word"] for w in words]
    assert data["timing"]["word_count"] == len(words) and data["voice"]["voiced_seconds"] > 5


def test_corrupt_audio_file(run_cli, tmp_path: Path) -> None:
    bad = tmp_path / "answer.wav"
    bad.write_bytes(b"RIFF\x00\x00\x00\x00WAVEfmt " + bytes(range(200)))
    assert_one_line_error(run_cli("transcribe", bad), str(bad), "cannot read audio")


def test_missing_audio_file(run_cli, tmp_path: Path) -> None:
    assert_one_line_error(run_cli("transcribe", tmp_path / "nope.flac"), "no such audio file")


def test_missing_model_folder(run_cli, tmp_path: Path) -> None:
    missing = tmp_path / "models" / "whisper-small"
    result = run_cli("transcribe", SPEECH_DIR / "jfk.flac", "--model", missing)
    assert_one_line_error(result, str(missing), "model folder not found")


def test_folder_that_is_not_a_model(run_cli, tmp_path: Path) -> None:
    result = run_cli("transcribe", SPEECH_DIR / "jfk.flac", "--model", tmp_path)
    assert_one_line_error(result, "no model.bin")


def test_model_name_not_on_this_machine_is_never_downloaded(run_cli, tmp_path: Path) -> None:
    env = {"HF_HOME": str(tmp_path / "hf"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = run_cli("transcribe", SPEECH_DIR / "jfk.flac", "--model", "base.en", env=env)
    assert_one_line_error(result, "'base.en' is not on this machine", "never downloads")
    assert not (tmp_path / "hf").exists() or not any((tmp_path / "hf").rglob("*.bin"))
    result = run_cli(
        "transcribe", SPEECH_DIR / "jfk.flac", "--engine", "openai-whisper", env=env
    )
    assert_one_line_error(result, "openai-whisper model 'tiny.en' is not on this machine")


def test_bad_speech_config(run_cli, mockint_home: Path) -> None:
    config = mockint_home / "config" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('[speech]\nengine = "whisper-cpp"\n', encoding="utf-8")
    result = run_cli("transcribe", SPEECH_DIR / "jfk.flac")
    assert_one_line_error(result, str(config), "speech.engine", "whisper-cpp")


@pytest.mark.parametrize("command", [["devices"], ["record", "out.wav", "--seconds", "1"]])
def test_no_microphone(run_cli, tmp_path: Path, command: list[str]) -> None:
    # Without a sound card and without an ALSA config in HOME, PortAudio lists no device.
    empty_home = tmp_path / "home"
    empty_home.mkdir()
    result = run_cli(*command, env={"HOME": str(empty_home)})
    assert_one_line_error(result, "no microphone found", "typed answers still work")
    assert not (tmp_path / "out.wav").exists()


def test_portaudio_library_missing(mockint_home: Path) -> None:
    # The real import of sounddevice, in a process where the library cannot be found.
    code = (
        "import ctypes.util, sys\n"
        "ctypes.util.find_library = lambda name: None\n"
        "from mockint.cli import main\n"
        "sys.exit(main(['devices']))\n"
    )
    env = dict(os.environ, MOCKINT_HOME=str(mockint_home))
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=REPO, timeout=60
    )
    assert_one_line_error(proc, "PortAudio library is missing", "libportaudio2")
