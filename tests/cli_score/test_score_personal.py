"""``mockint score`` with the user's strengths profile and usual voice, read from the history as the
app's practice session reads them; ``--no-personal`` without them; no history is ever created."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ABOUT_YOU = "Tell me about yourself."
STRONG = (
    "I'm a backend developer with five years at Brightline. Two things I'd like you to know. First, "
    "I love mentoring junior developers: I mentored four graduate hires last year and cut their "
    "onboarding from six weeks to three. Second, I turn messy data into decisions: I rebuilt our churn "
    "dashboard from raw billing exports, and our pricing changed within a month because of it."
)
JFK = Path(__file__).resolve().parents[2].parent / "shared" / "speech" / "jfk.flac"


def _files(home: Path) -> list[Path]:
    return sorted(home.rglob("*"))


def _set_profile(run_cli) -> None:
    for position, skill, story in (
        ("1", "mentoring junior developers",
         "At Brightline I mentored four graduate hires; their onboarding went from six weeks to three."),
        ("2", "turning messy data into decisions",
         "I rebuilt the churn dashboard from raw billing exports and pricing changed within a month."),
    ):
        result = run_cli("strengths", "set", position, "--skill", skill, "--story", story)
        assert result.returncode == 0, result.stderr


def _ids(card: dict) -> set[str]:
    return {c["id"] for c in card["criteria"]} | {n["id"] for n in card["not_judged"]}


def test_the_profile_in_the_history_reaches_the_card(run_cli) -> None:
    _set_profile(run_cli)
    result = run_cli("score", "-", "--question-text", ABOUT_YOU, "--json", input=STRONG)
    assert result.returncode == 0, result.stderr
    shows = next(c for c in json.loads(result.stdout)["criteria"] if c["id"] == "shows_strengths")
    assert shows["passed"] and any("mentoring" in e.get("text", "").lower() for e in shows["evidence"])
    # A bank question whose bank lists its criteria gets it too (bank-independent), as in the app.
    in_bank = run_cli("score", "-", "--question", "general/tell-me-about-yourself", "--json", input=STRONG)
    assert in_bank.returncode == 0, in_bank.stderr
    assert "shows_strengths" in _ids(json.loads(in_bank.stdout))
    text = run_cli("score", "-", "--question-text", ABOUT_YOU, input=STRONG)
    assert "Shows your strengths" in text.stdout


def test_no_personal_scores_without_the_profile(run_cli) -> None:
    _set_profile(run_cli)
    result = run_cli("score", "-", "--question-text", ABOUT_YOU, "--json", "--no-personal", input=STRONG)
    assert result.returncode == 0, result.stderr
    assert "shows_strengths" not in _ids(json.loads(result.stdout))
    line = json.dumps({"id": 1, "text": STRONG, "question": ABOUT_YOU})
    many = run_cli("score", "--jsonl", "-", input=line + "\n")
    without = run_cli("score", "--jsonl", "-", "--no-personal", input=line + "\n")
    assert "shows_strengths" in _ids(json.loads(many.stdout))
    assert "shows_strengths" not in _ids(json.loads(without.stdout))


def test_without_a_history_nothing_is_created(run_cli, mockint_home: Path) -> None:
    before = _files(mockint_home)
    result = run_cli("score", "-", "--question-text", ABOUT_YOU, "--json", input=STRONG)
    assert result.returncode == 0, result.stderr
    assert "shows_strengths" not in _ids(json.loads(result.stdout))
    line = json.dumps({"id": 1, "text": STRONG, "question": ABOUT_YOU})
    assert run_cli("score", "--jsonl", "-", input=line + "\n").returncode == 0
    assert run_cli("score", "-", input=STRONG).returncode == 0
    assert _files(mockint_home) == before


def test_help_says_so(run_cli) -> None:
    result = run_cli("score", "--help")
    assert "--no-personal" in result.stdout and "strengths" in result.stdout


@pytest.mark.slow
def test_a_recording_is_judged_against_the_usual_voice_in_the_history(run_cli, mockint_home: Path) -> None:
    from mockint import paths
    from mockint.store import HistoryStore
    from tests.aftermath.test_baselines import CALM, record_answers

    with HistoryStore(paths.database_file()) as store:
        record_answers(store, CALM)
    cards = {flag: json.loads(run_cli("score", "--audio", JFK, "--json", *flag).stdout)
             for flag in ((), ("--no-personal",))}
    pace = {flag: next(c for c in card["criteria"] if c["id"] == "pace")["summary"] for flag, card in cards.items()}
    assert "your usual" in pace[()]
    assert "usual" not in pace[("--no-personal",)]


def test_a_history_that_cannot_be_read_is_a_note_and_the_answer_is_still_scored(run_cli, mockint_home: Path) -> None:
    from mockint import paths

    database = paths.database_file()
    database.parent.mkdir(parents=True, exist_ok=True)
    database.write_bytes(b"this is not a database" * 100)
    result = run_cli("score", "-", "--question-text", ABOUT_YOU, "--json", input=STRONG)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["overall"] > 0
    [note] = result.stderr.splitlines()
    assert note.startswith("mockint: note: ") and "scored without your strengths and usual voice" in note
    assert database.read_bytes() == b"this is not a database" * 100
