"""``mockint score``: the criteria there was not enough to judge and the scorer's version appear in
the text card, ``--json`` and every ``--jsonl`` line, through the installed entry point."""

from __future__ import annotations

import json

from mockint.scoring import SCORER_VERSION

SHORT = "I want this job."


def test_the_text_card_lists_what_was_not_judged_and_ends_with_the_version(run_cli) -> None:
    result = run_cli("score", "-", input=SHORT)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    not_judged = [line for line in lines if line.startswith("- Not enough to judge: ")]
    assert any(line.startswith("- Not enough to judge: Professional tone — Only 4 words") for line in not_judged)
    assert not any("Professional tone" in line for line in lines if line.startswith(("✓", "✗")))
    assert lines[-1] == f"Scorer {SCORER_VERSION}"


def test_json_and_jsonl_carry_not_judged_and_the_version(run_cli) -> None:
    card = json.loads(run_cli("score", "--json", input=SHORT).stdout)
    lines = "\n".join(json.dumps({"id": n, "text": text}) for n, text in ((1, SHORT), (2, "um, I guess so")))
    result = run_cli("score", "--jsonl", "-", input=lines + "\n")
    assert result.returncode == 0, result.stderr
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["not_judged"] == card["not_judged"] != []
    assert {"id", "reason"} == set(first["not_judged"][0])
    judged = {c["id"] for c in first["criteria"]}
    assert not judged & {n["id"] for n in first["not_judged"]}
    assert first["scorer_version"] == second["scorer_version"] == card["scorer_version"] == SCORER_VERSION
    assert isinstance(second["not_judged"], list)
