"""Shared speech fixtures: one faster-whisper model per test session, espeak-ng material."""

from __future__ import annotations

from pathlib import Path

import pytest

from .material import Answer, build_answer


@pytest.fixture(scope="session")
def transcriber():
    """The default engine (bundled tiny.en, int8, 2 threads), loaded once for all tests."""
    from mockint.speech.engines import load_transcriber
    from mockint.speech.settings import SpeechSettings

    engine = load_transcriber(SpeechSettings())
    engine.warm_up()
    return engine


@pytest.fixture(scope="session")
def espeak_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("espeak")


@pytest.fixture(scope="session")
def two_minute_answer(espeak_dir: Path) -> Answer:
    """About 120 s: JFK, ten Harvard sentences and espeak-ng interview sentences, with pauses."""
    return build_answer(espeak_dir, target_s=120.0, seed=0)
