"""Small banks built in code for the session tests."""

from __future__ import annotations

from mockint.banks.model import Bank, Question


def make_bank(count: int = 3, *, think: int = 10, answer: int = 60, **question_extra) -> Bank:
    questions = tuple(
        Question(
            id=f"q{n}",
            text=f"Question number {n}?",
            think_seconds=think,
            answer_seconds=answer,
            **question_extra,
        )
        for n in range(1, count + 1)
    )
    return Bank(id="demo", title="Demo bank", questions=questions, think_seconds=think, answer_seconds=answer)
