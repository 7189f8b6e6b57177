"""Transcribe the pieces of one answer in order, keeping words and voice frames as they come.

Used by the streaming transcriber (one piece at a time, in its worker) and by the analysis of a
finished file (all pieces in a row), so both give the same kind of result.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Union

from mockint.speech.answer import SpokenAnswer, spoken_answer
from mockint.speech.decoding import transcribe_covering
from mockint.speech.transcript import shift_words, words_text
from mockint.speech.voice import VoiceFrames, VoiceTracker, measure_voice

if TYPE_CHECKING:
    from mockint.scoring.model import Word
    from mockint.speech.chunker import Chunk
    from mockint.speech.engines import Transcriber

# A transcriber, or something that returns one when called (a ModelLoader still loading).
TranscriberSource = Union["Transcriber", Callable[[], "Transcriber"]]


@dataclass(frozen=True)
class PreparedPiece:
    """One piece transcribed and measured, not yet part of the answer."""

    start: int  # the chunk's first sample in the recording
    samples: int  # how many samples it had
    previous_text: str  # the text it was transcribed after (the prompt's context)
    words: tuple[Word, ...]  # times in the recording
    voice: VoiceFrames | None


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
        self.commit(self.prepare(chunk))

    def prepare(self, chunk: Chunk) -> PreparedPiece:
        """Transcribe and measure ``chunk`` without adding it (it may be needed later, or not)."""
        previous_text = self.text
        transcript = transcribe_covering(
            self.transcriber(),
            chunk.audio,
            previous_text=previous_text,
            keep_fillers=self._keep_fillers,
            speech_end=chunk.speech_end,
        )
        frames = measure_voice(chunk.audio, chunk.start_s) if self._voice is not None else None
        words = tuple(shift_words(transcript.words, chunk.start_s))
        return PreparedPiece(chunk.start, chunk.audio.size, previous_text, words, frames)

    def fits(self, prepared: PreparedPiece | None, chunk: Chunk) -> bool:
        """``prepared`` was made from the same samples as ``chunk``, after the same text: adding
        it gives exactly what adding ``chunk`` would."""
        return (
            prepared is not None
            and (prepared.start, prepared.samples) == (chunk.start, chunk.audio.size)
            and prepared.previous_text == self.text
        )

    def commit(self, prepared: PreparedPiece) -> None:
        with self._lock:
            self._words.extend(prepared.words)
            self.pieces_done += 1
        if self._voice is not None:
            self._voice.extend(prepared.voice)

    def answer(self, *, audio_s: float, clock_offset_s: float = 0.0) -> SpokenAnswer:
        voice = self._voice.features() if self._voice is not None else None
        return spoken_answer(self.words, voice, audio_s=audio_s, clock_offset_s=clock_offset_s)
