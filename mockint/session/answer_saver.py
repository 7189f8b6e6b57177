"""Score a finished answer and keep it in the history: what the practice worker thread calls.

A spoken answer comes with its :class:`~mockint.speech.answer.SpokenAnswer` (word times, pace,
latency, voice: all go to the scorer) and is saved with mode ``spoken``, its recording and words.

The history session row is created with the first answer, so a session quit before any answer
leaves nothing behind; every answer is committed as soon as it is scored. A store that cannot be
opened or written never loses the score card: the error travels with the result instead.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mockint.banks.model import Bank
from mockint.errors import MockintError
from mockint.session.options import SessionOptions
from mockint.session.practice import Attempt

if TYPE_CHECKING:
    from mockint.scoring.model import ScoreCard
    from mockint.speech.answer import SpokenAnswer
    from mockint.store import HistoryStore


@dataclass(frozen=True)
class ScoredAttempt:
    attempt: Attempt
    card: ScoreCard
    answer_id: int | None = None
    save_error: str | None = None  # why the answer is not in the history, if it is not
    spoken: SpokenAnswer | None = None
    audio_path: Path | None = None


class AnswerSaver:
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

    def score(self, attempt: Attempt, spoken: SpokenAnswer | None = None) -> ScoreCard:
        from mockint.scoring import load_settings, score_answer
        from mockint.scoring.model import AnswerInput

        if self._scoring_settings is None:
            self._scoring_settings = load_settings()
        # Typing speed is not speaking pace: only spoken answers have times to judge.
        fields = spoken.answer_fields() if spoken is not None else {}
        answer = AnswerInput.for_question(attempt.text, attempt.planned.question, self.bank, **fields)
        return score_answer(answer, self._scoring_settings)

    def record(
        self, attempt: Attempt, *, spoken: SpokenAnswer | None = None, audio_path: Path | None = None
    ) -> ScoredAttempt:
        """Score ``attempt`` and save it; a store problem is reported, never raised.

        ``spoken``: the transcribed answer (``attempt.text`` is its text); ``audio_path``: its
        recording, also kept with an answer typed instead of a recording that failed."""
        card = self.score(attempt, spoken)
        result = ScoredAttempt(attempt, card, spoken=spoken, audio_path=audio_path)
        try:
            answer_id = self._save(result)
        except MockintError as exc:
            return replace(result, save_error=str(exc))
        return replace(result, answer_id=answer_id)

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

    def _save(self, result: ScoredAttempt) -> int:
        attempt, spoken = result.attempt, result.spoken
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
                mode="typed" if spoken is None else "spoken",
                card=result.card,
                think_s=attempt.think_s,
                answer_s=attempt.answer_s,
                audio_path=result.audio_path,
                words=None if spoken is None else spoken.words,
            )
