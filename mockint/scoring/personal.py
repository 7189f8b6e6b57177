"""What the scorer may know about the person answering: their strengths profile and their usual
voice. Both are explicit, optional inputs of :class:`~mockint.scoring.model.AnswerInput`
(``strengths``, ``baselines``): the scorer stays pure (same input, same card), and an answer scored
without them (the validity benchmark, ``mockint score --no-personal``) gets exactly the card it always did.

- :class:`StrengthsProfile`: up to three skills, each with the story that proves it (the
  ``shows_strengths`` criterion, :mod:`mockint.scoring.criteria.strengths`).
- :class:`VoiceBaselines`: the medians of the user's recent spoken answers (pace, pitch range,
  loudness range) and the setting that says how to use them: ``fixed`` (the shipped bands only),
  ``personal`` (against the user's usual only) or ``both`` (the mean of the two). Computed from the
  history by :func:`mockint.store.baselines.voice_baselines`.
- :func:`against_usual`: how one measure compares with its usual value, for the pace and the
  voice part of enthusiasm.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mockint.config import ConfigFile
    from mockint.scoring.model import AnswerInput

FIXED, PERSONAL, BOTH = "fixed", "personal", "both"
BASELINE_MODES: tuple[str, ...] = (FIXED, PERSONAL, BOTH)
DEFAULT_BASELINE_MODE = BOTH
MIN_BASELINE_ANSWERS = 5  # spoken answers needed before the user's own values are used
DEFAULT_BASELINE_ANSWERS = 20  # the last N spoken answers the medians are taken over
BASELINE_ANSWERS_RANGE = (MIN_BASELINE_ANSWERS, 500)
STRENGTHS_CRITERION = "shows_strengths"


@dataclass(frozen=True)
class Strength:
    skill: str  # "turning messy data into decisions"
    story: str  # the story that proves it, in a sentence or three


@dataclass(frozen=True)
class StrengthsProfile:
    strengths: tuple[Strength, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.strengths)


@dataclass(frozen=True)
class VoiceBaselines:
    """The user's usual values (None: not enough spoken answers measured it) and the mode."""

    mode: str = DEFAULT_BASELINE_MODE
    answers: int = 0  # spoken answers the medians were taken over
    wpm: float | None = None
    pitch_range_semitones: float | None = None
    loudness_range_db: float | None = None

    def usual(self, measure: str) -> float | None:
        """The usual value of ``measure`` when it may be used (mode not fixed, enough answers)."""
        if self.mode == FIXED or self.answers < MIN_BASELINE_ANSWERS:
            return None
        value = getattr(self, measure)
        return value if isinstance(value, (int, float)) and value > 0 else None

    def note(self) -> str:
        """What was applied, for the card: ``"judged against the fixed bands and your usual (median
        of your last 12 spoken answers)"``."""
        if self.mode == FIXED:
            return "judged against the fixed bands (setting: fixed)"
        if self.answers < MIN_BASELINE_ANSWERS:
            return (f"judged against the fixed bands: your own baseline needs {MIN_BASELINE_ANSWERS} "
                    f"spoken answers ({self.answers} so far)")
        usual = f"your usual (median of your last {self.answers} spoken answers)"
        return f"judged against {usual} only" if self.mode == PERSONAL else f"judged against the fixed bands and {usual}"


@dataclass(frozen=True)
class Comparison:
    """One measure against its usual value: a score 0..1, passed, and the words for the card."""

    score: float
    passed: bool
    words: str  # "flatter than your usual 3.2", "close to your usual 142"


def against_usual(value: float, usual: float, *, two_sided: bool, unit: str = "") -> Comparison:
    """``value`` against ``usual``. Two-sided (pace): full marks within 10% of the usual, none
    beyond 35%, passed within 25%. One-sided (variation): at 90% of the usual or more full marks,
    none at half of it, passed from 70%."""
    ratio = value / usual if usual > 0 else 1.0
    shown = f"{usual:.1f}{unit}" if usual < 20 else f"{usual:.0f}{unit}"
    if two_sided:
        off = abs(ratio - 1.0)
        score = 1.0 if off <= 0.10 else max(0.0, 1.0 - (off - 0.10) / 0.25)
        passed = off <= 0.25
        if off <= 0.10:
            words = f"close to your usual {shown}"
        else:
            words = f"{'faster' if ratio > 1 else 'slower'} than your usual {shown}"
        return Comparison(round(score, 4), passed, words)
    score = 1.0 if ratio >= 0.9 else max(0.0, (ratio - 0.5) / 0.4)
    if ratio >= 1.1:
        words = f"livelier than your usual {shown}"
    elif ratio >= 0.9:
        words = f"close to your usual {shown}"
    else:
        words = f"flatter than your usual {shown}"
    return Comparison(round(score, 4), ratio >= 0.7, words)


def blended(fixed: float, personal: float | None, mode: str) -> float:
    """The score the mode asks for: the fixed one, the personal one, or their mean."""
    if personal is None or mode == FIXED:
        return fixed
    return personal if mode == PERSONAL else (fixed + personal) / 2


def with_personal(
    answer: AnswerInput,
    strengths: StrengthsProfile | None = None,
    baselines: VoiceBaselines | None = None,
) -> AnswerInput:
    """``answer`` with the profile and the baselines as inputs. ``shows_strengths`` is
    bank-independent: added to a bank's own list of criteria whenever there is a profile."""
    changes: dict[str, Any] = {}
    if strengths:
        changes["strengths"] = strengths
        if answer.criteria is not None and STRENGTHS_CRITERION not in answer.criteria:
            changes["criteria"] = (*answer.criteria, STRENGTHS_CRITERION)
    if baselines is not None and answer.spoken:
        changes["baselines"] = baselines
    return dataclasses.replace(answer, **changes) if changes else answer


# -- the setting ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class BaselineSettings:
    mode: str = DEFAULT_BASELINE_MODE
    answers: int = DEFAULT_BASELINE_ANSWERS


def load_baseline_settings(config_path: Path | None = None) -> BaselineSettings:
    """``[voice_baseline]`` of the config file: ``mode`` (fixed, personal or both; default both)
    and ``answers`` (how many recent spoken answers the usual values come from, 5 to 500).
    A bad value raises one :class:`~mockint.errors.ConfigError` line, ``FILE:LINE: field: message``."""
    from mockint.config import read_config

    return baseline_settings_of(read_config(config_path))


def baseline_settings_of(config: ConfigFile) -> BaselineSettings:
    """The ``[voice_baseline]`` table of ``config``, checked (see :func:`load_baseline_settings`)."""
    from mockint.banks.rules import did_you_mean
    from mockint.config import describe_value

    table = config.section("voice_baseline")
    known = ("mode", "answers")
    for key in table:
        if key not in known:
            raise config.error(f"voice_baseline.{key}",
                               f"unknown setting{did_you_mean(key, known)} (known: {', '.join(known)})")
    mode = table.get("mode", DEFAULT_BASELINE_MODE)
    if mode not in BASELINE_MODES:
        raise config.error("voice_baseline.mode",
                           f"must be 'fixed', 'personal' or 'both', got {describe_value(mode)}")
    answers = table.get("answers", DEFAULT_BASELINE_ANSWERS)
    low, high = BASELINE_ANSWERS_RANGE
    if isinstance(answers, bool) or not isinstance(answers, int) or not low <= answers <= high:
        raise config.error("voice_baseline.answers",
                           f"must be a whole number from {low} to {high}, got {describe_value(answers)}")
    return BaselineSettings(mode, answers)


def baseline_problem(config: ConfigFile) -> str | None:
    """What is wrong with ``[voice_baseline]`` in ``config`` as one notice line, or None. The
    setting is not worth stopping for: scoring goes on with the defaults
    (:func:`baseline_settings`); :func:`mockint.config.config_notices` shows this once."""
    from mockint.errors import ConfigError

    try:
        baseline_settings_of(config)
    except ConfigError as exc:
        return f"{exc} (using the default: mode {DEFAULT_BASELINE_MODE!r}, the last {DEFAULT_BASELINE_ANSWERS} answers)"
    return None


def baseline_settings(config_path: Path | None = None) -> BaselineSettings:
    """The ``[voice_baseline]`` setting, or its defaults when it is bad (the notice of
    :func:`baseline_problem` says so, once, where config notices are shown)."""
    from mockint.errors import ConfigError

    try:
        return load_baseline_settings(config_path)
    except ConfigError:
        return BaselineSettings()
