"""Tips fit the kind of question: a reply to a rejection never gets story advice, a "why this
role?" answer is told to be specific about the role, a technical answer to give the steps."""

from __future__ import annotations

import re

import pytest
from scoring_helpers import JUDGE_EVERY_ANSWER

from mockint.scoring import AnswerInput, ScoreCard, score_answer
from mockint.scoring.tips import TIPS

REJECTION_CALL = ('The recruiter phones you: "Thank you for your time, but we\'ve decided to go with '
                  'another candidate." Respond as you would on the call.')
REJECTION_EMAIL = "After the final round you receive a short rejection email. Say out loud the reply you would send."
WHY_HERE = "Why do you want to work here?"
ABOUT_YOU = "Tell me about yourself."
DESIGN = "How would you design a service that shortens links?"
FAILED = "Tell me about a time you failed."

# Advice that only makes sense for a story from the candidate's past.
STORY_ADVICE = re.compile(
    r"add the situation|step by step|STAR|situation → task|tell one real story|in the past tense|"
    r"the action was only|how it ended|finish with the result|the result arrives|The result was",
    re.IGNORECASE,
)
# In a reply there is nothing "you did" to describe either.
REPLY_ADVICE_NOT = re.compile(STORY_ADVICE.pattern + r"|what you did", re.IGNORECASE)


def card(text: str, question: str | None, **fields) -> ScoreCard:
    return score_answer(AnswerInput(text=text, question_text=question, **fields), JUDGE_EVERY_ANSWER)


def tips(found: ScoreCard) -> dict[str, str]:
    return {c.id: c.tip for c in found.criteria}


ROLE_PLAY_ANSWERS = [
    (REJECTION_CALL, "Oh. Okay. Thanks for letting me know, I guess."),
    (REJECTION_CALL, "oh okay thats a shame um thanks for calling i suppose i understand"),
    (REJECTION_EMAIL, "Hi Sam, thanks for the update. I understand. All the best, Priya."),
    (REJECTION_EMAIL,
     "Dear Sam, thank you for letting me know. I really enjoyed meeting the team and learning about the "
     "analytics work, and I'd welcome any feedback on my interviews. I'd love to be considered for future "
     "openings. Kind regards, Priya. Also I have to say the process was long and the second interviewer "
     "kept checking his phone, which honestly was not great, and I think I did better than whoever you "
     "picked, but I respect the decision and I hope we can stay in touch. " * 3),
]


@pytest.mark.parametrize(("question", "text"), ROLE_PLAY_ANSWERS)
def test_a_rejection_reply_never_gets_story_advice(question: str, text: str) -> None:
    for criterion, tip in tips(card(text, question)).items():
        assert not REPLY_ADVICE_NOT.search(tip), (criterion, tip)


def test_a_short_rejection_reply_is_told_the_shape_of_a_reply() -> None:
    found = card("Oh. Okay. Thanks for letting me know, I guess.", REJECTION_CALL)
    length = found.criterion("length")
    assert length is not None and not length.passed
    assert "accept the decision" in length.tip and "keep the door open" in length.tip
    structure = found.criterion("star_structure")
    assert structure is not None and "A reply is not a story" in structure.tip


def test_a_slow_reply_is_not_told_to_prepare_a_story() -> None:
    text = "thank you for letting me know i understand could you tell me what i could improve"
    found = card(text, REJECTION_CALL, duration_s=60)
    pace = found.criterion("pace")
    assert pace is not None and not pace.passed
    assert "story" not in pace.tip and "points you want to make" in pace.tip


def test_the_bank_type_decides_even_when_the_text_reads_otherwise() -> None:
    question = "Tell me about a time a company said no. Here, the recruiter has just said no: go."
    as_story = card("Thanks. Okay.", question)
    as_reply = card("Thanks. Okay.", question, question_type="role-play")
    assert "add the situation" in as_story.criterion("length").tip
    assert "keep the door open" in as_reply.criterion("length").tip


def test_an_empty_reply_gets_no_story_advice() -> None:
    found = card("", REJECTION_CALL)
    for criterion, tip in tips(found).items():
        assert not REPLY_ADVICE_NOT.search(tip), (criterion, tip)


MOTIVATION_ANSWERS = [
    "Honestly I just need a job and you are hiring. It seems like a good company.",
    "i always wanted to work somewhere big and i am passionate about technology and people",
]


@pytest.mark.parametrize("text", MOTIVATION_ANSWERS)
def test_a_motivation_answer_is_told_to_be_specific_about_the_role(text: str) -> None:
    found = tips(card(text, WHY_HERE))
    assert re.search(r"role|company", found["concrete_example"]), found["concrete_example"]
    assert "your reason" in found["length"], found["length"]
    for criterion, tip in found.items():
        assert not STORY_ADVICE.search(tip), (criterion, tip)


def test_a_generic_motivation_answer_hears_what_it_said() -> None:
    found = card("I'm passionate about your mission and I always give a hundred percent.", WHY_HERE)
    example = found.criterion("concrete_example")
    assert example is not None and "general terms" in example.tip and "“" in example.tip
    assert "this role or company" in example.tip


def test_a_self_description_is_told_to_back_itself_with_one_moment() -> None:
    text = "I'm a hard worker and a real team player. I'm very passionate about marketing and people."
    found = tips(card(text, ABOUT_YOU))
    assert "one real moment" in found["concrete_example"]
    assert "who you are now" in found["length"]
    assert "add the situation" not in found["length"]


def test_a_technical_answer_is_told_to_give_steps_and_trade_offs() -> None:
    text = "I would use a database and a hash function for the short code. That is basically it."
    found = tips(card(text, DESIGN))
    assert "trade-off" in found["length"]
    assert "real case" in found["concrete_example"] or "system" in found["concrete_example"]
    assert re.search(r"latency|error rate|data size", found["quantified_result"])
    assert "I'd start by" in found["ownership"] or "step" in found["star_structure"]


def test_a_story_question_keeps_story_advice() -> None:
    found = tips(card("I failed once at work. It was bad but it was fine in the end.", FAILED))
    assert "add the situation, what you did step by step and the result" in found["length"]


def test_a_failure_story_that_argues_gets_no_rejection_call_advice() -> None:
    text = ("The launch failed. I think your decision is wrong, I was the best person for it, and they "
            "should reconsider.")
    tone = card(text, FAILED).criterion("professional_tone")
    assert tone is not None and not tone.passed
    assert "stronger candidate" not in tone.tip and "thank them" not in tone.tip
    assert "defensive" in tone.tip


def test_no_question_keeps_the_default_tips() -> None:
    text = "we planned the launch and we built the site and then we tested it and we shipped it"
    ownership = card(text, None).criterion("ownership")
    assert ownership is not None and "we planned" in ownership.tip


def test_every_table_entry_is_for_a_known_criterion_type_and_fills_its_fields() -> None:
    from mockint.banks.rules import KNOWN_BUILTIN_CRITERIA
    from mockint.scoring.questions import QUESTION_TYPES

    for (criterion, kind, _situation), wording in TIPS.items():
        assert criterion in KNOWN_BUILTIN_CRITERIA and kind in QUESTION_TYPES
        assert wording.strip() and "{{" not in wording
