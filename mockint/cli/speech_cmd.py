"""Sub-commands ``devices``, ``record`` and ``transcribe``: the microphone and the transcriber.

Everything heavy (sounddevice, numpy, Whisper) is imported inside the handlers.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from mockint.cli import output
from mockint.cli.common import number_option

ENGINES = ("faster-whisper", "openai-whisper")
LONG_RECORDING_S = 60.0  # recordings longer than this show how far transcribing has got


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add this module's sub-commands."""
    devices = subparsers.add_parser(
        "devices",
        help="list microphones (input devices) and choose one",
        description="List the input devices; * marks the one mockint records from.",
    )
    choice = devices.add_mutually_exclusive_group()
    choice.add_argument("--choose", metavar="DEVICE", help="remember DEVICE (index or name)")
    choice.add_argument("--forget", action="store_true", help="go back to the system default")
    devices.set_defaults(func=run_devices)

    record = subparsers.add_parser(
        "record",
        help="record the microphone to a WAV file (a microphone check)",
        description="Record from the chosen microphone, then print the level and the file.",
    )
    record.add_argument("out", type=Path, metavar="OUT.wav", help="the WAV file to write")
    record.add_argument("--seconds", type=number_option(0.1, 3600, unit="seconds"), default=5.0, help="how long (default 5)")
    record.add_argument("--device", help="input device index or name (default: the chosen one)")
    record.set_defaults(func=run_record)

    transcribe = subparsers.add_parser(
        "transcribe",
        help="transcribe an audio file offline",
        description="Transcribe WAV, FLAC, MP3 or OGG (any sample rate, mono or stereo) on "
        "this machine; filler words are kept.",
    )
    transcribe.add_argument("file", type=Path, metavar="FILE")
    transcribe.add_argument("--engine", choices=ENGINES, help="default: faster-whisper")
    transcribe.add_argument(
        "--model",
        help="faster-whisper: a CTranslate2 model folder or tiny.en (bundled); "
        "openai-whisper: a .pt checkpoint or a model name already downloaded",
    )
    transcribe.add_argument("--json", action="store_true", help="words with start/end times")
    transcribe.set_defaults(func=run_transcribe)


def run_devices(args: argparse.Namespace) -> int:
    from mockint.speech.devices import (
        NO_MICROPHONE,
        InputDevice,
        chosen_input_device,
        find_input_device,
        list_input_devices,
        remember_input_device,
    )
    from mockint.speech.errors import MicrophoneError

    devices = list_input_devices()
    if not devices:
        output.error(NO_MICROPHONE)
        return 1
    if args.forget:
        remember_input_device(None)
    elif args.choose:
        remember_input_device(find_input_device(devices, args.choose).name)
    try:
        chosen: InputDevice | None = find_input_device(devices, chosen_input_device())
    except MicrophoneError as exc:
        chosen = None
        output.error(str(exc))
    for device in devices:
        mark = "*" if chosen is not None and device.index == chosen.index else " "
        default = " (system default)" if device.is_default else ""
        output.line(
            f"{mark} {device.index:>3}  {output.cell(device.name)}{default}  "
            f"[{device.channels} ch, {device.default_samplerate:.0f} Hz]"
        )
    if args.choose and chosen is not None:
        output.line(f"mockint will record from: {chosen.name}")
    return 0


def run_record(args: argparse.Namespace) -> int:
    from mockint.speech.recorder import Recorder

    meter = _LevelMeter() if sys.stderr.isatty() else None
    recorder = Recorder(
        args.out, device=args.device, max_seconds=args.seconds, on_level=meter
    )
    recorder.start()
    output.note(f"Recording {args.seconds:g} s from {recorder.device_name}... (Ctrl+C stops)")
    try:
        recorder.wait(args.seconds + 5.0)
    except KeyboardInterrupt:
        pass
    result = recorder.stop()
    if meter is not None:
        sys.stderr.write("\n")
    output.line(f"Saved {result.seconds:.1f} s to {result.path}")
    output.line(f"Level: peak {recorder.peak_dbfs:.1f} dBFS" + _level_advice(recorder.peak_dbfs))
    if result.error:
        output.error(result.error)
        return 1
    return 0


def _level_advice(peak_dbfs: float) -> str:
    if peak_dbfs <= -60:
        return " (silence: is the microphone muted or the wrong one chosen? see `mockint devices`)"
    if peak_dbfs <= -40:
        return " (very quiet: speak closer or raise the input volume)"
    if peak_dbfs >= -1:
        return " (clipping: lower the input volume)"
    return " (good)"


class _LevelMeter:
    """A one-line meter on the terminal, updated from the recorder's writer thread."""

    def __call__(self, dbfs: float) -> None:
        filled = max(0, min(40, int((dbfs + 60) * 40 / 60)))
        sys.stderr.write(f"\r[{'#' * filled}{' ' * (40 - filled)}] {dbfs:6.1f} dBFS")
        sys.stderr.flush()


def run_transcribe(args: argparse.Namespace) -> int:
    from mockint.speech.analysis import analyze_audio_file
    from mockint.speech.settings import load_speech_settings

    settings = load_speech_settings(engine=args.engine, model=args.model)
    with transcription_feedback() as feedback:
        answer = analyze_audio_file(args.file, settings=settings, analyse_voice=args.json, **feedback)
    if args.json:
        data = answer.to_dict()
        data = {"file": str(args.file), "engine": settings.engine, "model": settings.model_label, **data}
        output.print_json(data)
    else:
        output.line(answer.text)
    return 0


@contextmanager
def transcription_feedback() -> Iterator[dict[str, Any]]:
    """The ``on_notice``/``on_progress`` of ``analyze_audio_file`` for a command: a notice (a
    truncated WAV file) is a ``mockint: note:`` line on stderr; progress is shown only when
    stderr is a terminal (a script's stderr stays clean), on one line cleared at the end."""
    progress = TranscribeProgress(sys.stderr) if sys.stderr.isatty() else None
    try:
        yield {"on_notice": lambda notice: output.error(f"note: {notice}"), "on_progress": progress}
    finally:
        if progress is not None:
            progress.clear()


class TranscribeProgress:
    """``transcribing… 45 s of 300 s`` on one line of ``stream``, for recordings over a minute."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._width = 0

    def __call__(self, done_s: float, total_s: float) -> None:
        if total_s <= LONG_RECORDING_S:
            return
        text = f"transcribing… {done_s:.0f} s of {total_s:.0f} s"
        self._stream.write("\r" + text.ljust(self._width))
        self._stream.flush()
        self._width = max(self._width, len(text))

    def clear(self) -> None:
        if self._width:
            self._stream.write("\r" + " " * self._width + "\r")
            self._stream.flush()
            self._width = 0
