"""Cut a stream of audio into pieces at pauses, so each piece can be transcribed while the user
keeps talking.

A piece ends ``trail_s`` into the first pause of ``pause_s`` once it is ``min_chunk_s`` long (a
shorter pause will do once it is ``late_after_s`` long); at ``max_chunk_s`` it is cut at the
quietest frame of its last two seconds. Silence before speech is dropped, so Whisper never sees a
piece with nothing in it (where it would invent text); the remainder at stop ends ``trail_s``
after its last speech.

Ahead of the stop: once ``trail_s`` of silence follows speech that is not cut yet, the piece the
stop would hand over if it came now is offered by :meth:`SpeechChunker.take_ahead`; a
transcriber that is idle can do it then, and at stop only check that nothing was said since.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mockint.speech.audio import SAMPLE_RATE, to_float32
from mockint.speech.vad import FRAME_S, FRAME_SAMPLES, EnergyVad

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True)
class Chunk:
    start: int  # sample index of audio[0] in the whole recording
    audio: np.ndarray  # 16 kHz mono float32
    speech_end: float  # seconds from the chunk's start to the end of its last speech frame
    final: bool = False  # the remainder handed over at stop

    @property
    def start_s(self) -> float:
        return self.start / SAMPLE_RATE

    @property
    def duration_s(self) -> float:
        return len(self.audio) / SAMPLE_RATE


def _frames(seconds: float) -> int:
    return max(1, round(seconds / FRAME_S))


class SpeechChunker:
    """Feed blocks with :meth:`feed` (finished pieces come back), then :meth:`finish` at stop."""

    def __init__(
        self,
        vad: EnergyVad | None = None,
        *,
        pause_s: float = 0.5,
        late_pause_s: float = 0.3,
        late_after_s: float = 12.0,
        min_chunk_s: float = 3.0,
        max_chunk_s: float = 25.0,
        lead_s: float = 0.3,
        min_speech_s: float = 0.15,
        trail_s: float = 0.3,
    ) -> None:
        import numpy as np

        self._np = np
        self.vad = vad or EnergyVad()
        self._pause = _frames(pause_s)
        self._late_pause = _frames(late_pause_s)
        self._late_after = _frames(late_after_s)
        self._min_chunk = _frames(min_chunk_s)
        self._max_chunk = _frames(max_chunk_s)
        self._lead = _frames(lead_s)
        self._min_speech = _frames(min_speech_s)
        self._trail = _frames(trail_s)
        self._ahead: Chunk | None = None
        self._pending = np.zeros(0, dtype=np.float32)
        self._start = 0  # sample index of the current piece's first frame
        self._frames: list[np.ndarray] = []
        self._speech: list[bool] = []
        self._levels: list[float] = []
        self._received = 0
        self.last_speech_end_s: float | None = None  # in the whole recording

    @property
    def received_s(self) -> float:
        return self._received / SAMPLE_RATE

    def feed(self, block: np.ndarray) -> list[Chunk]:
        """Add recorded samples (int16 or float, mono or (n, 1)); returns the pieces finished."""
        samples = to_float32(block)
        self._received += samples.size
        pending = self._np.concatenate((self._pending, samples)) if self._pending.size else samples
        whole = pending.size // FRAME_SAMPLES
        done: list[Chunk] = []
        for index in range(whole):
            chunk = self._add_frame(pending[index * FRAME_SAMPLES : (index + 1) * FRAME_SAMPLES])
            if chunk is not None:
                done.append(chunk)
        self._pending = pending[whole * FRAME_SAMPLES :].copy()
        return done

    def finish(self) -> Chunk | None:
        """The remainder after the last cut, if it holds speech (call once, at stop)."""
        if self._pending.size:
            self._frames.append(self._pending)
            self._speech.append(False)
            self._levels.append(-100.0)
            self._pending = self._np.zeros(0, dtype=self._np.float32)
        self._ahead = None
        if not self._frames:
            return None
        return self._final_cut()

    def take_ahead(self) -> Chunk | None:
        """The remainder as :meth:`finish` would return it now, once per pause after speech
        (None when there is no new one): what to transcribe ahead while the speaker pauses."""
        ahead, self._ahead = self._ahead, None
        return ahead

    # -- frame by frame ------------------------------------------------------------------
    def _add_frame(self, frame: np.ndarray) -> Chunk | None:
        speech, level = self.vad.is_speech(frame)
        self._frames.append(frame)
        self._speech.append(speech)
        self._levels.append(level)
        count = len(self._frames)
        if speech:
            self.last_speech_end_s = (self._start + count * FRAME_SAMPLES) / SAMPLE_RATE
        last = self._last_speech_frame()
        if last is None:
            self._drop_leading_silence()
            return None
        silence_run = count - last
        pause = self._late_pause if count >= self._late_after else self._pause
        if silence_run >= pause and count >= self._min_chunk:
            self._ahead = None  # the same samples as the one offered ahead, if any
            return self._cut(last + min(silence_run, self._trail))
        if count >= self._max_chunk:
            self._ahead = None
            return self._cut(self._quietest_cut())
        if silence_run == self._trail:
            self._ahead = self._final_piece(last)
        return None

    def _last_speech_frame(self) -> int | None:
        """Index just after the last speech frame of the current piece."""
        for index in range(len(self._speech) - 1, -1, -1):
            if self._speech[index]:
                return index + 1
        return None

    def _drop_leading_silence(self) -> None:
        extra = len(self._frames) - self._lead
        if extra > 0:
            del self._frames[:extra], self._speech[:extra], self._levels[:extra]
            self._start += extra * FRAME_SAMPLES

    def _quietest_cut(self) -> int:
        """A forced cut: just after the quietest frame in the last two seconds."""
        window = _frames(2.0)
        first = max(1, len(self._levels) - window)
        tail = self._levels[first:]
        return first + tail.index(min(tail)) + 1

    def _final_cut(self) -> Chunk | None:
        """The remainder, ending ``trail_s`` after its last speech frame; the rest is dropped."""
        last = self._last_speech_frame()
        piece = None if last is None else self._final_piece(last)
        self._start += sum(frame.size for frame in self._frames)
        self._frames.clear()
        self._speech.clear()
        self._levels.clear()
        return piece

    def _final_piece(self, last: int) -> Chunk | None:
        """The frames up to ``trail_s`` after ``last`` (just after the last speech frame), as
        the final piece, without cutting them."""
        at = min(len(self._frames), last + self._trail)
        if sum(self._speech[:at]) < self._min_speech:
            return None
        audio = self._np.concatenate(self._frames[:at])
        return Chunk(self._start, audio, last * FRAME_S, final=True)

    def _cut(self, at: int) -> Chunk | None:
        speech_flags = self._speech[:at]
        audio = self._np.concatenate(self._frames[:at]) if at else self._np.zeros(0, self._np.float32)
        chunk_start = self._start
        del self._frames[:at], self._speech[:at], self._levels[:at]
        self._start += audio.size
        if sum(speech_flags) < self._min_speech:
            return None  # a click or a breath, not words
        last = max(i for i, s in enumerate(speech_flags) if s) + 1
        return Chunk(chunk_start, audio, last * FRAME_S)


def streaming_chunker() -> SpeechChunker:
    """While recording: pieces of 8 s or more (shorter ones lose accuracy), so that at stop only
    the few seconds since the last pause are left to transcribe."""
    return SpeechChunker(min_chunk_s=8.0)


def offline_chunker() -> SpeechChunker:
    """A finished recording: longer pieces, fewer calls; nobody is waiting for the first words."""
    return SpeechChunker(min_chunk_s=15.0, pause_s=0.3)
