"""Transcribe the pieces of one answer in order, keeping words and voice frames as they come.

Used by the streaming transcriber (one piece at a time, in its worker) and by the analysis of a
finished file (all pieces in a row), so both give the same kind of result.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Union

from mockint.speech.answer import SpokenAnswer, spoken_answer
from mockint.speech.decoding import transcribe_covering
from mockint.speech.transcript import shift_words, words_text
from mockint.speech.voice import VoiceTracker

if TYPE_CHECKING:
    from mockint.scoring.model import Word
    from mockint.speech.chunker import Chunk
    from mockint.speech.engines import Transcriber

# A transcriber, or something that returns one when called (a ModelLoader still loading).
TranscriberSource = Union["Transcriber", Callable[[], "Transcriber"]]


class PieceTranscriber:
    """Thread-safe reads (:attr:`words`, :attr:`text`); :meth:`add` from one thread at a time."""

    def __init__(
        self, source: TranscriberSource, *, keep_fillers: bool = True, analyse_voice: bool = True
    ) -> None:
        self._source = source
        self._keep_fillers = keep_fillers
        self._voice = VoiceTracker() if analyse_voice else None
        self._lock = threading.Lock()
        self._words: list[Word] = []
        self.pieces_done = 0

    @property
    def words(self) -> tuple[Word, ...]:
        with self._lock:
            return tuple(self._words)

    @property
    def text(self) -> str:
        with self._lock:
            return words_text(self._words)

    def transcriber(self) -> Transcriber:
        """The engine, waiting for it if the source is still loading."""
        if not hasattr(self._source, "transcribe"):
            self._source = self._source()
        return self._source  # type: ignore[return-value]

    def add(self, chunk: Chunk) -> None:
        """Transcribe one piece (with the text so far as context) and measure its voice."""
        transcript = transcribe_covering(
            self.transcriber(),
            chunk.audio,
            previous_text=self.text,
            keep_fillers=self._keep_fillers,
            speech_end=chunk.speech_end,
        )
        with self._lock:
            self._words.extend(shift_words(transcript.words, chunk.start_s))
            self.pieces_done += 1
        if self._voice is not None:
            self._voice.add(chunk.audio, chunk.start_s)

    def answer(self, *, audio_s: float, clock_offset_s: float = 0.0) -> SpokenAnswer:
        voice = self._voice.features() if self._voice is not None else None
        return spoken_answer(self.words, voice, audio_s=audio_s, clock_offset_s=clock_offset_s)
