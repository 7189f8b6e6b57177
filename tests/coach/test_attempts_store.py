"""Migration 0005 (retakes and follow-ups) and how the history keeps them."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from mockint.coach.scheduler import catch_up
from mockint.store import HistoryStore
from mockint.store.migrate import packaged_migrations
from mockint.store.pending import PendingAnswer, PendingSession, new_uuid
from mockint.store.records import ANSWER, FOLLOW_UP, RETAKE
from mockint.store.schedule import ScheduleStore
from tests.coach.helpers import T0, answer, card


def test_a_schema_4_history_gains_attempt_columns_and_its_answers_are_first_attempts(tmp_path) -> None:
    path = tmp_path / "h.sqlite3"
    migrations = packaged_migrations()
    attempts = next(m for m in migrations if m.name == "attempts")
    assert attempts.version == 5
    with HistoryStore(path, migrations=migrations[:4]) as store:
        answer_id = answer(store, "q1", 40, T0)
        assert store.schema_version == 4
    with sqlite3.connect(path) as conn:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(answers)")}
    assert "parent_answer_id" not in columns
    with HistoryStore(path) as store:
        assert store.schema_version == len(migrations)
        (kept,) = store.get_session(store.latest_session_id()).answers
    assert (kept.id, kept.parent_answer_id, kept.attempt, kept.kind) == (answer_id, None, 1, ANSWER)
    with sqlite3.connect(path) as conn:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(answers)")}
        with_bad_kind = "INSERT INTO answers (session_id, question_id, question_text, text, mode, answered_at, kind)" \
            " VALUES (1, 'q', 'Q', 't', 'typed', '2026', 'other')"
        try:
            conn.execute(with_bad_kind)
        except sqlite3.IntegrityError:
            refused = True
        else:
            refused = False
    assert {"parent_answer_id", "attempt", "kind"} <= columns
    assert refused


def _pending(session: PendingSession, **lineage) -> PendingAnswer:
    return PendingAnswer(
        uuid=new_uuid(), session=session, question_id="q1", question_text="Question q1?", text="An answer.",
        mode="typed", card=card(40), answered_at=T0.isoformat(), **lineage,
    )


def test_a_retake_and_a_follow_up_are_saved_under_their_parent_and_deleted_with_it(tmp_path) -> None:
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        session = PendingSession.new(bank_id="general", bank_title="General", settings={})
        first = _pending(session)
        retake = _pending(session, parent_uuid=first.uuid, attempt=2, answer_kind=RETAKE)
        follow = _pending(session, parent_uuid=retake.uuid, answer_kind=FOLLOW_UP)
        ids = [store.save_pending_answer(p) for p in (first, retake, follow)]
        answers = store.get_session(store.latest_session_id()).answers
        assert [(a.parent_answer_id, a.attempt, a.kind) for a in answers] == [
            (None, 1, ANSWER), (ids[0], 2, RETAKE), (ids[1], 1, FOLLOW_UP)
        ]
        assert answers[1].to_dict()["parent_answer_id"] == ids[0]
        assert answers[2].root_id == ids[1] and answers[0].root_id == ids[0]
        with store._transaction(write=True) as conn:
            conn.execute("DELETE FROM answers WHERE id = ?", (ids[0],))
        assert store.list_sessions()[0].answer_count == 0  # the retake and its follow-up went too


def test_a_pending_answer_keeps_its_lineage_through_the_journal_format() -> None:
    session = PendingSession.new(bank_id="general", bank_title="General", settings={})
    pending = _pending(session, parent_uuid="abc", parent_answer_id=7, attempt=3, answer_kind=RETAKE)
    assert PendingAnswer.from_dict(pending.to_dict()) == pending


def test_only_first_answers_feed_the_scheduler(tmp_path) -> None:
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        first = answer(store, "q1", 30, T0)
        session = store.latest_session_id()
        later = T0 + timedelta(days=3)
        store.add_answer(session, question_id="q1", question_text="Q?", text="Better.", mode="typed",
                         card=card(95), ended_at=later, lineage=(first, 2, RETAKE))
        store.add_answer(session, question_id="q1", question_text="And?", text="It went.", mode="typed",
                         card=card(90), ended_at=later, lineage=(first, 1, FOLLOW_UP))
        state = catch_up(ScheduleStore(store), clock=lambda: later + timedelta(minutes=1))
        reviews = ScheduleStore(store).reviews("general/q1")
    assert [r.answer_id for r in reviews] == [first]
    assert state.cards["general/q1"].last_overall == 30


def test_exports_say_which_answer_a_retake_or_follow_up_answers_again(tmp_path) -> None:
    import json

    from mockint.store.export import export_session

    with HistoryStore(tmp_path / "h.sqlite3") as store:
        session = PendingSession.new(bank_id="general", bank_title="General", settings={})
        first = _pending(session)
        retake = _pending(session, parent_uuid=first.uuid, attempt=2, answer_kind=RETAKE)
        follow = _pending(session, parent_uuid=retake.uuid, answer_kind=FOLLOW_UP)
        ids = [store.save_pending_answer(p) for p in (first, retake, follow)]
        detail = store.get_session(store.latest_session_id())
    markdown, page = export_session(detail, "md"), export_session(detail, "html")
    for text in (markdown.replace("\\", ""), page):  # (Markdown escapes the "#")
        assert f"#{ids[1]} · try 2 of #{ids[0]}" in text
        assert f"#{ids[2]} · follow-up to #{ids[1]}" in text
    answers = json.loads(export_session(detail, "json"))["answers"]
    assert [(a["id"], a["attempt"], a["parent_answer_id"], a["kind"]) for a in answers] == [
        (ids[0], 1, None, "answer"), (ids[1], 2, ids[0], "retake"), (ids[2], 1, ids[1], "follow_up")
    ]


def test_later_tries_are_the_answers_of_other_sessions_that_lead_back_to_this_one(tmp_path) -> None:
    from mockint.store.lookup import later_tries

    with HistoryStore(tmp_path / "h.sqlite3") as store:
        def add(session: int, question: str, lineage=(None, 1, ANSWER), at=T0) -> int:
            return store.add_answer(session, question_id=question, question_text=f"Question {question}?",
                                    text="An answer.", mode="typed", card=card(40), ended_at=at, lineage=lineage)

        def session(days: int, bank: str = "general") -> int:
            return store.start_session(bank_id=bank, bank_title=bank, settings={}, started_at=T0 + timedelta(days=days))

        first_session = session(0)
        first = add(first_session, "q1")
        other = add(first_session, "q2")
        same_session_retake = add(first_session, "q1", (first, 2, RETAKE))
        second_session = session(3, bank="behavioral")
        retake = add(second_session, "q1", (first, 3, RETAKE))
        its_follow_up = add(second_session, "q1-follow", (retake, 1, FOLLOW_UP))
        third_session = session(5)
        retake_of_retake = add(third_session, "q1", (retake, 4, RETAKE))
        unrelated = add(third_session, "q2")  # the same question, but a first answer of its own
        fourth_session = session(6)
        add(fourth_session, "q9")

        found = later_tries(store, first_session)
        assert [(t.answer.id, t.session_id, t.bank_id) for t in found] == [
            (retake, second_session, "behavioral"),
            (its_follow_up, second_session, "behavioral"),
            (retake_of_retake, third_session, "general"),
        ]
        assert found[0].session_started_at == T0 + timedelta(days=3)
        assert (found[0].answer.kind, found[0].answer.attempt, found[0].answer.parent_answer_id) == (RETAKE, 3, first)
        assert found[0].answer.card.overall == 40
        assert same_session_retake not in {t.answer.id for t in found} and unrelated not in {t.answer.id for t in found}
        assert other and later_tries(store, fourth_session) == []
        assert [t.answer.id for t in later_tries(store, second_session)] == [retake_of_retake]
        assert later_tries(store, 999) == []


def _history_of_tries(store: HistoryStore) -> dict[str, int]:
    """Session s1 answers q1 (with a follow-up) and q2; s2 (another bank) retakes q1 (with a
    follow-up); s3 retakes that retake; s4 retakes the first answer again and that retake of a
    retake once more. Answer and session ids by name."""
    ids: dict[str, int] = {}

    def session(name: str, days: int, bank: str = "general") -> int:
        ids[name] = store.start_session(bank_id=bank, bank_title=bank, settings={}, started_at=T0 + timedelta(days=days))
        return ids[name]

    def add(name: str, session: int, question: str, lineage=(None, 1, ANSWER)) -> None:
        ids[name] = store.add_answer(session, question_id=question, question_text=f"Question {question}?",
                                     text="An answer.", mode="typed", card=card(40), ended_at=T0, lineage=lineage)

    s1 = session("s1", 0)
    add("first", s1, "q1")
    add("first_follow_up", s1, "q1-follow", (ids["first"], 1, FOLLOW_UP))
    add("other", s1, "q2")
    s2 = session("s2", 3, bank="behavioral")
    add("retake", s2, "q1", (ids["first"], 2, RETAKE))
    add("retake_follow_up", s2, "q1-follow", (ids["retake"], 1, FOLLOW_UP))
    s3 = session("s3", 5)
    add("retake_of_retake", s3, "q1", (ids["retake"], 3, RETAKE))
    add("unrelated", s3, "q2")  # the same question as "other", but a first answer of its own
    s4 = session("s4", 6)
    add("sibling", s4, "q1", (ids["first"], 4, RETAKE))
    add("third_retake", s4, "q1", (ids["retake_of_retake"], 5, RETAKE))
    return ids


def test_earlier_tries_follow_the_parents_back_to_the_first_answer_with_what_is_under_it(tmp_path) -> None:
    from mockint.store.lookup import earlier_tries, later_tries

    with HistoryStore(tmp_path / "h.sqlite3") as store:
        ids = _history_of_tries(store)

        def found(session: str) -> list[tuple[int, int, str]]:
            tried = earlier_tries(store, ids[session])
            assert all(t.earlier for t in tried)
            return [(t.answer.id, t.session_id, t.bank_id) for t in tried]

        s1, s2, s3 = ids["s1"], ids["s2"], ids["s3"]
        assert found("s3") == [  # a retake of a retake: back through the retake to the first answer
            (ids["first"], s1, "general"),
            (ids["first_follow_up"], s1, "general"),
            (ids["retake"], s2, "behavioral"),
            (ids["retake_follow_up"], s2, "behavioral"),
        ]
        assert found("s2") == [(ids["first"], s1, "general"), (ids["first_follow_up"], s1, "general")]
        assert [i for i, _, _ in found("s4")] == [  # the try in between too, whichever one s4 retook
            ids["first"], ids["first_follow_up"], ids["retake"], ids["retake_follow_up"], ids["retake_of_retake"]
        ]
        assert found("s1") == [] and earlier_tries(store, 999) == []
        first = earlier_tries(store, s3)[0]
        assert first.session_started_at == T0 and first.answer.card.overall == 40 and first.answer.kind == ANSWER
        # later tries are those of sessions started after, never the earlier ones
        assert [(t.answer.id, t.earlier) for t in later_tries(store, s3)] == [(ids["third_retake"], False)]
        assert [t.answer.id for t in later_tries(store, s2)] == [ids["retake_of_retake"], ids["third_retake"]]


def test_a_deleted_first_answer_ends_the_chain_of_earlier_tries(tmp_path) -> None:
    """A first answer gone without its retakes (a history edited by another tool, which need not
    enforce the foreign keys that delete them with it): the earlier tries stop at the retake."""
    from mockint.store.lookup import earlier_tries

    path = tmp_path / "h.sqlite3"
    with HistoryStore(path) as store:
        ids = _history_of_tries(store)
    with sqlite3.connect(path) as conn:  # (foreign keys are off in a plain connection)
        conn.execute("DELETE FROM answers WHERE id = ?", (ids["first"],))
    conn.close()
    with HistoryStore(path) as store:
        assert [t.answer.id for t in earlier_tries(store, ids["s3"])] == [ids["retake"], ids["retake_follow_up"]]
        assert earlier_tries(store, ids["s2"]) == []
        assert [t.answer.id for t in earlier_tries(store, ids["s4"])] == [
            ids["retake"], ids["retake_follow_up"], ids["retake_of_retake"]
        ]


def test_deleting_the_first_session_takes_the_later_sessions_tries_with_it(tmp_path) -> None:
    from mockint.store.lookup import earlier_tries

    with HistoryStore(tmp_path / "h.sqlite3") as store:
        ids = _history_of_tries(store)
        store.delete_session(ids["s1"])
        assert earlier_tries(store, ids["s3"]) == []
        assert [a.id for a in store.get_session(ids["s3"]).answers] == [ids["unrelated"]]
