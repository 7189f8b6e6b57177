"""Pace and pauses from word timestamps."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from mockint.scoring.model import Word

LONG_PAUSE_S = 2.5


@dataclass(frozen=True)
class SpeechTiming:
    word_count: int
    duration_s: float | None  # answer clock start -> end of the last word
    latency_s: float | None  # answer clock start -> first word
    span_s: float | None  # first word -> last word
    speaking_s: float | None  # span_s without the long pauses
    words_per_minute: float | None  # over span_s
    long_pauses: tuple[tuple[float, float], ...] = ()  # (start, end) of silences over 2.5 s

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["long_pauses"] = [list(p) for p in self.long_pauses]
        return data


def speech_timing(words: Sequence[Word], *, clock_offset_s: float = 0.0) -> SpeechTiming:
    """Timing of an answer from its words (times from the start of the recording).

    ``clock_offset_s`` is how long after the answer clock started the recording began (0 when
    recording starts with the clock, as in the practice app and for audio files).
    """
    if not words:
        return SpeechTiming(0, None, None, None, None, None)
    first, last = words[0].start, words[-1].end
    span = max(0.0, last - first)
    pauses = tuple(
        (round(before.end, 2), round(after.start, 2))
        for before, after in zip(words, words[1:])
        if after.start - before.end > LONG_PAUSE_S
    )
    speaking = span - sum(end - start for start, end in pauses)
    return SpeechTiming(
        word_count=len(words),
        duration_s=round(max(0.0, last + clock_offset_s), 2),
        latency_s=round(max(0.0, first + clock_offset_s), 2),
        span_s=round(span, 2),
        speaking_s=round(speaking, 2),
        words_per_minute=round(len(words) * 60.0 / span, 1) if span > 0 else None,
        long_pauses=pauses,
    )
