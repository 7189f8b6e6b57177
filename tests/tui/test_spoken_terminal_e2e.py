"""``mockint practice --mode speak`` in a real terminal (tmux) through the real PortAudio path:
ALSA's file plug-in (``../shared/audio/make-fake-mic``) plays JFK as the microphone, the real
faster-whisper model transcribes it, and the scored answer is in ``mockint history --json``.

The fake device is not paced by a clock: JFK's 11 s and then silence arrive as fast as they are
read, so the answer also shows the limit counted in samples: it ends by itself when the answer
time of audio has arrived, before the answer clock runs out.
"""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
import soundfile as sf

from ..conftest import FAKE_MIC, SPEECH_DIR
from .spoken_setup import JFK_WORDS, normalised
from .test_terminal_e2e import MOCKINT, Tmux, tmux  # noqa: F401  (tmux is a fixture)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux (installed by .ci/run)"),
    pytest.mark.skipif(shutil.which("sox") is None, reason="make-fake-mic needs sox (installed by .ci/run)"),
]
MODEL_AND_MACHINE_S = 300.0  # a hung app fails; a slow machine does not


def test_a_spoken_answer_from_the_question_to_the_history(tmux: Tmux, mockint_home: Path, tmp_path: Path, run_cli) -> None:
    mic = tmp_path / "mic"
    subprocess.run([str(FAKE_MIC), str(SPEECH_DIR / "jfk.flac"), str(mic)], check=True, capture_output=True)
    command = " ".join(
        [
            f"HOME={shlex.quote(str(mic))}",  # ALSA reads the fake microphone's .asoundrc from $HOME
            f"MOCKINT_HOME={shlex.quote(str(mockint_home))}",
            "TERM=xterm-256color",
            shlex.quote(str(MOCKINT)),
            "practice --bank behavioral --count 1 --think-seconds 0 --answer-seconds 20",
            "--mode speak --device fakemic --no-follow-ups",
        ]
    )
    tmux("new-session", "-d", "-s", "app", "-x", "100", "-y", "30", "sleep 900")
    tmux("respawn-pane", "-k", "-t", "app", command)
    tmux.wait_for("Question 1 of 1")
    text = tmux.wait_for("Overall ", timeout=MODEL_AND_MACHINE_S)  # 20 s of audio: it stops itself
    assert "/100" in text and "stopped at the answer's limit" in text, text
    tmux.leave_the_summary(within_s=30)

    history = run_cli("history", "--json")
    assert history.returncode == 0, history.stderr
    (session,) = json.loads(history.stdout)
    assert session["bank_id"] == "behavioral" and session["answer_count"] == 1
    assert session["mean_overall"] is not None and session["ended_at"]
    exported = run_cli("export", "latest", "--format", "json")
    assert exported.returncode == 0, exported.stderr
    (answer,) = json.loads(exported.stdout)["answers"]
    assert answer["mode"] == "spoken" and JFK_WORDS in normalised(answer["text"])
    recording = sf.info(answer["audio_path"])  # the time left when it started, and no more
    assert recording.samplerate == 16000 and 19.0 < recording.duration <= 20.0
