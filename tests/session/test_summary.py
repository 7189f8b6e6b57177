from __future__ import annotations

from mockint.scoring.model import CriterionResult, ScoreCard
from mockint.session import FakeClock, Outcome, PracticeSession, SessionOptions, plan_questions
from mockint.session.answer_saver import ScoredAttempt
from mockint.session.summary import criteria_in_order, questions_to_redo, weakest_criteria

from .helpers import make_bank


def card(overall: int, **scores: float) -> ScoreCard:
    criteria = [
        CriterionResult(id=cid, label=cid.replace("_", " "), score=score, passed=score >= 0.6, tip=f"tip {cid} {score}")
        for cid, score in scores.items()
    ]
    return ScoreCard(overall=overall, criteria=criteria, metrics={}, scorer_version="test")


def test_criteria_in_first_seen_order() -> None:
    cards = [card(50, length=1, hedging=0.2), card(60, hedging=1, star_structure=0)]
    assert [cid for cid, _ in criteria_in_order(cards)] == ["length", "hedging", "star_structure"]


def test_weakest_criteria_rank_by_failure_rate_then_score_and_use_the_worst_tip() -> None:
    cards = [
        card(40, star_structure=0.1, hedging=0.5, length=0.9, enthusiasm=0.55),
        card(50, star_structure=0.3, hedging=0.9, length=0.2, enthusiasm=0.4),
        card(90, star_structure=0.5, hedging=1.0, length=1.0, enthusiasm=0.9),
    ]
    weak = weakest_criteria(cards)
    assert [w.id for w in weak] == ["star_structure", "enthusiasm", "length"]
    assert weak[0].failed == 3 and weak[0].seen == 3
    assert weak[0].tip == "tip star_structure 0.1"
    assert weak[2].tip == "tip length 0.2"


def test_weakest_criteria_lists_only_failed_ones() -> None:
    assert weakest_criteria([card(95, length=1.0, hedging=0.9)]) == []


def test_questions_to_redo_are_skipped_then_low_scores_lowest_first() -> None:
    clock = FakeClock()
    practice = PracticeSession(plan_questions(make_bank(5, think=0), SessionOptions()), clock)
    practice.start()
    overall_by_number = {1: 65, 3: 90, 4: 30}
    scored = []
    for number in range(1, 6):
        if number in overall_by_number:
            attempt = practice.submit(f"answer {number}")
            scored.append(ScoredAttempt(attempt, card(overall_by_number[number])))
        else:
            practice.skip()
        practice.next_question()
    redo = questions_to_redo(practice.attempts, scored)
    assert [a.number for a in redo] == [2, 5, 4]
    assert redo[0].outcome is Outcome.SKIPPED
    assert [a.number for a in questions_to_redo(practice.attempts, scored, limit=5)] == [2, 5, 4, 1]
