"""assets/: the app's sound cues and the README's screenshots are there, valid, and shipped/shown."""

from __future__ import annotations

import re
import wave
import xml.etree.ElementTree as ElementTree

from mockint.speech.speaker import CUE_FILES, cue_file, sounds_dir

from ..conftest import REPO

SCREENSHOTS = ("start", "practice", "score-card", "example-answer", "summary", "plan")


def test_the_cues_are_the_repository_sounds_and_valid_wavs() -> None:
    assert sounds_dir() == REPO / "assets" / "sounds"  # a checkout (the wheel has mockint/_sounds)
    for name in CUE_FILES:
        with wave.open(str(cue_file(name)), "rb") as wav:
            assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
            assert wav.getnframes() > 0.2 * wav.getframerate()


def test_the_wheel_takes_the_sounds_with_it() -> None:
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert '"assets/sounds" = "mockint/_sounds"' in pyproject


def test_every_screenshot_is_a_textual_svg_shown_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    shown = set(re.findall(r"\]\((assets/screenshots/[\w-]+\.svg)\)", readme))
    for name in SCREENSHOTS:
        path = REPO / "assets" / "screenshots" / f"{name}.svg"
        root = ElementTree.parse(path).getroot()
        assert root.tag.endswith("svg")
        assert "mockint" in path.read_text(encoding="utf-8")  # the app's own title bar
        assert f"assets/screenshots/{name}.svg" in shown, name
    assert all((REPO / link).is_file() for link in shown)
