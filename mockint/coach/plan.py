"""Today's practice: the questions that are due again, then new ones that work on the weakest
criteria (or, with no history yet, a first session that samples every criterion)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

from mockint.banks.catalog import Catalog
from mockint.banks.model import Bank, Question
from mockint.banks.rules import KNOWN_BUILTIN_CRITERIA
from mockint.coach import DEFAULT_COUNT
from mockint.coach.scheduler import Clock, Scheduled, catch_up, local_day, utc_now
from mockint.store.history import HistoryStore
from mockint.store.lookup import recent_criterion_scores
from mockint.store.schedule import ScheduleStore

RECENT_WEIGHT = 0.9  # each older answer weighs 0.9 times the next newer one
WEAK_BELOW = 0.7  # a criterion below this level is one to work on
LOW_OVERALL = 70  # a question whose last answer scored below this is "low"
WEAKEST_SHOWN = 3


@dataclass(frozen=True)
class CriterionLevel:
    id: str
    label: str
    level: float  # 0..1, recent answers weighing more
    answers: int  # how many answers judged it (at most the recent window)


@dataclass(frozen=True)
class PlanItem:
    bank_id: str
    question_id: str
    text: str
    reason: str
    due: datetime | None  # None: a question never answered

    def to_dict(self) -> dict[str, Any]:
        return {
            "bank": self.bank_id,
            "question": self.question_id,
            "text": self.text,
            "reason": self.reason,
            "due": None if self.due is None else self.due.isoformat(),
        }


@dataclass
class Plan:
    items: list[PlanItem] = field(default_factory=list)
    levels: list[CriterionLevel] = field(default_factory=list)  # weakest first
    weakest: list[CriterionLevel] = field(default_factory=list)
    low_scoring: list[str] = field(default_factory=list)  # question refs, lowest first
    notices: list[str] = field(default_factory=list)


def criterion_levels(store: HistoryStore) -> list[CriterionLevel]:
    """Each judged criterion's weighted mean score, weakest first."""
    levels = []
    for cid, (label, scores) in recent_criterion_scores(store).items():
        weights = [RECENT_WEIGHT**k for k in range(len(scores))]
        level = sum(w * s for w, s in zip(weights, scores)) / sum(weights)
        levels.append(CriterionLevel(cid, label, level, len(scores)))
    levels.sort(key=lambda c: (c.level, c.id))
    return levels


def exercised_criteria(bank: Bank, question: Question) -> tuple[str, ...]:
    """The criteria that score a question: its own or its bank's list, else every built-in one;
    then the bank's own criteria that score it (all of them unless the question lists its own)."""
    base = question.criteria if question.criteria is not None else KNOWN_BUILTIN_CRITERIA
    return tuple(base) + tuple(c.id for c in bank.custom_criteria_for(question) if c.id not in base)


def _phrase(label: str) -> str:
    return label[:1].lower() + label[1:]


def build_plan(
    store: HistoryStore,
    catalog: Catalog,
    *,
    count: int = DEFAULT_COUNT,
    clock: Clock = utc_now,
    tz: tzinfo | None = None,
    focus: Mapping[str, str] | None = None,
) -> Plan:
    """``focus``: criteria to weigh first, each with why ("the Acme feedback"): feedback not yet
    acted on (:func:`mockint.aftermath.progress.open_feedback_focus`). Up to half the plan is
    kept for new questions on them, whatever is due."""
    focus = dict(focus or {})
    reserved = min(len(focus), max(1, count // 2)) if focus else 0
    now = clock()
    today = local_day(now, tz)
    state = catch_up(ScheduleStore(store), clock=lambda: now, tz=tz)
    plan = Plan(notices=list(state.notices))
    plan.levels = criterion_levels(store)
    plan.weakest = [c for c in plan.levels if c.level < WEAK_BELOW][:WEAKEST_SHOWN]
    questions: dict[str, tuple[Bank, Question]] = {
        f"{bank.id}/{q.id}": (bank, q) for bank in catalog.banks() for q in bank.questions
    }
    vanished = sorted(ref for ref in state.cards if ref not in questions)
    if vanished:
        plan.notices.append(
            f"skipped {len(vanished)} scheduled question{'s' if len(vanished) != 1 else ''} "
            f"no longer in any bank: {', '.join(vanished)}"
        )
    known = [s for ref, s in state.cards.items() if ref in questions]
    plan.low_scoring = [
        s.question_ref
        for s in sorted(known, key=lambda s: (s.last_overall or 0, s.question_ref))
        if s.last_overall is not None and s.last_overall < LOW_OVERALL
    ]
    due = sorted(
        (s for s in known if local_day(s.due, tz) <= today),
        key=lambda s: (s.due, s.last_overall or 0, s.question_ref),
    )
    for scheduled in due[: count - reserved]:
        bank, question = questions[scheduled.question_ref]
        plan.items.append(_item(bank, question, _due_reason(scheduled, tz), scheduled.due))
    fresh = [(ref, bq) for ref, bq in questions.items() if ref not in state.cards]
    labels = {c.id: c.label for c in plan.levels}
    if plan.levels:
        targets = [c.id for c in plan.weakest] or [c.id for c in plan.levels[:WEAKEST_SHOWN]]
        targets += [c for c in KNOWN_BUILTIN_CRITERIA if c not in labels]
        lead = "works on"
    else:
        targets, lead = list(KNOWN_BUILTIN_CRITERIA), "first session: samples"
    targets = list(focus) + [c for c in targets if c not in focus]
    _add_new(plan, fresh, targets, labels, lead, count, cover_first=not plan.levels, focus=focus)
    if len(plan.items) < count:  # everything answered: bring back the lowest scores early
        chosen = {f"{i.bank_id}/{i.question_id}" for i in plan.items}
        rest = sorted(
            (s for s in known if s.question_ref not in chosen),
            key=lambda s: (s.last_overall or 0, s.due, s.question_ref),
        )
        for scheduled in rest[: count - len(plan.items)]:
            bank, question = questions[scheduled.question_ref]
            reason = f"{_due_reason(scheduled, tz).replace('due again', 'early retake')}"
            plan.items.append(_item(bank, question, reason, scheduled.due))
    return plan


def _add_new(
    plan: Plan,
    fresh: list[tuple[str, tuple[Bank, Question]]],
    targets: list[str],
    labels: dict[str, str],
    lead: str,
    count: int,
    *,
    cover_first: bool = False,
    focus: Mapping[str, str] | None = None,
) -> None:
    """Round-robin over the target criteria: for each, the most focused new question on it.
    ``cover_first``: the first round skips criteria a question already chosen exercises."""
    exercised = {ref: exercised_criteria(b, q) for ref, (b, q) in fresh}
    used: set[str] = set()
    covered: set[str] = set()
    while len(plan.items) < count and targets:
        progressed = False
        for cid in list(targets):
            if len(plan.items) >= count:
                return
            if cover_first and cid in covered:
                continue
            options = [ref for ref, _ in fresh if ref not in used and cid in exercised[ref]]
            if not options:
                targets.remove(cid)
                continue
            ref = min(options, key=lambda r: len(exercised[r]))  # stable: bank order on ties
            used.add(ref)
            bank, question = dict(fresh)[ref]
            label = labels.get(cid, cid.replace("_", " "))
            if focus and cid in focus:
                reason = f"works on {_phrase(label)} ({focus[cid]})"
            else:
                reason = f"{lead} {_phrase(label)}"
            plan.items.append(_item(bank, question, reason, None))
            covered.update(exercised[ref])
            progressed = True
        if cover_first:
            cover_first, progressed = False, True
        if not progressed:
            return


def _due_reason(scheduled: Scheduled, tz: tzinfo | None) -> str:
    if scheduled.last_answered_at is None or scheduled.last_overall is None:
        return "due again"
    day = local_day(scheduled.last_answered_at, tz).isoformat()
    return f"due again: {scheduled.last_overall} last time on {day}"


def _item(bank: Bank, question: Question, reason: str, due: datetime | None) -> PlanItem:
    return PlanItem(bank.id, question.id, question.text, reason, due)
