"""Bank folders that cannot be read as expected: link loops and folders without read permission."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from mockint import paths
from mockint.banks.catalog import load_catalog

from .conftest import bank_text, write

NOBODY = 65534


def _loop(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    a, b = folder / "a.toml", folder / "b.toml"
    a.symlink_to("b.toml")
    b.symlink_to("a.toml")
    return a, b


def test_a_link_loop_in_a_bank_folder_is_a_broken_bank_and_the_others_load(builtin_dir, tmp_path):
    folder = tmp_path / "banks"
    write(folder, "good.toml", bank_text("good"))
    a, b = _loop(folder)
    catalog = load_catalog([folder])
    assert [b.id for b in catalog.banks()] == ["good"]
    broken = {e.path: e.problems for e in catalog.entries if not e.ok}
    assert set(broken) == {a, b}
    assert "symbolic links" in str(broken[a][0]) and str(broken[a][0]).startswith(f"{a}:1: file:")


def test_a_link_loop_in_the_user_folder_does_not_stop_banks_list_or_validate(run_cli):
    _loop(paths.user_bank_dir())
    listed = run_cli("banks", "list")
    assert listed.returncode == 0 and "Traceback" not in listed.stderr, listed.stderr
    assert "a.toml" in listed.stdout and "broken (1 problem)" in listed.stdout
    checked = run_cli("banks", "validate")
    assert checked.returncode == 1 and "Traceback" not in checked.stderr
    assert "a.toml:1: file: cannot read: Too many levels of symbolic links" in checked.stdout
    scored = run_cli("score", "-", "--question", "behavioral/conflict-teammate", input="I fixed it.")
    assert scored.returncode == 0, scored.stderr


@pytest.fixture
def unreadable_folder() -> Iterator[Path]:
    """A bank folder its owner may enter but not list (pytest's tmp folders are root-only, and
    root ignores modes, so the folder belongs to nobody and the check runs as nobody)."""
    base = Path(tempfile.mkdtemp(prefix="mockint-unreadable-"))
    os.chmod(base, 0o755)
    folder = base / "banks"
    write(folder, "hidden.toml", bank_text("hidden"))
    if os.geteuid() == 0:
        os.chown(folder, NOBODY, NOBODY)
    folder.chmod(0o300)
    yield folder
    folder.chmod(0o700)
    shutil.rmtree(base)


@contextlib.contextmanager
def _unprivileged() -> Iterator[None]:
    """Root ignores folder modes: act as nobody for the block (a no-op for a normal user)."""
    if os.geteuid() != 0:
        yield
        return
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)


def _cli(capsys, *args: str) -> tuple[int, str, str]:
    from mockint.cli import main

    with _unprivileged():
        code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_an_unreadable_bank_folder_is_reported_not_silently_empty(builtin_dir, unreadable_folder, capsys):
    code, out, err = _cli(capsys, "banks", "validate", str(unreadable_folder))
    assert code == 1 and "no problems" not in out
    assert err == f"mockint: {unreadable_folder}: cannot read the bank folder: Permission denied\n"
    code, out, err = _cli(capsys, "banks", "validate", "--bank-dir", str(unreadable_folder))
    assert code == 1
    assert f"{unreadable_folder}:1: folder: cannot read the bank folder: Permission denied" in out
    code, out, err = _cli(capsys, "banks", "list", "--bank-dir", str(unreadable_folder))
    assert code == 0 and "broken (1 problem)" in out
