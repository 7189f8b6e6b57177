"""Options and helpers shared by several commands."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def add_bank_dir_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--bank-dir",
        dest="bank_dirs",
        metavar="DIR",
        type=Path,
        action="append",
        default=[],
        help="also load every *.toml bank in DIR (repeatable)",
    )


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def printable(text: str) -> str:
    """Text from banks or answers made safe for a terminal: control characters shown escaped."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
