"""Which answers are tries at the same question: the first, its retakes and retakes of those."""

from __future__ import annotations

from mockint.coach.attempts import tries
from mockint.store.records import ANSWER, FOLLOW_UP, RETAKE, AnswerRecord
from tests.coach.helpers import card


def record(answer_id: int, parent: int | None = None, attempt: int = 1, kind: str = ANSWER) -> AnswerRecord:
    return AnswerRecord(answer_id, "q1", "Question?", "An answer.", "typed", None, None, None, None, None, card(40),
                        parent_answer_id=parent, attempt=attempt, kind=kind)


def test_retakes_of_retakes_are_tries_at_the_first_answers_question() -> None:
    first, other = record(1), record(2)
    retake = record(3, 1, 2, RETAKE)
    follow_up = record(4, 3, kind=FOLLOW_UP)
    retake_of_retake = record(5, 3, 3, RETAKE)
    answers = [first, retake, follow_up, retake_of_retake, other]
    for answer in (first, retake, retake_of_retake):
        assert tries(answers, answer) == [1, 3, 5]
    assert tries(answers, other) == [2]


def test_a_first_try_in_another_session_leads_the_tries() -> None:
    retake = record(7, 1, 2, RETAKE)
    again = record(9, 7, 3, RETAKE)
    assert tries([retake, again], again) == [1, 7, 9]
    assert tries([retake], retake) == [1, 7]
