"""Options and helpers shared by several commands."""

from __future__ import annotations

import argparse
import math
import sys
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


def read_text(
    file: str | None,
    *,
    what: str,
    limit_bytes: int,
    limit_shown: str,
    missing: str,
    refuse_binary: bool = False,
) -> tuple[str, str]:
    """The UTF-8 text of ``file`` (``-`` or None: standard input, unless it is a terminal) and the
    name to put in messages. Too large, not UTF-8, binary (``refuse_binary``) or blank: a
    one-line MockintError naming the file ("the {what} is empty")."""
    from mockint.errors import MockintError

    if file in (None, "-"):
        if sys.stdin is None or sys.stdin.isatty():
            raise MockintError(missing)
        raw, name = sys.stdin.buffer.read(limit_bytes + 1), "standard input"
    else:
        path = Path(file)
        if path.is_dir():
            raise MockintError(f"{path}: is a folder, not a text file")
        try:
            with path.open("rb") as handle:
                raw = handle.read(limit_bytes + 1)
        except OSError as exc:
            raise MockintError(f"{path}: cannot read: {exc.strerror or exc}") from None
        name = str(path)
    if len(raw) > limit_bytes:
        raise MockintError(f"{name}: the {what} is larger than {limit_shown}")
    nul = raw.find(b"\x00") if refuse_binary else -1
    if nul >= 0:
        raise MockintError(f"{name}: a binary file, not text (byte {nul} is NUL)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise MockintError(f"{name}: not UTF-8 text (byte {exc.start})") from None
    if not text.strip():
        raise MockintError(f"{name}: the {what} is empty")
    return text, name


def read_text_input(file: str | None, what: str, pipe_hint: str) -> str:
    """The text of ``file`` (``-`` or None: standard input) for a command that reads one text of
    up to :data:`~mockint.safe_text.MAX_TEXT_BYTES` (a draft, a story); ``pipe_hint`` is the
    command to show when nothing is piped in."""
    from mockint.safe_text import MAX_TEXT_BYTES, MAX_TEXT_SHOWN

    text, _ = read_text(
        file, what=what, limit_bytes=MAX_TEXT_BYTES, limit_shown=MAX_TEXT_SHOWN, refuse_binary=True,
        missing=f"no {what}: give FILE, or pipe it into '{pipe_hint}'",
    )
    return text
