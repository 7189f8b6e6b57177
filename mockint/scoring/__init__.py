"""The checklist scorer: ``score_answer(AnswerInput) -> ScoreCard``. Pure Python, no I/O but the
settings file.

- :data:`BUILTIN_CRITERIA`: the built-in criterion ids, in the order they are shown.
- :func:`load_settings`: the shipped defaults (``defaults.toml``) plus the user's ``[scoring]``.
- :data:`SCORER_VERSION`: stored with every score.
"""

from __future__ import annotations

from mockint.scoring.model import (
    AnswerInput,
    CriterionResult,
    ScoreCard,
    Span,
    VoiceFeatures,
    Word,
)
from mockint.scoring.scorer import BUILTIN_CRITERIA, SCORER_VERSION, score_answer
from mockint.scoring.settings import ScoringSettings, default_settings, load_settings

__all__ = [
    "BUILTIN_CRITERIA",
    "SCORER_VERSION",
    "AnswerInput",
    "CriterionResult",
    "ScoreCard",
    "ScoringSettings",
    "Span",
    "VoiceFeatures",
    "Word",
    "default_settings",
    "load_settings",
    "score_answer",
]
