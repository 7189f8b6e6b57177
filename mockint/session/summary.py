"""What a finished session adds up to: weakest criteria, the questions to practise next."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mockint.session.practice import Attempt, Outcome

if TYPE_CHECKING:
    from mockint.scoring.model import CriterionResult, ScoreCard
    from mockint.session.answer_saver import ScoredAttempt

REDO_BELOW = 70  # an answer scoring less than this overall is worth practising again
WEAKEST_LIMIT = 3
REDO_LIMIT = 3
NOT_SCORED = "not scored"  # what a skipped question shows where an answer shows its score


@dataclass(frozen=True)
class SessionTotals:
    """How many questions were answered and skipped, and the mean overall of the answered ones
    (skipped questions have no score: they are left out of the mean, and the totals say so)."""

    answered: int
    skipped: int
    mean_overall: int | None  # None when nothing was scored

    def describe(self) -> str:
        """``2 answered, 1 skipped (not scored) · mean 71/100 of the 2 answered``."""
        line = f"{self.answered} answered, {self.skipped} skipped"
        if self.skipped:
            line += f" ({NOT_SCORED})"
        if self.mean_overall is None:
            return line
        line += f" · mean {self.mean_overall}/100"
        if self.skipped:
            line += f" of the {self.answered} answered"
        return line


def session_totals(attempts: Sequence[Attempt], scored: Sequence[ScoredAttempt]) -> SessionTotals:
    skipped = sum(a.outcome is Outcome.SKIPPED for a in attempts)
    mean = round(sum(s.card.overall for s in scored) / len(scored)) if scored else None
    return SessionTotals(answered=len(scored), skipped=skipped, mean_overall=mean)


@dataclass(frozen=True)
class WeakCriterion:
    id: str
    label: str
    mean_score: float  # 0..1 over the answers it was scored on
    failed: int
    seen: int
    tip: str  # the tip given on the answer where it scored lowest


def criteria_in_order(cards: Sequence[ScoreCard]) -> list[tuple[str, str]]:
    """Every criterion (id, label) that scored any of ``cards``, in first-seen order."""
    seen: dict[str, str] = {}
    for card in cards:
        for result in card.criteria:
            seen.setdefault(result.id, result.label)
    return list(seen.items())


def weakest_criteria(cards: Sequence[ScoreCard], limit: int = WEAKEST_LIMIT) -> list[WeakCriterion]:
    """The criteria failed most (then scored lowest), only those failed at least once."""
    by_id: dict[str, list[CriterionResult]] = {}
    for card in cards:
        for result in card.criteria:
            by_id.setdefault(result.id, []).append(result)
    weak: list[WeakCriterion] = []
    for criterion_id, results in by_id.items():
        failed = sum(not r.passed for r in results)
        if not failed:
            continue
        worst = min(results, key=lambda r: r.score)
        weak.append(
            WeakCriterion(
                id=criterion_id,
                label=results[0].label,
                mean_score=sum(r.score for r in results) / len(results),
                failed=failed,
                seen=len(results),
                tip=worst.tip,
            )
        )
    weak.sort(key=lambda w: (-w.failed / w.seen, w.mean_score, w.id))
    return weak[:limit]


def questions_to_redo(
    attempts: Sequence[Attempt], scored: Sequence[ScoredAttempt], limit: int = REDO_LIMIT
) -> list[Attempt]:
    """Skipped questions first, then answers below :data:`REDO_BELOW`, lowest first."""
    overall = {s.attempt.number: s.card.overall for s in scored}
    candidates: list[tuple[int, Attempt]] = []
    for attempt in attempts:
        if attempt.outcome is Outcome.SKIPPED:
            candidates.append((-1, attempt))
        elif attempt.number in overall and overall[attempt.number] < REDO_BELOW:
            candidates.append((overall[attempt.number], attempt))
    candidates.sort(key=lambda item: (item[0], item[1].number))
    return [attempt for _, attempt in candidates[:limit]]
