"""Stored sessions for the review and trends tests (this module holds helpers, no tests).

``save_session`` scores each answer with the real scorer and stores it in a real SQLite store;
``fixed_card`` builds a hand-written score card for the snapshot tests, so the pictures do not
change whenever the scorer is tuned.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, timezone

import pytest

from mockint.scoring.model import CriterionResult, ScoreCard, Span
from mockint.scoring.scorer import SCORER_VERSION
from mockint.store import HistoryStore

T0 = datetime(2025, 3, 3, 9, 0, tzinfo=timezone.utc)

STRONG_ANSWER = (
    "For example, last year I led the migration of our billing service to a new database. "
    "I planned the cut-over, wrote the rollback script myself and ran three rehearsals. "
    "As a result we moved 4 million records with no downtime and cut costs by 30 percent."
)
WEAK_ANSWER = "Um, I guess I kind of helped with, like, some stuff on the team, you know, maybe."
MIDDLING_ANSWER = (
    "I worked on a reporting tool with two colleagues. I wrote the export part and it "
    "made the monthly report faster for the finance team."
)


def scored_card(question_text: str, answer_text: str) -> ScoreCard:
    """The real scorer's card for this answer."""
    from mockint.scoring import score_answer
    from mockint.scoring.model import AnswerInput

    return score_answer(AnswerInput(text=answer_text, question_text=question_text))


def save_session(
    store: HistoryStore,
    *,
    bank_id: str,
    bank_title: str,
    answers: Sequence[tuple[str, str]],
    started_at: datetime,
    card_for: Callable[[str, str], ScoreCard] = scored_card,
) -> int:
    """Store a finished session of ``(question, answer)`` pairs, a minute apart; its id."""
    session_id = store.start_session(
        bank_id=bank_id, bank_title=bank_title, settings={"count": len(answers)}, started_at=started_at
    )
    for number, (question, text) in enumerate(answers):
        ended = started_at + timedelta(minutes=number + 1)
        store.add_answer(
            session_id,
            question_id=f"q{number + 1}",
            question_text=question,
            text=text,
            mode="typed",
            card=card_for(question, text),
            think_s=5.0,
            answer_s=40.0,
            started_at=ended - timedelta(seconds=40),
            ended_at=ended,
        )
    store.end_session(session_id, ended_at=started_at + timedelta(minutes=len(answers) + 1))
    return session_id


def _result(criterion_id: str, label: str, score: float, tip: str, text: str, evidence: str = "") -> CriterionResult:
    spans = []
    if evidence:
        start = text.index(evidence)
        spans.append(Span(start, start + len(evidence), evidence))
    return CriterionResult(criterion_id, label, score, score >= 0.6, tip, spans=spans, summary=f"{label}: {score:.2f}")


def fixed_card(overall: int, text: str) -> ScoreCard:
    """A hand-written card whose criterion scores follow ``overall`` (for snapshots)."""
    base = overall / 100
    example = "For example" if "For example" in text else ""
    filler = "Um" if "Um" in text else ""
    return ScoreCard(
        overall=overall,
        criteria=[
            _result("concrete_example", "Concrete example", base, "Name one real situation.", text, example),
            _result("quantified_result", "Quantified result", max(0.0, base - 0.2), "Give a number.", text),
            _result("filler_words", "Filler words", min(1.0, base + 0.1), "Pause instead of um.", text, filler),
        ],
        metrics={"words": len(text.split())},
        scorer_version=SCORER_VERSION,  # as this scorer stores it: neither rescored nor hidden
    )


@pytest.fixture
def utc():
    """Local time is UTC, so the dates the screens show are the ones stored."""
    previous = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if previous is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = previous
    time.tzset()


def save_fixed_history(store: HistoryStore, sessions: int) -> list[int]:
    """``sessions`` sessions of two answers, a day apart, with hand-written cards whose overall
    climbs with a little wobble; alternating between two banks (one titled like markup)."""
    banks = [("practice-demo", "Practice demo"), ("markup-bank", "[bold]Not bold[/bold]")]
    answers = [STRONG_ANSWER, WEAK_ANSWER]
    ids = []
    for day in range(sessions):
        overall = min(98, 35 + day * 5 + (7 if day % 3 == 0 else 0))
        bank_id, bank_title = banks[day % 2]
        ids.append(
            save_session(
                store,
                bank_id=bank_id,
                bank_title=bank_title,
                answers=[("Tell me about a project you are proud of.", a) for a in answers],
                started_at=T0 + timedelta(days=day, minutes=7 * day),
                card_for=lambda question, text, overall=overall: fixed_card(overall, text),
            )
        )
    return ids
