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


# Energy is counted, not diluted by length; lists and stock phrases are not energy.

LONG_STORY_WITH_TWO_CLEAR_STATEMENTS = (
    "At the bike shop I started on the till, and after a few months the owner let me take over the "
    "stock system, which was a spreadsheet nobody trusted. I counted every part over two weekends, "
    "set up reorder levels for the forty parts we sold most, and showed the two other staff how to "
    "log a sale so the counts stayed right. Within a season we stopped running out of inner tubes "
    "and brake pads, and the owner stopped ordering by guesswork. I loved that work, honestly. "
    "Figuring out why the numbers were wrong and fixing it with the people who used it every day "
    "was the part of the job I looked forward to, and the operations side is exactly what I'm "
    "looking for in this role, because I want to do that at a bigger scale."
)
ADJECTIVE_LIST = "The internship was great, amazing, awesome, fantastic and incredible, thanks for asking."
STOCK_PHRASES = (
    "I think this opportunity would let me learn and grow, and I could contribute to your team and "
    "make an impact at your company as the next step in my career, joining a place with growth."
)


def test_a_long_answer_is_not_asked_for_more_enthusiasm_than_a_short_one() -> None:
    found = result(LONG_STORY_WITH_TWO_CLEAR_STATEMENTS, "enthusiasm")
    assert len(LONG_STORY_WITH_TWO_CLEAR_STATEMENTS.split()) > 120
    assert found.passed, found.summary
    assert {"loved", "exactly what i'm looking for"} <= set(evidence(found))


def test_a_list_of_adjectives_counts_as_one_sentence_of_energy() -> None:
    listed = result(ADJECTIVE_LIST, "enthusiasm")
    spread = result("The internship was great. The team was amazing. The work was awesome, and I "
                    "loved the project I was given.", "enthusiasm")
    one_word = result("The internship was amazing, thanks for asking.", "enthusiasm")
    assert len(evidence(listed)) >= 5  # every word is shown...
    assert listed.score <= one_word.score + 0.2  # ...but five adjectives are not five times the energy
    assert spread.score > listed.score


def test_stock_interview_phrases_are_not_enthusiasm() -> None:
    found = result(STOCK_PHRASES, "enthusiasm")
    assert not found.passed
    assert not any(word in " ".join(evidence(found)) for word in ("opportunity", "contribute", "grow"))


def test_said_with_energy_a_mild_word_is_a_clear_one() -> None:
    plain = result("I enjoy the planning side of events, and the logistics are interesting to me.", "enthusiasm")
    energetic = result("I really enjoy the planning side of events, and the logistics are so interesting to me.",
                       "enthusiasm")
    assert energetic.score > plain.score
    assert "i really enjoy" in evidence(energetic) and "so interesting" in evidence(energetic)
    assert energetic.score - plain.score >= 0.15


def test_uncertainty_flattens_less_than_disinterest() -> None:
    base = "I loved the data work at my placement and I'd love to do more of it"
    unsure = result(base + ", I guess.", "enthusiasm")
    bored = result(base + ", it's just a job.", "enthusiasm")
    assert bored.score < unsure.score < result(base + ".", "enthusiasm").score


def test_praise_undone_by_complaints_is_not_enthusiasm() -> None:
    found = result("Honestly it was great and the people were amazing, but I'm sick of the place and the "
                   "management there is a joke.", "enthusiasm")
    assert not found.passed
    assert "the management there is a joke" in " ".join(evidence(found))
