"""The openai-whisper engine through its real loading and transcription code.

Its real weights are not reachable offline, so the test builds a small randomly initialised
checkpoint in the format ``whisper.load_model`` reads. Random weights transcribe garbage: the
test checks that the pipeline runs and what it returns, not the words.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest
import soundfile as sf

from mockint.scoring.model import Word
from mockint.speech.analysis import analyze_audio
from mockint.speech.engines import load_transcriber
from mockint.speech.errors import ModelError
from mockint.speech.settings import SpeechSettings
from mockint.speech.transcript import Transcript

from .material import load

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import torch
    from whisper.model import ModelDimensions, Whisper

    torch.manual_seed(0)
    dims = ModelDimensions(
        n_mels=80,
        n_audio_ctx=1500,  # 30 s of audio, as every Whisper
        n_audio_state=64,
        n_audio_head=2,
        n_audio_layer=1,
        n_vocab=51864,  # the English-only vocabulary
        n_text_ctx=32,  # short, so random decoding stops soon
        n_text_state=64,
        n_text_head=2,
        n_text_layer=1,
    )
    model = Whisper(dims)
    # Whisper leaves the text positional embedding uninitialised (torch.empty: whatever is in
    # memory, sometimes NaN); real checkpoints overwrite it, so give it seeded values too.
    torch.nn.init.normal_(model.decoder.positional_embedding, std=0.02)
    path = tmp_path_factory.mktemp("whisper") / "tiny-random.pt"
    torch.save({"dims": asdict(dims), "model_state_dict": model.state_dict()}, path)
    return path


def test_loads_and_transcribes_through_the_real_pipeline(checkpoint: Path) -> None:
    engine = load_transcriber(SpeechSettings(engine="openai-whisper", model=str(checkpoint)))
    assert engine.engine == "openai-whisper" and engine.model_label == str(checkpoint)
    audio = load("jfk.flac")[: 3 * 16000]  # random weights: keep the garbage short
    transcript = engine.transcribe(audio, prompt="Um, uh, hmm, er, ah.")
    assert isinstance(transcript, Transcript)
    assert transcript.words  # word timestamps came through Whisper's alignment
    assert all(isinstance(w, Word) and w.text == w.text.strip() and w.text for w in transcript.words)
    assert all(0.0 <= w.start <= w.end <= 30.0 for w in transcript.words)
    assert all(w.probability is None or 0.0 <= w.probability <= 1.0 for w in transcript.words)

    answer = analyze_audio(audio, engine, analyse_voice=False)  # the whole pipeline on it
    assert answer.text == " ".join(w.text for w in answer.words)
    assert answer.audio_s == pytest.approx(3.0)


def test_cli_with_the_checkpoint(run_cli, checkpoint: Path, tmp_path: Path) -> None:
    clip = tmp_path / "clip.flac"
    sf.write(clip, load("jfk.flac")[: 3 * 16000], 16000)
    result = run_cli("transcribe", clip, "--engine", "openai-whisper", "--model", checkpoint, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["engine"] == "openai-whisper" and data["model"] == str(checkpoint)
    assert isinstance(data["words"], list) and isinstance(data["text"], str)
    assert all({"word", "start", "end", "probability"} <= set(w) for w in data["words"])


def test_broken_checkpoint(tmp_path: Path) -> None:
    bad = tmp_path / "model.pt"
    bad.write_bytes(b"not a torch file")
    with pytest.raises(ModelError) as caught:
        load_transcriber(SpeechSettings(engine="openai-whisper", model=str(bad)))
    assert str(caught.value).startswith(f"{bad}: cannot load the Whisper checkpoint")
    assert "\n" not in str(caught.value)
    with pytest.raises(ModelError, match="no such Whisper checkpoint"):
        load_transcriber(SpeechSettings(engine="openai-whisper", model=str(tmp_path / "x.pt")))
