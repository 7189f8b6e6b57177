"""length (words, seconds when timed) and pace (words per minute, only when timed)."""

from __future__ import annotations

import pytest
from scoring_helpers import card, result

from mockint.scoring import Word

SENTENCE = "I rebuilt the weekly report so the team could trust the numbers again. "


def test_pace_only_applies_when_timed() -> None:
    assert card(SENTENCE * 10).criterion("pace") is None
    assert card(SENTENCE * 10, duration_s=60.0).criterion("pace") is not None


@pytest.mark.parametrize(
    ("seconds", "passed"), [(130 / 145 * 60, True), (130 / 100 * 60, False), (130 / 200 * 60, False)]
)
def test_pace_band(seconds: float, passed: bool) -> None:
    text = SENTENCE * 10  # 130 words
    found = result(text, "pace", duration_s=seconds)
    assert found.passed is passed
    assert found.metrics["wpm"] == pytest.approx(130 / seconds * 60, abs=0.1)


def test_slow_and_fast_have_different_tips() -> None:
    assert "Slow" in result(SENTENCE * 10, "pace", duration_s=90).tip
    assert "Fast" in result(SENTENCE * 10, "pace", duration_s=35).tip


def test_word_timestamps_give_pauses_and_latency() -> None:
    words = []
    clock = 3.0  # starts talking after 3 s
    for index, word in enumerate((SENTENCE * 4).split()):
        if index == 20:
            clock += 4.0  # a long pause
        words.append(Word(word, clock, clock + 0.3))
        clock += 0.4
    answer = card(SENTENCE * 4, words=tuple(words), spoken=True)
    assert answer.metrics["pauses_over_2_5s"] == 1
    assert answer.metrics["latency_s"] == 3.0
    assert answer.metrics["speaking_s"] < answer.metrics["duration_s"]
    assert "longest 4.1 s" in answer.criterion("pace").summary
    assert "started 3.0 s after the question" in answer.criterion("pace").summary


def test_far_too_short_for_the_target_fails() -> None:
    found = result(SENTENCE * 2, "length", target_seconds=120)
    assert not found.passed and "Too short" in found.tip


def test_a_good_length_passes_untimed_and_timed() -> None:
    assert result(SENTENCE * 15, "length", target_seconds=120).passed  # 195 words ~ 85 s
    assert result(SENTENCE * 15, "length", target_seconds=120, duration_s=80).passed


def test_rambling_over_the_target_fails() -> None:
    found = result(SENTENCE * 30, "length", target_seconds=60, duration_s=170)
    assert not found.passed and "over the target" in found.tip


def test_an_absurd_duration_scores_without_overflowing() -> None:
    found = result("We shipped it.", "length", duration_s=1.0786158809173895e308, target_seconds=60)
    assert not found.passed and "%" in found.summary
