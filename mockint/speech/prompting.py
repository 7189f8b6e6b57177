"""The prompt that keeps filler words in Whisper's transcript.

Whisper was trained on transcripts that mostly leave out "um" and "uh", so by default it drops
them. A prompt that already contains fillers makes it keep writing them; the end of the text
transcribed so far keeps the wording consistent across chunks. Long prompts make Whisper lose or
invent text, so the previous text is cut to its last few words.
"""

from __future__ import annotations

FILLER_PROMPT = "Um, uh, hmm, er, ah."
PREVIOUS_WORDS = 24  # how much earlier text goes into the prompt


def build_prompt(previous_text: str = "", *, keep_fillers: bool = True) -> str | None:
    """The prompt for the next piece of audio, or None when there is nothing to say."""
    tail = " ".join(previous_text.split()[-PREVIOUS_WORDS:])
    parts = [FILLER_PROMPT] if keep_fillers else []
    if tail:
        parts.append(tail)
    return " ".join(parts) or None
