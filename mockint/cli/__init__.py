"""The ``mockint`` command line.

Each ``*_cmd`` module adds its sub-commands with ``register(subparsers)`` and sets
``func=handler`` where ``handler(args) -> int``. Command modules import only light modules at the
top; everything heavy (Textual, Whisper, sounddevice, sqlite work) is imported inside handlers, so
``mockint --help`` stays instant.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import NoReturn

from mockint import __version__
from mockint.cli import (
    app_cmd,
    banks_cmd,
    compare_cmd,
    feedback_cmd,
    history_cmd,
    output,
    plan_cmd,
    reply_cmd,
    score_cmd,
    speech_cmd,
    strengths_cmd,
)
from mockint.errors import MockintError

_COMMAND_MODULES = (
    app_cmd,
    banks_cmd,
    score_cmd,
    history_cmd,
    plan_cmd,
    compare_cmd,
    feedback_cmd,
    speech_cmd,
    reply_cmd,
    strengths_cmd,
)


class _Parser(output.SafeArgumentParser):
    """argparse with mockint's error contract: a bad option or number is one ``mockint:`` line
    and exit status 1 (not argparse's usage block and status 2). Sub-parsers share the class."""

    def error(self, message: str) -> NoReturn:
        first = " ".join(message.split())
        self.exit(1, f"mockint: {first} (see `{self.prog} --help`)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="mockint",
        description="Practise job interviews alone and get honest, specific feedback. "
        "With no command, opens the practice app.",
    )
    parser.add_argument("--version", action="version", version=f"mockint {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _COMMAND_MODULES:
        module.register(subparsers)
    return parser


def _print_config_notices() -> None:
    """A setting an earlier mockint had under another name: one line each on stderr, no failure."""
    from mockint.config import config_notices

    for notice in config_notices():
        output.error(f"note: {notice}")


def main(argv: Sequence[str] | None = None) -> int:
    output.prepare_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "func", None) or app_cmd.run_default
    if handler not in app_cmd.APP_HANDLERS:  # the app shows them itself, as notifications
        _print_config_notices()
    try:
        return int(handler(args) or 0)
    except MockintError as exc:
        output.error(str(exc))
        return 1
    except KeyboardInterrupt:
        output.error("interrupted")
        return 130
    except BrokenPipeError:
        return 0
