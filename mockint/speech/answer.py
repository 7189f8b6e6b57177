"""A spoken answer ready for the scorer: words with times, timing metrics and voice features."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from mockint.scoring.model import VoiceFeatures, Word
from mockint.speech.timing import SpeechTiming, speech_timing
from mockint.speech.transcript import words_text


@dataclass(frozen=True)
class SpokenAnswer:
    text: str
    words: tuple[Word, ...]
    duration_s: float | None  # answer clock start -> end of the last word
    latency_s: float | None  # answer clock start -> first word
    voice: VoiceFeatures | None
    timing: SpeechTiming | None = None  # words per minute, long pauses, speaking time
    audio_s: float = 0.0  # length of the recording

    def answer_fields(self) -> dict[str, Any]:
        """Keyword arguments for ``AnswerInput.for_question(answer.text, question, bank, ...)``."""
        return {
            "duration_s": self.duration_s,
            "latency_s": self.latency_s,
            "words": self.words,
            "voice": self.voice,
            "spoken": True,
        }

    def to_dict(self) -> dict[str, Any]:
        voice = self.voice
        return {
            "text": self.text,
            "words": [
                {"word": w.text, "start": w.start, "end": w.end, "probability": w.probability}
                for w in self.words
            ],
            "audio_s": round(self.audio_s, 2),
            "timing": self.timing.to_dict() if self.timing else None,
            "voice": None if voice is None else {
                "pitch_range_semitones": voice.pitch_range_semitones,
                "pitch_sd_semitones": voice.pitch_sd_semitones,
                "loudness_range_db": voice.loudness_range_db,
                "voiced_seconds": voice.voiced_seconds,
                "flattest": list(voice.flattest) if voice.flattest else None,
            },
        }


def spoken_answer(
    words: Sequence[Word],
    voice: VoiceFeatures | None,
    *,
    audio_s: float,
    clock_offset_s: float = 0.0,
) -> SpokenAnswer:
    words = tuple(words)
    timing = speech_timing(words, clock_offset_s=clock_offset_s)
    return SpokenAnswer(
        text=words_text(words),
        words=words,
        duration_s=timing.duration_s,
        latency_s=timing.latency_s,
        voice=voice,
        timing=timing,
        audio_s=audio_s,
    )

