"""Transcribe one piece of audio with the filler prompt, and make sure its ending is not dropped.

Whisper sometimes stops early and leaves the last words of a piece out. The voice-activity
detector knows where speech ends, so when the words stop well before that, the tail is decoded
again on its own and the words found after the last one are added.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mockint.speech.audio import SAMPLE_RATE
from mockint.speech.prompting import build_prompt
from mockint.speech.transcript import Transcript

if TYPE_CHECKING:
    import numpy as np

    from mockint.speech.engines import Transcriber

# Words may end this long before the detected end of speech without it counting as dropped
# (detectors hold on a little after the last word; Whisper's word ends come slightly early).
TAIL_TOLERANCE_S = 1.0
TAIL_LEAD_S = 0.2  # the re-decoded tail starts this long before the last word found ends
MIN_TAIL_S = 0.3  # tails shorter than this are not worth a second call


def transcribe_covering(
    transcriber: Transcriber,
    audio: np.ndarray,
    *,
    previous_text: str = "",
    keep_fillers: bool = True,
    speech_end: float | None = None,
) -> Transcript:
    """Words of ``audio`` (times relative to it), re-decoding the tail if the ending was dropped."""
    prompt = build_prompt(previous_text, keep_fillers=keep_fillers)
    first = transcriber.transcribe(audio, prompt=prompt, speech_end=speech_end)
    if speech_end is None or speech_end - first.end <= TAIL_TOLERANCE_S:
        return first
    tail_start = max(0.0, first.end - TAIL_LEAD_S)
    tail_audio = audio[int(tail_start * SAMPLE_RATE) :]
    if tail_audio.size < MIN_TAIL_S * SAMPLE_RATE:
        return first
    tail_prompt = build_prompt(f"{previous_text} {first.text}", keep_fillers=keep_fillers)
    tail = transcriber.transcribe(
        tail_audio, prompt=tail_prompt, speech_end=speech_end - tail_start
    ).shifted(tail_start)
    # Keep only what starts after the words already found (the lead overlaps them a little).
    extra = tuple(w for w in tail.words if w.start >= first.end - 0.05)
    return Transcript(first.words + extra)

