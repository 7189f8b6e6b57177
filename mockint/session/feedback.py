"""What an interviewer would ask next, given how an answer scored."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mockint.banks.model import Question

if TYPE_CHECKING:
    from mockint.scoring.model import ScoreCard

CONCRETE_EXAMPLE = "concrete_example"


def follow_up_question(question: Question, card: ScoreCard) -> str | None:
    """The question's first follow-up when the answer lacked a concrete example, else ``None``."""
    if not question.follow_ups:
        return None
    concrete = card.criterion(CONCRETE_EXAMPLE)
    if concrete is None or concrete.passed:
        return None
    return question.follow_ups[0]
