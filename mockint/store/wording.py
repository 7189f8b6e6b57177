"""Small pieces of wording shared by the exports and ``mockint history``."""

from __future__ import annotations

from datetime import datetime

from mockint.store.records import AnswerRecord, SessionDetail, SessionSummary

PASS_MARK = "✓"
FAIL_MARK = "✗"


def local_time(moment: datetime | None) -> str:
    """``2024-05-01 14:02`` in the user's time zone; ``—`` when unknown."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "—"


def criterion_score(score: float) -> str:
    """A criterion's 0..1 score as the app shows it: ``71/100``."""
    return f"{round(score * 100)}/100"


def mean_text(summary: SessionSummary) -> str:
    return "—" if summary.mean_overall is None else f"{summary.mean_overall:.0f}"


def weakest_text(summary: SessionSummary) -> str:
    return summary.weakest_label or summary.weakest_criterion or "—"


def session_facts(summary: SessionSummary) -> list[tuple[str, str]]:
    """The lines under a session's title: (name, value)."""
    return [
        ("Bank", f"{summary.bank_title} ({summary.bank_id})"),
        ("Started", local_time(summary.started_at)),
        ("Answers", str(summary.answer_count)),
        ("Mean overall", mean_text(summary)),
        ("Weakest criterion", weakest_text(summary)),
    ]


def session_title(summary: SessionSummary) -> str:
    return f"Session {summary.id}: {summary.bank_title}"


def answer_facts(answer: AnswerRecord) -> str:
    """``spoken · thought 12 s · answered 95 s · overall 72/100``."""
    parts = [answer.mode]
    if answer.think_s is not None:
        parts.append(f"thought {answer.think_s:.0f} s")
    if answer.answer_s is not None:
        parts.append(f"answered {answer.answer_s:.0f} s")
    parts.append(f"overall {answer.card.overall}/100")
    return " · ".join(parts)


def criterion_labels(detail: SessionDetail) -> dict[str, str]:
    """Every criterion of the session's cards, id -> label, in order of first appearance."""
    labels: dict[str, str] = {}
    for answer in detail.answers:
        for criterion in answer.card.criteria:
            labels.setdefault(criterion.id, criterion.label)
    return labels
