"""The choices mockint remembers between runs: the one owner of ``ui-state.json``
(``paths.ui_state_file()``, JSON, 0600).

The start screen keeps its form here (bank, count, order, answer mode, times) and how many questions
today's practice holds, the app its theme, and the start screen and ``mockint devices --choose``
the chosen microphone, all through :func:`load_ui_state` and :func:`save_ui_state`. A missing,
unreadable or malformed file means "no remembered choices" (a bad value: that choice's default): it
never stops the app. Only choices that differ from the defaults are written, and keys this version
does not know (a newer version's) are kept as they were.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from mockint import paths
from mockint.coach import DEFAULT_COUNT as DEFAULT_PLAN_COUNT
from mockint.coach import MAX_COUNT as MAX_PLAN_COUNT
from mockint.session.options import ANSWER_MODES, TYPED


@dataclass(frozen=True)
class UiState:
    bank_id: str | None = None
    count: int | None = None  # None: every question
    shuffle: bool = True  # a new session asks the questions in a new order
    mode: str = TYPED  # one of mockint.session.options.ANSWER_MODES
    think_seconds: int | None = None  # None: each question's own
    answer_seconds: int | None = None
    theme: str | None = None
    input_device: str | None = None  # the microphone picked (None: the system default)
    plan_count: int = DEFAULT_PLAN_COUNT  # how many questions today's practice holds (1..MAX_PLAN_COUNT)

    @classmethod
    def from_dict(cls, data: Any) -> UiState:
        """Keep each known value of the right type; drop the rest."""
        if not isinstance(data, dict):
            return cls()
        kept: dict[str, Any] = {}
        for spec in fields(cls):
            if spec.name not in data:
                continue
            value = data[spec.name]
            if spec.name == "input_device" and isinstance(value, int) and not isinstance(value, bool):
                value = str(value)  # a device index
            if _fits(spec.name, value):
                kept[spec.name] = value
        return cls(**kept)

    def to_dict(self) -> dict[str, Any]:
        """Every choice, defaults included."""
        return asdict(self)


def _fits(name: str, value: Any) -> bool:
    if name == "shuffle":
        return isinstance(value, bool)
    if name in ("count", "think_seconds", "answer_seconds"):
        return value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0)
    if name == "plan_count":
        return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_PLAN_COUNT
    if name == "mode":
        return value in ANSWER_MODES
    return value is None or isinstance(value, str)


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def load_ui_state(path: Path | None = None) -> UiState:
    return UiState.from_dict(_read(path or paths.ui_state_file()))


def save_ui_state(state: UiState, path: Path | None = None) -> Path:
    """Write ``state`` (the choices that differ from the defaults), keeping unknown keys."""
    path = path or paths.ui_state_file()
    known = {spec.name for spec in fields(UiState)}
    data = {key: value for key, value in _read(path).items() if key not in known}
    defaults = UiState().to_dict()
    data.update({key: value for key, value in state.to_dict().items() if value != defaults[key]})
    return paths.write_private_file(path, json.dumps(data, indent=2) + "\n")
