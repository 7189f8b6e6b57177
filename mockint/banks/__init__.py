"""Question banks: TOML files, validated into :class:`~mockint.banks.model.Bank` objects.

``loader`` reads and validates one file, ``catalog`` gathers the built-in, user and ``--bank-dir``
banks, ``importer`` turns a plain list of questions into a bank, ``template`` writes a starting
point. ``rules`` holds what a file may contain, including :data:`KNOWN_BUILTIN_CRITERIA`.
"""

from __future__ import annotations

from mockint.banks.rules import KNOWN_BUILTIN_CRITERIA
from mockint.errors import MockintError

__all__ = ["KNOWN_BUILTIN_CRITERIA", "BankError"]


class BankError(MockintError):
    """An unknown bank or question, a broken bank asked for by id, or a failed import."""
