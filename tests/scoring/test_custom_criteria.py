"""Criteria a bank defines: fuzzy phrases over word windows and/or a regex."""

from __future__ import annotations

from scoring_helpers import card, evidence

from mockint.banks.model import CustomCriterion

THANKS = CustomCriterion(id="gratitude", label="Thanks the interviewer",
                         phrases=("thank you", "I appreciate"), weight=2.0,
                         tip="Open and close by thanking them for their time.")


def test_phrases_match_with_transcription_errors() -> None:
    found = card("thankyou so much for the call, i apreciate the feedback",
                 custom_criteria=(THANKS,)).criterion("gratitude")
    assert found is not None and found.passed
    assert found.metrics["matches"] == 2
    assert found.weight == 2.0


def test_missing_phrase_fails_with_the_bank_tip() -> None:
    found = card("Why wasn't I picked?", custom_criteria=(THANKS,)).criterion("gratitude")
    assert not found.passed and found.score == 0.0
    assert found.tip == THANKS.tip


def test_pattern_and_min_matches() -> None:
    criterion = CustomCriterion(id="future", label="Keeps the door open",
                                pattern=r"future (roles?|openings?)", min_matches=2)
    one = card("Please keep me in mind for future roles.", custom_criteria=(criterion,)).criterion("future")
    two = card("Future roles or future openings both interest me.",
               custom_criteria=(criterion,)).criterion("future")
    assert not one.passed and one.score == 0.5
    assert two.passed and evidence(two) == ["future roles", "future openings"]


def test_an_invalid_pattern_never_raises() -> None:
    broken = CustomCriterion(id="broken", label="Broken", pattern="(unclosed")
    found = card("anything", custom_criteria=(broken,)).criterion("broken")
    assert not found.passed and "not a valid regular expression" in found.summary


def test_custom_weight_counts_in_the_overall() -> None:
    text = "Thank you for letting me know, I appreciate it."
    light = card(text, custom_criteria=(THANKS,))
    heavier = card(text, custom_criteria=(CustomCriterion(**{**THANKS.__dict__, "weight": 10.0}),))
    assert heavier.overall > light.overall


def test_a_negated_or_arguing_phrase_is_no_acceptance() -> None:
    from mockint.banks.model import CustomCriterion
    from mockint.scoring import AnswerInput, score_answer

    accepts = CustomCriterion(id="accepts_decision", label="Accepts", phrases=("I understand", "that makes sense"))

    def passed(text: str) -> bool:
        found = score_answer(AnswerInput(text=text, custom_criteria=(accepts,))).criterion("accepts_decision")
        assert found is not None
        return found.passed

    assert not passed("I don't understand how you could pick someone else")
    assert not passed("i dont understand how you could pick someone else")
    assert passed("Thanks for letting me know, I understand and that makes sense.")
