"""``mockint``, ``mockint practice`` and ``mockint review`` through the installed console script."""

from __future__ import annotations

from .conftest import FIXTURE_BANKS


def one_line_error(result) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("mockint: ")
    return lines[0]


def test_help_lists_the_app_commands(run_cli) -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    assert "practice" in result.stdout and "review" in result.stdout
    practice = run_cli("practice", "--help")
    for option in ("--bank", "--count", "--shuffle", "--think-seconds", "--answer-seconds", "--bank-dir"):
        assert option in practice.stdout


def test_unknown_bank_is_refused_before_the_app_starts(run_cli) -> None:
    assert "unknown bank 'behavioural'" in one_line_error(run_cli("practice", "--bank", "behavioural"))


def test_broken_bank_names_its_file_line_and_field(run_cli) -> None:
    line = one_line_error(run_cli("practice", "--bank", "broken-demo", "--bank-dir", str(FIXTURE_BANKS)))
    assert "broken.toml:6: questions[0].text: is missing" in line


def test_missing_bank_dir_is_refused(run_cli, tmp_path) -> None:
    line = one_line_error(run_cli("practice", "--bank", "behavioral", "--bank-dir", str(tmp_path / "nope")))
    assert "no such folder" in line


def test_bad_numbers_are_refused_by_the_parser(run_cli) -> None:
    result = run_cli("practice", "--bank", "behavioral", "--count", "0")
    assert result.returncode == 1
    assert "--count: must be a whole number from 1 to 1,000, not 0" in result.stderr
    result = run_cli("practice", "--bank", "behavioral", "--think-seconds", "soon")
    assert result.returncode == 1 and "seconds from 0 to 600, not soon" in result.stderr


def test_without_a_terminal_the_app_explains_instead_of_drawing(run_cli) -> None:
    for args in ((), ("practice", "--bank", "behavioral"), ("review",)):
        assert "needs an interactive terminal" in one_line_error(run_cli(*args))


def test_practice_mode_speak_without_a_microphone_types_instead(run_cli) -> None:
    """No microphone here (the test machine has none): the session still starts, typed, with a
    notice; only the terminal check stops it in this pipe."""
    help_text = run_cli("practice", "--help").stdout
    assert "--mode {type,speak}" in help_text and "--device D" in help_text and "--in-order" in help_text
    result = run_cli("practice", "--bank", "behavioral", "--mode", "speak")
    assert result.returncode == 1
    notice, error = result.stderr.strip().splitlines()
    assert notice.startswith("mockint: --mode speak is not possible here, so this session's answers are typed: ")
    assert "microphone" in notice or "PortAudio" in notice or "audio devices" in notice
    assert "needs an interactive terminal" in error  # it went on to open the (typed) session


def test_shuffle_and_in_order_exclude_each_other(run_cli) -> None:
    result = run_cli("practice", "--bank", "behavioral", "--shuffle", "--in-order")
    assert result.returncode == 1 and "not allowed with argument" in result.stderr
    assert result.stderr.startswith("mockint: ") and len(result.stderr.splitlines()) == 1


async def test_the_typing_instead_notice_shows_when_the_session_opens(build_app) -> None:
    """What ``practice --mode speak`` hands the app when there is no microphone."""
    from mockint.session.options import TYPED, SessionOptions
    from mockint.tui.app import PracticeRequest
    from mockint.tui.screens.practice import PracticeScreen

    from .conftest import settle

    notice = "--mode speak is not possible here, so this session's answers are typed: no microphone"
    app = build_app(initial=PracticeRequest("practice-demo", SessionOptions(mode=TYPED), notice=notice))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, PracticeScreen) and app.screen.options.mode == TYPED
        assert [n.message for n in app._notifications] == [notice]


def test_follow_ups_flag_wins_over_the_config(tmp_path, monkeypatch) -> None:
    from mockint.cli.app_cmd import _follow_up_limit

    monkeypatch.setenv("MOCKINT_HOME", str(tmp_path))
    config = tmp_path / "config" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text("[practice]\nfollow_ups = false\nmax_follow_ups = 2\n")
    assert _follow_up_limit(None) == 0
    assert _follow_up_limit(True) == 2
    config.write_text("[practice]\nmax_follow_ups = 1\n")
    assert _follow_up_limit(False) == 0 and _follow_up_limit(None) == 1
