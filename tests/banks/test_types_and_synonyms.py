"""A question's optional ``type`` and ``synonyms`` for its key points: loaded, checked, used."""

from __future__ import annotations

from pathlib import Path

import pytest

from mockint.banks import rules
from mockint.banks.loader import load_bank_text
from mockint.scoring import AnswerInput, score_answer
from mockint.scoring.questions import QUESTION_TYPES, question_type_of

BANK = '[bank]\nid = "t"\ntitle = "T"\n'  # lines 1-3
QUESTION = '\n[[questions]]\nid = "q"\ntext = "Why do you want this job?"\n'  # lines 4-7


def problems(text: str) -> list[str]:
    entry = load_bank_text(text, Path("t.toml"))
    return [str(p) for p in entry.problems]


def test_the_bank_and_the_scorer_share_one_list_of_types() -> None:
    assert QUESTION_TYPES == rules.QUESTION_TYPES
    assert {"story", "motivation", "self-description", "role-play", "technical"} <= set(QUESTION_TYPES)


@pytest.mark.parametrize("kind", rules.QUESTION_TYPES)
def test_every_type_loads(kind: str) -> None:
    entry = load_bank_text(f'{BANK}{QUESTION}type = "{kind}"\n', Path("t.toml"))
    assert entry.ok, entry.problems
    assert entry.bank.questions[0].question_type == kind


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('type = "stroy"', "t.toml:8: questions[0].type: unknown question type 'stroy'; did you mean 'story'?"),
        ('type = "roleplay"', "t.toml:8: questions[0].type: unknown question type 'roleplay'; did you mean 'role-play'?"),
        ('type = "quiz"', "t.toml:8: questions[0].type: unknown question type 'quiz' (one of: story, role-play, "
                          "technical, motivation, self-description, general)"),
        ("type = 3", "t.toml:8: questions[0].type: must be a string, not an integer"),
        ('type = ""', "t.toml:8: questions[0].type: is empty"),
    ],
)
def test_a_bad_type_is_one_clear_problem(line: str, expected: str) -> None:
    assert problems(f"{BANK}{QUESTION}{line}\n") == [expected]


SYNONYM_QUESTION = QUESTION + 'key_points = ["why this company", "a skill I bring"]\n'  # line 8


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ('synonyms."why this compny" = ["what draws me to you"]',
         "t.toml:9: questions[0].synonyms.\"why this compny\": not one of this question's key_points; "
         "did you mean 'why this company'?"),
        ('synonyms."the salary" = ["the pay"]',
         "t.toml:9: questions[0].synonyms.\"the salary\": not one of this question's key_points"),
        ('synonyms."why this company" = "what draws me to you"',
         "t.toml:9: questions[0].synonyms.\"why this company\": must be an array of strings, not a string"),
        ('synonyms."why this company" = ["what draws me", 4]',
         "t.toml:9: questions[0].synonyms.\"why this company\"[1]: must be a string, not an integer"),
        ('synonyms."why this company" = [\n  "what draws me",\n  " ",\n]',
         "t.toml:11: questions[0].synonyms.\"why this company\"[1]: is empty"),
        ('synonyms."why this company" = []',
         "t.toml:9: questions[0].synonyms.\"why this company\": is empty: list other ways to say the key "
         "point, or leave it out"),
        ('synonyms = ["what draws me"]',
         't.toml:9: questions[0].synonyms: must be a table: "key point" = ["another way to say it", ...], '
         "not an array"),
    ],
)
def test_bad_synonyms_are_one_clear_problem(lines: str, expected: str) -> None:
    assert problems(f"{BANK}{SYNONYM_QUESTION}{lines}\n") == [expected]


def test_synonyms_without_key_points_are_a_problem() -> None:
    text = f'{BANK}{QUESTION}synonyms = {{ "why" = ["because"] }}\n'
    assert problems(text) == [
        't.toml:8: questions[0].synonyms."why": the question has no key_points to give synonyms for']


def test_synonyms_load_in_every_table_form() -> None:
    text = (f'{BANK}{SYNONYM_QUESTION}follow_ups = ["And?"]\n'
            '[questions.synonyms]\n"why this company" = ["what draws me to you", "why you"]\n')
    entry = load_bank_text(text, Path("t.toml"))
    assert entry.ok, entry.problems
    question = entry.bank.questions[0]
    assert question.synonyms == (("why this company", ("what draws me to you", "why you")),)
    assert question.follow_ups == ("And?",)


def test_type_and_synonyms_reach_the_scorer() -> None:
    text = (f'{BANK}\n[[questions]]\nid = "q"\ntext = "Thank you for coming in. Any last thoughts?"\n'
            'type = "role-play"\nkey_points = ["keep in touch"]\n'
            'synonyms."keep in touch" = ["connect on LinkedIn"]\n')
    entry = load_bank_text(text, Path("t.toml"))
    assert entry.ok, entry.problems
    question = entry.bank.questions[0]
    answer = AnswerInput.for_question("Thanks for your time. Could we connect on LinkedIn?", question,
                                      entry.bank)
    assert answer.question_type == "role-play" and question_type_of(answer) == "role-play"
    assert answer.key_point_synonyms == (("keep in touch", ("connect on LinkedIn",)),)
    relevance = score_answer(answer).criterion("relevance")
    assert relevance is not None and relevance.metrics["key_points_covered"] == 1


def test_without_a_type_the_text_decides() -> None:
    entry = load_bank_text(f"{BANK}{QUESTION}", Path("t.toml"))
    question = entry.bank.questions[0]
    assert question.question_type is None
    assert AnswerInput.for_question("I love it.", question).question_type == "motivation"
