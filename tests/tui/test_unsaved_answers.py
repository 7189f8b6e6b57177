"""The app when the history is locked by another program: the answer is kept, the user is told
it is not saved yet and then that it is saved; answers left in a journal by an earlier run are
saved when the app starts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mockint.scoring.model import CriterionResult, ScoreCard
from mockint.scoring.scorer import SCORER_VERSION
from mockint.session.options import SessionOptions
from mockint.store import HistoryStore
from mockint.store.journal import Journal, journals_beside
from mockint.store.pending import PendingAnswer, PendingSession, new_uuid
from mockint.tui.app import PracticeRequest
from mockint.tui.widgets.score_card import ScoreCardView

from .conftest import settle, type_text, wait_until

SIZE = (100, 30)
STORY = "I led 4 people and cut costs by 20%."
SAFETY = 120.0  # how long an event may take before the test fails; not a speed requirement


def messages(app) -> list[str]:
    return [notification.message for notification in app._notifications]


async def test_an_answer_given_while_the_history_is_locked_is_saved_when_it_is_free(build_app, mockint_home: Path) -> None:
    path = mockint_home / "locked.sqlite3"
    HistoryStore(path).close()
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    store = HistoryStore(path, timeout=0.05)
    app = build_app(store=store, initial=PracticeRequest("practice-demo", SessionOptions(think_seconds=0)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await type_text(pilot, STORY)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        await wait_until(pilot, lambda: app.screen.query(ScoreCardView), what="the score card")
        assert any("not saved yet" in m and "locked" in m for m in messages(app))
        (journal,) = journals_beside(path)
        assert STORY in journal.read_text()

        locker.execute("COMMIT")
        app.unsaved_answers().retry_now()
        await wait_until(pilot, lambda: any(m.startswith("Now saved in your history") for m in messages(app)), timeout=SAFETY, what="the saved notice")
        (session,) = store.list_sessions()
        assert [a.text for a in store.get_session(session.id).answers] == [STORY]
        assert journals_beside(path) == []
    locker.close()
    store.close()


def left_behind(database: Path) -> PendingAnswer:
    """An answer that an earlier run kept in its journal and could not save before it died."""
    card = ScoreCard(72, [CriterionResult("ownership", "Ownership", 0.8, True, "Keep saying I.")], {"words": 9}, SCORER_VERSION)  # a current card: not rescored
    answer = PendingAnswer(
        uuid=new_uuid(),
        session=PendingSession.new(bank_id="practice-demo", bank_title="Practice demo", settings={}),
        question_id="proud",
        question_text="Tell me about a project you are proud of.",
        text=STORY,
        mode="typed",
        card=card,
        answered_at="2026-03-01T10:00:00.000000+00:00",
    )
    journal = Journal.create(database)
    journal.append(answer)
    journal.close()
    return answer


async def test_the_app_saves_answers_left_in_a_journal_when_it_starts(build_app, store: HistoryStore) -> None:
    left_behind(store.path)
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await wait_until(pilot, lambda: any("kept from an earlier session" in m for m in messages(app)), timeout=SAFETY, what="the replay notice")
    (session,) = store.list_sessions()
    assert session.answer_count == 1 and session.mean_overall == 72
    assert journals_beside(store.path) == []
    app = build_app()  # a second start finds nothing more to save
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
    assert store.list_sessions()[0].answer_count == 1
