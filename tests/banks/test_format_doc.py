"""question_banks/README.md documents the format the loader enforces."""

from __future__ import annotations

import re
from pathlib import Path

from mockint.banks import KNOWN_BUILTIN_CRITERIA, rules
from mockint.banks.loader import load_bank_text

README = Path(__file__).resolve().parents[2] / "question_banks" / "README.md"


def test_the_complete_example_validates_and_uses_every_key():
    text = README.read_text(encoding="utf-8")
    example = re.search(r"```toml\n(.*?)```", text, re.S).group(1)
    entry = load_bank_text(example, README)
    assert entry.ok, entry.problems
    written = set(re.findall(r"^([a-z_]+)(?: = |\.)", example, re.M))
    assert set(rules.BANK_KEYS) | set(rules.CRITERION_KEYS) | set(rules.QUESTION_KEYS) <= written


def test_every_key_and_builtin_criterion_id_is_documented():
    text = README.read_text(encoding="utf-8")
    for key in {*rules.BANK_KEYS, *rules.CRITERION_KEYS, *rules.QUESTION_KEYS}:
        assert f"`{key}`" in text, key
    for criterion_id in KNOWN_BUILTIN_CRITERIA:
        assert f"| `{criterion_id}` |" in text, criterion_id
    low, high = rules.THINK_SECONDS_RANGE
    assert f"{low}..{high}" in text
    low, high = rules.ANSWER_SECONDS_RANGE
    assert f"{low}..{high}" in text
