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

from mockint import paths
from mockint.config import config_section
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
    """``[practice]`` of the config file; a bad value raises ConfigError (one line)."""
    where = str(path or paths.config_file())
    raw = config_section("practice", path)
    settings = PracticeSettings()
    for key, value in raw.items():
        if key == "follow_ups":
            if not isinstance(value, bool):
                raise ConfigError(f"{where}: practice.follow_ups: must be true or false, not {value!r}")
            settings = PracticeSettings(value, settings.max_follow_ups)
        elif key == "max_follow_ups":
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_FOLLOW_UPS_LIMIT:
                raise ConfigError(
                    f"{where}: practice.max_follow_ups: must be a whole number from 0 to "
                    f"{MAX_FOLLOW_UPS_LIMIT}, not {value!r}"
                )
            settings = PracticeSettings(settings.follow_ups, value)
        else:
            raise ConfigError(f"{where}: practice.{key}: unknown setting (known: follow_ups, max_follow_ups)")
    return settings


def follow_up_limit() -> int:
    """Follow-ups per question as the config sets them (a bad ``[practice]`` section: none)."""
    try:
        return load_practice_settings().follow_up_limit
    except ConfigError:
        return 0
