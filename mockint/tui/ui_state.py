"""The choices the start screen remembers between runs (``paths.ui_state_file()``, JSON, 0600).

A missing, unreadable or malformed file means "no remembered choices": it never stops the app.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from mockint import paths


@dataclass(frozen=True)
class UiState:
    bank_id: str | None = None
    count: int | None = None  # None: every question
    shuffle: bool = False
    mode: str = "typed"
    think_seconds: int | None = None  # None: each question's own
    answer_seconds: int | None = None
    theme: str | None = None
    # The microphone picked on the start screen; the same key `mockint devices --choose` writes
    # (mockint.speech.devices.UI_STATE_KEY), so both find the one choice.
    input_device: str | None = None

    @classmethod
    def from_dict(cls, data: Any) -> UiState:
        """Keep each known value of the right type; drop the rest."""
        if not isinstance(data, dict):
            return cls()
        defaults = cls()
        kept: dict[str, Any] = {}
        for spec in fields(cls):
            value = data.get(spec.name, getattr(defaults, spec.name))
            if _fits(spec.name, value):
                kept[spec.name] = value
        return cls(**kept)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _fits(name: str, value: Any) -> bool:
    if name == "shuffle":
        return isinstance(value, bool)
    if name in ("count", "think_seconds", "answer_seconds"):
        return value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0)
    if name == "mode":
        return value in ("typed", "spoken")
    return value is None or isinstance(value, str)


def load_ui_state(path: Path | None = None) -> UiState:
    path = path or paths.ui_state_file()
    try:
        return UiState.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return UiState()


def save_ui_state(state: UiState, path: Path | None = None) -> Path:
    return paths.write_private_file(path or paths.ui_state_file(), json.dumps(state.to_dict(), indent=2) + "\n")
