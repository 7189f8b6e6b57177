"""What the spoken-answer app tests share (this module holds helpers and fixtures, no tests).

Only the microphone is fake: :class:`~tests.speech.fakes.FakeInputStream` plays real speech
(``../shared/speech/jfk.flac``, decoded to 16 kHz) into the real recorder; transcription is the
real faster-whisper model, loaded once per test module.
"""

from __future__ import annotations

import functools
import threading
from pathlib import Path

import numpy as np
import pytest

from mockint.session.options import SessionOptions
from mockint.speech.devices import InputDevice
from mockint.speech.microphone import SpeechSetup
from mockint.tui.app import PracticeRequest

from ..conftest import SPEECH_DIR
from ..speech.fakes import FakeInputStream, as_int16

RATE = 16_000
FAKE_MIC = InputDevice(index=7, name="Fake USB microphone", channels=1, default_samplerate=16000.0, is_default=True)
OTHER_MIC = InputDevice(index=9, name="Desk microphone", channels=2, default_samplerate=48000.0)
JFK_WORDS = "ask not what your country can do for you"


@pytest.fixture(scope="module")
def transcriber():
    """The default engine (bundled tiny.en, int8, 2 threads), loaded once for the module."""
    from mockint.speech.engines import load_transcriber
    from mockint.speech.settings import SpeechSettings

    return load_transcriber(SpeechSettings())


@functools.cache
def jfk() -> np.ndarray:
    """JFK's 11 s, decoded to 16 kHz mono int16, as a microphone would deliver it."""
    from mockint.speech.audio import load_audio

    return as_int16(load_audio(SPEECH_DIR / "jfk.flac"))


def jfk_twice(gap_s: float = 1.5) -> np.ndarray:
    """About 24 s: long enough to be cut at the pause and transcribed while still speaking."""
    return np.concatenate([jfk(), np.zeros(int(gap_s * RATE), np.int16), jfk()])


MACHINE_SPEED_TIMEOUT_S = 300.0  # only a hung test fails: never a slow or loaded machine


async def wait_for(pilot, predicate, *, what: str) -> None:
    """Let the app run until ``predicate()`` holds, however long the model or the machine takes."""
    from .conftest import wait_until

    await wait_until(pilot, predicate, timeout=MACHINE_SPEED_TIMEOUT_S, what=what)


def normalised(text: str) -> str:
    return " ".join("".join(c for c in text.lower() if c.isalnum() or c.isspace()).split())


def speech_setup(
    audio: np.ndarray | None,
    transcriber=None,
    *,
    devices: tuple[InputDevice, ...] = (FAKE_MIC,),
    load_model=None,
    player=None,
    **stream_options,
) -> SpeechSetup:
    """A machine with ``devices`` whose microphone plays ``audio`` (then silence)."""
    return SpeechSetup(
        stream_factory=None if audio is None else functools.partial(FakeInputStream, audio, **stream_options),
        list_devices=lambda: list(devices),
        load_model=load_model or (lambda settings: transcriber),
        player=player,
    )


def spoken_practice(**options) -> PracticeRequest:
    """One spoken question of the practice-demo bank, answered at once unless told otherwise."""
    defaults = {"count": 1, "think_seconds": 0, "mode": "spoken"}
    return PracticeRequest("practice-demo", SessionOptions(**(defaults | options)))


class FakePlayer:
    """Stands in for the speakers: records what it was asked to play; can block until stopped."""

    def __init__(self, *, block: bool = False) -> None:
        self.played: list[Path] = []
        self.stops = 0
        self._block = block
        self._stopped = threading.Event()

    def play(self, path: Path) -> None:
        self.played.append(path)
        if self._block:
            self._stopped.wait(10)

    def stop(self) -> None:
        self.stops += 1
        self._stopped.set()
