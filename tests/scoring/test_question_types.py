"""Question types: inferred from the question's text, or given by the bank (which wins)."""

from __future__ import annotations

import pytest

from mockint.scoring import AnswerInput
from mockint.scoring.questions import (
    GENERAL,
    MOTIVATION,
    ROLE_PLAY,
    SELF_DESCRIPTION,
    STORY,
    TECHNICAL,
    infer_question_type,
    question_type_of,
)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Tell me about a time you disagreed with a teammate.", STORY),
        ("Describe a situation where you missed a deadline.", STORY),
        ("Have you ever had to deliver bad news to a client?", STORY),
        ('The recruiter phones you: "We went with another candidate." Respond.', ROLE_PLAY),
        ("After the final round you get a rejection email. Say the reply you would send.", ROLE_PLAY),
        ("What would you say to the hiring manager who turned you down?", ROLE_PLAY),
        ("Why do you want to work here?", MOTIVATION),
        ("What motivates you?", MOTIVATION),
        ("Where do you see yourself in five years?", MOTIVATION),
        ("Tell me about yourself.", SELF_DESCRIPTION),
        ("What is your greatest weakness?", SELF_DESCRIPTION),
        ("How would your colleagues describe you?", SELF_DESCRIPTION),
        ("How would you design a rate limiter?", TECHNICAL),
        ("Explain the difference between a process and a thread.", TECHNICAL),
        ("What are your salary expectations?", GENERAL),
        ("", GENERAL),
    ],
)
def test_the_type_is_inferred_from_the_text(question: str, kind: str) -> None:
    assert infer_question_type(question) == kind


def test_a_given_type_wins_over_the_text() -> None:
    answer = AnswerInput(text="Thanks.", question_text="Tell me about a time you failed.", question_type=ROLE_PLAY)
    assert question_type_of(answer) == ROLE_PLAY


def test_an_unknown_given_type_falls_back_to_the_text() -> None:
    answer = AnswerInput(text="Thanks.", question_text="Why do you want this job?", question_type="quiz")
    assert question_type_of(answer) == MOTIVATION


def test_without_a_question_the_type_is_general() -> None:
    assert question_type_of(AnswerInput(text="I built it.")) == GENERAL
