"""Pilot tests of the interviewer's voice: the think clock waits for the question to be read.

The speaker is a fake that "speaks" until the test lets it finish (a boundary: the real synthesis
is tested in tests/speech/test_tts.py); the clock is the fake clock; the cues go to a fake player.
"""

from __future__ import annotations

import threading
from pathlib import Path

from textual.widgets import Checkbox, Label

from mockint.session.options import SessionOptions
from mockint.session.practice import Phase
from mockint.speech.microphone import SpeechSetup
from mockint.speech.playback import PlaybackError, no_output
from mockint.speech.speaker import VoiceSettings
from mockint.tui.app import PracticeRequest
from mockint.tui.screens.practice import PracticeScreen
from mockint.tui.screens.start import StartScreen

from .conftest import settle, wait_until

SIZE = (100, 30)
PROUD = "Tell me about a project you are proud of."


class FakeSpeaker:
    """Speaks until :meth:`finish` (or :meth:`stop`); ``problem``: why it cannot, or None."""

    def __init__(self, problem: str | None = None, error: Exception | None = None) -> None:
        self.problem = problem
        self.error = error
        self.said: list[str] = []
        self.stops = 0
        self._done = threading.Event()

    def available(self) -> str | None:
        return self.problem

    def say(self, text: str) -> None:
        self.said.append(text)
        if self.error is not None:
            raise self.error
        self._done.wait(10)
        self._done.clear()

    def finish(self) -> None:
        self._done.set()

    def stop(self) -> None:
        self.stops += 1
        self._done.set()


class CuePlayer:
    """The sound device for the cues: records the files it was given."""

    def __init__(self, error: Exception | None = None) -> None:
        self.played: list[Path] = []
        self.error = error

    def play(self, path: Path) -> None:
        self.played.append(path)
        if self.error is not None:
            raise self.error

    def stop(self) -> None:
        pass


def voice_app(build_app, speaker, *, player=None, cues: bool | None = False, enabled: bool = True, **options):
    defaults = {"count": 2, "think_seconds": 5, "answer_seconds": 60, "shuffle": False}
    request = PracticeRequest("practice-demo", SessionOptions(**(defaults | options)))
    speech = SpeechSetup(list_devices=list, speaker=speaker, player=player or CuePlayer())
    return build_app(initial=request, speech=speech, voice=VoiceSettings(enabled=enabled, cues=cues))


def phase_label(app) -> str:
    return str(app.screen.query_one("#phase-label", Label).render())


async def test_the_think_clock_starts_only_when_the_question_has_been_read(build_app, clock) -> None:
    speaker = FakeSpeaker()
    app = voice_app(build_app, speaker)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: speaker.said, what="the question to be spoken")
        screen = app.screen
        assert isinstance(screen, PracticeScreen)
        assert speaker.said == [PROUD]
        clock.advance(30)  # far more than the think time, while the voice is still speaking
        await pilot.pause(0.3)  # a tick of the screen's 0.2 s interval
        assert screen.session.phase is Phase.THINK and screen.session.time_left() == 5
        assert screen.reading_aloud and phase_label(app) == "LISTEN"
        await pilot.press("escape", "enter")  # pause and answer-now wait for the voice too
        assert screen.session.phase is Phase.THINK and screen.reading_aloud
        speaker.finish()
        await settle(app, pilot)
        assert not screen.reading_aloud and not screen.session.paused
        assert phase_label(app) == "THINK"
        clock.advance(2)
        await wait_until(pilot, lambda: screen.session.time_left() == 3, what="the think clock to run")
        clock.advance(3)
        await wait_until(pilot, lambda: screen.session.phase is Phase.ANSWER, what="the answer clock")


async def test_the_next_question_is_read_too_and_a_skip_stops_the_voice(build_app, clock) -> None:
    speaker = FakeSpeaker()
    app = voice_app(build_app, speaker)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: speaker.said, what="the first question to be spoken")
        await pilot.press("ctrl+n")  # skip while it is being read
        await wait_until(pilot, lambda: len(speaker.said) == 2, what="the second question to be spoken")
        screen = app.screen
        assert speaker.stops == 1
        assert speaker.said[1] == screen.session.current.question.text != PROUD
        assert screen.session.number == 2
        # The speaker is called from the voice worker; the screen hears of it by a message.
        await wait_until(pilot, lambda: screen.reading_aloud, what="the screen to know it is being read")
        speaker.finish()
        await settle(app, pilot)
        assert not screen.reading_aloud and not screen.session.paused


async def test_without_espeak_one_notice_and_the_session_goes_on_silently(build_app, clock) -> None:
    speaker = FakeSpeaker(problem="espeak-ng is not installed (Debian/Ubuntu: sudo apt install espeak-ng)")
    app = voice_app(build_app, speaker)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert speaker.said == [] and not screen.reading_aloud
        notes = [str(n.message) for n in app._notifications]
        assert notes == ["Questions are not read aloud: espeak-ng is not installed (Debian/Ubuntu: sudo apt install espeak-ng)."]
        clock.advance(5)
        await wait_until(pilot, lambda: screen.session.phase is Phase.ANSWER, what="the answer clock")


async def test_no_sound_output_releases_the_clock_with_one_notice(build_app, clock) -> None:
    speaker = FakeSpeaker(error=PlaybackError("no sound output to play the recording on (no default output device)"))
    app = voice_app(build_app, speaker)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert not screen.reading_aloud and not screen.session.paused
        notes = [str(n.message) for n in app._notifications]
        assert len(notes) == 1 and notes[0].startswith("Questions are not read aloud: no sound output")
        await pilot.press("ctrl+n")  # the next question is not tried again
        await settle(app, pilot)
        assert len(speaker.said) == 1 and not screen.reading_aloud


async def test_the_cues_sound_when_the_answer_clock_starts_and_at_ten_seconds(build_app, clock) -> None:
    speaker, player = FakeSpeaker(), CuePlayer()
    app = voice_app(build_app, speaker, player=player, cues=True, count=1, answer_seconds=30)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: speaker.said, what="the question to be spoken")
        speaker.finish()
        await settle(app, pilot)
        assert player.played == []  # thinking: no cue yet
        clock.advance(5)
        await wait_until(pilot, lambda: player.played, what="the answer-start cue")
        assert [p.name for p in player.played] == ["answer-start.wav"]
        clock.advance(15)
        await pilot.pause(0.3)
        assert len(player.played) == 1  # 15 s left: nothing yet
        clock.advance(6)
        await wait_until(pilot, lambda: len(player.played) == 2, what="the nearly-up cue")
        assert player.played[1].name == "time-nearly-up.wav" and player.played[1].is_file()
        clock.advance(1)
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        assert len(player.played) == 2  # once each


async def test_the_cues_sound_with_the_voice_off_when_cues_are_on(build_app, clock) -> None:
    speaker, player = FakeSpeaker(), CuePlayer()
    app = voice_app(build_app, speaker, player=player, enabled=False, cues=True, count=1, answer_seconds=30)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, PracticeScreen) and not screen.reading_aloud
        assert phase_label(app) == "THINK" and player.played == []
        clock.advance(5)
        await wait_until(pilot, lambda: player.played, what="the answer-start cue")
        assert [p.name for p in player.played] == ["answer-start.wav"] and player.played[0].is_file()
        clock.advance(21)
        await wait_until(pilot, lambda: len(player.played) == 2, what="the nearly-up cue")
        assert player.played[1].name == "time-nearly-up.wav"
        assert speaker.said == []  # the question was not read aloud
        assert list(app._notifications) == []


async def test_unset_cues_follow_the_voice(build_app, clock) -> None:
    player = CuePlayer()
    app = voice_app(build_app, FakeSpeaker(), player=player, enabled=False, cues=None, count=1, think_seconds=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.screen.session.phase is Phase.ANSWER
        clock.advance(55)
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        assert player.played == []  # a user who never set cues hears nothing new without the voice


async def test_no_sound_device_for_the_cues_is_one_notice_and_cues_can_be_off(build_app, clock) -> None:
    player = CuePlayer(error=no_output(Path("/cue.wav"), "no default output device"))
    app = voice_app(build_app, FakeSpeaker(), player=player, enabled=False, cues=True, count=1, think_seconds=0)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.screen.cues_silenced, what="the failed cue")
        assert len(player.played) == 1
        clock.advance(55)
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        assert len(player.played) == 1 and app.screen.session.phase is Phase.ANSWER
        notes = [str(n.message) for n in app._notifications]
        assert notes == ["Sound cues are not played: no sound output to play them on (no default output device)."]
    quiet = CuePlayer()
    app = voice_app(build_app, FakeSpeaker(problem="off"), player=quiet, cues=False, count=1, think_seconds=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        clock.advance(55)
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        assert quiet.played == []


async def test_the_start_screen_toggle_turns_the_voice_on_for_the_session(build_app, clock) -> None:
    speaker = FakeSpeaker()
    app = build_app(speech=SpeechSetup(list_devices=list, speaker=speaker, player=CuePlayer()))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, StartScreen)
        toggle = app.screen.query_one("#voice", Checkbox)
        assert toggle.value is False and app.voice.enabled is False  # off by default
        await pilot.click("#voice")
        await pilot.pause()
        assert toggle.value is True and app.voice.enabled is True
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: speaker.said, what="the first question to be spoken")
        assert isinstance(app.screen, PracticeScreen) and app.screen.reading_aloud
        speaker.finish()
        await settle(app, pilot)


async def test_the_toggle_is_greyed_out_with_the_reason_without_espeak(build_app) -> None:
    app = build_app(speech=SpeechSetup(list_devices=list, speaker=FakeSpeaker(problem="espeak-ng is not installed")))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.screen.query_one("#voice", Checkbox).disabled
        reason = str(app.screen.query_one("#voice-reason").render())
        assert reason == "Questions cannot be read aloud: espeak-ng is not installed"
