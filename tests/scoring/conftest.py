"""Lets the scoring tests import their shared helpers (scoring_helpers, scoring_samples)."""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)
