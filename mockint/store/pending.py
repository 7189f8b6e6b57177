"""An answer (or a session's end) on its way to the history, with the UUID that makes saving it
idempotent: :meth:`HistoryStore.save_pending_answer` finds an answer already saved under its UUID
instead of adding it again. Plain data, written to and read back from the journal as JSON.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from mockint.scoring.model import ScoreCard, Word
from mockint.store.records import ANSWER, ANSWER_KINDS, to_db_time, word_from_dict, word_to_dict


def new_uuid() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class PendingSession:
    """The history session an answer belongs to: created with its first saved answer."""

    uuid: str
    bank_id: str
    bank_title: str
    settings: dict[str, Any]
    started_at: str  # as stored (ISO 8601, UTC)

    @classmethod
    def new(cls, *, bank_id: str, bank_title: str, settings: dict[str, Any]) -> PendingSession:
        return cls(new_uuid(), bank_id, bank_title, dict(settings), str(to_db_time(None)))

    def to_dict(self) -> dict[str, Any]:
        return {
            "uuid": self.uuid,
            "bank_id": self.bank_id,
            "bank_title": self.bank_title,
            "settings": self.settings,
            "started_at": self.started_at,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PendingSession:
        return cls(
            str(data["uuid"]),
            str(data["bank_id"]),
            str(data["bank_title"]),
            dict(data["settings"]),
            str(data["started_at"]),
        )


@dataclass(frozen=True)
class PendingAnswer:
    """A scored answer, as :meth:`HistoryStore.save_pending_answer` stores it."""

    uuid: str
    session: PendingSession
    question_id: str
    question_text: str
    text: str
    mode: str
    card: ScoreCard
    answered_at: str  # when it was handed in (ISO 8601, UTC), not when it finally got saved
    think_s: float | None = None
    answer_s: float | None = None
    audio_path: str | None = None
    words: tuple[Word, ...] | None = None
    # A retake or a follow-up: its parent, by UUID (saved in the same journal first) or by id
    # (an answer already in the history), the attempt number and the answer kind.
    parent_uuid: str | None = None
    parent_answer_id: int | None = None
    attempt: int = 1
    answer_kind: str = ANSWER

    kind = "answer"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "uuid": self.uuid,
            "session": self.session.to_dict(),
            "question_id": self.question_id,
            "question_text": self.question_text,
            "text": self.text,
            "mode": self.mode,
            "card": self.card.to_dict(),
            "answered_at": self.answered_at,
            "think_s": self.think_s,
            "answer_s": self.answer_s,
            "audio_path": self.audio_path,
            "words": None if self.words is None else [word_to_dict(w) for w in self.words],
            "parent_uuid": self.parent_uuid,
            "parent_answer_id": self.parent_answer_id,
            "attempt": self.attempt,
            "answer_kind": self.answer_kind,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PendingAnswer:
        words = data.get("words")
        return cls(
            uuid=str(data["uuid"]),
            session=PendingSession.from_dict(data["session"]),
            question_id=str(data["question_id"]),
            question_text=str(data["question_text"]),
            text=str(data["text"]),
            mode=str(data["mode"]),
            card=ScoreCard.from_dict(data["card"]),
            answered_at=str(data["answered_at"]),
            think_s=data.get("think_s"),
            answer_s=data.get("answer_s"),
            audio_path=data.get("audio_path"),
            words=None if words is None else tuple(word_from_dict(w) for w in words),
            parent_uuid=_optional(data.get("parent_uuid"), str),
            parent_answer_id=_optional(data.get("parent_answer_id"), int),
            attempt=int(data.get("attempt", 1)),
            answer_kind=_answer_kind(data.get("answer_kind", ANSWER)),
        )


def _optional(value: Any, kind: type) -> Any:
    return None if value is None else kind(value)


def _answer_kind(value: Any) -> str:
    if value not in ANSWER_KINDS:
        raise ValueError(f"unknown answer kind {value!r}")
    return str(value)


@dataclass(frozen=True)
class PendingEnd:
    """A session's end, kept like an answer when the history could not be written."""

    session: PendingSession
    ended_at: str

    kind = "end"

    @property
    def uuid(self) -> str:
        return f"end:{self.session.uuid}"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "session": self.session.to_dict(), "ended_at": self.ended_at}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PendingEnd:
        return cls(PendingSession.from_dict(data["session"]), str(data["ended_at"]))


Pending = PendingAnswer | PendingEnd


def pending_from_dict(data: dict[str, Any]) -> Pending:
    """Raises KeyError, TypeError or ValueError for an entry that is not one of ours."""
    if not isinstance(data, dict):
        raise TypeError("not a JSON object")
    kind = data.get("kind")
    if kind == PendingAnswer.kind:
        return PendingAnswer.from_dict(data)
    if kind == PendingEnd.kind:
        return PendingEnd.from_dict(data)
    raise ValueError(f"unknown entry kind {kind!r}")
