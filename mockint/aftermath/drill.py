"""A drill on what the feedback named: questions from any bank that exercise those criteria and
topics, each timed to match.

A question exercises the criteria that score it (its ``criteria``, or its bank's:
:func:`mockint.coach.plan.exercised_criteria`) and the topics its tags (or its bank) are about
(:data:`mockint.aftermath.phrases.TOPICS`). The drill is chosen greedily: each pick is the
question that works on the most targets not yet covered, favouring questions made for a criterion
(a story question for a concrete example, a "why us" question for enthusiasm) and a mix of banks.
Pure and deterministic: the same banks and targets give the same drill.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from mockint.aftermath.phrases import TOPICS
from mockint.banks.model import Bank, Question
from mockint.banks.rules import KNOWN_BUILTIN_CRITERIA
from mockint.coach.plan import exercised_criteria
from mockint.scoring.questions import MOTIVATION, SELF_DESCRIPTION, STORY, infer_question_type
from mockint.session.options import MixedBank

DRILL_BANK_ID = "feedback-drill"
DEFAULT_DRILL_COUNT = 5
SHORTER_ANSWER_SECONDS = 90  # "long and hard to follow": practise saying it in 90 seconds
LONGER_ANSWER_SECONDS = 120  # "answers were too short": room to tell the whole story
STORY_THINK_SECONDS = 30  # time to pick a real situation before answering

_FAVOURED_TYPES = {
    "concrete_example": {STORY},
    "quantified_result": {STORY},
    "star_structure": {STORY},
    "ownership": {STORY},
    "enthusiasm": {MOTIVATION, SELF_DESCRIPTION},
    "hedging": {SELF_DESCRIPTION},
}
_FAVOURED_TAGS = {
    "professional_tone": {"conflict", "career-history", "rejection", "failure", "cv-gap", "transition", "feedback"},
    "enthusiasm": {"motivation", "opener", "culture-fit", "pitch"},
    "hedging": {"strengths", "pitch", "achievements", "self-awareness"},
    "quantified_result": {"achievements", "impact", "metrics"},
}
_STORY_CRITERIA = {"concrete_example", "quantified_result", "star_structure", "ownership"}
_SAME_BANK_PENALTY = 0.75


def criterion_label(criterion_id: str) -> str:
    """The scorer's name for a built-in criterion ("Concrete example"), else the id in words."""
    from mockint.scoring.criteria import REGISTRY

    spec = REGISTRY.get(criterion_id)
    return spec.label if spec is not None else criterion_id.replace("_", " ").capitalize()


def topic_label(topic_id: str) -> str:
    topic = TOPICS.get(topic_id)
    return topic.label if topic is not None else topic_id


@dataclass(frozen=True)
class DrillItem:
    source: Bank  # the bank the question comes from (its own criteria score the answer)
    question: Question
    think_seconds: int
    answer_seconds: int
    criteria: tuple[str, ...]  # the targets it works on
    topics: tuple[str, ...]

    @property
    def bank_id(self) -> str:
        return self.source.id

    @property
    def ref(self) -> str:
        return f"{self.bank_id}/{self.question.id}"

    @property
    def reason(self) -> str:
        parts = [criterion_label(c).lower() for c in self.criteria]
        parts += [f"topic {topic_label(t)}" for t in self.topics]
        return "works on " + ", ".join(parts) if parts else "practice"

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.ref,
            "text": self.question.text,
            "think_seconds": self.think_seconds,
            "answer_seconds": self.answer_seconds,
            "criteria": list(self.criteria),
            "topics": list(self.topics),
            "reason": self.reason,
        }


@dataclass
class Drill:
    items: list[DrillItem] = field(default_factory=list)
    criteria: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    timing: str = ""

    @property
    def refs(self) -> list[str]:
        return [item.ref for item in self.items]

    def bank(self, title: str = "Feedback drill") -> MixedBank:
        """The drill as a bank a practice session can run, mixing banks as today's practice does
        (:class:`~mockint.session.options.MixedBank`): each question under its reference
        (``bank/question``, so the history and the scheduler know it), with the drill's times,
        and scored on its own bank's criteria."""
        picked = [
            (i.source, replace(i.question, think_seconds=i.think_seconds, answer_seconds=i.answer_seconds))
            for i in self.items
        ]
        mixed = MixedBank.of(DRILL_BANK_ID, title, picked)
        return replace(mixed, description="Questions on what the feedback named.")


def build_drill(
    banks: Iterable[Bank],
    criteria: Sequence[str],
    topics: Sequence[str] = (),
    *,
    count: int = DEFAULT_DRILL_COUNT,
    timing: str = "",
) -> Drill:
    """Up to ``count`` questions working on ``criteria`` and ``topics``; ``timing`` "shorter" or
    "longer" adjusts the answer time (see :attr:`FeedbackMapping.timing`)."""
    wanted = tuple(dict.fromkeys(criteria))
    wanted_topics = tuple(dict.fromkeys(t for t in topics if t in TOPICS))
    drill = Drill(criteria=wanted, topics=wanted_topics, timing=timing)
    candidates = []
    for bank in banks:
        for question in bank.questions:
            exercised = exercised_criteria(bank, question)
            works = tuple(c for c in wanted if c in exercised)
            about = tuple(t for t in wanted_topics if _about(bank, question, t))
            if works or about:
                candidates.append((bank, question, works, about))
    covered: set[str] = set()
    per_bank: dict[str, int] = {}
    while candidates and len(drill.items) < count:
        best = max(
            range(len(candidates)),
            key=lambda i: (_value(candidates[i], covered, per_bank), -i),
        )
        bank, question, works, about = candidates.pop(best)
        covered.update(works)
        covered.update(f"topic:{t}" for t in about)
        per_bank[bank.id] = per_bank.get(bank.id, 0) + 1
        think, answer = _times(question, works, timing)
        drill.items.append(DrillItem(bank, question, think, answer, works, about))
    return drill


def _about(bank: Bank, question: Question, topic_id: str) -> bool:
    topic = TOPICS[topic_id]
    return bank.id in topic.banks or not topic.tags.isdisjoint(question.tags)


def _value(candidate: tuple[Bank, Question, tuple[str, ...], tuple[str, ...]], covered: set[str],
           per_bank: dict[str, int]) -> float:
    bank, question, works, about = candidate
    kind = question.question_type or infer_question_type(question.text)
    value = 0.0
    for cid in works:
        value += 1.0 if cid in covered else 2.0
        if kind in _FAVOURED_TYPES.get(cid, ()) or not _FAVOURED_TAGS.get(cid, set()).isdisjoint(question.tags):
            value += 0.5
        if cid == "relevance" and question.key_points:
            value += 0.5
    for tid in about:
        value += 1.5 if f"topic:{tid}" in covered else 3.0
    return value - _SAME_BANK_PENALTY * per_bank.get(bank.id, 0)


def _times(question: Question, works: tuple[str, ...], timing: str) -> tuple[int, int]:
    think, answer = question.think_seconds, question.answer_seconds
    if _STORY_CRITERIA.intersection(works):
        think = max(think, STORY_THINK_SECONDS)
    if timing == "shorter":
        answer = min(answer, SHORTER_ANSWER_SECONDS)
    elif timing == "longer":
        answer = max(answer, LONGER_ANSWER_SECONDS)
    return think, answer


def known_criteria() -> tuple[str, ...]:
    """The criteria feedback can be corrected to (the built-in ones)."""
    return KNOWN_BUILTIN_CRITERIA


def known_topics() -> tuple[str, ...]:
    """The topics feedback can be corrected to."""
    return tuple(TOPICS)
