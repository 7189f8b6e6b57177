"""Spaced repetition of questions with FSRS (the ``fsrs`` package).

The state is derived from the history: :func:`catch_up` feeds every answer the scheduler has not
seen yet to FSRS. Only the first answer at a question on a (local) day counts; a retake the same
day is recorded as seen and changes nothing. Intervals are whole days (no minute-long learning
steps: an interview question is practised at most once a day) and without random fuzz.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone, tzinfo

import fsrs

from mockint.store.schedule import CardRow, PendingAnswer, ReviewRow, ScheduleChanges, ScheduleStore

STATE_FORMAT = 1
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def rating_for(overall: int) -> fsrs.Rating:
    """< 50 Again, < 70 Hard, < 85 Good, else Easy."""
    if overall < 50:
        return fsrs.Rating.Again
    if overall < 70:
        return fsrs.Rating.Hard
    if overall < 85:
        return fsrs.Rating.Good
    return fsrs.Rating.Easy


def local_day(moment: datetime, tz: tzinfo | None) -> date:
    return moment.astimezone(tz).date()


@dataclass(frozen=True)
class Scheduled:
    """A question's schedule as the plan sees it."""

    question_ref: str
    due: datetime
    last_overall: int | None
    last_answered_at: datetime | None


@dataclass
class ScheduleState:
    cards: dict[str, Scheduled] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)


def _scheduler() -> fsrs.Scheduler:
    return fsrs.Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)


def _card_id(ref: str) -> int:
    return int.from_bytes(ref.encode("utf-8")[:7].ljust(7, b"\0"), "big") or 1


class _Step:
    """One catch-up: what to write for the unseen answers, and what is wrong with stored state."""

    def __init__(self, now: datetime, tz: tzinfo | None, path: object) -> None:
        self.now, self.tz, self.path = now, tz, path
        self.scheduler = _scheduler()
        self.notices: list[str] = []
        self.unusable: set[str] = set()
        self.corrupt: set[str] = set()

    def __call__(self, pending: list[PendingAnswer], rows: dict[str, CardRow]) -> ScheduleChanges:
        changes = ScheduleChanges()
        cards: dict[str, fsrs.Card] = {}
        for ref, row in rows.items():
            card = self._load(row)
            if card is not None:
                cards[ref] = card
        counted_days = {  # a day before a card's last review is over: only that one matters
            (ref, local_day(card.last_review, self.tz).isoformat())
            for ref, card in cards.items()
            if card.last_review is not None
        }
        last: dict[str, PendingAnswer] = {}  # each question's latest answer
        for answer in pending:
            ref = answer.question_ref
            if ref in self.unusable:
                continue
            day = local_day(answer.answered_at, self.tz).isoformat()
            card = cards.get(ref)
            rating: fsrs.Rating | None = rating_for(answer.overall)
            if (
                card is not None
                and card.last_review is not None
                and ((ref, day) in counted_days or answer.answered_at < card.last_review)
            ):
                rating = None  # a retake on the same day (or an out-of-order clock)
            if rating is not None:
                if card is None:
                    card = fsrs.Card(card_id=_card_id(ref), due=answer.answered_at)
                card, _log = self.scheduler.review_card(card, rating, answer.answered_at)
                cards[ref] = card
                counted_days.add((ref, day))
            changes.reviews.append(
                ReviewRow(answer.answer_id, ref, day, None if rating is None else int(rating))
            )
            last[ref] = answer
        changes.cards = [  # serialised once per question, not once per answer
            CardRow(
                ref,
                STATE_FORMAT,
                json.dumps(cards[ref].to_dict()),
                cards[ref].due,
                answer.answer_id,
                answer.overall,
                answer.answered_at,
            )
            for ref, answer in last.items()
        ]
        changes.forget = sorted(self.corrupt)
        return changes

    def _load(self, row: CardRow) -> fsrs.Card | None:
        ref = row.question_ref
        if row.state_format > STATE_FORMAT:
            self.notices.append(
                f"{self.path}: the schedule of '{ref}' was written by a newer mockint "
                f"(format {row.state_format}); it is left as it is and skipped"
            )
            self.unusable.add(ref)
            return None
        try:
            card = fsrs.Card.from_dict(json.loads(row.state))
            if row.due is None or card.due.tzinfo is None:
                raise ValueError("no due date")
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            self.notices.append(
                f"{self.path}: the schedule of '{ref}' is corrupt ({type(exc).__name__}); "
                "it was rebuilt from your answers"
            )
            self.unusable.add(ref)
            self.corrupt.add(ref)
            return None
        if card.last_review is not None and card.last_review > self.now:
            self.notices.append(
                f"{self.path}: the schedule of '{ref}' says it was last practised "
                f"{card.last_review:%Y-%m-%d %H:%M} UTC, after now: is the clock right? skipped"
            )
            self.unusable.add(ref)
            return None
        return card


def catch_up(schedule: ScheduleStore, *, clock: Clock = utc_now, tz: tzinfo | None = None) -> ScheduleState:
    """Bring the stored schedule up to date with the history and return it.

    ``tz`` decides what "a day" is (default: the computer's local time zone)."""
    now = clock()
    step = _Step(now, tz, schedule.path)
    changes = schedule.update(step)
    notices = list(step.notices)
    if changes.forget:  # rebuilt from the answers that are still there
        step = _Step(now, tz, schedule.path)
        schedule.update(step)
        notices.extend(n for n in step.notices if n not in notices)
    state = ScheduleState(notices=notices)
    for ref, row in schedule.cards().items():
        if ref in step.unusable or row.due is None:
            continue
        state.cards[ref] = Scheduled(ref, row.due, row.last_overall, row.last_answered_at)
    return state
