"""Small helpers for the scoring tests."""

from __future__ import annotations

from typing import Any

from mockint.scoring import AnswerInput, CriterionResult, ScoreCard, score_answer
from mockint.scoring.settings import settings_from_overrides

# A detector's verdict on a one-line example, which the shipped defaults would leave "not enough
# to judge" (see mockint/scoring/criteria/judged.py and tests/scoring/test_not_judged.py).
JUDGE_EVERY_ANSWER = settings_from_overrides({"not_judged": {"min_words": 0}})


def card(text: str, **fields: Any) -> ScoreCard:
    return score_answer(AnswerInput(text=text, **fields))


def result(text: str, criterion_id: str, **fields: Any) -> CriterionResult:
    """One criterion's verdict, judged however short the answer (a detector test)."""
    found = score_answer(AnswerInput(text=text, **fields), JUDGE_EVERY_ANSWER).criterion(criterion_id)
    assert found is not None, f"{criterion_id} was not applied"
    return found


def evidence(found: CriterionResult) -> list[str]:
    """The evidence texts, lower-cased with spaces collapsed."""
    return [" ".join(span.text.lower().split()) for span in found.spans]


def assert_spans_point_into(text: str, found: CriterionResult) -> None:
    for span in found.spans:
        assert text[span.start:span.end] == span.text
