"""The speech problems a user can act on, each described in one line."""

from __future__ import annotations

from mockint.errors import MockintError


class SpeechError(MockintError):
    """Base class of every recording and transcription problem."""


class AudioFileError(SpeechError):
    """An audio file is missing, unreadable, corrupt or empty."""


class ModelError(SpeechError):
    """A transcription engine or model cannot be loaded (missing folder, unknown name, ...)."""


class MicrophoneError(SpeechError):
    """PortAudio missing, no input device, device busy, or the device was lost."""


def first_line(exc: BaseException) -> str:
    """An exception as one short line (its type when it has no message)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
