"""config.toml as a whole: syntax, deep nesting, a BOM, unknown tables, renamed settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from mockint import config, paths
from mockint.config import Renamed, config_notices, read_config
from mockint.errors import ConfigError
from mockint.scoring import default_settings, load_settings
from mockint.speech.settings import load_speech_settings

DEEP = "a = " + "[" * 100_000 + "\n"
OLD_PENALTY = "[scoring.professional_tone]\n# from mockint 0.x\ndefensive_penalty = 0.3\n"


def write_config(text: str | bytes) -> Path:
    path = paths.config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def one_line_error(call) -> str:
    with pytest.raises(ConfigError) as caught:
        call()
    message = str(caught.value)
    assert "\n" not in message
    return message


def assert_one_line_cli_error(result, *fragments: str) -> None:
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("mockint: ") and result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr and "RecursionError" not in result.stderr
    for fragment in fragments:
        assert fragment in result.stderr, result.stderr


# -- deep nesting ---------------------------------------------------------------------------------
def test_deep_nesting_is_a_syntax_error_on_its_line() -> None:
    path = write_config("[speech]\nthreads = 2\n" + DEEP)
    for load in (read_config, load_settings, load_speech_settings):
        message = one_line_error(load)
        assert message == f"{path}:3: TOML syntax: arrays or tables nested too deeply"


def test_deep_nesting_breaks_no_command(run_cli) -> None:
    path = write_config(DEEP)
    history = run_cli("history")
    assert history.returncode == 0 and "Traceback" not in history.stderr  # history needs no config
    assert_one_line_cli_error(run_cli("score", "-", input="I led the migration last year."),
                              f"{path}:1: TOML syntax: arrays or tables nested too deeply")
    assert_one_line_cli_error(run_cli("transcribe", "missing.wav"), f"{path}:1: TOML syntax")


async def test_deep_nesting_leaves_the_app_working(mockint_home: Path) -> None:
    from mockint.speech.microphone import SpeechSetup
    from mockint.store import HistoryStore
    from mockint.tui.app import make_app
    from mockint.tui.screens.start import StartScreen

    path = write_config(DEEP)
    store = HistoryStore(mockint_home / "history.sqlite3")
    app = make_app(store=store, speech=SpeechSetup(list_devices=list))
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert isinstance(app.screen, StartScreen)
            assert app.speech_status is not None  # the check ran and gave the reason
            assert app.speech_status.problem == f"{path}:1: TOML syntax: arrays or tables nested too deeply"
    finally:
        store.close()


# -- syntax, encoding -----------------------------------------------------------------------------
def test_a_byte_order_mark_is_accepted_as_in_banks() -> None:
    write_config("\ufeff[scoring]\npass_score = 0.5\n\n[speech]\nthreads = 3\n".encode())
    assert load_settings().pass_score == 0.5
    assert load_speech_settings().threads == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[scoring]\npass_score = \n", ":2: TOML syntax: invalid value (column 14)"),
        ("[scoring\n", ":1: TOML syntax: "),
        ('[speech]\nmodel = "unclosed\n', ":2: TOML syntax: "),
        (b"[speech]\nmodel = \"\xff\"\n", ":2: not UTF-8 text"),
    ],
)
def test_syntax_and_encoding_errors_name_their_line(text: str | bytes, expected: str) -> None:
    path = write_config(text)
    assert one_line_error(read_config).startswith(f"{path}{expected}")


# -- the top level --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('# mine\n[speach]\nengine = "openai-whisper"\n',
         ":2: speach: unknown table; did you mean 'speech'? (mockint reads [scoring], [speech], [voice], [voice_baseline] or [practice])"),
        ("[scoring]\npass_score = 0.5\n[scoring-weights]\npace = 0\n",
         ":3: scoring-weights: unknown table; did you mean 'scoring'? (mockint reads [scoring], [speech], [voice], [voice_baseline] or [practice])"),
        ("\n\ntheme = 'dark'\n", ":3: theme: unknown setting (mockint reads [scoring], [speech], [voice], [voice_baseline] or [practice])"),
        ("# a note\nscoring = 5\n", ":2: scoring: must be a table ([scoring]), got 5"),
        ("speech = [1, 2]\n", ":1: speech: must be a table ([speech]), got a list"),
    ],
)
def test_the_top_level_holds_only_known_tables(text: str, expected: str) -> None:
    path = write_config(text)
    for load in (read_config, load_settings, load_speech_settings):
        assert one_line_error(load) == f"{path}{expected}"


# -- renamed settings -----------------------------------------------------------------------------
def test_a_renamed_setting_is_a_notice_naming_its_replacement_not_a_failure() -> None:
    path = write_config(OLD_PENALTY)
    assert load_settings() == default_settings()  # the old value is left out, nothing fails
    assert config_notices() == [
        f"{path}:3: scoring.professional_tone.defensive_penalty is no longer used (ignored): "
        "set insult_penalty, arguing_penalty and sarcasm_penalty in [scoring.professional_tone] instead"
    ]


def test_the_enthusiasm_rate_of_scorer_2_0_names_its_replacement() -> None:
    path = write_config("[scoring.enthusiasm]\nwords_per_positive = 40\n")
    assert load_settings() == default_settings()
    assert config_notices() == [
        f"{path}:2: scoring.enthusiasm.words_per_positive is no longer used (ignored): "
        "set positives_for_full in [scoring.enthusiasm] instead"
    ]


def test_a_setting_renamed_one_for_one_keeps_its_value(monkeypatch: pytest.MonkeyPatch) -> None:
    renamed = {"speech.device": Renamed("speech.input_device", moved_to="speech.input_device")}
    monkeypatch.setattr(config, "RENAMED", renamed)
    path = write_config('[speech]\ndevice = "USB"\n')
    assert load_speech_settings().input_device == "USB"
    assert config_notices() == [f"{path}:2: speech.device is now called speech.input_device; please rename it"]
    write_config('[speech]\ndevice = "USB"\ninput_device = "Headset"\n')
    assert load_speech_settings().input_device == "Headset"  # the new name wins


def test_no_notices_without_a_file_or_with_a_broken_one() -> None:
    assert config_notices() == []
    write_config(OLD_PENALTY + "[nonsense\n")
    assert config_notices() == []  # the command that reads the file reports the problem


def test_the_cli_prints_the_notice_once_on_stderr_and_goes_on(run_cli) -> None:
    write_config(OLD_PENALTY)
    result = run_cli("score", "-", input="Last year I led the migration and cut costs by 20%.")
    assert result.returncode == 0, result.stderr
    assert "Overall" in result.stdout
    [notice] = result.stderr.splitlines()
    assert notice.startswith("mockint: note: ") and "defensive_penalty is no longer used" in notice


async def test_the_app_shows_the_notice_as_a_notification(mockint_home: Path) -> None:
    from mockint.speech.microphone import SpeechSetup
    from mockint.store import HistoryStore
    from mockint.tui.app import make_app

    write_config(OLD_PENALTY)
    store = HistoryStore(mockint_home / "history.sqlite3")
    app = make_app(store=store, speech=SpeechSetup(list_devices=list))
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            messages = [notification.message for notification in app._notifications]
            assert messages == config_notices()
            assert len(messages) == 1 and "set insult_penalty" in messages[0]
    finally:
        store.close()
