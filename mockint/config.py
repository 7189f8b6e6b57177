"""The user's config file (``mockint locate`` prints where it is).

Precedence everywhere: CLI flag > environment variable > config file > built-in default. This
module reads the file, checks what is common to all of it (TOML syntax, the top-level tables,
settings an earlier mockint had under another name) and knows the line of every field, so each
area (``[scoring]``, ``[speech]``) can turn its own table into typed settings and report a bad
value as one line: ``config.toml:7: speech.threads: must be a whole number, got 'two'``.
"""

from __future__ import annotations

import copy
import math
import re
import sys
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from mockint import paths
from mockint.banks.rules import did_you_mean
from mockint.banks.textfile import NotText, decode_text
from mockint.banks.toml_lines import LineIndex
from mockint.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

SECTIONS = ("scoring", "speech", "voice", "voice_baseline", "practice")
MAX_CONFIG_BYTES = 1_000_000  # a config file is a few lines; this stops /dev/zero-like surprises


@dataclass(frozen=True)
class Renamed:
    """A setting an earlier mockint read that a later one renamed or replaced.

    ``replacement`` names what to write instead; when it is exactly one field (``moved_to``),
    the old value is used for it (unless the file sets the new one too)."""

    replacement: str
    moved_to: str | None = None


# field -> what replaced it. The old name gives a one-line notice, never an error.
RENAMED: dict[str, Renamed] = {
    "scoring.professional_tone.defensive_penalty": Renamed(
        "insult_penalty, arguing_penalty and sarcasm_penalty in [scoring.professional_tone]"
    ),
    # Scorer 2.1 counts enthusiasm rather than asking for one phrase per N words.
    "scoring.enthusiasm.words_per_positive": Renamed("positives_for_full in [scoring.enthusiasm]"),
}

_LINE_RE = re.compile(r"\s*\(?at line (\d+), column (\d+)\)?")
_END_RE = re.compile(r"\s*\(?at end of document\)?")


@dataclass(frozen=True)
class ConfigFile:
    """The parsed file: its tables, where each field is written, and notices for the user."""

    path: Path | None  # None: values given in code, not read from a file
    data: dict[str, Any]
    lines: LineIndex
    notices: tuple[str, ...] = ()

    def line_of(self, field: str) -> int:
        return self.lines.line_of(field)

    def error(self, field: str, message: str) -> ConfigError:
        """``FILE:LINE: field: message`` as a :class:`ConfigError`."""
        where = f"{self.path}:{self.line_of(field)}: " if self.path else ""
        return ConfigError(f"{where}{field}: {message}")

    def section(self, name: str) -> dict[str, Any]:
        """One ``[name]`` table (empty when absent); renamed settings already left out."""
        value: dict[str, Any] = self.data.get(name, {})
        return value


def read_config(path: Path | None = None) -> ConfigFile:
    """The config file, checked; an absent file is an empty config. Raises :class:`ConfigError`."""
    path = path or paths.config_file()
    try:
        path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return ConfigFile(path, {}, LineIndex({}))
    except OSError as exc:  # a folder on the way that cannot be searched
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    text = _read_text(path)
    data = _parse(path, text)
    config = ConfigFile(path, data, LineIndex.of(text))
    for name, value in data.items():
        if name not in SECTIONS:
            known = ", ".join(f"[{section}]" for section in SECTIONS[:-1]) + f" or [{SECTIONS[-1]}]"
            what = "table" if isinstance(value, dict) else "setting"
            raise config.error(name, f"unknown {what}{did_you_mean(name, SECTIONS)} (mockint reads {known})")
        if not isinstance(value, dict):
            raise config.error(name, f"must be a table ([{name}]), got {describe_value(value)}")
    notices = _apply_renames(config)
    return ConfigFile(path, data, config.lines, tuple(notices))


def config_notices(path: Path | None = None) -> list[str]:
    """The notices of the config file (renamed settings, a bad ``[voice_baseline]`` that falls
    back to its defaults); [] when it is absent or broken (the command that needs it reports the
    problem). The CLI prints them once a command, the app shows them once when it starts."""
    try:
        config = read_config(path)
    except ConfigError:
        return []
    problem = None
    if config.section("voice_baseline"):  # (the scorer loads only when there is one to check)
        from mockint.scoring.personal import baseline_problem

        problem = baseline_problem(config)
    return [*config.notices, *([problem] if problem else [])]


def config_section(name: str, path: Path | None = None) -> dict[str, Any]:
    """One ``[name]`` table of the config file (empty when absent)."""
    return read_config(path).section(name)


def describe_value(value: Any) -> str:
    """A value as the user wrote it in TOML, for ``got ...``: ``true``, ``'lots'``, ``1e+26``,
    ``a date``, ``a list``, ``a table`` (never a Python repr such as ``True`` or ``datetime.date``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not math.isfinite(value):
            return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")
        return str(value)  # Python and TOML write numbers alike: 8, 0.5, 1e+26
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return "'" + shown.encode("unicode_escape").decode("ascii").replace("'", "\\'") + "'"
    return toml_kind(value)


def toml_kind(value: Any) -> str:
    """``a string``, ``a whole number``, ``a list`` ...: the TOML kind of a parsed value."""
    for kind, name in _KINDS:
        if isinstance(value, kind):
            return name
    return "a value"


_KINDS: tuple[tuple[type, str], ...] = (
    (bool, "true/false"),
    (int, "a whole number"),
    (float, "a decimal number"),
    (str, "a string"),
    (list, "a list"),
    (dict, "a table"),
    (datetime, "a date and time"),  # before date: a datetime is a date too
    (date, "a date"),
    (time, "a time of day"),
)


def _read_text(path: Path) -> str:
    try:
        if path.is_dir():
            raise ConfigError(f"{path}: is a folder, not a config file")
        with path.open("rb") as handle:
            raw = handle.read(MAX_CONFIG_BYTES + 1)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if len(raw) > MAX_CONFIG_BYTES:
        raise ConfigError(f"{path}:1: is too large for a config file (more than {MAX_CONFIG_BYTES:,} bytes)")
    try:
        return decode_text(raw)  # a UTF-8 byte-order mark is dropped, as in banks
    except NotText as exc:
        raise ConfigError(f"{path}:{exc.line}: {exc.message}") from None


def _parse(path: Path, text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _LINE_RE.search(message)
        if match:
            line, where = match.group(1), f" (column {match.group(2)})"
        else:
            line, where = str(max(1, len(text.splitlines()))), " (at the end of the file)"
        reason = _END_RE.sub("", _LINE_RE.sub("", message)).strip(" ,") or "invalid TOML"
        raise ConfigError(f"{path}:{line}: TOML syntax: {reason[0].lower()}{reason[1:]}{where}") from None
    except RecursionError:
        line = _deepest_nesting_line(text)
        raise ConfigError(f"{path}:{line}: TOML syntax: arrays or tables nested too deeply") from None


def _deepest_nesting_line(text: str) -> int:
    """The line where brackets first open 100 deep (no TOML file needs that)."""
    depth = 0
    for number, line in enumerate(text.splitlines(), start=1):
        for char in line:
            depth += 1 if char in "[{" else -1 if char in "]}" else 0
            if depth >= 100:
                return number
    return 1


def _apply_renames(config: ConfigFile) -> list[str]:
    """Take each renamed setting out of ``config.data`` (moving its value when it has exactly one
    replacement) and say so, one notice a setting."""
    notices = []
    for old, renamed in RENAMED.items():
        *parents, key = old.split(".")
        table = _table_at(config.data, parents)
        if table is None or key not in table:
            continue
        value = table.pop(key)
        where = f"{config.path}:{config.line_of(old)}"
        if renamed.moved_to is None:
            notices.append(f"{where}: {old} is no longer used (ignored): set {renamed.replacement} instead")
            continue
        *new_parents, new_key = renamed.moved_to.split(".")
        target = _table_at(config.data, new_parents, create=True)
        if target is not None and new_key not in target:
            target[new_key] = copy.deepcopy(value)
        notices.append(f"{where}: {old} is now called {renamed.replacement}; please rename it")
    return notices


def _table_at(data: dict[str, Any], keys: list[str], create: bool = False) -> dict[str, Any] | None:
    table: Any = data
    for key in keys:
        if create and key not in table:
            table[key] = {}
        table = table.get(key)
        if not isinstance(table, dict):
            return None
    return table
