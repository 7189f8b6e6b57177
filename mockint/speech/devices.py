"""Microphones: PortAudio (through sounddevice), the input-device list, the remembered choice.

The choice is kept as ``input_device`` in the remembered choices (:mod:`mockint.ui_state`);
``[speech] input_device`` in the config or ``MOCKINT_INPUT_DEVICE`` override it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from mockint.speech.errors import MicrophoneError
from mockint.ui_state import load_ui_state, save_ui_state

TYPED_STILL_WORKS = "typed answers still work"
NO_MICROPHONE = (
    "no microphone found: connect one and check it with `arecord -l` (Linux); "
    + TYPED_STILL_WORKS
)


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


def remembered_input_device() -> str | None:
    return load_ui_state().input_device


def remember_input_device(name: str | None) -> None:
    """Keep ``name`` as the chosen microphone (None forgets it: the system default is used)."""
    save_ui_state(replace(load_ui_state(), input_device=name))


def chosen_input_device(flag: str | None = None) -> str | None:
    """CLI flag > environment/config (``[speech] input_device``) > remembered choice > None."""
    if flag:
        return flag
    from mockint.speech.settings import load_speech_settings

    return load_speech_settings().input_device or remembered_input_device()
