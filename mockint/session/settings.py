"""Practice settings from the ``[practice]`` section of the config file.

```toml
[practice]
follow_ups = true      # ask a follow-up question when an answer lacks something (default true)
max_follow_ups = 1     # at most this many follow-ups per question (default 1)
```

The start screen's "Follow-up questions" switch starts from this and applies to one session.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mockint.banks.rules import did_you_mean
from mockint.config import describe_value, read_config
from mockint.errors import ConfigError
from mockint.session.options import DEFAULT_FOLLOW_UPS

MAX_FOLLOW_UPS_LIMIT = 5


@dataclass(frozen=True)
class PracticeSettings:
    follow_ups: bool = True
    max_follow_ups: int = DEFAULT_FOLLOW_UPS

    @property
    def follow_up_limit(self) -> int:
        """Follow-ups per question for :class:`~mockint.session.options.SessionOptions`."""
        return self.max_follow_ups if self.follow_ups else 0


def load_practice_settings(path: Path | None = None) -> PracticeSettings:
    """``[practice]`` of the config file; a bad value raises ConfigError (``FILE:LINE: field: ...``)."""
    config = read_config(path)
    settings = PracticeSettings()
    for key, value in config.section("practice").items():
        field = f"practice.{key}"
        if key == "follow_ups":
            if not isinstance(value, bool):
                raise config.error(field, f"must be true or false, got {describe_value(value)}")
            settings = PracticeSettings(value, settings.max_follow_ups)
        elif key == "max_follow_ups":
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_FOLLOW_UPS_LIMIT:
                raise config.error(
                    field, f"must be a whole number from 0 to {MAX_FOLLOW_UPS_LIMIT}, got {describe_value(value)}"
                )
            settings = PracticeSettings(settings.follow_ups, value)
        else:
            known = ("follow_ups", "max_follow_ups")
            raise config.error(field, f"unknown setting{did_you_mean(key, known)} (known: {', '.join(known)})")
    return settings


def follow_up_limit() -> int:
    """Follow-ups per question as the config sets them (a bad ``[practice]`` section: none)."""
    try:
        return load_practice_settings().follow_up_limit
    except ConfigError:
        return 0
