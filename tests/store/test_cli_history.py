"""`mockint history`, `mockint export` and `mockint locate` through the installed command."""

from __future__ import annotations

import json
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from mockint.store import HistoryStore

T0 = datetime(2025, 6, 1, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def two_sessions(samples) -> tuple[int, int]:
    """An older general session (two answers) and a newer behavioral one (one answer)."""
    with HistoryStore() as store:
        older = store.start_session(
            bank_id="general", bank_title="General", settings={}, started_at=T0
        )
        samples.add_prepared(store, older)
        samples.add_nervous(store, older)
        newer = store.start_session(
            bank_id="behavioral",
            bank_title="Behavioral (STAR)",
            settings={},
            started_at=T0 + timedelta(days=3),
        )
        samples.add_nervous(store, newer)
    return older, newer


def _assert_one_line_error(result, *fragments: str) -> None:
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("mockint: ")
    for fragment in fragments:
        assert fragment in lines[0]


def test_history_with_no_sessions_says_so_and_creates_nothing(run_cli, mockint_home: Path) -> None:
    result = run_cli("history")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("No sessions yet.")
    assert json.loads(run_cli("history", "--json").stdout) == []
    assert not (mockint_home / "data").exists()


def test_history_of_an_empty_database_and_an_unknown_bank(run_cli) -> None:
    HistoryStore().close()
    assert run_cli("history").stdout.startswith("No sessions yet.")
    assert "No sessions for bank 'student' yet." in run_cli("history", "--bank", "student").stdout


def test_history_lists_sessions_newest_first(run_cli, two_sessions) -> None:
    older, newer = two_sessions
    result = run_cli("history")
    assert result.returncode == 0, result.stderr
    header, *rows = result.stdout.splitlines()
    assert header.split() == ["ID", "Date", "Bank", "Answers", "Mean", "Weakest", "criterion"]
    assert [row.split()[0] for row in rows] == [str(newer), str(older)]
    newest = rows[0].split()
    assert newest[3:6] == ["behavioral", "1", "31"]
    assert rows[0].endswith("Concrete example")  # 0.1, below hedging's 0.15
    oldest = rows[1].split()
    assert oldest[3:6] == ["general", "2", "58"]  # mean of 84 and 31, rounded
    assert rows[1].endswith("Hedging")


def test_history_limit_and_bank(run_cli, two_sessions) -> None:
    older, newer = two_sessions
    limited = run_cli("history", "--limit", "1").stdout.splitlines()
    assert len(limited) == 2 and limited[1].split()[0] == str(newer)
    general = run_cli("history", "--bank", "general").stdout.splitlines()
    assert [row.split()[0] for row in general[1:]] == [str(older)]
    bad = run_cli("history", "--limit", "0")
    assert bad.returncode == 1 and "--limit: must be a whole number from 1 to" in bad.stderr


def test_history_json(run_cli, two_sessions) -> None:
    older, newer = two_sessions
    result = run_cli("history", "--json")
    assert result.returncode == 0, result.stderr
    sessions = json.loads(result.stdout)
    assert [s["id"] for s in sessions] == [newer, older]
    assert sessions[1] == {
        "id": older,
        "started_at": T0.isoformat(),
        "ended_at": None,
        "bank_id": "general",
        "bank_title": "General",
        "answer_count": 2,
        "mean_overall": 57.5,
        "weakest_criterion": "hedging",
        "weakest_label": "Hedging",
        "weakest_score": 0.15,
    }


def test_export_prints_markdown_by_default(run_cli, two_sessions, samples) -> None:
    older, _ = two_sessions
    result = run_cli("export", str(older))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"# Session {older}: General\n")
    assert "**At my internship at Northwind Logistics** *(Concrete example)*" in result.stdout
    assert "| ✗ | Hedging | 15/100 |" in result.stdout


def test_export_latest_as_json(run_cli, two_sessions) -> None:
    _, newer = two_sessions
    result = run_cli("export", "latest", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["session"]["id"] == newer
    assert data["answers"][0]["card"]["overall"] == 31


def test_export_to_a_file_guesses_html_and_writes_it_privately(
    run_cli, two_sessions, tmp_path: Path
) -> None:
    older, _ = two_sessions
    target = tmp_path / "practice.html"
    result = run_cli("export", str(older), "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert f"Wrote session {older} (html) to {target}" in result.stderr
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_export_errors_are_one_line(run_cli, two_sessions, tmp_path: Path) -> None:
    _assert_one_line_error(run_cli("export", "999"), "no session 999")
    _assert_one_line_error(run_cli("export", "first"), "not 'first'")
    _assert_one_line_error(
        run_cli("export", "1", "-o", str(tmp_path / "a.txt")), "a.txt", "--format"
    )
    _assert_one_line_error(
        run_cli("export", "1", "-o", str(tmp_path / "no" / "a.md")), "does not exist"
    )


def test_export_with_no_sessions(run_cli) -> None:
    _assert_one_line_error(run_cli("export", "latest"), "no sessions yet")
    _assert_one_line_error(run_cli("export", "3"), "no sessions yet")
    HistoryStore().close()
    _assert_one_line_error(run_cli("export", "latest"), "no sessions yet")


def test_locate_prints_every_place(run_cli, mockint_home: Path) -> None:
    result = run_cli("locate")
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(":", 1) for line in result.stdout.splitlines())
    assert lines["data"].strip() == str(mockint_home / "data")
    assert lines["database"].strip() == str(mockint_home / "data" / "history.sqlite3")
    assert lines["config"].strip() == str(mockint_home / "config" / "config.toml")
    assert "user banks" in lines and "built-in banks" in lines
    located = json.loads(run_cli("locate", "--json").stdout)
    assert located["user banks"] == str(mockint_home / "data" / "banks")
    assert not (mockint_home / "data").exists()  # locating creates nothing


def test_a_corrupt_database_is_one_line_through_the_cli(run_cli, mockint_home: Path) -> None:
    database = mockint_home / "data" / "history.sqlite3"
    database.parent.mkdir(parents=True)
    database.write_bytes(b"\x00garbage\xff" * 500)
    for args in (("history",), ("history", "--json"), ("export", "1")):
        _assert_one_line_error(run_cli(*args), str(database), "corrupt")
    assert database.read_bytes() == b"\x00garbage\xff" * 500


def test_a_folder_in_place_of_the_database_is_one_line_through_the_cli(
    run_cli, mockint_home: Path
) -> None:
    database = mockint_home / "data" / "history.sqlite3"
    database.mkdir(parents=True)
    for args in (("history",), ("export", "latest")):
        result = run_cli(*args)
        _assert_one_line_error(result, str(database), "is a folder")
        assert "Traceback" not in result.stderr
