"""The banks shipped with mockint: all valid, complete, and with key points for every question."""

from __future__ import annotations

import pytest

from mockint import paths
from mockint.banks.catalog import bank_files
from mockint.banks.loader import load_bank_file

REQUIRED_IDS = {
    "general",
    "behavioral",
    "student",
    "software-engineering",
    "data-analytics",
    "customer-facing",
    "leadership",
    "after-the-interview",
}
BUILTIN_FILES = bank_files(paths.builtin_bank_dir())


def load_all():
    return [load_bank_file(path, "built-in") for path in BUILTIN_FILES]


@pytest.mark.parametrize("path", BUILTIN_FILES, ids=[p.stem for p in BUILTIN_FILES])
def test_each_builtin_bank_is_valid_and_every_question_has_key_points(path):
    entry = load_bank_file(path, "built-in")
    assert entry.problems == []
    assert entry.bank.builtin and entry.bank.id == path.stem
    missing = [q.id for q in entry.bank.questions if not q.key_points]
    assert missing == [], f"questions without key_points in {path.name}"


def test_the_builtin_set_has_the_required_banks_and_enough_questions():
    banks = [entry.bank for entry in load_all() if entry.bank]
    ids = {bank.id for bank in banks}
    assert REQUIRED_IDS <= ids, f"missing: {REQUIRED_IDS - ids}"
    assert len(banks) >= 8
    assert sum(len(bank.questions) for bank in banks) >= 100


def test_after_the_interview_has_its_own_criteria():
    entry = next(e for e in load_all() if e.bank_id == "after-the-interview")
    assert entry.ok and len(entry.bank.custom_criteria) >= 1
