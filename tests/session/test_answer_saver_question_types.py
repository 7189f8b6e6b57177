"""A practice session scores each answer with its bank question's type and key-point synonyms."""

from __future__ import annotations

from pathlib import Path

from mockint.banks.loader import load_bank_text
from mockint.session import FakeClock, PracticeSession, SessionOptions, plan_questions
from mockint.session.answer_saver import AnswerSaver
from mockint.store import HistoryStore

BANK = '''[bank]
id = "calls"
title = "Calls"

[[questions]]
id = "no"
text = "The recruiter says the role went to someone else. What now?"
type = "role-play"
key_points = ["let's keep in touch"]
synonyms."let's keep in touch" = ["connect on LinkedIn"]
'''


def test_the_session_card_uses_the_type_and_the_synonyms(tmp_path: Path) -> None:
    entry = load_bank_text(BANK, tmp_path / "calls.toml")
    assert entry.ok, entry.problems
    bank = entry.bank
    practice = PracticeSession(plan_questions(bank, SessionOptions(think_seconds=0)), FakeClock())
    practice.start()
    attempt = practice.submit("Thanks for telling me. Could we connect on LinkedIn?")
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        card = AnswerSaver(bank, SessionOptions(), lambda: store).score(attempt)
    relevance = card.criterion("relevance")
    assert relevance is not None and relevance.metrics["key_points_covered"] == 1
    length = card.criterion("length")
    assert length is not None and "keep the door open" in length.tip
