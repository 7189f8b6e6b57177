"""relevance: key points covered, fuzzily, or overlap with the question without key points."""

from __future__ import annotations

import re

import pytest
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


# -- paraphrases, bank synonyms and false positives (written before the matcher changed) --------

REJECTION_POINTS = (
    "thank you for letting me know",
    "I'm disappointed but I understand",
    "would you be able to share any feedback",
    "please keep me in mind for future roles",
)
MOTIVATION_POINTS = ("what the role involves", "a skill I bring", "why this company")


def _covered(text: str, points: tuple[str, ...], **fields) -> int:
    return result(text, "relevance", key_points=points, **fields).metrics["key_points_covered"]


def test_a_request_for_feedback_in_other_words_covers_the_point() -> None:
    text = "Would you be open to sharing what I could improve?"
    assert _covered(text, ("would you be able to share any feedback",)) == 1


PARAPHRASES = [
    ("thank you for letting me know", "I really appreciate you telling me yourself."),
    ("I'm disappointed but I understand", "It's a shame, but I get it, and I respect the decision."),
    ("please keep me in mind for future roles",
     "If another position opens up later on, I'd love to be considered."),
    ("would you be able to share any feedback", "Is there anything I could have done better?"),
    ("the disagreement", "We didn't see eye to eye about the schema at first."),
    ("what you learned", "It taught me to prototype before I argue."),
    ("how I weigh impact against effort",
     "I compare the effort each item takes with the impact it would have on users."),
    ("the outcome", "In the end the report took twenty minutes instead of two days."),
]


@pytest.mark.parametrize(("point", "text"), PARAPHRASES)
def test_paraphrases_of_a_key_point_cover_it(point: str, text: str) -> None:
    assert _covered(text, (point,)) == 1, (point, text)


OFF_TOPIC = [
    (REJECTION_POINTS, "I spent the weekend getting the garden ready and setting up a new shed with my brother."),
    (REJECTION_POINTS, "I improved our sales by ten percent last year and I was able to hire two more people."),
    (CONFLICT_POINTS[:1] + CONFLICT_POINTS[3:], "I love hiking in the mountains and cooking for my friends."),
    (MOTIVATION_POINTS, "My weekend hobby is restoring old bikes, and once I rode one across Wales."),
    (("would you be able to share any feedback",), "I was able to finish the whole migration a week early."),
]


@pytest.mark.parametrize(("points", "text"), OFF_TOPIC)
def test_an_off_topic_answer_covers_no_key_point(points: tuple[str, ...], text: str) -> None:
    found = result(text, "relevance", key_points=points)
    assert found.metrics["key_points_covered"] == 0, found.summary
    assert not found.passed


def test_bank_synonyms_cover_a_key_point_the_words_alone_miss() -> None:
    text = "Thanks for calling. Could we connect on LinkedIn so I hear about the next opening?"
    points = ("let's keep in touch",)
    synonyms = (("let's keep in touch", ("connect on LinkedIn", "follow each other's work")),)
    assert _covered(text, points) == 0
    found = result(text, "relevance", key_points=points, key_point_synonyms=synonyms)
    assert found.metrics["key_points_covered"] == 1
    assert "linkedin" in evidence(found)


def test_synonyms_of_another_key_point_do_not_cover_this_one() -> None:
    synonyms = (("the outcome", ("how it ended",)),)
    found = result("I won't say how it ended.", "relevance", key_points=("the disagreement",),
                   key_point_synonyms=synonyms)
    assert found.metrics["key_points_covered"] == 0


def test_the_summary_counts_agree_with_its_list() -> None:
    points = ("the budget", "the deadline", "the client", "the risk", "the sign-off")
    found = result("I like long walks by the sea.", "relevance", key_points=points)
    covered = found.metrics["key_points_covered"]
    assert covered == 0
    assert found.summary.startswith(f"Covers {covered} of {len(points)} key points")
    listed = found.summary.count("“")
    more = re.search(r"and (\d+) more", found.summary)
    assert listed + (int(more.group(1)) if more else 0) == len(points) - covered, found.summary


def test_partly_covered_answers_count_what_they_list() -> None:
    text = ("Thank you for letting me know. Could you share any feedback on my interview? "
            "I'm still keen on the team.")
    found = result(text, "relevance", key_points=REJECTION_POINTS)
    covered = found.metrics["key_points_covered"]
    missing = [p for p in REJECTION_POINTS if f"“{p}”" in found.summary]
    assert covered + len(missing) == len(REJECTION_POINTS), found.summary
    assert f"Covers {covered} of 4" in found.summary
