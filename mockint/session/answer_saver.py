"""Score a finished answer and keep it in the history: what the practice worker thread calls.

A spoken answer comes with its :class:`~mockint.speech.answer.SpokenAnswer` (word times, pace,
latency, voice: all go to the scorer) and is saved with mode ``spoken``, its recording and words.

The history session row is created with the first answer, so a session quit before any answer
leaves nothing behind; every answer is committed as soon as it is scored. Each answer and the
session carry a UUID (:mod:`mockint.store.pending`), so saving is idempotent. A store that cannot
be opened or written loses nothing: the score card comes back with ``save_error`` saying so, and
the answer waits in :class:`~mockint.store.unsaved.UnsavedAnswers` (memory and a journal file),
retried until it is saved.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mockint.banks.model import Bank
from mockint.errors import MockintError
from mockint.session.options import FOLLOW_UP, SPOKEN, TYPED, SessionOptions
from mockint.session.practice import Attempt
from mockint.store.pending import PendingAnswer, PendingEnd, PendingSession, new_uuid
from mockint.store.records import to_db_time
from mockint.store.unsaved import UnsavedAnswers

if TYPE_CHECKING:
    from mockint.scoring.model import ScoreCard
    from mockint.speech.answer import SpokenAnswer
    from mockint.store import HistoryStore


@dataclass(frozen=True)
class ScoredAttempt:
    attempt: Attempt
    card: ScoreCard
    answer_id: int | None = None
    save_error: str | None = None  # why the answer is not in the history (yet), if it is not
    answer_uuid: str | None = None  # the answer's UUID in the history (or in the journal)
    spoken: SpokenAnswer | None = None
    audio_path: Path | None = None


class AnswerSaver:
    """Scores the answers of one session and saves them in the history (thread-safe).

    ``unsaved`` keeps what cannot be saved yet; by default one of this saver's own, journaling
    beside the default database. The app passes one shared by every session."""

    def __init__(
        self,
        bank: Bank,
        options: SessionOptions,
        open_store: Callable[[], HistoryStore],
        *,
        scoring_settings: Any = None,
        unsaved: UnsavedAnswers | None = None,
    ) -> None:
        self.bank = bank
        self.options = options
        self._open_store = open_store
        self._scoring_settings = scoring_settings
        self.unsaved = unsaved if unsaved is not None else UnsavedAnswers(open_store)
        self._lock = threading.Lock()
        self.session_id: int | None = None
        self._session = PendingSession.new(
            bank_id=bank.id, bank_title=bank.title, settings=options.to_settings()
        )
        self._answered = False

    def score(self, attempt: Attempt, spoken: SpokenAnswer | None = None) -> ScoreCard:
        from mockint.scoring import load_settings, score_answer
        from mockint.scoring.model import AnswerInput

        if self._scoring_settings is None:
            self._scoring_settings = load_settings()
        # Typing speed is not speaking pace: only spoken answers have times to judge.
        fields = spoken.answer_fields() if spoken is not None else {}
        answer = AnswerInput.for_question(attempt.text, attempt.planned.question, self._scoring_bank(attempt), **fields)
        return score_answer(self._personal(answer), self._scoring_settings)

    def _personal(self, answer: Any) -> Any:
        """The answer with the user's strengths and voice baselines (issue 10); a history that
        cannot be read now scores the answer without them (saving reports the problem)."""
        from mockint.store.baselines import personal_answer
        from mockint.store.errors import StoreError

        try:
            return personal_answer(self._open_store(), answer)
        except StoreError:
            return answer

    def record(
        self, attempt: Attempt, *, spoken: SpokenAnswer | None = None, audio_path: Path | None = None
    ) -> ScoredAttempt:
        """Score ``attempt`` and save it; a store problem is reported, never raised.

        ``spoken``: the transcribed answer (``attempt.text`` is its text); ``audio_path``: its
        recording, also kept with an answer typed instead of a recording that failed."""
        card = self.score(attempt, spoken)
        pending = self._pending(attempt, card, spoken, audio_path)
        result = ScoredAttempt(attempt, card, spoken=spoken, audio_path=audio_path, answer_uuid=pending.uuid)
        with self._lock:
            self._answered = True
            try:
                answer_id = self.unsaved.save(pending)
            except MockintError as exc:
                return replace(result, save_error=str(exc))
            if self.session_id is None:
                self.session_id = self._open_store().session_id_for(self._session.uuid)
        return replace(result, answer_id=answer_id)

    def finish(self) -> str | None:
        """Mark the history session as ended; returns an error message instead of raising (the
        end is kept and retried like an answer)."""
        with self._lock:
            if not self._answered:
                return None
            try:
                self.unsaved.save(PendingEnd(self._session, str(to_db_time(None))))
            except MockintError as exc:
                return str(exc)
        return None

    def _scoring_bank(self, attempt: Attempt) -> Bank | None:
        """The bank whose custom criteria score the answer: its question's own (in a session
        mixing banks), none for a follow-up (scored on the criteria it probes only)."""
        planned = attempt.planned
        if planned.kind == FOLLOW_UP:
            return None
        return planned.bank or self.bank

    def _pending(
        self, attempt: Attempt, card: ScoreCard, spoken: SpokenAnswer | None, audio_path: Path | None
    ) -> PendingAnswer:
        return PendingAnswer(
            uuid=new_uuid(),
            session=self._session,
            question_id=attempt.question_id,
            question_text=attempt.planned.question.text,
            text=attempt.text,
            mode=TYPED if spoken is None else SPOKEN,
            card=card,
            answered_at=str(to_db_time(None)),
            think_s=attempt.think_s,
            answer_s=attempt.answer_s,
            audio_path=None if audio_path is None else str(audio_path),
            words=None if spoken is None else tuple(spoken.words),
            parent_uuid=attempt.planned.parent,
            parent_answer_id=attempt.planned.parent_answer_id,
            attempt=attempt.planned.attempt,
            answer_kind=attempt.planned.kind,
        )
