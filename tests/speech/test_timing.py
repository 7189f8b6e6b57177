"""Pace, pauses and latency from word times."""

from __future__ import annotations

import pytest

from mockint.scoring.model import Word
from mockint.speech.answer import spoken_answer
from mockint.speech.timing import speech_timing


def words(*times: tuple[float, float]) -> list[Word]:
    return [Word(f"w{i}", start, end) for i, (start, end) in enumerate(times)]


def test_pace_pauses_latency() -> None:
    spoken = words((1.5, 2.0), (2.1, 2.5), (2.6, 3.0), (6.0, 6.4), (6.5, 7.5))
    timing = speech_timing(spoken)
    assert timing.word_count == 5
    assert timing.latency_s == 1.5
    assert timing.duration_s == 7.5
    assert timing.span_s == 6.0
    assert timing.long_pauses == ((3.0, 6.0),)  # 3.0 s > 2.5 s; the 0.1 s gaps are not pauses
    assert timing.speaking_s == 3.0
    assert timing.words_per_minute == pytest.approx(50.0)


def test_pause_of_exactly_the_limit_is_not_long() -> None:
    assert speech_timing(words((0, 1), (3.5, 4))).long_pauses == ()


def test_clock_offset_moves_latency_and_duration() -> None:
    timing = speech_timing(words((0.4, 1.0), (1.0, 2.0)), clock_offset_s=2.0)
    assert (timing.latency_s, timing.duration_s, timing.span_s) == (2.4, 4.0, 1.6)


def test_no_words() -> None:
    answer = spoken_answer([], None, audio_s=4.0)
    assert answer.text == "" and answer.duration_s is None and answer.latency_s is None
    assert answer.timing is not None and answer.timing.words_per_minute is None


def test_answer_fields_feed_the_scorer() -> None:
    from mockint.scoring import AnswerInput, score_answer

    spoken = [Word(t, i * 0.4, i * 0.4 + 0.3) for i, t in enumerate("I led the team of five".split())]
    answer = spoken_answer(spoken, None, audio_s=3.0)
    fields = answer.answer_fields()
    assert fields["spoken"] is True and fields["words"] == tuple(spoken)
    card = score_answer(AnswerInput(text=answer.text, **fields))
    assert card.metrics["words"] == 6
