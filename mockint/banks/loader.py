"""Reading one bank file: bytes -> text -> TOML -> validated :class:`Bank`, or its problems.

Nothing here raises for bad content, whatever the bytes: every fault becomes a
:class:`~mockint.banks.model.Problem` naming the file, line and field.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

from mockint.banks.model import BankEntry, Problem
from mockint.banks.textfile import NotText, decode_text, read_text
from mockint.banks.toml_lines import LineIndex
from mockint.banks.validation import validate_bank

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_POSITION_RE = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)")


def load_bank_file(path: Path, source: str = "user") -> BankEntry:
    """Load and validate the bank at ``path``; a broken file comes back with its problems."""
    path = Path(path)
    return _load(lambda: read_text(path), path, source)


def load_bank_bytes(raw: bytes, path: Path, source: str = "user") -> BankEntry:
    """Like :func:`load_bank_file` for bytes already in memory (``path`` names them)."""
    return _load(lambda: decode_text(raw), path, source)


def _load(read: Callable[[], str], path: Path, source: str) -> BankEntry:
    try:
        text = read()
    except NotText as exc:
        return _broken(path, source, Problem(path, exc.line, "file", exc.message))
    return load_bank_text(text, path, source)


def load_bank_text(text: str, path: Path, source: str = "user") -> BankEntry:
    """Validate bank ``text`` as if read from ``path``."""
    if not text.strip():
        empty = Problem(path, 1, "file", "is empty (a bank needs [bank] and [[questions]])")
        return _broken(path, source, empty)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return _broken(path, source, _syntax_problem(path, text, str(exc)))
    except RecursionError:
        return _broken(path, source, Problem(path, 1, "toml", "arrays or tables nested too deeply"))
    result = validate_bank(data, LineIndex.of(text), path, source)
    return BankEntry(
        path=path,
        source=source,
        bank=result.bank,
        problems=result.problems,
        bank_id=result.bank_id or path.stem,
        title=result.title,
    )


def _broken(path: Path, source: str, problem: Problem) -> BankEntry:
    return BankEntry(path=path, source=source, problems=[problem], bank_id=path.stem)


def _syntax_problem(path: Path, text: str, error: str) -> Problem:
    """``Invalid value (at line 3, column 8)`` -> line 3, ``TOML syntax: invalid value (column 8)``.

    When tomllib only says "at end of document", the problem is put on the file's last line.
    """
    match = _POSITION_RE.search(error)
    reason = _POSITION_RE.sub("", error).strip() or "invalid TOML"
    reason = reason[0].lower() + reason[1:]
    if reason.startswith("cannot overwrite a value"):
        reason += ": a key is set twice"
    if match and match.group(1):
        line, where = int(match.group(1)), f" (column {match.group(2)})"
    else:
        line, where = max(1, len(text.splitlines())), " (at the end of the file)" if match else ""
    return Problem(path, line, "toml", f"TOML syntax: {reason}{where}")
