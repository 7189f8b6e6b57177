"""A question's ``criteria`` is exactly what scores it, built-in and the bank's own criteria alike;
a question without one gets the bank's list and every one of the bank's own criteria."""

from __future__ import annotations

from pathlib import Path

from mockint.banks.catalog import load_catalog
from mockint.banks.loader import load_bank_text
from mockint.coach.plan import exercised_criteria
from mockint.scoring import score_answer
from mockint.scoring.model import AnswerInput

BANK = """\
[bank]
id = "thanks"
title = "After the call"
criteria = ["professional_tone", "hedging", "length"]

[[criteria]]
id = "gratitude"
phrases = ["thank you", "I appreciate"]

[[criteria]]
id = "keeps_door_open"
phrases = ["future roles"]

[[questions]]
id = "reply"
text = "Write back to the recruiter who said no."
criteria = {criteria}

[[questions]]
id = "plain"
text = "How did the interview go?"
"""
ANSWER = "Thank you for letting me know. I appreciate the feedback and would love to hear about future roles."


def load(criteria: str):
    return load_bank_text(BANK.format(criteria=criteria), Path("thanks.toml"))


def scored_ids(bank, question_id: str) -> set[str]:
    question = bank.question(question_id)
    card = score_answer(AnswerInput.for_question(ANSWER, question, bank))
    return {c.id for c in card.criteria} | {n.id for n in card.not_judged}


def test_a_question_listing_a_custom_criterion_is_scored_on_exactly_its_list() -> None:
    entry = load('["gratitude", "professional_tone"]')
    assert entry.ok, entry.problems
    assert scored_ids(entry.bank, "reply") == {"gratitude", "professional_tone"}
    reply = entry.bank.question("reply")
    assert exercised_criteria(entry.bank, reply) == ("professional_tone", "gratitude")


def test_a_question_without_criteria_gets_the_banks_list_and_all_its_own() -> None:
    entry = load('["gratitude"]')
    assert scored_ids(entry.bank, "plain") == {"professional_tone", "hedging", "length", "gratitude", "keeps_door_open"}


def test_a_question_listing_only_built_in_criteria_leaves_the_banks_own_out() -> None:
    entry = load('["hedging"]')
    assert scored_ids(entry.bank, "reply") == {"hedging"}


def test_a_misspelt_custom_criterion_is_a_problem_with_a_suggestion() -> None:
    entry = load('["gratitud"]')
    (problem,) = entry.problems
    assert problem.field == "questions[0].criteria[0]" and problem.line == 17
    assert "unknown criterion 'gratitud'; did you mean 'gratitude'?" in problem.message


def test_an_empty_question_list_is_a_problem_even_with_the_banks_own_criteria() -> None:
    (problem,) = load("[]").problems
    assert problem.field == "questions[0].criteria" and "nothing would score" in problem.message


def test_the_shipped_banks_still_score_their_own_criteria_where_a_question_lists_criteria() -> None:
    catalog = load_catalog([])
    for entry in catalog.entries:
        if entry.source != "built-in" or entry.bank is None or not entry.bank.custom_criteria:
            continue
        own = {c.id for c in entry.bank.custom_criteria}
        for question in entry.bank.questions:
            scored_by = set(exercised_criteria(entry.bank, question))
            if question.criteria is None:
                assert own <= scored_by, (entry.bank.id, question.id)
            else:  # a list chooses among them on purpose ("no decision to accept in a check-in")...
                assert own & scored_by, (entry.bank.id, question.id)  # ...but never drops them all
