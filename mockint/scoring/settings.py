"""Scoring thresholds and weights: the shipped ``defaults.toml`` plus the user's ``[scoring]`` table.

A bad value in the user's config is a one-line :class:`~mockint.errors.ConfigError` naming the
file, the line and the field, e.g.
``~/.config/mockint/config.toml:7: scoring.filler_words.bad_per_100_words: must be a number, got 'lots'``;
``setting_ranges`` says which values each setting may take.
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType, SimpleNamespace
from typing import Any

from mockint.banks.rules import did_you_mean
from mockint.banks.toml_lines import LineIndex
from mockint.config import ConfigFile, describe_value, read_config
from mockint.scoring.setting_ranges import allowed_range

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DEFAULTS_FILE = Path(__file__).with_name("defaults.toml")

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
    shows_strengths: SimpleNamespace

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
    config = read_config(config_path)
    overrides = config.section("scoring")
    if not overrides:
        return default_settings()
    return settings_from_overrides(overrides, config)


def settings_from_overrides(overrides: Mapping[str, Any], config: ConfigFile | None = None) -> ScoringSettings:
    """Defaults with ``overrides`` (a ``[scoring]`` table) applied and checked; ``config`` is the
    file they come from, to name the line of a bad value."""
    source = config or ConfigFile(None, {}, LineIndex({}))
    values = default_values()
    _merge(values, overrides, "scoring", source)
    for section, low, high in _ORDERED:
        if not values[section][low] < values[section][high]:
            if high in overrides.get(section, {}) or low not in overrides.get(section, {}):
                raise source.error(f"scoring.{section}.{high}",
                                   f"must be greater than {section}.{low} ({values[section][low]})")
            raise source.error(f"scoring.{section}.{low}",
                               f"must be less than {section}.{high} ({values[section][high]})")
    if not any(weight > 0 for weight in values["weights"].values()):
        raise source.error("scoring.weights", "at least one weight must be above 0 (all are 0 here)")
    return ScoringSettings(values)


def _merge(target: dict[str, Any], overrides: Mapping[str, Any], prefix: str, source: ConfigFile) -> None:
    for key in sorted(overrides):
        value = overrides[key]
        field = f"{prefix}.{key}"
        if key not in target:
            raise source.error(field, f"unknown setting{did_you_mean(key, list(target))}")
        default = target[key]
        if isinstance(default, dict):
            if not isinstance(value, dict):
                raise source.error(field, f"must be a table ([{field}]), got {describe_value(value)}")
            _merge(default, value, field, source)
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise source.error(field, f"must be a number, got {describe_value(value)}")
        problem = allowed_range(field).problem(value)
        if problem:
            raise source.error(field, f"{problem}, got {describe_value(value)}")
        target[key] = value
