"""Which values each ``[scoring]`` setting may take, so an absurd one is refused with its range.

Settings are grouped by what they measure, from their names (``*_penalty`` is a share of a score,
``*_per_100_words`` a rate, ``*_seconds`` a time...), so a setting added to ``defaults.toml`` later
gets a sensible range without a new entry here. Every setting is a finite number; none is negative.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class ValueRange:
    low: float
    high: float
    above_low: bool = False  # the low end itself is not allowed (a rate of 0 words a second)

    def problem(self, value: float) -> str | None:
        """What is wrong with ``value`` ("must be between 0 and 1"), or None."""
        span = f"between {_plain(self.low)} and {_plain(self.high)}"
        if not math.isfinite(value):
            return f"must be a finite number {span}"
        if value < 0:
            return f"must be 0 or more ({span})"
        if self.above_low and value <= self.low:
            return f"must be more than {_plain(self.low)} (up to {_plain(self.high)})"
        if not self.low <= value <= self.high:
            return f"must be {span}"
        return None


def _plain(number: float) -> str:
    return f"{int(number):,}" if number == int(number) else f"{number:g}"


SHARE = ValueRange(0, 1)  # a share of something or a score on the 0..1 scale
PERCENT = ValueRange(0, 100)  # rapidfuzz's 0..100 similarity, rates per 100 words, the 0..100 overall
WEIGHT = ValueRange(0, 100)
SECONDS = ValueRange(0, 14_400)  # no answer is longer than four hours
WORDS_PER_MINUTE = ValueRange(0, 1_000)
SEMITONES = ValueRange(0, 48)
DECIBELS = ValueRange(0, 120)
COUNT = ValueRange(0, 10_000)  # words, phrases, ratios of a target: nothing sensible is larger

# (field pattern, range), first match wins; fields are ``scoring.table.key``.
_RULES: tuple[tuple[re.Pattern[str], ValueRange], ...] = tuple(
    (re.compile(pattern), value_range)
    for pattern, value_range in (
        (r"^scoring\.length\.default_target_seconds$", ValueRange(0, 14_400, above_low=True)),
        (r"^scoring\.length\.words_per_second$", ValueRange(0, 10, above_low=True)),
        (r"^scoring\.weights\.|\.weight_[a-z_]+$", WEIGHT),
        (r"^scoring\.serious_fault_cap$|_threshold$|_per_100_words$", PERCENT),
        (r"(^scoring\.pass_score|_penalty|_share|_drop|_score|_coverage|_weight|_weight_otherwise"
         r"|\.score_[a-z_]+|\.question_overlap_[a-z_]+|_share_for_full)$", SHARE),
        (r"_seconds$", SECONDS),
        (r"^scoring\.pace\.", WORDS_PER_MINUTE),
        (r"_semitones$", SEMITONES),
        (r"_db$", DECIBELS),
    )
)


def allowed_range(field: str) -> ValueRange:
    """The range of ``field`` (``scoring.pace.band_low``)."""
    for pattern, value_range in _RULES:
        if pattern.search(field):
            return value_range
    return COUNT
