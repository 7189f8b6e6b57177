"""Scores of one version: answers a real SQLite history holds under scorer "1.1.0" are rescored by
this scorer from their stored text, question and timings; an interrupted or killed run resumes;
a second run changes nothing; cards of a newer scorer are left alone."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import textwrap
from datetime import timezone
from pathlib import Path

import pytest

from mockint.banks.catalog import Catalog, load_catalog
from mockint.coach.plan import criterion_levels
from mockint.coach.scheduler import catch_up
from mockint.scoring import SCORER_VERSION, AnswerInput, VoiceFeatures, Word, score_answer
from mockint.scoring.model import CriterionResult, ScoreCard
from mockint.store import HistoryStore
from mockint.store.rescore import (
    QUESTION_GONE,
    VOICE_NOT_KEPT,
    VOICE_PARTLY_KEPT,
    is_outdated,
    outdated_count,
    rescore_outdated,
)
from mockint.store.schedule import ScheduleStore
from tests.store.old_scores import NOW, OLD, PROUD, SHORT, STORY, add_old, old_card, write_bank


@pytest.fixture
def catalog(tmp_path: Path, builtin_dir: Path) -> Catalog:
    return load_catalog([write_bank(tmp_path / "banks")])


def cards(store: HistoryStore, session_id: int) -> list[ScoreCard]:
    return [a.card for a in store.get_session(session_id).answers]


def without_rescore_marks(card: ScoreCard) -> ScoreCard:
    metrics = {k: v for k, v in card.metrics.items() if k not in ("rescored_from", "rescore_note")}
    return dataclasses.replace(card, metrics=metrics)


def test_old_answers_are_rescored_from_their_text_and_bank_question(store: HistoryStore, catalog: Catalog) -> None:
    session_id = store.start_session(bank_id="interviews", bank_title="Interviews", settings={})
    add_old(store, session_id, STORY)
    add_old(store, session_id, SHORT, question_id="why", question_text="Why do you want to work here?")
    assert store.criterion_series("overall") == []  # trends hide the old scorer's cards
    assert outdated_count(store) == 2

    report = rescore_outdated(store, catalog=catalog)

    assert (report.total, report.rescored, report.stopped, report.versions) == (2, 2, False, [OLD])
    assert store.scorer_versions() == {SCORER_VERSION: 2}
    bank = catalog.get("interviews")
    expected = [
        score_answer(AnswerInput.for_question(STORY, bank.question("proud"), bank)),
        score_answer(AnswerInput.for_question(SHORT, bank.question("why"), bank)),
    ]
    stored = cards(store, session_id)
    assert [without_rescore_marks(c) for c in stored] == expected
    assert all(c.metrics["rescored_from"] == OLD and "rescore_note" not in c.metrics for c in stored)
    assert stored[0].criterion("relevance") is not None  # the bank's key points were used
    assert stored[1].not_judged  # a short answer: the new scorer leaves some criteria unjudged
    assert [p.score for p in store.criterion_series("overall")] == [c.overall / 100 for c in expected]


def test_a_question_gone_from_the_banks_is_rescored_on_its_text_and_says_so(
    store: HistoryStore, catalog: Catalog
) -> None:
    session_id = store.start_session(bank_id="deleted-bank", bank_title="Gone", settings={})
    add_old(store, session_id, STORY, question_id="story", question_text=PROUD)
    report = rescore_outdated(store, catalog=catalog)
    (card,) = cards(store, session_id)
    assert report.question_text_only == 1
    assert card.metrics["rescore_note"] == QUESTION_GONE
    assert without_rescore_marks(card) == score_answer(AnswerInput(text=STORY, question_text=PROUD))


def test_a_spoken_answer_keeps_its_words_timings_and_stored_voice(store: HistoryStore, catalog: Catalog) -> None:
    words = [Word(w, 0.4 * i + 1.0, 0.4 * i + 1.3) for i, w in enumerate(STORY.split())]
    duration = words[-1].end + 0.5
    enthusiasm = CriterionResult("enthusiasm", "Enthusiasm", 0.7, True, "", metrics={
        "pitch_range_semitones": 6.2, "pitch_sd_semitones": 2.1, "loudness_range_db": 9.5,
        "voiced_seconds": 21.0, "flattest": "pitch range 1.0 semitones from 0:03 to 0:08"})
    with_voice = dataclasses.replace(old_card(STORY), criteria=[enthusiasm],
                                     metrics={"duration_s": duration, "latency_s": 1.0})
    without_voice = dataclasses.replace(old_card(STORY), metrics={"duration_s": duration})
    session_id = store.start_session(bank_id="interviews", bank_title="Interviews", settings={})
    add_old(store, session_id, STORY, mode="spoken", words=words, card=with_voice)
    add_old(store, session_id, STORY, mode="spoken", words=words, card=without_voice)

    rescore_outdated(store, catalog=catalog)

    voiced, plain = cards(store, session_id)
    bank = catalog.get("interviews")
    question = bank.question("proud")
    voice = VoiceFeatures(6.2, 2.1, 9.5, 21.0)
    assert without_rescore_marks(voiced) == score_answer(AnswerInput.for_question(
        STORY, question, bank, duration_s=duration, latency_s=1.0, words=tuple(words), voice=voice, spoken=True))
    assert voiced.metrics["rescore_note"] == VOICE_PARTLY_KEPT
    assert voiced.criterion("enthusiasm").metrics["pitch_range_semitones"] == 6.2
    assert plain.metrics["rescore_note"] == VOICE_NOT_KEPT
    assert plain.criterion("pace") is not None and "wpm" in plain.metrics  # timings were kept


def test_an_interrupted_run_resumes_where_it_stopped_and_a_second_run_changes_nothing(
    store: HistoryStore, catalog: Catalog
) -> None:
    session_id = store.start_session(bank_id="interviews", bank_title="Interviews", settings={})
    for n in range(5):
        add_old(store, session_id, f"{STORY} This was attempt number {n + 1}.")
    seen: list[tuple[int, int]] = []
    report = rescore_outdated(store, catalog=catalog, batch_size=2, progress=lambda d, t: seen.append((d, t)),
                              should_stop=lambda: len(seen) > 1)
    assert (report.rescored, report.stopped) == (2, True)
    assert seen == [(0, 5), (2, 5)]
    assert store.scorer_versions() == {SCORER_VERSION: 2, OLD: 3}

    report = rescore_outdated(store, catalog=catalog, batch_size=2)
    assert (report.total, report.rescored, report.stopped) == (3, 3, False)
    resumed = cards(store, session_id)
    assert all(c.scorer_version == SCORER_VERSION for c in resumed)

    again = rescore_outdated(store, catalog=catalog)
    assert (again.total, again.rescored) == (0, 0)
    assert cards(store, session_id) == resumed


def test_a_card_rescored_meanwhile_by_another_process_is_not_replaced_twice(store: HistoryStore) -> None:
    session_id = store.start_session(bank_id="b", bank_title="B", settings={})
    answer_id = add_old(store, session_id, STORY)
    newer = score_answer(AnswerInput(text=STORY))
    assert store.replace_cards([(answer_id, OLD, newer)]) == 1
    assert store.replace_cards([(answer_id, OLD, old_card(STORY, 5))]) == 0  # no longer the old card
    assert cards(store, session_id) == [newer]


def test_cards_of_a_newer_scorer_are_left_alone() -> None:
    assert is_outdated("1.1.0") and is_outdated("1.9.12") and is_outdated("") and is_outdated("test")
    assert not is_outdated(SCORER_VERSION) and not is_outdated("99.0.0")
    assert is_outdated("1.10.0", current="2.0.0") and not is_outdated("2.10.0", current="2.9.0")


def test_the_plan_rates_and_levels_by_one_scorer_only(store: HistoryStore, catalog: Catalog) -> None:
    session_id = store.start_session(bank_id="interviews", bank_title="Interviews", settings={})
    add_old(store, session_id, STORY, card=old_card(STORY, overall=97))
    schedule = ScheduleStore(store)
    before = catch_up(schedule, clock=lambda: NOW, tz=timezone.utc).cards["interviews/proud"]
    assert before.last_overall == 97
    assert criterion_levels(store) == []  # the old scorer's filler verdict is not mixed in

    rescore_outdated(store, catalog=catalog)

    (card,) = cards(store, session_id)
    after = catch_up(schedule, clock=lambda: NOW, tz=timezone.utc).cards["interviews/proud"]
    assert card.overall != 97 and after.last_overall == card.overall  # rebuilt from the new score
    assert {level.id for level in criterion_levels(store)} == {c.id for c in card.criteria}


# A child rescoring one answer per transaction that blocks (waiting for its parent) after the
# second batch, so the parent kills it between batches at a known point.
CHILD = textwrap.dedent(
    """
    import sys
    from mockint.banks.catalog import load_catalog
    from mockint.store import HistoryStore
    from mockint.store.rescore import rescore_outdated

    def progress(done, total):
        print("done", done, total, flush=True)
        if done == 2:
            sys.stdin.readline()  # never answered: the parent kills us here

    with HistoryStore() as store:
        rescore_outdated(store, catalog=load_catalog([sys.argv[1]]), batch_size=1, progress=progress)
    """
)


def test_a_run_killed_midway_keeps_what_it_saved_and_the_next_run_finishes(
    mockint_home: Path, catalog: Catalog, tmp_path: Path
) -> None:
    with HistoryStore() as store:
        session_id = store.start_session(bank_id="interviews", bank_title="Interviews", settings={})
        for n in range(4):
            add_old(store, session_id, f"{STORY} Attempt {n + 1}.")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(tmp_path / "banks")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=dict(os.environ, MOCKINT_HOME=str(mockint_home)),
    )
    try:
        lines = [child.stdout.readline().split() for _ in range(3)]
        assert lines == [["done", "0", "4"], ["done", "1", "4"], ["done", "2", "4"]], child.stderr.read()
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    with HistoryStore() as store:
        assert store.scorer_versions() == {SCORER_VERSION: 2, OLD: 2}
        assert len(store.get_session(session_id).answers) == 4
        report = rescore_outdated(store, catalog=catalog)
        assert (report.total, report.rescored) == (2, 2)
        assert store.scorer_versions() == {SCORER_VERSION: 4}
