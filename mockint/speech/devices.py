"""Microphones: PortAudio (through sounddevice), the input-device list, the remembered choice.

The choice is kept under ``input_device`` in ``ui-state.json`` (``paths.ui_state_file()``);
``[speech] input_device`` in the config or ``MOCKINT_INPUT_DEVICE`` override it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from mockint import paths
from mockint.speech.errors import MicrophoneError

TYPED_STILL_WORKS = "typed answers still work"
NO_MICROPHONE = (
    "no microphone found: connect one and check it with `arecord -l` (Linux); "
    + TYPED_STILL_WORKS
)
UI_STATE_KEY = "input_device"


@dataclass(frozen=True)
class InputDevice:
    index: int
    name: str
    channels: int
    default_samplerate: float
    is_default: bool = False

    def label(self) -> str:
        return f"{self.index}: {self.name}"


def import_sounddevice() -> Any:
    """The sounddevice module, or a clear error when the PortAudio library is missing."""
    try:
        import sounddevice
    except OSError:
        raise MicrophoneError(
            "the PortAudio library is missing, so no microphone can be used: install it "
            f"(Debian/Ubuntu: sudo apt install libportaudio2); {TYPED_STILL_WORKS}"
        ) from None
    return sounddevice


def list_input_devices() -> list[InputDevice]:
    """Every device that can record, the system default marked (empty: no microphone)."""
    sd = import_sounddevice()
    try:
        devices = sd.query_devices()
        default_input = sd.default.device[0]
    except sd.PortAudioError as exc:
        raise MicrophoneError(f"cannot list the audio devices: {exc}; {TYPED_STILL_WORKS}") from None
    found = [
        InputDevice(
            index=int(info["index"]),
            name=str(info["name"]),
            channels=int(info["max_input_channels"]),
            default_samplerate=float(info["default_samplerate"]),
            is_default=int(info["index"]) == default_input,
        )
        for info in devices
        if info["max_input_channels"] > 0
    ]
    return found


def find_input_device(devices: list[InputDevice], choice: str | None) -> InputDevice:
    """The device ``choice`` names (an index, a name, or a unique part of one); None: default."""
    if not devices:
        raise MicrophoneError(NO_MICROPHONE)
    if choice is None or not str(choice).strip():
        return next((d for d in devices if d.is_default), devices[0])
    choice = str(choice).strip()
    if choice.isdigit():
        match = [d for d in devices if d.index == int(choice)]
    else:
        match = [d for d in devices if d.name.lower() == choice.lower()] or [
            d for d in devices if choice.lower() in d.name.lower()
        ]
    if len(match) == 1:
        return match[0]
    known = "; ".join(d.label() for d in devices)
    if match:
        raise MicrophoneError(f"input device {choice!r} is ambiguous: it matches {len(match)} ({known})")
    raise MicrophoneError(f"no input device matches {choice!r} (input devices: {known})")


def _read_ui_state() -> dict[str, Any]:
    path = paths.ui_state_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # no state yet, or unreadable: nothing remembered
    return data if isinstance(data, dict) else {}


def remembered_input_device() -> str | None:
    value = _read_ui_state().get(UI_STATE_KEY)
    return str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else None


def remember_input_device(name: str | None) -> None:
    """Keep ``name`` as the chosen microphone (None forgets it: the system default is used)."""
    state = _read_ui_state()
    if name is None:
        state.pop(UI_STATE_KEY, None)
    else:
        state[UI_STATE_KEY] = name
    paths.write_private_file(paths.ui_state_file(), json.dumps(state, indent=2) + "\n")


def chosen_input_device(flag: str | None = None) -> str | None:
    """CLI flag > environment/config (``[speech] input_device``) > remembered choice > None."""
    if flag:
        return flag
    from mockint.speech.settings import load_speech_settings

    return load_speech_settings().input_device or remembered_input_device()
