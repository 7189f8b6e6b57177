"""The [speech] config, input-device choice and the remembered device."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mockint import paths
from mockint.errors import ConfigError
from mockint.speech.devices import (
    InputDevice,
    chosen_input_device,
    find_input_device,
    remember_input_device,
    remembered_input_device,
)
from mockint.speech.errors import MicrophoneError
from mockint.speech.settings import SpeechSettings, load_speech_settings


def write_config(text: str) -> Path:
    path = paths.config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults() -> None:
    settings = load_speech_settings()
    assert settings == SpeechSettings()
    assert (settings.engine, settings.model_label, settings.language, settings.threads) == (
        "faster-whisper", "tiny.en", "en", 2,
    )
    assert settings.keep_fillers


def test_precedence_flag_env_file(monkeypatch: pytest.MonkeyPatch) -> None:
    write_config('[speech]\nengine = "openai-whisper"\nmodel = "/m/file.pt"\nthreads = 4\n')
    assert load_speech_settings().engine == "openai-whisper"
    assert load_speech_settings().threads == 4
    monkeypatch.setenv("MOCKINT_SPEECH_MODEL", "/m/env.pt")
    assert load_speech_settings().model == "/m/env.pt"
    assert load_speech_settings(model="/m/flag.pt").model == "/m/flag.pt"
    assert load_speech_settings(engine="faster-whisper").engine == "faster-whisper"


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ('engine = "vosk"', "speech.engine: unknown engine 'vosk'"),
        ("threads = 0", "speech.threads: must be a whole number between 1 and 64, got 0"),
        ('threads = "two"', "speech.threads: must be a whole number between 1 and 64, got 'two'"),
        ("keep_fillers = 1", "speech.keep_fillers: must be true or false, got 1"),
        ('modle = "x"', "speech.modle: unknown setting"),
        ("input_device = true", "speech.input_device: must be a device name or index"),
    ],
)
def test_bad_values_name_file_and_field(body: str, fragment: str) -> None:
    path = write_config(f"[speech]\n{body}\n")
    with pytest.raises(ConfigError) as caught:
        load_speech_settings()
    assert str(caught.value).startswith(str(path)) and fragment in str(caught.value)


DEVICES = [
    InputDevice(0, "HDA Intel PCH: ALC3246 Analog (hw:0,0)", 2, 44100.0),
    InputDevice(3, "USB Audio Headset", 1, 48000.0),
    InputDevice(5, "default", 32, 44100.0, is_default=True),
]


@pytest.mark.parametrize(
    ("choice", "index"),
    [(None, 5), ("", 5), ("3", 3), ("usb audio headset", 3), ("headset", 3), ("ALC3246", 0)],
)
def test_find_input_device(choice: str | None, index: int) -> None:
    assert find_input_device(DEVICES, choice).index == index


def test_find_input_device_problems() -> None:
    with pytest.raises(MicrophoneError, match="no microphone found"):
        find_input_device([], None)
    with pytest.raises(MicrophoneError, match=r"no input device matches 'webcam' \(input devices: 0: HDA"):
        find_input_device(DEVICES, "webcam")
    with pytest.raises(MicrophoneError, match="no input device matches '7'"):
        find_input_device(DEVICES, "7")
    with pytest.raises(MicrophoneError, match="'a' is ambiguous"):
        find_input_device(DEVICES, "a")


def test_remembered_device_keeps_other_ui_state(monkeypatch: pytest.MonkeyPatch) -> None:
    state = paths.ui_state_file()
    state.parent.mkdir(parents=True)
    state.write_text(json.dumps({"last_bank": "general"}), encoding="utf-8")
    assert remembered_input_device() is None
    remember_input_device("USB Audio Headset")
    assert json.loads(state.read_text(encoding="utf-8")) == {
        "last_bank": "general",
        "input_device": "USB Audio Headset",
    }
    assert state.stat().st_mode & 0o777 == 0o600
    assert chosen_input_device() == "USB Audio Headset"
    write_config('[speech]\ninput_device = 0\n')
    assert chosen_input_device() == "0"  # the config file wins over the remembered choice
    monkeypatch.setenv("MOCKINT_INPUT_DEVICE", "default")
    assert chosen_input_device() == "default"
    assert chosen_input_device("3") == "3"  # and the --device flag over everything
    remember_input_device(None)
    assert json.loads(state.read_text(encoding="utf-8")) == {"last_bank": "general"}


def test_unreadable_ui_state_is_not_fatal() -> None:
    state = paths.ui_state_file()
    state.parent.mkdir(parents=True)
    state.write_text("{not json", encoding="utf-8")
    assert remembered_input_device() is None
    remember_input_device("default")
    assert remembered_input_device() == "default"
