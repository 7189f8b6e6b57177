"""The catalog: built-in, user and --bank-dir banks; overrides; broken banks; lookups."""

from __future__ import annotations

import pytest

from mockint import paths
from mockint.banks import BankError
from mockint.banks.catalog import load_catalog

from .conftest import bank_text, write


def test_banks_load_from_builtin_then_user_then_each_bank_dir(builtin_dir, tmp_path):
    write(builtin_dir, "general.toml", bank_text("general"))
    write(paths.user_bank_dir(), "mine.toml", bank_text("mine"))
    extra = tmp_path / "extra"
    write(extra, "team.toml", bank_text("team"))
    write(extra, "notes.txt", "not a bank")
    write(extra, ".hidden.toml", "broken = ")
    catalog = load_catalog([extra])
    assert [(e.bank_id, e.source) for e in catalog.entries] == [
        ("general", "built-in"),
        ("mine", "user"),
        ("team", "bank-dir"),
    ]
    assert [b.id for b in catalog.banks()] == ["general", "mine", "team"]
    assert catalog.get("general").builtin and not catalog.get("mine").builtin
    assert catalog.notices == []


def test_a_user_bank_overrides_the_builtin_one_with_a_notice(builtin_dir):
    builtin = write(builtin_dir, "general.toml", bank_text("general", "Shipped"))
    user = write(paths.user_bank_dir(), "my-general.toml", bank_text("general", "Mine"))
    catalog = load_catalog()
    assert catalog.get("general").title == "Mine"
    assert [b.title for b in catalog.banks()] == ["Mine"]
    shipped, mine = catalog.entries
    notice = f"overrides the built-in bank 'general' ({builtin})"
    assert shipped.overridden_by == user and mine.notice == notice
    assert catalog.notices == [f"{user}: bank 'general' {notice}"]


def test_a_bank_dir_overrides_the_user_folder(builtin_dir, tmp_path):
    write(paths.user_bank_dir(), "a.toml", bank_text("a", "User"))
    write(tmp_path / "x", "a.toml", bank_text("a", "Extra"))
    catalog = load_catalog([tmp_path / "x"])
    assert catalog.get("a").title == "Extra"
    assert "overrides the user bank 'a'" in catalog.notices[0]


def test_a_broken_bank_is_listed_with_its_problems_and_never_stops_the_others(builtin_dir):
    write(builtin_dir, "general.toml", bank_text("general", "Shipped"))
    broken = write(paths.user_bank_dir(), "general.toml", '[bank]\nid = "general"\ntitle = ""\n')
    write(paths.user_bank_dir(), "good.toml", bank_text("good"))
    write(paths.user_bank_dir(), "binary.toml", "\x00\x01")
    catalog = load_catalog()
    statuses = {(e.path.name, e.source): e.ok for e in catalog.entries}
    assert statuses == {
        ("general.toml", "built-in"): True,
        ("binary.toml", "user"): False,
        ("general.toml", "user"): False,
        ("good.toml", "user"): True,
    }
    assert catalog.get("general").title == "Shipped"  # a broken bank never replaces a working one
    assert catalog.get("good").id == "good"
    broken_entry = next(e for e in catalog.entries if e.path == broken)
    problems = [(p.line, p.field) for p in broken_entry.problems]
    assert problems == [(1, "questions"), (3, "bank.title")]
    assert any(
        n.startswith(f"{broken}: broken bank (2 problems); the built-in bank 'general' is used")
        for n in catalog.notices
    )


def test_asking_for_a_broken_bank_names_its_first_problem(builtin_dir):
    path = write(paths.user_bank_dir(), "solo.toml", '[bank]\nid = "solo"\ntitle = "Solo"\n')
    with pytest.raises(BankError) as caught:
        load_catalog().get("solo")
    assert str(caught.value) == (
        f"bank 'solo' is broken: {path}:1: questions: missing: a bank needs at least one "
        "[[questions]] table"
    )


def test_an_unknown_bank_id_suggests_close_matches_or_lists_the_known_ones(builtin_dir):
    for bank_id in ("behavioral", "leadership", "general"):
        write(builtin_dir, f"{bank_id}.toml", bank_text(bank_id))
    catalog = load_catalog()
    with pytest.raises(BankError, match=r"unknown bank 'behavioural'; did you mean 'behavioral'\?"):
        catalog.get("behavioural")
    with pytest.raises(BankError, match=r"\(known banks: behavioral, general, leadership\)$"):
        catalog.get("zzz")


def test_find_question_by_bank_and_question_id(builtin_dir):
    write(builtin_dir, "general.toml", bank_text("general", questions=("why-us", "strengths")))
    catalog = load_catalog()
    bank, question = catalog.find_question("general/strengths")
    assert (bank.id, question.id, question.text) == ("general", "strengths", "Question strengths?")
    with pytest.raises(BankError, match=r"no question 'strenghts'; did you mean 'strengths'\?"):
        catalog.find_question("general/strenghts")
    with pytest.raises(BankError, match="write BANK_ID/QUESTION_ID"):
        catalog.find_question("general")
    with pytest.raises(BankError, match="unknown bank 'genral'"):
        catalog.find_question("genral/why-us")


def test_a_missing_bank_dir_is_a_clear_error(builtin_dir, tmp_path):
    with pytest.raises(BankError, match=r"--bank-dir .*nowhere: no such folder"):
        load_catalog([tmp_path / "nowhere"])


def test_the_same_folder_twice_loads_each_bank_once(builtin_dir):
    write(paths.user_bank_dir(), "a.toml", bank_text("a"))
    catalog = load_catalog([paths.user_bank_dir(), paths.user_bank_dir()])
    assert [e.bank_id for e in catalog.entries] == ["a"] and catalog.notices == []
