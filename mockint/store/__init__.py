"""The history of practice sessions (SQLite): see :class:`HistoryStore` and :mod:`.export`."""

from __future__ import annotations

from mockint.store.errors import ExportError, StoreError
from mockint.store.history import HistoryStore
from mockint.store.records import AnswerRecord, SessionDetail, SessionSummary, TrendPoint

__all__ = [
    "AnswerRecord",
    "ExportError",
    "HistoryStore",
    "SessionDetail",
    "SessionSummary",
    "StoreError",
    "TrendPoint",
]
