"""Real transcription with the default engine: recorded speech and espeak-ng speech."""

from __future__ import annotations

import pytest

from mockint.speech.analysis import analyze_audio, analyze_audio_file
from mockint.speech.audio import load_audio

from ..conftest import SPEECH_DIR
from .material import ANSWER_SENTENCES, count_fillers, espeak, normalise, word_error_rate

pytestmark = pytest.mark.slow


def test_word_error_rate_function() -> None:
    assert word_error_rate("The cat sat.", "the cat sat") == 0.0
    assert word_error_rate("a b c d", "a x c") == pytest.approx(0.5)  # one swap, one deletion
    assert word_error_rate("saved 40,000 dollars", "Saved 40000 dollars!") == 0.0
    assert normalise("Um, 35% more", drop_fillers=True) == ["35", "percent", "more"]


@pytest.mark.parametrize("name", ["jfk.flac", "OSR_us_000_0034_8k.wav"])
def test_recorded_speech_word_error_rate(transcriber, name: str) -> None:
    answer = analyze_audio_file(SPEECH_DIR / name, transcriber=transcriber)
    reference = (SPEECH_DIR / name).with_suffix(".txt").read_text(encoding="utf-8")
    assert word_error_rate(reference, answer.text) <= 0.15, answer.text
    # Word times are inside the recording and in order.
    assert answer.words[0].start >= 0 and answer.words[-1].end <= answer.audio_s + 0.05
    assert all(a.start <= b.start for a, b in zip(answer.words, answer.words[1:]))
    assert answer.text == " ".join(w.text for w in answer.words)


def test_timing_of_the_harvard_sentences(transcriber) -> None:
    answer = analyze_audio_file(SPEECH_DIR / "OSR_us_000_0034_8k.wav", transcriber=transcriber)
    timing = answer.timing
    assert timing is not None
    # The first sentence starts after about 0.9 s of silence; the last ends near 34.8 s.
    assert 0.5 <= answer.latency_s <= 1.3
    assert 33.5 <= answer.duration_s <= 35.3
    assert 100 <= timing.words_per_minute <= 160
    assert timing.long_pauses == ()  # the sentences are 1-2 s apart
    assert answer.voice is not None and answer.voice.voiced_seconds > 5


@pytest.fixture(scope="module")
def filler_answer(tmp_path_factory: pytest.TempPathFactory):
    """Five interview sentences read by espeak-ng: numbers, and "um"/"uh" where people say them."""
    sentences = [s for s in ANSWER_SENTENCES if count_fillers(s)][:5]
    text = " ".join(sentences)
    path = espeak(text, tmp_path_factory.mktemp("fillers") / "answer.wav")
    return text, load_audio(path)


def test_espeak_answer_with_numbers_and_fillers(transcriber, filler_answer) -> None:
    text, audio = filler_answer
    answer = analyze_audio(audio, transcriber)
    assert word_error_rate(text, answer.text, drop_fillers=True) <= 0.2, answer.text
    said_numbers = [w for w in normalise(text) if w.isdigit()]
    heard = normalise(answer.text)
    assert sum(n in heard for n in said_numbers) >= len(said_numbers) - 1, answer.text


def test_filler_prompt_keeps_fillers(transcriber, filler_answer) -> None:
    text, audio = filler_answer
    spoken = count_fillers(text)
    kept = count_fillers(analyze_audio(audio, transcriber, analyse_voice=False).text)
    dropped = count_fillers(
        analyze_audio(audio, transcriber, keep_fillers=False, analyse_voice=False).text
    )
    assert spoken >= 5
    assert kept >= spoken - 1  # measured here: all of them
    assert dropped < kept  # Whisper's habit without the prompt: measured here, none at all
