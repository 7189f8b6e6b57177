"""The plain-Python side of spoken answers in a session: the state machine while recording, saving
a spoken answer, the microphone check and one take (a fake microphone, as in tests/speech)."""

from __future__ import annotations

import functools
import stat
import time
from dataclasses import replace

import numpy as np
import pytest
import soundfile as sf

from mockint import paths
from mockint.scoring.model import VoiceFeatures, Word
from mockint.session import (
    FakeClock,
    Outcome,
    Phase,
    PracticeSession,
    SessionError,
    SessionOptions,
    plan_questions,
)
from mockint.session.answer_saver import AnswerSaver
from mockint.speech.answer import spoken_answer
from mockint.speech.devices import NO_MICROPHONE, InputDevice
from mockint.speech.errors import MicrophoneError
from mockint.speech.microphone import SpeechSetup, check_speech
from mockint.speech.take import SpeechTake
from mockint.store import HistoryStore

from ..speech.fakes import FakeInputStream
from .helpers import make_bank

MIC = InputDevice(index=3, name="Fake USB microphone", channels=1, default_samplerate=16000.0, is_default=True)
DESK = InputDevice(index=5, name="Desk microphone", channels=1, default_samplerate=48000.0)
TONE = (np.sin(np.arange(1600) * 2 * np.pi * 400 / 16000) * 8000).astype(np.int16)  # 0.1 s


def recording_session() -> tuple[PracticeSession, FakeClock]:
    clock = FakeClock(1000.0)
    practice = PracticeSession(plan_questions(make_bank(2, think=0, answer=30), SessionOptions(mode="spoken")), clock)
    practice.start()
    practice.recording = True
    return practice, clock


# -- the state machine -------------------------------------------------------------------------------
def test_a_recorded_answer_is_kept_when_its_text_is_still_blank() -> None:
    practice, clock = recording_session()
    clock.advance(31)
    timed_out = practice.tick()
    assert timed_out.outcome is Outcome.TIMED_OUT and timed_out.text == "" and timed_out.answer_s == 30
    practice.next_question()
    assert practice.recording is False  # each question starts unrecorded
    practice.recording = True
    clock.advance(12)
    stopped = practice.submit()
    assert stopped.outcome is Outcome.ANSWERED and stopped.answer_s == 12


def test_the_transcript_replaces_the_attempt_text() -> None:
    practice, _ = recording_session()
    attempt = practice.submit()
    practice.replace_attempt(attempt.with_text("I led the billing move."))
    assert [a.text for a in practice.attempts] == ["I led the billing move."]
    practice.next_question()
    with pytest.raises(SessionError):
        practice.replace_attempt(replace(attempt, number=2))  # question 2 has no attempt yet


def test_a_question_can_be_answered_again_with_a_fresh_clock() -> None:
    practice, clock = recording_session()
    clock.advance(20)
    practice.submit()
    clock.advance(100)
    practice.retry_answer()
    assert (practice.phase, practice.number, practice.attempts, practice.time_left()) == (Phase.ANSWER, 1, [], 30)
    assert practice.recording is False
    with pytest.raises(SessionError):
        practice.submit("")  # typed now: blank is empty again
    typed = practice.submit("Typed instead.")
    assert typed.text == "Typed instead." and typed.number == 1
    practice.next_question()
    with pytest.raises(SessionError, match="cannot answer again"):
        practice.retry_answer()


# -- saving a spoken answer --------------------------------------------------------------------------
def test_a_spoken_answer_is_scored_with_its_times_and_voice_and_saved_with_its_recording(tmp_path) -> None:
    bank = make_bank(1)
    practice = PracticeSession(plan_questions(bank, SessionOptions(mode="spoken", think_seconds=0)), FakeClock())
    practice.start()
    practice.recording = True
    said = ("Um I led 4 people and we cut costs by 20 percent last year by moving our reports to one "
            "shared system and training everyone on it")
    words = [Word(w, 1.0 + i * 0.4, 1.3 + i * 0.4) for i, w in enumerate(said.split())]
    answer = spoken_answer(words, VoiceFeatures(1.2, 0.5, 4.0, 6.0, (1.0, 5.0, 0.8)), audio_s=12.0)
    audio = tmp_path / "answer.wav"
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        recorder = AnswerSaver(bank, SessionOptions(mode="spoken"), lambda: store)
        result = recorder.record(practice.submit().with_text(answer.text), spoken=answer, audio_path=audio)
        assert result.save_error is None and result.spoken is answer
        assert result.card.metrics["latency_s"] == pytest.approx(1.0)
        assert result.card.metrics["wpm"] > 100
        assert result.card.criterion("pace") is not None
        assert "pitch range 1.2 semitones" in result.card.criterion("enthusiasm").summary
        (saved,) = store.get_session(recorder.session_id).answers
        assert (saved.mode, saved.text, saved.audio_path) == ("spoken", answer.text, str(audio))
        assert [w.text for w in saved.words] == said.split()
        typed = recorder.record(practice.attempts[0].with_text("Typed."), audio_path=audio)
        assert typed.card.criterion("pace") is None  # typing speed is not speaking pace
        assert store.get_session(recorder.session_id).answers[1].mode == "typed"


# -- is speaking possible ----------------------------------------------------------------------------
def test_the_check_names_the_problem_or_the_microphone() -> None:
    assert check_speech(SpeechSetup(list_devices=list)).problem == NO_MICROPHONE

    def no_portaudio():
        raise MicrophoneError("the PortAudio library is missing")

    assert check_speech(SpeechSetup(list_devices=no_portaudio)).problem == "the PortAudio library is missing"
    two = SpeechSetup(list_devices=lambda: [MIC, DESK])
    status = check_speech(two, remembered="Desk")
    assert status.usable and status.chosen == DESK and status.note is None
    assert check_speech(SpeechSetup(device="3", list_devices=lambda: [MIC, DESK]), remembered="Desk").chosen == MIC
    stale = check_speech(two, remembered="Headset")
    assert stale.chosen == MIC and stale.note.startswith("no input device matches 'Headset'")


def test_a_bad_speech_config_is_the_reason(mockint_home) -> None:
    paths.config_file().parent.mkdir(parents=True)
    paths.config_file().write_text('[speech]\nengine = "parrot"\n')
    status = check_speech(SpeechSetup(list_devices=lambda: [MIC]))
    assert not status.usable and "speech.engine: unknown engine 'parrot'" in status.problem


# -- one take -------------------------------------------------------------------------------------------
def not_needed():
    raise AssertionError("silence and tones are not transcribed")


def take_of(audio: np.ndarray, **stream_options) -> SpeechTake:
    setup = SpeechSetup(stream_factory=functools.partial(FakeInputStream, audio, **stream_options), list_devices=lambda: [MIC])
    return SpeechTake(not_needed, setup)


def test_pause_records_nothing_and_the_recording_goes_on_in_the_same_file() -> None:
    take = take_of(np.tile(TONE, 400), pace_s=0.01)
    take.start()
    assert take.device_name == "Fake USB microphone"
    while take.seconds < 1.0:
        time.sleep(0.01)
    take.pause()
    paused_at = take.seconds
    time.sleep(0.3)  # about 3 s of audio go by, none of it kept
    assert take.seconds <= paused_at + 0.2
    take.resume()
    while take.seconds < paused_at + 1.0:
        time.sleep(0.01)
    recording = take.keep()
    assert recording.error is None  # a paused device is not a lost one
    kept, rate = sf.read(recording.path, dtype="int16")
    assert rate == 16000 and len(kept) == round(recording.seconds * 16000)
    assert stat.S_IMODE(recording.path.stat().st_mode) == 0o600


def test_discard_deletes_the_recording_and_no_microphone_starts_nothing() -> None:
    take = take_of(TONE)
    take.start()
    take.discard()
    assert not take.path.exists()
    nowhere = SpeechTake(not_needed, SpeechSetup(list_devices=list))
    with pytest.raises(MicrophoneError, match="no microphone found"):
        nowhere.start()
    assert not nowhere.path.exists()
