"""Play an answer's recording again (the review screen), through sounddevice by default.

A :class:`Player` plays a file to the end (blocking: call it in a worker thread) and can be
stopped from another thread. :func:`play_recording` finds the stored recording first, so a file
that was deleted is a clear one-line :class:`PlaybackError`, whatever the player.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from mockint import paths
from mockint.speech.errors import SpeechError, first_line


class PlaybackError(SpeechError):
    """A recording cannot be played: the file is gone, or there is no sound output
    (``no_output_detail``: PortAudio's words then, else None)."""

    def __init__(self, message: str, *, no_output_detail: str | None = None) -> None:
        super().__init__(message)
        self.no_output_detail = no_output_detail


class Player(Protocol):
    def play(self, path: Path) -> None:
        """Play ``path`` to the end (or until :meth:`stop`); raises :class:`PlaybackError`."""
        ...

    def stop(self) -> None:
        """End a playback in progress (called from another thread); harmless otherwise."""
        ...


def recording_file(audio_path: str) -> Path:
    """A stored ``audio_path`` as a file: relative names are in the recordings folder."""
    return paths.recordings_dir() / audio_path  # an absolute path stays as it is


def play_recording(player: Player, audio_path: str | None) -> Path:
    """Play an answer's recording with ``player``; the file played."""
    if not audio_path:
        raise PlaybackError("this answer has no recording (it was typed)")
    path = recording_file(audio_path)
    if not path.is_file():
        raise PlaybackError(f"the recording {path} is gone (deleted or moved), so it cannot be played")
    player.play(path)
    return path


def no_output(path: Path, detail: str) -> PlaybackError:
    """The error for a machine without a usable sound output (``detail``: PortAudio's words)."""
    return PlaybackError(
        f"no sound output to play the recording on ({detail}); the file is {path}", no_output_detail=detail
    )


class SoundDevicePlayer:
    """The default output device, through sounddevice (PortAudio)."""

    def play(self, path: Path) -> None:
        try:
            import sounddevice as sd
        except OSError:
            raise PlaybackError(
                "the PortAudio library is missing, so nothing can be played: install it "
                "(Debian/Ubuntu: sudo apt install libportaudio2)"
            ) from None
        import soundfile as sf

        try:
            data, rate = sf.read(str(path), dtype="int16")
        except (OSError, RuntimeError) as exc:  # soundfile's errors derive from these
            raise PlaybackError(f"{path}: cannot read the recording ({first_line(exc)})") from None
        try:
            sd.play(data, rate)
            sd.wait()
        except sd.PortAudioError as exc:
            raise no_output(path, first_line(exc)) from None

    def stop(self) -> None:
        try:
            import sounddevice as sd
        except OSError:
            return  # nothing can be playing without PortAudio
        sd.stop()
