"""Small pieces of wording shared by the exports and ``mockint history``."""

from __future__ import annotations

from datetime import datetime

from mockint.scoring.model import NotJudged, ScoreCard
from mockint.store.records import FOLLOW_UP, RETAKE, AnswerRecord, SessionDetail, SessionSummary

PASS_MARK = "✓"
FAIL_MARK = "✗"
NOT_JUDGED = "Not enough to judge"


def local_time(moment: datetime | None) -> str:
    """``2024-05-01 14:02`` in the user's time zone; ``—`` when unknown."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "—"


def mean_text(summary: SessionSummary) -> str:
    return "—" if summary.mean_overall is None else f"{summary.mean_overall:.0f}"


def weakest_text(summary: SessionSummary) -> str:
    return summary.weakest_label or summary.weakest_criterion or "—"


def out_of_100(score: float) -> str:
    """A criterion's score (0..1) as the app shows it: ``72/100``."""
    return f"{round(score * 100)}/100"


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


def criterion_label(criterion_id: str, known: dict[str, str] | None = None) -> str:
    """The label of a criterion: as ``known`` names it, else the scorer's, else from its id."""
    if known and criterion_id in known:
        return known[criterion_id]
    from mockint.scoring.criteria import REGISTRY  # the criteria load only when needed

    spec = REGISTRY.get(criterion_id)
    return spec.label if spec is not None else criterion_id.replace("_", " ").capitalize()


def not_judged_text(item: NotJudged, known: dict[str, str] | None = None) -> str:
    """``Not enough to judge: Filler words — Only 4 words: no filler words to count.``"""
    label = criterion_label(item.id, known)
    return f"{NOT_JUDGED}: {label} — {item.reason}" if item.reason else f"{NOT_JUDGED}: {label}"


def rescoring_text(card: ScoreCard) -> str | None:
    """``rescored from 1.1.0 (voice measures were not kept: …)`` for a card rescored from an
    older scorer's (see :mod:`mockint.store.rescore`), else None."""
    old = card.metrics.get("rescored_from")
    if not old:
        return None
    note = card.metrics.get("rescore_note")
    return f"rescored from {old}" + (f" ({note})" if note else "")


def scorer_line(card: ScoreCard) -> str:
    """``Scorer 2.0.0`` (``, rescored from …`` when it was): the version line of every card."""
    line = f"Scorer {card.scorer_version or 'unknown'}"
    rescoring = rescoring_text(card)
    return f"{line}, {rescoring}" if rescoring else line


def answer_heading(answer: AnswerRecord) -> str:
    """``#12``, ``#14 · try 2 of #12``, ``#15 · follow-up to #14``: how review and exports name an
    answer and what it answers again."""
    if answer.kind == RETAKE and answer.parent_answer_id is not None:
        return f"#{answer.id} · try {answer.attempt} of #{answer.parent_answer_id}"
    if answer.kind == FOLLOW_UP and answer.parent_answer_id is not None:
        return f"#{answer.id} · follow-up to #{answer.parent_answer_id}"
    return f"#{answer.id}"
