"""Text utilities the criteria share: offset-keeping normalisation, words, sentences, stems.

Everything works on typed answers and on raw speech-to-text alike (no capitals, no punctuation).
All offsets are character offsets into the original answer, so evidence can be highlighted.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import compress
from typing import Any, NamedTuple

# Apostrophes and dashes a keyboard or a transcriber may produce, mapped to plain ones (1:1 chars).
_PUNCT_MAP = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u2010": "-",
                            "\u2011": "-", "\u2013": "-", "\u2014": "-"})

_ODD_PUNCT = "\u2019\u2018\u02bc`\u2010\u2011\u2013\u2014"

# A word: letters or digits with inner apostrophes or hyphens ("don't", "just-in-time"), and
# numbers with inner separators ("1.5", "2,000"). Run on normalised text. (Possessive: a shorter
# run of letters can never make a longer word, so the engine need not remember where to go back.)
WORD_RE = re.compile(r"\w++(?:['-]\w++|(?<=\d)[.,]\d++)*+")


class Token(NamedTuple):
    """One word of the answer: its lower-cased text and where it is in the original."""

    text: str
    start: int
    end: int


class Sentence(NamedTuple):
    start: int  # characters
    end: int
    words: int
    first: int  # word indexes: words first .. last - 1
    last: int


def normalize(text: str) -> str:
    """Lower-case ``text`` and unify apostrophes and dashes, keeping every offset unchanged."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lower-case to two (e.g. "İ"): keep them as is
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    if any(ch in lowered for ch in _ODD_PUNCT):  # a few C-level scans beat one regex scan
        lowered = lowered.translate(_PUNCT_MAP)
    return lowered


def tokenize(text: str) -> list[Token]:
    """The words of ``text`` (lower-cased, normalised) with their character offsets."""
    norm = normalize(text)
    return [Token(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(norm)]


# ---------------------------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------------------------

# A sentence ends at . ! ? … followed by a space or the end (not inside "1.5"), or at a line break.
_SENTENCE_END_CHARS = ".!?…\n"
_AFTER_END = frozenset(" \t\r\n\"')]")

# Words that often begin a new clause in unpunctuated speech.
_CLAUSE_STARTERS = frozenset(
    "so then but because eventually finally first second third next also anyway basically well "
    "okay ok um uh i we my our they he she when after afterwards later".split()
)
_MAX_UNPUNCTUATED_WORDS = 28
_MIN_CLAUSE_WORDS = 7


def split_sentences(norm: str, words: list[str], starts: list[int]) -> list[Sentence]:
    """Sentences of a normalised text given its words and their offsets. Long unpunctuated
    stretches (speech-to-text) are cut at likely clause starts ("so", "then", "i", "we"...)."""
    return [_sentence(words, starts, first, last) for first, last in sentence_bounds(norm, words, starts)]


def count_sentences(norm: str, words: list[str], starts: list[int]) -> int:
    """``len(split_sentences(...))`` without building the sentences."""
    return len(sentence_bounds(norm, words, starts))


def sentence_bounds(norm: str, words: list[str], starts: list[int]) -> list[tuple[int, int]]:
    """The (first word, last word + 1) of each sentence; see :func:`split_sentences`."""
    count = len(words)
    if not count:
        return []
    size = len(norm)
    cuts = {
        bisect_left(starts, end)
        for start, end in _end_runs(norm)
        if end == size or norm[end] in _AFTER_END or "\n" in norm[start:end]
    }
    bounds = [0, *sorted(c for c in cuts if 0 < c < count), count]
    found: list[tuple[int, int]] = []
    for first, last in zip(bounds, bounds[1:]):
        if last - first <= _MAX_UNPUNCTUATED_WORDS:
            found.append((first, last))
            continue
        clause_first = first
        starters = compress(range(first + 1, last), map(_CLAUSE_STARTERS.__contains__, words[first + 1:last]))
        for index in [*starters, last]:
            while index - clause_first > _MAX_UNPUNCTUATED_WORDS:  # no starter for too long
                found.append((clause_first, clause_first + _MAX_UNPUNCTUATED_WORDS))
                clause_first += _MAX_UNPUNCTUATED_WORDS
            if index - clause_first >= _MIN_CLAUSE_WORDS or index == last:
                if index > clause_first:
                    found.append((clause_first, index))
                clause_first = index
    return found


def _end_runs(norm: str) -> list[tuple[int, int]]:
    """The (start, end) of each run of sentence-ending characters (``[.!?…\\n]+``). A few
    ``str.find`` per character beat a regex scan for a character class several times over."""
    marks = []
    for char in _SENTENCE_END_CHARS:
        position = norm.find(char)
        while position >= 0:
            marks.append(position)
            position = norm.find(char, position + 1)
    marks.sort()
    runs = []
    run_start = run_end = -1
    for position in marks:
        if position != run_end:  # not right after the previous mark: a new run
            if run_end >= 0:
                runs.append((run_start, run_end))
            run_start = position
        run_end = position + 1
    if run_end >= 0:
        runs.append((run_start, run_end))
    return runs


def _sentence(words: list[str], starts: list[int], first: int, last: int, _new: Any = tuple.__new__) -> Sentence:
    # tuple.__new__: a NamedTuple without its Python-level constructor (many per answer).
    return _new(Sentence, (starts[first], starts[last - 1] + len(words[last - 1]), last - first, first, last))


# ---------------------------------------------------------------------------------------------
# Stems
# ---------------------------------------------------------------------------------------------

_SUFFIXES = (
    ("ational", "ate"), ("ization", "ize"), ("fulness", "ful"), ("iveness", "ive"), ("ements", ""),
    ("ement", ""), ("ments", ""), ("ment", ""), ("ingly", ""), ("ness", ""), ("ities", ""),
    ("ity", ""), ("ings", ""), ("ing", ""), ("ions", ""), ("ion", ""), ("ies", "y"), ("ied", "y"),
    ("edly", ""), ("ers", ""), ("er", ""), ("ed", ""), ("ly", ""), ("es", ""), ("s", ""),
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem ("disagreed", "disagreement" -> "disagre"), good enough for fuzzy coverage."""
    word = word.lower().replace("'s", "").strip("'-")
    if len(word) <= 3 or not word.isalpha():
        return word
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: len(word) - len(suffix)] + replacement
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # planned -> plann -> plan
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    return word
