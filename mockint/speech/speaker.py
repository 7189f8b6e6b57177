"""The interviewer's voice: questions read aloud offline, and the app's two sound cues.

One small interface, :class:`Speaker`: ``say(text)`` blocks until the text has been spoken (call it
in a worker thread), ``stop()`` cuts it short from another thread, and ``available()`` says why it
cannot speak here (None when it can). :class:`EspeakSpeaker` runs ``espeak-ng -w`` in a subprocess
to write a WAV file, then plays it through the app's :class:`~mockint.speech.playback.Player` (the
device boundary), so "no espeak-ng" and "no sound output" are both one clear line.

Settings: ``[voice]`` in the config file (``--voice``/``--no-voice`` win for ``mockint practice``)::

    [voice]
    enabled = false     # read each question aloud; the think clock starts when it has been read
    cues = true         # a short sound when the answer clock starts and at 10 s left, with the
                        # voice on or off; false: never. Not set: on with the voice, off without.
    rate = 165          # words a minute, 80..400
    espeak_voice = "en" # an espeak-ng voice (`espeak-ng --voices` lists them)
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from mockint import paths
from mockint.config import config_section
from mockint.errors import ConfigError
from mockint.speech.errors import SpeechError, first_line
from mockint.speech.playback import PlaybackError, Player

ESPEAK = "espeak-ng"
RATE_RANGE = (80, 400)
SYNTHESIS_TIMEOUT_S = 60.0
CUE_FILES = {"answer-start": "answer-start.wav", "time-nearly-up": "time-nearly-up.wav"}


class VoiceError(SpeechError):
    """The question cannot be read aloud here (no espeak-ng, no sound output, a failed run)."""


@dataclass(frozen=True)
class VoiceSettings:
    enabled: bool = False
    cues: bool | None = None  # None (not set): the cues follow the voice
    rate: int = 165
    espeak_voice: str = "en"

    @property
    def cues_on(self) -> bool:
        """``cues`` when it is set (true plays them without the voice too), else the voice's switch:
        a user who never set ``cues`` hears them exactly when the questions are read aloud."""
        return self.enabled if self.cues is None else self.cues


_KNOWN: dict[str, type] = {"enabled": bool, "cues": bool, "rate": int, "espeak_voice": str}


def load_voice_settings(*, enabled: bool | None = None) -> VoiceSettings:
    """``[voice]`` of the config file, then ``enabled`` (``--voice``/``--no-voice``) if given.

    A bad value is one :class:`ConfigError` line naming the file and the setting."""
    where = str(paths.config_file())
    values: dict[str, Any] = {}
    for key, value in config_section("voice").items():
        kind = _KNOWN.get(key)
        if kind is None:
            raise ConfigError(f"{where}: voice.{key}: unknown setting (known: {', '.join(_KNOWN)})")
        wrong_bool = kind is int and isinstance(value, bool)
        if wrong_bool or not isinstance(value, kind):
            expected = {bool: "true or false", int: "a whole number", str: "text"}[kind]
            raise ConfigError(f"{where}: voice.{key}: must be {expected}, not {value!r}")
        values[key] = value
    low, high = RATE_RANGE
    if not low <= values.get("rate", low) <= high:
        raise ConfigError(f"{where}: voice.rate: must be between {low} and {high} words a minute")
    voice = values.get("espeak_voice")
    if voice is not None and (not voice.strip() or not voice.replace("-", "").replace("+", "").isalnum()):
        raise ConfigError(f"{where}: voice.espeak_voice: not a voice name: {voice!r}")
    settings = replace(VoiceSettings(), **values)
    return settings if enabled is None else replace(settings, enabled=enabled)


class Speaker(Protocol):
    def available(self) -> str | None:
        """Why nothing can be spoken here (one line), or None when it can."""
        ...

    def say(self, text: str) -> None:
        """Speak ``text`` to the end (or until :meth:`stop`); raises :class:`SpeechError`."""
        ...

    def stop(self) -> None:
        """Cut a ``say`` in progress short (called from another thread); harmless otherwise."""
        ...


def speakable(text: str) -> str:
    """``text`` without control characters (a bank's text is untrusted), on one line."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


Runner = Callable[..., "subprocess.CompletedProcess[bytes]"]


class EspeakSpeaker:
    """espeak-ng writes the speech to a WAV file; ``player`` plays it (a fake in tests)."""

    def __init__(
        self,
        player: Player,
        settings: VoiceSettings | None = None,
        *,
        executable: str = ESPEAK,
        run: Runner = subprocess.run,
    ) -> None:
        self.player = player
        self.settings = settings or VoiceSettings()
        self.executable = executable
        self._run = run
        self._stopped = threading.Event()

    def available(self) -> str | None:
        if shutil.which(self.executable) is None:
            return f"{self.executable} is not installed (Debian/Ubuntu: sudo apt install espeak-ng)"
        return None

    def synthesize(self, text: str, wav_path: Path) -> Path:
        """Write ``text`` spoken to ``wav_path`` (a WAV file); raises :class:`VoiceError`."""
        problem = self.available()
        if problem is not None:
            raise VoiceError(problem)
        command = [
            self.executable,
            "-v", self.settings.espeak_voice,
            "-s", str(self.settings.rate),
            "-w", str(wav_path),
            "--stdin",
        ]
        try:
            done = self._run(
                command,
                input=speakable(text).encode("utf-8"),
                capture_output=True,
                timeout=SYNTHESIS_TIMEOUT_S,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise VoiceError(f"{self.executable} could not run: {first_line(exc)}") from None
        if done.returncode != 0 or not wav_path.is_file():
            detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
            reason = detail[0] if detail else f"exit status {done.returncode}"
            raise VoiceError(f"{self.executable} failed: {reason}")
        return wav_path

    def say(self, text: str) -> None:
        self._stopped.clear()
        with tempfile.TemporaryDirectory(prefix="mockint-voice-") as folder:
            wav = self.synthesize(text, Path(folder) / "question.wav")
            if self._stopped.is_set():
                return
            try:
                self.player.play(wav)
            except PlaybackError as exc:
                if exc.no_output_detail is None:
                    raise
                raise VoiceError(f"no sound output to speak on ({exc.no_output_detail})") from None

    def stop(self) -> None:
        self._stopped.set()
        self.player.stop()


def sounds_dir() -> Path:
    """The app's sounds: inside the wheel, or the repository's ``assets/sounds`` in a checkout."""
    package = Path(__file__).resolve().parents[1]
    packaged = package / "_sounds"
    return packaged if packaged.is_dir() else package.parent / "assets" / "sounds"


def cue_file(name: str) -> Path:
    """One of the app's sound cues (``answer-start``, ``time-nearly-up``)."""
    return sounds_dir() / CUE_FILES[name]


def play_cue(player: Player, name: str) -> None:
    """Play a cue to the end (blocking); raises :class:`SpeechError` when it cannot be."""
    path = cue_file(name)
    if not path.is_file():
        raise VoiceError(f"the sound {path} is missing")
    try:
        player.play(path)
    except PlaybackError as exc:
        if exc.no_output_detail is None:
            raise
        raise VoiceError(f"no sound output to play them on ({exc.no_output_detail})") from None
