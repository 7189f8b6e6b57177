"""Sessions, answers and score cards go in and come back out exactly; summaries and trends."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime, timedelta, timezone

import pytest

from mockint.scoring.model import ScoreCard, Word
from mockint.store import HistoryStore, StoreError

T0 = datetime(2025, 3, 4, 9, 30, 0, tzinfo=timezone.utc)


def _count(store: HistoryStore, table: str) -> int:
    with sqlite3.connect(store.path) as conn:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_an_answer_round_trips_with_every_field(store: HistoryStore, samples) -> None:
    settings = {"mode": "spoken", "think_seconds": 20, "engine": "faster-whisper"}
    session_id = store.start_session(
        bank_id="behavioral", bank_title="Behavioral (STAR)", settings=settings, started_at=T0
    )
    words = [Word("um", 0.4, 0.6, 0.91), Word("so", 0.7, 0.9, None)]
    card = samples.nervous_card()
    answer_id = samples.add_nervous(
        store,
        session_id,
        think_s=18.5,
        answer_s=42.25,
        started_at=T0 + timedelta(seconds=20),
        ended_at=T0 + timedelta(seconds=62),
        audio_path="/recordings/1.flac",
        words=words,
    )
    detail = store.get_session(session_id)
    assert detail.settings == settings
    assert detail.summary.started_at == T0
    [answer] = detail.answers
    assert answer.id == answer_id
    assert answer.question_id == "general/yourself"
    assert answer.question_text == "Tell me about yourself."
    assert answer.text == samples.NERVOUS_ANSWER
    assert answer.mode == "spoken"
    assert (answer.think_s, answer.answer_s) == (18.5, 42.25)
    assert answer.started_at == T0 + timedelta(seconds=20)
    assert answer.ended_at == T0 + timedelta(seconds=62)
    assert answer.audio_path == "/recordings/1.flac"
    assert answer.words == words
    assert answer.card == card
    assert answer.card.to_dict() == card.to_dict()
    assert ScoreCard.from_dict(answer.card.to_dict()) == card


def test_a_typed_answer_without_timings_keeps_its_gaps(store: HistoryStore, samples) -> None:
    session_id = store.start_session(bank_id="general", bank_title="General", settings={})
    samples.add_prepared(store, session_id)
    [answer] = store.get_session(session_id).answers
    assert answer.mode == "typed"
    assert answer.words is None and answer.audio_path is None
    assert answer.think_s is None and answer.started_at is None and answer.ended_at is None


def test_criteria_are_queryable_rows_per_criterion(store: HistoryStore, samples) -> None:
    session_id = store.start_session(bank_id="general", bank_title="General", settings={})
    answer_id = samples.add_prepared(store, session_id)
    with sqlite3.connect(store.path) as conn:
        rows = conn.execute(
            "SELECT criterion_id, score, passed FROM criterion_scores"
            " WHERE answer_id = ? ORDER BY position",
            (answer_id,),
        ).fetchall()
    assert rows == [
        ("concrete_example", 0.9, 1),
        ("quantified_result", 0.8, 1),
        ("ownership", 0.75, 1),
        ("filler_words", 1.0, 1),
    ]


def test_timestamps_accept_naive_local_times_and_epoch_seconds(store: HistoryStore) -> None:
    naive = datetime(2025, 1, 2, 3, 4, 5)
    first = store.start_session(bank_id="a", bank_title="A", settings={}, started_at=naive)
    second = store.start_session(
        bank_id="a", bank_title="A", settings={}, started_at=1_700_000_000.5
    )
    assert store.get_session(first).summary.started_at == naive.astimezone()
    assert store.get_session(second).summary.started_at.timestamp() == 1_700_000_000.5


def test_a_bad_mode_or_unknown_session_is_refused_and_nothing_is_written(
    store: HistoryStore, samples
) -> None:
    session_id = store.start_session(bank_id="general", bank_title="General", settings={})
    with pytest.raises(StoreError, match="'typed' or 'spoken'"):
        store.add_answer(
            session_id,
            question_id="q",
            question_text="Q",
            text="t",
            mode="sung",
            card=samples.prepared_card(),
        )
    with pytest.raises(StoreError, match="no session 999"):
        samples.add_prepared(store, 999)
    assert _count(store, "answers") == 0
    assert _count(store, "criterion_scores") == 0


def test_sessions_list_newest_first_with_counts_means_and_weakest(
    store: HistoryStore, samples
) -> None:
    older = store.start_session(bank_id="general", bank_title="General", settings={}, started_at=T0)
    samples.add_prepared(store, older)
    samples.add_nervous(store, older)
    newer = store.start_session(
        bank_id="behavioral",
        bank_title="Behavioral",
        settings={},
        started_at=T0 + timedelta(days=1),
    )
    samples.add_prepared(store, newer)
    empty = store.start_session(
        bank_id="general", bank_title="General", settings={}, started_at=T0 + timedelta(days=2)
    )
    sessions = store.list_sessions()
    assert [s.id for s in sessions] == [empty, newer, older]
    by_id = {s.id: s for s in sessions}

    assert by_id[older].answer_count == 2
    assert by_id[older].mean_overall == pytest.approx((84 + 31) / 2)
    # means: concrete_example 0.5, ownership 0.575, filler_words 0.6, quantified 0.8,
    # hedging 0.15 (scored on one answer only)
    assert by_id[older].weakest_criterion == "hedging"
    assert by_id[older].weakest_label == "Hedging"
    assert by_id[older].weakest_score == pytest.approx(0.15)

    assert by_id[newer].answer_count == 1 and by_id[newer].mean_overall == 84
    assert by_id[newer].weakest_criterion == "ownership"

    assert by_id[empty].answer_count == 0
    assert by_id[empty].mean_overall is None and by_id[empty].weakest_criterion is None


def test_list_sessions_limit_and_bank_filter(store: HistoryStore) -> None:
    ids = [
        store.start_session(
            bank_id="general" if i % 2 else "student",
            bank_title="x",
            settings={},
            started_at=T0 + timedelta(hours=i),
        )
        for i in range(5)
    ]
    assert [s.id for s in store.list_sessions(limit=2)] == [ids[4], ids[3]]
    assert [s.id for s in store.list_sessions(bank_id="general")] == [ids[3], ids[1]]
    assert [s.id for s in store.list_sessions(bank_id="student", limit=1)] == [ids[4]]
    assert store.list_sessions(bank_id="nope") == []
    assert store.latest_session_id() == ids[4]


def test_a_weakest_criterion_tie_goes_to_the_first_id(store: HistoryStore, samples) -> None:
    session_id = store.start_session(bank_id="a", bank_title="A", settings={})
    card = samples.make_card(
        "text", overall=50, scores={"pace": 0.2, "length": 0.2, "relevance": 0.9}
    )
    store.add_answer(
        session_id, question_id="q", question_text="Q", text="text", mode="typed", card=card
    )
    assert store.list_sessions()[0].weakest_criterion == "length"


def test_end_session_sets_the_end_time(store: HistoryStore) -> None:
    session_id = store.start_session(bank_id="a", bank_title="A", settings={}, started_at=T0)
    assert store.get_session(session_id).summary.ended_at is None
    store.end_session(session_id, ended_at=T0 + timedelta(minutes=12))
    assert store.get_session(session_id).summary.ended_at == T0 + timedelta(minutes=12)
    with pytest.raises(StoreError, match="no session 404"):
        store.end_session(404)


def test_delete_session_removes_its_answers_and_scores(store: HistoryStore, samples) -> None:
    doomed = store.start_session(bank_id="a", bank_title="A", settings={})
    samples.add_nervous(store, doomed, audio_path="/rec/a.flac")
    samples.add_prepared(store, doomed)
    kept = store.start_session(bank_id="a", bank_title="A", settings={})
    samples.add_prepared(store, kept)

    assert store.delete_session(doomed) == ["/rec/a.flac"]
    assert [s.id for s in store.list_sessions()] == [kept]
    assert _count(store, "answers") == 1
    assert _count(store, "scores") == 1
    assert _count(store, "criterion_scores") == len(samples.prepared_card().criteria)
    with pytest.raises(StoreError, match=f"no session {doomed}"):
        store.get_session(doomed)
    with pytest.raises(StoreError, match=f"no session {doomed}"):
        store.delete_session(doomed)


def test_criterion_series_is_oldest_first_with_overall(store: HistoryStore, samples) -> None:
    session_id = store.start_session(bank_id="a", bank_title="A", settings={})
    samples.add_nervous(store, session_id, ended_at=T0 + timedelta(days=2))
    samples.add_prepared(store, session_id, ended_at=T0)
    overall = store.criterion_series("overall")
    assert [(p.answered_at, p.score) for p in overall] == [
        (T0, 0.84),
        (T0 + timedelta(days=2), 0.31),
    ]
    ownership = [p.score for p in store.criterion_series("ownership")]
    assert ownership == [0.75, 0.4]
    everything = store.criterion_series()
    assert len(everything) == 2 + len(samples.prepared_card().criteria) + len(
        samples.nervous_card().criteria
    )
    assert everything == sorted(everything, key=lambda p: p.answered_at)
    assert {p.criterion_id for p in everything} >= {"overall", "hedging", "quantified_result"}


def test_worker_threads_each_get_a_connection_and_all_answers_land(
    store: HistoryStore, samples
) -> None:
    session_id = store.start_session(bank_id="a", bank_title="A", settings={})
    errors: list[BaseException] = []
    connections: set[int] = set()

    all_connected = threading.Barrier(4, timeout=30)

    def worker() -> None:
        try:
            connections.add(id(store._connection()))
            all_connected.wait()  # every thread holds its connection at the same time
            for _ in range(10):
                samples.add_prepared(store, session_id)
        except BaseException as exc:  # reported to the main thread below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(connections) == 4
    assert store.list_sessions()[0].answer_count == 40


def test_a_closed_store_refuses_calls(samples) -> None:
    store = HistoryStore()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.list_sessions()
