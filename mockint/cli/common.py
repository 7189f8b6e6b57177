"""Options and helpers shared by several commands."""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
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


def number_option(
    low: float, high: float, *, whole: bool = False, unit: str = ""
) -> Callable[[str], float]:
    """An argparse ``type=`` that accepts a finite number in ``low..high`` (a whole one if
    ``whole``); anything else, NaN and 1e308 included, is a one-line error naming the range."""
    kind = "a whole number" if whole else "a number"
    expected = f"{kind}{' of ' + unit if unit else ''} from {_plain(low)} to {_plain(high)}"

    def parse(text: str) -> Any:
        value = parse_number(text, whole=whole)
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be {expected}, not {text.strip() or 'nothing'}")
        return value

    return parse


def _plain(number: float) -> str:
    return f"{int(number):,}" if number == int(number) else f"{number:g}"


def parse_number(raw: object, *, whole: bool = False) -> Any:
    """``raw`` (text or a JSON number) as a finite int/float, or None if it is not one."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, (int, float)):
        value: float = raw
    elif isinstance(raw, str):
        try:
            value = int(raw) if whole else float(raw)
        except ValueError:
            return None
    else:
        return None
    if not math.isfinite(value) or (whole and value != int(value)):
        return None
    return int(value) if whole else float(value)


MAX_TEXT_INPUT_BYTES = 1024 * 1024


def read_text_input(file: str | None, what: str, pipe_hint: str) -> str:
    """The text of ``file`` (``-`` or None: standard input), for a command that reads one text.

    Too large (over 1 MiB), not UTF-8, binary (a NUL byte), empty, a folder or unreadable: one
    ``MockintError`` line naming the file and ``what`` it should hold ("the draft is empty").
    ``pipe_hint`` is the command to show when nothing is piped in ("mockint reply ... -").
    """
    import sys

    from mockint.errors import MockintError

    if file in (None, "-"):
        if sys.stdin is None or sys.stdin.isatty():
            raise MockintError(f"no {what}: give FILE, or pipe it into '{pipe_hint}'")
        raw, name = sys.stdin.buffer.read(MAX_TEXT_INPUT_BYTES + 1), "standard input"
    else:
        path = Path(file)
        if path.is_dir():
            raise MockintError(f"{path}: is a folder, not a text file")
        try:
            with path.open("rb") as handle:
                raw = handle.read(MAX_TEXT_INPUT_BYTES + 1)
        except OSError as exc:
            raise MockintError(f"{path}: cannot read: {exc.strerror or exc}") from None
        name = str(path)
    if len(raw) > MAX_TEXT_INPUT_BYTES:
        raise MockintError(f"{name}: the {what} is larger than 1 MiB")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise MockintError(f"{name}: not UTF-8 text (byte {exc.start})") from None
    if "\x00" in text:
        raise MockintError(f"{name}: a binary file, not text (NUL byte at {text.index(chr(0))})")
    if not text.strip():
        raise MockintError(f"{name}: the {what} is empty")
    return text
