"""Can this session take spoken answers, and from which microphone?

:class:`SpeechSetup` is what the app is given (``make_app(speech=...)``): the ``--device`` flag and
the device boundaries a test replaces (the input stream, the device list, the model loading, the
player). :func:`check_speech` turns it into a :class:`SpeechStatus`: the input devices, the one
to record from, or the one-line reason speaking is not possible (PortAudio missing, no
microphone, a bad ``[speech]`` config). It lists devices, so call it off the UI thread.

:func:`open_microphone` is the one place a device choice becomes a stream to record from: the
recorder (``mockint record``) and a practice take both open their device through it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mockint.errors import MockintError
from mockint.speech.devices import NO_MICROPHONE, InputDevice, find_input_device
from mockint.speech.errors import MicrophoneError

if TYPE_CHECKING:
    from mockint.speech.engines import Transcriber
    from mockint.speech.playback import Player
    from mockint.speech.settings import SpeechSettings
    from mockint.speech.speaker import Speaker

StreamFactory = Callable[..., Any]


@dataclass(frozen=True)
class SpeechSetup:
    """Where spoken answers come from. Every ``None`` means the real thing."""

    device: str | None = None  # --device: an index or (part of) a name; wins over any choice
    stream_factory: StreamFactory | None = None  # like sounddevice.InputStream (a fake in tests)
    list_devices: Callable[[], list[InputDevice]] | None = None  # raises MicrophoneError
    load_model: Callable[[SpeechSettings | None], Transcriber] | None = None
    player: Player | None = None  # plays a recording in the review screen, and the sound cues
    speaker: Speaker | None = None  # reads questions aloud (default: espeak-ng through ``player``)

    def input_devices(self) -> list[InputDevice]:
        if self.list_devices is not None:
            return self.list_devices()
        from mockint.speech.devices import list_input_devices

        return list_input_devices()


@dataclass(frozen=True)
class Microphone:
    """A resolved input device and how to open a stream on it (``sounddevice.InputStream`` args)."""

    name: str | None  # what the user knows it as (None: the system default of a fake stream)
    index: int | str | None
    stream_factory: StreamFactory

    def open(self, **stream_args: Any) -> Any:
        return self.stream_factory(**dict(stream_args, device=self.index))


def open_microphone(setup: SpeechSetup, choice: str | None) -> Microphone:
    """The device ``choice`` names (index, name or part of one; None: the default) on ``setup``.

    Raises :class:`MicrophoneError` (no microphone, an unknown or ambiguous name) with one line.
    """
    chosen = find_input_device(setup.input_devices(), choice)
    if setup.stream_factory is not None:
        return Microphone(chosen.name, chosen.index, setup.stream_factory)
    from mockint.speech.devices import import_sounddevice

    return Microphone(chosen.name, chosen.index, import_sounddevice().InputStream)


@dataclass(frozen=True)
class SpeechStatus:
    """The answer of :func:`check_speech`."""

    problem: str | None = None  # why speaking is not possible (None: it is)
    devices: tuple[InputDevice, ...] = ()
    chosen: InputDevice | None = None  # where recording will come from
    settings: SpeechSettings | None = None
    note: str | None = None  # e.g. the remembered microphone is not connected

    @property
    def usable(self) -> bool:
        return self.problem is None


def device_choice(setup: SpeechSetup, settings: SpeechSettings | None, remembered: str | None) -> str | None:
    """The device asked for: ``--device`` > ``[speech] input_device``/environment > remembered."""
    return setup.device or (settings.input_device if settings else None) or remembered


def check_speech(setup: SpeechSetup, remembered: str | None = None) -> SpeechStatus:
    """Whether spoken answers can be recorded, never raising for a missing microphone."""
    from mockint.speech.settings import load_speech_settings

    try:
        settings = load_speech_settings()
    except MockintError as exc:
        return SpeechStatus(problem=str(exc))
    try:
        devices = setup.input_devices()
    except MockintError as exc:  # the PortAudio library is missing, or listing failed
        return SpeechStatus(problem=str(exc), settings=settings)
    if not devices:
        return SpeechStatus(problem=NO_MICROPHONE, settings=settings)
    note = None
    try:
        chosen = find_input_device(devices, device_choice(setup, settings, remembered))
    except MicrophoneError as exc:
        chosen = find_input_device(devices, None)
        note = f"{exc}; recording from {chosen.name} instead"
    return SpeechStatus(devices=tuple(devices), chosen=chosen, settings=settings, note=note)
