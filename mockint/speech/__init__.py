"""Spoken answers: recording, offline Whisper transcription (also while speaking), voice features.

Plain Python, no Textual; heavy libraries (numpy, sounddevice, faster-whisper, torch)
load only when used. What other packages call:

- :func:`analyze_audio_file` ``(path, *, engine=None, model=None) -> SpokenAnswer`` — transcript,
  word times, timing and voice of a finished file (``mockint score --audio``).
- :class:`SpokenAnswer` — ``text, words, duration_s, latency_s, voice`` (+ ``timing``,
  ``audio_s``); ``answer_fields()`` gives the ``AnswerInput`` keyword arguments.
- :class:`~mockint.speech.loader.ModelLoader` — load and warm up the model in the background.
- :class:`~mockint.speech.take.SpeechTake` — one spoken answer, recorded and transcribed at once:
  ``start()``, ``pause()``/``resume()``, ``partial_text``/``on_partial``, ``on_level``,
  ``on_error``, ``on_limit``, ``stop() -> TakeResult`` (recording + answer); built from the two
  below; :mod:`~mockint.speech.microphone` resolves the device for it.
- :class:`~mockint.speech.recorder.Recorder` — microphone to WAV in the recordings folder, level
  and audio callbacks, injectable ``stream_factory`` for a fake device.
- :class:`~mockint.speech.streaming.StreamingTranscriber` — ``feed`` blocks while recording,
  ``partial_text`` live, ``finish()`` at stop.
- :mod:`~mockint.speech.devices` — input devices and the remembered choice.
- :func:`~mockint.speech.engines.load_transcriber` — one engine behind the ``Transcriber`` protocol.

Errors are :class:`~mockint.speech.errors.SpeechError` subclasses (``MockintError``): one line.
"""

from __future__ import annotations

from mockint.speech.analysis import analyze_audio, analyze_audio_file
from mockint.speech.answer import SpokenAnswer
from mockint.speech.errors import AudioFileError, MicrophoneError, ModelError, SpeechError

__all__ = [
    "AudioFileError",
    "MicrophoneError",
    "ModelError",
    "SpeechError",
    "SpokenAnswer",
    "analyze_audio",
    "analyze_audio_file",
]
