"""enthusiasm: positive, forward-looking words; on spoken answers the voice too."""

from __future__ import annotations

from scoring_helpers import evidence, result

from mockint.scoring import VoiceFeatures

EAGER = (
    "What draws me to this role is the chance to work on tools people use every day. I loved "
    "building the scheduling app at my internship, and I'd love to bring that energy to your team."
)
FLAT = "I guess it's fine. I don't really mind what I work on, it's just a job and I need a job."
NEUTRAL = "I wrote the report, checked the figures with finance, and sent it to the director."

LIVELY = VoiceFeatures(pitch_range_semitones=7.5, pitch_sd_semitones=2.4, loudness_range_db=12.0,
                       voiced_seconds=40.0, flattest=(30.0, 38.0, 3.1))
MONOTONE = VoiceFeatures(pitch_range_semitones=1.4, pitch_sd_semitones=0.5, loudness_range_db=3.0,
                         voiced_seconds=40.0, flattest=(12.0, 40.0, 1.4))


def test_eager_words_pass() -> None:
    found = result(EAGER, "enthusiasm")
    assert found.passed
    assert "what draws me" in evidence(found) and "i'd love to" in evidence(found)


def test_flat_words_fail_and_the_tip_quotes_them() -> None:
    found = result(FLAT, "enthusiasm")
    assert not found.passed and found.score < 0.1
    assert "“I guess”" in found.tip


def test_neutral_words_fail_with_the_say_what_you_enjoyed_tip() -> None:
    found = result(NEUTRAL, "enthusiasm")
    assert not found.passed
    assert "enjoyed" in found.tip


def test_negation_flips_a_positive_word() -> None:
    found = result("Honestly I was not excited about it and I didn't enjoy the work.", "enthusiasm")
    assert found.metrics["negative_phrases"] == 2 and found.metrics["positive_phrases"] == 0


def test_a_monotone_voice_pulls_eager_words_down_with_timestamped_evidence() -> None:
    spoken = result(EAGER, "enthusiasm", voice=MONOTONE, spoken=True)
    typed = result(EAGER, "enthusiasm")
    assert spoken.score < typed.score
    assert not spoken.passed
    assert "pitch range 1.4 semitones from 0:12 to 0:40" in spoken.summary
    assert "0:12 to 0:40" in spoken.tip
    assert spoken.metrics["pitch_range_semitones"] == 1.4


def test_a_lively_voice_lifts_neutral_words() -> None:
    spoken = result(NEUTRAL, "enthusiasm", voice=LIVELY, spoken=True)
    assert spoken.score > result(NEUTRAL, "enthusiasm").score
    assert spoken.metrics["loudness_range_db"] == 12.0


def test_too_little_voiced_speech_is_ignored() -> None:
    short = VoiceFeatures(1.0, 0.2, 2.0, voiced_seconds=1.0)
    assert result(EAGER, "enthusiasm", voice=short).score == result(EAGER, "enthusiasm").score


def test_a_negation_reaches_over_softeners() -> None:
    text = ("I'm not that excited about the sales side, I'm not really passionate about cold calling, "
            "and I'm not sure I'd love doing targets.")
    found = result(text, "enthusiasm")
    assert found.metrics["positive_phrases"] == 0 and found.metrics["negative_phrases"] == 3
    assert not found.passed


def test_a_negation_stops_at_other_words_and_at_emphasis() -> None:
    found = result("I didn't expect to love it, but I've never been so excited by a project.", "enthusiasm")
    assert found.metrics["negative_phrases"] == 0 and found.metrics["positive_phrases"] == 2


def test_praise_next_to_complaints_is_not_enthusiasm() -> None:
    text = ("Oh it's been great, really amazing, working till 2am every night. Fantastic experience. "
            "But I'm done with the place. The management is a joke and nobody appreciates anything.")
    found = result(text, "enthusiasm")
    assert found.metrics["negative_phrases"] >= 2
    assert not found.passed
