"""The wheel carries what the app reads at run time: banks, migrations, stylesheet, defaults."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import REPO


def test_the_wheel_ships_banks_migrations_stylesheet_and_scoring_defaults(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), str(REPO)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    [wheel] = tmp_path.glob("mockint-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    banks = {p.name for p in (REPO / "question_banks").glob("*.toml")}
    assert len(banks) >= 8
    assert {f"mockint/_builtin_banks/{name}" for name in banks} <= names
    assert "mockint/store/migrations/0001_initial.sql" in names
    assert "mockint/tui/mockint.tcss" in names
    assert "mockint/scoring/defaults.toml" in names
    assert any(n.endswith("entry_points.txt") for n in names)
