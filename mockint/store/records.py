"""What the history store hands back: plain dataclasses, each with ``to_dict`` for JSON output."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from mockint.scoring.model import ScoreCard, Word

# What an answer is (the ``kind`` column): a first answer, a later try, or a follow-up's answer.
ANSWER = "answer"
RETAKE = "retake"
FOLLOW_UP = "follow_up"
ANSWER_KINDS = (ANSWER, RETAKE, FOLLOW_UP)

# How an answer was given (the ``mode`` column): the one list of answer modes.
TYPED = "typed"
SPOKEN = "spoken"
ANSWER_MODES = (TYPED, SPOKEN)

Timestamp = datetime | float | None
"""A moment as callers give it: an aware or naive (local) datetime, epoch seconds, or None (now)."""


def to_db_time(moment: Timestamp, *, default_now: bool = True) -> str | None:
    """ISO 8601 text in UTC with microseconds (sorts as text); None stays None unless defaulted."""
    if moment is None:
        if not default_now:
            return None
        moment = datetime.now(timezone.utc)
    elif isinstance(moment, (int, float)):
        moment = datetime.fromtimestamp(moment, timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def from_db_time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


@dataclass(frozen=True)
class SessionSummary:
    """One row of ``mockint history`` and of the TUI's review list."""

    id: int
    started_at: datetime
    ended_at: datetime | None
    bank_id: str
    bank_title: str
    answer_count: int
    mean_overall: float | None  # 0..100; None when the session has no answers
    weakest_criterion: str | None  # the criterion id with the lowest mean score
    weakest_label: str | None = None
    weakest_score: float | None = None  # its mean score, 0..1

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "started_at": _iso(self.started_at),
            "ended_at": _iso(self.ended_at),
            "bank_id": self.bank_id,
            "bank_title": self.bank_title,
            "answer_count": self.answer_count,
            "mean_overall": None if self.mean_overall is None else round(self.mean_overall, 1),
            "weakest_criterion": self.weakest_criterion,
            "weakest_label": self.weakest_label,
            "weakest_score": None if self.weakest_score is None else round(self.weakest_score, 3),
        }


@dataclass(frozen=True)
class AnswerRecord:
    """A stored answer with its score card."""

    id: int
    question_id: str
    question_text: str
    text: str
    mode: str  # one of ANSWER_MODES
    audio_path: str | None
    think_s: float | None
    answer_s: float | None
    started_at: datetime | None
    ended_at: datetime | None
    card: ScoreCard
    words: list[Word] | None = None
    # A retake or a follow-up (schema 5): which answer it belongs to, and the how-manieth try.
    parent_answer_id: int | None = None
    attempt: int = 1
    kind: str = ANSWER  # ANSWER, RETAKE or FOLLOW_UP

    @property
    def root_id(self) -> int:
        """The answer this one is grouped under: its parent's id, or its own."""
        return self.parent_answer_id if self.parent_answer_id is not None else self.id

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "parent_answer_id": self.parent_answer_id,
            "attempt": self.attempt,
            "kind": self.kind,
            "question_id": self.question_id,
            "question_text": self.question_text,
            "text": self.text,
            "mode": self.mode,
            "audio_path": self.audio_path,
            "think_s": self.think_s,
            "answer_s": self.answer_s,
            "started_at": _iso(self.started_at),
            "ended_at": _iso(self.ended_at),
            "card": self.card.to_dict(),
            "words": None if self.words is None else [word_to_dict(w) for w in self.words],
        }


@dataclass(frozen=True)
class SessionDetail:
    summary: SessionSummary
    settings: dict[str, Any]
    answers: list[AnswerRecord]

    def to_dict(self) -> dict[str, Any]:
        return {
            "session": self.summary.to_dict(),
            "settings": self.settings,
            "answers": [a.to_dict() for a in self.answers],
        }


@dataclass(frozen=True)
class TrendPoint:
    """One criterion's score (0..1) for one answer; ``criterion_id="overall"`` is overall/100."""

    answered_at: datetime
    criterion_id: str
    score: float
    label: str = ""  # as the scorer named it when the answer was scored


def word_to_dict(word: Word) -> dict[str, Any]:
    return {
        "text": word.text,
        "start": word.start,
        "end": word.end,
        "probability": word.probability,
    }


def word_from_dict(data: dict[str, Any]) -> Word:
    return Word(data["text"], data["start"], data["end"], data.get("probability"))


def _by_parent(
    answers: Sequence[AnswerRecord], kinds: tuple[str, ...]
) -> tuple[list[AnswerRecord], dict[int, list[AnswerRecord]]]:
    """``answers`` split into the ones that head a group and, per answer id, the answers of
    ``kinds`` whose parent is that answer (each list in the given order). An answer whose parent
    is not among ``answers`` (another session's, or deleted) heads its own group."""
    ids = {a.id for a in answers}
    heads: list[AnswerRecord] = []
    children: dict[int, list[AnswerRecord]] = {}
    for answer in answers:
        parent = answer.parent_answer_id
        if parent is not None and parent in ids and parent != answer.id and answer.kind in kinds:
            children.setdefault(parent, []).append(answer)
        else:
            heads.append(answer)
    return heads, children


def _descendants(answer: AnswerRecord, children: dict[int, list[AnswerRecord]]) -> list[AnswerRecord]:
    """Every answer below ``answer`` (depth first), each listed once even if the links loop."""
    found: list[AnswerRecord] = []
    seen = {answer.id}
    stack = list(reversed(children.get(answer.id, [])))
    while stack:
        child = stack.pop()
        if child.id in seen:
            continue
        seen.add(child.id)
        found.append(child)
        stack.extend(reversed(children.get(child.id, [])))
    return found


def grouped(answers: Sequence[AnswerRecord]) -> list[AnswerRecord]:
    """``answers`` reordered so each one is followed by its retakes (by try) and follow-ups."""
    heads, children = _by_parent(answers, (RETAKE, FOLLOW_UP))
    for kids in children.values():
        kids.sort(key=lambda c: (c.kind == FOLLOW_UP, c.attempt, c.id))
    ordered: list[AnswerRecord] = []
    for head in heads:
        ordered += [head, *_descendants(head, children)]
    return ordered


def with_follow_ups(answers: Sequence[AnswerRecord]) -> list[tuple[AnswerRecord, list[AnswerRecord]]]:
    """Each answer that is not a follow-up to another of ``answers`` (first answers and retakes,
    in the given order), with the follow-ups asked after it (and after those), in order."""
    heads, children = _by_parent(answers, (FOLLOW_UP,))
    return [(head, _descendants(head, children)) for head in heads]
