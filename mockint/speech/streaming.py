"""Transcribe an answer while it is being spoken.

The recorder hands each block of audio to :meth:`StreamingTranscriber.feed`; pieces cut at
pauses are transcribed one after another in a worker thread (with the filler prompt and the end
of the text so far) and their voice measured, and :attr:`partial_text` grows as they finish. At
stop, :meth:`finish` hands over only the remainder after the last cut, waits for it and returns
the whole :class:`SpokenAnswer`, times measured from the start of the recording.

While the speaker pauses and the worker has nothing else to do, it transcribes the remainder
ahead (:meth:`~mockint.speech.chunker.SpeechChunker.take_ahead`): when the pause turns into a
cut, or the stop comes in it with nothing said since, the piece is the same samples after the
same text, so the result made ahead is used as it is (and the stop waits for no transcription). Whether the
worker had time for it changes only how long the stop takes, never the answer.

No Textual here: a UI calls ``feed`` from its recorder callback, reads ``partial_text`` (or gets
``on_update``, called from the worker thread) and calls ``finish`` in a worker.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from mockint.errors import MockintError
from mockint.speech.answer import SpokenAnswer
from mockint.speech.chunker import Chunk, SpeechChunker, streaming_chunker
from mockint.speech.errors import SpeechError
from mockint.speech.pieces import PieceTranscriber, PreparedPiece, TranscriberSource

if TYPE_CHECKING:
    import numpy as np

    from mockint.scoring.model import Word


# How long transcription may go without finishing a piece before the answer is given up on (one
# piece is at most 30 s of audio: seconds of work even on a slow, busy machine).
STALL_S = 180.0
_POLL_S = 0.5


class StreamingTranscriber:
    """Feed audio from one thread; read :attr:`partial_text` from any; :meth:`finish` once."""

    def __init__(
        self,
        transcriber: TranscriberSource,
        *,
        keep_fillers: bool = True,
        chunker: SpeechChunker | None = None,
        on_update: Callable[[str], object] | None = None,
        clock_offset_s: float = 0.0,
        analyse_voice: bool = True,
        ahead: bool = True,
    ) -> None:
        self._pieces = PieceTranscriber(
            transcriber, keep_fillers=keep_fillers, analyse_voice=analyse_voice
        )
        self._chunker = chunker or streaming_chunker()
        self._on_update = on_update
        self._transcribe_ahead = ahead  # False: the remainder waits for the stop (saves CPU)
        self._clock_offset_s = clock_offset_s
        self._queue: queue.Queue[Chunk | _Ahead | None] = queue.Queue()
        self._ahead: PreparedPiece | None = None  # the remainder transcribed during a pause
        self.ahead_used = False  # the last piece handled had been done ahead
        self._error: BaseException | None = None
        self._closed = False
        self._submitted = 0
        self._handled = 0
        self._worker = threading.Thread(target=self._run, name="mockint-transcribe", daemon=True)
        self._worker.start()

    # -- the recording side -----------------------------------------------------------------
    def feed(self, block: np.ndarray) -> None:
        """Add recorded samples (16 kHz, int16 or float32); finished pieces go to the worker."""
        if self._closed:
            return
        for chunk in self._chunker.feed(block):
            self._submit(chunk)
        ahead = self._chunker.take_ahead()
        if ahead is not None and self._transcribe_ahead:
            self._queue.put(_Ahead(ahead))

    @property
    def partial_text(self) -> str:
        return self._pieces.text

    @property
    def words(self) -> tuple[Word, ...]:
        return self._pieces.words

    @property
    def pieces_done(self) -> int:
        return self._pieces.pieces_done

    @property
    def pieces_pending(self) -> int:
        """Pieces cut but not transcribed yet (waiting or in progress): "transcribing..." in a UI."""
        return self._submitted - self._handled

    @property
    def received_s(self) -> float:
        return self._chunker.received_s

    def wait_idle(self) -> None:
        """Wait until everything fed so far is handled (pieces and work ahead)."""
        self._queue.join()

    def finish(self, stall_s: float | None = STALL_S) -> SpokenAnswer:
        """Transcribe what is left after the last cut and return the whole answer.

        Waits as long as the work goes on (a loaded machine is slow, not broken); only when no
        piece has been finished for ``stall_s`` seconds does it give up (None: never)."""
        if not self._closed:
            self._closed = True
            remainder = self._chunker.finish()
            if remainder is not None:
                self._submit(remainder)
            self._queue.put(None)
        handled, since = self._handled, time.monotonic()
        while self._worker.is_alive():
            self._worker.join(_POLL_S)
            if self._handled != handled:
                handled, since = self._handled, time.monotonic()
            elif stall_s is not None and self._worker.is_alive() and time.monotonic() - since > stall_s:
                raise SpeechError(f"transcription made no progress for {stall_s:.0f} s")
        if self._error is not None:
            if isinstance(self._error, MockintError):
                raise self._error
            raise SpeechError(f"transcription failed: {type(self._error).__name__}: {self._error}")
        return self._pieces.answer(
            audio_s=self._chunker.received_s, clock_offset_s=self._clock_offset_s
        )

    def cancel(self) -> None:
        """Stop without transcribing the rest (the answer was abandoned or typed instead)."""
        if not self._closed:
            self._closed = True
            self._error = SpeechError("transcription cancelled")
            self._queue.put(None)

    # -- the worker ---------------------------------------------------------------------------
    def _submit(self, chunk: Chunk) -> None:
        self._submitted += 1
        self._queue.put(chunk)

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            if isinstance(item, _Ahead):
                self._prepare_ahead(item.chunk)
                self._queue.task_done()
                continue
            try:
                if self._error is None:  # after an error, drain: finish() reports it
                    self._add(item)
                    if self._on_update is not None:
                        self._on_update(self._pieces.text)
            except BaseException as exc:  # noqa: BLE001 - handed to finish(), never lost
                self._error = exc
            finally:
                self._handled += 1
                self._queue.task_done()

    def _add(self, chunk: Chunk) -> None:
        ahead, self._ahead = self._ahead, None
        used = self._pieces.fits(ahead, chunk)  # the cut or the stop came in that pause
        if used:
            assert ahead is not None
            self._pieces.commit(ahead)
        else:
            self._pieces.add(chunk)
        self.ahead_used = used

    def _prepare_ahead(self, chunk: Chunk) -> None:
        """Transcribe the remainder of a pause, only when nothing newer waits (a later pause,
        a cut or the stop would make it stale or do it anyway)."""
        if self._error is not None or not self._queue.empty():
            return
        try:
            self._ahead = self._pieces.prepare(chunk)
        except Exception:  # noqa: BLE001 - only a head start: the stop transcribes it again
            self._ahead = None


class _Ahead:
    """A queued remainder to transcribe ahead (see :meth:`SpeechChunker.take_ahead`)."""

    def __init__(self, chunk: Chunk) -> None:
        self.chunk = chunk
