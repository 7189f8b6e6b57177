"""What an interviewer would ask next, given what an answer said and how it scored.

An answer that lacks something gets one follow-up question about it, in this order:

- no story (the concrete example failed) where a story fits the question: "Can you give me one
  specific time that happened?";
- a story with no outcome: "How did it turn out?";
- a story without the candidate's own action: "What did you do yourself, step by step?";
- few of the question's key points covered: one of the bank's follow-ups.

For each gap a bank follow-up that asks for the same thing is preferred to the generic one; a bank
follow-up that assumes a story ("What would you do differently?", "How did your manager react?")
is only asked after a story was told. A role-play question (the words of an email or a call) never
gets a follow-up: a story makes no sense there. The follow-up's answer is scored on the criteria
it probes only (:attr:`FollowUp.probes`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from mockint.banks.model import Question
from mockint.scoring.questions import (
    GENERAL,
    ROLE_PLAY,
    SELF_DESCRIPTION,
    STORY,
    infer_question_type,
)
from mockint.session.options import FOLLOW_UP, PlannedQuestion

if TYPE_CHECKING:
    from mockint.scoring.model import CriterionResult, ScoreCard

CONCRETE_EXAMPLE = "concrete_example"
QUANTIFIED_RESULT = "quantified_result"
STAR_STRUCTURE = "star_structure"
OWNERSHIP = "ownership"
RELEVANCE = "relevance"

ASK_FOR_A_STORY = "Can you give me one specific time that happened?"
ASK_FOR_THE_OUTCOME = "How did it turn out?"
ASK_FOR_THE_ACTION = "What did you do yourself, step by step?"

# Gaps, the criteria a follow-up about each probes, and the question types where each is asked.
EXAMPLE, OUTCOME, ACTION, KEY_POINTS = "example", "outcome", "action", "key points"
PROBES = {
    EXAMPLE: (CONCRETE_EXAMPLE, OWNERSHIP),
    OUTCOME: (QUANTIFIED_RESULT,),
    ACTION: (OWNERSHIP,),
    KEY_POINTS: (RELEVANCE,),
}
STORY_FITS = frozenset({STORY, SELF_DESCRIPTION, GENERAL})  # "one specific time" makes sense
FOLLOW_UP_THINK_SECONDS = 5  # an interviewer's follow-up comes at once
FOLLOW_UP_ANSWER_SECONDS = 90

_ASSUMES_STORY = re.compile(
    r"\b(?:was|were|did|had|happened|reacted?|afterwards|differently|looking\s+back|at\s+the\s+time|"
    r"in\s+the\s+moment|since\s+then|that\s+(?:time|situation|project|person|lesson|team|decision|"
    r"experience|moment|feedback|deadline|conflict|day|week|month|year|job|role|manager|client|customer)|the\s+(?:person|situation|project|team|feedback))\b",
    re.IGNORECASE,
)
_ASKS = {
    EXAMPLE: re.compile(r"\b(?:example|specific|instance|a\s+time\s+(?:when|you))\b", re.IGNORECASE),
    OUTCOME: re.compile(r"\b(?:result|outcome|turn(?:ed)?\s+out|impact|measure|end(?:ed)?\s+up)\b", re.IGNORECASE),
    ACTION: re.compile(r"\b(?:what\s+did\s+you\s+(?:do|say|try)|your\s+(?:own\s+)?(?:part|role)|steps?)\b", re.IGNORECASE),
}


@dataclass(frozen=True)
class FollowUp:
    """A follow-up question, the gap it is about and the criteria its answer is scored on."""

    text: str
    gap: str
    probes: tuple[str, ...]
    from_bank: bool = False


def assumes_story(text: str) -> bool:
    """Whether a follow-up question takes a story for granted ("How did your manager react?")."""
    return bool(_ASSUMES_STORY.search(text))


def _missing_parts(card: ScoreCard) -> tuple[bool, bool]:
    """(no outcome, no own action) of a story, from the STAR parts found, else the criteria."""
    star = card.criterion(STAR_STRUCTURE)
    quantified = card.criterion(QUANTIFIED_RESULT)
    ownership = card.criterion(OWNERSHIP)
    metrics = star.metrics if star is not None else {}
    if "star_result" in metrics:
        no_outcome = not metrics["star_result"]
    else:
        no_outcome = quantified is not None and not quantified.passed
    no_action = (ownership is not None and not ownership.passed) or metrics.get("star_action") is False
    return no_outcome, no_action


def _gaps(card: ScoreCard) -> list[str]:
    """What the answer lacks, most important first."""
    example: CriterionResult | None = card.criterion(CONCRETE_EXAMPLE)
    told = example is not None and example.passed
    gaps = []
    if example is not None and not told:
        gaps.append(EXAMPLE)
    if told:
        no_outcome, no_action = _missing_parts(card)
        gaps += [gap for gap, missing in ((OUTCOME, no_outcome), (ACTION, no_action)) if missing]
    relevance = card.criterion(RELEVANCE)
    if relevance is not None and not relevance.passed:
        gaps.append(KEY_POINTS)
    return gaps


def _bank_follow_up(question: Question, gap: str, *, story_told: bool) -> str | None:
    for text in question.follow_ups:
        if not story_told and assumes_story(text):
            continue
        if gap == KEY_POINTS or _ASKS[gap].search(text):
            return text
    return None


def choose_follow_up(question: Question, card: ScoreCard, question_type: str | None = None) -> FollowUp | None:
    """The follow-up an interviewer would ask about this answer (see the module doc), or None."""
    kind = question_type or question.question_type or infer_question_type(question.text)
    if kind == ROLE_PLAY:
        return None
    example = card.criterion(CONCRETE_EXAMPLE)
    story_told = example is not None and example.passed
    judged = {c.id for c in card.criteria}
    for gap in _gaps(card):
        probes = tuple(p for p in PROBES[gap] if p in judged)
        if not probes:
            continue
        found = _bank_follow_up(question, gap, story_told=story_told)
        if found is not None:
            return FollowUp(found, gap, probes, from_bank=True)
        if gap == EXAMPLE and kind in STORY_FITS:
            return FollowUp(ASK_FOR_A_STORY, gap, probes)
        if gap == OUTCOME:
            return FollowUp(ASK_FOR_THE_OUTCOME, gap, probes)
        if gap == ACTION:
            return FollowUp(ASK_FOR_THE_ACTION, gap, probes)
        # Otherwise ("one specific time" does not answer "why us?") the next gap may fit.
    return None


def follow_up_question(question: Question, card: ScoreCard) -> str | None:
    """The text of :func:`choose_follow_up` (what the score card shows)."""
    chosen = choose_follow_up(question, card)
    return None if chosen is None else chosen.text


def plan_follow_up(planned: PlannedQuestion, follow_up: FollowUp, parent: str | None) -> PlannedQuestion:
    """The follow-up asked as the next question: the same question id (so it is kept with the
    answer it follows, ``parent``), scored on ``follow_up.probes`` only."""
    asked = planned.question
    question = replace(
        asked,
        text=follow_up.text,
        criteria=follow_up.probes,
        key_points=asked.key_points if RELEVANCE in follow_up.probes else (),
        synonyms=asked.synonyms if RELEVANCE in follow_up.probes else (),
        follow_ups=(),
        question_type=STORY if follow_up.gap in (EXAMPLE, OUTCOME, ACTION) else asked.question_type,
    )
    return replace(
        planned,
        question=question,
        think_seconds=min(planned.think_seconds, FOLLOW_UP_THINK_SECONDS),
        answer_seconds=min(planned.answer_seconds, FOLLOW_UP_ANSWER_SECONDS),
        kind=FOLLOW_UP,
        parent=parent,
        parent_answer_id=None,
        attempt=1,
        probes=follow_up.probes,
    )


def next_follow_up(
    planned: PlannedQuestion, card: ScoreCard, *, parent: str | None, asked: int, limit: int
) -> PlannedQuestion | None:
    """The follow-up to ask after this answer, unless ``asked`` already reached ``limit``."""
    if asked >= limit:
        return None
    chosen = choose_follow_up(planned.question, card)
    return None if chosen is None else plan_follow_up(planned, chosen, parent)
