"""Spoken answers in the practice app: a fake microphone playing real speech, the real recorder
and the real faster-whisper transcriber, driven with Pilot.

Pilot waits for the process to go idle after each key, so keys are pressed while the fake
microphone delivers quietly (real-time silence) or once speech is fully delivered.
"""

from __future__ import annotations

import stat
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from textual import events

from mockint.session.practice import Phase
from mockint.speech.errors import ModelError
from mockint.tui.messages import MicrophoneLevel, PartialTranscript
from mockint.tui.screens.practice import PracticeScreen
from mockint.tui.screens.start import StartScreen
from mockint.tui.widgets.level_meter import LevelMeter
from mockint.tui.widgets.score_card import ScoreCardView

from .conftest import screen_text, settle
from .spoken_setup import (  # noqa: F401  (transcriber is a fixture)
    JFK_WORDS,
    jfk,
    jfk_twice,
    normalised,
    speech_setup,
    spoken_practice,
    transcriber,
    wait_for,
)

pytestmark = pytest.mark.slow
SIZE = (100, 30)
SILENCE = np.zeros(0, np.int16)  # the fake microphone then delivers silence, block after block
TYPED = "I led 4 people and cut costs by 20% in 3 months."


async def wait_for_card(app, pilot) -> None:
    await wait_for(pilot, lambda: app.screen.query(ScoreCardView), what="the score card")
    await settle(app, pilot)


def live_transcript(app) -> str:
    return str(app.screen.query_one("#live-transcript").render())


def notice(app) -> str:
    return str(app.screen.query_one("#speech-notice").render())


async def type_and_submit(app, pilot, text: str) -> None:
    app.post_message(events.Paste(text))  # as a terminal's bracketed paste delivers it
    await pilot.pause()
    await pilot.press("ctrl+s")


def only_answer(store):
    (session,) = store.list_sessions()
    (answer,) = store.get_session(session.id).answers
    return answer


async def test_a_spoken_answer_shows_levels_and_words_live_and_ends_in_a_saved_score_card(
    build_app, store, clock, transcriber
) -> None:
    posted: list[float] = []

    def hook(message) -> None:
        if isinstance(message, MicrophoneLevel):
            posted.append(message.dbfs)

    # 24 s of speech in 2.4 s, then silence in real time: the 60 s limit is far off when Ctrl+S comes
    speech = speech_setup(jfk_twice(), transcriber, pace_s=0.01, silence_pace_s=0.1)
    app = build_app(initial=spoken_practice(think_seconds=30), speech=speech)
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        screen = app.screen
        assert isinstance(screen, PracticeScreen)
        # The model loads and warms up while the question is read; the microphone waits.
        await wait_for(pilot, lambda: app.model_state == "ready", what="the model")
        assert screen.speech_panel.take is None and "microphone starts with the answer clock" in screen_text(app)
        assert "Speech model: ready" in screen_text(app)
        meter = screen.query_one(LevelMeter)
        shown: list[float] = []
        screen.watch(meter, "level", lambda level: shown.append(level), init=False)
        clock.advance(3)
        await pilot.press("enter")  # answer now: the answer clock starts, and the recording
        take = screen.speech_panel.take
        assert take is not None and screen.session.phase is Phase.ANSWER
        # Words appear while the answer is still being recorded.
        await wait_for(pilot, lambda: JFK_WORDS in normalised(live_transcript(app)), what="words")
        assert screen.speech_panel.take is take and screen.session.phase is Phase.ANSWER and take.seconds < 60
        await wait_for(pilot, lambda: take.seconds > 25, what="all the speech recorded")
        assert "Recording" in screen_text(app) and "Fake USB microphone" in screen_text(app)
        clock.advance(30)
        await pilot.press("ctrl+s")
        await wait_for_card(app, pilot)
        card = screen.query_one(ScoreCardView)
        assert normalised(card.answer_text).count(JFK_WORDS) == 2
        assert "Overall " in screen_text(app)
        spoken = str(card.query_one(".score-card--spoken").render())
        assert spoken.startswith("How you spoke") and "words/min" in spoken and "over 2.5 s" in spoken
        assert "first word" in spoken and "Voice: pitch range" in spoken and "loudness range" in spoken
    assert len(posted) >= 20 and max(posted) > -30  # levels were posted all along ...
    assert max(shown) > -30 and min(shown) < -60  # ... and the meter showed speech, then silence

    answer = only_answer(store)
    assert answer.mode == "spoken" and normalised(answer.text).count(JFK_WORDS) == 2
    assert answer.think_s == pytest.approx(3.0) and answer.answer_s == pytest.approx(30.0)
    assert answer.words and answer.words[0].start < 1.0 and answer.words[-1].end > 22.0
    path = Path(answer.audio_path)
    assert path.is_file() and stat.S_IMODE(path.stat().st_mode) == 0o600
    info = sf.info(str(path))
    assert info.samplerate == 16000 and info.duration > 25.0
    metrics = answer.card.metrics
    assert 60 < metrics["wpm"] < 200 and metrics["latency_s"] < 1.5 and "pauses_over_2_5s" in metrics
    assert answer.card.criterion("enthusiasm").metrics["pitch_range_semitones"] > 0


async def test_pause_stops_recording_into_the_same_file_and_skip_deletes_it(build_app, store, transcriber) -> None:
    app = build_app(initial=spoken_practice(), speech=speech_setup(SILENCE, transcriber, pace_s=0.1))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        take = screen.speech_panel.take
        assert take is not None  # --think-seconds 0: recording from the start
        await wait_for(pilot, lambda: take.seconds >= 0.5, what="some recording")
        await pilot.press("escape")
        assert take.paused and "PAUSED" in screen_text(app) and "Paused" in screen_text(app)
        at_pause = take.seconds
        await pilot.pause(0.6)
        assert take.seconds <= at_pause + 0.2  # the device runs on; nothing more is written
        await pilot.press("escape")
        assert not take.paused and screen.speech_panel.take is take  # the same recording goes on
        await wait_for(pilot, lambda: take.seconds >= at_pause + 0.4, what="recording after the pause")
        path = take.path
        assert path.is_file()
        await pilot.press("ctrl+n")
        await settle(app, pilot)
        assert isinstance(app.screen, StartScreen)  # the only question was skipped
        await wait_for(pilot, lambda: not path.exists(), what="the recording to be deleted")
    assert store.list_sessions() == []


async def test_a_lost_microphone_is_reported_and_what_was_recorded_is_kept_and_scored(
    build_app, store, clock, transcriber
) -> None:
    speech = speech_setup(jfk(), transcriber, lose_after_blocks=80)  # unplugged after 8 s
    app = build_app(initial=spoken_practice(), speech=speech)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.speech_panel.state == "error", what="the loss to be noticed")
        said = notice(app)
        assert "The microphone stopped" in said and "8.0 s recorded so far are kept in" in said
        assert "Ctrl+S: score what was recorded" in said and "Ctrl+O: type this answer instead" in said
        assert "Recording stopped" in screen_text(app)
        clock.advance(60)  # the answer clock runs out: what was recorded is scored
        await wait_for_card(app, pilot)
        assert JFK_WORDS in normalised(screen.query_one(ScoreCardView).answer_text)
        assert "The microphone stopped" in str(screen.query_one("#result-status").render())
    answer = only_answer(store)
    assert answer.mode == "spoken" and JFK_WORDS in normalised(answer.text) and answer.answer_s == 60
    assert sf.info(answer.audio_path).duration == pytest.approx(8.0)


async def test_type_instead_keeps_the_recording_with_the_typed_answer(build_app, store, transcriber) -> None:
    app = build_app(initial=spoken_practice(), speech=speech_setup(SILENCE, transcriber, pace_s=0.1))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        take = screen.speech_panel.take
        await wait_for(pilot, lambda: take.seconds >= 0.5, what="some recording")
        await pilot.press("ctrl+o")
        assert screen.speech_panel.take is None and screen.speech_panel.typing_instead
        assert app.focused is screen.query_one("#answer") and "recording is kept" in notice(app)
        assert not screen.query_one("#speech-recording").display  # only the notice is left
        await type_and_submit(app, pilot, TYPED)
        await wait_for_card(app, pilot)
        assert "Your recording is kept with this answer" in str(screen.query_one("#result-status").render())
    answer = only_answer(store)
    assert answer.mode == "typed" and answer.text == TYPED and answer.words is None
    assert Path(answer.audio_path) == take.path and take.path.is_file()


async def test_a_missing_model_keeps_the_recording_and_the_answer_can_be_typed(build_app, store) -> None:
    def missing_model(settings):
        raise ModelError("/models/nope: no such model folder (see `mockint transcribe --help`)")

    speech = speech_setup(jfk(), load_model=missing_model, pace_s=0.1)
    app = build_app(initial=spoken_practice(count=2), speech=speech)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        take = screen.speech_panel.take
        assert take is not None  # the answer did not wait for the model
        await wait_for(pilot, lambda: app.model_state == "failed", what="the model to fail")
        await pilot.pause()
        assert "speech model could not load" in notice(app) and "/models/nope" in notice(app)
        assert "Speech model: failed" in screen_text(app)
        await wait_for(pilot, lambda: take.seconds >= 1.5, what="some speech recorded")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: screen.speech_panel.failed_recording is not None, what="the failure")
        status = str(screen.query_one("#result-status").render())
        assert "could not be scored" in status and "/models/nope" in status and str(take.path) in status
        assert take.path.is_file()
        assert "Ctrl+O: type this answer instead" in screen_text(app)
        await pilot.press("ctrl+o")  # the same question again, typed, with a fresh answer clock
        assert screen.session.phase is Phase.ANSWER and screen.session.number == 1
        assert app.focused is screen.query_one("#answer")
        await type_and_submit(app, pilot, TYPED)
        await wait_for_card(app, pilot)
        await pilot.press("enter")  # question 2 starts typed: the model is not there
        await pilot.pause()
        assert screen.session.number == 2 and screen.speech_panel.typing_instead and screen.speech_panel.take is None
        assert "speech model is not available" in notice(app)
    answer = only_answer(store)
    assert answer.mode == "typed" and answer.text == TYPED and Path(answer.audio_path) == take.path


async def test_no_microphone_mid_session_falls_back_to_typing(build_app, store, transcriber) -> None:
    app = build_app(initial=spoken_practice(), speech=speech_setup(None, transcriber, devices=()))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert screen.speech_panel.take is None and screen.speech_panel.typing_instead
        assert "Cannot record: no microphone found" in notice(app)
        assert app.focused is screen.query_one("#answer")
        await type_and_submit(app, pilot, TYPED)
        await wait_for_card(app, pilot)
    assert only_answer(store).mode == "typed"


async def test_level_messages_are_merged_and_the_newest_shown(build_app, transcriber) -> None:
    dispatched: list[float] = []

    def hook(message) -> None:
        if isinstance(message, (MicrophoneLevel, PartialTranscript)):
            dispatched.append(message)

    app = build_app(initial=spoken_practice(think_seconds=30), speech=speech_setup(SILENCE, transcriber))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        screen = app.screen  # thinking: no microphone open, only the messages below
        panel = screen.speech_panel
        for step in range(200):  # a burst, as a busy audio thread would post
            panel.post_message(MicrophoneLevel(-50.0 + step * 0.2))
        panel.post_message(PartialTranscript("So, um, the project"))
        panel.post_message(PartialTranscript("So, um, the project I am proudest of"))
        await pilot.pause()
        levels = [m for m in dispatched if isinstance(m, MicrophoneLevel)]
        assert 1 <= len(levels) < 200 and levels[-1].dbfs == pytest.approx(-10.2)
        assert screen.query_one(LevelMeter).level == pytest.approx(-10.2)
        partials = [m for m in dispatched if isinstance(m, PartialTranscript)]
        assert [m.text for m in partials] == ["So, um, the project I am proudest of"]
        assert live_transcript(app) == "So, um, the project I am proudest of"


def test_practice_screen_speaking_snapshot(snap_compare, build_app, transcriber) -> None:
    """Mid-answer in speak mode, paused after exactly one second of audio.

    The model is ready while the question is read (think time on the fake clock, nothing
    recorded); the answer starts on Enter, and the fake microphone pauses the screen from its own
    thread after its tenth block, so the picture never depends on how fast the machine is.
    """
    holder: dict[str, object] = {}

    def pause_after_a_second(sent: int) -> None:
        if sent == 10:  # blocks on the device thread until the screen has paused the take
            app.call_from_thread(app.screen.action_toggle_pause)
            holder["paused"] = True

    speech = speech_setup(SILENCE, transcriber, pace_s=0.1, on_block=pause_after_a_second)
    app = build_app(initial=spoken_practice(count=2, think_seconds=30), speech=speech)

    async def paused_mid_answer(pilot) -> None:
        await wait_for(pilot, lambda: pilot.app.model_state == "ready", what="the model")
        screen = pilot.app.screen
        assert screen.speech_panel.take is None  # thinking: nothing recorded while the model loaded
        await pilot.press("enter")
        take = screen.speech_panel.take
        await wait_for(pilot, lambda: holder.get("paused") and take.seconds == 1.0, what="a second recorded")
        screen.speech_panel.follow_take()
        screen.speech_panel.post_message(PartialTranscript("So, um, the project I am proudest of was a [billing] migration"))
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=paused_mid_answer)


async def test_an_unpaced_microphone_ends_the_answer_at_its_limit_and_says_so(build_app, store, transcriber) -> None:
    """The device delivers far faster than real time: the answer stops at 60 s of samples,
    although the (fake) answer clock has not moved, and the card says why."""
    app = build_app(initial=spoken_practice(), speech=speech_setup(jfk(), transcriber))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await wait_for_card(app, pilot)
        status = str(screen.query_one("#result-status").render())
        assert "stopped at the answer's limit (60 s)" in status
    answer = only_answer(store)
    assert answer.mode == "spoken" and JFK_WORDS in normalised(answer.text)
    info = sf.info(answer.audio_path)
    assert info.frames == 60 * 16000  # the file holds the limit, not what the device sent


async def test_the_speech_panel_owns_its_state_and_posts_each_change(build_app, transcriber) -> None:
    """Waiting, recording, paused, recording, transcribing, ready: the panel follows the take
    itself and says so in ``SpeechPanel.Changed`` messages, in that order."""
    from mockint.tui.widgets.speech_panel import SpeechPanel

    posted: list[SpeechPanel.Changed] = []

    def hook(message) -> None:  # called at every node a message bubbles through: once each
        if isinstance(message, SpeechPanel.Changed) and not any(m is message for m in posted):
            posted.append(message)

    speech = speech_setup(jfk(), transcriber, pace_s=0.01, silence_pace_s=0.1)
    app = build_app(initial=spoken_practice(think_seconds=30), speech=speech)
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        screen = app.screen
        panel = screen.speech_panel
        await wait_for(pilot, lambda: app.model_state == "ready", what="the model")
        assert panel.state == "waiting" and panel.take is None
        await pilot.press("enter")
        assert panel.state == "recording" and panel.take is not None and panel.recording
        await pilot.press("escape")
        assert panel.state == "paused" and "Paused" in screen_text(app)
        await pilot.press("escape")
        take = screen.speech_panel.take
        await wait_for(pilot, lambda: take.seconds > 11, what="the speech recorded")
        await pilot.press("ctrl+s")
        await wait_for_card(app, pilot)
        assert panel.state == "ready"
    assert [m.state for m in posted] == ["recording", "paused", "recording", "transcribing", "ready"]


async def test_the_panel_redraws_its_status_only_when_it_changes(build_app, transcriber) -> None:
    """Behind a score card the panel's timer goes on: redrawing an unchanged status line would lay
    the whole card out again five times a second."""
    from textual.widgets import Static

    from mockint.tui.widgets.speech_panel import SpeechPanel

    speech = speech_setup(jfk(), transcriber, pace_s=0.01, silence_pace_s=0.1)
    app = build_app(initial=spoken_practice(think_seconds=30), speech=speech)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: app.model_state == "ready", what="the model")
        await pilot.press("enter")
        take = screen.speech_panel.take
        await wait_for(pilot, lambda: take.seconds > 3, what="the speech recorded")
        await pilot.press("ctrl+s")
        await wait_for_card(app, pilot)
        panel = app.screen.query_one(SpeechPanel)
        status = panel.query_one("#mic-status", Static)
        updates: list[object] = []
        original = status.update
        status.update = lambda content="", **kwargs: (updates.append(content), original(content, **kwargs))[1]
        for _ in range(5):
            panel.follow_take()
        assert updates == []
        panel.state = "waiting"  # a change is drawn
        assert len(updates) == 1
