from __future__ import annotations

import pytest

from mockint.tui.widgets.countdown import clock_face, urgency


@pytest.mark.parametrize(
    ("seconds", "face"),
    [(150, "2:30"), (60, "1:00"), (59.2, "1:00"), (9.0, "0:09"), (0.4, "0:01"), (0, "0:00"), (-3, "0:00")],
)
def test_clock_face_rounds_up_to_whole_seconds(seconds: float, face: str) -> None:
    assert clock_face(seconds) == face


@pytest.mark.parametrize(
    ("phase", "seconds", "level"),
    [
        ("answer", 31, "calm"),
        ("answer", 30, "warn"),
        ("answer", 10.5, "warn"),
        ("answer", 10, "danger"),
        ("answer", 0, "danger"),
        ("think", 5, "calm"),
        ("idle", 0, "calm"),
    ],
)
def test_only_the_answer_clock_turns_amber_then_red(phase: str, seconds: float, level: str) -> None:
    assert urgency(phase, seconds) == level
