"""The question's example answer (a bank's ``example_answer``) with its evidence highlighted.

Shown beside the user's answer after scoring (``x`` on the practice screen's score card and in
review). The example is scored by the real scorer, exactly as an answer to that question is, so its
highlights are the evidence the checklist finds, in the score card's colours and legend.
"""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.text import Text
from textual.widgets import Static

from mockint.banks.model import Bank, Question
from mockint.scoring import score_answer
from mockint.scoring.model import AnswerInput, ScoreCard
from mockint.tui.widgets.score_card import highlighted_answer, legend

EXAMPLE_ID = "example-answer"


def score_example(question: Question, bank: Bank | None, settings: Any = None) -> ScoreCard | None:
    """The example answer's score card (None when the question has no example)."""
    if not question.example_answer:
        return None
    return score_answer(AnswerInput.for_question(question.example_answer, question, bank), settings)


class ExampleAnswerView(Static):
    """What a strong answer sounds like: the example, highlighted, with its overall score."""

    def __init__(self, example_text: str, card: ScoreCard, *, id: str | None = EXAMPLE_ID) -> None:
        super().__init__(id=id)
        self.example_text = example_text
        self.card = card
        self.highlighted = highlighted_answer(example_text, card)

    def on_mount(self) -> None:
        self.border_title = f"Example answer · {self.card.overall}/100 (x hides it)"
        self.update(Group(self.highlighted, Text(), legend(self.card)))
