"""`banks new`: a commented template that validates, with every key of the format in it."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pytest

from mockint import paths
from mockint.banks import BankError, rules
from mockint.banks.loader import load_bank_file, load_bank_text
from mockint.banks.template import template_text, write_template


def test_the_template_validates_and_uses_every_key():
    text = template_text("product-manager", title="Product manager loop")
    entry = load_bank_text(text, Path("t.toml"))
    assert entry.ok, entry.problems
    assert (entry.bank.id, entry.bank.title) == ("product-manager", "Product manager loop")
    assert entry.bank.custom_criteria and len(entry.bank.questions) == 2
    written = {m.group(1) for m in re.finditer(r"^([a-z_]+)(?: = |\.)", text, re.M)}
    assert set(rules.BANK_KEYS) | set(rules.CRITERION_KEYS) | set(rules.QUESTION_KEYS) <= written


def test_every_key_in_the_first_question_and_the_bank_is_explained_by_a_comment():
    lines = template_text("x").splitlines()
    second_question = max(i for i, line in enumerate(lines) if line == "[[questions]]")
    for number, line in enumerate(lines[:second_question]):
        if re.match(r"^[a-z_]+ = ", line) and not line.startswith("answer_seconds = 150"):
            assert lines[number - 1].startswith("#"), f"no comment above: {line}"


def test_banks_new_writes_a_private_file_in_the_user_folder_and_never_overwrites(tmp_path):
    path = write_template("my-bank")
    assert path == paths.user_bank_dir() / "my-bank.toml"
    assert load_bank_file(path).ok
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(BankError, match="already exists; use --force"):
        write_template("my-bank")
    path.write_text("changed")
    write_template("my-bank", force=True)
    assert load_bank_file(path).ok


def test_output_may_be_a_file_or_a_folder(tmp_path):
    folder_mode = stat.S_IMODE(tmp_path.stat().st_mode)
    into_folder = write_template("team", tmp_path)
    as_file = write_template("team", tmp_path / "other-name.toml")
    assert into_folder == tmp_path / "team.toml" and as_file == tmp_path / "other-name.toml"
    assert load_bank_file(as_file).bank.id == "team"
    assert stat.S_IMODE(tmp_path.stat().st_mode) == folder_mode  # the user's folder is left alone
    with pytest.raises(BankError, match="no such folder"):
        write_template("team", tmp_path / "missing" / "x.toml")


def test_an_invalid_id_is_refused_with_a_suggestion():
    expected = r"'Sales Team' is not a valid bank id: .*e.g. 'sales-team'"
    with pytest.raises(BankError, match=expected):
        template_text("Sales Team")
