"""What every criterion needs to know about one answer, computed once and shared.

:class:`Analysis` holds the original text, its normalised twin (same offsets), its words, and
lazily: character offsets, lexicon matches (one pass for every lexicon), sentences, numbers,
timing, and memoised detections (first-person actions, fillers, hedges). Criteria read it; none of
them tokenises the text again.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate
from typing import Any, Generic, TypeGuard, TypeVar, overload

from mockint.scoring.lexicon import Hit, scan
from mockint.scoring.model import AnswerInput, Span
from mockint.scoring.numbers import NumberMention, find_numbers
from mockint.scoring.settings import ScoringSettings
from mockint.scoring.text import WORD_RE, Sentence, count_sentences, normalize, split_sentences

T = TypeVar("T")
PAD = 8  # see Analysis.padded_keys
_WORD_SPLIT_RE = re.compile(f"({WORD_RE.pattern})")
# The same on ASCII text (nearly every answer), where \w means the same and is checked faster.
_ASCII_WORD_SPLIT_RE = re.compile(f"({WORD_RE.pattern})", re.ASCII)


class lazy(Generic[T]):
    """``functools.cached_property`` without its lock (3.11 takes one on every first access; an
    Analysis never leaves the thread that scores the answer): computed once, then a plain
    attribute."""

    def __init__(self, compute: Callable[[Any], T]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> lazy[T]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> T | lazy[T]:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


@dataclass(frozen=True)
class Timing:
    """When the answer was timed: how long, how fast, how many long pauses."""

    duration_s: float | None = None
    speaking_s: float | None = None  # first word to last word, less the long pauses
    wpm: float | None = None
    pauses_over: int | None = None
    longest_pause_s: float | None = None
    longest_pause_at: float | None = None
    latency_s: float | None = None

    @property
    def timed(self) -> bool:
        return self.wpm is not None


class Analysis:
    """One answer, tokenised once. Words are addressed by index: ``words[i]`` (normalised),
    ``keys[i]`` (without apostrophes, for lexicons), ``starts[i]``/``ends[i]`` (character offsets)."""

    def __init__(self, answer: AnswerInput, settings: ScoringSettings) -> None:
        self.answer = answer
        self.settings = settings
        self.text = answer.text if isinstance(answer.text, str) else ""
        self.norm = normalize(self.text)
        # One C-level pass: split keeps the words at odd places, the running lengths give offsets.
        parts = (_ASCII_WORD_SPLIT_RE if self.norm.isascii() else _WORD_SPLIT_RE).split(self.norm)
        self.words: list[str] = parts[1::2]
        offsets = list(accumulate(map(len, parts)))
        self.starts: list[int] = offsets[0:-1:2]
        self.ends: list[int] = offsets[1::2]
        self.keys = _without_apostrophes(self.norm, self.words, self.starts, self.ends)
        self.word_count = len(self.words)
        # The denominator of every "per 100 words" rate (short answers use a floor).
        self.rate_words = max(self.word_count, settings.min_words_for_rates, 1)
        self._memo: dict[str, Any] = {}

    # -- words --------------------------------------------------------------------------------

    @lazy
    def word_set(self) -> frozenset[str]:
        return frozenset(self.keys)

    @lazy
    def padded_keys(self) -> list[str]:
        """``keys`` with ``PAD`` empty words after them: ``padded_keys[i] == key(i)`` for every
        ``-PAD <= i < word_count + PAD`` (a negative index wraps round into the padding), without
        a method call."""
        return [*self.keys, *("",) * PAD]

    def key(self, index: int) -> str:
        """The word at ``index`` without apostrophes ("" outside the answer)."""
        if index < 0:
            return ""
        try:
            return self.keys[index]
        except IndexError:
            return ""

    def gap_before(self, index: int) -> str:
        """The characters between word ``index - 1`` and word ``index`` (punctuation, spaces)."""
        if index <= 0:
            return self.norm[: self.starts[0]] if self.word_count else ""
        return self.norm[self.ends[index - 1]:self.starts[index]]

    def gap_after(self, index: int) -> str:
        if index >= self.word_count - 1:
            return self.norm[self.ends[-1]:] if self.word_count else ""
        return self.norm[self.ends[index]:self.starts[index + 1]]

    def words_span(self, first: int, last: int) -> Span:
        """The span of words ``first .. last - 1``."""
        return self.span(self.starts[first], self.ends[last - 1])

    def span(self, start: int, end: int, _new: Callable[..., Any] = object.__new__) -> Span:
        """``Span(start, end, text[start:end])``, built without the frozen dataclass's slow
        ``__init__`` (a hundred of these per answer); equal in every way to the normal one."""
        span = _new(Span)
        fields = span.__dict__
        fields["start"], fields["end"], fields["text"] = start, end, self.text[start:end]
        return span

    # -- shared detections --------------------------------------------------------------------

    def memo(self, key: str, compute: Callable[[Analysis], T]) -> T:
        """``compute(self)`` once per answer (detections used by several criteria and the metrics)."""
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = compute(self)
            return value

    @lazy
    def _lexicon_hits(self) -> dict[str, list[Hit]]:
        return scan(self.keys)

    def hits(self, lexicon_name: str) -> list[Hit]:
        """Matches of one lexicon (see :mod:`mockint.scoring.lexicon`)."""
        return self._lexicon_hits.get(lexicon_name, [])

    @lazy
    def sentences(self) -> list[Sentence]:
        return split_sentences(self.norm, self.words, self.starts)

    @lazy
    def sentence_count(self) -> int:
        return count_sentences(self.norm, self.words, self.starts)

    @lazy
    def numbers(self) -> list[NumberMention]:
        return find_numbers(self)

    @lazy
    def timing(self) -> Timing:
        return compute_timing(self.answer, self.word_count, self.settings.pace.long_pause_seconds)

    def per_100_words(self, count: float) -> float:
        return round(100.0 * count / self.rate_words, 2)


def _without_apostrophes(norm: str, words: list[str], starts: list[int], ends: list[int]) -> list[str]:
    """``[w.replace("'", "") for w in words]``, touching only the few words with an apostrophe."""
    position = norm.find("'")
    if position < 0:
        return words
    keys = words.copy()
    while position >= 0:
        index = bisect_right(starts, position) - 1
        if index >= 0 and position < ends[index]:  # inside a word, not between two
            keys[index] = words[index].replace("'", "")
        position = norm.find("'", position + 1)
    return keys


def compute_timing(answer: AnswerInput, word_count: int, long_pause_s: float) -> Timing:
    """Timing from word timestamps when there are any, else from the duration alone."""
    words = [w for w in (answer.words or ()) if _finite(w.start) and _finite(w.end)]
    duration = answer.duration_s if _finite(answer.duration_s) and answer.duration_s > 0 else None
    latency = answer.latency_s if _finite(answer.latency_s) and answer.latency_s >= 0 else None
    if words:
        first, last = words[0].start, max(w.end for w in words)
        span = max(0.0, last - first)
        gaps = [(b.start - a.end, a.end) for a, b in zip(words, words[1:])]
        long_gaps = [(g, at) for g, at in gaps if g > long_pause_s]
        longest = max(gaps, default=(0.0, first))
        speaking = max(0.0, span - sum(g for g, _ in long_gaps))
        if latency is None:
            latency = max(0.0, first)
        if duration is None:
            duration = last
        wpm = 60.0 * len(words) / span if span > 0 else None
        return Timing(
            duration_s=round(duration, 2),
            speaking_s=round(speaking, 2),
            wpm=round(wpm, 1) if wpm is not None else None,
            pauses_over=len(long_gaps),
            longest_pause_s=round(max(0.0, longest[0]), 2),
            longest_pause_at=round(longest[1], 2),
            latency_s=round(latency, 2) if latency is not None else None,
        )
    if duration is None:
        return Timing(latency_s=latency)
    wpm = 60.0 * word_count / duration if word_count else 0.0
    return Timing(duration_s=round(duration, 2), speaking_s=round(duration, 2), wpm=round(wpm, 1),
                  latency_s=latency)


def _finite(value: Any) -> TypeGuard[float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value == value and abs(value) != float("inf")
