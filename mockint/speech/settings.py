"""Speech settings: ``[speech]`` in the config file, environment variables, command-line flags.

Precedence: CLI flag > environment (``MOCKINT_SPEECH_ENGINE``, ``MOCKINT_SPEECH_MODEL``,
``MOCKINT_INPUT_DEVICE``) > config file > default. Example config::

    [speech]
    engine = "faster-whisper"      # or "openai-whisper"
    model = "/models/whisper-base.en-ct2"   # a CTranslate2 folder, a known local name, or a .pt
    language = "en"
    threads = 2
    beam_size = 1
    keep_fillers = true            # prompt Whisper so "um" and "uh" stay in the transcript
    input_device = "USB Audio"     # name (or part of it) or index; `mockint devices` lists them
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import Any

from mockint import paths
from mockint.config import config_section
from mockint.errors import ConfigError

ENGINES = ("faster-whisper", "openai-whisper")
DEFAULT_ENGINE = "faster-whisper"
DEFAULT_MODEL = "tiny.en"

_ENV = {
    "engine": "MOCKINT_SPEECH_ENGINE",
    "model": "MOCKINT_SPEECH_MODEL",
    "input_device": "MOCKINT_INPUT_DEVICE",
}


@dataclass(frozen=True)
class SpeechSettings:
    engine: str = DEFAULT_ENGINE
    model: str | None = None  # None: the engine's default (faster-whisper: bundled tiny.en)
    language: str = "en"
    threads: int = 2
    beam_size: int = 1
    keep_fillers: bool = True
    input_device: str | None = None

    @property
    def model_label(self) -> str:
        """The model as a user would name it (both engines default to tiny.en)."""
        return self.model or DEFAULT_MODEL


def _check(key: str, value: Any, kind: type, where: str) -> Any:
    if kind is int and isinstance(value, bool) or not isinstance(value, kind):
        raise ConfigError(f"{where}: speech.{key}: must be {kind.__name__}, not {value!r}")
    return value


def _from_file() -> dict[str, Any]:
    where = str(paths.config_file())
    raw = config_section("speech")
    known: dict[str, type | tuple[type, ...]] = {
        "engine": str,
        "model": str,
        "language": str,
        "threads": int,
        "beam_size": int,
        "keep_fillers": bool,
        "input_device": (str, int),
    }
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in known:
            raise ConfigError(f"{where}: speech.{key}: unknown setting (known: {', '.join(known)})")
        kind = known[key]
        if isinstance(kind, tuple):
            if isinstance(value, bool) or not isinstance(value, kind):
                raise ConfigError(f"{where}: speech.{key}: must be a device name or index")
            value = str(value)
        else:
            _check(key, value, kind, where)  # type: ignore[arg-type]  # kind is a type here
        values[key] = value
    return values


def load_speech_settings(**flags: Any) -> SpeechSettings:
    """Settings after applying file, environment and the non-None ``flags`` (CLI options)."""
    values = _from_file()
    for key, env_name in _ENV.items():
        env_value = os.environ.get(env_name, "").strip()
        if env_value:
            values[key] = env_value
    values.update({k: v for k, v in flags.items() if v is not None})
    settings = replace(SpeechSettings(), **values)
    return validate(settings)


def validate(settings: SpeechSettings) -> SpeechSettings:
    where = f"{paths.config_file()}: speech"
    if settings.engine not in ENGINES:
        raise ConfigError(
            f"{where}.engine: unknown engine {settings.engine!r} (choose {' or '.join(ENGINES)})"
        )
    if not 1 <= settings.threads <= 64:
        raise ConfigError(f"{where}.threads: must be between 1 and 64")
    if not 1 <= settings.beam_size <= 10:
        raise ConfigError(f"{where}.beam_size: must be between 1 and 10")
    return settings
