"""The one exception type the user ever sees.

Core modules raise subclasses of :class:`MockintError` with a one-line, human message (naming the
file, line and field where there is one). The CLI prints it as ``mockint: <message>`` and exits 1;
the TUI shows it in a notification or dialog. Anything else escaping is a bug.
"""

from __future__ import annotations


class MockintError(Exception):
    """A problem the user can act on, described in one line."""


class ConfigError(MockintError):
    """The config file is unreadable or has a bad value."""


def sentence(message: str) -> str:
    """A one-line message (lower case, to follow ``mockint: ``) as a sentence of its own."""
    return message[:1].upper() + message[1:]
