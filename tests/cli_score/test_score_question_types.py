"""``mockint score`` passes a bank question's ``type`` and key-point ``synonyms`` to the scorer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

BANK = '''[bank]
id = "calls"
title = "Calls"

[[questions]]
id = "no"
text = "The recruiter says the role went to someone else. What now?"
type = "role-play"
answer_seconds = 60
key_points = ["let's keep in touch"]
synonyms."let's keep in touch" = ["connect on LinkedIn"]
'''
REPLY = "Thanks for telling me. Could we connect on LinkedIn?"


@pytest.fixture
def bank_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "banks"
    folder.mkdir()
    (folder / "calls.toml").write_text(BANK, encoding="utf-8")
    return folder


def _check(card: dict) -> None:
    criteria = {c["id"]: c for c in card["criteria"]}
    relevance = criteria["relevance"]
    assert relevance["passed"] and "Covers 1 of 1" in relevance["summary"]
    assert "keep the door open" in criteria["length"]["tip"]  # a reply's shape, not a story's
    assert "add the situation" not in criteria["length"]["tip"]


def test_score_with_bank_and_question(run_cli, bank_dir: Path, tmp_path: Path) -> None:
    answer = tmp_path / "reply.txt"
    answer.write_text(REPLY, encoding="utf-8")
    result = run_cli("score", answer, "--bank", "calls", "--question", "no", "--bank-dir", bank_dir, "--json")
    assert result.returncode == 0, result.stderr
    _check(json.loads(result.stdout))


def test_jsonl_with_a_bank_question(run_cli, bank_dir: Path) -> None:
    payload = json.dumps({"id": 1, "text": REPLY, "question": "calls/no"}) + "\n"
    result = run_cli("score", "--jsonl", "-", "--bank-dir", bank_dir, input=payload)
    assert result.returncode == 0, result.stderr
    _check(json.loads(result.stdout))


def test_the_same_text_without_the_bank_has_neither(run_cli) -> None:
    payload = json.dumps({"id": 1, "text": REPLY,
                          "question": "The recruiter says the role went to someone else. What now?"}) + "\n"
    result = run_cli("score", "--jsonl", "-", input=payload)
    assert result.returncode == 0, result.stderr
    criteria = {c["id"]: c for c in json.loads(result.stdout)["criteria"]}
    assert "key points" not in criteria["relevance"]["summary"]  # the bank's key points are not known
    assert "keep the door open" not in criteria["length"]["tip"]  # nor that it is a role-play
