"""A history written by an older scorer, for the rescoring tests (helpers, no tests): answers
stored through the store API with a fake card of scorer "1.1.0", and the bank of their questions."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from mockint.scoring.model import CriterionResult, ScoreCard
from mockint.store import HistoryStore

OLD = "1.1.0"
BANK = """
[bank]
id = "interviews"
title = "Interviews"
answer_seconds = 90

[[questions]]
id = "proud"
text = "Tell me about a project you are proud of."
key_points = ["the goal", "what I did", "the result"]

[[questions]]
id = "why"
text = "Why do you want to work here?"
key_points = ["what I know about the company"]
"""
PROUD = "Tell me about a project you are proud of."
STORY = (
    "Last spring at my internship the weekly stock report took two days to build. My goal was to "
    "speed it up, so I rewrote the spreadsheet macros as a Python script and trained the team. "
    "As a result the report now takes twenty minutes and the team plans with the time saved."
)
SHORT = "I really want this job."
NOW = datetime(2025, 6, 2, 12, 0, tzinfo=timezone.utc)


def write_bank(folder: Path) -> Path:
    """The bank of the old answers' questions, in ``folder`` (made); returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "interviews.toml").write_text(BANK, encoding="utf-8")
    return folder


def old_card(text: str, overall: int = 97) -> ScoreCard:
    """What an older scorer might have said: a different verdict, stored under "1.1.0"."""
    return ScoreCard(
        overall=overall,
        criteria=[CriterionResult("filler_words", "Filler words", 1.0, True, "Keep it up.")],
        metrics={"words": len(text.split())},
        scorer_version=OLD,
    )


def add_old(store: HistoryStore, session_id: int, text: str, question_id: str = "proud",
            question_text: str = PROUD, **extra) -> int:
    return store.add_answer(session_id, question_id=question_id, question_text=question_text,
                            text=text, mode=extra.pop("mode", "typed"), card=extra.pop("card", None) or old_card(text),
                            ended_at=extra.pop("ended_at", NOW), **extra)


def old_history(store: HistoryStore, answers: int = 2) -> int:
    """A session of ``answers`` typed answers to interviews/proud, scored by "1.1.0"; its id."""
    session_id = store.start_session(bank_id="interviews", bank_title="Interviews", settings={})
    for n in range(answers):
        add_old(store, session_id, f"{STORY} Attempt {n + 1}.")
    return session_id
