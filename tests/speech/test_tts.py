"""The interviewer's voice: real espeak-ng synthesis, played through the app's player.

The synthesis is real (``espeak-ng -w`` writes a WAV, checked for speech and transcribed back by
the real faster-whisper engine); only the sound device is a fake, recording what it was given.
"""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest

from mockint.errors import ConfigError
from mockint.speech.playback import PlaybackError, no_output
from mockint.speech.speaker import (
    CUE_FILES,
    EspeakSpeaker,
    VoiceError,
    VoiceSettings,
    cue_file,
    load_voice_settings,
    play_cue,
    speakable,
)

QUESTION = "Tell me about a time you disagreed with a teammate. How did you handle it?"


def wav_samples(path: Path) -> tuple[np.ndarray, int]:
    with wave.open(str(path), "rb") as wav:
        assert wav.getsampwidth() == 2 and wav.getnchannels() == 1
        frames = wav.readframes(wav.getnframes())
        return np.frombuffer(frames, dtype="<i2").astype(np.float32) / 32768.0, wav.getframerate()


def rms_dbfs(samples: np.ndarray) -> float:
    return 20 * float(np.log10(max(1e-9, float(np.sqrt(np.mean(samples**2))))))


class RecordingPlayer:
    """The device boundary: keeps a copy of what it was asked to play (the file is temporary)."""

    def __init__(self, error: Exception | None = None) -> None:
        self.played: list[tuple[Path, np.ndarray, int]] = []
        self.stops = 0
        self.error = error

    def play(self, path: Path) -> None:
        if self.error is not None:
            raise self.error
        samples, rate = wav_samples(path)
        self.played.append((path, samples, rate))

    def stop(self) -> None:
        self.stops += 1


def test_espeak_writes_a_wav_that_holds_the_question_spoken(tmp_path: Path, transcriber) -> None:
    speaker = EspeakSpeaker(RecordingPlayer(), VoiceSettings(enabled=True))
    assert speaker.available() is None
    wav = speaker.synthesize(QUESTION, tmp_path / "q.wav")
    samples, rate = wav_samples(wav)
    assert len(samples) / rate > 2.0  # fifteen words take seconds, not a click
    assert rms_dbfs(samples) > -40.0  # speech, far above silence
    from mockint.speech.audio import load_audio

    text = transcriber.transcribe(load_audio(wav)).text.lower()
    for word in ("disagreed", "teammate", "handle"):
        assert word in text, text


def test_say_plays_the_synthesized_speech_through_the_player_and_cleans_up() -> None:
    player = RecordingPlayer()
    EspeakSpeaker(player, VoiceSettings(rate=200)).say("Why do you want to work here?")
    [(path, samples, rate)] = player.played
    assert len(samples) / rate > 0.5 and rms_dbfs(samples) > -40.0
    assert not path.exists()  # the temporary WAV is gone once spoken


def test_a_faster_rate_gives_shorter_speech(tmp_path: Path) -> None:
    slow = EspeakSpeaker(RecordingPlayer(), VoiceSettings(rate=120)).synthesize(QUESTION, tmp_path / "a.wav")
    fast = EspeakSpeaker(RecordingPlayer(), VoiceSettings(rate=300)).synthesize(QUESTION, tmp_path / "b.wav")
    slow_s = len(wav_samples(slow)[0])
    fast_s = len(wav_samples(fast)[0])
    assert fast_s < 0.7 * slow_s


def test_without_espeak_ng_it_says_why_in_one_line(tmp_path: Path) -> None:
    speaker = EspeakSpeaker(RecordingPlayer(), executable="espeak-ng-not-here")
    reason = speaker.available()
    assert reason is not None and "espeak-ng-not-here is not installed" in reason
    with pytest.raises(VoiceError, match="not installed"):
        speaker.say("Hello?")


def test_a_failing_espeak_run_is_one_line(tmp_path: Path) -> None:
    speaker = EspeakSpeaker(RecordingPlayer())
    with pytest.raises(VoiceError) as raised:  # espeak-ng exits 0 here, but writes nothing
        speaker.synthesize("Hello?", tmp_path / "no-such-folder" / "x.wav")
    assert str(raised.value).startswith("espeak-ng failed: Can't write to")
    assert "\n" not in str(raised.value)


def test_no_sound_output_is_one_line_about_speaking(tmp_path: Path) -> None:
    player = RecordingPlayer(no_output(tmp_path / "q.wav", "Error querying device -1"))
    with pytest.raises(VoiceError) as raised:
        EspeakSpeaker(player).say("Hello?")
    assert str(raised.value) == "no sound output to speak on (Error querying device -1)"
    other = RecordingPlayer(PlaybackError("something else"))
    with pytest.raises(PlaybackError, match="something else"):
        EspeakSpeaker(other).say("Hello?")


def test_control_characters_never_reach_espeak() -> None:
    assert speakable("Why\x1b[31m us?\n\x07 Tell me.") == "Why [31m us? Tell me."


def test_text_starting_with_a_dash_is_read_not_taken_as_an_option(tmp_path: Path) -> None:
    wav = EspeakSpeaker(RecordingPlayer()).synthesize("-h is not an option here", tmp_path / "d.wav")
    samples, rate = wav_samples(wav)
    assert len(samples) / rate > 1.0


# -- settings ------------------------------------------------------------------------------------


def write_config(mockint_home: Path, text: str) -> Path:
    from mockint import paths

    path = paths.config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_voice_is_off_by_default_and_the_config_and_flag_turn_it_on(mockint_home: Path) -> None:
    assert load_voice_settings() == VoiceSettings(enabled=False)
    write_config(mockint_home, '[voice]\nenabled = true\nrate = 180\nespeak_voice = "en-gb"\ncues = false\n')
    settings = load_voice_settings()
    assert (settings.enabled, settings.rate, settings.espeak_voice, settings.cues) == (True, 180, "en-gb", False)
    assert load_voice_settings(enabled=False).enabled is False  # --no-voice wins
    assert not settings.cues_on


@pytest.mark.parametrize(
    ("enabled", "cues", "on"),
    [
        (False, None, False),  # never set: no sound without the voice (nothing new by default)
        (True, None, True),  # ... and the cues with the voice, as before
        (False, True, True),  # cues = true works without the voice reading questions
        (True, False, False),  # cues = false silences them with the voice on
        (False, False, False),
        (True, True, True),
    ],
)
def test_the_cues_follow_their_own_setting_else_the_voice(enabled: bool, cues: bool | None, on: bool) -> None:
    assert VoiceSettings(enabled=enabled, cues=cues).cues_on is on


def test_cues_true_in_the_config_sounds_with_the_voice_off(mockint_home: Path) -> None:
    assert load_voice_settings().cues is None and not load_voice_settings().cues_on
    assert load_voice_settings(enabled=True).cues_on  # --voice brings the cues along when unset
    write_config(mockint_home, "[voice]\ncues = true\n")
    settings = load_voice_settings()
    assert (settings.enabled, settings.cues, settings.cues_on) == (False, True, True)
    assert load_voice_settings(enabled=False).cues_on  # --no-voice silences the voice, not the cues
    write_config(mockint_home, "[voice]\nenabled = true\ncues = false\n")
    assert not load_voice_settings().cues_on and not load_voice_settings(enabled=True).cues_on


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('enabled = "yes"', "voice.enabled: must be true or false, not 'yes'"),
        ("rate = 20", "voice.rate: must be between 80 and 400 words a minute"),
        ("rate = true", "voice.rate: must be a whole number, not True"),
        ("loud = 3", "voice.loud: unknown setting (known: enabled, cues, rate, espeak_voice)"),
        ('espeak_voice = "en; rm"', "voice.espeak_voice: not a voice name"),
    ],
)
def test_a_bad_voice_setting_is_one_line_naming_the_file(mockint_home: Path, body: str, message: str) -> None:
    path = write_config(mockint_home, f"[voice]\n{body}\n")
    with pytest.raises(ConfigError) as raised:
        load_voice_settings()
    assert str(raised.value).startswith(f"{path}: {message}")


def test_practice_refuses_a_bad_voice_section_before_the_app_starts(run_cli, mockint_home: Path) -> None:
    write_config(mockint_home, "[voice]\nenabled = 1\n")
    result = run_cli("practice", "--bank", "general", "--voice")
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("mockint: ") and "voice.enabled: must be true or false" in line


# -- the cues (assets/sounds) --------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(CUE_FILES))
def test_each_cue_is_a_short_audible_wav(name: str) -> None:
    path = cue_file(name)
    assert path.is_file(), path
    samples, rate = wav_samples(path)
    seconds = len(samples) / rate
    assert 0.2 <= seconds <= 1.0, seconds
    assert rms_dbfs(samples) > -35.0  # audible (pauses between pips included)
    assert float(np.max(np.abs(samples))) < 0.9  # never clipped or harsh


def test_the_two_cues_differ_and_play_through_the_player() -> None:
    player = RecordingPlayer()
    play_cue(player, "answer-start")
    play_cue(player, "time-nearly-up")
    assert [p.name for p, _s, _r in player.played] == ["answer-start.wav", "time-nearly-up.wav"]
    first, second = (s for _p, s, _r in player.played)
    assert len(first) != len(second) or not np.array_equal(first, second)


def test_a_cue_without_a_sound_output_is_one_line_naming_it() -> None:
    player = RecordingPlayer(error=no_output(Path("/x.wav"), "no default output device"))
    with pytest.raises(VoiceError) as raised:
        play_cue(player, "answer-start")
    assert str(raised.value) == "no sound output to play them on (no default output device)"
    other = RecordingPlayer(error=PlaybackError("cannot read /x.wav"))
    with pytest.raises(PlaybackError, match="cannot read"):  # any other failure is left as it is
        play_cue(other, "answer-start")
