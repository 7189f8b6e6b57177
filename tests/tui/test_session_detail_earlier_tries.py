"""The review of a session that holds a retake lists the earlier tries at its question (the first
answer, saved in an earlier session, and the tries in between) and compares the retake with them."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

from mockint.store import HistoryStore
from mockint.store.records import RETAKE
from mockint.tui.screens.compare import CompareScreen
from mockint.tui.screens.practice import PracticeScreen
from mockint.tui.screens.session_detail import SessionDetailScreen
from mockint.tui.widgets.session_list import SessionList

from .conftest import screen_text, settle
from .test_coach_attempts import STORY
from .test_review_data import T0, scored_card, utc  # noqa: F401  (fixture)
from .test_session_detail_later_tries import LATER, PROUD, SIZE, seed

LATEST = T0 + timedelta(days=12)


async def open_session(app, pilot, session_id: int) -> SessionDetailScreen:
    """Open the session highlighted in the review list (the newest, unless moved), ``session_id``."""
    await settle(app, pilot)
    assert app.screen.query_one(SessionList).highlighted_session_id == session_id
    await pilot.press("enter")
    await settle(app, pilot)
    detail = app.screen
    assert isinstance(detail, SessionDetailScreen) and detail.session_id == session_id
    return detail


@asynccontextmanager
async def review_of(build_app, session_id: int) -> AsyncIterator[tuple]:
    """The app on the review list, the newest session's review (``session_id``) opened."""
    app = build_app(initial="review")
    async with app.run_test(size=SIZE) as pilot:
        yield app, pilot, await open_session(app, pilot, session_id)


async def compared(app, pilot) -> list[int | None]:
    """Press ``c``: the answer ids of the tries the comparison shows (then back to the review)."""
    await pilot.press("c")
    await settle(app, pilot)
    compare = app.screen
    assert isinstance(compare, CompareScreen)
    ids = [a.answer_id for a in compare.comparison.attempts]
    await pilot.press("escape")
    await pilot.pause()
    assert isinstance(app.screen, SessionDetailScreen)
    return ids


def retake_again(store: HistoryStore, parent: int, attempt: int) -> tuple[int, int]:
    """A third session, three days after the second, that retakes ``parent``: (session, answer)."""
    session = store.start_session(bank_id="practice-demo", bank_title="Practice demo", settings={}, started_at=LATEST)
    answer = store.add_answer(session, question_id="proud", question_text=PROUD, text=STORY, mode="typed",
                              card=scored_card(PROUD, STORY), ended_at=LATEST, lineage=(parent, attempt, RETAKE))
    return session, answer


async def test_the_later_sessions_review_shows_the_first_try_and_compares_with_it(
    build_app, store: HistoryStore, utc
) -> None:
    first_session, later_session, first, _, retake = seed(store)
    async with review_of(build_app, later_session) as (app, pilot, detail):
        assert [a.id for a in detail.detail.answers] == [first, retake]  # not the first session's other answer
        text = screen_text(app)
        assert "1 answer · " in text and "1 earlier try shown with them" in text
        assert f"Earlier try · #{first} · {T0.date().isoformat()} (earlier session {first_session}) · typed" in text
        assert detail._current().id == first
        assert detail.check_action("delete_answer", ()) is False  # deleted from its own session
        assert await compared(app, pilot) == [first, retake]  # from the earlier try
        await pilot.press("n")
        await pilot.pause()
        assert detail._current().id == retake
        assert f"Answer 1 of 1 · #{retake} · try 2 of #{first} · typed" in screen_text(app)
        assert detail.check_action("delete_answer", ()) is True
        assert await compared(app, pilot) == [first, retake]  # from the retake
        await pilot.press("g")  # the next try counts the earlier session's
        await settle(app, pilot)
        practice = app.screen
        assert isinstance(practice, PracticeScreen)
        assert (practice.session.current.attempt, practice.session.current.parent_answer_id) == (3, first)


async def test_a_retake_of_a_retake_lists_every_earlier_try_back_to_the_first(
    build_app, store: HistoryStore, utc
) -> None:
    first_session, later_session, first, _, retake = seed(store)
    latest_session, retake_of_retake = retake_again(store, retake, 3)
    async with review_of(build_app, latest_session) as (app, pilot, detail):
        assert [a.id for a in detail.detail.answers] == [first, retake, retake_of_retake]
        text = screen_text(app)
        assert "2 earlier tries shown with them" in text
        assert f"Earlier try · #{first} · {T0.date().isoformat()} (earlier session {first_session})" in text
        await pilot.press("n")
        await pilot.pause()
        assert (
            f"Earlier try · #{retake} · try 2 of #{first} · {LATER.date().isoformat()} (earlier session {later_session})"
        ) in screen_text(app)
        await pilot.press("n")
        await pilot.pause()
        assert detail._current().id == retake_of_retake
        assert f"Answer 1 of 1 · #{retake_of_retake} · try 3 of #{retake}" in screen_text(app)
        assert await compared(app, pilot) == [first, retake, retake_of_retake]


async def test_with_the_first_answer_gone_the_earlier_tries_stop_at_the_retake(
    build_app, store: HistoryStore, utc
) -> None:
    """A first answer deleted without its retakes (a history edited by another tool, which need not
    enforce the foreign keys that take them with it): no row for it, and no try compared with it."""
    first_session, later_session, first, _, retake = seed(store)
    latest_session, retake_of_retake = retake_again(store, retake, 3)
    with sqlite3.connect(store.path) as conn:  # (foreign keys are off in a plain connection)
        conn.execute("DELETE FROM answers WHERE id = ?", (first,))
    conn.close()
    async with review_of(build_app, latest_session) as (app, pilot, detail):
        assert [a.id for a in detail.detail.answers] == [retake, retake_of_retake]
        text = screen_text(app)
        assert "1 earlier try shown with them" in text and f"(earlier session {first_session})" not in text
        assert f"Earlier try · #{retake} · try 2 of #{first}" in text
        await pilot.press("n")
        await pilot.pause()
        assert detail._current().id == retake_of_retake
        assert f"Answer 1 of 1 · #{retake_of_retake} · try 3 of #{retake}" in screen_text(app)
        assert await compared(app, pilot) == [retake, retake_of_retake]
        await pilot.press("escape")  # the later session's own review: its retake stands alone
        await settle(app, pilot)
        await pilot.press("down")
        await pilot.pause()
        detail = await open_session(app, pilot, later_session)
        assert [a.id for a in detail.detail.answers] == [retake, retake_of_retake]
        assert "earlier tr" not in screen_text(app) and "1 later try shown with them" in screen_text(app)
        assert await compared(app, pilot) == [retake, retake_of_retake]

