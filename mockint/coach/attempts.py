"""A session's answers as tries at questions: each first answer with its retakes and follow-ups
kept together (those other sessions hold too), and a stored answer asked again (a retake started
from review)."""

from __future__ import annotations

from collections.abc import Sequence

from mockint.banks.catalog import Catalog
from mockint.banks.model import Bank, Question
from mockint.errors import MockintError
from mockint.session.options import PlannedQuestion, SessionOptions
from mockint.store.records import FOLLOW_UP, RETAKE, AnswerRecord, grouped

# ``grouped`` is the store's (records owns grouping answers by parent); kept here for review.
__all__ = ["grouped", "retake_from_history", "stored_question", "tries", "with_other_tries"]


def tries(answers: Sequence[AnswerRecord], answer: AnswerRecord) -> list[int]:
    """The ids of every try at ``answer``'s question it belongs with, oldest first: the first try
    its retake links lead back to among ``answers`` (review holds the other sessions' tries too: a
    parent not among them is gone) and its retakes there (retakes of retakes too)."""
    by_id = {a.id: a for a in answers}
    first = answer
    while first.kind == RETAKE and first.parent_answer_id is not None and first.parent_answer_id in by_id:
        first = by_id[first.parent_answer_id]  # (a parent is always older: no loop)
    group = {first.id}
    for later in sorted(answers, key=lambda a: a.id):  # (parents before their retakes)
        if later.kind == RETAKE and later.parent_answer_id in group:
            group.add(later.id)
    return sorted(group)


def with_other_tries(own: Sequence[AnswerRecord], other: Sequence[AnswerRecord]) -> list[AnswerRecord]:
    """A session's ``own`` answers and the tries at their questions that ``other`` sessions hold,
    grouped (each first answer followed by its retakes and follow-ups); a group whose first try
    another session holds stands where the first of this session's answers in it would."""
    by_id = {a.id: a for a in other}
    placed: set[int] = set()
    ordered: list[AnswerRecord] = []
    for answer in own:
        chain: list[AnswerRecord] = []  # (its parents in other sessions, nearest first)
        parent = answer.parent_answer_id
        while parent is not None and parent in by_id and parent not in placed:
            placed.add(parent)
            chain.append(by_id[parent])
            parent = by_id[parent].parent_answer_id
        ordered += [*reversed(chain), answer]
    return grouped([*ordered, *(a for a in other if a.id not in placed)])


def stored_question(catalog: Catalog, session_bank_id: str, answer: AnswerRecord) -> tuple[Bank, Question]:
    """The bank and question a stored answer was given to (raises MockintError when gone)."""
    bank_id, _, question_id = answer.question_id.rpartition("/")
    bank = catalog.get(bank_id or session_bank_id)
    question = bank.question(question_id)
    if question is None:
        raise MockintError(f"bank '{bank.id}' no longer has the question '{question_id}'")
    return bank, question


def retake_from_history(
    catalog: Catalog, session_bank_id: str, answers: Sequence[AnswerRecord], answer: AnswerRecord, options: SessionOptions
) -> tuple[Bank, PlannedQuestion]:
    """The question of ``answer`` asked again, as the next try of its first answer."""
    if answer.kind == FOLLOW_UP:
        raise MockintError("a follow-up is asked after its answer: try the question it followed again")
    bank, question = stored_question(catalog, session_bank_id, answer)
    group = tries(answers, answer)
    attempt = 1 + max([a.attempt for a in answers if a.id in group] + [len(group)])
    planned = PlannedQuestion(
        question,
        question.think_seconds if options.think_seconds is None else options.think_seconds,
        question.answer_seconds if options.answer_seconds is None else options.answer_seconds,
        kind=RETAKE,
        parent_answer_id=group[0],
        attempt=attempt,
    )
    return bank, planned
