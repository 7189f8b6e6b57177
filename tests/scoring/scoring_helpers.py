"""Small helpers for the scoring tests."""

from __future__ import annotations

from typing import Any

from mockint.scoring import AnswerInput, CriterionResult, ScoreCard, score_answer


def card(text: str, **fields: Any) -> ScoreCard:
    return score_answer(AnswerInput(text=text, **fields))


def result(text: str, criterion_id: str, **fields: Any) -> CriterionResult:
    found = card(text, **fields).criterion(criterion_id)
    assert found is not None, f"{criterion_id} was not applied"
    return found


def evidence(found: CriterionResult) -> list[str]:
    """The evidence texts, lower-cased with spaces collapsed."""
    return [" ".join(span.text.lower().split()) for span in found.spans]


def assert_spans_point_into(text: str, found: CriterionResult) -> None:
    for span in found.spans:
        assert text[span.start:span.end] == span.text
