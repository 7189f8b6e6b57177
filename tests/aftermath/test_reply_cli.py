"""``mockint reply`` through the installed entry point."""

from __future__ import annotations

import json
from pathlib import Path

from .test_reply import ARGUING, BEGGING, GOOD_THANKS


def test_without_a_draft_it_prints_one_that_then_passes(run_cli, tmp_path: Path) -> None:
    made = run_cli("reply", "--kind", "feedback", "--to", "Priya", "--company", "Acme",
                   "--role", "data analyst", "--enjoyed", "the pairing exercise")
    assert made.returncode == 0, made.stderr
    assert "Priya" in made.stdout and "Acme" in made.stdout and "the pairing exercise" in made.stdout
    draft = tmp_path / "draft.txt"
    draft.write_text(made.stdout, "utf-8")
    checked = run_cli("reply", "--kind", "feedback", str(draft))
    assert checked.returncode == 0, checked.stdout
    lines = checked.stdout.splitlines()
    assert lines[0].startswith("Request for feedback: ")
    assert any(line.startswith("✓ Asks how to improve") and "“" in line for line in lines)
    assert not any(line.startswith("✗") for line in lines)


def test_a_bad_draft_fails_with_one_line_per_check_and_exit_1(run_cli) -> None:
    result = run_cli("reply", "--kind", "thanks", "-", input=BEGGING)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    marks = [line for line in lines if line and line[0] in "✓✗"]
    assert len(marks) == 8
    begging = next(line for line in marks if "Doesn't beg" in line)
    assert begging.startswith("✗") and "please reconsider" in begging.lower()
    assert any(line.startswith("- Doesn't beg:") for line in lines)


def test_json_output(run_cli) -> None:
    result = run_cli("reply", "--kind", "thanks", "-", "--json", input=ARGUING)
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["kind"] == "thanks" and data["passed"] is False
    arguing = next(c for c in data["checks"] if c["id"] == "no_arguing")
    assert not arguing["passed"] and any("made a mistake" in e["text"] for e in arguing["evidence"])
    good = json.loads(run_cli("reply", "--kind", "thanks", "-", "--json", input=GOOD_THANKS).stdout)
    assert good["passed"] is True
    draft = json.loads(run_cli("reply", "--kind", "follow-up", "--json").stdout)
    assert draft["kind"] == "follow-up" and draft["variant"] in (0, 1)
    assert "keep me in mind" in draft["draft"] or "future openings" in draft["draft"]


def test_bad_input_is_one_line_and_exit_1(run_cli, tmp_path: Path) -> None:
    binary = tmp_path / "photo.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    big = tmp_path / "big.txt"
    big.write_bytes(b"thank you " * 110_000)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Merci beaucoup, Ren\xe9".encode("latin-1"))
    cases = {
        "empty": (("reply", "--kind", "thanks", "-"), "   \n"),
        "binary": (("reply", "--kind", "thanks", str(binary)), None),
        "big": (("reply", "--kind", "thanks", str(big)), None),
        "latin": (("reply", "--kind", "thanks", str(latin)), None),
        "missing": (("reply", "--kind", "thanks", str(tmp_path / "nope.txt")), None),
        "kind": (("reply", "--kind", "sorry"), None),
        "control": (("reply", "--kind", "thanks", "--to", "Sam\x1b]2;owned\x07"), None),
    }
    expected = {"empty": "the draft is empty", "binary": "a binary file, not text", "big": "larger than 1 MiB",
                "latin": "not UTF-8 text", "missing": "cannot read", "kind": "invalid choice",
                "control": "--to: control character U+001B"}
    for name, (args, stdin) in cases.items():
        result = run_cli(*args, input=stdin)
        assert result.returncode == 1, name
        assert result.stderr.startswith("mockint: ") and expected[name] in result.stderr, (name, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, name
        assert "\x1b" not in result.stderr and "\x1b" not in result.stdout, name


def test_control_characters_in_a_draft_are_shown_literally(run_cli) -> None:
    result = run_cli("reply", "--kind", "thanks", "-", input="Thank you \x1b[2J for letting me know. I understand.")
    assert "\x1b" not in result.stdout
    assert "␛[2J" in result.stdout
