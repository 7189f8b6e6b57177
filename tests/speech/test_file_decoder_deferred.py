"""PyAV, faster-whisper's file decoder, is loaded only when a file is decoded: the app hands the
model arrays, and the import alone holds about 16 MB. Checked in a fresh interpreter, since other
tests in this process have decoded files already."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from mockint.speech.engines import load_transcriber
from mockint.speech.settings import SpeechSettings
from tests.speech.material import load

engine = load_transcriber(SpeechSettings())
loaded_before = "av.audio" in sys.modules
audio = load("jfk.flac")  # a FLAC file: only PyAV decodes it
text = engine.transcribe(audio).text
import av
print(json.dumps({"before": loaded_before, "after": "av.audio" in sys.modules,
                  "text": text, "real": hasattr(av, "open")}))
"""


def test_the_file_decoder_loads_on_first_use_and_then_works() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=REPO, capture_output=True, text=True, check=True, timeout=600
    )
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["before"] is False  # the model loaded without PyAV
    assert seen["after"] is True and seen["real"] is True  # decoding a file brought in the real one
    assert "ask not what your country can do for you" in seen["text"].lower()
