"""Sub-commands: (being written)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add this module's sub-commands."""


def run_default(args: argparse.Namespace) -> int:
    """``mockint`` with no command: the practice app."""
    raise NotImplementedError
