"""No pass by default: a criterion with nothing to judge is left out of the card and the overall."""

from __future__ import annotations

from mockint.scoring import AnswerInput, ScoreCard, VoiceFeatures, Word, score_answer
from mockint.scoring.model import NotJudged
from mockint.scoring.scorer import overall_score
from mockint.scoring.settings import settings_from_overrides

QUESTION = "Why do you want to work here?"
ABSENCE_CRITERIA = ["enthusiasm", "ownership", "filler_words", "hedging", "professional_tone"]


def score(text: str, **fields: object) -> ScoreCard:
    return score_answer(AnswerInput(text=text, question_text=QUESTION, **fields))  # type: ignore[arg-type]


def test_a_four_word_answer_lists_what_it_gave_nothing_to_judge() -> None:
    card = score("I want this job.")
    assert [n.id for n in card.not_judged] == ABSENCE_CRITERIA
    assert all(n.reason.startswith("Only 4 words: ") for n in card.not_judged)
    assert card.not_judged[2] == NotJudged("filler_words", "Only 4 words: no filler words to count.")
    ids = {c.id for c in card.criteria}
    assert ids.isdisjoint(ABSENCE_CRITERIA)
    assert {"concrete_example", "length"} <= ids  # what it should have had is still judged


def test_not_judged_criteria_do_not_lift_the_overall() -> None:
    uncapped = {"serious_fault_cap": 100}  # a non-answer is capped as well: look under the cap
    card = score_answer(AnswerInput(text="I want this job.", question_text=QUESTION), settings_from_overrides(uncapped))
    assert card.overall == overall_score(card.criteria)
    everything = score_answer(
        AnswerInput(text="I want this job.", question_text=QUESTION),
        settings_from_overrides({**uncapped, "not_judged": {"min_words": 0}}),
    )
    passed_by_absence = [c for c in everything.criteria if c.id in ABSENCE_CRITERIA and c.passed]
    assert {c.id for c in passed_by_absence} == {"filler_words", "hedging", "professional_tone"}
    assert card.overall < everything.overall


def test_what_a_short_answer_does_say_is_still_judged() -> None:
    card = score("Um, uh, I guess so, maybe.")
    fillers, hedging = card.criterion("filler_words"), card.criterion("hedging")
    assert fillers is not None and not fillers.passed
    assert hedging is not None and not hedging.passed
    assert "filler_words" not in {n.id for n in card.not_judged}


def test_a_voice_is_enough_to_judge_enthusiasm() -> None:
    voice = VoiceFeatures(pitch_range_semitones=6.0, pitch_sd_semitones=2.0, loudness_range_db=11.0,
                          voiced_seconds=2.0)
    card = score("I want this job.", voice=voice, spoken=True)
    assert card.criterion("enthusiasm") is not None
    assert "enthusiasm" not in {n.id for n in card.not_judged}


def test_a_short_timed_answer_has_no_pace_to_judge() -> None:
    words = tuple(Word(w, i * 0.4, i * 0.4 + 0.3) for i, w in enumerate("I want this job".split()))
    card = score("I want this job", words=words, duration_s=1.6)
    assert card.criterion("pace") is None
    assert any(n.id == "pace" and "speaking pace" in n.reason for n in card.not_judged)


def test_an_empty_answer_passes_nothing() -> None:
    card = score("")
    assert not any(c.passed for c in card.criteria if c.id != "relevance")
    assert all(n.reason.startswith("No answer: ") for n in card.not_judged)
    assert "professional_tone" in {n.id for n in card.not_judged}


def test_a_full_answer_is_judged_on_everything() -> None:
    text = ("I want to join because your team builds the scheduling tools I used every day at my "
            "internship, and I would love to work on the routing problems you described in the post.")
    assert score(text).not_judged == []


def test_min_words_zero_judges_every_answer() -> None:
    settings = settings_from_overrides({"not_judged": {"min_words": 0}})
    card = score_answer(AnswerInput(text="I want this job."), settings)
    assert card.not_judged == []


def test_not_judged_round_trips_through_the_card_dict() -> None:
    card = score("I want this job.")
    data = card.to_dict()
    assert data["not_judged"][0] == {"id": "enthusiasm", "reason": card.not_judged[0].reason}
    assert ScoreCard.from_dict(data).not_judged == card.not_judged
    assert ScoreCard.from_dict(data).to_dict() == data
    old = {k: v for k, v in data.items() if k != "not_judged"}  # a card stored before 2.0.0
    assert ScoreCard.from_dict(old).not_judged == []
