"""How well the checklist agrees with people who rated real interviews.

Runs ``../shared/validity/measure`` (the dev half of a human-rated interview dataset; see
``../shared/validity/README.md``: evaluation only, never copied into the project) on the installed
scorer, with a temporary ``MOCKINT_HOME`` so no user config changes the figures, and prints its
table (every criterion and metric against every rating) and its headline line: r with a 95 %
bootstrap interval for filler_words~NoFillers, enthusiasm~Excited, star_structure~StructuredAnswers
and overall~Overall.

    .venv/bin/python benchmarks/validity.py [--measure PATH] [--headline-only]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MEASURE = ROOT.parent / "shared" / "validity" / "measure"


def installed_mockint() -> str:
    """The ``mockint`` beside this interpreter (the venv's), else the one on PATH."""
    beside = Path(sys.executable).with_name("mockint")
    if beside.exists():
        return str(beside)
    found = shutil.which("mockint")
    if found is None:
        raise SystemExit("validity: no installed `mockint` (run `make venv` first)")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measure", type=Path, default=DEFAULT_MEASURE, help="the measure script")
    parser.add_argument("--headline-only", action="store_true", help="only the last line")
    args = parser.parse_args(argv)
    if not args.measure.is_file():
        print(f"validity: {args.measure} not found (it lives in ../shared beside the project)", file=sys.stderr)
        return 1
    command = [sys.executable, str(args.measure), "--mockint", installed_mockint()]
    if not args.headline_only:
        command.append("--per-criterion")
    with tempfile.TemporaryDirectory(prefix="mockint-validity-") as home:
        env = {**os.environ, "MOCKINT_HOME": home}
        result = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
    sys.stdout.write(result.stdout)
    if result.returncode != 0 or not result.stdout.strip():
        sys.stderr.write(result.stderr)
        return result.returncode or 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
