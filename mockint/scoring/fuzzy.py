"""Fuzzy matching over the answer's words, so transcription errors still match.

Phrases are compared (rapidfuzz ``ratio``) with every window of the answer of about the phrase's
length in words, in one C-level call per window size: linear in the answer, never quadratic.
Single words are found by their stem as a prefix, then fuzzily. Built lazily: only custom criteria and relevance use it.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache
from typing import Any, NamedTuple

from mockint.scoring.analysis import Analysis
from mockint.scoring.text import WORD_RE, normalize, stem


class Match(NamedTuple):
    start: int
    end: int
    score: float


class WordIndex:
    """The answer's words, their stems and word windows."""

    def __init__(self, analysis: Analysis) -> None:
        self.words = analysis.words
        self.starts = analysis.starts
        self.ends = analysis.ends
        keys = analysis.keys
        # The first index of each word (later duplicates are overwritten by earlier ones).
        self.first_by_key = dict(zip(reversed(keys), range(len(keys) - 1, -1, -1)))
        self.sorted_keys = sorted(self.first_by_key)
        self._windows: dict[int, list[str]] = {}

    def windows(self, size: int) -> list[str]:
        if size not in self._windows:
            words = self.words
            self._windows[size] = [" ".join(words[i:i + size]) for i in range(len(words) - size + 1)]
        return self._windows[size]

    def find_phrase(self, phrase: str, threshold: float) -> list[Match]:
        """Non-overlapping places where the answer says ``phrase`` (or nearly), best first."""
        fuzz, process = _rapidfuzz()
        query_words = WORD_RE.findall(normalize(phrase))
        if not query_words or not self.words:
            return []
        query = " ".join(query_words)
        size = len(query_words)
        candidates: list[tuple[float, int, int]] = []
        for window in sorted({max(1, size - 1), size, size + 1}):
            choices = self.windows(window)
            if not choices:
                continue
            for _, score, index in process.extract(
                query, choices, scorer=fuzz.ratio, score_cutoff=threshold, limit=None
            ):
                candidates.append((score, index, window))
        candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
        taken: list[Match] = []
        used = [False] * len(self.words)
        for score, index, window in candidates:
            if any(used[index:index + window]):
                continue
            used[index:index + window] = [True] * window
            taken.append(Match(self.starts[index], self.ends[index + window - 1], score))
        taken.sort()
        return taken

    def find_word(self, word: str, threshold: float, fuzzy: bool = True) -> int | None:
        """The index of the first answer word that is ``word``, starts with its stem ("disagre"
        finds "disagreed" and "disagreement"), or, for longer words, is close to it (a
        transcription error). ``None`` if there is none."""
        if word in self.first_by_key:
            return self.first_by_key[word]
        root = stem(word)
        if len(root) >= 4:
            position = bisect_left(self.sorted_keys, root)
            matches = []
            while position < len(self.sorted_keys) and self.sorted_keys[position].startswith(root):
                matches.append(self.first_by_key[self.sorted_keys[position]])
                position += 1
            if matches:
                return min(matches)
        elif root in self.first_by_key:
            return self.first_by_key[root]
        if not fuzzy or len(word) < 5 or not self.sorted_keys:
            return None
        fuzz, process = _rapidfuzz()
        for query in dict.fromkeys((root, word)):
            best = process.extractOne(query, self.sorted_keys, scorer=fuzz.ratio, score_cutoff=threshold)
            if best:
                return self.first_by_key[best[0]]
        # Split by the transcriber: "on boarding" for "onboarding" (the first part is a prefix).
        for length in range(2, len(word) - 2):
            index = self.first_by_key.get(word[:length])
            if index is not None and index + 1 < len(self.words):
                pair = f"{self.words[index]} {self.words[index + 1]}"
                if fuzz.ratio(word, pair) >= max(threshold, 90):
                    return index
        return None


@cache
def _rapidfuzz() -> tuple[Any, Any]:
    """rapidfuzz's ``fuzz`` and ``process``, imported on first use (only fuzzy matching needs it)."""
    from rapidfuzz import fuzz, process

    return fuzz, process


def word_index(analysis: Analysis) -> WordIndex:
    return analysis.memo("word_index", WordIndex)
