"""Today's practice on the start screen: the plan with its reasons, a count, one key to start."""

from __future__ import annotations

from mockint.store import HistoryStore
from mockint.tui.screens.practice import PracticeScreen
from mockint.tui.screens.start import StartScreen
from mockint.tui.widgets.score_card import ScoreCardView

from .conftest import screen_text, settle, type_text, wait_until

SIZE = (120, 40)
STORY = "Last spring at Acme I rebuilt the billing job in Python and we cut the run from 6 hours to 40 minutes."


async def _plan_shown(app, pilot) -> StartScreen:
    await settle(app, pilot)
    screen = app.screen
    assert isinstance(screen, StartScreen)
    await wait_until(pilot, lambda: screen.plan is not None, what="today's plan")
    await pilot.pause()
    return screen


async def test_an_empty_history_gets_a_first_session_that_starts_with_one_key(build_app, store: HistoryStore) -> None:
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _plan_shown(app, pilot)
        items = screen.plan.items
        assert 1 <= len(items) <= 5
        text = screen_text(app)
        assert "Today's practice" in text
        assert "first session: samples" in text
        assert items[0].text[:12] in text
        await pilot.press("p")
        await settle(app, pilot)
        practice = app.screen
        assert isinstance(practice, PracticeScreen)
        assert practice.bank.id == "today"
        assert [q.id for q in practice.session.questions] == [f"{i.bank_id}/{i.question_id}" for i in items]
        assert f"Question 1 of {len(items)}" in screen_text(app)
        await pilot.press("enter")  # stop thinking
        await type_text(pilot, STORY)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        await wait_until(pilot, lambda: app.screen.query(ScoreCardView), what="the score card")
    (session,) = store.list_sessions()
    assert session.bank_id == "today" and session.bank_title == "Today's practice"
    (saved,) = store.get_session(session.id).answers
    assert saved.question_id == f"{items[0].bank_id}/{items[0].question_id}"


async def test_the_count_changes_the_plan_and_a_bad_count_is_said(build_app) -> None:
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _plan_shown(app, pilot)
        field = screen.query_one("#plan-count")
        field.value = "2"
        await settle(app, pilot)
        await wait_until(pilot, lambda: len(screen.plan.items) == 2, what="a plan of two")
        field.value = "0"
        await settle(app, pilot)
        assert "must be 1 to 50" in screen_text(app)


async def test_a_question_due_again_says_why_it_is_there(build_app, store: HistoryStore) -> None:
    from datetime import datetime, timedelta, timezone

    from tests.coach.helpers import answer

    long_ago = datetime.now(timezone.utc) - timedelta(days=40)
    answer(store, "proud", 48, long_ago, bank="practice-demo")
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _plan_shown(app, pilot)
        assert screen.plan.items[0].question_id == "proud"
        assert f"due again: 48 last time on {long_ago.astimezone().date().isoformat()}" in screen_text(app)



async def test_the_follow_up_switch_starts_from_the_config_and_reaches_the_session(build_app) -> None:
    from textual.widgets import Checkbox

    from mockint import paths

    paths.ensure_private_dir(paths.config_file().parent)
    paths.config_file().write_text("[practice]\nfollow_ups = false\n")
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _plan_shown(app, pilot)
        switch = screen.query_one("#follow-ups", Checkbox)
        assert switch.value is False and screen.read_options().follow_ups == 0
        switch.value = True
        await pilot.pause()
        assert screen.read_options().follow_ups == 1
        await pilot.press("p")
        await settle(app, pilot)
        assert isinstance(app.screen, PracticeScreen) and app.screen.options.follow_ups == 1
