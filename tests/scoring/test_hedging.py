"""hedging: strong hedges count, "I think" only when frequent, "just" only as a minimiser."""

from __future__ import annotations

import pytest
from scoring_helpers import evidence, result


def test_hedgy_answer_fails_with_a_specific_tip() -> None:
    text = (
        "i guess i'm maybe not the best at this but i kind of handled the client i think, i don't "
        "know, probably i would just call them again or something"
    )
    found = result(text, "hedging")
    assert not found.passed
    assert found.metrics["hedges"] >= 6
    assert "i guess" in evidence(found)
    assert "“" in found.tip


def test_confident_answer_passes() -> None:
    text = ("I called the client the same day, explained the delay, and offered a discount on the "
            "next order. They renewed for another year.")
    found = result(text, "hedging")
    assert found.passed and found.metrics["hedges"] == 0


def test_one_i_think_is_normal_speech() -> None:
    text = "I think the best part was seeing the team adopt the new process within two weeks."
    assert result(text, "hedging").metrics["hedges"] == 0


def test_many_i_thinks_count() -> None:
    text = "I think it went well. I think the client was happy. I think we could have, I think, done more."
    assert result(text, "hedging").metrics["hedges"] == 4


@pytest.mark.parametrize(
    "text",
    [
        "We moved the warehouse to just-in-time delivery.",
        "He was dismissed for just cause.",
        "I just graduated in May with a degree in statistics.",
        "The patch landed just before the release.",
    ],
)
def test_just_that_is_not_a_hedge(text: str) -> None:
    assert result(text, "hedging").metrics["hedges"] == 0


def test_just_as_a_minimiser_counts() -> None:
    assert "just" in evidence(result("I just helped out with the slides.", "hedging"))


def test_kind_of_as_a_noun_is_not_a_hedge() -> None:
    assert result("What kind of data did you have?", "hedging").metrics["hedges"] == 0


@pytest.mark.parametrize("text", ["It's kind of unfair to be honest.", "that's sort of what happened",
                                  "he's kind of new to the team"])
def test_kind_of_after_an_is_contraction_is_a_hedge(text: str) -> None:
    assert result(text, "hedging").metrics["hedges"] == 1


def test_kind_of_after_a_possessive_is_a_noun() -> None:
    assert result("The team's kind of work suits me.", "hedging").metrics["hedges"] == 0
