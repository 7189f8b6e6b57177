"""Replaying a spoken answer's recording from the review screen (the speakers are injectable)."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import soundfile as sf

from mockint import paths
from mockint.speech.playback import no_output
from mockint.tui.screens.session_detail import SessionDetailScreen

from ..conftest import FAKE_MIC, SPEECH_DIR
from .conftest import settle
from .spoken_setup import FakePlayer, speech_setup, wait_for
from .test_review import PROUD, messages, open_newest_session
from .test_review_data import STRONG_ANSWER, T0, scored_card

SIZE = (100, 30)


def recording(name: str = "answer-1.wav", seconds: float = 0.5):
    path = paths.ensure_private_dir(paths.recordings_dir()) / name
    sf.write(str(path), np.zeros(int(seconds * 16000), np.int16), 16000, subtype="PCM_16")
    return path


def save_answers(store, audio_paths) -> int:
    """A session whose answers have these recordings (None: a typed answer)."""
    session_id = store.start_session(bank_id="practice-demo", bank_title="Practice demo", settings={}, started_at=T0)
    card = scored_card(PROUD, STRONG_ANSWER)
    for audio in audio_paths:
        store.add_answer(session_id, question_id="proud", question_text=PROUD, text=STRONG_ANSWER,
                         mode="typed" if audio is None else "spoken", card=card, audio_path=audio, ended_at=T0)
    return session_id


async def test_space_plays_the_current_answers_recording_and_space_again_stops_it(build_app, store) -> None:
    first, second = recording("answer-1.wav"), recording("answer-2.wav")
    save_answers(store, [first, second])
    player = FakePlayer(block=True)
    app = build_app(initial="review", speech=speech_setup(None, player=player))
    async with app.run_test(size=SIZE) as pilot:
        await open_newest_session(app, pilot)
        screen = app.screen
        assert isinstance(screen, SessionDetailScreen)
        await pilot.press("n", "space")  # the second answer
        await wait_for(pilot, lambda: player.played, what="the player to start")
        assert player.played == [second] and screen.playing is player
        assert "Playing answer 2's recording (Space stops)." in messages(app)
        await pilot.press("space")
        await settle(app, pilot)
        assert player.stops == 1 and screen.playing is None
        assert not [m for m in messages(app) if "Cannot play" in m]


async def test_a_deleted_recording_or_a_typed_answer_is_explained(build_app, store) -> None:
    gone = recording("answer-gone.wav")
    save_answers(store, [gone, None])
    gone.unlink()
    player = FakePlayer()
    app = build_app(initial="review", speech=speech_setup(None, player=player))
    async with app.run_test(size=SIZE) as pilot:
        await open_newest_session(app, pilot)
        await pilot.press("space")
        await settle(app, pilot)
        assert f"the recording {gone} is gone (deleted or moved), so it cannot be played" in messages(app)
        await pilot.press("n", "space")
        await settle(app, pilot)
        assert "this answer has no recording (it was typed)" in messages(app)
        assert player.played == [] and app.screen.playing is None


async def test_no_sound_output_is_explained(build_app, store) -> None:
    class NoSpeakers(FakePlayer):
        """What SoundDevicePlayer raises when PortAudio has no output device (checked below)."""

        def play(self, path):
            raise no_output(path, "Error querying device -1")

    audio = recording()
    save_answers(store, [audio])
    app = build_app(initial="review", speech=speech_setup(None, player=NoSpeakers()))
    async with app.run_test(size=SIZE) as pilot:
        await open_newest_session(app, pilot)
        await pilot.press("space")
        await settle(app, pilot)
        assert any(m.startswith("no sound output to play the recording on") for m in messages(app))
        assert app.screen.playing is None


PLAY = (
    "import sys; from pathlib import Path; from mockint.speech.playback import SoundDevicePlayer\n"
    "try:\n    SoundDevicePlayer().play(Path(sys.argv[1])); print('played')\n"
    "except Exception as exc:\n    print(type(exc).__name__, exc)\n"
)


def test_the_sounddevice_player_plays_or_says_there_is_no_output(tmp_path) -> None:
    """The real player through PortAudio, in subprocesses (PortAudio reads ALSA's set-up once):
    ALSA's null output (the fake microphone's .asoundrc) plays; an input-only set-up cannot."""
    audio = tmp_path / "answer.wav"
    sf.write(str(audio), np.zeros(8000, np.int16), 16000, subtype="PCM_16")
    mic = tmp_path / "mic"
    subprocess.run([str(FAKE_MIC), str(SPEECH_DIR / "jfk.flac"), str(mic)], check=True, capture_output=True)
    no_output = tmp_path / "no-output"
    no_output.mkdir()
    (no_output / ".asoundrc").write_text('pcm.!default {\n type asym\n playback.pcm "nowhere"\n capture.pcm "null"\n}\n')
    results = {}
    for name, home in (("null", mic), ("none", no_output)):
        proc = subprocess.run([sys.executable, "-c", PLAY, str(audio)], capture_output=True, text=True,
                              timeout=60, env={"HOME": str(home), "PATH": "/usr/bin:/bin"})
        results[name] = proc.stdout.strip()
    assert results["null"] == "played"
    assert results["none"].startswith("PlaybackError no sound output to play the recording on (")
    assert str(audio) in results["none"]

