"""`mockint banks ...` through the installed console script."""

from __future__ import annotations

import json
import re

from mockint import paths
from mockint.banks.catalog import bank_files

from .conftest import SAMPLE, write

DATA = SAMPLE.parent
PROBLEM_LINE = re.compile(
    r"^(?P<file>.+\.toml):(?P<line>\d+): (?P<field>[\w.\[\]-]+): (?P<message>.+)$"
)


def assert_clean_error(result, text: str) -> None:
    assert result.returncode == 1
    assert result.stderr.startswith("mockint: ") and text in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_list_shows_every_bank_with_its_status(run_cli, tmp_path):
    write(tmp_path, "broken.toml", '[bank]\nid = "broken"\n')
    result = run_cli("banks", "list", "--bank-dir", DATA, "--bank-dir", tmp_path)
    assert result.returncode == 0, result.stderr
    rows = {line.split()[0]: line for line in result.stdout.splitlines()[1:]}
    row = r"^sample\s+Sample bank\s+2\s+ok\s+bank-dir\s+\S+sample\.toml$"
    assert re.search(row, rows["sample"])
    assert "broken (2 problems)" in rows["broken"]
    assert "behavioral" in rows  # the built-in banks are listed too
    assert f"note: {tmp_path / 'broken.toml'}: broken bank (2 problems)" in result.stderr


def test_list_json_has_the_documented_fields(run_cli, tmp_path):
    write(tmp_path, "broken.toml", "[bank\n")
    result = run_cli("banks", "list", "--json", "--bank-dir", DATA, "--bank-dir", tmp_path)
    assert result.returncode == 0, result.stderr
    items = {item["id"]: item for item in json.loads(result.stdout)}
    sample = items["sample"]
    keys = ("title", "questions", "path", "errors", "source", "notice", "ok")
    assert {k: sample[k] for k in keys} == {
        "title": "Sample bank",
        "questions": 2,
        "path": str(SAMPLE),
        "errors": [],
        "source": "bank-dir",
        "notice": "",
        "ok": True,
    }
    broken = items["broken"]
    assert broken["ok"] is False and broken["questions"] == 0
    assert broken["errors"] == [
        f"{tmp_path / 'broken.toml'}:1: toml: "
        "TOML syntax: expected ']' at the end of a table declaration (column 6)"
    ]


def test_a_user_bank_overriding_a_builtin_one_is_marked(run_cli):
    text = SAMPLE.read_text().replace('id = "sample"', 'id = "general"')
    write(paths.user_bank_dir(), "general.toml", text)
    result = run_cli("banks", "list", "--json")
    general = [item for item in json.loads(result.stdout) if item["id"] == "general"]
    assert [(g["source"], g["status"]) for g in general] == [
        ("built-in", "overridden"),
        ("user", "ok"),
    ]
    assert general[1]["notice"].startswith("overrides the built-in bank 'general'")
    assert "overrides the built-in bank 'general'" in result.stderr


def test_validate_prints_every_problem_one_per_line_and_exits_1(run_cli, tmp_path):
    bad = write(tmp_path, "bad.toml", '[bank]\nid = "Bad"\ntitle = ""\nthink_seconds = 900\n')
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    result = run_cli("banks", "validate", bad, binary, SAMPLE)
    assert result.returncode == 1
    *problems, summary = result.stdout.splitlines()
    parsed = [PROBLEM_LINE.match(line).groupdict() for line in problems]
    assert [(p["file"], p["line"], p["field"]) for p in parsed] == [
        (str(bad), "1", "questions"),
        (str(bad), "2", "bank.id"),
        (str(bad), "3", "bank.title"),
        (str(bad), "4", "bank.think_seconds"),
        (str(binary), "3", "file"),  # the first NUL byte is on line 3
    ]
    assert summary == "5 problems in 2 of 3 bank files"
    assert result.stderr == ""


def test_validate_a_folder_and_a_good_file(run_cli):
    result = run_cli("banks", "validate", DATA)
    assert (result.returncode, result.stdout) == (0, "1 bank file checked: no problems\n")


def test_validate_without_paths_checks_every_builtin_bank(run_cli):
    result = run_cli("banks", "validate")
    count = len(bank_files(paths.builtin_bank_dir()))
    assert result.stdout.splitlines()[-1] == f"{count} bank files checked: no problems"
    assert result.returncode == 0


def test_show_prints_questions_with_times_and_key_points(run_cli):
    result = run_cli("banks", "show", "sample", "--bank-dir", DATA)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Sample bank  [sample]\n")
    assert "defaults: think 15s, answer 90s" in out
    assert "own criterion: thanks (Thanks the interviewer, weight 0.5)" in out
    assert (
        "2. Tell me about a time you disagreed with a teammate.\n"
        "   id conflict | think 30s | answer 150s | type story | tags: teamwork\n"
        "   criteria: star_structure, professional_tone\n"
    ) in out
    assert "     - the disagreement (or: we didn't see eye to eye; we clashed)\n" in out
    assert "     - what I did\n" in out and "     - What would you do differently?\n" in out
    one = run_cli("banks", "show", "sample/intro", "--bank-dir", DATA)
    assert one.stdout.startswith(
        "1. Tell me about yourself.\n"
        "   id intro | think 15s | answer 90s | type self-description (from the text)\n")


def test_show_unknown_bank_or_question_is_a_one_line_error(run_cli):
    assert_clean_error(
        run_cli("banks", "show", "behavioural"),
        "unknown bank 'behavioural'; did you mean 'behavioral'",
    )
    assert_clean_error(
        run_cli("banks", "show", "sample/intr", "--bank-dir", DATA),
        "bank 'sample' has no question 'intr'; did you mean 'intro'?",
    )
    assert_clean_error(
        run_cli("banks", "list", "--bank-dir", "/nonexistent"),
        "--bank-dir /nonexistent: no such folder",
    )


def test_new_then_validate_then_refuse_to_overwrite(run_cli, mockint_home):
    created = run_cli("banks", "new", "my-bank", "--title", "My interviews")
    path = mockint_home / "data" / "banks" / "my-bank.toml"
    assert created.returncode == 0 and f"wrote {path}" in created.stdout
    assert run_cli("banks", "validate", path).returncode == 0
    assert "My interviews" in run_cli("banks", "show", "my-bank").stdout
    assert_clean_error(run_cli("banks", "new", "my-bank"), f"{path} already exists; use --force")
    assert_clean_error(run_cli("banks", "new", "My Bank"), "'My Bank' is not a valid bank id")


def test_import_makes_a_bank_that_lists_and_shows(run_cli, tmp_path):
    source = write(
        tmp_path,
        "phone-screen.md",
        "# Phone screen\n\n- Why this company?\n  - What do you know about us?\n"
        "- What salary do you expect?\n- What salary do you expect?\n",
    )
    result = run_cli("banks", "import", source, "--id", "phone")
    assert result.returncode == 0, result.stderr
    assert "imported 2 questions (markdown) into bank 'phone'" in result.stdout
    assert "skipped a repeat of the question on line 5" in result.stderr
    shown = run_cli("banks", "show", "phone").stdout
    assert "Phone screen  [phone]" in shown and "     - What do you know about us?" in shown
    again = run_cli("banks", "import", source, "--id", "phone")
    assert_clean_error(again, "phone.toml already exists; use --force")


def test_banks_without_a_subcommand_is_one_line_naming_them(run_cli):
    result = run_cli("banks")
    assert_clean_error(result, "`mockint banks` needs a subcommand: list, validate, show, new or import")
    assert result.stdout == ""
