"""Score a finished answer and keep it in the history: what the practice worker thread calls.

The history session row is created with the first answer, so a session quit before any answer
leaves nothing behind; every answer is committed as soon as it is scored. A store that cannot be
opened or written never loses the score card: the error travels with the result instead.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mockint.banks.model import Bank
from mockint.errors import MockintError
from mockint.session.options import SessionOptions
from mockint.session.practice import Attempt

if TYPE_CHECKING:
    from mockint.scoring.model import ScoreCard
    from mockint.store import HistoryStore


@dataclass(frozen=True)
class ScoredAttempt:
    attempt: Attempt
    card: ScoreCard
    answer_id: int | None = None
    save_error: str | None = None  # why the answer is not in the history, if it is not


class SessionRecorder:
    """Scores the answers of one session and writes them to the store (thread-safe)."""

    def __init__(
        self,
        bank: Bank,
        options: SessionOptions,
        open_store: Callable[[], HistoryStore],
        *,
        scoring_settings: Any = None,
    ) -> None:
        self.bank = bank
        self.options = options
        self._open_store = open_store
        self._scoring_settings = scoring_settings
        self._lock = threading.Lock()
        self.session_id: int | None = None

    def score(self, attempt: Attempt) -> ScoreCard:
        from mockint.scoring import load_settings, score_answer
        from mockint.scoring.model import AnswerInput

        if self._scoring_settings is None:
            self._scoring_settings = load_settings()
        spoken = self.options.mode == "spoken"
        answer = AnswerInput.for_question(
            attempt.text,
            attempt.planned.question,
            self.bank,
            # Typing speed is not speaking pace: only spoken answers have a duration to judge.
            duration_s=attempt.answer_s if spoken else None,
            spoken=spoken,
        )
        return score_answer(answer, self._scoring_settings)

    def record(self, attempt: Attempt) -> ScoredAttempt:
        """Score ``attempt`` and save it; a store problem is reported, never raised."""
        card = self.score(attempt)
        try:
            answer_id = self._save(attempt, card)
        except MockintError as exc:
            return ScoredAttempt(attempt, card, save_error=str(exc))
        return ScoredAttempt(attempt, card, answer_id=answer_id)

    def finish(self) -> str | None:
        """Mark the history session as ended; returns an error message instead of raising."""
        with self._lock:
            if self.session_id is None:
                return None
            try:
                self._open_store().end_session(self.session_id)
            except MockintError as exc:
                return str(exc)
        return None

    def _save(self, attempt: Attempt, card: ScoreCard) -> int:
        with self._lock:
            store = self._open_store()
            if self.session_id is None:
                self.session_id = store.start_session(
                    bank_id=self.bank.id,
                    bank_title=self.bank.title,
                    settings=self.options.to_settings(),
                )
            return store.add_answer(
                self.session_id,
                question_id=attempt.question_id,
                question_text=attempt.planned.question.text,
                text=attempt.text,
                mode="spoken" if self.options.mode == "spoken" else "typed",
                card=card,
                think_s=attempt.think_s,
                answer_s=attempt.answer_s,
            )
