"""The registry of criteria and the small helpers every criterion uses."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from mockint.scoring.analysis import Analysis
from mockint.scoring.model import CriterionResult, Span
from mockint.scoring.tips import question_tip


@dataclass(frozen=True)
class Criterion:
    id: str
    label: str
    evaluate: Callable[[Analysis], CriterionResult]
    # Whether the criterion can judge this answer at all (pace needs a duration, ...).
    applies: Callable[[Analysis], bool] = lambda analysis: True


REGISTRY: dict[str, Criterion] = {}

# "Not judged" rules: given the answer and the criterion's verdict, a reason when the answer gave
# nothing to judge by (the criterion is then left out of the card), else None.
NotJudgedRule = Callable[[Analysis, CriterionResult], "str | None"]
NOT_JUDGED_RULES: dict[str, NotJudgedRule] = {}


def not_judged_when(*criterion_ids: str) -> Callable[[NotJudgedRule], NotJudgedRule]:
    """Decorator: ``rule(analysis, result) -> reason | None`` decides, for each of
    ``criterion_ids``, when an answer leaves nothing to judge (one rule per criterion)."""

    def register(rule: NotJudgedRule) -> NotJudgedRule:
        for criterion_id in criterion_ids:
            NOT_JUDGED_RULES[criterion_id] = rule
        return rule

    return register


def not_judged_reason(criterion_id: str, analysis: Analysis, result: CriterionResult) -> str | None:
    """Why ``result`` should not count (nothing to judge), or None when it is a real verdict."""
    rule = NOT_JUDGED_RULES.get(criterion_id)
    return rule(analysis, result) if rule is not None else None


def criterion(
    criterion_id: str,
    label: str,
    applies: Callable[[Analysis], bool] | None = None,
    empty_tip: str | None = None,
) -> Callable[[Callable[[Analysis], CriterionResult]], Callable[[Analysis], CriterionResult]]:
    """Decorator: register ``evaluate(analysis) -> CriterionResult`` under ``criterion_id``.

    With ``empty_tip``, an answer with no words gets score 0 and that tip (or the question type's
    wording for the ``empty`` situation, :mod:`mockint.scoring.tips`) without calling ``evaluate``.
    """

    def register(evaluate: Callable[[Analysis], CriterionResult]) -> Callable[[Analysis], CriterionResult]:
        def checked(analysis: Analysis) -> CriterionResult:
            if empty_tip is not None and not analysis.word_count:
                tip = question_tip(analysis, criterion_id, empty_tip, "empty")
                return verdict(analysis, criterion_id, 0.0, summary="No answer to judge.", tip=tip)
            return evaluate(analysis)

        REGISTRY[criterion_id] = Criterion(
            criterion_id, label, checked, applies or (lambda analysis: True)
        )
        return evaluate

    return register


def verdict(
    analysis: Analysis,
    criterion_id: str,
    score: float,
    *,
    summary: str,
    tip: str,
    spans: Iterable[Span] = (),
    metrics: dict[str, Any] | None = None,
    passed: bool | None = None,
) -> CriterionResult:
    """A :class:`CriterionResult` with the registered label and the configured weight."""
    score = round(clamp(score), 4)
    settings = analysis.settings
    return CriterionResult(
        criterion_id,
        REGISTRY[criterion_id].label,
        score,
        score >= settings.pass_score if passed is None else passed,
        tip,
        settings.weight(criterion_id),
        _in_order(spans),
        metrics or {},
        summary,
    )


def _in_order(spans: Iterable[Span]) -> list[Span]:
    """The spans by place, one per place (the last one given wins, like a dict)."""
    by_place = {(span.start, span.end): span for span in spans}
    if not by_place:
        return []
    return [by_place[place] for place in sorted(by_place)]


def clamp(value: float, low: float = 0.0, high: float = 1.0) -> float:
    if value != value:  # NaN
        return low
    return low if value <= low else high if value >= high else value  # max(low, min(high, value))


def rising(value: float, low: float, high: float) -> float:
    """0 at or under ``low``, 1 at or over ``high``, linear between."""
    if high <= low:
        return 1.0 if value >= high else 0.0
    return clamp((value - low) / (high - low))


def falling(value: float, good: float, bad: float) -> float:
    """1 at or under ``good``, 0 at or over ``bad``, linear between."""
    return 1.0 - rising(value, good, bad)


def most_common(spans: Iterable[Span]) -> tuple[str, int]:
    """The most frequent (lower-cased) evidence text and how often it occurs; ties: alphabetical."""
    counts: Counter[str] = Counter()
    for text, n in Counter(s.text for s in spans).items():  # most texts repeat: tidy each once
        counts[" ".join(text.lower().split())] += n
    if not counts:
        return "", 0
    word, count = min(counts.items(), key=lambda item: (-item[1], item[0]))
    return word, count


def quote(span: Span, limit: int = 60) -> str:
    text = " ".join(span.text.split())
    return f"\u201c{text if len(text) <= limit else text[: limit - 1] + '…'}\u201d"


def plural(count: float, noun: str, plural_form: str | None = None) -> str:
    shown = int(count) if float(count).is_integer() else count
    return f"{shown} {noun if count == 1 else (plural_form or noun + 's')}"


def clock(seconds: float) -> str:
    """``75.2`` -> ``"1:15"``."""
    seconds = max(0, int(round(seconds)))
    return f"{seconds // 60}:{seconds % 60:02d}"
