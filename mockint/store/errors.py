"""Errors of the history store, each a one-line message naming the file."""

from __future__ import annotations

from mockint.errors import MockintError


class StoreError(MockintError):
    """The history database cannot be opened, read or written (corrupt, locked, no access)."""


class ExportError(MockintError):
    """A session cannot be exported as asked (unknown format, unwritable output file)."""
