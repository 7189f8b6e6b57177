"""Progress on a saved feedback since the day it was given, and what the plan should weigh.

A criterion the feedback named has improved once the mean of its last ``WINDOW`` answers since
that date reaches ``IMPROVED_AT``; until then (and until the user closes the feedback) the plan
weighs it (``build_plan(..., focus=open_feedback_focus(store))``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from mockint.aftermath.drill import criterion_label
from mockint.store.feedback_store import CriterionScores, FeedbackRecord, FeedbackStore
from mockint.store.history import HistoryStore

WINDOW = 10
IMPROVED_AT = 70


@dataclass(frozen=True)
class CriterionProgress:
    criterion_id: str
    label: str
    before: int | None  # 0..100: the level just before the feedback (else the first answer since)
    now: int | None  # 0..100: the mean of the last WINDOW answers since
    answers: int  # answers judged on it since the feedback

    @property
    def improved(self) -> bool:
        return self.answers >= WINDOW and self.now is not None and self.now >= IMPROVED_AT

    def describe(self) -> str:
        """"concrete example 41 → 78 over 12 answers"."""
        name = self.label[:1].lower() + self.label[1:]
        if self.now is None:
            return f"{name}: no answers yet"
        plural = "answer" if self.answers == 1 else "answers"
        start = "–" if self.before is None else str(self.before)
        done = " ✓ improved" if self.improved else ""
        return f"{name} {start} → {self.now} over {self.answers} {plural}{done}"

    def to_dict(self) -> dict[str, object]:
        return {"id": self.criterion_id, "label": self.label, "before": self.before, "now": self.now,
                "answers": self.answers, "improved": self.improved}


def _percent(values: Sequence[float]) -> int | None:
    return round(100 * sum(values) / len(values)) if values else None


def criterion_progress(scores: CriterionScores) -> CriterionProgress:
    before = scores.before or scores.since[:1]
    label = scores.label or criterion_label(scores.criterion_id)
    return CriterionProgress(scores.criterion_id, label, _percent(before),
                             _percent(scores.since[-WINDOW:]), len(scores.since))


def feedback_progress(store: FeedbackStore, record: FeedbackRecord) -> list[CriterionProgress]:
    """Each criterion of ``record`` since the day it was given."""
    ids = [t.id for t in record.criteria]
    return [criterion_progress(s) for s in store.scores_around(ids, record.given_at)]


def describe_progress(record: FeedbackRecord, progress: Sequence[CriterionProgress]) -> str:
    """"the Acme feedback since 2026-11-20: concrete example 41 → 78 over 12 answers; …"."""
    day = f"{record.given_at.astimezone():%Y-%m-%d}"
    parts = "; ".join(p.describe() for p in progress) or "no criteria chosen"
    closed = " (closed)" if not record.is_open else ""
    return f"{record.title}{closed} since {day}: {parts}"


def progress_rows(history: HistoryStore, *, include_closed: bool = True) -> list[tuple[FeedbackRecord, str]]:
    """Each saved feedback, newest first, with its line: "3. the Acme feedback since …: …"."""
    store = FeedbackStore(history)
    return [(r, f"{r.id}. {describe_progress(r, feedback_progress(store, r))}")
            for r in store.records(include_closed=include_closed)]


def progress_lines(history: HistoryStore, *, include_closed: bool = True) -> list[str]:
    """One line per saved feedback, newest first: "3. the Acme feedback since …: …"."""
    return [line for _, line in progress_rows(history, include_closed=include_closed)]


def open_feedback_focus(history: HistoryStore) -> dict[str, str]:
    """The criteria of open feedback that have not improved yet, each with the feedback it comes
    from ("the Acme feedback"): the plan's ``focus``. Newest feedback first."""
    store = FeedbackStore(history)
    focus: dict[str, str] = {}
    for record in store.records(include_closed=False):
        for progress in feedback_progress(store, record):
            if not progress.improved:
                focus.setdefault(progress.criterion_id, record.title)
    return focus
