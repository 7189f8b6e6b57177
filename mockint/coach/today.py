"""Today's practice as a session: the plan's questions, from any bank, asked in plan order."""

from __future__ import annotations

from mockint.banks.catalog import Catalog
from mockint.banks.model import Bank, Question
from mockint.coach.plan import Plan
from mockint.errors import MockintError
from mockint.session.options import MixedBank

TODAY_BANK_ID = "today"  # the history's bank id of a session of today's practice
TODAY_TITLE = "Today's practice"


def today_bank(plan: Plan, catalog: Catalog) -> MixedBank:
    """The plan's questions as one bank (ids ``bank/question``); raises MockintError when none
    of them can be asked (an empty plan, or banks gone since the plan was made)."""
    picked: list[tuple[Bank, Question]] = []
    for item in plan.items:
        try:
            bank = catalog.get(item.bank_id)
        except MockintError:
            continue
        question = bank.question(item.question_id)
        if question is not None:
            picked.append((bank, question))
    if not picked:
        raise MockintError("today's practice has no question to ask: add or fix a question bank")
    return MixedBank.of(TODAY_BANK_ID, TODAY_TITLE, picked)
