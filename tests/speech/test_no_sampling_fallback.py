"""Whisper decodes each window once, at temperature 0: no fallback to sampling at rising
temperatures when a window looks poor. That fallback made the same audio give different words
and cost six decodes; on this piece of the test answer (an espeak-ng sentence the model is unsure
of) it took 7 s of CPU instead of about 2."""

from __future__ import annotations

import logging

import numpy as np
import pytest

from mockint.speech.decoding import transcribe_covering

from .material import build_answer

SAMPLE_RATE = 16_000


@pytest.fixture(scope="module")
def unsure_piece(tmp_path_factory: pytest.TempPathFactory) -> np.ndarray:
    answer = build_answer(tmp_path_factory.mktemp("espeak-unsure"), target_s=120.0, seed=3)
    audio = answer.audio.astype(np.float32)
    if answer.audio.dtype == np.int16:
        audio /= 32768.0
    return audio[48 * SAMPLE_RATE : 72 * SAMPLE_RATE]


def test_a_window_the_model_is_unsure_of_is_decoded_once(transcriber, unsure_piece, caplog) -> None:
    with caplog.at_level(logging.DEBUG, logger="faster_whisper"):
        first = transcribe_covering(transcriber, unsure_piece, speech_end=len(unsure_piece) / SAMPLE_RATE - 0.3)
    judged = [r.getMessage() for r in caplog.records if "threshold is not met with temperature" in r.getMessage()]
    assert judged, "the model was sure of every window: this piece no longer tests the fallback"
    assert all("temperature 0.0 " in message for message in judged), judged  # never 0.2, 0.4, …
    again = transcribe_covering(transcriber, unsure_piece, speech_end=len(unsure_piece) / SAMPLE_RATE - 0.3)
    assert again.words == first.words  # the same audio, the same words
    assert "called his name many times" in first.text
