"""What an engine returns: words with times (seconds from the start of the audio it was given)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from mockint.scoring.model import Word


@dataclass(frozen=True)
class Transcript:
    words: tuple[Word, ...] = ()

    @property
    def text(self) -> str:
        return words_text(self.words)

    @property
    def end(self) -> float:
        """When the last word ends (0 with no words)."""
        return self.words[-1].end if self.words else 0.0

    def shifted(self, offset_s: float) -> Transcript:
        return Transcript(shift_words(self.words, offset_s))


def words_text(words: Iterable[Word]) -> str:
    return " ".join(w.text for w in words if w.text)


def shift_words(words: Sequence[Word], offset_s: float) -> tuple[Word, ...]:
    """``words`` moved ``offset_s`` seconds later (chunk times -> recording times)."""
    return tuple(
        Word(w.text, round(w.start + offset_s, 3), round(w.end + offset_s, 3), w.probability)
        for w in words
    )


# Whisper splits "$40,000" into the words "$40" and ",000": a word that starts with a separator
# followed by a digit continues the number before it.
_NUMBER_CONTINUATION = re.compile(r"^[.,]\d")


def tidy_words(words: Iterable[Word]) -> tuple[Word, ...]:
    """Join the pieces of split numbers back into one word."""
    tidy: list[Word] = []
    for word in words:
        if tidy and _NUMBER_CONTINUATION.match(word.text):
            before = tidy.pop()
            probability = (
                None
                if before.probability is None or word.probability is None
                else min(before.probability, word.probability)
            )
            word = Word(before.text + word.text, before.start, word.end, probability)
        tidy.append(word)
    return tuple(tidy)


RawWord = tuple[str, float, float, "float | None"]  # text, start, end, probability


def transcript_from_raw(raw_words: Iterable[RawWord]) -> Transcript:
    """A :class:`Transcript` from an engine's words: stripped, rounded, numbers re-joined."""
    words = (
        Word(
            text.strip(),
            round(float(start), 3),
            round(float(end), 3),
            None if probability is None else round(float(probability), 3),
        )
        for text, start, end, probability in raw_words
        if text.strip()
    )
    return Transcript(tidy_words(words))
