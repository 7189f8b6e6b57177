"""The whole card: calibration between candidates, determinism, selection, metrics, contract."""

from __future__ import annotations

import pytest
from scoring_helpers import card
from scoring_samples import (
    KEY_POINTS,
    NERVOUS_TRANSCRIPT,
    NERVOUS_TYPED,
    PREPARED_TRANSCRIPT,
    PREPARED_TYPED,
    QUESTION,
)

from mockint.banks import KNOWN_BUILTIN_CRITERIA
from mockint.banks.model import CustomCriterion
from mockint.scoring import (
    BUILTIN_CRITERIA,
    SCORER_VERSION,
    AnswerInput,
    ScoreCard,
    default_settings,
    score_answer,
)

CONTEXT = {"question_text": QUESTION, "key_points": KEY_POINTS, "target_seconds": 120}


@pytest.mark.parametrize(
    ("nervous", "prepared"),
    [(NERVOUS_TYPED, PREPARED_TYPED), (NERVOUS_TRANSCRIPT, PREPARED_TRANSCRIPT),
     (NERVOUS_TYPED, PREPARED_TRANSCRIPT), (NERVOUS_TRANSCRIPT, PREPARED_TYPED)],
)
def test_a_vague_filler_heavy_answer_scores_far_below_a_prepared_one(nervous: str, prepared: str) -> None:
    low, high = card(nervous, **CONTEXT), card(prepared, **CONTEXT)
    assert high.overall - low.overall >= 25
    assert high.overall >= 75 and low.overall <= 45


def test_the_same_answer_typed_or_transcribed_scores_alike() -> None:
    assert abs(card(PREPARED_TYPED, **CONTEXT).overall - card(PREPARED_TRANSCRIPT, **CONTEXT).overall) <= 8
    assert abs(card(NERVOUS_TYPED, **CONTEXT).overall - card(NERVOUS_TRANSCRIPT, **CONTEXT).overall) <= 8


def test_each_weakness_costs_points() -> None:
    base = card(PREPARED_TYPED, **CONTEXT).overall
    with_fillers = PREPARED_TYPED.replace(". ", ". Um, like, ").replace(", and", ", um, and")
    with_blame = PREPARED_TYPED + " Honestly my manager was useless and never listened."
    assert card(with_fillers, **CONTEXT).overall < base
    assert card(with_blame, **CONTEXT).overall < base


def test_deterministic() -> None:
    answer = AnswerInput(text=NERVOUS_TRANSCRIPT + " " + PREPARED_TYPED, **CONTEXT, duration_s=95.5)
    first = score_answer(answer).to_dict()
    for _ in range(3):
        assert score_answer(answer).to_dict() == first


def test_every_id_banks_may_name_has_a_registered_criterion() -> None:
    from mockint.scoring.criteria import REGISTRY

    assert BUILTIN_CRITERIA == KNOWN_BUILTIN_CRITERIA
    assert sorted(REGISTRY) == sorted(KNOWN_BUILTIN_CRITERIA)


def test_every_builtin_applies_when_timed_with_a_question() -> None:
    result = card(PREPARED_TYPED, **CONTEXT, duration_s=70.0)
    # shows_strengths needs a strengths profile (an explicit input this answer does not give).
    assert [c.id for c in result.criteria] == [c for c in BUILTIN_CRITERIA if c != "shows_strengths"]
    assert result.scorer_version == SCORER_VERSION


def test_a_questions_criteria_list_selects_and_custom_criteria_follow() -> None:
    thanks = CustomCriterion(id="gratitude", label="Thanks", phrases=("thank you",))
    answer = AnswerInput(text="Thank you, I learned a lot.", criteria=("professional_tone", "pace"),
                         custom_criteria=(thanks,))
    result = score_answer(answer)
    # pace: untimed, so it does not apply; tone: six words with nothing in them to judge it by.
    assert [c.id for c in result.criteria] == ["gratitude"]
    assert [n.id for n in result.not_judged] == ["professional_tone"]


def test_overall_is_the_weighted_mean() -> None:
    result = card(NERVOUS_TYPED, **CONTEXT)
    total = sum(c.weight for c in result.criteria)
    expected = sum(c.weight * c.score for c in result.criteria) / total
    assert result.overall == int(100 * expected + 0.5)


def test_metrics() -> None:
    result = card(NERVOUS_TRANSCRIPT, duration_s=60.0)
    metrics = result.metrics
    for key in ("words", "sentences", "fillers", "fillers_per_100_words", "hedges", "wpm",
                "duration_s", "speaking_s", "fillers_per_minute"):
        assert key in metrics, key
    assert metrics["words"] == len(NERVOUS_TRANSCRIPT.split())
    assert metrics["wpm"] == pytest.approx(metrics["words"], abs=0.1)
    assert "wpm" not in card(NERVOUS_TRANSCRIPT).metrics


def test_every_span_points_into_the_answer_and_every_criterion_has_a_summary_and_tip() -> None:
    for text in (NERVOUS_TYPED, PREPARED_TYPED, NERVOUS_TRANSCRIPT):
        result = card(text, **CONTEXT, duration_s=50.0)
        for criterion in result.criteria:
            assert 0.0 <= criterion.score <= 1.0
            assert criterion.summary and criterion.tip and "\n" not in criterion.summary
            for span in criterion.spans:
                assert text[span.start:span.end] == span.text


def test_the_card_round_trips_through_a_dict() -> None:
    result = card(PREPARED_TYPED, **CONTEXT)
    assert ScoreCard.from_dict(result.to_dict()).to_dict() == result.to_dict()


@pytest.mark.parametrize("text", ["", "   ", "...", "😀 🚀", "\x00\x01", "a" * 5000])
def test_degenerate_answers_score_without_raising(text: str) -> None:
    result = card(text, **CONTEXT, duration_s=10.0)
    assert 0 <= result.overall <= 100


@pytest.mark.parametrize(
    ("question", "story"),
    [
        ("Tell me about a time you disagreed with a teammate.", True),
        ("Describe a situation where you missed a deadline.", True),
        ("Give me an example of when you led a team.", True),
        ("What's your proudest achievement?", True),
        ("Why do you want to work here?", False),
        ("What would you say to the recruiter who turned you down?", False),
    ],
)
def test_story_criteria_count_less_for_other_questions(question: str, story: bool) -> None:
    text = "What draws me to this team is the product. I'd love to help build it."
    result = card(text, question_text=question)
    assert result.metrics["story_question"] is story
    star = result.criterion("star_structure")
    shipped = default_settings()
    assert (star.weight == shipped.weight("star_structure")) is story
    assert result.criterion("enthusiasm").weight == shipped.weight("enthusiasm")


def test_a_banks_criteria_list_is_never_reweighted() -> None:
    result = card("I shipped it.", question_text="Why us?", criteria=("star_structure",))
    assert result.criterion("star_structure").weight == default_settings().weight("star_structure")
    assert "story_question" not in result.metrics


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("The recruiter phones you: \"We've gone with another candidate.\" Respond as you would on the call.", True),
        ("After the final round you get a rejection email. Say out loud the reply you would send.", True),
        ("Six weeks later a similar role opens. Say the message you'd send to the hiring manager.", True),
        ("Why do you want to work here?", False),
        ("Say you had two deadlines on the same day. What would you do?", False),
        ("How do you respond to criticism?", False),
    ],
)
def test_a_role_play_reply_asks_for_no_example(question: str, reply: bool) -> None:
    text = "Thank you for letting me know. I'd love to hear any feedback and to stay in touch."
    example = card(text, question_text=question).criterion("concrete_example")
    assert (example.weight < default_settings().weight("concrete_example")) is reply


def test_a_banks_question_type_decides_the_weights_not_only_the_text() -> None:
    text = "Thank you for letting me know. I'd love to hear any feedback and to stay in touch."
    question = "Your recruiter Sam is on the line."  # the text alone says nothing about a reply
    inferred = card(text, question_text=question)
    typed = card(text, question_text=question, question_type="role-play")
    shipped = default_settings().weight("concrete_example")
    assert inferred.criterion("concrete_example").weight == shipped
    assert typed.criterion("concrete_example").weight < shipped
    story = card("I led the move to the new rota last spring and cut overtime by a third.",
                 question_text="Your biggest project.", question_type="story")
    assert story.metrics["story_question"] is True
    assert story.criterion("star_structure").metrics["target_words"] == default_settings().star_structure.story_words
