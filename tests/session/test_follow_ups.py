"""Which follow-up an interviewer asks, from what the answer said (the real scorer's cards), and
how its answer is scored and saved under its parent."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from mockint.banks.model import Bank, Question
from mockint.session import FakeClock, PracticeSession, SessionOptions, plan_questions
from mockint.session.answer_saver import AnswerSaver
from mockint.session.feedback import (
    ASK_FOR_A_STORY,
    ASK_FOR_THE_OUTCOME,
    assumes_story,
    choose_follow_up,
    next_follow_up,
)
from mockint.session.options import FOLLOW_UP
from mockint.store import HistoryStore
from mockint.store.records import FOLLOW_UP as STORED_FOLLOW_UP

VAGUE = "I am a team player and I like to help people. I always try my best and I work hard."
STORY_NO_OUTCOME = (
    "Last spring at my internship at Acme, the billing export kept failing at month end. I was asked to fix it. "
    "I read the logs, I found that a date field was parsed in the wrong format, and I rewrote the parser in Python "
    "and I added tests for it with the finance team."
)
STORY_WITH_OUTCOME = STORY_NO_OUTCOME + " As a result the export ran cleanly and the run went from 6 hours to 40 minutes."


def bank_with(text: str, follow_ups: tuple[str, ...] = (), **extra) -> Bank:
    question = Question(id="q", text=text, think_seconds=0, answer_seconds=120, follow_ups=follow_ups, **extra)
    return Bank(id="demo", title="Demo", questions=(question,))


def scored(bank: Bank, text: str, tmp_path: Path):
    saver = AnswerSaver(bank, SessionOptions(), lambda: HistoryStore(tmp_path / "h.sqlite3"))
    session = PracticeSession(plan_questions(bank, SessionOptions(think_seconds=0)), FakeClock())
    session.start()
    return saver, session, saver.score(session.submit(text))


def test_no_story_told_asks_for_one_specific_time(tmp_path: Path) -> None:
    bank = bank_with("Tell me about a time you worked in a team.")
    _, _, card = scored(bank, VAGUE, tmp_path)
    chosen = choose_follow_up(bank.questions[0], card)
    assert chosen is not None and chosen.text == ASK_FOR_A_STORY
    assert "concrete_example" in chosen.probes


def test_a_story_with_no_outcome_is_asked_how_it_turned_out(tmp_path: Path) -> None:
    bank = bank_with("Tell me about a time you fixed a problem at work.")
    _, _, card = scored(bank, STORY_NO_OUTCOME, tmp_path)
    assert card.criterion("concrete_example").passed
    chosen = choose_follow_up(bank.questions[0], card)
    assert chosen is not None and chosen.text == ASK_FOR_THE_OUTCOME
    assert chosen.probes == ("quantified_result",)


def test_a_complete_story_gets_no_follow_up(tmp_path: Path) -> None:
    bank = bank_with("Tell me about a time you fixed a problem at work.")
    _, _, card = scored(bank, STORY_WITH_OUTCOME, tmp_path)
    assert choose_follow_up(bank.questions[0], card) is None


def test_a_bank_follow_up_that_assumes_a_story_is_never_asked_when_none_was_told(tmp_path: Path) -> None:
    assuming = ("What would you do differently if it happened again?", "How did your manager react?")
    bank = bank_with("Tell me about a time you disagreed with your manager.", assuming)
    _, _, card = scored(bank, VAGUE, tmp_path)
    chosen = choose_follow_up(bank.questions[0], card)
    assert chosen is not None and chosen.text == ASK_FOR_A_STORY and not chosen.from_bank
    asking = bank_with(bank.questions[0].text, assuming + ("Can you give me a specific example?",))
    chosen = choose_follow_up(asking.questions[0], card)
    assert chosen is not None and chosen.text == "Can you give me a specific example?" and chosen.from_bank


def test_a_bank_follow_up_about_the_outcome_is_preferred_after_a_story(tmp_path: Path) -> None:
    bank = bank_with("Tell me about a time you fixed a problem at work.", ("What was the impact on the team?",))
    _, _, card = scored(bank, STORY_NO_OUTCOME, tmp_path)
    chosen = choose_follow_up(bank.questions[0], card)
    assert chosen is not None and chosen.text == "What was the impact on the team?"


def test_role_play_email_and_call_questions_never_get_a_follow_up(tmp_path: Path) -> None:
    for text in (
        "The recruiter phones you to say you did not get the job. Respond.",
        "Write the email you'd send to thank the panel.",
    ):
        bank = bank_with(text, ("Can you give me a specific example?",))
        _, _, card = scored(bank, VAGUE, tmp_path)
        assert choose_follow_up(bank.questions[0], card) is None, text


def test_a_motivation_question_is_not_asked_for_a_specific_time(tmp_path: Path) -> None:
    bank = bank_with("Why do you want to work here?")
    _, _, card = scored(bank, VAGUE, tmp_path)
    chosen = choose_follow_up(bank.questions[0], card)
    assert chosen is None or chosen.text != ASK_FOR_A_STORY


def test_assumes_story_tells_the_two_kinds_of_follow_up_apart() -> None:
    assert assumes_story("How is your relationship with that person now?")
    assert assumes_story("What would you do differently?")
    assert not assumes_story("Can you give me a specific example?")
    assert not assumes_story("Which of these matters most to you?")


def test_at_most_the_limit_of_follow_ups_per_question(tmp_path: Path) -> None:
    bank = bank_with("Tell me about a time you worked in a team.")
    _, session, card = scored(bank, VAGUE, tmp_path)
    planned = session.current
    assert next_follow_up(planned, card, parent="p", asked=0, limit=1) is not None
    assert next_follow_up(planned, card, parent="p", asked=1, limit=1) is None
    assert next_follow_up(planned, card, parent="p", asked=0, limit=0) is None


def test_a_follow_up_answer_is_scored_on_its_probes_and_saved_under_its_parent(tmp_path: Path) -> None:
    bank = bank_with("Tell me about a time you worked in a team.", key_points=("team",))
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        saver = AnswerSaver(bank, SessionOptions(), lambda: store)
        session = PracticeSession(plan_questions(bank, SessionOptions(think_seconds=0)), FakeClock())
        session.start()
        first = saver.record(session.submit(VAGUE))
        follow = next_follow_up(session.current, first.card, parent=first.answer_uuid, asked=0, limit=1)
        assert follow is not None and follow.kind == FOLLOW_UP
        session.ask_next(follow)
        assert session.upcoming == follow and session.total == 2
        session.next_question()
        session.tick()
        assert session.current.question.text == ASK_FOR_A_STORY
        second = saver.record(session.submit(STORY_WITH_OUTCOME))
        assert {c.id for c in second.card.criteria} <= set(follow.probes)
        answers = store.get_session(saver.session_id).answers
    assert [a.kind for a in answers] == ["answer", STORED_FOLLOW_UP]
    assert answers[1].parent_answer_id == first.answer_id
    assert answers[1].question_id == answers[0].question_id == "q"
    assert answers[1].question_text == ASK_FOR_A_STORY


def test_a_retake_is_saved_as_attempt_two_of_the_first_answer(tmp_path: Path) -> None:
    bank = bank_with("Tell me about a time you worked in a team.")
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        saver = AnswerSaver(bank, SessionOptions(), lambda: store)
        session = PracticeSession(plan_questions(bank, SessionOptions(think_seconds=0)), FakeClock())
        session.start()
        first = saver.record(session.submit(VAGUE))
        session.ask_next(session.current.retake(first.answer_uuid, 2))
        session.next_question()
        session.tick()
        saver.record(session.submit(STORY_WITH_OUTCOME))
        answers = store.get_session(saver.session_id).answers
    assert [(a.kind, a.attempt, a.parent_answer_id) for a in answers] == [
        ("answer", 1, None), ("retake", 2, first.answer_id)
    ]
    assert answers[1].card.overall > answers[0].card.overall


def test_a_mixed_bank_scores_each_question_with_its_own_banks_custom_criteria(tmp_path: Path) -> None:
    from mockint.banks.model import CustomCriterion
    from mockint.session.options import MixedBank

    custom = CustomCriterion(id="mentions_python", label="Mentions Python", phrases=("python",))
    a = replace(bank_with("Tell me about a time you fixed a problem."), id="a", custom_criteria=(custom,))
    b = replace(bank_with("Why do you want to work here?"), id="b")
    mixed = MixedBank.of("plan", "Today's practice", [(a, a.questions[0]), (b, b.questions[0])])
    planned = plan_questions(mixed, SessionOptions(think_seconds=0))
    assert [p.id for p in planned] == ["a/q", "b/q"] and [p.bank for p in planned] == [a, b]
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        saver = AnswerSaver(mixed, SessionOptions(), lambda: store)
        session = PracticeSession(planned, FakeClock())
        session.start()
        one = saver.record(session.submit(STORY_WITH_OUTCOME))
        session.next_question()
        session.tick()
        two = saver.record(session.submit(STORY_WITH_OUTCOME))
        detail = store.get_session(saver.session_id)
    assert one.card.criterion("mentions_python") is not None
    assert two.card.criterion("mentions_python") is None
    assert detail.summary.bank_id == "plan"
    assert [a.question_id for a in detail.answers] == ["a/q", "b/q"]


def test_the_practice_section_of_the_config_turns_follow_ups_off_or_rejects_a_bad_value(tmp_path: Path) -> None:
    import pytest

    from mockint.errors import ConfigError
    from mockint.session.settings import load_practice_settings

    config = tmp_path / "config.toml"
    assert load_practice_settings(config).follow_up_limit == 1
    config.write_text("[practice]\nfollow_ups = false\n")
    assert load_practice_settings(config).follow_up_limit == 0
    config.write_text("[practice]\nmax_follow_ups = 2\n")
    assert load_practice_settings(config).follow_up_limit == 2
    config.write_text("[practice]\nfollow_ups = 'yes'\n")
    with pytest.raises(ConfigError, match=r"practice\.follow_ups: must be true or false"):
        load_practice_settings(config)


def test_practice_settings_errors_name_file_line_and_value_as_written(tmp_path) -> None:
    import pytest

    from mockint.errors import ConfigError
    from mockint.session.settings import load_practice_settings

    config = tmp_path / "config.toml"
    config.write_text("[practice]\n\nmax_follow_ups = 2.5\n")
    with pytest.raises(ConfigError) as error:
        load_practice_settings(config)
    assert str(error.value) == f"{config}:3: practice.max_follow_ups: must be a whole number from 0 to 5, got 2.5"
    config.write_text("[practice]\nfollow_up = true\n")
    with pytest.raises(ConfigError, match=r":2: practice\.follow_up: unknown setting; did you mean 'follow_ups'"):
        load_practice_settings(config)
    config.write_text("[practice]\nfollow_ups = 'yes'\n")
    with pytest.raises(ConfigError, match=r"got 'yes'$"):
        load_practice_settings(config)
