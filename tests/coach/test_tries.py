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


def test_the_first_try_is_the_oldest_the_retake_links_reach_among_the_answers() -> None:
    first, retake, again = record(1), record(7, 1, 2, RETAKE), record(9, 7, 3, RETAKE)
    assert tries([first, retake, again], again) == [1, 7, 9]  # (review holds another session's first try)
    assert tries([retake, again], again) == [7, 9]  # the first try is gone: the chain stops at its retake
    assert tries([retake], retake) == [7]


def test_other_sessions_tries_stand_where_this_sessions_answers_at_their_question_do() -> None:
    from mockint.coach.attempts import with_other_tries

    first, first_follow_up = record(1), record(2, 1, kind=FOLLOW_UP)  # an earlier session's
    between = record(4, 1, 2, RETAKE)  # another earlier session's
    retake, its_follow_up, other = record(11, 4, 3, RETAKE), record(12, 11, kind=FOLLOW_UP), record(13)  # this one's
    later = record(20, 11, 4, RETAKE)  # a later session's
    shown = with_other_tries([retake, its_follow_up, other], [first, first_follow_up, between, later])
    assert [a.id for a in shown] == [1, 4, 11, 20, 12, 2, 13]
    assert [a.id for a in with_other_tries([retake, other], [])] == [11, 13]  # (none: as stored)
