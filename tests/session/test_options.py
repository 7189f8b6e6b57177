from __future__ import annotations

import pytest

from mockint.errors import MockintError
from mockint.session import SessionError, SessionOptions, plan_questions

from .helpers import make_bank


def test_defaults_take_every_question_in_bank_order_with_their_own_times() -> None:
    planned = plan_questions(make_bank(3, think=15, answer=90), SessionOptions())
    assert [p.id for p in planned] == ["q1", "q2", "q3"]
    assert {(p.think_seconds, p.answer_seconds) for p in planned} == {(15, 90)}


def test_options_override_count_and_times() -> None:
    options = SessionOptions(count=2, think_seconds=0, answer_seconds=45)
    planned = plan_questions(make_bank(5), options)
    assert [p.id for p in planned] == ["q1", "q2"]
    assert {(p.think_seconds, p.answer_seconds) for p in planned} == {(0, 45)}


def test_shuffle_is_reproducible_with_a_seed_and_keeps_every_question() -> None:
    bank = make_bank(8)
    first = [p.id for p in plan_questions(bank, SessionOptions(shuffle=True, seed=4))]
    again = [p.id for p in plan_questions(bank, SessionOptions(shuffle=True, seed=4))]
    assert first == again
    assert sorted(first) == sorted(q.id for q in bank.questions)
    assert first != [q.id for q in bank.questions]


def test_question_ids_pick_a_subset_in_bank_order() -> None:
    planned = plan_questions(make_bank(5), SessionOptions(question_ids=("q4", "q2")))
    assert [p.id for p in planned] == ["q2", "q4"]


def test_unknown_question_id_is_a_clear_error() -> None:
    with pytest.raises(SessionError, match="no question 'nope'"):
        plan_questions(make_bank(2), SessionOptions(question_ids=("nope",)))


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (SessionOptions(count=0), "count: must be at least 1"),
        (SessionOptions(think_seconds=-1), "think seconds: must be 0 or more"),
        (SessionOptions(answer_seconds=0), "answer seconds: must be at least 1"),
        (SessionOptions(mode="sung"), "answer mode"),
    ],
)
def test_bad_options_raise_a_one_line_mockint_error(options: SessionOptions, message: str) -> None:
    with pytest.raises(MockintError, match=message) as info:
        plan_questions(make_bank(2), options)
    assert "\n" not in str(info.value)


def test_settings_record_what_was_asked() -> None:
    settings = SessionOptions(count=2, shuffle=True, question_ids=("q1",)).to_settings()
    assert settings["count"] == 2 and settings["shuffle"] is True
    assert settings["question_ids"] == ["q1"]
