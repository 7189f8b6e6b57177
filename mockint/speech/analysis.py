"""Transcribe and measure a finished recording (``mockint transcribe``, ``mockint score --audio``).

The recording is cut at pauses into pieces of 15 to 25 seconds (one Whisper window each) and
the pieces are transcribed in order. Whisper's own walk through a long file sometimes skips a
stretch of speech when a window ends early; one window per piece, with the dropped-ending guard,
does not.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from mockint.speech.answer import SpokenAnswer
from mockint.speech.audio import SAMPLE_RATE, load_audio
from mockint.speech.chunker import offline_chunker
from mockint.speech.pieces import PieceTranscriber, TranscriberSource

if TYPE_CHECKING:
    import numpy as np

    from mockint.speech.settings import SpeechSettings


def analyze_audio(
    audio: np.ndarray,
    transcriber: TranscriberSource,
    *,
    keep_fillers: bool = True,
    analyse_voice: bool = True,
    clock_offset_s: float = 0.0,
    on_progress: Callable[[float, float], None] | None = None,
) -> SpokenAnswer:
    """Words, timing and voice features of a whole recording (16 kHz mono float32).

    ``on_progress(done_s, total_s)`` is called before the first piece, after each one and at the end."""
    chunker = offline_chunker()
    pieces = chunker.feed(audio)
    remainder = chunker.finish()
    if remainder is not None:
        pieces.append(remainder)
    worker = PieceTranscriber(transcriber, keep_fillers=keep_fillers, analyse_voice=analyse_voice)
    total_s = len(audio) / SAMPLE_RATE
    if on_progress is not None:
        on_progress(0.0, total_s)
    for piece in pieces:
        worker.add(piece)
        if on_progress is not None:
            on_progress(min(total_s, piece.start_s + piece.duration_s), total_s)
    if on_progress is not None:
        on_progress(total_s, total_s)  # silence after the last piece needs no transcribing
    return worker.answer(audio_s=total_s, clock_offset_s=clock_offset_s)


def analyze_audio_file(
    path: str | Path,
    *,
    engine: str | None = None,
    model: str | None = None,
    settings: SpeechSettings | None = None,
    transcriber: TranscriberSource | None = None,
    analyse_voice: bool = True,
    on_notice: Callable[[str], None] | None = None,
    on_progress: Callable[[float, float], None] | None = None,
) -> SpokenAnswer:
    """What ``mockint score --audio FILE`` needs: transcript, timing and voice of one file.

    ``engine``/``model`` override the ``[speech]`` config like the CLI flags do; a ready
    ``transcriber`` skips loading one. ``on_notice`` hears about a truncated file,
    ``on_progress`` as in :func:`analyze_audio`. Raises :class:`~mockint.speech.errors.AudioFileError`,
    :class:`~mockint.speech.errors.ModelError` or a ``ConfigError`` (all ``MockintError``) with
    a one-line message.
    """
    from mockint.speech.engines import load_transcriber
    from mockint.speech.settings import load_speech_settings

    if settings is None:
        settings = load_speech_settings(engine=engine, model=model)
    audio = load_audio(path, on_notice)
    if transcriber is None:
        transcriber = load_transcriber(settings)
    return analyze_audio(
        audio, transcriber, keep_fillers=settings.keep_fillers, analyse_voice=analyse_voice,
        on_progress=on_progress,
    )
