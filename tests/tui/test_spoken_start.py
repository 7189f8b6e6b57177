"""The start screen's "Speak": offered only with a usable microphone (else the reason), the input
device listed, chosen and remembered, the model loading in the background with its progress;
and ``mockint practice --mode speak`` from the shell."""

from __future__ import annotations

import ctypes.util
import sys
import threading

import numpy as np
from textual.widgets import RadioButton, Select

from mockint.speech import devices
from mockint.speech.devices import NO_MICROPHONE
from mockint.speech.microphone import SpeechSetup
from mockint.tui.screens.practice import PracticeScreen
from mockint.ui_state import load_ui_state

from ..conftest import FAKE_MIC as MAKE_FAKE_MIC
from ..conftest import SPEECH_DIR
from .conftest import screen_text, settle
from .spoken_setup import FAKE_MIC, OTHER_MIC, speech_setup, transcriber, wait_for  # noqa: F401  (transcriber is a fixture)
from .test_cli_app import one_line_error

SIZE = (100, 30)


def speak_reason(app) -> str:
    return str(app.screen.query_one("#speak-reason").render())


async def test_without_a_microphone_speak_is_disabled_with_the_reason(build_app) -> None:
    app = build_app(speech=speech_setup(None, devices=()))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        speak = app.screen.query_one("#mode-spoken", RadioButton)
        assert speak.disabled and not speak.value
        assert app.screen.query_one("#mode-typed", RadioButton).value
        assert speak_reason(app) == f"Speaking is not possible: {NO_MICROPHONE}"
        assert "Speaking is not possible: no" in screen_text(app)
        assert not app.screen.query_one("#device", Select).display
        assert app.model_state == "idle"  # nothing is loaded for nothing


async def test_without_portaudio_speak_is_disabled_with_the_reason(build_app, monkeypatch) -> None:
    # The real check on a machine without the PortAudio library: sounddevice cannot find it.
    monkeypatch.delitem(sys.modules, "sounddevice", raising=False)
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    app = build_app(speech=SpeechSetup())
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.screen.query_one("#mode-spoken", RadioButton).disabled
        reason = speak_reason(app)
        assert reason.startswith("Speaking is not possible: the PortAudio library is missing")
        assert "sudo apt install libportaudio2" in reason and "typed answers still work" in reason


async def test_speak_lists_devices_remembers_the_choice_and_loads_the_model_with_progress(
    build_app, transcriber
) -> None:
    release = threading.Event()

    def slow_load(settings):
        release.wait(10)  # the model takes its time: the screen shows the progress meanwhile
        return transcriber

    speech = speech_setup(np.zeros(0, np.int16), devices=(FAKE_MIC, OTHER_MIC), load_model=slow_load, pace_s=0.1)
    app = build_app(speech=speech)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        speak = screen.query_one("#mode-spoken", RadioButton)
        assert not speak.disabled and not screen.query_one("#speak-reason").display
        assert app.model_state == "idle"
        await pilot.click("#mode-spoken")
        assert speak.value
        await wait_for(pilot, lambda: app.model_state == "loading", what="the model loading")
        assert "Speech model: loading" in screen_text(app)
        select = screen.query_one("#device", Select)
        assert select.display and select.value == ""  # the system default
        listed = [str(prompt) for prompt, _ in select._options]
        assert listed == ["System default", "7: Fake USB microphone", "9: Desk microphone"]
        select.value = "Desk microphone"
        await settle(app, pilot)
        assert devices.remembered_input_device() == "Desk microphone"  # where `mockint devices` looks
        release.set()
        await wait_for(pilot, lambda: app.model_state == "ready", what="the model ready")
        assert "Speech model: ready" in screen_text(app)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        practice = app.screen
        assert isinstance(practice, PracticeScreen) and practice.options.mode == "spoken"
    state = load_ui_state()
    assert state.mode == "spoken" and state.input_device == "Desk microphone"

    again = build_app(speech=speech)
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        assert again.screen.query_one("#mode-spoken", RadioButton).value  # remembered
        assert again.screen.query_one("#device", Select).value == "Desk microphone"
        assert again.model_state != "idle"  # loading started with the remembered "speak"
        assert again.chosen_device() == "Desk microphone"


def test_practice_mode_speak_with_a_microphone_checks_the_device(run_cli, tmp_path) -> None:
    import subprocess

    mic = tmp_path / "mic"
    subprocess.run([str(MAKE_FAKE_MIC), str(SPEECH_DIR / "jfk.flac"), str(mic)], check=True, capture_output=True)
    env = {"HOME": str(mic)}  # ALSA reads the fake microphone's .asoundrc from $HOME
    line = one_line_error(run_cli("practice", "--bank", "behavioral", "--mode", "speak", "--device", "USB", env=env))
    assert line.startswith("mockint: no input device matches 'USB' (input devices: 0: fakemic")
    line = one_line_error(run_cli("practice", "--bank", "behavioral", "--mode", "speak", "--device", "fakemic", env=env))
    assert "needs an interactive terminal" in line  # the microphone was accepted
