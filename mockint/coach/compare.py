"""Attempts at the same question compared: each criterion then -> now, and the overall change."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from mockint.errors import MockintError
from mockint.scoring.model import ScoreCard
from mockint.store.history import HistoryStore
from mockint.store.lookup import answers_by_id


class CompareError(MockintError):
    """The answers cannot be compared (unknown ids, different questions)."""


@dataclass(frozen=True)
class Attempt:
    answer_id: int | None  # None: an answer the history could not take (yet)
    answered_at: datetime | None
    overall: int
    text: str = field(default="", compare=False)
    card: ScoreCard | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, answer_id: int | None, answered_at: datetime | None, text: str, card: ScoreCard) -> Attempt:
        return cls(answer_id, answered_at, int(card.overall), text, card)


@dataclass(frozen=True)
class CriterionChange:
    id: str
    label: str
    scores: list[int | None]  # 0..100 per attempt, None where the criterion was not judged

    @property
    def change(self) -> int | None:
        judged = [s for s in self.scores if s is not None]
        return judged[-1] - judged[0] if len(judged) >= 2 else None


@dataclass(frozen=True)
class Comparison:
    question_ref: str
    question_text: str
    attempts: list[Attempt]  # oldest first
    criteria: list[CriterionChange]

    @property
    def overall_change(self) -> int:
        return self.attempts[-1].overall - self.attempts[0].overall

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question_ref,
            "text": self.question_text,
            "attempts": [
                {
                    "answer_id": a.answer_id,
                    "answered_at": a.answered_at.isoformat() if a.answered_at else None,
                    "overall": a.overall,
                }
                for a in self.attempts
            ],
            "criteria": [
                {"id": c.id, "label": c.label, "scores": c.scores, "change": c.change} for c in self.criteria
            ],
            "overall_change": self.overall_change,
        }


def compare_answers(store: HistoryStore, answer_ids: list[int]) -> Comparison:
    if len(set(answer_ids)) < 2:
        raise CompareError("compare needs at least two different answer ids")
    found = answers_by_id(store, answer_ids)
    refs = {
        a.id: a.question_id if "/" in a.question_id else f"{d.summary.bank_id}/{a.question_id}"
        for d, a in found
    }
    if len(set(refs.values())) > 1:
        listed = ", ".join(f"{i}: {r}" for i, r in refs.items())
        raise CompareError(
            f"the answers are at different questions ({listed}); compare attempts at one question"
        )
    found.sort(key=lambda da: (da[1].ended_at or da[1].started_at or datetime.min, da[1].id))
    first = found[0][1]
    attempts = [Attempt.of(a.id, a.ended_at or a.started_at, a.text, a.card) for _, a in found]
    return compare_attempts(refs[first.id], first.question_text, attempts)


def compare_attempts(question_ref: str, question_text: str, attempts: list[Attempt]) -> Comparison:
    """Attempts (oldest first, each with its card) compared criterion by criterion."""
    cards = [a.card for a in attempts if a.card is not None]
    if len(cards) != len(attempts) or len(attempts) < 2:
        raise CompareError("a comparison needs at least two scored attempts")
    labels: dict[str, str] = {}
    for card in cards:
        for c in card.criteria:
            labels.setdefault(c.id, c.label)
    criteria = []
    for cid, label in labels.items():
        scores: list[int | None] = []
        for card in cards:
            result = card.criterion(cid)
            scores.append(None if result is None else round(result.score * 100))
        criteria.append(CriterionChange(cid, label, scores))
    return Comparison(question_ref, question_text, attempts, criteria)


def arrow(change: int | None) -> str:
    if change is None:
        return ""
    if change > 0:
        return f"▲{change}"
    if change < 0:
        return f"▼{-change}"
    return "="
