"""The commands that read the history (history, export, plan, compare) first bring old scores up
to this scorer, saying so on stderr; run through the installed entry point on a real file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mockint.scoring import SCORER_VERSION
from mockint.store import HistoryStore
from tests.store.old_scores import old_history, write_bank


@pytest.fixture
def bank_dir(tmp_path: Path) -> Path:
    return write_bank(tmp_path / "banks")


def _versions() -> dict[str, int]:
    with HistoryStore() as store:
        return store.scorer_versions()


def test_history_rescores_old_answers_with_a_progress_line_then_stays_quiet(run_cli, bank_dir: Path) -> None:
    with HistoryStore() as store:
        old_history(store, answers=3)
    result = run_cli("history", "--json", "--bank-dir", bank_dir)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"mockint: Updating 3 old scores to scorer {SCORER_VERSION}…",
        f"mockint: 3 old scores updated to scorer {SCORER_VERSION}.",
    ]
    assert json.loads(result.stdout)[0]["answer_count"] == 3  # stdout stays pure JSON
    assert _versions() == {SCORER_VERSION: 3}
    again = run_cli("history", "--bank-dir", bank_dir)
    assert again.returncode == 0 and again.stderr == ""


def test_export_shows_the_rescored_cards(run_cli, bank_dir: Path) -> None:
    with HistoryStore() as store:
        old_history(store)
    result = run_cli("export", "latest", "--format", "json", "--bank-dir", bank_dir)
    assert result.returncode == 0, result.stderr
    cards = [a["card"] for a in json.loads(result.stdout)["answers"]]
    assert {c["scorer_version"] for c in cards} == {SCORER_VERSION}
    assert all(c["metrics"]["rescored_from"] == "1.1.0" for c in cards)
    assert "updated to scorer" in result.stderr


def test_plan_and_compare_never_read_two_scorers(run_cli, bank_dir: Path) -> None:
    with HistoryStore() as store:
        old_history(store)
    plan = run_cli("plan", "--json", "--bank-dir", bank_dir)
    assert plan.returncode == 0, plan.stderr
    assert "mockint: 2 old scores updated" in plan.stderr
    assert _versions() == {SCORER_VERSION: 2}
    with HistoryStore() as store:
        old_history(store, answers=1)
    compare = run_cli("compare", "1", "3", "--json", "--bank-dir", bank_dir)
    assert compare.returncode == 0, compare.stderr
    assert "mockint: 1 old score updated" in compare.stderr
    assert _versions() == {SCORER_VERSION: 3}


def test_a_question_no_longer_in_a_bank_is_named_in_the_summary_line(run_cli) -> None:
    with HistoryStore() as store:
        old_history(store)  # its bank is not given: only the question's text is left
    result = run_cli("history")
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[-1] == (
        f"mockint: 2 old scores updated to scorer {SCORER_VERSION}; 2 whose question is no longer "
        "in a bank were scored on the question's text only."
    )


def test_a_broken_scoring_config_leaves_old_scores_and_still_lists_the_history(
    run_cli, bank_dir: Path, mockint_home: Path
) -> None:
    from mockint import paths

    with HistoryStore() as store:
        old_history(store)
    config = paths.config_file()
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("[scoring]\nno_such_setting = 1\n", encoding="utf-8")
    result = run_cli("history", "--bank-dir", bank_dir)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[-1].startswith("mockint: old scores not updated (")
    assert "Interviews" in result.stdout or "interviews" in result.stdout
    assert _versions() == {"1.1.0": 2}
