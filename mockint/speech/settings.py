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
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from mockint.banks.rules import did_you_mean
from mockint.config import ConfigFile, describe_value, read_config
from mockint.errors import ConfigError

ENGINES = ("faster-whisper", "openai-whisper")
DEFAULT_ENGINE = "faster-whisper"
DEFAULT_MODEL = "tiny.en"
# The languages Whisper knows (its own codes), and "auto" to let it detect the language.
WHISPER_LANGUAGES = frozenset(
    "af am ar as az ba be bg bn bo br bs ca cs cy da de el en es et eu fa fi fo fr gl gu ha haw he "
    "hi hr ht hu hy id is it ja jw ka kk km kn ko la lb ln lo lt lv mg mi mk ml mn mr ms mt my ne "
    "nl nn no oc pa pl ps pt ro ru sa sd si sk sl sn so sq sr su sv sw ta te tg th tk tl tr tt uk "
    "ur uz vi yi yo zh yue".split()
)
THREADS_RANGE = (1, 64)
BEAM_SIZE_RANGE = (1, 10)

_ENV = {
    "engine": "MOCKINT_SPEECH_ENGINE",
    "model": "MOCKINT_SPEECH_MODEL",
    "input_device": "MOCKINT_INPUT_DEVICE",
}
_FLAGS = {"engine": "--engine", "model": "--model", "input_device": "--device"}


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


def _text(value: Any) -> str | None:
    return None if isinstance(value, str) and value.strip() else f"must be a non-empty string, got {describe_value(value)}"


def _engine(value: Any) -> str | None:
    if isinstance(value, str) and value in ENGINES:
        return None
    return f"unknown engine {describe_value(value)} (choose {' or '.join(ENGINES)})"


def _language(value: Any) -> str | None:
    if isinstance(value, str) and value.strip().lower() in WHISPER_LANGUAGES | {"auto", ""}:
        return None
    hint = did_you_mean(value, sorted(WHISPER_LANGUAGES)) if isinstance(value, str) else ""
    return (f"unknown language {describe_value(value)}{hint} (a Whisper language code such as "
            "\"en\", \"de\" or \"fr\", or \"auto\" to detect it)")


def _whole(low: int, high: int) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            return f"must be a whole number between {low} and {high}, got {describe_value(value)}"
        return None

    return check


def _flag(value: Any) -> str | None:
    return None if isinstance(value, bool) else f"must be true or false, got {describe_value(value)}"


def _device(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return None
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return None
    return f"must be a device name or index (see `mockint devices`), got {describe_value(value)}"


# setting -> the check of a value (a message saying what is wrong, or None)
_CHECKS: dict[str, Callable[[Any], str | None]] = {
    "engine": _engine,
    "model": _text,
    "language": _language,
    "threads": _whole(*THREADS_RANGE),
    "beam_size": _whole(*BEAM_SIZE_RANGE),
    "keep_fillers": _flag,
    "input_device": _device,
}


def _from_file(config: ConfigFile) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key, value in config.section("speech").items():
        field = f"speech.{key}"
        check = _CHECKS.get(key)
        if check is None:
            hint = did_you_mean(key, _CHECKS) or f" (known: {', '.join(_CHECKS)})"
            raise config.error(field, f"unknown setting{hint}")
        problem = check(value)
        if problem:
            raise config.error(field, problem)
        values[key] = str(value) if key == "input_device" else value
    return values


def _checked(key: str, value: Any, where: str) -> Any:
    problem = _CHECKS[key](value)
    if problem:
        raise ConfigError(f"{where}: {problem}")
    return value


def load_speech_settings(**flags: Any) -> SpeechSettings:
    """Settings after applying file, environment and the non-None ``flags`` (CLI options).

    Each value is checked where it comes from, so a bad one names its line in the config file,
    its environment variable or its option."""
    values = _from_file(read_config())
    for key, env_name in _ENV.items():
        env_value = os.environ.get(env_name, "").strip()
        if env_value:
            values[key] = _checked(key, env_value, env_name)
    for key, value in flags.items():
        if value is not None:
            values[key] = _checked(key, value, _FLAGS.get(key, f"--{key.replace('_', '-')}"))
    return replace(SpeechSettings(), **values)
