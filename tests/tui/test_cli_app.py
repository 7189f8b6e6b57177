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
