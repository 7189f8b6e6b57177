"""Scoring thresholds and weights: the shipped ``defaults.toml`` plus the user's ``[scoring]`` table.

A bad value in the user's config is a one-line :class:`~mockint.errors.ConfigError` naming the
file, the line and the field, e.g.
``~/.config/mockint/config.toml:7: scoring.filler_words.bad_per_100_words: must be a number``.
"""

from __future__ import annotations

import copy
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType, SimpleNamespace
from typing import Any

from mockint.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DEFAULTS_FILE = Path(__file__).with_name("defaults.toml")

# Values that are shares or scores (0..1) and values on rapidfuzz's 0..100 scale.
_UNIT_INTERVAL = frozenset(
    "pass_score action_share neutral_score negative_drop voice_weight pitch_share i_share_for_full "
    "score_no_actions point_coverage question_overlap_for_full question_overlap_floor score_none score_untied "
    "score_one_tied score_two_tied story_weight_otherwise".split()
)
_PERCENT_SCALE = frozenset({"word_threshold", "phrase_threshold"})
# (section, smaller, larger): the first must stay below the second.
_ORDERED = (
    ("filler_words", "good_per_100_words", "bad_per_100_words"),
    ("hedging", "good_per_100_words", "bad_per_100_words"),
    ("enthusiasm", "pitch_flat_semitones", "pitch_lively_semitones"),
    ("enthusiasm", "loudness_flat_db", "loudness_lively_db"),
    ("length", "too_short", "good_low"),
    ("length", "good_low", "rambling"),
    ("length", "rambling", "far_too_long"),
    ("pace", "zero_below", "fail_below"),
    ("pace", "fail_below", "band_low"),
    ("pace", "band_low", "band_high"),
    ("pace", "band_high", "fail_above"),
    ("pace", "fail_above", "zero_above"),
)
_POSITIVE = frozenset({"words_per_second", "default_target_seconds"})


class ScoringSettings:
    """Read-only settings: ``settings.filler_words.bad_per_100_words``, ``settings.weight(id)``."""

    # One namespace per table of defaults.toml (a test checks that the two lists agree).
    not_judged: SimpleNamespace
    concrete_example: SimpleNamespace
    quantified_result: SimpleNamespace
    star_structure: SimpleNamespace
    enthusiasm: SimpleNamespace
    ownership: SimpleNamespace
    filler_words: SimpleNamespace
    hedging: SimpleNamespace
    length: SimpleNamespace
    pace: SimpleNamespace
    relevance: SimpleNamespace
    professional_tone: SimpleNamespace
    question_types: SimpleNamespace
    custom: SimpleNamespace

    def __init__(self, values: Mapping[str, Any]) -> None:
        self._values = copy.deepcopy(dict(values))
        for name, table in self._values.items():  # one attribute per table: settings.pace.band_low
            if isinstance(table, dict) and name != "weights":
                setattr(self, name, SimpleNamespace(**table))
        self.pass_score = float(self._values["pass_score"])
        self.min_words_for_rates = float(self._values["min_words_for_rates"])
        self.serious_fault_cap = float(self._values["serious_fault_cap"])
        self.non_answer_words = float(self._values["non_answer_words"])
        self.weights: Mapping[str, float] = MappingProxyType(
            {k: float(v) for k, v in self._values["weights"].items()}
        )

    def weight(self, criterion_id: str) -> float:
        return self.weights.get(criterion_id, 1.0)

    def to_dict(self) -> dict[str, Any]:
        """Every value, as nested plain dicts (for the history store)."""
        return copy.deepcopy(self._values)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ScoringSettings) and other._values == self._values

    __hash__ = None  # type: ignore[assignment]


def default_values() -> dict[str, Any]:
    with DEFAULTS_FILE.open("rb") as handle:
        return tomllib.load(handle)


_DEFAULTS: ScoringSettings | None = None


def default_settings() -> ScoringSettings:
    """The shipped defaults (read once)."""
    global _DEFAULTS
    if _DEFAULTS is None:
        _DEFAULTS = ScoringSettings(default_values())
    return _DEFAULTS


def load_settings(config_path: Path | None = None) -> ScoringSettings:
    """Defaults overridden by the ``[scoring]`` table of the user's config file."""
    from mockint import config, paths

    path = config_path or paths.config_file()
    overrides = config.config_section("scoring", path)
    if not overrides:
        return default_settings()
    return settings_from_overrides(overrides, path)


def settings_from_overrides(overrides: Mapping[str, Any], path: Path | None = None) -> ScoringSettings:
    """Defaults with ``overrides`` (a ``[scoring]`` table) applied and checked."""
    values = default_values()
    source = _SourceLines(path)
    _merge(values, overrides, "scoring", source)
    for section, low, high in _ORDERED:
        if not values[section][low] < values[section][high]:
            if high in overrides.get(section, {}) or low not in overrides.get(section, {}):
                raise source.error(f"scoring.{section}.{high}",
                                   f"must be greater than {section}.{low} ({values[section][low]})")
            raise source.error(f"scoring.{section}.{low}",
                               f"must be less than {section}.{high} ({values[section][high]})")
    return ScoringSettings(values)


def _merge(target: dict[str, Any], overrides: Mapping[str, Any], prefix: str, source: _SourceLines) -> None:
    for key in sorted(overrides):
        value = overrides[key]
        field = f"{prefix}.{key}"
        if key not in target:
            raise source.error(field, f"unknown setting{_did_you_mean(key, list(target))}")
        default = target[key]
        if isinstance(default, dict):
            if not isinstance(value, dict):
                raise source.error(field, f"must be a table ([{field}])")
            _merge(default, value, field, source)
            continue
        target[key] = _checked_number(key, value, field, source)


def _checked_number(key: str, value: Any, field: str, source: _SourceLines) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise source.error(field, f"must be a number, got {value!r}")
    if value != value or value in (float("inf"), float("-inf")):
        raise source.error(field, f"must be a finite number, got {value!r}")
    if value < 0:
        raise source.error(field, f"must be 0 or more, got {value!r}")
    if key in _UNIT_INTERVAL and value > 1:
        raise source.error(field, f"must be between 0 and 1, got {value!r}")
    if key in _PERCENT_SCALE and value > 100:
        raise source.error(field, f"must be between 0 and 100, got {value!r}")
    if key in _POSITIVE and value == 0:
        raise source.error(field, "must be more than 0")
    return value


def _did_you_mean(word: str, known: list[str]) -> str:
    from rapidfuzz import process

    best = process.extractOne(word, known, score_cutoff=70)
    return f" (did you mean '{best[0]}'?)" if best else ""


_HEADER_RE = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(?:#.*)?$")
_KEY_RE = re.compile(r"^\s*([A-Za-z0-9_.\-\s\"']+?)\s*=")


class _SourceLines:
    """Finds the line of a dotted field in the config file, for error messages."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        try:
            self.lines = path.read_text("utf-8").splitlines() if path else []
        except (OSError, UnicodeDecodeError):
            self.lines = []

    def line_of(self, field: str) -> int:
        table = ""
        best_line, best_len = 1, 0
        for number, line in enumerate(self.lines, start=1):
            header = _HEADER_RE.match(line)
            if header:
                table = _clean_key(header.group(1))
                full = table
            else:
                key = _KEY_RE.match(line)
                if not key:
                    continue
                full = f"{table}.{_clean_key(key.group(1))}" if table else _clean_key(key.group(1))
            if full == field:
                return number
            if field.startswith(full + ".") and len(full) > best_len:
                best_line, best_len = number, len(full)
        return best_line

    def error(self, field: str, message: str) -> ConfigError:
        where = f"{self.path}:{self.line_of(field)}: " if self.path else ""
        return ConfigError(f"{where}{field}: {message}")


def _clean_key(raw: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in raw.split("."))
