"""Fuzzy matching over the answer's words, so transcription errors still match.

Phrases are compared (rapidfuzz ``ratio``) with every window of the answer of about the phrase's
length in words, in one C-level call per window size: linear in the answer, never quadratic.
Single words are found by their stem as a prefix, then fuzzily (a word that starts with the same
letter: transcription slips keep the first sound). A short sequence of words ("could improve") is
found with up to one word between them ("could I improve"). Paraphrases in another order are
compared sentence by sentence with ``token_set_ratio`` over the words' stems, and a phrase said
nearly word for word inside a longer sentence with ``partial_ratio``. Built lazily: only custom
criteria and relevance use it.
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
        keys = self.keys = analysis.keys
        # The first index of each word (later duplicates are overwritten by earlier ones).
        self.first_by_key = dict(zip(reversed(keys), range(len(keys) - 1, -1, -1)))
        self.sorted_keys = sorted(self.first_by_key)
        self._windows: dict[int, list[str]] = {}
        self._sentences = analysis.sentences
        self._positions: dict[str, list[int]] | None = None
        self._sentence_stems: list[str] | None = None
        self._sentence_texts: list[str] | None = None
        self._by_letter: dict[str, list[str]] = {}
        self._form_cache: dict[str, frozenset[str]] = {}

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
        # Only words with the same first letter: "letting" is not "getting".
        choices = self._keys_starting(word[0])
        for query in dict.fromkeys((root, word)):
            best = process.extractOne(query, choices, scorer=fuzz.ratio, score_cutoff=threshold) if choices else None
            if best:
                return self.first_by_key[best[0]]
        # Split by the transcriber: "on boarding" for "onboarding" (the first part is a prefix).
        for length in range(2, len(word) - 2):
            if word[:length] not in self.first_by_key:
                continue
            for index in self._word_positions()[word[:length]]:
                if index + 1 < len(self.words):
                    pair = f"{self.words[index]} {self.words[index + 1]}"
                    if fuzz.ratio(word, pair) >= max(threshold, 90):
                        return index
        return None

    def _keys_starting(self, letter: str) -> list[str]:
        """The answer's distinct words that start with ``letter`` (sorted)."""
        if letter not in self._by_letter:
            low = bisect_left(self.sorted_keys, letter)
            high = bisect_left(self.sorted_keys, chr(ord(letter) + 1))
            self._by_letter[letter] = self.sorted_keys[low:high]
        return self._by_letter[letter]

    def _word_positions(self) -> dict[str, list[int]]:
        if self._positions is None:
            positions: dict[str, list[int]] = {}
            for index, key in enumerate(self.keys):
                if key in positions:
                    positions[key].append(index)
                else:
                    positions[key] = [index]
            self._positions = positions
        return self._positions

    def find_sequence(self, sequence: tuple[str, ...], max_gap: int = 1) -> tuple[int, int] | None:
        """The first place (first word, last word + 1) where the words of ``sequence`` come in
        order, each the word itself or a form of it ("improved" for "improve"), with at most
        ``max_gap`` other words between two of them; None if nowhere."""
        if not sequence or not self.words:
            return None
        first_word, rest = sequence[0], sequence[1:]
        heads = [key for key in self._forms(first_word) if key in self.first_by_key]
        if not heads or any(not self._forms(word) & self.first_by_key.keys() for word in rest):
            return None  # a word of the sequence is not in the answer at all
        positions = self._word_positions()
        starts = sorted(i for key in heads for i in positions[key])
        for start in starts:
            index = start
            for word in rest:
                forms = self._forms(word)
                after = next((j for j in range(index + 1, min(len(self.words), index + 2 + max_gap))
                              if self.keys[j] in forms), None)
                if after is None:
                    break
                index = after
            else:
                return start, index + 1
        return None

    def _forms(self, word: str) -> frozenset[str]:
        """The answer's words that are ``word`` or start with its stem."""
        if word not in self._form_cache:
            self._form_cache[word] = self._find_forms(word)
        return self._form_cache[word]

    def _find_forms(self, word: str) -> frozenset[str]:
        root = stem(word)
        if len(root) < 4:
            return frozenset({word, root})
        position = bisect_left(self.sorted_keys, root)
        found = {word}
        while position < len(self.sorted_keys) and self.sorted_keys[position].startswith(root):
            found.add(self.sorted_keys[position])
            position += 1
        return frozenset(found)

    def best_sentence(self, query: str, threshold: float, *, partial: bool = False) -> tuple[int, int] | None:
        """The (start, end) characters of the sentence most like ``query``, if it scores at least
        ``threshold``: by ``token_set_ratio`` over stems (any order; every query word present
        scores 100), or with ``partial`` by ``partial_ratio`` of the plain words (the query said
        nearly word for word inside the sentence)."""
        if not self._sentences:
            return None
        fuzz, process = _rapidfuzz()
        if partial:
            if self._sentence_texts is None:
                self._sentence_texts = [" ".join(self.words[s.first:s.last]) for s in self._sentences]
            choices, scorer = self._sentence_texts, fuzz.partial_ratio
            query = " ".join(WORD_RE.findall(normalize(query)))
        else:
            if self._sentence_stems is None:
                self._sentence_stems = [" ".join(stem(w) for w in self.words[s.first:s.last])
                                        for s in self._sentences]
            choices, scorer = self._sentence_stems, fuzz.token_set_ratio
        best = process.extractOne(query, choices, scorer=scorer, score_cutoff=threshold)
        if best is None:
            return None
        sentence = self._sentences[best[2]]
        return self.starts[sentence.first], self.ends[sentence.last - 1]


@cache
def _rapidfuzz() -> tuple[Any, Any]:
    """rapidfuzz's ``fuzz`` and ``process``, imported on first use (only fuzzy matching needs it)."""
    from rapidfuzz import fuzz, process

    return fuzz, process


def word_index(analysis: Analysis) -> WordIndex:
    return analysis.memo("word_index", WordIndex)
