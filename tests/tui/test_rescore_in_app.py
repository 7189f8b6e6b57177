"""The app rescores answers of an older scorer in a background worker at start: the header shows
its progress, the app answers keys meanwhile, and when it is done every card is of this scorer.

The worker is held mid-run deterministically: another connection holds the history's write lock,
so the first batch cannot be saved until the test lets go (no sleeps, no timing)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mockint.scoring import SCORER_VERSION
from mockint.store import HistoryStore
from mockint.tui.screens.help import HelpScreen
from mockint.tui.screens.trends import TrendsScreen
from tests.store.old_scores import old_history
from tests.tui.conftest import screen_text, settle, wait_until

SIZE = (110, 30)
WAITING = f"Updating 60 old scores to scorer {SCORER_VERSION}… 0/60"


async def test_the_app_rescores_old_answers_in_the_background_and_stays_responsive(
    build_app, mockint_home: Path
) -> None:
    path = mockint_home / "old-history.sqlite3"
    store = HistoryStore(path, timeout=600)  # the worker waits for the lock the test holds
    old_history(store, answers=60)
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # no other writer until the test lets go
    try:
        app = build_app(store=store)
        async with app.run_test(size=SIZE) as pilot:
            await wait_until(pilot, lambda: app.sub_title == WAITING, timeout=60, what="rescoring progress")
            await pilot.pause()
            assert WAITING in screen_text(app)  # in the header, on the start screen
            await pilot.press("f1")
            await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen), timeout=60, what="help")
            await pilot.press("escape")
            await pilot.press("t")  # trends open meanwhile, with this scorer's scores only
            await wait_until(pilot, lambda: isinstance(app.screen, TrendsScreen), timeout=60, what="trends")
            assert store.criterion_series() == []
            assert any(w.group == "rescore" and not w.is_finished for w in app.workers)

            blocker.execute("ROLLBACK")
            await settle(app, pilot)
            assert app.sub_title == app.SUB_TITLE
            messages = [n.message for n in app._notifications]
            assert f"60 old scores updated to scorer {SCORER_VERSION}" in " ".join(messages)
            assert store.scorer_versions() == {SCORER_VERSION: 60}
    finally:
        if blocker.in_transaction:
            blocker.execute("ROLLBACK")
        blocker.close()
        store.close()


async def test_a_history_of_this_scorer_starts_no_rescoring(build_app, store: HistoryStore) -> None:
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.sub_title == app.SUB_TITLE
        assert not any("old score" in n.message for n in app._notifications)


async def test_rescoring_that_cannot_save_says_why_and_keeps_the_old_cards(
    build_app, mockint_home: Path
) -> None:
    path = mockint_home / "old-history.sqlite3"
    store = HistoryStore(path, timeout=0.2)  # gives up quickly on the lock the test holds
    old_history(store, answers=3)
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        app = build_app(store=store)
        async with app.run_test(size=SIZE) as pilot:
            await settle(app, pilot)
            assert app.sub_title == app.SUB_TITLE  # no progress left hanging in the header
            assert any("locked" in n.message for n in app._notifications)
        blocker.execute("ROLLBACK")
        assert store.scorer_versions() == {"1.1.0": 3}  # nothing half-done; the next start retries
    finally:
        if blocker.in_transaction:
            blocker.execute("ROLLBACK")
        blocker.close()
        store.close()
