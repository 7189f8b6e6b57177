"""The dropped-ending guard: when Whisper stops before the detected end of speech, the tail is
decoded again. The engine is replaced by a scripted one here: the guard's own logic is under test
(the real engine runs through it in every other transcription test)."""

from __future__ import annotations

import numpy as np

from mockint.scoring.model import Word
from mockint.speech.decoding import transcribe_covering
from mockint.speech.prompting import FILLER_PROMPT, build_prompt
from mockint.speech.transcript import Transcript

RATE = 16000


class ScriptedEngine:
    engine = "scripted"
    model_label = "scripted"

    def __init__(self, *answers: tuple[Word, ...]) -> None:
        self.answers = list(answers)
        self.calls: list[tuple[int, str | None, float | None]] = []

    def transcribe(self, audio, *, prompt=None, speech_end=None) -> Transcript:
        self.calls.append((len(audio), prompt, speech_end))
        return Transcript(self.answers.pop(0))

    def warm_up(self) -> None:
        pass


def test_dropped_ending_is_decoded_again() -> None:
    audio = np.zeros(6 * RATE, np.float32)
    first = (Word("So", 0.2, 0.5), Word("we", 0.6, 0.8), Word("shipped", 0.9, 2.0))
    tail = (Word("shipped", 0.0, 0.2), Word("it", 0.3, 0.5), Word("early.", 0.6, 1.4))
    engine = ScriptedEngine(first, tail)
    result = transcribe_covering(engine, audio, previous_text="Earlier text.", speech_end=5.0)
    assert [w.text for w in result.words] == ["So", "we", "shipped", "it", "early."]
    assert result.words[-1].start == 1.8 + 0.6 and result.words[-1].end == 1.8 + 1.4
    (_, prompt1, end1), (length2, prompt2, end2) = engine.calls
    assert prompt1 == f"{FILLER_PROMPT} Earlier text." and end1 == 5.0
    assert length2 == 6 * RATE - int(1.8 * RATE)  # from just before the last word found ends
    assert prompt2 == build_prompt("Earlier text. So we shipped") and end2 == 5.0 - 1.8


def test_no_second_call_when_the_speech_is_covered() -> None:
    audio = np.zeros(4 * RATE, np.float32)
    engine = ScriptedEngine((Word("Yes.", 0.1, 2.6),))
    assert transcribe_covering(engine, audio, speech_end=3.4).text == "Yes."
    assert len(engine.calls) == 1
    engine = ScriptedEngine((Word("Yes.", 0.1, 2.6),))
    transcribe_covering(engine, audio, speech_end=None)
    assert len(engine.calls) == 1


def test_prompt_is_short() -> None:
    prompt = build_prompt(" ".join(f"w{i}" for i in range(200)))
    assert prompt.startswith(FILLER_PROMPT) and prompt.endswith("w199")
    assert len(prompt.split()) == len(FILLER_PROMPT.split()) + 24
    assert build_prompt("", keep_fillers=False) is None
    assert build_prompt("we shipped", keep_fillers=False) == "we shipped"
