"""The core never imports Textual: the TUI calls the core, not the reverse."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import mockint

CORE_MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(mockint.__path__, "mockint.")
    if not m.name.startswith(("mockint.tui", "mockint.__main__"))
)


def test_core_modules_found() -> None:
    assert "mockint.scoring.model" in CORE_MODULES
    assert "mockint.cli" in CORE_MODULES


def test_importing_the_whole_core_loads_no_textual() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {CORE_MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""


def test_cli_help_loads_no_heavy_modules() -> None:
    code = (
        "import sys\n"
        "from mockint.cli import build_parser\n"
        "build_parser().format_help()\n"
        "heavy = ('textual', 'faster_whisper', 'ctranslate2', 'sounddevice', 'torch', 'whisper', 'numpy')\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in heavy)))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""
