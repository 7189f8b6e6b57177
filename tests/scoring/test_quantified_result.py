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


# -- Calibration fixes (calibration set): what is and is not a result ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "um so i'm twenty four and i finished uni and started working",
        "I am 24 and I finished my degree in May.",
        "I was 19 when I started my first job and finished my training.",
        "As a 24-year-old analyst I finished the project.",
        "I'm 22 years old and I finished my degree.",
    ],
)
def test_an_age_is_not_a_quantity(text: str) -> None:
    assert result(text, "quantified_result").metrics["numbers"] == 0


def test_twice_is_a_multiplier_only_when_it_compares() -> None:
    counted = result("he was charged twice so i refunded him", "quantified_result")
    assert counted.metrics["numbers"] == 1 and counted.metrics["numbers_tied_to_outcome"] == 0
    assert result("our traffic grew twice as fast after the launch", "quantified_result").passed


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("sign-ups rose twenty-five percent in a month", "twenty-five percent"),
        ("we cut onboarding from 2-3 weeks to four days", "2-3 weeks"),
        ("She left a five-star review naming me.", "five-star"),
    ],
)
def test_hyphenated_numbers_are_found(text: str, number: str) -> None:
    found = result(text, "quantified_result")
    assert found.passed, found.summary
    assert number in evidence(found)


def test_a_compound_with_a_unit_sets_the_scene() -> None:
    found = result("We had a ten-minute call every morning.", "quantified_result")
    assert found.metrics["numbers"] == 1 and not found.passed


@pytest.mark.parametrize("text", ["we set up 3 servers for the team", "so i came up with 3 ideas",
                                  "it took three days and then he calmed down"])
def test_up_and_down_as_particles_are_not_results(text: str) -> None:
    assert result(text, "quantified_result").metrics["numbers_tied_to_outcome"] == 0


@pytest.mark.parametrize("text", ["sales were up 12% on the year", "sales went up 12% that month",
                                  "we brought the wait down from 20 minutes to 5"])
def test_up_and_down_after_a_change_verb_are_results(text: str) -> None:
    assert result(text, "quantified_result").passed


def test_money_right_after_an_earning_verb_is_a_result() -> None:
    assert result("We took about £8,000 on paper that morning.", "quantified_result").passed
    assert not result("We had a budget of £8,000 for the event.", "quantified_result").passed


def test_a_star_rating_is_a_result_only_as_feedback() -> None:
    assert result("The customer left a five-star review.", "quantified_result").passed
    assert not result("I worked at a five-star hotel in Leeds.", "quantified_result").passed


def test_a_rate_counts_even_with_one() -> None:
    found = result("failed deployments went from about one a week to none", "quantified_result")
    assert found.passed and "one a week" in evidence(found)
