"""The extra engine: OpenAI's PyTorch Whisper, from a ``.pt`` checkpoint or a name in its cache.

Install with ``pip install 'mockint[openai-whisper]'`` (CPU torch first). Audio is passed as an
array, so Whisper never shells out to ``ffmpeg``; names are looked up in Whisper's own cache
folder and never downloaded.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mockint.speech.engines import TEMPERATURE, language_option, warm_up_audio
from mockint.speech.errors import ModelError, SpeechError, first_line
from mockint.speech.settings import SpeechSettings
from mockint.speech.transcript import Transcript, transcript_from_raw

if TYPE_CHECKING:
    import numpy as np

DEFAULT_MODEL = "tiny.en"


def _import_whisper() -> Any:
    try:
        import whisper
    except ImportError:
        raise ModelError(
            "the openai-whisper engine is not installed: pip install 'mockint[openai-whisper]' "
            "(or use --engine faster-whisper)"
        ) from None
    return whisper


def whisper_cache_dir() -> Path:
    """Where openai-whisper keeps downloaded models (``$XDG_CACHE_HOME/whisper``)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "whisper"


def resolve_checkpoint(whisper: Any, model: str) -> tuple[Path, str | None]:
    """``(checkpoint file, official name or None)`` for a ``.pt`` path or a cached model name."""
    if model in whisper.available_models():
        path = whisper_cache_dir() / os.path.basename(whisper._MODELS[model])
        if not path.is_file():
            raise ModelError(
                f"openai-whisper model {model!r} is not on this machine (expected {path}) and "
                "mockint never downloads: give a .pt checkpoint with --model FILE"
            )
        return path, model
    path = Path(model).expanduser()
    if not path.exists():
        raise ModelError(f"{path}: no such Whisper checkpoint (.pt file or model name)")
    if not path.is_file():
        raise ModelError(f"{path}: not a Whisper checkpoint file (.pt)")
    return path, None


class OpenAIWhisperTranscriber:
    engine = "openai-whisper"

    def __init__(self, settings: SpeechSettings) -> None:
        whisper = _import_whisper()
        import torch

        self._whisper = whisper
        self.model_label = settings.model or DEFAULT_MODEL
        path, official_name = resolve_checkpoint(whisper, self.model_label)
        torch.set_num_threads(settings.threads)
        try:
            self._model = whisper.load_model(str(path), device="cpu")
        except Exception as exc:  # noqa: BLE001 - torch raises many types for a bad file
            raise ModelError(f"{path}: cannot load the Whisper checkpoint: {first_line(exc)}") from None
        if official_name is not None:
            # load_model only knows the alignment heads when it resolves the name itself.
            self._model.set_alignment_heads(whisper._ALIGNMENT_HEADS[official_name])
        self._language = language_option(settings)
        self._beam_size = settings.beam_size

    def transcribe(
        self, audio: np.ndarray, *, prompt: str | None = None, speech_end: float | None = None
    ) -> Transcript:
        options: dict[str, Any] = {"beam_size": self._beam_size} if self._beam_size > 1 else {}
        try:
            result = self._whisper.transcribe(
                self._model,
                audio,
                language=self._language,
                temperature=TEMPERATURE,
                word_timestamps=True,
                initial_prompt=prompt,
                condition_on_previous_text=True,
                fp16=False,
                verbose=None,
                **options,
            )
        except Exception as exc:  # noqa: BLE001 - a decoding failure, reported in one line
            raise SpeechError(f"openai-whisper could not transcribe: {first_line(exc)}") from None
        return transcript_from_raw(
            (raw["word"], raw["start"], raw["end"], raw.get("probability"))
            for segment in result["segments"]
            for raw in segment.get("words", ())
        )

    def warm_up(self) -> None:
        self.transcribe(warm_up_audio())
