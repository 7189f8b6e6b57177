"""The user's config file (``mockint locate`` prints where it is).

Precedence everywhere: CLI flag > environment variable > config file > built-in default. This
module only reads the file; each area (scoring, speech, ui) turns its own section into typed
settings and applies its defaults.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from mockint import paths
from mockint.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_LINE_RE = re.compile(r"at line (\d+)")


def load_toml_file(path: Path) -> dict[str, Any]:
    """Parse a TOML file; any failure becomes a one-line :class:`ConfigError` naming file and line."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigError(f"{path}:1: file is not UTF-8 text") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _LINE_RE.search(str(exc))
        line = match.group(1) if match else "1"
        message = _LINE_RE.sub("", str(exc)).replace("()", "").strip(" ,")
        raise ConfigError(f"{path}:{line}: TOML syntax: {message}") from None


def load_config(path: Path | None = None) -> dict[str, Any]:
    """The whole config file as a dict; an absent file is an empty config."""
    path = path or paths.config_file()
    if not path.exists():
        return {}
    return load_toml_file(path)


def config_section(name: str, path: Path | None = None) -> dict[str, Any]:
    """One ``[name]`` table of the config file (empty when absent)."""
    config_path = path or paths.config_file()
    value = load_config(config_path).get(name, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{config_path}: {name}: must be a table ([{name}])")
    return value
