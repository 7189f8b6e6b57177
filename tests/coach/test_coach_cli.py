"""`mockint plan` and `mockint compare` through the installed entry point."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from mockint.store import HistoryStore
from tests.coach.helpers import answer

NOW = datetime.now(timezone.utc)


def test_plan_with_no_history_samples_the_builtin_banks(run_cli) -> None:
    result = run_cli("plan", "--count", "3")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Today's practice:"
    assert len([line for line in lines if line[:3].strip().rstrip(".").isdigit()]) == 3
    assert "first session: samples" in result.stdout


def test_plan_count_has_the_apps_range(run_cli) -> None:
    from mockint.coach import MAX_COUNT

    result = run_cli("plan", "--count", str(MAX_COUNT + 1))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("mockint: ") and str(MAX_COUNT) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_plan_json_puts_the_due_question_first(run_cli) -> None:
    with HistoryStore() as store:
        answer(store, "tell-me-about-yourself", 48, NOW - timedelta(days=3))
    result = run_cli("plan", "--json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert len(items) == 5
    assert set(items[0]) == {"bank", "question", "text", "reason", "due"}
    assert (items[0]["bank"], items[0]["question"]) == ("general", "tell-me-about-yourself")
    assert items[0]["reason"].startswith("due again: 48 last time on ")
    assert items[0]["due"] is not None and all(i["due"] is None for i in items[1:])


def test_plan_says_which_scheduled_questions_vanished(run_cli) -> None:
    with HistoryStore() as store:
        answer(store, "no-such-question", 30, NOW - timedelta(days=2))
    result = run_cli("plan", "--json")
    assert result.returncode == 0
    assert result.stderr.strip() == (
        "mockint: skipped 1 scheduled question no longer in any bank: general/no-such-question"
    )
    assert all(i["question"] != "no-such-question" for i in json.loads(result.stdout))


def test_compare_shows_then_and_now_per_criterion(run_cli) -> None:
    with HistoryStore() as store:
        first = answer(
            store, "q", 13, NOW - timedelta(days=1), criteria={"concrete_example": 0.1, "hedging": 0.8}
        )
        second = answer(store, "q", 94, NOW, criteria={"concrete_example": 0.9, "hedging": 0.7})
    result = run_cli("compare", str(second), str(first))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "general/q: Question q?"
    assert any("Concrete example" in line and "10 → 90  ▲80" in line for line in lines)
    assert any("Hedging" in line and "80 → 70  ▼10" in line for line in lines)
    assert lines[-1].split() == ["Overall", "13", "→", "94", "▲81"]
    data = json.loads(run_cli("compare", str(first), str(second), "--json").stdout)
    assert data["overall_change"] == 81
    assert [a["answer_id"] for a in data["attempts"]] == [first, second]


def test_compare_unknown_id_is_one_line(run_cli) -> None:
    with HistoryStore() as store:
        known = answer(store, "q", 50, NOW)
    result = run_cli("compare", str(known), "999")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == ["mockint: no answer 999 in the history"]


def test_compare_different_questions_is_one_line(run_cli) -> None:
    with HistoryStore() as store:
        a = answer(store, "q", 50, NOW)
        b = answer(store, "other", 50, NOW)
    result = run_cli("compare", str(a), str(b))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "different questions" in lines[0] and "general/other" in lines[0]
