from __future__ import annotations

from textual.widgets import Input, OptionList, RadioButton

from mockint.tui.screens.error import ErrorScreen
from mockint.tui.screens.start import StartScreen
from mockint.tui.ui_state import UiState, load_ui_state, save_ui_state

from .conftest import screen_text, settle

SIZE = (100, 30)


def highlight(app, bank_id: str) -> None:
    screen = app.screen
    index = next(i for i, e in enumerate(screen.entries) if e.bank_id == bank_id)
    screen.query_one("#banks", OptionList).highlighted = index


async def test_lists_banks_with_counts_and_broken_ones_with_their_problem(build_app) -> None:
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, StartScreen)
        text = screen_text(app)
        assert "Practice demo  3 questions" in text
        assert "broken: 1 problem" in text
        highlight(app, "broken-demo")
        await pilot.pause()
        assert "questions[0].text: is missing (required)" in screen_text(app)


async def test_starting_a_broken_bank_shows_the_error_and_the_app_goes_on(build_app) -> None:
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        highlight(app, "broken-demo")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ErrorScreen)
        assert "is missing (required)" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        highlight(app, "practice-demo")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert type(app.screen).__name__ == "PracticeScreen"


async def test_markup_in_a_bank_title_is_shown_literally(build_app) -> None:
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        highlight(app, "markup-bank")
        await pilot.pause()
        text = screen_text(app)
        assert "[bold red]Not bold[/bold red] bank" in text
        assert "Has [link=https://example.com]a link tag[/link] in it." in text


async def test_choices_are_remembered_for_next_time(build_app) -> None:
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        highlight(app, "practice-demo")
        screen = app.screen
        screen.query_one("#count", Input).value = "2"
        screen.query_one("#think", Input).value = "0"
        screen.query_one("#answer-seconds", Input).value = "45"
        screen.query_one("#order-shuffled", RadioButton).value = True
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        session = app.screen.session
        assert [p.answer_seconds for p in session.questions] == [45, 45]
    saved = load_ui_state()
    assert saved == UiState(bank_id="practice-demo", count=2, shuffle=True, think_seconds=0, answer_seconds=45)

    again = build_app()
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        screen = again.screen
        assert screen.selected_entry().bank_id == "practice-demo"
        assert screen.query_one("#count", Input).value == "2"
        assert screen.query_one("#answer-seconds", Input).value == "45"
        assert screen.query_one("#order-shuffled", RadioButton).value is True


async def test_a_bad_option_is_explained_and_nothing_starts(build_app) -> None:
    save_ui_state(UiState(bank_id="practice-demo"))
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.screen.query_one("#answer-seconds", Input).value = "0"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ErrorScreen)
        assert "answer seconds: must be at least 1" in screen_text(app)


async def test_review_trends_and_banks_open_from_the_start_screen_and_come_back(build_app) -> None:
    from mockint.tui.screens.banks import BanksScreen
    from mockint.tui.screens.review import ReviewScreen
    from mockint.tui.screens.trends import TrendsScreen

    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        for key, screen_type in (("r", ReviewScreen), ("t", TrendsScreen), ("b", BanksScreen)):
            await pilot.press(key)
            await settle(app, pilot)
            assert isinstance(app.screen, screen_type), key
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, StartScreen), key


async def test_the_app_can_open_on_the_review_screen(build_app) -> None:
    from mockint.tui.screens.review import ReviewScreen

    app = build_app(initial="review")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
