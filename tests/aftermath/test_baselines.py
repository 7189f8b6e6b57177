"""Personal voice baselines: medians of the user's last spoken answers in a real history file,
passed to the scorer as an explicit input; the card says which bands applied."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mockint.errors import ConfigError
from mockint.scoring import AnswerInput, VoiceFeatures, Word, score_answer
from mockint.scoring.personal import VoiceBaselines, load_baseline_settings
from mockint.session import FakeClock, PracticeSession, SessionOptions, plan_questions
from mockint.session.answer_saver import AnswerSaver
from mockint.speech.answer import SpokenAnswer
from mockint.store import HistoryStore
from mockint.store.baselines import personal_answer, voice_baselines
from tests.session.helpers import make_bank

SENTENCE = ("I led the move of our billing system to the new platform and I really enjoyed "
            "working with the team on it because we learned a lot together").split()


def spoken(wpm: float, pitch: float, loudness: float, words: int = 60) -> SpokenAnswer:
    gap = 60.0 / wpm
    timed = tuple(Word(SENTENCE[i % len(SENTENCE)], 1.0 + i * gap, 1.0 + i * gap + gap * 0.8) for i in range(words))
    voice = VoiceFeatures(pitch, pitch / 3, loudness, voiced_seconds=words * gap * 0.7)
    return SpokenAnswer(" ".join(w.text for w in timed), timed, timed[-1].end, 1.0, voice)


def record_answers(store: HistoryStore, answers: list[SpokenAnswer]) -> list:
    bank = make_bank(len(answers))
    practice = PracticeSession(plan_questions(bank, SessionOptions(think_seconds=0, mode="spoken")), FakeClock())
    practice.start()
    saver = AnswerSaver(bank, SessionOptions(mode="spoken"), lambda: store)
    cards = []
    for answer in answers:
        attempt = practice.submit(answer.text)
        cards.append(saver.record(attempt, spoken=answer).card)
        practice.next_question()
    return cards


CALM = [spoken(100, 3.2, 7.0), spoken(104, 3.0, 6.5), spoken(98, 3.4, 7.5), spoken(101, 3.1, 7.2), spoken(99, 3.3, 6.8)]


def test_medians_of_the_last_spoken_answers(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        assert voice_baselines(store) == VoiceBaselines(answers=0)
        record_answers(store, CALM)
        usual = voice_baselines(store)
        assert usual.answers == 5
        assert usual.wpm is not None and 99 <= usual.wpm <= 102
        assert usual.pitch_range_semitones == 3.2
        assert usual.loudness_range_db == 7.0
        latest_three = voice_baselines(store, last=3)
        assert latest_three.answers == 3 and latest_three.wpm is None  # fewer than 5: no usual value


def test_after_five_spoken_answers_the_card_compares_with_the_usual(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        cards = record_answers(store, [*CALM, spoken(100, 1.6, 4.0)])
    early, last = cards[0], cards[-1]
    assert "needs 5 spoken answers (0 so far)" in early.criterion("pace").summary
    pace = last.criterion("pace")
    assert "close to your usual 100" in pace.summary
    assert "judged against the fixed bands and your usual (median of your last 5 spoken answers)" in pace.summary
    assert pace.metrics["baseline"] == "both" and pace.passed  # a calm speaker at their own pace
    enthusiasm = last.criterion("enthusiasm")
    assert "your pitch range was 1.6 semitones, flatter than your usual 3.2 semitones" in enthusiasm.summary
    assert enthusiasm.metrics["usual_pitch_range_semitones"] == 3.2


def answer_at(wpm: float, pitch: float, loudness: float, baselines: VoiceBaselines | None) -> AnswerInput:
    said = spoken(wpm, pitch, loudness)
    return AnswerInput(text=said.text, question_text="Tell me about a project you led.", baselines=baselines,
                       **said.answer_fields())


USUAL = dict(answers=8, wpm=100.0, pitch_range_semitones=3.2, loudness_range_db=7.0)


def test_the_modes() -> None:
    fixed_only = score_answer(answer_at(100, 3.2, 7.0, None)).criterion("pace")
    fixed = score_answer(answer_at(100, 3.2, 7.0, VoiceBaselines("fixed", **USUAL))).criterion("pace")
    personal = score_answer(answer_at(100, 3.2, 7.0, VoiceBaselines("personal", **USUAL))).criterion("pace")
    both = score_answer(answer_at(100, 3.2, 7.0, VoiceBaselines("both", **USUAL))).criterion("pace")
    assert not fixed_only.passed and fixed.score == fixed_only.score and not fixed.passed
    assert "judged against the fixed bands (setting: fixed)" in fixed.summary
    assert personal.score == 1.0 and personal.passed and "your usual" in personal.summary and "only" in personal.summary
    assert fixed.score < both.score < personal.score and both.passed
    faster = score_answer(answer_at(140, 3.2, 7.0, VoiceBaselines("personal", **USUAL))).criterion("pace")
    assert not faster.passed and "faster than your usual 100" in faster.summary


def test_the_voice_against_the_usual() -> None:
    flat = VoiceBaselines("personal", answers=8, wpm=150.0, pitch_range_semitones=1.8, loudness_range_db=4.5)
    calm = score_answer(answer_at(150, 1.8, 4.5, flat)).criterion("enthusiasm")
    fixed = score_answer(answer_at(150, 1.8, 4.5, None)).criterion("enthusiasm")
    assert calm.metrics["voice_score"] > fixed.metrics["voice_score"]
    assert "close to your usual 1.8 semitones" in calm.summary
    assert "Your voice stayed flat" in fixed.tip  # by the fixed bands, a calm voice is "flat"
    assert "Your voice stayed flat" not in calm.tip  # by their own, it is their usual


def test_without_baselines_the_card_is_unchanged() -> None:
    plain = score_answer(answer_at(150, 3.0, 7.0, None)).to_dict()
    assert "usual" not in str(plain) and "baseline" not in str(plain)


def test_typed_answers_get_no_baselines(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        record_answers(store, CALM)
        typed = personal_answer(store, AnswerInput(text="I led it."))
        assert typed.baselines is None
        said = personal_answer(store, answer_at(100, 3.0, 7.0, None))
        assert said.baselines is not None and said.baselines.answers == 5


def test_the_setting_is_validated(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    assert load_baseline_settings(config).mode == "both"
    config.write_text('[voice_baseline]\nmode = "personal"\nanswers = 12\n', "utf-8")
    settings = load_baseline_settings(config)
    assert (settings.mode, settings.answers) == ("personal", 12)
    for body, message in (('mode = "mine"', "voice_baseline.mode: must be 'fixed', 'personal' or 'both', got 'mine'"),
                          ("mode = 3", "voice_baseline.mode: must be 'fixed', 'personal' or 'both', got 3"),
                          ("answers = 2", "voice_baseline.answers: must be a whole number from 5 to 500, got 2"),
                          ("answers = true", "voice_baseline.answers: must be a whole number from 5 to 500, got true"),
                          ("moed = 'fixed'", "voice_baseline.moed: unknown setting; did you mean 'mode'?")):
        config.write_text(f"# my settings\n[voice_baseline]\n{body}\n", "utf-8")
        with pytest.raises(ConfigError) as raised:
            load_baseline_settings(config)
        assert str(raised.value).startswith(f"{config}:3: {message}")


def test_a_bad_setting_is_one_notice_and_the_defaults_apply(tmp_path: Path) -> None:
    from mockint.config import config_notices
    from mockint.scoring.personal import BaselineSettings, baseline_settings

    config = tmp_path / "config.toml"
    config.write_text('[voice_baseline]\nanswers = 10\nmode = ["fixed"]\n', "utf-8")
    notices = config_notices(config)
    assert len(notices) == 1 and "\n" not in notices[0]
    assert notices[0].startswith(f"{config}:3: voice_baseline.mode: must be 'fixed', 'personal' or 'both', got a list")
    assert "using the default" in notices[0]
    assert baseline_settings(config) == BaselineSettings()
    config.write_text('[voice_baseline]\nmode = "fixed"\n', "utf-8")
    assert config_notices(config) == [] and baseline_settings(config).mode == "fixed"


def test_a_bad_setting_scores_spoken_answers_with_the_defaults(tmp_path: Path, mockint_home: Path) -> None:
    from mockint import paths

    paths.config_file().parent.mkdir(parents=True, exist_ok=True)
    paths.config_file().write_text('[voice_baseline]\nmode = "mine"\n', "utf-8")
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        cards = record_answers(store, [*CALM, spoken(100, 3.0, 7.0)])
    pace = cards[-1].criterion("pace")
    assert pace is not None and "judged against the fixed bands and your usual" in pace.summary  # mode "both"


def test_the_cli_gives_the_notice_once_and_scores(run_cli, mockint_home: Path) -> None:
    from mockint import paths

    config = paths.config_file()
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text('[voice_baseline]\nmode = "loud"\n', "utf-8")
    result = run_cli("score", "-", "--json", input="I led the billing move and we shipped it in May.")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["overall"] >= 0
    lines = result.stderr.splitlines()
    assert lines == [f"mockint: note: {config}:2: voice_baseline.mode: must be 'fixed', 'personal' or 'both', got 'loud' "
                     "(using the default: mode 'both', the last 20 answers)"]


def test_the_chosen_mode_reaches_the_card(tmp_path: Path, mockint_home: Path) -> None:
    from mockint import paths

    paths.config_file().parent.mkdir(parents=True, exist_ok=True)
    paths.config_file().write_text('[voice_baseline]\nmode = "fixed"\n', "utf-8")
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        cards = record_answers(store, [*CALM, spoken(100, 3.0, 7.0)])
    assert "judged against the fixed bands (setting: fixed)" in cards[-1].criterion("pace").summary


async def test_the_app_shows_the_notice_once_when_it_starts(build_app, mockint_home: Path) -> None:
    from mockint import paths
    from tests.tui.conftest import settle

    config = paths.config_file()
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text('[voice_baseline]\nanswers = "many"\n', "utf-8")
    app = build_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        shown = [n.message for n in app._notifications if "voice_baseline" in n.message]
    assert shown == [f"{config}:2: voice_baseline.answers: must be a whole number from 5 to 500, got 'many' "
                     "(using the default: mode 'both', the last 20 answers)"]
