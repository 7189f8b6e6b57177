"""Private files: 0600, atomic; mockint's own new folders 0700, a folder the user chose untouched."""

from __future__ import annotations

import stat
from pathlib import Path

from mockint import paths


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_parent_folder_is_created_private(tmp_path: Path) -> None:
    target = tmp_path / "new" / "deeper" / "file.txt"
    paths.write_private_file(target, "hello")
    assert target.read_text() == "hello"
    assert mode(target) == 0o600
    assert mode(target.parent) == 0o700


def test_an_existing_folder_keeps_its_mode_and_a_file_is_replaced_whole(tmp_path: Path) -> None:
    chosen = tmp_path / "Desktop"
    chosen.mkdir()
    chosen.chmod(0o755)
    target = chosen / "report.md"
    target.write_text("old contents that are longer")
    paths.write_private_file(target, b"new")
    assert target.read_bytes() == b"new"
    assert mode(target) == 0o600
    assert mode(chosen) == 0o755
    assert [p.name for p in chosen.iterdir()] == ["report.md"]  # no temporary file left behind


def test_mockint_home_moves_every_path(mockint_home: Path) -> None:
    for name, location in paths.locations().items():
        if name != "built-in banks":
            assert mockint_home in location.parents, name
