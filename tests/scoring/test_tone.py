"""professional_tone: no arguing, name-calling, blaming, complaining, sarcasm or profanity."""

from __future__ import annotations

import pytest
from scoring_helpers import evidence, result


@pytest.mark.parametrize(
    ("text", "kind", "phrase"),
    [
        ("honestly my manager was useless and they never listened", "blame", "my manager was useless"),
        ("It was their fault the release slipped.", "blame", "it was their fault"),
        ("I hated that job, the company was toxic.", "complaint", "i hated that"),
        ("They were wrong not to hire me, it's their loss.", "arguing", "they were wrong not to"),
        ("Why wasn't I picked? I was more qualified than the other candidate.", "arguing", "why wasn't i picked"),
        ("The old system was shit and nobody cared.", "profanity", "shit"),
        ("the other guys didnt do their part so it wasnt really my fault", "blame", "wasnt really my fault"),
        ("honestly i dont really fail that much", "arguing", "i dont really fail"),
    ],
)
def test_unprofessional_phrases_fail(text: str, kind: str, phrase: str) -> None:
    found = result(text, "professional_tone")
    assert not found.passed
    assert found.metrics[f"tone_{kind}"] >= 1
    assert phrase in evidence(found)


@pytest.mark.parametrize(
    "text",
    [
        "My teammate wanted a different approach, so we compared both on real data.",
        "It's fair to say I learned a lot from that manager.",
        "I should have been more careful with the estimate, and now I add a buffer.",
        "The class was hard but the professor was generous with her time.",
        "Thank you for letting me know. Could you share what would make me a stronger candidate?",
        # Words that only contain or resemble bad ones are clean.
        "I ran the Scunthorpe depot, passed my class 1 licence and led the assessment of carriers.",
        "It was a stupid mistake on my part, so now I double-check every invoice.",
        "I'm done with the report by nine every Monday.",
        "Growth was insane that year: we hired forty people.",
    ],
)
def test_neutral_or_gracious_answers_pass(text: str) -> None:
    found = result(text, "professional_tone")
    assert found.passed and found.score == 1.0


def test_the_tip_names_the_worst_finding() -> None:
    found = result("My boss was incompetent. That job sucked.", "professional_tone")
    assert "calls someone names" in found.tip and "my boss was incompetent" in found.tip.lower()
    assert found.metrics["tone_insult"] == 1 and found.metrics["tone_complaint"] == 1


def test_profanity_fails_even_alone() -> None:
    found = result("We fixed the damn printer and shipped the order on time.", "professional_tone")
    assert not found.passed


def test_a_fair_description_of_a_disagreement_is_not_blame() -> None:
    text = ("The client didn't agree with our plan at first, so I prepared data from three similar "
            "launches and we walked them through it. They signed off a week later.")
    assert result(text, "professional_tone").passed


def test_exasperation_is_blame() -> None:
    found = result("My teammates didn't even reply to my messages.", "professional_tone")
    assert not found.passed and found.metrics["tone_blame"] == 1


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("My last place was a nightmare so anything is better.", "my last place was a nightmare"),
        ("The management is a joke and nobody appreciates anything you do.", "nobody appreciates"),
        ("they moved us back to the office which was honestly ridiculous", "which was honestly ridiculous"),
        ("I told my manager it was a stupid decision.", "a stupid decision"),
        ("management didn't even ask us before deciding", "management didn't even ask"),
        ("I left because it was boring and the targets were unrealistic.", "because it was boring"),
        ("I left because it was boring and the targets were unrealistic.", "targets were unrealistic"),
        ("Black Friday was a total shitshow honestly.", "shitshow"),
        ("my current job pays really badly and the commute is awful", "job pays really badly"),
        ("my current job pays really badly and the commute is awful", "the commute is awful"),
    ],
)
def test_complaints_and_compound_swearing_are_found(text: str, phrase: str) -> None:
    found = result(text, "professional_tone")
    assert not found.passed
    assert phrase in evidence(found)
