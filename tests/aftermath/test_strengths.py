"""The strengths profile: the shows_strengths criterion, its store (migration 0007) and the CLI."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from mockint.banks.catalog import load_catalog
from mockint.scoring import AnswerInput, score_answer
from mockint.scoring.personal import Strength, StrengthsProfile, with_personal
from mockint.store import HistoryStore
from mockint.store.migrate import migrate, packaged_migrations
from mockint.store.strengths_store import ProfileError, StrengthsStore

PROFILE = StrengthsProfile((
    Strength("mentoring junior developers",
             "At Brightline I mentored four graduate hires; their onboarding went from six weeks to three."),
    Strength("turning messy data into decisions",
             "I rebuilt the churn dashboard from raw billing exports and pricing changed within a month."),
    Strength("calm under pressure", "I ran the incident call during the Black Friday outage."),
))
ABOUT_YOU = "Tell me about yourself."

STRONG = (
    "I'm a backend developer with five years at Brightline. Two things I'd like you to know. First, "
    "I love mentoring junior developers: I mentored four graduate hires last year and cut their "
    "onboarding from six weeks to three. Second, I turn messy data into decisions: I rebuilt our churn "
    "dashboard from raw billing exports, and our pricing changed within a month because of it."
)
NAMES_ONLY = (
    "I'm a backend developer. I'm good at mentoring junior developers, I'm great at turning messy "
    "data into decisions, and I stay calm under pressure. I'm a hard worker and a team player."
)
OFF_PROFILE = (
    "I'm a backend developer who likes clean code. I enjoy reading about distributed systems and I "
    "am a hard worker who always gives a hundred percent to every task I am given at work."
)


def shows(text: str, question: str = ABOUT_YOU, profile: StrengthsProfile | None = PROFILE):
    return score_answer(AnswerInput(text=text, question_text=question, strengths=profile)).criterion("shows_strengths")


def test_named_and_backed_strengths_pass_with_evidence() -> None:
    result = shows(STRONG)
    assert result is not None and result.passed and result.score == 1.0
    assert result.metrics["strengths_named"] >= 2 and result.metrics["strengths_backed"] >= 2
    texts = " ".join(s.text.lower() for s in result.spans)
    assert "mentoring junior developers" in texts and "churn" in texts


def test_naming_skills_without_their_stories_is_half_way() -> None:
    result = shows(NAMES_ONLY)
    assert result is not None and not result.passed
    assert result.metrics["strengths_named"] == 3 and result.metrics["strengths_backed"] == 0
    assert "prove it with your story" in result.tip


def test_an_answer_off_the_profile_fails() -> None:
    result = shows(OFF_PROFILE)
    assert result is not None and result.score == 0.0 and not result.passed
    assert "Name “mentoring junior developers”" in result.tip


def test_fuzzy_naming_finds_inflected_skills() -> None:
    result = shows("Tell you about me: I mentored juniors at Brightline, four graduate hires, "
                   "and their onboarding dropped from six weeks to three.")
    assert result is not None and result.metrics["strengths_named"] >= 1
    assert result.metrics["strengths_backed"] >= 1


@pytest.mark.parametrize("question", ["Why should we hire you?", "What are your greatest strengths?",
                                      "Tell me a little about yourself."])
def test_it_applies_to_self_description_questions(question: str) -> None:
    assert shows(STRONG, question) is not None


def test_it_is_absent_without_a_profile_or_on_other_questions() -> None:
    assert shows(STRONG, profile=None) is None
    assert shows(STRONG, profile=StrengthsProfile()) is None
    assert shows(STRONG, "Tell me about a time you disagreed with a teammate.") is None
    plain = score_answer(AnswerInput(text=STRONG, question_text=ABOUT_YOU))
    assert plain.to_dict() == score_answer(AnswerInput(text=STRONG, question_text=ABOUT_YOU, strengths=None)).to_dict()


def test_it_is_added_to_a_banks_own_criteria_list() -> None:
    bank, question = load_catalog().find_question("general/tell-me-about-yourself")
    answer = AnswerInput.for_question(STRONG, question, bank)
    assert answer.criteria is not None and "shows_strengths" not in answer.criteria
    card = score_answer(with_personal(answer, PROFILE))
    assert card.criterion("shows_strengths") is not None
    assert score_answer(with_personal(answer, None)).criterion("shows_strengths") is None


# -- store ----------------------------------------------------------------------------------------


def test_the_profile_is_stored_in_the_history_file(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryStore(path) as history:
        store = StrengthsStore(history)
        assert not store.profile()
        store.set(2, "  calm under pressure ", "I ran the incident call.\nNobody panicked.")
        store.set(1, "mentoring", "Four graduates, onboarding halved.")
    with HistoryStore(path) as history:
        profile = StrengthsStore(history).profile()
        assert profile.strengths == (Strength("mentoring", "Four graduates, onboarding halved."),
                                     Strength("calm under pressure", "I ran the incident call.\nNobody panicked."))
        assert StrengthsStore(history).clear(1) == 1
        assert [s.skill for s in StrengthsStore(history).profile().strengths] == ["calm under pressure"]


@pytest.mark.parametrize(("skill", "story", "message"), [
    (" ", "a story", "strengths.1.skill: is blank"),
    ("mentoring", "\n\t ", "strengths.1.story: is blank"),
    ("mentoring\x1b[2J", "a story", "strengths.1.skill: control character U+001B"),
    ("two\nlines", "a story", "strengths.1.skill: control character U+000A"),
    ("x" * 81, "a story", "strengths.1.skill: is 81 characters long"),
])
def test_bad_fields_are_refused_and_nothing_is_written(tmp_path: Path, skill: str, story: str, message: str) -> None:
    with HistoryStore(tmp_path / "h.sqlite3") as history:
        store = StrengthsStore(history)
        store.set(1, "kept", "the story that was there")
        with pytest.raises(ProfileError, match=message.replace("+", r"\+")):
            store.set(1, skill, story)
        assert store.profile().strengths == (Strength("kept", "the story that was there"),)


def test_migration_0007_from_the_previous_schema_keeps_the_history(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    migrations = packaged_migrations()
    assert migrations[6].version == 7 and migrations[6].name == "strengths"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, migrations[:6], path) == 6
    conn.execute("INSERT INTO sessions (bank_id, bank_title, started_at) VALUES ('general', 'General', '2026-11-01T09:00:00+00:00')")
    conn.close()
    with HistoryStore(path) as history:
        assert history.schema_version == len(migrations) >= 7
        assert [s.bank_id for s in history.list_sessions()] == ["general"]
        StrengthsStore(history).set(3, "calm under pressure", "the outage call")
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT position, skill FROM strengths").fetchall() == [(3, "calm under pressure")]
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO strengths VALUES (4, 'x', 'y', 'now')")
    conn.close()


# -- CLI ------------------------------------------------------------------------------------------


def test_strengths_cli_set_show_clear(run_cli) -> None:
    empty = run_cli("strengths")
    assert empty.returncode == 0 and "No strengths yet" in empty.stdout
    saved = run_cli("strengths", "set", "1", "--skill", "mentoring junior developers",
                    "--story", "Four graduate hires, onboarding from six weeks to three.")
    assert saved.returncode == 0, saved.stderr
    escaped = run_cli("strengths", "set", "2", "--skill", "data into decisions", "--story-file", "-",
                      input="The churn dashboard\x1b[31m that changed pricing.\n")
    assert escaped.returncode == 1 and "strengths.2.story: control character U+001B" in escaped.stderr
    assert "\x1b" not in escaped.stderr
    piped = run_cli("strengths", "set", "2", "--skill", "data into decisions", "--story-file", "-",
                    input="The churn dashboard that changed pricing.\n")
    assert piped.returncode == 0, piped.stderr
    shown = run_cli("strengths", "show")
    assert "1. mentoring junior developers" in shown.stdout and "story: The churn dashboard" in shown.stdout
    data = json.loads(run_cli("strengths", "--json").stdout)
    assert [d["position"] for d in data] == [1, 2] and data[1]["story"] == "The churn dashboard that changed pricing."
    assert run_cli("strengths", "clear", "2").stdout.startswith("Cleared strength 2")
    assert [d["position"] for d in json.loads(run_cli("strengths", "show", "--json").stdout)] == [1]


def test_strengths_cli_bad_input(run_cli) -> None:
    for args, expected in (
        (("strengths", "set", "1", "--skill", "  ", "--story", "x"), "strengths.1.skill: is blank"),
        (("strengths", "set", "4", "--skill", "a", "--story", "b"), "must be a whole number from 1 to 3"),
        (("strengths", "set", "1", "--skill", "a"), "required"),
    ):
        result = run_cli(*args)
        assert result.returncode == 1 and result.stderr.startswith("mockint: ") and expected in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    blank_story = run_cli("strengths", "set", "1", "--skill", "a", "--story-file", "-", input="\n")
    assert blank_story.returncode == 1 and "the story is empty" in blank_story.stderr
