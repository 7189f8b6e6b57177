"""`mockint feedback` through the installed entry point."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from mockint.store import HistoryStore
from mockint.store.feedback_store import FeedbackStore
from tests.aftermath.test_mapper import EMAIL
from tests.coach.helpers import answer


def test_prints_what_it_understood_and_the_drill(run_cli) -> None:
    result = run_cli("feedback", "-", input="We felt your examples lacked depth and you seemed a bit low-energy.")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == ("Understood: examples → concrete_example, quantified_result; "
                        "energy → enthusiasm, pace")
    assert "  concrete_example (Concrete example): “examples lacked depth”" in lines
    assert "Drill (5 questions):" in lines
    assert sum(1 for line in lines if line.startswith("    works on ")) == 5


def test_json_has_criteria_with_evidence_and_the_drill_questions(run_cli, tmp_path: Path) -> None:
    path = tmp_path / "email.txt"
    path.write_text(EMAIL, encoding="utf-8")
    result = run_cli("feedback", path, "--json", "--count", "3")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [c["id"] for c in data["criteria"]] == ["length", "star_structure", "concrete_example", "quantified_result"]
    assert data["criteria"][0]["evidence"] == ["answers were quite long", "hard to follow"]
    assert len(data["questions"]) == 3 and all(q.count("/") == 1 for q in data["questions"])
    assert data["questions"] == [d["question"] for d in data["drill"]]
    assert all(d["answer_seconds"] == 90 for d in data["drill"])  # "long": practise shorter answers
    assert data["matched"] is True and data["saved"] is None


def test_nothing_matched_is_said_with_a_choice_of_criteria(run_cli) -> None:
    result = run_cli("feedback", input="Thank you for your time, we wish you well.")
    assert result.returncode == 0
    assert result.stdout.startswith("I couldn't match this to a criterion.\nChoose what to work on with --criteria")
    assert "  hedging  (Confident wording)" in result.stdout
    data = json.loads(run_cli("feedback", "--json", input="Thanks again.").stdout)
    assert data["criteria"] == [] and data["questions"] == [] and "hedging" in data["choices"]
    refused = run_cli("feedback", "--save", input="Thanks again.")
    assert refused.returncode == 1
    assert refused.stderr.startswith("mockint: I couldn't match this feedback to a criterion, so there is nothing to save")


def test_the_user_corrects_the_criteria(run_cli) -> None:
    result = run_cli("feedback", "--json", "--criteria", "hedging, relevance", "--topics", "",
                     input="We felt your examples lacked depth and wanted more leadership.")
    data = json.loads(result.stdout)
    assert [c["id"] for c in data["criteria"]] == ["hedging", "relevance"]
    assert data["topics"] == []
    bad = run_cli("feedback", "--criteria", "hedgin", input="Too long.")
    assert bad.returncode == 1
    assert bad.stderr.startswith("mockint: --criteria: unknown criterion 'hedgin'; did you mean 'hedging'?")
    assert len(bad.stderr.splitlines()) == 1


def test_save_list_progress_and_close(run_cli) -> None:
    saved = run_cli("feedback", "--save", "--company", "Acme", "--role", "Analyst", "--date", "2026-01-05",
                    input="Your examples were vague.")
    assert saved.returncode == 0, saved.stderr
    assert "Saved as feedback 1 (the Acme (Analyst) feedback)" in saved.stdout
    with HistoryStore() as store:
        record = FeedbackStore(store).get(1)
        for hours in range(3):
            answer(store, "q", 80, record.given_at + timedelta(days=1, hours=hours),
                   criteria={"concrete_example": 0.8})
    listed = run_cli("feedback", "list")
    assert listed.stdout.startswith("  1  open    the Acme (Analyst) feedback since 2026-01-05: ")
    assert "concrete example 80 → 80 over 3 answers" in listed.stdout
    data = json.loads(run_cli("feedback", "list", "--json").stdout)
    assert data[0]["company"] == "Acme" and data[0]["progress"][0]["answers"] == 3
    closed = run_cli("feedback", "close", "1")
    assert closed.stdout.startswith("Closed feedback 1 (the Acme (Analyst) feedback)")
    assert "  closed  " in run_cli("feedback", "list").stdout
    missing = run_cli("feedback", "close", "7")
    assert missing.returncode == 1 and missing.stderr.startswith("mockint: no feedback 7")


def test_bad_input_is_one_line_and_exit_1(run_cli, tmp_path: Path) -> None:
    binary = tmp_path / "photo.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Vos réponses étaient longues.".encode("latin-1"))
    control = tmp_path / "control.txt"
    control.write_text("Fine.\nYour answers\x1b]2;pwned\x07 were long.\n", encoding="utf-8")
    cases = [
        (("feedback", "-"), "", "mockint: standard input: the feedback is empty"),
        (("feedback", "-"), "x" * 1_000_000, "mockint: standard input: the feedback is larger than 64 KiB"),
        (("feedback", binary), None, f"mockint: {binary}: a binary file, not text (byte 8 is NUL)"),
        (("feedback", latin), None, f"mockint: {latin}: not UTF-8 text (byte 5)"),
        (("feedback", control), None,
         f"mockint: {control}:2: feedback: control character U+001B in the feedback: “Your answers␛]2;pwned␇ were long”"),
        (("feedback", tmp_path / "missing.txt"), None, "mockint: "),
        (("feedback", "-", "--company", "Ac\x1bme"), "Too long.", "mockint: --company: control character U+001B"),
        (("feedback", "-", "--date", "yesterday"), "Too long.", "mockint: argument --date: must be a date like 2026-11-20"),
    ]
    for args, stdin, expected in cases:
        result = run_cli(*args, input=stdin)
        assert result.returncode == 1, (args, result.stdout)
        assert result.stderr.startswith(expected), result.stderr
        assert len(result.stderr.splitlines()) == 1, result.stderr
        assert "\x1b" not in result.stderr and "\x07" not in result.stderr
        assert result.stdout == ""
    nul = tmp_path / "nul.txt"
    nul.write_bytes(b"Too long\x00 really")
    result = run_cli("feedback", nul)
    assert result.stderr == f"mockint: {nul}: a binary file, not text (byte 8 is NUL)\n"


def test_start_needs_a_file_and_a_terminal(run_cli, tmp_path: Path) -> None:
    piped = run_cli("feedback", "--start", input="Your answers were too long.")
    assert (piped.returncode, piped.stdout) == (1, "")
    assert piped.stderr.startswith("mockint: --start needs the feedback in a FILE")
    path = tmp_path / "feedback.txt"
    path.write_text("Your answers were too long.", encoding="utf-8")
    result = run_cli("feedback", path, "--start")
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == ("mockint: the practice app needs an interactive terminal "
                             "(see `mockint --help` for the other commands)\n")
