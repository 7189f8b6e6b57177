"""Options and helpers shared by several commands."""

from __future__ import annotations

import argparse
from pathlib import Path


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
