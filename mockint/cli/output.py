"""Everything the CLI prints goes through here, so no untrusted text reaches the terminal raw.

Human-readable output (tables, score cards, notes, ``mockint: …`` errors, argparse's help and
errors, which echo what was typed) shows control characters visibly (:func:`mockint.safe_text.visible`);
JSON keeps the exact text with control characters escaped (:func:`mockint.safe_text.json_text`).
A terminal or pipe whose encoding cannot show a stand-in (``PYTHONIOENCODING=ascii``) gets a
``\\u241b`` escape instead of a crash.
"""

from __future__ import annotations

import argparse
import sys
from typing import IO, TYPE_CHECKING, Any

from mockint.safe_text import json_text, one_line, visible

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

__all__ = ["SafeArgumentParser", "cell", "error", "line", "note", "print_json", "prepare_streams", "write"]


def marks() -> tuple[str, str]:
    """The pass and fail marks: ✓ and ✗, or + and x where standard output cannot show them."""
    encoding = getattr(sys.stdout, "encoding", None) or "ascii"
    try:
        "✓✗“”…".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return "+", "x"
    return "✓", "✗"


def prepare_streams() -> None:
    """Never fail on a character the output encoding lacks: escape it (``\\u241b``) instead."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def write(text: str, file: SupportsWrite[str] | None = None) -> None:
    """``text`` as it is laid out (newlines and tabs kept), every other control shown visibly."""
    (file or sys.stdout).write(visible(text))


def line(text: str = "", file: IO[str] | None = None) -> None:
    """One line of human-readable output on stdout (or ``file``)."""
    write(text + "\n", file)


def note(text: str) -> None:
    """A line on stderr: progress, notices, warnings."""
    line(text, sys.stderr)


def error(message: str) -> None:
    """The one-line ``mockint: message`` on stderr."""
    note(f"mockint: {one_line(message)}")


def cell(text: str) -> str:
    """A table cell or one-line field: newline and tab shown too, so the columns stay aligned."""
    return one_line(text)


def print_json(data: Any, file: IO[str] | None = None, *, indent: int | None = 2) -> None:
    """``data`` as JSON (exact text, control characters escaped), then a newline."""
    stream = file or sys.stdout
    stream.write(json_text(data, indent=indent) + "\n")


class SafeArgumentParser(argparse.ArgumentParser):
    """argparse echoes what was typed (``invalid choice: '…'``): print it through :func:`write`.

    Sub-parsers are made of the same class (``add_subparsers`` uses the parser's own type).
    """

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        if message:
            write(message, file or sys.stderr)
