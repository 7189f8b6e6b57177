"""Quitting while an answer is being recorded: the clock and the recording pause behind the
dialog; "submit and quit" transcribes and saves the answer, "discard" drops it and its recording,
"cancel" goes on recording into the same take. The fake microphone plays real speech; the
transcriber is the real one."""

from __future__ import annotations

import pytest

from mockint.session.practice import Phase
from mockint.tui.screens.confirm import ChoiceScreen
from mockint.tui.screens.practice import PracticeScreen
from mockint.tui.screens.start import StartScreen
from mockint.tui.screens.summary import SummaryScreen

from .conftest import screen_text, settle
from .spoken_setup import (  # noqa: F401  (transcriber is a fixture)
    JFK_WORDS,
    jfk,
    normalised,
    speech_setup,
    spoken_practice,
    transcriber,
    wait_for,
)

pytestmark = pytest.mark.slow
SIZE = (100, 30)


async def open_quit_dialog(app, pilot, screen: PracticeScreen) -> None:
    await pilot.press("ctrl+q")
    await pilot.pause()
    assert isinstance(app.screen, ChoiceScreen)
    text = screen_text(app)
    for button in ("Submit this answer and quit", "Discard it and quit", "Cancel"):  # all three fit
        assert button in text
    assert screen.session.paused and screen.speech_panel.take is not None and screen.speech_panel.take.paused


async def test_cancel_goes_on_recording_then_submit_and_quit_transcribes_and_saves(
    build_app, store, clock, transcriber
) -> None:
    # 11 s of speech in about a second, then real-time silence: Ctrl+Q comes well inside the limit
    speech = speech_setup(jfk(), transcriber, pace_s=0.01, silence_pace_s=0.1)
    app = build_app(initial=spoken_practice(), speech=speech)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, PracticeScreen)
        take = screen.speech_panel.take
        assert take is not None and screen.session.phase is Phase.ANSWER
        await wait_for(pilot, lambda: take.seconds > 11.5, what="the speech recorded")
        clock.advance(20)
        await open_quit_dialog(app, pilot, screen)
        left = screen.session.time_left()
        at_dialog = take.seconds
        clock.advance(100)  # longer than the answer time: it does not count behind the dialog
        await pilot.pause(0.5)  # the screen's tick and the device run on meanwhile
        assert screen.session.time_left() == left and screen.session.phase is Phase.ANSWER
        assert take.seconds <= at_dialog + 0.2  # nothing more is written while the dialog is open

        await pilot.press("c")  # cancel: the same recording goes on, the clock too
        await pilot.pause()
        assert app.screen is screen and screen.speech_panel.take is take
        assert not take.paused and not screen.session.paused
        await wait_for(pilot, lambda: take.seconds >= at_dialog + 0.3, what="recording after cancel")
        clock.advance(5)
        assert screen.session.time_left() == left - 5

        await open_quit_dialog(app, pilot, screen)
        await pilot.press("s")  # submit this answer and quit
        await wait_for(pilot, lambda: isinstance(app.screen, SummaryScreen), what="the summary")
        await settle(app, pilot)
        assert "1 answered, 0 skipped" in screen_text(app)
    (session,) = store.list_sessions()
    (answer,) = store.get_session(session.id).answers
    assert answer.mode == "spoken" and JFK_WORDS in normalised(answer.text)
    assert answer.answer_s == pytest.approx(25.0)  # 20 s + 5 s: the dialog's 200 s never counted
    assert answer.audio_path == str(take.path) and take.path.is_file()
    assert session.ended_at is not None


async def test_discard_and_quit_drops_the_answer_and_its_recording(build_app, store, clock, transcriber) -> None:
    speech = speech_setup(jfk(), transcriber, pace_s=0.01, silence_pace_s=0.1)
    app = build_app(initial=spoken_practice(), speech=speech)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        take = screen.speech_panel.take
        assert take is not None
        await wait_for(pilot, lambda: take.seconds > 2, what="some speech recorded")
        await open_quit_dialog(app, pilot, screen)
        path = take.path
        await pilot.press("d")  # discard it and quit
        await settle(app, pilot)
        assert isinstance(app.screen, StartScreen)  # nothing was answered: no summary
        await wait_for(pilot, lambda: not path.exists(), what="the recording to be deleted")
    assert store.list_sessions() == []
