"""Values in [scoring] and [speech]: each bad one is refused on its line, with the range allowed
and the value as it was written in TOML (never a Python repr)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mockint import paths
from mockint.config import describe_value
from mockint.errors import ConfigError
from mockint.scoring import load_settings
from mockint.scoring.setting_ranges import allowed_range
from mockint.scoring.settings import default_values
from mockint.speech.settings import WHISPER_LANGUAGES, load_speech_settings

PYTHON_REPRS = re.compile(r"\b(True|False|None|datetime|date\(|inf\b.*float|\[1, 2\])")


def write_config(text: str) -> Path:
    path = paths.config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def refused(load, text: str) -> tuple[Path, str]:
    path = write_config(text)
    with pytest.raises(ConfigError) as caught:
        load()
    message = str(caught.value)
    assert "\n" not in message and not PYTHON_REPRS.search(message), message
    return path, message


@pytest.mark.parametrize(
    ("body", "line", "expected"),
    [
        ("[scoring]\nmin_words_for_rates = 1e26\n", 2,
         "scoring.min_words_for_rates: must be between 0 and 10,000, got 1e+26"),
        ("[scoring.pace]\n# pauses\nlong_pause_seconds = -2.5\n", 3,
         "scoring.pace.long_pause_seconds: must be 0 or more (between 0 and 14,400), got -2.5"),
        ("[scoring.length]\ndefault_target_seconds = 1e9\n", 2,
         "scoring.length.default_target_seconds: must be between 0 and 14,400, got 1000000000.0"),
        ("[scoring]\npass_score = nan\n", 2, "scoring.pass_score: must be a finite number between 0 and 1, got nan"),
        ("[scoring.weights]\npace = inf\n", 2, "scoring.weights.pace: must be a finite number between 0 and 100, got inf"),
        ("[scoring.weights]\npace = 1000\n", 2, "scoring.weights.pace: must be between 0 and 100, got 1000"),
        ("[scoring.professional_tone]\ninsult_penalty = 3\n", 2,
         "scoring.professional_tone.insult_penalty: must be between 0 and 1, got 3"),
        ("[scoring.enthusiasm]\npitch_lively_semitones = 500\n", 2,
         "scoring.enthusiasm.pitch_lively_semitones: must be between 0 and 48, got 500"),
        ("[scoring.pace]\nzero_above = 5000\n", 2, "scoring.pace.zero_above: must be between 0 and 1,000, got 5000"),
        ("[scoring.length]\nwords_per_second = 0\n", 2,
         "scoring.length.words_per_second: must be more than 0 (up to 10), got 0"),
        ("[scoring]\npass_score = true\n", 2, "scoring.pass_score: must be a number, got true"),
        ("[scoring]\npass_score = 2026-01-05\n", 2, "scoring.pass_score: must be a number, got a date"),
        ("[scoring]\npass_score = 2026-01-05T10:00:00\n", 2, "scoring.pass_score: must be a number, got a date and time"),
        ("[scoring]\npass_score = [1, 2]\n", 2, "scoring.pass_score: must be a number, got a list"),
        ("[scoring]\npass_score = { a = 1 }\n", 2, "scoring.pass_score: must be a number, got a table"),
        ("[scoring]\npace = false\n", 2, "scoring.pace: must be a table ([scoring.pace]), got false"),
        ("[scoring]\n\nscoring = 5\n", 3, "scoring.scoring: unknown setting"),
        ("[scoring]\npas_score = 0.5\n", 2, "scoring.pas_score: unknown setting; did you mean 'pass_score'?"),
        ("[scoring]\nweights.pace = -1\n", 2, "scoring.weights.pace: must be 0 or more (between 0 and 100), got -1"),
    ],
)
def test_bad_scoring_values_are_refused_on_their_line(body: str, line: int, expected: str) -> None:
    path, message = refused(load_settings, body)
    assert message == f"{path}:{line}: {expected}"


def test_all_weights_zero_is_refused() -> None:
    weights = "".join(f"{criterion} = 0\n" for criterion in default_values()["weights"])
    path, message = refused(load_settings, "# none of it counts\n[scoring.weights]\n" + weights)
    assert message == f"{path}:2: scoring.weights: at least one weight must be above 0 (all are 0 here)"
    write_config("[scoring.weights]\n" + weights.replace("pace = 0", "pace = 0.5"))
    assert load_settings().weight("pace") == 0.5  # one weight is enough


def test_every_shipped_default_is_inside_its_own_range() -> None:
    def fields(table: dict, prefix: str):
        for key, value in table.items():
            if isinstance(value, dict):
                yield from fields(value, f"{prefix}.{key}")
            else:
                yield f"{prefix}.{key}", value

    for field, value in fields(default_values(), "scoring"):
        assert allowed_range(field).problem(value) is None, field


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('engine = "vosk"', "speech.engine: unknown engine 'vosk' (choose faster-whisper or openai-whisper)"),
        ("engine = 3", "speech.engine: unknown engine 3 (choose faster-whisper or openai-whisper)"),
        ('language = "english"', "speech.language: unknown language 'english'"),
        ('language = "xx"', "speech.language: unknown language 'xx'"),
        ("language = true", "speech.language: unknown language true"),
        ("threads = 0", "speech.threads: must be a whole number between 1 and 64, got 0"),
        ("threads = 1e3", "speech.threads: must be a whole number between 1 and 64, got 1000.0"),
        ("beam_size = 99", "speech.beam_size: must be a whole number between 1 and 10, got 99"),
        ("keep_fillers = 1", "speech.keep_fillers: must be true or false, got 1"),
        ('keep_fillers = "yes"', "speech.keep_fillers: must be true or false, got 'yes'"),
        ('model = ""', "speech.model: must be a non-empty string, got ''"),
        ("model = 2026-01-05", "speech.model: must be a non-empty string, got a date"),
        ("input_device = true", "speech.input_device: must be a device name or index (see `mockint devices`), got true"),
        ("input_device = -1", "speech.input_device: must be a device name or index (see `mockint devices`), got -1"),
        ("input_device = [1, 2]", "speech.input_device: must be a device name or index (see `mockint devices`), got a list"),
        ('modle = "x"', "speech.modle: unknown setting; did you mean 'model'?"),
        ('xyzzy = "x"', "speech.xyzzy: unknown setting (known: engine, model, language, threads, beam_size, "
                        "keep_fillers, input_device)"),
    ],
)
def test_every_speech_error_names_its_line(body: str, expected: str) -> None:
    path, message = refused(load_speech_settings, f"# speech\n\n[speech]\n{body}\n")
    assert message.startswith(f"{path}:4: {expected}"), message


def test_known_languages_and_auto_are_accepted() -> None:
    for language in ("en", "DE", "auto", "yue"):
        write_config(f'[speech]\nlanguage = "{language}"\n')
        assert load_speech_settings().language == language
    assert {"en", "fr", "ja", "haw"} <= WHISPER_LANGUAGES


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("MOCKINT_SPEECH_ENGINE", "vosk", "MOCKINT_SPEECH_ENGINE: unknown engine 'vosk'"),
        ("MOCKINT_INPUT_DEVICE", "USB", None),
    ],
)
def test_environment_values_are_checked_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, expected: str | None
) -> None:
    monkeypatch.setenv(variable, value)
    if expected is None:
        assert load_speech_settings().input_device == value
        return
    with pytest.raises(ConfigError) as caught:
        load_speech_settings()
    assert str(caught.value).startswith(expected)


def test_an_engine_flag_is_checked_naming_the_option() -> None:
    with pytest.raises(ConfigError, match=r"^--engine: unknown engine 'vosk'"):
        load_speech_settings(engine="vosk")


@pytest.mark.parametrize(
    ("value", "shown"),
    [(True, "true"), (False, "false"), (8, "8"), (0.5, "0.5"), (1e26, "1e+26"), (float("nan"), "nan"),
     (float("-inf"), "-inf"), ("lots", "'lots'"), ("x" * 60, "'" + "x" * 37 + "...'"), ("a\x1bb", "'a\\x1bb'"),
     ([1, 2], "a list"), ({"a": 1}, "a table")],
)
def test_values_are_described_as_written_in_toml(value: object, shown: str) -> None:
    assert describe_value(value) == shown


@pytest.mark.parametrize(
    ("field", "low", "high"),
    [
        ("scoring.pass_score", 0, 1),
        ("scoring.professional_tone.blame_penalty", 0, 1),
        ("scoring.enthusiasm.negative_drop", 0, 1),  # a setting named like a share gets 0..1 unlisted
        ("scoring.enthusiasm.voice_weight", 0, 1),
        ("scoring.weights.relevance", 0, 100),
        ("scoring.star_structure.weight_thread", 0, 100),
        ("scoring.relevance.word_threshold", 0, 100),
        ("scoring.hedging.bad_per_100_words", 0, 100),
        ("scoring.pace.long_pause_seconds", 0, 14_400),
        ("scoring.pace.band_low", 0, 1_000),
        ("scoring.enthusiasm.loudness_flat_db", 0, 120),
        ("scoring.not_judged.min_words", 0, 10_000),
    ],
)
def test_settings_get_their_range_from_what_they_measure(field: str, low: float, high: float) -> None:
    value_range = allowed_range(field)
    assert (value_range.low, value_range.high) == (low, high)
