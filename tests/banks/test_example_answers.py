"""Example answers: the bank format's ``example_answer``, and the built-in banks' answers scored.

The built-in answers check the scorer and the scorer checks them: each is scored as the app scores
an answer to its question (the bank's question, criteria, key points and own criteria; typed, so
no duration) and must pass every criterion it is judged on, with 85 or more overall.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mockint.banks.catalog import load_catalog
from mockint.banks.loader import load_bank_text
from mockint.banks.model import Bank, Question
from mockint.scoring import score_answer
from mockint.scoring.model import AnswerInput

BANKS_WITH_EXAMPLES = ("general", "behavioral", "student", "after-the-interview")
MIN_OVERALL = 85


def _builtin_questions() -> list[tuple[Bank, Question]]:
    catalog = load_catalog()
    return [
        (bank, question)
        for bank_id in BANKS_WITH_EXAMPLES
        for bank in [catalog.get(bank_id)]
        for question in bank.questions
    ]


QUESTIONS = _builtin_questions()


def test_every_question_of_the_four_banks_is_covered() -> None:
    counts = {bank_id: 0 for bank_id in BANKS_WITH_EXAMPLES}
    for bank, _question in QUESTIONS:
        counts[bank.id] += 1
    assert all(count >= 10 for count in counts.values()), counts


@pytest.mark.parametrize(
    ("bank", "question"), QUESTIONS, ids=[f"{b.id}/{q.id}" for b, q in QUESTIONS]
)
def test_the_example_answer_passes_its_own_criteria_with_85_or_more(
    bank: Bank, question: Question
) -> None:
    assert question.example_answer, f"{bank.id}/{question.id} has no example answer"
    card = score_answer(AnswerInput.for_question(question.example_answer, question, bank))
    failed = {c.id: c.summary for c in card.criteria if not c.passed}
    assert not failed, f"{bank.id}/{question.id} fails {failed}"
    assert card.overall >= MIN_OVERALL, f"{bank.id}/{question.id} scores {card.overall}"
    judged = {c.id for c in card.criteria}
    wanted = set(question.criteria) if question.criteria is not None else judged
    # Every criterion the question asks for is judged (pace needs a duration; a typed answer has none).
    assert wanted - {"pace"} <= judged, wanted - judged
    assert {c.id for c in bank.custom_criteria_for(question)} <= judged  # and every own criterion that scores it


def test_example_answers_are_distinct_and_not_the_question_text() -> None:
    texts = [q.example_answer for _b, q in QUESTIONS]
    assert len(set(texts)) == len(texts)
    assert all(q.text not in q.example_answer for _b, q in QUESTIONS)


# -- the format ------------------------------------------------------------------------------

BANK = '[bank]\nid = "t"\ntitle = "T"\n\n[[questions]]\nid = "q"\ntext = "Why?"\n'  # 7 lines


def test_an_example_answer_over_several_lines_is_loaded_as_one_text() -> None:
    text = BANK + 'example_answer = """\\\nI built it \\\nmyself."""\n'
    entry = load_bank_text(text, Path("t.toml"))
    assert entry.ok, entry.problems
    assert entry.bank is not None
    assert entry.bank.questions[0].example_answer == "I built it myself."


def test_a_question_without_one_has_an_empty_example_answer() -> None:
    entry = load_bank_text(BANK, Path("t.toml"))
    assert entry.bank is not None and entry.bank.questions[0].example_answer == ""


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("42", "must be text, not an integer"),
        ('["a", "b"]', "must be text, not an array"),
        ('"   "', "is empty"),
        ('"bad \\u001b[31m red"', "contains the control character U+001B; write plain text"),
    ],
)
def test_a_bad_example_answer_is_one_problem_naming_file_line_and_field(
    value: str, message: str
) -> None:
    entry = load_bank_text(BANK + f"example_answer = {value}\n", Path("t.toml"))
    assert not entry.ok
    assert [str(p) for p in entry.problems] == [
        f"t.toml:8: questions[0].example_answer: {message}"
    ]


def test_validate_reports_it_and_show_prints_the_example(run_cli, tmp_path: Path) -> None:
    folder = tmp_path / "banks"
    folder.mkdir()
    bad = folder / "bad.toml"
    bad.write_text(BANK.replace('"t"', '"bad"') + "example_answer = 3\n", encoding="utf-8")
    result = run_cli("banks", "validate", str(bad))
    assert result.returncode == 1
    assert f"{bad}:8: questions[0].example_answer: must be text" in result.stdout + result.stderr

    shown = run_cli("banks", "show", "behavioral/conflict-teammate")
    assert shown.returncode == 0
    assert "example answer:" in shown.stdout
    assert "Porter Analytics" in shown.stdout
