"""The reply composer: drafts pass their own checks; real good and bad replies are judged right."""

from __future__ import annotations

import pytest

from mockint.aftermath.reply import (
    KINDS,
    ReplyDetails,
    ReplyError,
    check_reply,
    draft_reply,
    kind_for_question,
    variant,
)

DETAILS = [
    ReplyDetails(),
    ReplyDetails("Priya Raman", "Acme Analytics", "data analyst", "the pairing exercise on the pricing model"),
    ReplyDetails("Sam", "Globex", "support team lead", "Meeting the night-shift team."),
    ReplyDetails("Dr. O'Neill", "Initech", "junior developer", "hearing how you migrated the billing service"),
]


def failed(report) -> list[str]:
    return [check.id for check in report.checks if not check.passed]


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("details", DETAILS, ids=lambda d: d.company or "no-details")
def test_every_draft_passes_its_own_checks(kind: str, details: ReplyDetails) -> None:
    text = draft_reply(kind, details)
    report = check_reply(kind, text)
    assert failed(report) == []
    assert report.words <= 200
    for value in (details.to, details.company):
        if value:
            assert value in text


def test_each_kind_is_checked_by_its_own_bank_criteria() -> None:
    ids = {kind: [c.id for c in check_reply(kind, draft_reply(kind, DETAILS[1])).checks] for kind in KINDS}
    assert ids["thanks"][:3] == ["gratitude", "accepts_decision", "keeps_door_open"]
    assert ids["feedback"][:3] == ["gratitude", "accepts_decision", "asks_for_feedback"]
    assert ids["follow-up"][:2] == ["gratitude", "keeps_door_open"]
    for checks in ids.values():
        assert {"professional_tone", "no_why_not_me", "no_arguing", "no_begging", "short_enough"} <= set(checks)


def test_drafts_are_deterministic_and_both_variants_are_used() -> None:
    assert draft_reply("thanks", DETAILS[1]) == draft_reply("thanks", DETAILS[1])
    seen = {variant(kind, d.checked()) for kind in KINDS for d in DETAILS}
    assert seen == {0, 1}
    assert "the pairing exercise on the pricing model" in draft_reply("thanks", DETAILS[1])


def test_a_feedback_draft_asks_how_to_improve_not_why() -> None:
    report = check_reply("feedback", draft_reply("feedback", DETAILS[2]))
    asks = next(c for c in report.checks if c.id == "asks_for_feedback")
    assert asks.passed and asks.evidence


GOOD_THANKS = """Hi Maria,

Thank you for letting me know, and for the time you and the team spent with me over the last
two weeks. I'm disappointed, of course, but I understand the decision.

I really enjoyed the case study session with Tom; it was the best interview exercise I've done.

I'm still very interested in working at Northwind, so please keep me in mind for future roles.

Best,
Alex
"""

ARGUING = """Hi Maria,

Thanks for the update. Honestly, I think you made a mistake here: I had more experience than
anyone else on the shortlist and your decision makes no sense to me. Please keep me in mind anyway.

Alex
"""

BEGGING = """Dear Maria,

Thank you for letting me know. I understand, but please reconsider. I really need this job, my
family depends on it, and I would do anything for another chance. Please keep me in mind.

Alex
"""

WHY_NOT_ME = """Dear Maria,

Thank you for calling me yesterday. I understand the decision. Could you tell me why I wasn't
chosen? What did the other candidate have that I didn't? I'd like to stay in touch.

Alex
"""


def test_a_good_thank_you_passes_with_evidence() -> None:
    report = check_reply("thanks", GOOD_THANKS)
    assert report.passed
    gratitude = next(c for c in report.checks if c.id == "gratitude")
    assert any("Thank you for letting me know" in e["text"] for e in gratitude.evidence)


def test_arguing_is_flagged_by_the_tone_detector() -> None:
    report = check_reply("thanks", ARGUING)
    assert {"no_arguing", "professional_tone"} <= set(failed(report))
    arguing = next(c for c in report.checks if c.id == "no_arguing")
    assert any("made a mistake" in e["text"] for e in arguing.evidence)
    assert "no_begging" not in failed(report) and "no_why_not_me" not in failed(report)


def test_begging_is_flagged() -> None:
    report = check_reply("thanks", BEGGING)
    begging = next(c for c in report.checks if c.id == "no_begging")
    assert not begging.passed
    found = " | ".join(e["text"] for e in begging.evidence).lower()
    assert "please reconsider" in found and "i really need this job" in found
    assert "another chance" in found
    # "please reconsider" is begging here, not a second, separate arguing flag.
    assert "no_arguing" not in failed(report)


def test_why_was_i_not_chosen_is_flagged() -> None:
    report = check_reply("feedback", WHY_NOT_ME)
    why = next(c for c in report.checks if c.id == "no_why_not_me")
    assert not why.passed
    found = " | ".join(e["text"] for e in why.evidence).lower()
    assert "why i wasn't\nchosen" in found  # asked as a reported question, over a line break
    assert "what did the other candidate have that i" in found
    assert "asks_for_feedback" in failed(report)


def test_why_question_forms() -> None:
    for sentence in ("Why wasn't I picked?", "Why was I rejected?", "Why didn’t you choose me?",
                     "Why was I not selected?", "I'd like to know why I didn't get the job."):
        report = check_reply("thanks", f"Thank you for letting me know. I understand. {sentence}")
        assert "no_why_not_me" in failed(report), sentence
    calm = check_reply("feedback", "Thank you. I understand. What could I do better next time?")
    assert "no_why_not_me" not in failed(calm)


def test_a_long_reply_is_flagged() -> None:
    padding = " ".join(["I have learned a great deal from the process and from everyone I met."] * 20)
    report = check_reply("thanks", GOOD_THANKS + padding)
    length = next(c for c in report.checks if c.id == "short_enough")
    assert not length.passed and report.words > 200
    assert f"{report.words} words" in length.summary
    assert check_reply("thanks", GOOD_THANKS).words < 200


def test_a_draft_with_control_characters_is_checked_and_kept_exact() -> None:
    report = check_reply("thanks", "Thank you \x1b[31mfor letting me know. I understand.")
    gratitude = next(c for c in report.checks if c.id == "gratitude")
    assert "\x1b" in gratitude.evidence[0]["text"]


def test_bad_details_are_one_line_errors() -> None:
    with pytest.raises(ReplyError, match=r"^to: control character U\+001B"):
        draft_reply("thanks", ReplyDetails(to="Sam\x1b]2;x"))
    with pytest.raises(ReplyError, match=r"^enjoyed: 500 characters"):
        draft_reply("thanks", ReplyDetails(enjoyed="x" * 500))
    with pytest.raises(ReplyError, match="unknown reply 'sorry'"):
        draft_reply("sorry", ReplyDetails())


def test_the_bank_questions_map_to_replies() -> None:
    assert kind_for_question("after-the-interview", "rejection-call") == "thanks"
    assert kind_for_question("after-the-interview", "asking-for-feedback") == "feedback"
    assert kind_for_question("after-the-interview", "update-months-later") == "follow-up"
    assert kind_for_question("behavioral", "asking-for-feedback") is None
