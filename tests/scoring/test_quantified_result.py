"""quantified_result: numbers tied to an outcome, digits or spelled out."""

from __future__ import annotations

import pytest

from scoring_helpers import evidence, result


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("We cut the response time by 40% in a month.", "40%"),
        ("sign ups went up twenty percent after the redesign", "twenty percent"),
        ("It saved the clinic about $2k a month.", "$2k"),
        ("downloads grew to 1.5 million by the end of the year", "1.5 million"),
        ("we finished three weeks ahead of schedule", "three weeks"),
        ("my change doubled the conversion rate", "doubled"),
    ],
)
def test_numbers_tied_to_an_outcome_pass(text: str, number: str) -> None:
    found = result(text, "quantified_result")
    assert found.passed, found.summary
    assert number in evidence(found)


def test_no_numbers_gives_the_add_a_number_tip() -> None:
    found = result("I improved the process and everyone was happier with it.", "quantified_result")
    assert not found.passed and found.score == 0.0
    assert found.tip.startswith("Add a number")


def test_numbers_that_only_set_the_scene_get_a_different_tip() -> None:
    found = result("In 2019 I joined a team of 5 people at a small agency.", "quantified_result")
    assert not found.passed and 0 < found.score < 0.6
    assert "5 people" in found.tip
    assert "2019" not in evidence(found)  # a year is a date, not a quantity


def test_one_as_a_pronoun_is_not_a_number() -> None:
    found = result("One of my teammates and this one project taught me a lot.", "quantified_result")
    assert found.metrics["numbers"] == 0


def test_two_tied_numbers_score_higher_than_one() -> None:
    one = result("We reduced churn by 10 percent.", "quantified_result").score
    two = result("We reduced churn by 10 percent and saved $40,000 a year.", "quantified_result").score
    assert two > one
