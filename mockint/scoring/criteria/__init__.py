"""The built-in criteria, one module per criterion or family, registered in :data:`REGISTRY`.

A criterion is ``evaluate(analysis) -> CriterionResult`` registered with ``@criterion(id, label)``
(see :mod:`.base`); :mod:`.judged` says when an answer leaves a criterion nothing to judge. Bank-defined criteria are evaluated by :func:`.custom.evaluate_custom`.
"""

from __future__ import annotations

from mockint.scoring.criteria import (  # noqa: F401  (importing registers them)
    enthusiasm,
    example,
    fillers,
    hedging,
    judged,
    ownership,
    quantified,
    relevance,
    star,
    strengths,
    timing,
    tone,
)
from mockint.scoring.criteria.base import REGISTRY, Criterion
from mockint.scoring.criteria.custom import evaluate_custom

__all__ = ["REGISTRY", "Criterion", "evaluate_custom"]
