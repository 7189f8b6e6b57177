"""Speech material for the speech tests and ``benchmarks/transcribe.py``.

Real recordings from ``../shared/speech`` plus interview sentences spoken by espeak-ng (written
for these tests), with numbers and filler words, joined by pauses into answers of any length.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..conftest import SPEECH_DIR

RATE = 16_000

# An answer to "Tell me about a project you are proud of", with fillers where people put them.
ANSWER_SENTENCES = (
    "So, um, the project I am proudest of was a billing migration at my last company.",
    "We had 3 old systems and about 40 thousand customers on them.",
    "Uh, I owned the plan, and I led a team of 5 engineers.",
    "The situation was, um, pretty tense, because the old system failed twice a month.",
    "My task was to move everyone over in 6 months without losing a single invoice.",
    "First, uh, I mapped every data field and wrote 120 automated checks.",
    "Then we moved customers in small batches of 500, um, starting with our own staff.",
    "When a batch failed, we rolled it back within 10 minutes.",
    "In the end, uh, we finished 2 weeks early.",
    "Billing tickets dropped by 35 percent, and we saved about 80 thousand dollars a year.",
    "What I learned is that, um, small steps you can undo beat one big launch.",
    "Next time, uh, I would bring the support team in on day 1.",
)

FILLER_RE = re.compile(r"\b(?:u+m+|u+h+m*|h+m+|e+r+m*|a+h+|mm+)\b", re.IGNORECASE)


def count_fillers(text: str) -> int:
    return len(FILLER_RE.findall(text))


def normalise(text: str, *, drop_fillers: bool = False) -> list[str]:
    """Lower case words without punctuation; "40,000" -> "40000", "35%" -> "35 percent"."""
    text = text.lower().replace("%", " percent").replace("-", " ")
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    words = re.sub(r"[^a-z0-9' ]+", " ", text).split()
    if drop_fillers:
        words = [w for w in words if not FILLER_RE.fullmatch(w)]
    return words


def word_error_rate(reference: str, hypothesis: str, *, drop_fillers: bool = False) -> float:
    """(substitutions + deletions + insertions) / reference words, after :func:`normalise`."""
    ref = normalise(reference, drop_fillers=drop_fillers)
    hyp = normalise(hypothesis, drop_fillers=drop_fillers)
    row = list(range(len(hyp) + 1))
    for i, ref_word in enumerate(ref, 1):
        diagonal, row[0] = row[0], i
        for j, hyp_word in enumerate(hyp, 1):
            best = min(row[j] + 1, row[j - 1] + 1, diagonal + (ref_word != hyp_word))
            diagonal, row[j] = row[j], best
    return row[len(hyp)] / max(1, len(ref))


def reference_text(name: str) -> str:
    return (SPEECH_DIR / name).with_suffix(".txt").read_text(encoding="utf-8").strip()


def load(name_or_path: str | Path) -> np.ndarray:
    from mockint.speech.audio import load_audio

    path = Path(name_or_path)
    return load_audio(path if path.is_absolute() else SPEECH_DIR / path)


def espeak(text: str, path: Path, *, speed: int = 160) -> Path:
    """Speak ``text`` with espeak-ng (American English) into the WAV file ``path``."""
    subprocess.run(
        ["espeak-ng", "-v", "en-us", "-s", str(speed), "-w", str(path), text],
        check=True,
        capture_output=True,
    )
    return path


def room_noise(seconds: float, seed: int, level_dbfs: float = -62.0) -> np.ndarray:
    """Quiet hiss, as a microphone picks up between words (deterministic)."""
    rng = np.random.default_rng(seed)
    amplitude = 10 ** (level_dbfs / 20)
    return (rng.standard_normal(int(seconds * RATE)) * amplitude).astype(np.float32)


@dataclass
class Answer:
    audio: np.ndarray
    reference: str  # what was said
    fillers_spoken: int
    speech_end_s: float  # where the last word ends (the rest is trailing pause)
    long_pause_at: float  # where the long pause in the middle starts

    @property
    def seconds(self) -> float:
        return len(self.audio) / RATE


def build_answer(
    workdir: Path,
    *,
    target_s: float = 120.0,
    seed: int = 0,
    trailing_pause_s: float = 0.3,
    long_pause_s: float = 3.2,
) -> Answer:
    """An answer of about ``target_s`` seconds: real recordings and espeak-ng sentences, in an
    order and with pauses that depend on ``seed``; one pause of ``long_pause_s`` in the middle."""
    rng = np.random.default_rng(seed)
    pieces: list[tuple[np.ndarray, str]] = [
        (load("jfk.flac"), reference_text("jfk.flac")),
        (load("OSR_us_000_0034_8k.wav"), reference_text("OSR_us_000_0034_8k.wav")),
    ]
    for index, sentence in enumerate(ANSWER_SENTENCES):
        wav = workdir / f"sentence-{index}.wav"
        if not wav.exists():
            espeak(sentence, wav)
        pieces.append((load(wav), sentence))
    sentences = list(range(2, len(pieces)))
    order = [0] + [int(i) for i in rng.permutation(range(1, len(pieces)))]
    order += [int(i) for i in rng.permutation(sentences)] * 2  # more, if there is room
    audio: list[np.ndarray] = []
    said: list[str] = []
    total = 0.0
    middle = False
    long_pause_at = 0.0
    for index in order:
        samples, text = pieces[index]
        pause = float(rng.uniform(0.35, 1.2)) if audio else 0.8
        if not middle and total >= target_s / 2:
            pause, middle, long_pause_at = long_pause_s, True, total
        if total + pause + len(samples) / RATE > target_s - trailing_pause_s:
            continue
        audio += [room_noise(pause, seed * 1000 + len(audio)), samples]
        said.append(text)
        total += pause + len(samples) / RATE
    speech_end = total
    audio.append(room_noise(trailing_pause_s, seed + 7))
    noise = room_noise(sum(len(a) for a in audio) / RATE, seed + 9, -70.0)
    joined = np.concatenate(audio)
    joined = joined + noise[: len(joined)]
    text = " ".join(said)
    return Answer(joined.astype(np.float32), text, count_fillers(text), speech_end, long_pause_at)
