"""What a user asks for when starting a session, and the list of questions it turns into."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from mockint.banks.model import Bank, Question
from mockint.errors import MockintError

# What one asking is and how answers are given: owned by the store (re-exported here).
from mockint.store.records import ANSWER, ANSWER_MODES, FOLLOW_UP, RETAKE, SPOKEN, TYPED  # noqa: F401

# What a user types or picks (``--mode type``, the start screen's "Type"/"Speak") for each mode.
MODE_WORDS = {"type": TYPED, "speak": SPOKEN}
DEFAULT_FOLLOW_UPS = 1  # what the config and the start screen offer by default


class SessionError(MockintError):
    """Bad session options, or an action the session cannot take in its current phase."""


@dataclass(frozen=True)
class SessionOptions:
    """How to run a session. ``None`` means "use each question's own value" / "every question"."""

    count: int | None = None
    shuffle: bool = False
    think_seconds: int | None = None
    answer_seconds: int | None = None
    mode: str = TYPED
    question_ids: tuple[str, ...] | None = None  # a chosen subset, e.g. "practice these next"
    seed: int | None = None  # fixes the shuffle (tests, reproducible sessions)
    # Follow-up questions asked at most per question; 0 (none) unless the caller asks for them:
    # the start screen does, from its switch ([practice] in the config: one by default).
    follow_ups: int = 0

    def validated(self) -> SessionOptions:
        if self.count is not None and self.count < 1:
            raise SessionError(f"count: must be at least 1, got {self.count}")
        if self.think_seconds is not None and self.think_seconds < 0:
            raise SessionError(f"think seconds: must be 0 or more, got {self.think_seconds}")
        if self.answer_seconds is not None and self.answer_seconds < 1:
            raise SessionError(f"answer seconds: must be at least 1, got {self.answer_seconds}")
        if self.follow_ups < 0:
            raise SessionError(f"follow-ups: must be 0 or more, got {self.follow_ups}")
        if self.mode not in ANSWER_MODES:
            raise SessionError(f"answer mode: must be one of {', '.join(ANSWER_MODES)}, got {self.mode!r}")
        return self

    def to_settings(self) -> dict[str, Any]:
        """The options as stored with the session in the history."""
        settings: dict[str, Any] = {
            "count": self.count,
            "shuffle": self.shuffle,
            "think_seconds": self.think_seconds,
            "answer_seconds": self.answer_seconds,
            "mode": self.mode,
            "follow_ups": self.follow_ups,
        }
        if self.question_ids is not None:
            settings["question_ids"] = list(self.question_ids)
        return settings


@dataclass(frozen=True)
class PlannedQuestion:
    """A question as this session asks it, with the think and answer times that apply.

    ``bank``: the bank the question comes from when the session mixes banks (else the session's).
    A retake or a follow-up names its ``parent``: the answer (its UUID in the history) it goes
    back to; ``attempt`` counts the tries at the question, ``probes`` are the criteria a
    follow-up's answer is scored on."""

    question: Question
    think_seconds: int
    answer_seconds: int
    bank: Bank | None = None
    kind: str = ANSWER
    parent: str | None = None
    parent_answer_id: int | None = None  # a parent already in the history (a retake from review)
    attempt: int = 1
    probes: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return self.question.id

    def retake(self, parent: str | None, attempt: int) -> PlannedQuestion:
        """The same question asked again, as try number ``attempt`` of the answer ``parent``."""
        return replace(self, kind=RETAKE, parent=parent, attempt=attempt, probes=())


@dataclass(frozen=True)
class MixedBank(Bank):
    """Questions from several banks in one session (today's practice). Each question's id is its
    reference ``bank_id/question_id`` (so the history and the scheduler know where it came from);
    ``sources`` holds each question's own bank, in the same order, for scoring."""

    sources: tuple[Bank, ...] = ()

    @classmethod
    def of(cls, bank_id: str, title: str, picked: Sequence[tuple[Bank, Question]]) -> MixedBank:
        questions = tuple(replace(q, id=f"{b.id}/{q.id}") for b, q in picked)
        return cls(id=bank_id, title=title, questions=questions, sources=tuple(b for b, _ in picked))

    def source_of(self, question_id: str) -> Bank | None:
        index = next((i for i, q in enumerate(self.questions) if q.id == question_id), None)
        return None if index is None or index >= len(self.sources) else self.sources[index]


def plan_questions(bank: Bank, options: SessionOptions) -> list[PlannedQuestion]:
    """The questions of ``bank`` to ask, in order, with their times (options win over the bank)."""
    options.validated()
    questions: Sequence[Question] = bank.questions
    if options.question_ids is not None:
        wanted = set(options.question_ids)
        unknown = [qid for qid in options.question_ids if bank.question(qid) is None]
        if unknown:
            raise SessionError(f"bank {bank.id!r} has no question {unknown[0]!r}")
        questions = [q for q in bank.questions if q.id in wanted]
    if not questions:
        raise SessionError(f"bank {bank.id!r} has no questions")
    chosen = list(questions)
    if options.shuffle:
        random.Random(options.seed).shuffle(chosen)
    if options.count is not None:
        chosen = chosen[: options.count]
    return [
        PlannedQuestion(
            question=q,
            think_seconds=q.think_seconds if options.think_seconds is None else options.think_seconds,
            answer_seconds=q.answer_seconds if options.answer_seconds is None else options.answer_seconds,
            bank=bank.source_of(q.id) if isinstance(bank, MixedBank) else None,
        )
        for q in chosen
    ]
