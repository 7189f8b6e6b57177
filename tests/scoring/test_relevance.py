"""relevance: key points covered, fuzzily, or overlap with the question without key points."""

from __future__ import annotations

from scoring_helpers import card, evidence, result
from scoring_samples import KEY_POINTS, NERVOUS_TYPED, PREPARED_TYPED, QUESTION

CONFLICT_POINTS = ("the disagreement", "what you did", "the outcome", "what you learned")


def test_covers_every_key_point() -> None:
    found = result(PREPARED_TYPED, "relevance", question_text=QUESTION, key_points=KEY_POINTS)
    assert found.passed and found.metrics["key_points_covered"] == 4


def test_missing_key_points_are_named_in_the_tip() -> None:
    found = result(NERVOUS_TYPED, "relevance", question_text=QUESTION, key_points=KEY_POINTS)
    assert not found.passed
    assert "“what you learned”" in found.tip


def test_synonyms_and_word_forms_match() -> None:
    text = ("my teammate and i disagreed about the schema so i set up a call and we compared both "
            "options, in the end we picked his and the lesson for me was to prototype early")
    found = result(text, "relevance", key_points=CONFLICT_POINTS)
    assert found.metrics["key_points_covered"] == 4
    assert "disagreed" in evidence(found)


def test_transcription_errors_still_match() -> None:
    text = "i colaborated with the design team on the new on boarding flow"
    found = result(text, "relevance", key_points=("collaboration with design", "onboarding"))
    assert found.metrics["key_points_covered"] == 2


def test_without_key_points_the_question_words_are_used() -> None:
    question = "Why do you want to work in customer support?"
    on_topic = result("I love helping customers, and support is where I can do that every day.",
                      "relevance", question_text=question)
    off_topic = result("I enjoy hiking and I recently repainted my kitchen.", "relevance",
                       question_text=question)
    assert on_topic.passed and not off_topic.passed
    assert on_topic.score > off_topic.score


def test_not_applied_without_a_question() -> None:
    assert card("I led the project.").criterion("relevance") is None
