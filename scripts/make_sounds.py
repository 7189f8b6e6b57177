"""Write the app's two sound cues into assets/sounds/ (our own, made by code; deterministic).

    python scripts/make_sounds.py

- ``answer-start.wav``: two soft rising notes (E5 then A5), when the answer clock starts;
- ``time-nearly-up.wav``: three short higher pips, when 10 seconds of answer time are left.

Each note is a sine with a few quiet harmonics under a smooth attack/decay envelope, so it is
audible but never harsh; 16-bit mono PCM at 22,050 Hz.
"""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

RATE = 22_050
OUT = Path(__file__).resolve().parents[1] / "assets" / "sounds"


def note(frequency: float, seconds: float, *, level: float = 0.35) -> np.ndarray:
    t = np.arange(int(RATE * seconds)) / RATE
    tone = np.sin(2 * np.pi * frequency * t) + 0.25 * np.sin(4 * np.pi * frequency * t)
    tone += 0.1 * np.sin(6 * np.pi * frequency * t)
    attack = np.minimum(1.0, t / 0.01)
    decay = np.exp(-t * 6.0 / seconds)
    return level * tone / 1.35 * attack * decay


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(RATE * seconds))


def write_wav(path: Path, samples: np.ndarray) -> None:
    pcm = np.clip(samples, -1.0, 1.0)
    pcm = (pcm * 32767).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(pcm.tobytes())


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    start = np.concatenate([note(659.25, 0.16), silence(0.03), note(880.0, 0.28)])
    pip = note(1174.66, 0.09, level=0.3)
    nearly_up = np.concatenate([pip, silence(0.08), pip, silence(0.08), pip])
    write_wav(OUT / "answer-start.wav", start)
    write_wav(OUT / "time-nearly-up.wav", nearly_up)
    for name in ("answer-start.wav", "time-nearly-up.wav"):
        print(OUT / name)


if __name__ == "__main__":
    main()
