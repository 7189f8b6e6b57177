"""Messages that worker threads post to the screens (threads never touch widgets)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from mockint.banks.catalog import Catalog
    from mockint.session.practice import Attempt
    from mockint.session.recorder import ScoredAttempt


class CatalogLoaded(Message):
    """Every bank is loaded (broken ones with their problems)."""

    def __init__(self, catalog: Catalog) -> None:
        super().__init__()
        self.catalog = catalog


class CatalogFailed(Message):
    """The banks could not be listed at all (e.g. a --bank-dir that does not exist)."""

    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


class AnswerScored(Message):
    """An answer has its score card (and is in the history unless ``result.save_error``)."""

    def __init__(self, result: ScoredAttempt) -> None:
        super().__init__()
        self.result = result


class ScoringFailed(Message):
    """An answer could not be scored (e.g. a bad ``[scoring]`` section in the config file)."""

    def __init__(self, attempt: Attempt, error: str) -> None:
        super().__init__()
        self.attempt = attempt
        self.error = error


class SessionClosed(Message):
    """The history session was marked as ended (``error`` says why not, if it was not)."""

    def __init__(self, error: str | None) -> None:
        super().__init__()
        self.error = error
